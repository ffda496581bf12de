// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Where creates land and why they fail: stock, GPU lists, clouds, data centers, CUDA, network
// volumes, templates, spot bids, one hour of balance, and balance draining on the sim clock.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { NO_BOOT, startSim, sleep } from './support/sim.mjs';

const NO_CAPACITY =
  'There are no longer any instances available with the requested specifications. Please refresh and try again.';
let sim;
before(async () => {
  sim = await startSim({ scenario: NO_BOOT });
});
after(async () => {
  await sim.stop();
});
afterEach(async () => {
  await sim.sim('POST', '/_sim/reset');
});

const SEL =
  'id costPerHr podType templateId imageName ports env networkVolumeId machine { gpuTypeId dataCenterId secureCloud machineSystem { cudaVersion } }';
const CREATE = `mutation createPod($input: PodFindAndDeployOnDemandInput!) { podFindAndDeployOnDemand(input: $input) { ${SEL} } }`;
const create = (input) => sim.gql(CREATE, { input: { imageName: 'runpod/comfyui:latest', gpuCount: 1, ...input } });

test("no stock → RunPod's no-capacity message, data null, path set", async () => {
  const r = await create({ gpuTypeId: 'NVIDIA H100 80GB HBM3', dataCenterId: 'EU-RO-1' });
  assert.equal(r.status, 200);
  assert.equal(r.errors[0].message, NO_CAPACITY);
  assert.deepEqual(r.errors[0].path, ['podFindAndDeployOnDemand']);
  assert.deepEqual(r.data, { podFindAndDeployOnDemand: null });
  for (const input of [
    { gpuTypeId: 'NVIDIA A40', cloudType: 'COMMUNITY' },
    { gpuTypeId: 'NVIDIA GeForce RTX 4090', countryCode: 'JP' },
    { gpuTypeId: 'NVIDIA GeForce RTX 4090', gpuCount: 9 },
    { gpuTypeId: 'NVIDIA GeForce RTX 5090', allowedCudaVersions: ['12.4', '12.6'] },
    { gpuTypeId: 'NVIDIA L40S', minDownload: 8000 },
    { gpuTypeId: 'NVIDIA L40S', minUpload: 9000 },
    { gpuTypeId: 'NVIDIA GeForce RTX 4090', containerDiskInGb: 1500, volumeInGb: 1000 },
    { gpuTypeId: 'NVIDIA RTX A5000', minVcpuCount: 64 },
    { gpuTypeId: 'unknown' },
    { gpuTypeId: 'NVIDIA GeForce RTX 9999' },
  ]) {
    const e = await create(input);
    assert.equal(e.errors?.[0]?.message, NO_CAPACITY, JSON.stringify(input));
  }
  assert.deepEqual((await sim.data('{ myself { pods { id } } }')).myself.pods, []);
});

test('filters pick the matching pool; ALL takes the cheaper community cloud', async () => {
  const a = (await create({ gpuTypeId: 'NVIDIA GeForce RTX 4090', cloudType: 'ALL', supportPublicIp: true })).data
    .podFindAndDeployOnDemand;
  assert.equal(a.machine.secureCloud, false);
  assert.equal(a.costPerHr, 0.34);
  const s = (await create({ gpuTypeId: 'NVIDIA GeForce RTX 4090', cloudType: 'SECURE', countryCode: 'RO' })).data
    .podFindAndDeployOnDemand;
  assert.equal(s.machine.dataCenterId, 'EU-RO-1');
  assert.equal(s.machine.secureCloud, true);
  const dc = (await create({ gpuTypeId: 'NVIDIA A40', dataCenterId: 'CA-MTL-1' })).data.podFindAndDeployOnDemand;
  assert.equal(dc.machine.dataCenterId, 'CA-MTL-1');
  assert.equal(dc.costPerHr, 0.4);
  const cuda = (await create({ gpuTypeId: 'NVIDIA GeForce RTX 5090', cloudType: 'SECURE', minCudaVersion: '12.9' }))
    .data.podFindAndDeployOnDemand;
  assert.ok(['US-TX-3', 'EU-RO-1'].includes(cuda.machine.dataCenterId));
  assert.equal(cuda.machine.machineSystem.cudaVersion, '13.0');
  const allowed = (await create({ gpuTypeId: 'NVIDIA RTX A6000', cloudType: 'SECURE', allowedCudaVersions: ['12.8'] }))
    .data.podFindAndDeployOnDemand;
  assert.equal(allowed.machine.machineSystem.cudaVersion, '12.8');
});

test('gpuTypeIdList falls through to the next GPU type with stock', async () => {
  await sim.sim('POST', '/_sim/stock', [
    { dataCenterId: 'AP-JP-1', gpuTypeId: 'NVIDIA L40S', cloud: 'secure', free: 0 },
  ]);
  const r = await create({ gpuTypeIdList: ['NVIDIA L40S', 'NVIDIA H100 80GB HBM3'], dataCenterId: 'AP-JP-1' });
  assert.equal(r.data.podFindAndDeployOnDemand.machine.gpuTypeId, 'NVIDIA H100 80GB HBM3');
});

test("networkVolumeId pins the pod to the volume's data center", async () => {
  const r = await create({ gpuTypeId: 'NVIDIA GeForce RTX 4090', networkVolumeId: 'grvtso8ftn' });
  const pod = r.data.podFindAndDeployOnDemand;
  assert.equal(pod.machine.dataCenterId, 'EU-RO-1');
  assert.equal(pod.networkVolumeId, 'grvtso8ftn');
  const clash = await create({
    gpuTypeId: 'NVIDIA GeForce RTX 4090',
    networkVolumeId: 'grvtso8ftn',
    dataCenterId: 'US-TX-3',
  });
  assert.equal(clash.errors[0].message, NO_CAPACITY);
  const none = await create({ gpuTypeId: 'NVIDIA H100 80GB HBM3', networkVolumeId: 'grvtso8ftn' });
  assert.equal(none.errors[0].message, NO_CAPACITY, 'no H100 in EU-RO-1');
  const nv = await sim.data('{ myself { networkVolumes { id name size dataCenterId dataCenter { id location } } } }');
  assert.deepEqual(nv.myself.networkVolumes[0].dataCenter, { id: 'EU-RO-1', location: 'Romania' });
});

test('templateId supplies image, ports and disks; name/image can override', async () => {
  const r = await sim.gql(CREATE, {
    input: { templateId: 'cw3nka7d08', gpuTypeId: 'NVIDIA RTX A5000', cloudType: 'SECURE' },
  });
  const pod = r.data.podFindAndDeployOnDemand;
  assert.equal(pod.templateId, 'cw3nka7d08');
  assert.equal(pod.imageName, 'runpod/comfyui:latest');
  assert.equal(pod.ports, '8188/http,8080/http,8888/http,22/tcp');
  const missing = await sim.gql(CREATE, { input: { gpuTypeId: 'NVIDIA RTX A5000' } });
  assert.match(missing.errors[0].message, /imageName or templateId/);
  const { myself } = await sim.data(
    '{ myself { podTemplates { id name imageName ports isRunpod env { key value } } } }',
  );
  assert.ok(myself.podTemplates.some((t) => t.id === '2lv7ev3wfp'));
});

test('podRentInterruptable: spot pod priced by the bid; a bid under the spot price is refused', async () => {
  const q =
    'mutation($input: PodRentInterruptableInput!) { podRentInterruptable(input: $input) { id podType costPerHr } }';
  const ok = await sim.gql(q, {
    input: {
      bidPerGpu: 0.3,
      gpuCount: 2,
      cloudType: 'SECURE',
      gpuTypeId: 'NVIDIA RTX A6000',
      imageName: 'runpod/pytorch',
    },
  });
  assert.equal(ok.data.podRentInterruptable.podType, 'INTERRUPTABLE');
  assert.equal(ok.data.podRentInterruptable.costPerHr, 0.6);
  const low = await sim.gql(q, {
    input: { bidPerGpu: 0.1, cloudType: 'SECURE', gpuTypeId: 'NVIDIA RTX A6000', imageName: 'runpod/pytorch' },
  });
  assert.match(low.errors[0].message, /minimum bid/);
  const od = (await create({ gpuTypeId: 'NVIDIA RTX A6000', cloudType: 'SECURE' })).data.podFindAndDeployOnDemand;
  assert.equal(od.podType, 'RESERVED');
});

test('create needs one hour of credit: clearly named insufficient-balance error', async () => {
  await sim.sim('POST', '/_sim/account', { balance: 0.5 });
  const r = await create({ gpuTypeId: 'NVIDIA GeForce RTX 4090', cloudType: 'SECURE' });
  assert.match(r.errors[0].message, /^Insufficient balance: .*one hour.*\$0\.69.*\$0\.50/);
  assert.deepEqual(r.data, { podFindAndDeployOnDemand: null });
  const cheap = await create({ gpuTypeId: 'NVIDIA RTX A5000', cloudType: 'COMMUNITY' });
  assert.equal(cheap.errors, undefined, 'a $0.16/hr pod fits');
});

test('the spend limit ($80/hr by default) caps new pods', async () => {
  await sim.sim('POST', '/_sim/account', { balance: 1000, spendLimit: 5 });
  assert.equal(
    (await create({ gpuTypeId: 'NVIDIA H100 80GB HBM3', cloudType: 'SECURE', gpuCount: 1 })).errors,
    undefined,
  );
  const r = await create({ gpuTypeId: 'NVIDIA H100 80GB HBM3', cloudType: 'SECURE', gpuCount: 1 });
  assert.match(r.errors[0].message, /^Spend limit reached/);
  assert.equal((await sim.data('{ myself { spendLimit } }')).myself.spendLimit, 5);
});

test('the balance drains per second of cost on the sim clock; at $0 pods stop', async () => {
  await sim.sim('POST', '/_sim/account', { balance: 10 });
  const pod = (await create({ gpuTypeId: 'NVIDIA GeForce RTX 4090', cloudType: 'SECURE', containerDiskInGb: 0 })).data
    .podFindAndDeployOnDemand;
  const start = (await sim.data('{ myself { clientBalance } }')).myself.clientBalance;
  await sim.sim('POST', '/_sim/clock', { advanceMs: 3600_000 }); // one simulated hour
  const { myself } = await sim.data('{ myself { clientBalance currentSpendPerHr clientLifetimeSpend } }');
  const spent = start - myself.clientBalance;
  assert.ok(Math.abs(spent - (0.69 + (50 * 0.07) / 730)) < 0.01, `spent ${spent}`);
  assert.ok(myself.clientLifetimeSpend >= 0.69);
  await sim.sim('POST', '/_sim/clock', { speed: 36000 }); // 10 simulated hours per second
  let p;
  for (let i = 0; i < 80; i++) {
    p = await sim.pod(pod.id, 'desiredStatus lastStatusChange');
    if (p.desiredStatus === 'EXITED') break;
    await sleep(50);
  }
  assert.equal(p.desiredStatus, 'EXITED');
  assert.equal(p.lastStatusChange, 'Exited by RunPod: Insufficient balance');
});
