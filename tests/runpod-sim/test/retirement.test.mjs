// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQL's retirement: from the scenario or mid-run through /_sim/graphql, /graphql answers
// 410 with a deprecation notice (or 404, or a GraphQL "retired" error); REST v2 keeps working
// on the same state.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { NO_BOOT, startSim } from './support/sim.mjs';
import { restClient } from './support/rest.mjs';

let sim;
let rest;
before(async () => {
  sim = await startSim({ scenario: NO_BOOT });
  rest = restClient(sim);
});
after(async () => {
  await sim.stop();
});
afterEach(async () => {
  await sim.sim('POST', '/_sim/reset');
});

const MYSELF = '{ myself { id clientBalance } }';

test('mid-run: a pod created on GraphQL, then GraphQL retires (410 notice); REST sees and stops the pod; it can come back', async () => {
  const pod = await sim.createPod();
  await sim.sim('POST', '/_sim/graphql', { retired: true });
  const r = await sim.post({ query: MYSELF });
  assert.equal(r.status, 410);
  assert.equal(r.json.title, 'Gone');
  assert.match(r.json.detail, /GraphQL API has been retired.*REST API v2/);
  assert.equal(r.json.errors[0].message, r.json.detail);
  assert.equal(r.json.errors[0].extensions.code, 'GONE');
  assert.match(r.headers.get('link'), /rel="deprecation"/);
  assert.equal((await sim.post({ query: MYSELF }, { key: null })).status, 410, 'whatever the key');
  const got = await rest('GET', `/v2/pods/${pod.id}`);
  assert.equal(got.status, 200);
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' })).json.status, 'EXITED');
  const reqs = (await sim.sim('GET', '/_sim/requests?path=/graphql')).requests;
  assert.equal(reqs[reqs.length - 1].retired, 'gone');
  assert.equal((await sim.sim('GET', '/_sim/state')).graphql.retired, true);
  await sim.sim('POST', '/_sim/graphql', { retired: false });
  assert.equal((await sim.gql(MYSELF)).status, 200);
});

test('modes: notFound → 404, error → HTTP 200 with a GraphQL error saying it is retired; bad mode → 400', async () => {
  await sim.sim('POST', '/_sim/graphql', { retired: true, mode: 'notFound' });
  assert.equal((await sim.post({ query: MYSELF })).status, 404);
  await sim.sim('POST', '/_sim/graphql', { mode: 'error' });
  const e = await sim.post({ query: MYSELF });
  assert.equal(e.status, 200);
  assert.equal(e.json.data, null);
  assert.match(e.json.errors[0].message, /retired/);
  assert.equal(e.json.errors[0].extensions.code, 'API_RETIRED');
  await assert.rejects(sim.sim('POST', '/_sim/graphql', { mode: 'sunset' }), /mode must be one of/);
});

test('afterRequests: GraphQL answers N more requests, then retires between two calls', async () => {
  await sim.sim('POST', '/_sim/graphql', { afterRequests: 2 });
  assert.equal((await sim.gql(MYSELF)).status, 200);
  assert.equal((await sim.gql(MYSELF)).status, 200);
  assert.equal((await sim.post({ query: MYSELF })).status, 410);
  assert.equal((await sim.sim('GET', '/_sim/graphql')).retired, true);
});

test('a scenario can start with GraphQL retired', async () => {
  const other = await startSim({ scenario: { ...NO_BOOT, graphql: { retired: true } } });
  try {
    assert.equal((await other.post({ query: MYSELF })).status, 410);
    assert.equal((await restClient(other)('GET', '/v2/pods')).status, 200);
  } finally {
    await other.stop();
  }
});
