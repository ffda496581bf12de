// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Simulated clock. Billing and uptime follow it; it can run faster than real time so a test
// can watch an hour of spending in a minute. Timings (boot delays) stay in real milliseconds.
export class Clock {
  constructor(speed = 1, realNow = () => Date.now()) {
    this.realNow = realNow;
    this.anchorReal = realNow();
    this.anchorSim = this.anchorReal;
    this.speed = speed;
  }

  /** Simulated epoch milliseconds. */
  now() {
    return this.anchorSim + (this.realNow() - this.anchorReal) * this.speed;
  }

  setSpeed(speed) {
    if (!(typeof speed === 'number' && speed > 0 && speed <= 1e6))
      throw new Error('speed must be a number in (0, 1e6]');
    // Re-anchor so time already elapsed keeps the old rate.
    const sim = this.now();
    this.anchorReal = this.realNow();
    this.anchorSim = sim;
    this.speed = speed;
  }

  /** Jump the simulated clock forward (e.g. "one hour passes"). */
  advance(ms) {
    this.anchorSim += ms;
  }

  info() {
    return { speed: this.speed, now: new Date(this.now()).toISOString() };
  }
}

/** JS Date.toString() of a simulated instant — RunPod embeds exactly this in lastStatusChange. */
export function dateString(ms) {
  return new Date(ms).toString();
}
