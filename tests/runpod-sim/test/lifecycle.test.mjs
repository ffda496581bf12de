// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Pod lifecycle against real pod hosts: create → runtime → SSH with the PUBLIC_KEY key and a
// -L tunnel to ComfyUI → stop → resume (new port, new host key) → terminate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startSim, sleep } from './support/sim.mjs';
import { clientKey, ssh, tunnel, get, probe } from './support/podhost-support.mjs';
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

const conn = (port, name = 'kh') => ({
  port,
  key: key.key,
  knownHosts: path.join(sim.dir, `known_hosts_${name}_${port}`),
});
const stop = (id) =>
  sim.data(
    'mutation stopPod($podId: String!) { podStop(input: {podId: $podId}) { id desiredStatus lastStatusChange runtime { uptimeInSeconds } } }',
    { podId: id },
  );
const resume = (id) =>
  sim.gql(
    'mutation($id: String) { podResume(input: {podId: $id, gpuCount: 1}) { id desiredStatus imageName env machineId machine { podHostId } } }',
    { id },
  );
const terminate = (id) =>
  sim.gql('mutation terminatePod($podId: String!) { podTerminate(input: {podId: $podId}) }', { podId: id });

test('create answers RUNNING with runtime null, real-looking ids, env and cost; runtime appears later', T, async () => {
  await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 400 });
  try {
    const pod = await sim.createPod(
      {
        gpuCount: 2,
        env: [
          { key: 'PUBLIC_KEY', value: key.pub },
          { key: 'FOO', value: 'a=b' },
        ],
      },
      'id desiredStatus lastStatusChange costPerHr gpuCount env machineId runtime { uptimeInSeconds } machine { podHostId gpuDisplayName }',
    );
    assert.match(pod.id, /^[a-z0-9]{14}$/);
    assert.match(pod.machineId, /^[a-z0-9]{12}$/);
    assert.match(pod.machine.podHostId, new RegExp(`^${pod.id}-[0-9a-f]{8}$`));
    assert.equal(pod.desiredStatus, 'RUNNING');
    assert.equal(pod.runtime, null);
    assert.match(
      pod.lastStatusChange,
      /^Rented by User: \w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4} \(.+\)$/,
    );
    assert.equal(pod.costPerHr, 1.38, '2 × $0.69 secure RTX 4090');
    assert.deepEqual(pod.env, [`PUBLIC_KEY=${key.pub}`, 'FOO=a=b']);
    assert.equal(pod.machine.gpuDisplayName, 'RTX 4090');
    assert.equal((await sim.pod(pod.id)).runtime, null, 'still booting');
    const { pod: up } = await sim.waitForSsh(pod.id);
    assert.equal(up.runtime.gpus.length, 2);
    assert.match(up.runtime.gpus[0].id, /^GPU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await terminate(pod.id);
  } finally {
    await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 0 });
  }
});

test(
  "runtime ports: 22/tcp on the public 127.0.0.1 and the pod's SSH port, http on a private 100.65.x.x",
  T,
  async () => {
    const pod = await sim.createPod({
      ports: '8188/http,8080/http,22/tcp',
      env: [{ key: 'PUBLIC_KEY', value: key.pub }],
    });
    const { pod: up, ssh: addr } = await sim.waitForSsh(pod.id);
    const byPort = Object.fromEntries(up.runtime.ports.map((p) => [p.privatePort, p]));
    assert.deepEqual(Object.keys(byPort).sort(), ['22', '8080', '8188']);
    assert.equal(byPort[22].ip, '127.0.0.1');
    assert.equal(byPort[22].isIpPublic, true);
    assert.equal(byPort[22].type, 'tcp');
    const internal = await sim.sim('GET', `/_sim/pods/${pod.id}`);
    assert.equal(byPort[22].publicPort, internal.host.port);
    for (const p of [byPort[8188], byPort[8080]]) {
      assert.match(p.ip, /^100\.65\.\d+\.\d+$/);
      assert.equal(p.isIpPublic, false);
      assert.equal(p.type, 'http');
      assert.ok(Number.isInteger(p.publicPort) && p.publicPort > 1024);
    }
    assert.equal(await probe(addr.port), 'open');
    await terminate(pod.id);
  },
);

test(
  "a real OpenSSH client logs in with the PUBLIC_KEY key; -L reaches the pod's ComfyUI /system_stats",
  T,
  async () => {
    const pod = await sim.createPod({ gpuTypeId: 'NVIDIA L40S', env: [{ key: 'PUBLIC_KEY', value: key.pub }] });
    const { ssh: addr } = await sim.waitForSsh(pod.id);
    const c = conn(addr.port);
    const r = await ssh(c, { command: 'echo "$RUNPOD_POD_ID"' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), pod.id);
    const t = await tunnel(c);
    try {
      let stats;
      for (let i = 0; i < 100 && stats?.status !== 200; i++) {
        stats = await get(t.localPort, '/system_stats');
        await sleep(50);
      }
      assert.equal(stats.status, 200);
      // Without network namespaces localhost:8188 is the first pod's stand-in (docs/podhost.md).
      if (namespacesAvailable()) assert.match(JSON.parse(stats.body).devices[0].name, /NVIDIA L40S/);
    } finally {
      await t.close();
    }
    const other = clientKey(sim.dir, 'id_other');
    const denied = await ssh({ ...c, key: other.key });
    assert.notEqual(denied.code, 0, 'a key that was not passed is refused');
    await terminate(pod.id);
  },
);

test('startSsh without PUBLIC_KEY injects the account pubKey (updateUserSettings)', T, async () => {
  await sim.data('mutation Mutation($input: UpdateUserSettingsInput) { updateUserSettings(input: $input) { id } }', {
    input: { pubKey: key.pub },
  });
  assert.equal((await sim.data('{ myself { pubKey } }')).myself.pubKey, key.pub);
  const pod = await sim.createPod({ startSsh: true });
  assert.deepEqual(pod.env, [`PUBLIC_KEY=${key.pub}`]);
  const { ssh: addr } = await sim.waitForSsh(pod.id);
  assert.equal((await ssh(conn(addr.port), { command: 'true' })).code, 0);
  const noSsh = await sim.createPod({ startSsh: false });
  assert.deepEqual(noSsh.env, []);
  await terminate(pod.id);
  await terminate(noSsh.id);
  await sim.sim('POST', '/_sim/account', { pubKey: '' });
});

test('community pods get a public 22/tcp only with supportPublicIp', T, async () => {
  const priv = await sim.createPod(
    { cloudType: 'COMMUNITY', gpuTypeId: 'NVIDIA GeForce RTX 3090', dataCenterId: 'US-CA-2' },
    'id costPerHr machine { secureCloud supportPublicIp dataCenterId }',
  );
  assert.equal(priv.costPerHr, 0.22);
  assert.deepEqual(priv.machine, { secureCloud: false, supportPublicIp: false, dataCenterId: 'US-CA-2' });
  let up;
  for (let i = 0; i < 200 && !up?.runtime; i++) {
    up = await sim.pod(priv.id);
    await sleep(25);
  }
  const p22 = up.runtime.ports.find((p) => p.privatePort === 22);
  assert.equal(p22.isIpPublic, false);
  assert.match(p22.ip, /^100\.65\./);
  const pub = await sim.createPod(
    { cloudType: 'COMMUNITY', gpuTypeId: 'NVIDIA GeForce RTX 3090', supportPublicIp: true },
    'id machine { supportPublicIp dataCenterId }',
  );
  assert.equal(pub.machine.supportPublicIp, true);
  assert.ok(['US-KS-2', 'EUR-IS-1'].includes(pub.machine.dataCenterId));
  await sim.waitForSsh(pub.id);
  await terminate(priv.id);
  await terminate(pub.id);
});

test(
  'stop → EXITED, host gone, billing drops to volume storage; resume → new port and host key; terminate → gone',
  T,
  async () => {
    const pod = await sim.createPod({ volumeInGb: 100, env: [{ key: 'PUBLIC_KEY', value: key.pub }] });
    const { ssh: first } = await sim.waitForSsh(pod.id);
    const before = await sim.sim('GET', `/_sim/pods/${pod.id}`);
    const spendRunning = (await sim.data('{ myself { currentSpendPerHr } }')).myself.currentSpendPerHr;
    const netVol = (50 * 0.07) / 730;
    assert.ok(
      Math.abs(spendRunning - (0.69 + (50 * 0.1 + 100 * 0.1) / 730 + netVol)) < 0.002,
      `running spend ${spendRunning}`,
    );

    const stopped = (await stop(pod.id)).podStop;
    assert.equal(stopped.desiredStatus, 'EXITED');
    assert.match(stopped.lastStatusChange, /^Exited by user: \w{3} \w{3} \d{2} \d{4} /);
    assert.equal(stopped.runtime, null);
    assert.equal(await probe(first.port), 'ECONNREFUSED');
    const spendStopped = (await sim.data('{ myself { currentSpendPerHr } }')).myself.currentSpendPerHr;
    assert.ok(Math.abs(spendStopped - ((100 * 0.2) / 730 + netVol)) < 0.001, `stopped spend ${spendStopped}`);
    assert.equal((await sim.pod(pod.id)).desiredStatus, 'EXITED', 'a stopped pod is still listed');

    const r = await resume(pod.id);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data.podResume.desiredStatus, 'RUNNING');
    assert.equal(r.data.podResume.machineId, pod.machineId);
    assert.equal(r.data.podResume.machine.podHostId, pod.machine.podHostId, 'pinned to the same host');
    const { ssh: second } = await sim.waitForSsh(pod.id);
    const after = await sim.sim('GET', `/_sim/pods/${pod.id}`);
    assert.notEqual(second.port, first.port);
    assert.notEqual(after.host.hostKeyFingerprint, before.host.hostKeyFingerprint);
    assert.equal((await ssh(conn(second.port, 'resumed'), { command: 'true' })).code, 0);

    const t = await terminate(pod.id);
    assert.deepEqual(t, { data: { podTerminate: null }, status: 200 });
    assert.equal(await sim.pod(pod.id), null);
    assert.deepEqual((await sim.data('{ myself { pods { id } } }')).myself.pods, []);
    assert.equal(await probe(second.port), 'ECONNREFUSED');
    const again = await terminate(pod.id);
    assert.deepEqual(again.errors[0].path, ['podTerminate'], 'terminating a missing pod errors with its path');
  },
);

test("resume fails with RunPod's message when the host's GPUs were taken", T, async () => {
  const pod = await sim.createPod({ gpuTypeId: 'NVIDIA RTX A6000', dataCenterId: 'OC-AU-1' });
  await stop(pod.id);
  await sim.sim('POST', '/_sim/stock', {
    dataCenterId: 'OC-AU-1',
    gpuTypeId: 'NVIDIA RTX A6000',
    cloud: 'secure',
    free: 0,
  });
  const r = await resume(pod.id);
  assert.equal(r.status, 200);
  assert.equal(r.errors[0].message, 'There are not enough free GPUs on the host machine to start this pod.');
  assert.deepEqual(r.errors[0].path, ['podResume']);
  assert.deepEqual(r.data, { podResume: null });
  assert.equal((await sim.pod(pod.id)).desiredStatus, 'EXITED');
  await sim.sim('POST', '/_sim/stock', {
    dataCenterId: 'OC-AU-1',
    gpuTypeId: 'NVIDIA RTX A6000',
    cloud: 'secure',
    free: 1,
  });
  await sim.sim('POST', `/_sim/pods/${pod.id}/take-host-gpus`, { value: true });
  assert.equal(
    (await resume(pod.id)).errors[0].message,
    'There are not enough free GPUs on the host machine to start this pod.',
  );
  await sim.sim('POST', `/_sim/pods/${pod.id}/take-host-gpus`, { value: false });
  assert.equal((await resume(pod.id)).data.podResume.desiredStatus, 'RUNNING');
  await terminate(pod.id);
});

test('uptimeInSeconds counts on the simulated clock', T, async () => {
  const pod = await sim.createPod({});
  await sim.waitForSsh(pod.id);
  await sim.sim('POST', '/_sim/clock', { speed: 60 });
  try {
    await sleep(1000);
    const up = await sim.pod(pod.id);
    assert.ok(
      up.runtime.uptimeInSeconds >= 50 && up.runtime.uptimeInSeconds < 120,
      `uptime ${up.runtime.uptimeInSeconds}`,
    );
    assert.equal(up.uptimeSeconds, up.runtime.uptimeInSeconds);
  } finally {
    await sim.sim('POST', '/_sim/clock', { speed: 1 });
    await terminate(pod.id);
  }
});

test('optional quirk: a stopped pod reports its stale runtime for a while', T, async () => {
  await sim.sim('POST', '/_sim/behaviour', { staleRuntimeAfterStopMs: 400 });
  try {
    const pod = await sim.createPod({});
    await sim.waitForSsh(pod.id);
    await stop(pod.id);
    const p = await sim.pod(pod.id);
    assert.equal(p.desiredStatus, 'EXITED');
    assert.ok(p.runtime?.ports?.length, 'stale runtime still there');
    await sleep(600);
    assert.equal((await sim.pod(pod.id)).runtime, null);
    await terminate(pod.id);
  } finally {
    await sim.sim('POST', '/_sim/behaviour', { staleRuntimeAfterStopMs: 0 });
  }
});

test('podEditJob changes the image and env and resets a running pod (new SSH port)', T, async () => {
  const pod = await sim.createPod({});
  const { ssh: first } = await sim.waitForSsh(pod.id);
  const r = await sim.data('mutation($input: PodEditJobInput) { podEditJob(input: $input) { id imageName env } }', {
    input: { podId: pod.id, imageName: 'runpod/comfyui:latest-5090', env: [{ key: 'A', value: '1' }] },
  });
  assert.equal(r.podEditJob.imageName, 'runpod/comfyui:latest-5090');
  assert.deepEqual(r.podEditJob.env, ['A=1']);
  const { ssh: second } = await sim.waitForSsh(pod.id);
  assert.notEqual(second.port, first.port);
  await terminate(pod.id);
});

test(
  'two pods created through the API each have their own localhost:8188',
  { ...T, skip: !namespacesAvailable() && 'needs network namespaces' },
  async () => {
    const a = await sim.createPod({
      gpuTypeId: 'NVIDIA GeForce RTX 4090',
      env: [{ key: 'PUBLIC_KEY', value: key.pub }],
    });
    const b = await sim.createPod({ gpuTypeId: 'NVIDIA A40', env: [{ key: 'PUBLIC_KEY', value: key.pub }] });
    const names = [];
    for (const pod of [a, b]) {
      const { ssh: addr } = await sim.waitForSsh(pod.id);
      const t = await tunnel(conn(addr.port, 'iso'));
      try {
        let stats;
        for (let i = 0; i < 100 && stats?.status !== 200; i++) {
          stats = await get(t.localPort, '/system_stats');
          await sleep(50);
        }
        names.push(JSON.parse(stats.body).devices[0].name);
      } finally {
        await t.close();
      }
    }
    assert.match(names[0], /RTX 4090/);
    assert.match(names[1], /A40/);
    await terminate(a.id);
    await terminate(b.id);
  },
);

test('quirk: runtime can appear with ports still null (portsAppearAfter)', T, async () => {
  await sim.sim('POST', '/_sim/timings', { portsAppearAfter: 500 });
  try {
    const pod = await sim.createPod({});
    let p;
    for (let i = 0; i < 100 && !p?.runtime; i++) {
      p = await sim.pod(pod.id);
      await sleep(20);
    }
    assert.ok(p.runtime, 'runtime is there');
    assert.equal(p.runtime.ports, null, 'but no ports yet');
    await sim.waitForSsh(pod.id);
    await terminate(pod.id);
  } finally {
    await sim.sim('POST', '/_sim/timings', { portsAppearAfter: 0 });
  }
});
