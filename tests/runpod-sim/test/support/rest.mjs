// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 requests for the tests. Every answer is checked against the OpenAPI document
// (status declared, content type, body schema), so a test fails on any answer outside the contract.
import assert from 'node:assert/strict';
import { FULL } from './sim.mjs';
import { checkResponse } from '../../lib/openapi.mjs';

export function restClient(sim) {
  return async function rest(method, p, body, { token = FULL, headers = {} } = {}) {
    const url = new URL(p, sim.url);
    const res = await fetch(url, {
      method,
      headers: {
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined && body !== null ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined && body !== null ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      /* HTML fault pages */
    }
    if (res.status !== 405 && res.status !== 502 && !(res.status === 404 && json?.detail?.startsWith('no route'))) {
      const problems = checkResponse(method, url.pathname, res.status, res.headers.get('content-type'), json);
      assert.deepEqual(problems, [], `${method} ${p} → ${res.status} ${text.slice(0, 400)}`);
    }
    return { status: res.status, headers: res.headers, json, text };
  };
}

/** Reads an SSE stream until `count` events arrived (or `ms` passed), then hangs up. */
export async function readEvents(sim, p, { count, ms = 3000, token = FULL, headers = {} } = {}) {
  const ac = new AbortController();
  const res = await fetch(new URL(p, sim.url), {
    headers: { Authorization: `Bearer ${token}`, ...headers },
    signal: ac.signal,
  });
  const events = [];
  const timer = setTimeout(() => ac.abort(), ms);
  let buf = '';
  try {
    if (res.status !== 200) return { status: res.status, headers: res.headers, json: await res.json(), events };
    const dec = new TextDecoder();
    for await (const chunk of res.body) {
      buf += dec.decode(chunk, { stream: true });
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const id = /^id: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        events.push({ id, data: JSON.parse(data) });
      }
      if (count !== undefined && events.length >= count) break;
    }
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return { status: res.status, headers: res.headers, events };
}
