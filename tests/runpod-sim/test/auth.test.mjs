// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// API keys: both styles, 401 for unknown or missing keys, read-only keys on mutations, and
// reading back what the client sent through /_sim/requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSim, FULL, READ_ONLY } from './support/sim.mjs';

let sim;
before(async () => {
  sim = await startSim();
});
after(async () => {
  await sim.stop();
});

const ME = '{ myself { id email } }';

test('Authorization: Bearer KEY is accepted', async () => {
  const r = await sim.gql(ME, null, { style: 'bearer' });
  assert.equal(r.status, 200);
  assert.equal(r.data.myself.email, 'demo@autopod.invalid');
});

test('?api_key=KEY is accepted', async () => {
  const r = await sim.gql(ME, null, { style: 'query' });
  assert.equal(r.status, 200);
  assert.equal(r.data.myself.id, 'user_2PyTJrLzeuwfZilRZ7JhCQDuSqo');
});

for (const [what, opts] of [
  ['unknown bearer key', { key: 'rpa_nope' }],
  ['unknown api_key', { key: 'rpa_nope', style: 'query' }],
  ['no key', { key: null }],
]) {
  test(`${what} → HTTP 401 {"errors":[{"message":"Unauthorized"}]}`, async () => {
    const r = await sim.post({ query: ME }, opts);
    assert.equal(r.status, 401);
    assert.deepEqual(r.json, { errors: [{ message: 'Unauthorized' }] });
  });
}

test('a read-only key can query', async () => {
  const r = await sim.gql(ME, null, { key: READ_ONLY });
  assert.equal(r.status, 200);
  assert.ok(r.data.myself.id);
});

test('a read-only key gets the GraphQL error Unauthorized on mutations (HTTP 200, path, data null)', async () => {
  const r = await sim.gql(
    'mutation stopPod($podId: String!) { podStop(input: {podId: $podId}) { id desiredStatus } }',
    { podId: 'abc' },
    { key: READ_ONLY },
  );
  assert.equal(r.status, 200);
  assert.equal(r.errors[0].message, 'Unauthorized');
  assert.deepEqual(r.errors[0].path, ['podStop']);
  assert.deepEqual(r.data, { podStop: null });
  const c = await sim.gql(
    'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA RTX A5000", imageName: "x"}) { id } }',
    null,
    { key: READ_ONLY },
  );
  assert.equal(c.errors[0].message, 'Unauthorized');
  assert.deepEqual((await sim.data('{ myself { pods { id } } }')).myself.pods, [], 'nothing was created');
});

test('/_sim/requests shows what the client sent: headers, variables, operationName, query string', async () => {
  await sim.sim('DELETE', '/_sim/requests');
  await sim.gql(
    'query Probe($id: String) { pod(input: {podId: $id}) { id } }',
    { id: 'p1' },
    { operationName: 'Probe', headers: { 'User-Agent': 'autopod/0.1 (linux; x86_64)' } },
  );
  await sim.gql(ME, null, { style: 'query' });
  const { requests } = await sim.sim('GET', '/_sim/requests');
  assert.equal(requests.length, 2);
  const [a, b] = requests;
  assert.equal(a.method, 'POST');
  assert.equal(a.path, '/graphql');
  assert.equal(a.headers.authorization, `Bearer ${FULL}`);
  assert.equal(a.headers['user-agent'], 'autopod/0.1 (linux; x86_64)');
  assert.equal(a.operationName, 'Probe');
  assert.deepEqual(a.variables, { id: 'p1' });
  assert.deepEqual(a.query, {}, 'no api_key in the URL');
  assert.deepEqual(a.fields, ['pod']);
  assert.equal(b.query.api_key, FULL);
  assert.equal(b.headers.authorization, undefined);
  const filtered = await sim.sim('GET', `/_sim/requests?operationName=Probe`);
  assert.equal(filtered.requests.length, 1);
  const since = await sim.sim('GET', `/_sim/requests?since=${a.seq}`);
  assert.deepEqual(
    since.requests.map((r) => r.seq),
    [b.seq],
  );
  await sim.sim('DELETE', '/_sim/requests');
  assert.equal((await sim.sim('GET', '/_sim/requests')).requests.length, 0);
});

test('unauthenticated requests are recorded too', async () => {
  await sim.sim('DELETE', '/_sim/requests');
  await sim.post({ query: ME }, { key: 'wrong' });
  const { requests } = await sim.sim('GET', '/_sim/requests');
  assert.equal(requests[0].headers.authorization, 'Bearer wrong');
});
