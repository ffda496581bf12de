// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A pod's log: "system" lines (the host's lifecycle: scheduling, image pull, start, stop) and
// "container" lines (what the container prints), with timestamps on the simulated clock. REST v2
// streams them as Server-Sent Events from GET /v2/pods/{id}/logs.

const MAX_LINES = 5000;

/** Appends one line and tells the live streams. Timestamps strictly increase per pod (they are SSE ids). */
export function podLog(state, pod, source, line) {
  pod.logs ??= [];
  let ms = state.clock.now();
  const last = pod.logs[pod.logs.length - 1];
  if (last && ms <= last.ms) ms = last.ms + 1;
  const entry = { source, line, ts: new Date(ms).toISOString(), ms };
  pod.logs.push(entry);
  if (pod.logs.length > MAX_LINES) pod.logs.shift();
  for (const fn of pod.logListeners ?? []) fn(entry);
  return entry;
}

/** Closes every live log stream of a pod (it was terminated). */
export function endPodLogs(pod) {
  for (const fn of pod.logListeners ?? []) fn(null);
  pod.logListeners?.clear();
}

function event(e) {
  return `id: ${e.ts}\ndata: ${JSON.stringify({ source: e.source, line: e.line, ts: e.ts })}\n\n`;
}

/**
 * Streams a pod's log: the backfill (after Last-Event-ID, else from `since`, else the last `tail`
 * lines, default 100), then live lines until the client goes away or the pod is terminated.
 */
export function streamPodLogs(pod, res, { source, tail = 100, since, lastEventId }, headers, hangs) {
  const wanted = (e) => !source || e.source === source;
  const all = (pod.logs ?? []).filter(wanted);
  let backfill;
  if (lastEventId) backfill = all.filter((e) => e.ms > Date.parse(lastEventId));
  else if (since) backfill = all.filter((e) => e.ms >= Date.parse(since));
  else backfill = tail === 0 ? [] : all.slice(-tail);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
    ...headers,
  });
  res.write(backfill.map(event).join(''));
  pod.logListeners ??= new Set();
  const listener = (e) => {
    if (e === null) res.end();
    else if (wanted(e)) res.write(event(e));
  };
  pod.logListeners.add(listener);
  hangs.add(res);
  res.on('close', () => {
    pod.logListeners.delete(listener);
    hangs.delete(res);
  });
}
