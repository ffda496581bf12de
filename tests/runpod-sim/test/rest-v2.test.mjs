// REST v2 pod subset: same state as GraphQL, problem+json errors, ssh.direct when ready.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { NO_BOOT, startSim, sleep, FULL, READ_ONLY } from './support/sim.mjs';
import { clientKey, ssh } from './support/podhost-support.mjs';

let sim;
let key;
// Pods only boot (real sshd) in the test that needs ssh.direct.
before(async () => { sim = await startSim({ scenario: NO_BOOT }); key = clientKey(sim.dir); });
after(async () => { await sim.stop(); });
afterEach(async () => { await sim.sim('POST', '/_sim/reset'); });

async function rest(method, p, body, { token = FULL } = {}) {
  const res = await fetch(new URL(p, sim.url), {
    method, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null };
}

const BODY = { name: 'autopod', image: 'runpod/comfyui:latest', gpu: { id: 'NVIDIA GeForce RTX 4090', count: 1 }, disk: 50, ports: ['8188/http', '22/tcp'] };

test('auth: 401 problem+json without a bearer token, 403 for read-only writes', async () => {
  const a = await rest('GET', '/v2/pods', null, { token: null });
  assert.equal(a.status, 401);
  assert.match(a.headers.get('content-type'), /application\/problem\+json/);
  assert.deepEqual(a.json, { title: 'Unauthorized', status: 401, detail: 'missing bearer token' });
  assert.equal((await rest('GET', '/v2/pods', null, { token: 'rpa_bad' })).status, 401);
  assert.equal((await rest('GET', '/v2/pods', null, { token: READ_ONLY })).status, 200);
  const f = await rest('POST', '/v2/pods', BODY, { token: READ_ONLY });
  assert.deepEqual(f.json, { title: 'Forbidden', status: 403, detail: 'access denied' });
});

test('create → 201 RUNNING with runtime null; ssh.direct appears and works; shows up in GraphQL', { timeout: 30000 }, async () => {
  await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 0 });
  const c = await rest('POST', '/v2/pods', { ...BODY, env: { PUBLIC_KEY: key.pub } });
  assert.equal(c.status, 201);
  assert.ok(c.headers.get('ratelimit'));
  const pod = c.json;
  assert.equal(pod.status, 'RUNNING');
  assert.deepEqual(pod.actions, ['stop', 'restart', 'terminate']);
  assert.equal(pod.cloud, 'SECURE');
  assert.equal(pod.cost, 0.69);
  assert.deepEqual(pod.env, { PUBLIC_KEY: key.pub });
  assert.equal(pod.ssh.proxy.host, 'ssh.runpod.io');
  assert.match(pod.ssh.proxy.username, new RegExp(`^${pod.id}-[0-9a-f]{8}$`));
  let got;
  for (let i = 0; i < 200 && !got?.ssh.direct; i++) { got = (await rest('GET', `/v2/pods/${pod.id}`)).json; await sleep(25); }
  assert.equal(got.ssh.direct.host, '127.0.0.1');
  assert.equal(got.ssh.direct.command, `ssh root@127.0.0.1 -p ${got.ssh.direct.port}`);
  assert.ok(got.runtime.ports.some((p) => p.private === 8188 && p.type === 'http'));
  const r = await ssh({ port: got.ssh.direct.port, key: key.key, knownHosts: path.join(sim.dir, 'kh_rest') }, { command: 'true' });
  assert.equal(r.code, 0, r.stderr);
  const g = await sim.pod(pod.id, 'id desiredStatus');
  assert.equal(g.desiredStatus, 'RUNNING');
  assert.deepEqual((await rest('GET', '/v2/pods')).json.pods.map((p) => p.id), [pod.id]);
});

test('actions: stop → EXITED (cost 0), invalid action → 409, bad action → 422, start, terminate → 204', { timeout: 30000 }, async () => {
  const pod = (await rest('POST', '/v2/pods', BODY)).json;
  const stopped = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
  assert.equal(stopped.status, 200);
  assert.equal(stopped.json.status, 'EXITED');
  assert.equal(stopped.json.cost, 0);
  assert.deepEqual(stopped.json.actions, ['start', 'terminate']);
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' })).status, 409);
  const bad = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'reboot' });
  assert.equal(bad.status, 422);
  assert.deepEqual(bad.json.errors, ["$.action: value must be one of 'start', 'stop', 'restart', 'terminate'"]);
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'start' })).json.status, 'RUNNING');
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'terminate' })).status, 204);
  assert.equal((await rest('GET', `/v2/pods/${pod.id}`)).status, 404);
  const p2 = (await rest('POST', '/v2/pods', BODY)).json;
  assert.equal((await rest('DELETE', `/v2/pods/${p2.id}`)).status, 204);
  assert.deepEqual((await rest('GET', '/v2/pods')).json.pods, []);
});

test('create errors: 422 contract, 400 capacity (dataCenterIds tried in order), 402 balance', async () => {
  const v = await rest('POST', '/v2/pods', { gpu: { id: 'NVIDIA A40' } });
  assert.equal(v.status, 422);
  assert.ok(v.json.errors.includes("$: missing property 'name'"));
  const cap = await rest('POST', '/v2/pods', { ...BODY, gpu: { id: 'NVIDIA H100 80GB HBM3' }, dataCenterIds: ['EU-RO-1'] });
  assert.equal(cap.status, 400);
  assert.equal(cap.json.detail, 'There are no longer any instances available with the requested specifications. Please refresh and try again.');
  const second = await rest('POST', '/v2/pods', { ...BODY, gpu: { id: 'NVIDIA H100 80GB HBM3' }, dataCenterIds: ['EU-RO-1', 'AP-JP-1'] });
  assert.equal(second.status, 201);
  assert.equal(second.json.dataCenterId, 'AP-JP-1');
  await sim.sim('POST', '/_sim/account', { balance: 0.1 });
  const money = await rest('POST', '/v2/pods', BODY);
  assert.equal(money.status, 402);
  assert.equal(money.json.title, 'Payment Required');
});

test('request faults apply to REST operations too', async () => {
  await sim.sim('POST', '/_sim/faults', [{ type: 'http429', operationName: 'listPods', retryAfter: 3 }, { type: 'createThen500' }]);
  const r = await rest('GET', '/v2/pods');
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '3');
  assert.equal((await rest('POST', '/v2/pods', BODY)).status, 500);
  assert.equal((await rest('GET', '/v2/pods')).json.pods.length, 1, 'the orphan exists');
});
