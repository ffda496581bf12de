// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// gpuTypes / lowestPrice filters, dataCenters / gpuAvailability, and stock that pods consume.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { NO_BOOT, startSim } from './support/sim.mjs';

let sim;
before(async () => {
  sim = await startSim({ scenario: NO_BOOT });
});
after(async () => {
  await sim.stop();
});

const LP =
  'minimumBidPrice uninterruptablePrice stockStatus maxUnreservedGpuCount availableGpuCounts minVcpu minMemory';
async function lowest(id, input) {
  const d = await sim.data(
    `query($id: String, $lp: GpuLowestPriceInput) { gpuTypes(input: {id: $id}) { id lowestPrice(input: $lp) { ${LP} } } }`,
    { id, lp: input },
  );
  assert.equal(d.gpuTypes.length, 1);
  return d.gpuTypes[0].lowestPrice;
}

test('gpuTypes lists the realistic catalogue plus the "unknown" entry', async () => {
  const { gpuTypes } = await sim.data(
    '{ gpuTypes { id displayName memoryInGb manufacturer cudaCores secureCloud communityCloud securePrice communityPrice secureSpotPrice communitySpotPrice maxGpuCount } }',
  );
  const ids = gpuTypes.map((g) => g.id);
  for (const id of [
    'NVIDIA RTX A5000',
    'NVIDIA A40',
    'NVIDIA RTX A6000',
    'NVIDIA GeForce RTX 3090',
    'NVIDIA GeForce RTX 4090',
    'NVIDIA L40S',
    'NVIDIA A100 80GB PCIe',
    'NVIDIA H100 80GB HBM3',
    'unknown',
  ])
    assert.ok(ids.includes(id), id);
  const h100 = gpuTypes.find((g) => g.id === 'NVIDIA H100 80GB HBM3');
  assert.equal(h100.displayName, 'H100 SXM');
  assert.equal(h100.memoryInGb, 80);
  assert.ok(h100.securePrice > 2 && h100.securePrice < 4);
  const a40 = gpuTypes.find((g) => g.id === 'NVIDIA A40');
  assert.equal(a40.communityCloud, false);
  assert.equal(a40.secureCloud, true);
  const filtered = await sim.data('{ gpuTypes(input: {ids: ["NVIDIA A40", "NVIDIA L40S"]}) { id } }');
  assert.deepEqual(filtered.gpuTypes.map((g) => g.id).sort(), ['NVIDIA A40', 'NVIDIA L40S']);
});

test('lowestPrice: available GPU has price, stock status and counts', async () => {
  const lp = await lowest('NVIDIA GeForce RTX 4090', { gpuCount: 1, secureCloud: true });
  assert.equal(lp.uninterruptablePrice, 0.69);
  assert.equal(lp.minimumBidPrice, 0.35);
  assert.equal(lp.stockStatus, 'High');
  assert.equal(lp.maxUnreservedGpuCount, 8);
  assert.deepEqual(lp.availableGpuCounts, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(lp.minVcpu, 6);
  const two = await lowest('NVIDIA GeForce RTX 4090', { gpuCount: 2, secureCloud: true });
  assert.equal(two.minVcpu, 12);
  const any = await lowest('NVIDIA GeForce RTX 4090', { gpuCount: 1 });
  assert.equal(any.uninterruptablePrice, 0.34, 'without secureCloud the community price is lowest');
});

test('lowestPrice: unavailable combinations answer null prices and null stockStatus', async () => {
  const cases = [
    ['NVIDIA GeForce RTX 4090', { gpuCount: 9, secureCloud: true }, 'more than maxGpuCount'],
    ['NVIDIA A40', { gpuCount: 1, secureCloud: false }, 'A40 has no community cloud'],
    ['NVIDIA H100 80GB HBM3', { gpuCount: 1, dataCenterId: 'EU-RO-1' }, 'H100 sold out in EU-RO-1'],
    ['NVIDIA GeForce RTX 4090', { gpuCount: 1, countryCode: 'JP' }, '4090 sold out in Japan'],
    ['NVIDIA L40S', { gpuCount: 1, minDownload: 8000 }, 'only US-KS-2 is that fast and has no L40S'],
    ['NVIDIA GeForce RTX 5090', { gpuCount: 1, allowedCudaVersions: ['12.4'] }, 'RTX 5090 needs CUDA ≥ 12.8'],
    ['NVIDIA A100 80GB PCIe', { gpuCount: 5 }, 'no data center has five A100s free'],
  ];
  for (const [id, input, why] of cases) {
    const lp = await lowest(id, input);
    assert.equal(lp.uninterruptablePrice, null, why);
    assert.equal(lp.minimumBidPrice, null, why);
    assert.equal(lp.stockStatus, null, why);
    assert.deepEqual(lp.availableGpuCounts, [], why);
  }
});

test('lowestPrice honours supportPublicIp, countryCode, minUpload and cudaVersion', async () => {
  const all = await lowest('NVIDIA GeForce RTX 3090', { gpuCount: 1, secureCloud: false });
  assert.equal(all.maxUnreservedGpuCount, 8, 'US-CA-2 has 12 community 3090s, capped at maxGpuCount 8');
  const pub = await lowest('NVIDIA GeForce RTX 3090', { gpuCount: 1, secureCloud: false, supportPublicIp: true });
  assert.equal(pub.maxUnreservedGpuCount, 6, 'US-CA-2 community machines have no public IP');
  const ca = await lowest('NVIDIA A40', { gpuCount: 1, countryCode: 'CA' });
  assert.equal(ca.stockStatus, 'High');
  const up = await lowest('NVIDIA GeForce RTX 4090', { gpuCount: 1, secureCloud: true, minUpload: 7000 });
  assert.equal(up.maxUnreservedGpuCount, 8, 'US-KS-2 only');
  const cuda13 = await lowest('NVIDIA L40S', { gpuCount: 1, cudaVersion: '13.0' });
  assert.notEqual(cuda13.uninterruptablePrice, null, 'US-TX-3 and EU-RO-1 offer 13.0');
  const cudaOld = await lowest('NVIDIA L40S', { gpuCount: 2, cudaVersion: '13.0', countryCode: 'CA' });
  assert.equal(cudaOld.uninterruptablePrice, null);
});

test('dataCenters: at least six across North America, Europe and Asia-Pacific, with gpuAvailability', async () => {
  const { dataCenters } = await sim.data(
    '{ dataCenters { id name location storageSupport listed gpuAvailability { gpuTypeId displayName stockStatus available } } }',
  );
  assert.ok(dataCenters.length >= 6);
  const ids = dataCenters.map((d) => d.id);
  for (const id of ['US-TX-3', 'EU-RO-1', 'EU-SE-1', 'CA-MTL-1', 'AP-JP-1', 'OC-AU-1']) assert.ok(ids.includes(id), id);
  const ro = dataCenters.find((d) => d.id === 'EU-RO-1');
  assert.equal(ro.location, 'Romania');
  const h100 = ro.gpuAvailability.find((a) => a.gpuTypeId === 'NVIDIA H100 80GB HBM3');
  assert.equal(h100.available, false);
  assert.equal(h100.stockStatus, 'None');
  assert.equal(ro.gpuAvailability.find((a) => a.gpuTypeId === 'NVIDIA GeForce RTX 4090').stockStatus, 'High');
  const { countryCodes } = await sim.data('{ countryCodes }');
  assert.ok(countryCodes.includes('US') && countryCodes.includes('JP'));
  const sky = await sim.data(
    '{ dataCenters { id gpuAvailability(input: {gpuCount: 2, secureCloud: true}) { gpuTypeId available } } }',
  );
  const au = sky.dataCenters.find((d) => d.id === 'OC-AU-1');
  assert.equal(
    au.gpuAvailability.find((a) => a.gpuTypeId === 'NVIDIA RTX A6000').available,
    false,
    'only one A6000 there',
  );
});

test('running pods consume stock; stopping releases it; /_sim/stock changes it', async () => {
  const before = await lowest('NVIDIA H100 80GB HBM3', { gpuCount: 1, dataCenterId: 'AP-JP-1' });
  assert.equal(before.maxUnreservedGpuCount, 4);
  const pod = await sim.createPod({
    gpuTypeId: 'NVIDIA H100 80GB HBM3',
    gpuCount: 2,
    dataCenterId: 'AP-JP-1',
    ports: '',
  });
  await sim.sim('POST', '/_sim/account', { balance: 1000 });
  const during = await lowest('NVIDIA H100 80GB HBM3', { gpuCount: 1, dataCenterId: 'AP-JP-1' });
  assert.equal(during.maxUnreservedGpuCount, 2);
  assert.equal(during.stockStatus, 'Low');
  assert.equal(
    (await lowest('NVIDIA H100 80GB HBM3', { gpuCount: 3, dataCenterId: 'AP-JP-1' })).uninterruptablePrice,
    null,
  );
  await sim.data('mutation($id: String) { podStop(input: {podId: $id}) { id } }', { id: pod.id });
  assert.equal(
    (await lowest('NVIDIA H100 80GB HBM3', { gpuCount: 1, dataCenterId: 'AP-JP-1' })).maxUnreservedGpuCount,
    4,
  );
  await sim.sim('POST', '/_sim/stock', {
    dataCenterId: 'AP-JP-1',
    gpuTypeId: 'NVIDIA H100 80GB HBM3',
    cloud: 'secure',
    free: 0,
  });
  assert.equal((await lowest('NVIDIA H100 80GB HBM3', { gpuCount: 1, dataCenterId: 'AP-JP-1' })).stockStatus, null);
  await sim.data('mutation($id: String!) { podTerminate(input: {podId: $id}) }', { id: pod.id });
});
