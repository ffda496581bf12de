// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A simulated network link in user space (the kernel here has no netem): a TCP relay that delivers
// every byte `oneWayDelayMs` after it arrived, in each direction, optionally no faster than
// `bandwidthMbps`. Used by PodHost in front of a pod's public SSH port to put the pod "at a distance".
//
// The link holds at most `maxQueuedBytes` per direction in flight (a deep router buffer: far more
// than any bandwidth-delay product the tests use). When the receiving end stops reading, the relay
// stops delivering, its queue fills, and it stops reading from the sender: back-pressure reaches the
// sender exactly as TCP flow control would across a real network.
import net from 'node:net';
import { performance } from 'node:perf_hooks';

/** Normalised link settings; throws on nonsense. */
export function linkSettings(s = {}) {
  const delay = Number(s.oneWayDelayMs ?? 0);
  const bw = Number(s.bandwidthMbps ?? 0);
  if (!Number.isFinite(delay) || delay < 0 || delay > 10_000) throw new Error('oneWayDelayMs must be 0…10000');
  if (!Number.isFinite(bw) || bw < 0) throw new Error('bandwidthMbps must be ≥ 0 (0 = unlimited)');
  return { oneWayDelayMs: delay, bandwidthMbps: bw };
}

export const isDirect = (s) => !s || (!(s.oneWayDelayMs > 0) && !(s.bandwidthMbps > 0));

const MAX_QUEUED = 64 * 1024 * 1024;

// One direction: src's bytes reach dst after the link's delay (and serialisation at its bandwidth).
function delayedPipe(src, dst, { oneWayDelayMs, bandwidthMbps }, maxQueued) {
  const bytesPerMs = bandwidthMbps > 0 ? (bandwidthMbps * 1e6) / 8 / 1000 : 0;
  const queue = [];
  let head = 0;
  let queued = 0;
  let linkFreeAt = 0; // when the last queued byte has been serialised onto the link
  let lastDue = 0;
  let timer = null;
  let blocked = false; // dst's buffer is full: wait for 'drain'

  const arm = () => {
    if (timer || blocked || head >= queue.length) return;
    const wait = Math.max(0, queue[head].due - performance.now());
    timer = setTimeout(flush, wait);
  };
  function flush() {
    timer = null;
    const now = performance.now();
    while (head < queue.length && queue[head].due <= now + 0.5) {
      const item = queue[head++];
      if (item.end) {
        dst.end();
        return;
      }
      queued -= item.buf.length;
      if (!dst.write(item.buf)) {
        blocked = true;
        dst.once('drain', () => {
          blocked = false;
          flush();
        });
        break;
      }
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    if (queued < maxQueued / 2 && src.isPaused() && !src.destroyed) src.resume();
    arm();
  }
  const push = (item) => {
    queue.push(item);
    arm();
  };
  src.on('data', (buf) => {
    const now = performance.now();
    let sent = now;
    if (bytesPerMs) {
      linkFreeAt = Math.max(linkFreeAt, now) + buf.length / bytesPerMs;
      sent = linkFreeAt;
    }
    lastDue = Math.max(lastDue, sent + oneWayDelayMs);
    queued += buf.length;
    push({ due: lastDue, buf });
    if (queued > maxQueued) src.pause();
  });
  src.on('end', () => {
    lastDue = Math.max(lastDue, performance.now() + oneWayDelayMs);
    push({ due: lastDue, end: true });
  });
  return () => clearTimeout(timer);
}

/**
 * Relays `client` (an accepted socket) to a new connection to port/host through a delayed link.
 * Returns { client, upstream, close() }. Either side closing abnormally resets the other.
 */
export function relayThroughLink(client, port, host, settings, { maxQueuedBytes = MAX_QUEUED } = {}) {
  const upstream = net.connect({ port, host, noDelay: true, allowHalfOpen: true });
  client.setNoDelay(true);
  const stops = [
    delayedPipe(client, upstream, settings, maxQueuedBytes),
    delayedPipe(upstream, client, settings, maxQueuedBytes),
  ];
  const close = () => {
    for (const s of stops) s();
    client.destroy();
    upstream.destroy();
  };
  client.on('error', close);
  upstream.on('error', close);
  let closed = 0;
  const onClose = () => {
    if (++closed === 2) for (const s of stops) s();
  };
  client.on('close', onClose);
  upstream.on('close', onClose);
  return { client, upstream, close };
}
