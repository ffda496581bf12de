// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Process-level behaviour: first stdout line, scenarios, the /_sim control routes, and that
// SIGTERM/SIGINT stop every pod and leave nothing listening.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startSim, sleep, SERVER, tempDir, DEFAULT_POD } from './support/sim.mjs';
import { probe } from './support/podhost-support.mjs';

const T = { timeout: 30000 };

function pidsAlive(pids) {
  return pids.filter((p) => {
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  });
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(`${signal} stops every pod host, closes the server and exits 0`, T, async () => {
    const sim = await startSim();
    assert.match(sim.firstLine, /^runpod-sim listening on http:\/\/127\.0\.0\.1:\d+$/);
    // Two pods for SIGTERM, one for SIGINT: the path is the same, the suite is shorter.
    const created = [await sim.createPod()];
    if (signal === 'SIGTERM') created.push(await sim.createPod({ gpuTypeId: 'NVIDIA RTX A5000' }));
    const ports = [];
    for (const p of created) ports.push((await sim.waitForSsh(p.id)).ssh.port);
    const pids = [];
    for (const { id } of created) {
      const info = await sim.sim('GET', `/_sim/pods/${id}`);
      pids.push(info.host.pids.holder);
    }
    assert.equal(pidsAlive(pids).length, created.length);
    await sim.sim('POST', '/_sim/faults', { type: 'hang' });
    const hung = sim.post({ query: '{ myself { id } }' }).catch(() => 'closed');
    await sleep(100);
    const t0 = Date.now();
    const { code, signal: sig } = await sim.stop(signal);
    assert.equal(code, 0);
    assert.equal(sig, null);
    assert.ok(Date.now() - t0 < 5000, 'stops promptly');
    assert.equal(await hung, 'closed', 'a hanging request is cut off');
    assert.equal(await probe(sim.port), 'ECONNREFUSED');
    for (const p of ports) assert.equal(await probe(p), 'ECONNREFUSED');
    assert.deepEqual(pidsAlive(pids), [], 'pod processes are gone');
  });
}

test('the default scenario boots pods with realistic demo delays (runtime after ~4 s)', T, async () => {
  const sim = await startSim({ scenario: path.join(path.dirname(SERVER), 'scenarios', 'default.json') });
  try {
    const timings = await sim.sim('GET', '/_sim/timings');
    assert.deepEqual(timings, {
      runtimeAppearsAfter: 4000,
      sshReadyAfter: 1000,
      comfyReadyAfter: 4000,
      resumeRuntimeAppearsAfter: 2500,
      resumeSshReadyAfter: 1000,
      resumeComfyReadyAfter: 3000,
      portsAppearAfter: 500,
      comfyStepMs: 100,
    });
    const pod = await sim.createPod();
    await sleep(1000);
    assert.equal((await sim.pod(pod.id)).runtime, null);
  } finally {
    await sim.stop();
  }
});

test('a scenario file merges over the default: keys, account, timings', T, async () => {
  const sim = await startSim({
    scenario: {
      keys: { rpa_custom: 'full' },
      account: { balance: 3.5, email: 'x@y.invalid' },
      timings: { runtimeAppearsAfter: 0 },
    },
  });
  try {
    const r = await sim.gql('{ myself { email clientBalance spendLimit } }', null, { key: 'rpa_custom' });
    assert.equal(r.data.myself.email, 'x@y.invalid');
    assert.ok(Math.abs(r.data.myself.clientBalance - 3.5) < 0.001);
    assert.equal(r.data.myself.spendLimit, 80);
    assert.equal(
      (await sim.gql('{ myself { id } }', null, { key: 'rp_sim_full_access' })).status,
      200,
      'default keys stay',
    );
  } finally {
    await sim.stop();
  }
  // A file with "extends": null standing alone is covered in unit.test.mjs.
});

test('a broken scenario file or missing --state-dir exits 2 with a message', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'bad.json'), '{ nope');
  const r = spawnSync(
    process.execPath,
    [SERVER, '--port', '0', '--state-dir', dir, '--scenario', path.join(dir, 'bad.json')],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot load scenario/);
  const u = spawnSync(process.execPath, [SERVER, '--port', '0'], { encoding: 'utf8' });
  assert.equal(u.status, 2);
  fs.rmSync(dir, { recursive: true });
});

test('/_sim control routes: index, state, account, timings, behaviour, clock, reset', T, async () => {
  const sim = await startSim();
  try {
    const { routes } = await sim.sim('GET', '/_sim');
    assert.ok(routes.includes('POST /_sim/faults') && routes.includes('GET /_sim/requests'));
    await sim.sim('POST', '/_sim/account', { balance: 42, pubKey: 'ssh-ed25519 AAAA x' });
    const acct = await sim.sim('GET', '/_sim/account');
    assert.equal(acct.balance, 42);
    assert.equal((await sim.data('{ myself { pubKey clientBalance } }')).myself.pubKey, 'ssh-ed25519 AAAA x');
    assert.equal((await sim.sim('POST', '/_sim/timings', { runtimeAppearsAfter: 123 })).runtimeAppearsAfter, 123);
    await assert.rejects(sim.sim('POST', '/_sim/timings', { bogus: 1 }), (e) => e.status === 400);
    assert.equal(
      (await sim.sim('POST', '/_sim/behaviour', { resumeFailsWhenStockTaken: false })).resumeFailsWhenStockTaken,
      false,
    );
    assert.equal((await sim.sim('POST', '/_sim/clock', { speed: 60 })).speed, 60);
    await assert.rejects(sim.sim('POST', '/_sim/clock', { speed: -1 }), (e) => e.status === 400);
    const pod = await sim.createPod({ ...DEFAULT_POD });
    const stopped = await sim.sim('POST', `/_sim/pods/${pod.id}/stop`);
    assert.match(stopped.lastStatusChange, /^Exited by RunPod: \w{3} /);
    const state = await sim.sim('GET', '/_sim/state');
    assert.equal(state.pods.length, 1);
    assert.equal(state.clock.speed, 60);
    await sim.sim('POST', '/_sim/reset');
    assert.deepEqual((await sim.data('{ myself { pods { id } } }')).myself.pods, []);
    assert.equal((await sim.sim('GET', '/_sim/account')).balance, 25);
    assert.equal((await sim.sim('GET', '/_sim/clock')).speed, 1);
    assert.equal((await sim.sim('GET', '/_sim/timings')).runtimeAppearsAfter, 0);
    await assert.rejects(sim.sim('GET', `/_sim/pods/${pod.id}`), (e) => e.status === 404);
    await assert.rejects(sim.sim('GET', '/_sim/nope'), (e) => e.status === 404);
  } finally {
    await sim.stop();
  }
});

test(
  '/_sim/network puts every pod at a distance; a pod can have its own link; reset restores the scenario',
  T,
  async () => {
    const sim = await startSim();
    try {
      assert.deepEqual(await sim.sim('GET', '/_sim/network'), { oneWayDelayMs: 0, bandwidthMbps: 0 });
      assert.deepEqual(await sim.sim('POST', '/_sim/network', { oneWayDelayMs: 50 }), {
        oneWayDelayMs: 50,
        bandwidthMbps: 0,
      });
      await assert.rejects(sim.sim('POST', '/_sim/network', { oneWayDelayMs: -5 }), (e) => e.status === 400);
      const pod = await sim.createPod({ ...DEFAULT_POD });
      let host;
      for (let i = 0; i < 200 && !host; i++) {
        host = (await sim.sim('GET', `/_sim/pods/${pod.id}`)).host;
        if (!host) await sleep(50);
      }
      assert.deepEqual(host.network, { oneWayDelayMs: 50, bandwidthMbps: 0 }, 'a new pod gets the link');
      const own = await sim.sim('POST', `/_sim/pods/${pod.id}/network`, { oneWayDelayMs: 100, bandwidthMbps: 200 });
      assert.deepEqual(own.host.network, { oneWayDelayMs: 100, bandwidthMbps: 200 });
      await sim.sim('POST', '/_sim/network', { oneWayDelayMs: 10 });
      assert.equal((await sim.sim('GET', `/_sim/pods/${pod.id}`)).host.network.oneWayDelayMs, 100, 'its own link wins');
      await sim.sim('POST', '/_sim/reset');
      assert.deepEqual(await sim.sim('GET', '/_sim/network'), { oneWayDelayMs: 0, bandwidthMbps: 0 });
    } finally {
      await sim.stop();
    }
  },
);
