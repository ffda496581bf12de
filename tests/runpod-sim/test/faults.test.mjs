// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Every fault /_sim/faults and /_sim/pods/:id/* can inject, as a client experiences it.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startSim, sleep } from './support/sim.mjs';
import { clientKey, ssh, sshBackground, tunnel, get, probe } from './support/podhost-support.mjs';
import { namespacesAvailable } from '../lib/podhost.mjs';

let sim;
let key;
const T = { timeout: 30000 };
before(async () => {
  sim = await startSim();
  key = clientKey(sim.dir);
});
after(async () => {
  await sim.stop();
});
afterEach(async () => {
  await sim.sim('POST', '/_sim/reset');
});

const ME = '{ myself { id } }';
const conn = (port) => ({ port, key: key.key, knownHosts: path.join(sim.dir, `kh_${port}`) });
const fault = (spec) => sim.sim('POST', '/_sim/faults', spec);
const podWithKey = () => sim.createPod({ env: [{ key: 'PUBLIC_KEY', value: key.pub }] });

test('http500 fires count times, then requests succeed again', async () => {
  await fault({ type: 'http500', count: 2 });
  assert.equal((await sim.post({ query: ME })).status, 500);
  assert.equal((await sim.post({ query: ME })).status, 500);
  assert.equal((await sim.post({ query: ME })).status, 200);
  assert.deepEqual((await sim.sim('GET', '/_sim/faults')).faults, []);
});

test('http502 answers an HTML page', async () => {
  await fault({ type: 'http502' });
  const r = await sim.post({ query: ME });
  assert.equal(r.status, 502);
  assert.match(r.headers.get('content-type'), /^text\/html/);
  assert.match(r.text, /<title>502 Bad Gateway<\/title>/);
  assert.equal(r.json, null);
});

test('http429 carries Retry-After', async () => {
  await fault({ type: 'http429', retryAfter: 7 });
  const r = await sim.post({ query: ME });
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '7');
});

test('hang: no answer until the client gives up; the server keeps serving', async () => {
  await fault({ type: 'hang' });
  const t0 = Date.now();
  await assert.rejects(sim.post({ query: ME }, { signal: AbortSignal.timeout(400) }), /TimeoutError|aborted/);
  assert.ok(Date.now() - t0 >= 380);
  assert.equal((await sim.post({ query: ME })).status, 200);
});

test('drop: the connection closes with no answer, as an unreachable API; the server keeps serving', async () => {
  await fault({ type: 'drop', count: 2 });
  await assert.rejects(sim.post({ query: ME }), /fetch failed|socket|closed|terminated/i);
  await assert.rejects(sim.post({ query: ME }), /fetch failed|socket|closed|terminated/i);
  assert.equal((await sim.post({ query: ME })).status, 200);
});

test('malformedJson: HTTP 200, application/json, body that does not parse', async () => {
  await fault({ type: 'malformedJson' });
  const r = await sim.post({ query: ME });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /application\/json/);
  assert.throws(() => JSON.parse(r.text));
});

test('graphqlError with a chosen message and code, targeted by operation name', async () => {
  await fault({
    type: 'graphqlError',
    operationName: 'createPod',
    message: 'Something went wrong. Please try again later or contact support.',
    code: 'INTERNAL_SERVER_ERROR',
  });
  assert.equal((await sim.gql(ME)).status, 200, 'other operations are unaffected');
  const r = await sim.gql(
    'mutation createPod($input: PodFindAndDeployOnDemandInput!) { podFindAndDeployOnDemand(input: $input) { id } }',
    { input: { gpuTypeId: 'NVIDIA RTX A5000', imageName: 'x' } },
    { operationName: 'createPod' },
  );
  assert.equal(r.status, 200);
  assert.equal(r.errors[0].message, 'Something went wrong. Please try again later or contact support.');
  assert.equal(r.errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
  assert.deepEqual(r.errors[0].path, ['podFindAndDeployOnDemand']);
  assert.deepEqual(r.data, { podFindAndDeployOnDemand: null });
  assert.deepEqual((await sim.data('{ myself { pods { id } } }')).myself.pods, [], 'nothing was created');
});

test('graphqlError targeted by root field, unlimited until deleted', async () => {
  const {
    faults: [f],
  } = await fault({
    type: 'graphqlError',
    field: 'podFindAndDeployOnDemand',
    count: null,
    message: 'This machine does not have the resources to deploy your pod. Please try a different machine',
  });
  for (let i = 0; i < 3; i++) {
    const r = await sim.gql(
      'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA RTX A5000", imageName: "x"}) { id } }',
    );
    assert.equal(
      r.errors[0].message,
      'This machine does not have the resources to deploy your pod. Please try a different machine',
    );
  }
  await sim.sim('DELETE', `/_sim/faults/${f.id}`);
  const ok = await sim.gql(
    'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA RTX A5000", imageName: "x"}) { id } }',
  );
  assert.equal(ok.errors, undefined);
});

test('createThen500: the client sees 500 but the pod exists and bills (an orphan)', T, async () => {
  await fault({ type: 'createThen500' });
  assert.equal((await sim.gql(ME)).status, 200, 'only fires on a create');
  const r = await sim.post({
    query:
      'mutation { podFindAndDeployOnDemand(input: {gpuTypeId: "NVIDIA GeForce RTX 4090", cloudType: SECURE, imageName: "runpod/comfyui:latest"}) { id } }',
  });
  assert.equal(r.status, 500);
  const { myself } = await sim.data('{ myself { pods { id desiredStatus costPerHr } currentSpendPerHr } }');
  assert.equal(myself.pods.length, 1);
  assert.equal(myself.pods[0].desiredStatus, 'RUNNING');
  assert.ok(myself.currentSpendPerHr > 0.69);
  const { requests } = await sim.sim('GET', '/_sim/requests');
  assert.deepEqual(requests.find((x) => x.fault === 'createThen500').orphan, [myself.pods[0].id]);
});

test('podStuck: the next pod keeps runtime null forever', T, async () => {
  await fault({ type: 'podStuck' });
  const stuck = await sim.createPod();
  const normal = await sim.createPod();
  await sim.waitForSsh(normal.id);
  await sleep(300);
  const p = await sim.pod(stuck.id);
  assert.equal(p.desiredStatus, 'RUNNING');
  assert.equal(p.runtime, null);
});

test('the container dies: runtime turns null after boot, the pod stays RUNNING, sshd is gone', T, async () => {
  const pod = await podWithKey();
  const { ssh: addr } = await sim.waitForSsh(pod.id);
  await sim.sim('POST', `/_sim/pods/${pod.id}/die`);
  const p = await sim.pod(pod.id);
  assert.equal(p.desiredStatus, 'RUNNING');
  assert.equal(p.runtime, null);
  assert.equal(await probe(addr.port), 'ECONNREFUSED');
  // Same fault scheduled for the next pod, a moment after its runtime appears.
  await fault({ type: 'podDies', afterMs: 300 });
  const next = await sim.createPod();
  await sim.waitForSsh(next.id);
  await sleep(600);
  assert.equal((await sim.pod(next.id)).runtime, null);
  // A stuck-marked running pod also loses its runtime.
  const third = await sim.createPod();
  await sim.waitForSsh(third.id);
  await sim.sim('POST', `/_sim/pods/${third.id}/stuck`);
  assert.equal((await sim.pod(third.id)).runtime, null);
});

test('sshd refuses for N ms after the ports appear, then accepts', T, async () => {
  await fault({ type: 'podSshRefuse', ms: 800 });
  const pod = await podWithKey();
  const { ssh: addr } = await sim.waitForSsh(pod.id);
  assert.equal(await probe(addr.port), 'ECONNREFUSED');
  await sleep(1000);
  assert.equal(await probe(addr.port), 'open');
  await sim.sim('POST', `/_sim/pods/${pod.id}/refuse-ssh`, { ms: 500 });
  assert.equal(await probe(addr.port), 'ECONNREFUSED');
  await sleep(700);
  assert.equal((await ssh(conn(addr.port), { command: 'true' })).code, 0);
});

test('drop-ssh kills every live SSH connection of the pod', T, async () => {
  const pod = await podWithKey();
  const { ssh: addr } = await sim.waitForSsh(pod.id);
  const bg = sshBackground(conn(addr.port), { command: 'sleep 30' });
  let info;
  for (let i = 0; i < 100; i++) {
    info = await sim.sim('GET', `/_sim/pods/${pod.id}`);
    if (info.host.sshConnections > 0) break;
    await sleep(50);
  }
  assert.equal(info.host.sshConnections, 1);
  await sleep(300); // let the session get past authentication
  await sim.sim('POST', `/_sim/pods/${pod.id}/drop-ssh`);
  const done = await bg.done;
  assert.notEqual(done.code, 0);
  assert.equal((await ssh(conn(addr.port), { command: 'true' })).code, 0, 'new connections still work');
});

test(
  'ComfyUI never ready: per pod via /_sim and for the next pod via a fault',
  { ...T, skip: !namespacesAvailable() && "needs network namespaces (a pod's own localhost:8188)" },
  async () => {
    await fault({ type: 'podComfyNeverReady' });
    const pod = await podWithKey();
    const { ssh: addr } = await sim.waitForSsh(pod.id);
    const t = await tunnel(conn(addr.port));
    try {
      await sleep(500);
      const r = await get(t.localPort, '/system_stats', { timeoutMs: 1000 });
      assert.notEqual(r.status, 200);
      await sim.sim('POST', `/_sim/pods/${pod.id}/comfy-never-ready`, { value: false });
      let ok;
      for (let i = 0; i < 60 && ok?.status !== 200; i++) {
        ok = await get(t.localPort, '/system_stats', { timeoutMs: 1000 });
        await sleep(50);
      }
      assert.equal(ok.status, 200);
      await sim.sim('POST', `/_sim/pods/${pod.id}/comfy-never-ready`, { value: true });
      await sleep(200);
      assert.notEqual((await get(t.localPort, '/system_stats', { timeoutMs: 1000 })).status, 200);
    } finally {
      await t.close();
    }
  },
);

test('unknown fault types and pods are rejected by /_sim', async () => {
  await assert.rejects(fault({ type: 'nope' }), (e) => e.status === 400);
  await assert.rejects(sim.sim('POST', '/_sim/pods/nosuchpod/die'), (e) => e.status === 404);
});
