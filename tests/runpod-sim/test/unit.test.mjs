// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// In-process unit tests of the simulator's parts, with a tiny stand-in for PodHost so they
// run in milliseconds: clock, fault book, scenario merge, billing, pod state machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Clock } from '../lib/clock.mjs';
import { FaultBook } from '../lib/faults.mjs';
import { loadScenario } from '../lib/scenario.mjs';
import { SimState } from '../lib/state.mjs';
import { PodManager } from '../lib/pods.mjs';
import { accountSpendPerHr, settle } from '../lib/billing.mjs';
import { compareVersions, deepMerge } from '../lib/util.mjs';
import { SimError } from '../lib/errors.mjs';

/** Stand-in PodHost: records calls, hands out fake ports. */
class FakeHost {
  static made = [];
  constructor(opts) {
    this.opts = opts;
    this.calls = [];
    FakeHost.made.push(this);
  }
  async start() {
    this.port = 20000 + FakeHost.made.length;
    return { ip: '127.0.0.1', port: this.port };
  }
  async stop() {
    this.calls.push('stop');
  }
  refuseSsh(ms) {
    this.calls.push(`refuse ${ms}`);
  }
  dropSshConnections() {
    this.calls.push('drop');
  }
  setComfyNeverReady(v) {
    this.calls.push(`never ${v}`);
  }
  info() {
    return { port: this.port };
  }
}

function newState(over = {}) {
  const scenario = deepMerge(loadScenario(), {
    timings: { runtimeAppearsAfter: 0, resumeRuntimeAppearsAfter: 0 },
    ...over,
  });
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-unit-'));
  const state = new SimState({ scenario, stateDir, createHost: (o) => new FakeHost(o) });
  return { state, pods: new PodManager(state) };
}
const tick = () => new Promise((r) => setTimeout(r, 5));

test('Clock: speed re-anchors so elapsed time keeps its old rate; advance jumps', () => {
  let real = 1_000_000;
  const c = new Clock(1, () => real);
  real += 1000;
  assert.equal(c.now(), 1_001_000);
  c.setSpeed(60);
  real += 1000;
  assert.equal(c.now(), 1_061_000);
  c.advance(5000);
  assert.equal(c.now(), 1_066_000);
  assert.throws(() => c.setSpeed(0));
});

test('FaultBook: counts, targeting, unlimited faults, pod faults one of each type', () => {
  const b = new FaultBook();
  b.add({ type: 'http500', count: 2, operationName: 'A' });
  b.add({ type: 'createThen500' });
  assert.equal(b.takeRequestFault({ operationName: 'B', fields: ['myself'] }), null);
  assert.equal(b.takeRequestFault({ operationName: 'A', fields: [] }).type, 'http500');
  assert.equal(b.takeRequestFault({ operationName: 'A', fields: [] }).type, 'http500');
  assert.equal(b.takeRequestFault({ operationName: 'A', fields: [] }), null);
  assert.equal(b.takeRequestFault({ operationName: null, fields: ['podFindAndDeployOnDemand'] }).type, 'createThen500');
  const forever = b.add({ type: 'graphqlError', message: 'x', count: null });
  for (let i = 0; i < 5; i++) assert.equal(b.takeRequestFault({ fields: ['pod'] }).id, forever.id);
  assert.ok(b.remove(forever.id));
  b.add({ type: 'podStuck' });
  b.add({ type: 'podStuck' });
  b.add({ type: 'podComfyNeverReady' });
  assert.deepEqual(
    b.takePodFaults().map((f) => f.type),
    ['podStuck', 'podComfyNeverReady'],
  );
  assert.deepEqual(
    b.takePodFaults().map((f) => f.type),
    ['podStuck'],
  );
  assert.throws(() => b.add({ type: 'graphqlError' }), /message/);
  assert.throws(() => b.add({ type: 'bogus' }), /unknown fault type/);
});

test('scenario merge: objects merge, arrays replace, extends:null stands alone', () => {
  assert.deepEqual(deepMerge({ a: { b: 1, c: [1, 2] } }, { a: { c: [3] } }), { a: { b: 1, c: [3] } });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-scn-'));
  fs.writeFileSync(path.join(dir, 's.json'), JSON.stringify({ account: { balance: 1 } }));
  const merged = loadScenario(path.join(dir, 's.json'));
  assert.equal(merged.account.balance, 1);
  assert.equal(merged.account.spendLimit, 80);
  fs.writeFileSync(path.join(dir, 'alone.json'), JSON.stringify({ extends: null, keys: {} }));
  assert.deepEqual(loadScenario(path.join(dir, 'alone.json')), { extends: null, keys: {} });
  assert.equal(compareVersions('12.10', '12.8'), 1);
});

test('pod state machine with a stand-in host: boot, stop, resume, die, terminate; billing follows', async () => {
  const { state, pods } = newState();
  const pod = pods.create({
    gpuTypeId: 'NVIDIA GeForce RTX 4090',
    cloudType: 'SECURE',
    imageName: 'i',
    gpuCount: 2,
    ports: '22/tcp',
    env: [{ key: 'PUBLIC_KEY', value: 'ssh-ed25519 AAA k' }],
    containerDiskInGb: 0,
  });
  assert.equal(pod.costPerHr, 1.38);
  await tick();
  assert.ok(pod.runtime);
  const host = FakeHost.made.at(-1);
  assert.equal(host.opts.authorizedKeys, 'ssh-ed25519 AAA k');
  assert.equal(host.opts.gpuCount, 2);
  assert.equal(host.opts.gpuName, 'NVIDIA GeForce RTX 4090');
  assert.equal(pod.runtime.ports[0].publicPort, host.port);
  const balance = settle(state);
  state.clock.advance(3600_000);
  assert.ok(
    Math.abs(balance - settle(state) - accountSpendPerHr(state)) < 1e-4,
    'one simulated hour costs one hour of spend',
  );
  await pods.stop(pod.id);
  assert.deepEqual(host.calls, ['stop']);
  assert.equal(pod.desiredStatus, 'EXITED');
  await pods.resume(pod.id);
  await tick();
  assert.notEqual(FakeHost.made.at(-1), host, 'a new host per resume');
  await pods.die(pod.id);
  assert.equal(pod.runtime, null);
  assert.equal(pod.desiredStatus, 'RUNNING');
  await pods.terminate(pod.id);
  assert.equal(pods.get(pod.id), null);
  await assert.rejects(pods.stop(pod.id), SimError);
});

test('a host that fails to start leaves the pod RUNNING with runtime null and hostError', async () => {
  const { state, pods } = newState();
  state.createHost = () => ({
    start: async () => {
      throw new Error('no sshd');
    },
    stop: async () => {},
  });
  const pod = pods.create({ gpuTypeId: 'NVIDIA RTX A5000', imageName: 'i' });
  await tick();
  assert.equal(pod.runtime, null);
  assert.equal(pod.hostError, 'no sshd');
  assert.equal(pod.desiredStatus, 'RUNNING');
});

test("resumeFailureProbability 1 makes every resume fail with RunPod's message", async () => {
  const { state, pods } = newState({ behaviour: { resumeFailureProbability: 1 } });
  const pod = pods.create({ gpuTypeId: 'NVIDIA RTX A5000', imageName: 'i' });
  await tick();
  await pods.stop(pod.id);
  await assert.rejects(pods.resume(pod.id), /There are not enough free GPUs on the host machine to start this pod\./);
  state.behaviour.resumeFailureProbability = 0;
  await pods.resume(pod.id);
  assert.equal(pod.desiredStatus, 'RUNNING');
});
