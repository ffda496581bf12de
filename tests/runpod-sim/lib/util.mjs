// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Small helpers shared by the simulator modules.
import { randomBytes, randomInt } from 'node:crypto';

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Random lowercase alphanumeric id, like RunPod pod ids ("5xpma5eg46tqjq", 14 chars). */
export function randomId(len = 14) {
  let s = '';
  for (let i = 0; i < len; i++) s += ALNUM[randomInt(ALNUM.length)];
  return s;
}

export function randomHex(len) {
  return randomBytes(Math.ceil(len / 2))
    .toString('hex')
    .slice(0, len);
}

/** "GPU-e0488b7e-6932-795b-a125-4472c16ea72c", the shape nvidia-smi UUIDs have. */
export function gpuUuid() {
  const h = randomHex(32);
  return `GPU-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Deep merge: objects merge key by key, arrays and scalars from `over` replace. */
export function deepMerge(base, over) {
  if (!isPlainObject(base) || !isPlainObject(over)) return structuredClone(over);
  const out = structuredClone(base);
  for (const [k, v] of Object.entries(over)) {
    out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k], v) : structuredClone(v);
  }
  return out;
}

/** Money rounding the way RunPod shows it (cents-and-a-bit precision). */
export function round(n, digits = 3) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Compare dotted version strings numerically ("12.10" > "12.8"). */
export function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] || 0) - (pb[i] || 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

export function randomPrivateIp() {
  return `100.65.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}
