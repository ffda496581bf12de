// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Selecting every field the schema offers on Pod, User, GpuType and DataCenter resolves
// without errors, and the fields real tools read carry realistic values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { startSim, SIM_DIR } from './support/sim.mjs';

const schema = buildSchema(readFileSync(`${SIM_DIR}/schema.graphql`, 'utf8'));
let sim;
before(async () => {
  sim = await startSim();
});
after(async () => {
  await sim.stop();
});

/** Selection set of every field of a type, nested objects up to `depth` levels. */
function selectAll(typeName, depth = 2) {
  const type = schema.getType(typeName);
  const parts = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => a.type.toString().endsWith('!'))) continue;
    const named = getNamedType(f.type);
    if (isObjectType(named)) {
      if (depth > 0) parts.push(`${f.name} { ${selectAll(named.name, depth - 1)} }`);
    } else parts.push(f.name);
  }
  return parts.join(' ') || '__typename';
}

test('every Pod field resolves, while booting and when running', async () => {
  const pod = await sim.createPod({ ports: '8188/http,22/tcp', networkVolumeId: 'grvtso8ftn' });
  const sel = selectAll('Pod', 3);
  const booting = await sim.gql(`query($id: String) { pod(input: {podId: $id}) { ${sel} } }`, { id: pod.id });
  assert.equal(booting.errors, undefined, JSON.stringify(booting.errors));
  await sim.waitForSsh(pod.id);
  const r = await sim.gql(`query($id: String) { pod(input: {podId: $id}) { ${sel} } }`, { id: pod.id });
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  const p = r.data.pod;
  for (const k of [
    'id',
    'name',
    'imageName',
    'desiredStatus',
    'lastStatusChange',
    'podType',
    'costPerHr',
    'gpuCount',
    'vcpuCount',
    'memoryInGb',
    'containerDiskInGb',
    'volumeInGb',
    'volumeMountPath',
    'env',
    'ports',
    'machineId',
    'uptimeSeconds',
    'createdAt',
    'lastStartedAt',
    'runtime',
    'machine',
    'networkVolume',
  ]) {
    assert.notEqual(p[k], null, k);
  }
  assert.equal(p.podType, 'RESERVED');
  assert.equal(p.volumeMountPath, '/workspace');
  assert.match(p.createdAt, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \+0000 UTC$/);
  assert.equal(p.machine.dataCenterId, 'EU-RO-1');
  assert.equal(p.machine.gpuTypeId, 'NVIDIA GeForce RTX 4090');
  assert.equal(p.machine.gpuDisplayName, 'RTX 4090');
  assert.equal(p.machine.location, 'RO');
  assert.equal(p.machine.secureCloud, true);
  assert.equal(p.machine.currentPricePerGpu, 0.69);
  assert.ok(p.machine.maxDownloadSpeedMbps > 0);
  assert.ok(p.machine.machineSystem.cudaVersion);
  assert.equal(p.machine.podHostId.split('-')[0], p.id);
  assert.equal(p.networkVolume.id, 'grvtso8ftn');
  assert.equal(p.runtime.container.cpuPercent >= 0, true);
  assert.equal(p.gpus.length, 1);
  assert.equal(p.latestTelemetry.state, 'running');
});

test('every User, GpuType and DataCenter field resolves', async () => {
  for (const [q, name] of [
    [`{ myself { ${selectAll('User', 2)} } }`, 'User'],
    [`{ gpuTypes { ${selectAll('GpuType', 2)} } }`, 'GpuType'],
    [`{ dataCenters { ${selectAll('DataCenter', 2)} } }`, 'DataCenter'],
  ]) {
    const r = await sim.gql(q);
    assert.equal(r.status, 200, name);
    assert.equal(r.errors, undefined, `${name}: ${JSON.stringify(r.errors)}`);
  }
  const { myself } = await sim.data(
    '{ myself { id email pubKey clientBalance currentSpendPerHr spendLimit authId underBalance spendDetails { gpuComputePerHour } } }',
  );
  assert.match(myself.id, /^user_/);
  assert.equal(myself.spendLimit, 80);
  assert.equal(typeof myself.clientBalance, 'number');
  assert.equal(myself.underBalance, false);
});
