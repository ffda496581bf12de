// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 pods: same state as GraphQL, the contract's statuses and actions, problem+json errors,
// the create error table, PATCH, logs, rate limits. Every answer is checked against the OpenAPI
// document by support/rest.mjs.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { NO_BOOT, startSim, sleep, FULL, READ_ONLY } from './support/sim.mjs';
import { restClient, readEvents } from './support/rest.mjs';
import { clientKey, ssh } from './support/podhost-support.mjs';

let sim;
let key;
let rest;
// Pods only boot (real sshd) in the tests that need a runtime.
before(async () => {
  sim = await startSim({ scenario: NO_BOOT });
  key = clientKey(sim.dir);
  rest = restClient(sim);
});
after(async () => {
  await sim.stop();
});
afterEach(async () => {
  await sim.sim('POST', '/_sim/reset');
});

const BODY = {
  name: 'autopod',
  image: 'runpod/comfyui:latest',
  gpu: { id: 'NVIDIA GeForce RTX 4090', count: 1 },
  disk: 50,
  ports: ['8188/http', '22/tcp'],
};

async function waitStatus(id, status, ms = 5000) {
  const end = Date.now() + ms;
  for (;;) {
    const p = (await rest('GET', `/v2/pods/${id}`)).json;
    if (p.status === status) return p;
    if (Date.now() > end) throw new Error(`pod ${id} never reached ${status}: ${JSON.stringify(p)}`);
    await sleep(100); // the default quota is 60 requests a minute
  }
}

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

test(
  'create → 201 PROVISIONING, then STARTING, then RUNNING with ssh.direct that works; GraphQL sees the pod',
  { timeout: 30000 },
  async () => {
    await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 400, portsAppearAfter: 400 });
    const c = await rest('POST', '/v2/pods', { ...BODY, env: { PUBLIC_KEY: key.pub } });
    assert.equal(c.status, 201);
    const pod = c.json;
    assert.equal(pod.status, 'PROVISIONING');
    assert.deepEqual(pod.actions, ['stop', 'terminate']);
    assert.equal(pod.runtime, null);
    assert.equal(pod.ssh.direct, null);
    assert.equal(pod.cloud, 'SECURE');
    assert.equal(pod.cost, 0.69);
    assert.deepEqual(pod.env, { PUBLIC_KEY: key.pub });
    assert.deepEqual(pod.gpu, { id: 'NVIDIA GeForce RTX 4090', count: 1 });
    assert.equal(pod.ssh.proxy.host, 'ssh.runpod.io');
    assert.match(pod.ssh.proxy.username, new RegExp(`^${pod.id}-[0-9a-f]{8}$`));
    const starting = await waitStatus(pod.id, 'STARTING');
    assert.equal(starting.runtime, null);
    assert.equal(starting.ssh.direct, null);
    const got = await waitStatus(pod.id, 'RUNNING');
    assert.deepEqual(got.actions, ['stop', 'restart', 'terminate']);
    assert.equal(got.ssh.direct.host, '127.0.0.1');
    assert.equal(got.ssh.direct.command, `ssh root@127.0.0.1 -p ${got.ssh.direct.port}`);
    assert.ok(got.runtime.ports.some((p) => p.private === 8188 && p.type === 'http'));
    const r = await ssh(
      { port: got.ssh.direct.port, key: key.key, knownHosts: path.join(sim.dir, 'kh_rest') },
      { command: 'true' },
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal((await sim.pod(pod.id, 'id desiredStatus')).desiredStatus, 'RUNNING');
    assert.deepEqual(
      (await rest('GET', '/v2/pods')).json.pods.map((p) => p.id),
      [pod.id],
    );
  },
);

test('behaviour.restRunningFromCreation reproduces the live observation: RUNNING before ssh.direct exists', async () => {
  await sim.sim('POST', '/_sim/behaviour', { restRunningFromCreation: true });
  const pod = (await rest('POST', '/v2/pods', BODY)).json;
  assert.equal(pod.status, 'RUNNING');
  assert.equal(pod.runtime, null);
  assert.equal(pod.ssh.direct, null);
});

test(
  'actions: stop while provisioning → EXITED (cost 0), invalid action → 409, bad action → 422, start, terminate → 204',
  { timeout: 30000 },
  async () => {
    const pod = (await rest('POST', '/v2/pods', BODY)).json;
    const stopped = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
    assert.equal(stopped.status, 200);
    assert.equal(stopped.json.status, 'EXITED');
    assert.equal(stopped.json.cost, 0);
    assert.deepEqual(stopped.json.actions, ['start', 'terminate']);
    const again = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
    assert.equal(again.status, 409);
    assert.equal(again.json.detail, "action 'stop' is not valid for a pod in status EXITED");
    const bad = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'reboot' });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.json.errors, ["$.action: value must be one of 'start', 'stop', 'restart', 'terminate'"]);
    const extra = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'start', force: true });
    assert.deepEqual(extra.json.errors, ["$: additional properties 'force' not allowed"]);
    assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'start' })).json.status, 'PROVISIONING');
    assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'terminate' })).status, 204);
    assert.equal((await rest('GET', `/v2/pods/${pod.id}`)).status, 404);
    const p2 = (await rest('POST', '/v2/pods', BODY)).json;
    assert.equal((await rest('DELETE', `/v2/pods/${p2.id}`)).status, 204);
    assert.equal((await rest('DELETE', `/v2/pods/${p2.id}`)).status, 404);
    assert.deepEqual((await rest('GET', '/v2/pods')).json.pods, []);
  },
);

test('create error table: 422 contract, 400 rule or capacity (dataCenterIds in order), 402 balance, 404 template', async () => {
  const v = await rest('POST', '/v2/pods', { gpu: { id: 'NVIDIA A40', vram: 48 }, bogus: 1, disk: 0 });
  assert.equal(v.status, 422);
  assert.equal(v.json.detail, 'Request validation failed.');
  for (const m of [
    "$: missing property 'name'",
    "$: missing property 'image'",
    "$.gpu: additional properties 'vram' not allowed",
    "$: additional properties 'bogus' not allowed",
    '$.disk: must be >= 1 but found 0',
  ]) {
    assert.ok(v.json.errors.includes(m), `${m} in ${JSON.stringify(v.json.errors)}`);
  }
  const cuda = await rest('POST', '/v2/pods', {
    ...BODY,
    gpu: { id: 'NVIDIA GeForce RTX 4090', minCudaVersion: '12' },
  });
  assert.deepEqual(cuda.json.errors, ["$.gpu.minCudaVersion: '12' does not match pattern '^\\d+\\.\\d+$'"]);
  const both = await rest('POST', '/v2/pods', { ...BODY, cpu: { flavorId: 'cpu3c' } });
  assert.ok([400, 422].includes(both.status));
  const rule = await rest('POST', '/v2/pods', {
    ...BODY,
    gpu: { id: 'NVIDIA GeForce RTX 4090', allowedCudaVersions: ['12.8'], minCudaVersion: '12.4' },
  });
  assert.equal(rule.status, 400);
  const cap = await rest('POST', '/v2/pods', {
    ...BODY,
    gpu: { id: 'NVIDIA H100 80GB HBM3' },
    dataCenterIds: ['EU-RO-1'],
  });
  assert.equal(cap.status, 400);
  assert.equal(
    cap.json.detail,
    'There are no longer any instances available with the requested specifications. Please refresh and try again.',
  );
  const second = await rest('POST', '/v2/pods', {
    ...BODY,
    gpu: { id: 'NVIDIA H100 80GB HBM3' },
    dataCenterIds: ['EU-RO-1', 'AP-JP-1'],
  });
  assert.equal(second.status, 201);
  assert.equal(second.json.dataCenterId, 'AP-JP-1');
  const tpl = await rest('POST', '/v2/pods', {
    name: 'x',
    templateId: 'nosuchtpl',
    gpu: { id: 'NVIDIA GeForce RTX 4090' },
  });
  assert.equal(tpl.status, 404);
  const fromTpl = await rest('POST', '/v2/pods', {
    name: 'x',
    templateId: 'cw3nka7d08',
    gpu: { id: 'NVIDIA GeForce RTX 4090' },
  });
  assert.equal(fromTpl.status, 201, fromTpl.text);
  assert.equal(fromTpl.json.template, 'cw3nka7d08');
  await sim.sim('POST', '/_sim/account', { balance: 0.1 });
  const money = await rest('POST', '/v2/pods', BODY);
  assert.equal(money.status, 402);
  assert.equal(money.json.title, 'Payment Required');
  assert.match(money.json.detail, /^Insufficient balance/);
});

test('create error table by fault: 403 no access to the pool, 429 with Retry-After, 5xx', async () => {
  await sim.sim('POST', '/_sim/faults', [
    { type: 'httpError', operationName: 'createPod', status: 403, detail: 'access denied' },
    { type: 'http429', operationName: 'createPod', retryAfter: 7 },
    { type: 'httpError', operationName: 'createPod', status: 503, detail: 'upstream unavailable' },
    { type: 'http500', operationName: 'createPod' },
  ]);
  const forbidden = await rest('POST', '/v2/pods', BODY);
  assert.deepEqual(forbidden.json, { title: 'Forbidden', status: 403, detail: 'access denied' });
  const limited = await rest('POST', '/v2/pods', BODY);
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '7');
  assert.match(limited.headers.get('ratelimit'), /^"minute";r=0;t=7, "hour";r=\d+;t=\d+, "day";r=\d+;t=\d+$/);
  assert.equal(limited.json.detail, 'rate limit exceeded for the minute window');
  assert.equal((await rest('POST', '/v2/pods', BODY)).status, 503);
  assert.equal((await rest('POST', '/v2/pods', BODY)).status, 500);
  assert.equal((await rest('GET', '/v2/pods')).json.pods.length, 0, 'no fault created a pod');
  assert.equal((await rest('POST', '/v2/pods', BODY)).status, 201);
});

test('request faults apply to REST operations too; createThen500 leaves an orphan that bills', async () => {
  await sim.sim('POST', '/_sim/faults', [
    { type: 'http429', operationName: 'listPods', retryAfter: 3 },
    { type: 'createThen500' },
  ]);
  const r = await rest('GET', '/v2/pods');
  assert.equal(r.status, 429);
  assert.equal(r.headers.get('retry-after'), '3');
  assert.equal((await rest('POST', '/v2/pods', BODY)).status, 500);
  assert.equal((await rest('GET', '/v2/pods')).json.pods.length, 1, 'the orphan exists');
});

test('a pod that fails while starting shows ERROR with its log lines, keeps billing, and only start/terminate are allowed', async () => {
  await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 100 });
  await sim.sim('POST', '/_sim/faults', {
    type: 'podError',
    afterMs: 200,
    lines: ['loading model', 'torch.OutOfMemoryError: CUDA out of memory'],
  });
  const pod = (await rest('POST', '/v2/pods', BODY)).json;
  assert.equal(pod.status, 'PROVISIONING');
  const t0 = Date.now();
  const failed = await waitStatus(pod.id, 'ERROR');
  assert.ok(Date.now() - t0 >= 250, 'not before the container started and failed');
  assert.deepEqual(failed.actions, ['start', 'terminate']);
  assert.equal(failed.runtime, null);
  assert.equal(failed.cost, 0.69, 'an ERROR pod holds its GPU and bills');
  const stop = await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
  assert.equal(stop.status, 409);
  const logs = await readEvents(sim, `/v2/pods/${pod.id}/logs?source=container`, { ms: 500 });
  assert.deepEqual(
    logs.events.map((e) => e.data.line),
    ['loading model', 'torch.OutOfMemoryError: CUDA out of memory'],
  );
  const internals = await sim.sim('GET', `/_sim/pods/${pod.id}`);
  assert.equal(internals.desiredStatus, 'RUNNING', 'GraphQL still reports it RUNNING');
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'terminate' })).status, 204);
});

test('a scenario can make every pod fail while starting (faults in the scenario file)', async () => {
  const other = await startSim({
    scenario: {
      ...NO_BOOT,
      timings: { ...NO_BOOT.timings, runtimeAppearsAfter: 0 },
      faults: [{ type: 'podError', count: null }],
    },
  });
  try {
    const r2 = restClient(other);
    for (let i = 0; i < 2; i++) {
      const pod = (await r2('POST', '/v2/pods', BODY)).json;
      let p;
      for (let j = 0; j < 25 && p?.status !== 'ERROR'; j++) {
        p = (await r2('GET', `/v2/pods/${pod.id}`)).json;
        await sleep(100);
      }
      assert.equal(p.status, 'ERROR');
    }
  } finally {
    await other.stop();
  }
});

test('GET /v2/pods/{id}/logs streams SSE: tail, source, Last-Event-ID resume, live lines, 404, 422', async () => {
  const pod = (await rest('POST', '/v2/pods', BODY)).json;
  const all = await readEvents(sim, `/v2/pods/${pod.id}/logs`, { ms: 400 });
  assert.equal(all.status, 200);
  assert.equal(all.headers.get('content-type'), 'text/event-stream');
  assert.equal(all.headers.get('cache-control'), 'no-cache');
  assert.equal(all.headers.get('x-accel-buffering'), 'no');
  assert.ok(all.headers.get('ratelimit'));
  assert.ok(all.events.length >= 2);
  for (const e of all.events) {
    assert.equal(e.id, e.data.ts);
    assert.deepEqual(Object.keys(e.data).sort(), ['line', 'source', 'ts']);
  }
  assert.match(all.events[0].data.line, /^create pod: 1x NVIDIA GeForce RTX 4090/);
  const one = await readEvents(sim, `/v2/pods/${pod.id}/logs?tail=1`, { ms: 300 });
  assert.deepEqual(one.events, all.events.slice(-1));
  assert.deepEqual((await readEvents(sim, `/v2/pods/${pod.id}/logs?source=container`, { ms: 300 })).events, []);
  // Live: a line written while the stream is open arrives on it.
  const live = readEvents(sim, `/v2/pods/${pod.id}/logs?tail=0`, { count: 1, ms: 3000 });
  await sleep(200);
  await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' });
  const got = await live;
  assert.match(got.events[0].data.line, /^stop pod: Exited by user/);
  const resumed = await readEvents(sim, `/v2/pods/${pod.id}/logs`, {
    ms: 300,
    headers: { 'Last-Event-ID': all.events[0].id },
  });
  assert.deepEqual(
    resumed.events.map((e) => e.id),
    [...all.events.slice(1).map((e) => e.id), got.events[0].id],
  );
  assert.equal((await rest('GET', '/v2/pods/nosuchpod/logs')).status, 404);
  const big = await rest('GET', `/v2/pods/${pod.id}/logs?tail=6000`);
  assert.equal(big.status, 422);
  assert.deepEqual(big.json.errors, ['tail: must be <= 5000 but found 6000']);
});

test('PATCH /v2/pods/{id}: name and lock in place, container settings reset the pod, mount rules → 400, unknown fields → 422', async () => {
  await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 0, resumeRuntimeAppearsAfter: 0 });
  const pod = (await rest('POST', '/v2/pods', { ...BODY, mounts: { persistent: { size: 20, path: '/workspace' } } }))
    .json;
  await waitStatus(pod.id, 'RUNNING');
  const starts = (await sim.sim('GET', `/_sim/pods/${pod.id}`)).hostStarts;
  const named = await rest('PATCH', `/v2/pods/${pod.id}`, { name: 'renamed', locked: true });
  assert.equal(named.status, 200);
  assert.equal(named.json.name, 'renamed');
  assert.equal(named.json.locked, true);
  assert.deepEqual(named.json.actions, ['terminate'], 'a locked pod cannot be stopped or restarted');
  assert.equal((await rest('POST', `/v2/pods/${pod.id}/action`, { action: 'stop' })).status, 409);
  assert.equal((await sim.sim('GET', `/_sim/pods/${pod.id}`)).hostStarts, starts, 'no reset for a rename');
  await rest('PATCH', `/v2/pods/${pod.id}`, { locked: false });
  const edited = await rest('PATCH', `/v2/pods/${pod.id}`, {
    image: 'runpod/comfyui:1.2',
    env: { A: 'b' },
    mounts: { persistent: { size: 30, path: '/data' } },
  });
  assert.equal(edited.status, 200);
  assert.equal(edited.json.image, 'runpod/comfyui:1.2');
  assert.deepEqual(edited.json.env, { A: 'b' });
  assert.deepEqual(edited.json.mounts, { persistent: { size: 30, path: '/data' } });
  await waitStatus(pod.id, 'RUNNING');
  assert.ok((await sim.sim('GET', `/_sim/pods/${pod.id}`)).hostStarts > starts, 'image change resets the container');
  const kind = await rest('PATCH', `/v2/pods/${pod.id}`, {
    mounts: { network: [{ volumeId: 'grvtso8ftn', path: '/net' }] },
  });
  assert.equal(kind.status, 400);
  const clear = await rest('PATCH', `/v2/pods/${pod.id}`, { mounts: { network: [] } });
  assert.equal(clear.status, 400);
  const bad = await rest('PATCH', `/v2/pods/${pod.id}`, { gpu: { id: 'NVIDIA A40' } });
  assert.equal(bad.status, 422);
  assert.deepEqual(bad.json.errors, ["$: additional properties 'gpu' not allowed"]);
  assert.equal((await rest('PATCH', '/v2/pods/nosuchpod', { name: 'x' })).status, 404);
});

test('GET /v2/pods lists every pod in one answer (the contract has no pagination); bad parameters → 422', async () => {
  const ids = [];
  for (let i = 0; i < 12; i++) ids.push((await rest('POST', '/v2/pods', { ...BODY, name: `p${i}` })).json.id);
  const list = await rest('GET', '/v2/pods?includeClusterPods=true');
  assert.deepEqual(list.json.pods.map((p) => p.id).sort(), ids.sort());
  assert.deepEqual(Object.keys(list.json), ['pods']);
  const bad = await rest('GET', '/v2/pods?includeClusterPods=maybe');
  assert.equal(bad.status, 422);
  assert.deepEqual(bad.json.errors, ['includeClusterPods: got string, want boolean']);
});

test('routing: unknown path 404, wrong method 405 with Allow, an operation the simulator does not serve 501', async () => {
  assert.equal((await rest('GET', '/v2/nothing')).status, 404);
  const m = await rest('PUT', '/v2/pods');
  assert.equal(m.status, 405);
  assert.equal(m.headers.get('allow'), 'GET, POST');
  assert.equal((await rest('GET', '/v2/serverless')).status, 501);
  const notJson = await rest('POST', '/v2/pods', '{"name":');
  assert.equal(notJson.status, 400);
});

test('rate limit: RateLimit counts down per window; over quota → 429 with the exhausted window at r=0 and Retry-After', async () => {
  const other = await startSim({ scenario: { ...NO_BOOT, rateLimit: { minute: 3 } } });
  try {
    const r2 = restClient(other);
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const r = await r2('GET', '/v2/pods');
      assert.equal(r.status, 200);
      seen.push(r.headers.get('ratelimit'));
      assert.equal(r.headers.get('ratelimit-policy'), '"minute";q=3;w=60, "hour";q=3000;w=3600, "day";q=50000;w=86400');
    }
    assert.deepEqual(
      seen.map((h) => /"minute";r=(\d+)/.exec(h)[1]),
      ['2', '1', '0'],
    );
    assert.deepEqual(
      seen.map((h) => /"hour";r=(\d+)/.exec(h)[1]),
      ['2999', '2998', '2997'],
    );
    const over = await r2('GET', '/v2/catalog/gpus');
    assert.equal(over.status, 429);
    const t = Number(/"minute";r=0;t=(\d+)/.exec(over.headers.get('ratelimit'))[1]);
    assert.ok(t >= 1 && t <= 60);
    assert.equal(over.headers.get('retry-after'), String(t));
    assert.equal(over.json.detail, 'rate limit exceeded for the minute window');
    const reqs = (await other.sim('GET', '/_sim/requests')).requests;
    assert.equal(reqs[reqs.length - 1].rateLimited, 'minute');
  } finally {
    await other.stop();
  }
});

test('GET /_sim/contract checks every recorded REST request against the document (path, query, body)', async () => {
  await rest('GET', '/v2/pods');
  await rest('POST', '/v2/pods', BODY);
  await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&color=red');
  await rest('POST', '/v2/pods', { ...BODY, gpuTypeId: 'NVIDIA A40' });
  await rest('GET', '/v2/nothing');
  const c = await sim.sim('GET', '/_sim/contract');
  assert.equal(c.checked, 5);
  assert.deepEqual(
    c.violations.map((v) => [v.method, v.path, v.errors]),
    [
      ['GET', '/v2/catalog/gpus', ["listGpuTypes: unknown query parameter 'color'"]],
      ['POST', '/v2/pods', ["createPod: $: additional properties 'gpuTypeId' not allowed"]],
      ['GET', '/v2/nothing', ['GET /v2/nothing: no such path']],
    ],
  );
});
