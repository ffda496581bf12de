// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A pod's own clock, for processes on the pod (an idle watchdog): real time unless /_sim speeds
// it up or moves it on. It lives in the file <state-dir>/pods/<id>/clock as one line
// "<speed> <real epoch s> <pod epoch s>" (an anchor), which the pod's `date` and `sleep`
// (podbin/) and any other process read: pod now = pod anchor + (real now − real anchor) × speed.
// Billing and uptime follow the simulator's clock (lib/clock.mjs), not this one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function newPodClock() {
  const now = Date.now();
  return { speed: 1, anchorReal: now, anchorPod: now };
}

export function podClockFile(state, pod) {
  return join(state.stateDir, 'pods', pod.id, 'clock');
}

export function writePodClock(state, pod) {
  const c = pod.podClock;
  mkdirSync(join(state.stateDir, 'pods', pod.id), { recursive: true });
  writeFileSync(
    podClockFile(state, pod),
    `${c.speed} ${(c.anchorReal / 1000).toFixed(3)} ${(c.anchorPod / 1000).toFixed(3)}\n`,
  );
}

export function podNow(pod) {
  const c = pod.podClock;
  return c.anchorPod + (Date.now() - c.anchorReal) * c.speed;
}

/** Re-anchors the clock: from now on it runs `speed` times real time; `advanceMs` jumps it ahead. */
export function setPodClock(state, pod, { speed, advanceMs } = {}) {
  if (speed !== undefined && !(typeof speed === 'number' && speed > 0 && speed <= 1e6)) {
    throw new Error('speed must be a number in (0, 1e6]');
  }
  const now = podNow(pod);
  pod.podClock = {
    speed: speed ?? pod.podClock.speed,
    anchorReal: Date.now(),
    anchorPod: now + (Number(advanceMs) || 0),
  };
  writePodClock(state, pod);
}

export function podClockInfo(state, pod) {
  return { speed: pod.podClock.speed, now: new Date(podNow(pod)).toISOString(), file: podClockFile(state, pod) };
}
