// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Error strings RunPod really returns (seen in tools' issue trackers and recorded answers), plus the few the simulator had to invent
// (marked "synth": no verbatim RunPod wording is public).

export const MSG = {
  noCapacity:
    'There are no longer any instances available with the requested specifications. Please refresh and try again.',
  machineLacksResources: 'This machine does not have the resources to deploy your pod. Please try a different machine',
  resumeNoGpus: 'There are not enough free GPUs on the host machine to start this pod.',
  somethingWentWrong: 'Something went wrong. Please try again later or contact support.',
  unauthorized: 'Unauthorized',
  // synth: RunPod requires one hour of credit (docs pricing.mdx) but its GraphQL wording is unknown.
  insufficientBalance: (need, have) =>
    `Insufficient balance: deploying this pod requires at least one hour of credit ($${need.toFixed(2)}); your balance is $${have.toFixed(2)}.`,
  // synth
  spendLimit: (limit) =>
    `Spend limit reached: this pod would take your spend above your limit of $${limit.toFixed(2)}/hr.`,
  podNotFound: 'Pod not found', // synth
  imageRequired: 'Either imageName or templateId must be provided', // synth (runpod-python's client-side wording)
  templateNotFound: 'Template not found', // synth
  networkVolumeNotFound: 'Network volume not found', // synth
  podTerminated: 'Pod is TERMINATED and cannot be deployed',
  badDeadline: (name, v) => `Invalid ${name}: ${JSON.stringify(v)} is not an ISO 8601 date-time`, // synth
  stoppedAfter: (at, now) => `Exited by RunPod: stopAfter ${at} reached: ${now}`, // synth
  containerError: 'container exited with code 1; restart limit reached, pod is in ERROR', // synth
  bidTooLow: (min) => `Your bid price is lower than the minimum bid price of $${min.toFixed(3)}/hr.`, // synth
};

/** A GraphQL error raised by a resolver; `code` goes into extensions.code. */
export class SimError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}
