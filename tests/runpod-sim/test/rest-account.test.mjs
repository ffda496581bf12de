// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 account resources: SSH keys (GET/PUT), network volumes, templates, pod billing.
// Answers are checked against the OpenAPI document by support/rest.mjs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { NO_BOOT, startSim, READ_ONLY } from './support/sim.mjs';
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

const K1 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGkq1 alice@laptop';
const K2 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ bob';

test('SSH keys: PUT replaces the set (GraphQL pubKey sees it), GET lists it, bad keys → 422, read-only → 403', async () => {
  const put = await rest('PUT', '/v2/account/ssh-keys', { keys: [K1, K2] });
  assert.equal(put.status, 200);
  assert.deepEqual(put.json, { keys: [K1, K2] });
  assert.deepEqual((await rest('GET', '/v2/account/ssh-keys')).json, { keys: [K1, K2] });
  assert.equal((await sim.data('{ myself { pubKey } }')).myself.pubKey, `${K1}\n${K2}`);
  const bad = await rest('PUT', '/v2/account/ssh-keys', { keys: ['not a key'] });
  assert.equal(bad.status, 422);
  assert.match(bad.json.errors[0], /^\$\.keys\[0\]: 'not a key' does not match pattern/);
  assert.equal((await rest('PUT', '/v2/account/ssh-keys', { keys: [] }, { token: READ_ONLY })).status, 403);
  assert.deepEqual((await rest('PUT', '/v2/account/ssh-keys', { keys: [] })).json, { keys: [] });
  // startSsh puts the account's keys into a new pod's PUBLIC_KEY.
  await rest('PUT', '/v2/account/ssh-keys', { keys: [K1] });
  const pod = (
    await rest('POST', '/v2/pods', { name: 'k', image: 'img', gpu: { id: 'NVIDIA GeForce RTX 4090' }, startSsh: true })
  ).json;
  assert.equal(pod.env.PUBLIC_KEY, K1);
});

test('network volumes: list, create (201), get, grow, delete (204); unknown data center 400; attached → 409; 404', async () => {
  const list = await rest('GET', '/v2/network-volumes');
  assert.deepEqual(list.json, {
    networkVolumes: [{ id: 'grvtso8ftn', name: 'autopod-models', size: 50, dataCenter: 'EU-RO-1', type: 'STANDARD' }],
  });
  const c = await rest('POST', '/v2/network-volumes', {
    name: 'models',
    size: 100,
    dataCenter: 'US-KS-2',
    type: 'HIGH_PERFORMANCE',
  });
  assert.equal(c.status, 201);
  assert.equal(c.json.type, 'HIGH_PERFORMANCE');
  assert.deepEqual((await rest('GET', `/v2/network-volumes/${c.json.id}`)).json, c.json);
  assert.equal(
    (
      await rest('POST', '/v2/network-volumes', {
        name: 'x',
        size: 10,
        dataCenter: 'EU-RO-1',
        type: 'HIGH_PERFORMANCE',
      })
    ).status,
    400,
  );
  assert.equal((await rest('POST', '/v2/network-volumes', { name: 'x', size: 10, dataCenter: 'MARS-1' })).status, 400);
  const small = await rest('POST', '/v2/network-volumes', { name: 'x', size: 5, dataCenter: 'EU-RO-1' });
  assert.deepEqual(small.json.errors, ['$.size: must be >= 10 but found 5']);
  assert.equal((await rest('PATCH', `/v2/network-volumes/${c.json.id}`, { size: 200 })).json.size, 200);
  const pod = await rest('POST', '/v2/pods', {
    name: 'v',
    image: 'img',
    gpu: { id: 'NVIDIA GeForce RTX 4090' },
    mounts: { network: [{ volumeId: 'grvtso8ftn', path: '/workspace' }] },
  });
  assert.equal(pod.status, 201);
  assert.equal(pod.json.dataCenterId, 'EU-RO-1', 'a network volume pins the pod to its data center');
  assert.equal((await rest('DELETE', '/v2/network-volumes/grvtso8ftn')).status, 409);
  assert.equal((await rest('DELETE', `/v2/network-volumes/${c.json.id}`)).status, 204);
  assert.equal((await rest('GET', `/v2/network-volumes/${c.json.id}`)).status, 404);
  const gql = (await sim.data('{ myself { networkVolumes { id } } }')).myself.networkVolumes.map((v) => v.id);
  assert.deepEqual(gql, ['grvtso8ftn']);
});

test("templates: the account's templates in the v2 shape", async () => {
  const r = await rest('GET', '/v2/templates');
  assert.equal(r.status, 200);
  const comfy = r.json.templates.find((t) => t.id === 'cw3nka7d08');
  assert.ok(comfy.image);
  assert.ok(Array.isArray(comfy.ports));
  assert.equal(typeof comfy.env, 'object');
  assert.equal((await rest('GET', '/v2/templates/cw3nka7d08')).json.id, 'cw3nka7d08');
});

test('pod billing: per pod per bucket, GPU and disk split, totals; podId, bucketSize, lastN; lastN with startTime → 400', async () => {
  const pod = (
    await rest('POST', '/v2/pods', { name: 'b', image: 'img', gpu: { id: 'NVIDIA GeForce RTX 4090' }, disk: 73 })
  ).json;
  await sim.sim('POST', '/_sim/clock', { advanceMs: 2 * 3_600_000 });
  await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
  const r = await rest('GET', `/v2/billing/pods?bucketSize=hour&lastN=4&podId=${pod.id}`);
  assert.equal(r.status, 200);
  const { records, metadata } = r.json;
  assert.ok(records.length >= 2 && records.length <= 3, JSON.stringify(records));
  assert.ok(records.every((x) => x.podId === pod.id && x.cpuAmount === 0));
  const gpu = records.reduce((s, x) => s + x.gpuAmount, 0);
  assert.ok(Math.abs(gpu - 2 * 0.69) < 0.01, `two hours of a $0.69/hr GPU, got ${gpu}`);
  const disk = records.reduce((s, x) => s + x.diskAmount, 0);
  assert.ok(Math.abs(disk - (2 * 73 * 0.1) / 730) < 0.001, `two hours of 73 GB container disk, got ${disk}`);
  assert.equal(metadata.recordCount, records.length);
  assert.equal(metadata.uniquePodCount, 1);
  assert.equal(metadata.query.bucketSize, 'hour');
  assert.equal(metadata.query.podId, pod.id);
  assert.ok(Math.abs(metadata.totals.totalAmount - (gpu + disk)) < 1e-5);
  const day = await rest('GET', '/v2/billing/pods');
  assert.equal(day.json.metadata.query.bucketSize, 'day');
  assert.ok(day.json.records.length >= 1);
  assert.equal((await rest('GET', '/v2/billing/pods?lastN=2&startTime=2026-01-01T00:00:00Z')).status, 400);
  assert.equal((await rest('GET', '/v2/billing/pods?bucketSize=fortnight')).status, 422);
  assert.deepEqual((await rest('GET', '/v2/billing/pods?podId=nosuchpod')).json.records, []);
});
