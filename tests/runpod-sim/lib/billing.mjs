// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Per-second billing on the simulated clock. Balance is settled lazily: before any change to
// what is running, and whenever someone reads it, the elapsed cost is deducted.
import { round } from './util.mjs';

const HOURS_PER_MONTH = 730;

/** $/hr of storage for one pod: container + volume disk while running, volume disk (2×) when stopped. */
export function storagePerHr(pod, prices) {
  if (pod.desiredStatus === 'RUNNING') {
    return (
      (pod.containerDiskInGb * prices.containerRunningPerGbMonth + pod.volumeInGb * prices.volumeRunningPerGbMonth) /
      HOURS_PER_MONTH
    );
  }
  return (pod.volumeInGb * prices.volumeStoppedPerGbMonth) / HOURS_PER_MONTH;
}

/** $/hr the pod costs right now (GPU while it holds GPUs, plus storage). */
export function podSpendPerHr(pod, prices) {
  const gpu = pod.desiredStatus === 'RUNNING' ? pod.costPerHr : 0;
  return gpu + storagePerHr(pod, prices);
}

export function accountSpendPerHr(state) {
  let total = 0;
  for (const pod of state.pods.values()) total += podSpendPerHr(pod, state.storagePrices);
  for (const v of state.networkVolumes)
    total += (v.size * state.storagePrices.networkVolumePerGbMonth) / HOURS_PER_MONTH;
  return total;
}

const HOUR_MS = 3_600_000;

/**
 * The pod's charges between two instants into state.ledger (pod id → hour start → {gpu, disk}),
 * split at hour boundaries, so billing history can be bucketed by hour, day, week, month or year.
 */
function book(state, pod, from, to) {
  const gpuPerHr = pod.desiredStatus === 'RUNNING' ? pod.costPerHr : 0;
  const diskPerHr = storagePerHr(pod, state.storagePrices);
  if (!state.ledger.has(pod.id)) state.ledger.set(pod.id, new Map());
  const hours = state.ledger.get(pod.id);
  for (let t = from; t < to;) {
    const hour = Math.floor(t / HOUR_MS) * HOUR_MS;
    const end = Math.min(to, hour + HOUR_MS);
    const h = (end - t) / HOUR_MS;
    const slot = hours.get(hour) ?? { gpu: 0, disk: 0 };
    slot.gpu += gpuPerHr * h;
    slot.disk += diskPerHr * h;
    hours.set(hour, slot);
    t = end;
  }
}

/** Deduct what was spent since the last settlement. Returns the current balance. */
export function settle(state) {
  const now = state.clock.now();
  const from = state.lastSettled;
  const hours = Math.max(0, now - from) / HOUR_MS;
  state.lastSettled = now;
  if (hours > 0) {
    for (const pod of state.pods.values()) {
      pod.spent += podSpendPerHr(pod, state.storagePrices) * hours;
      book(state, pod, from, now);
    }
    state.account.balance -= accountSpendPerHr(state) * hours;
  }
  return state.account.balance;
}

export function displayBalance(state) {
  return round(settle(state), 4);
}
