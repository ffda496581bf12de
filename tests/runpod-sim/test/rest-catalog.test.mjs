// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 catalog: /v2/catalog/gpus (include=AVAILABILITY&product=POD and its filters) and
// /v2/catalog/datacenters (include=GPU_AVAILABILITY, filters). Answers are checked against the
// OpenAPI document by support/rest.mjs; stock comes from the same pools GraphQL reports.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { NO_BOOT, startSim } from './support/sim.mjs';
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

const gpuOf = (list, id) => list.find((g) => g.id === id);

test('GET /v2/catalog/gpus without include: prices and ceilings, no availability; RunPod\'s "unknown" entry is not listed', async () => {
  const r = await rest('GET', '/v2/catalog/gpus');
  assert.equal(r.status, 200);
  const g = gpuOf(r.json.gpus, 'NVIDIA GeForce RTX 4090');
  assert.deepEqual(g, {
    id: 'NVIDIA GeForce RTX 4090',
    name: 'RTX 4090',
    pool: null,
    manufacturer: 'NVIDIA',
    memory: 24,
    secure: true,
    community: true,
    price: { secure: 0.69, community: 0.34 },
    maxCount: { secure: 8, community: 8 },
  });
  const a40 = gpuOf(r.json.gpus, 'NVIDIA A40');
  assert.equal(a40.community, false);
  assert.equal(a40.maxCount.community, 0);
  assert.equal(gpuOf(r.json.gpus, 'unknown'), undefined);
});

test('include=AVAILABILITY&product=POD: pod stock per GPU, per data center and per CUDA version; follows rentals', async () => {
  const r = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD');
  const h100 = gpuOf(r.json.gpus, 'NVIDIA H100 80GB HBM3');
  assert.equal(h100.availability, 'HIGH'); // 8 + 16 + 4 secure
  assert.deepEqual(
    h100.dataCenters.find((d) => d.id === 'EU-RO-1'),
    { id: 'EU-RO-1', name: 'EU-RO-1', availability: 'NONE' },
  );
  assert.equal(h100.dataCenters.find((d) => d.id === 'AP-JP-1').availability, 'MEDIUM');
  const r5090 = gpuOf(r.json.gpus, 'NVIDIA GeForce RTX 5090');
  assert.ok(
    r5090.cudaVersions.every((c) => Number(c.version) >= 12.8),
    'newer GPUs need newer CUDA',
  );
  assert.deepEqual(
    r5090.cudaVersions.map((c) => c.version),
    ['12.8', '12.9', '13.0'],
  );
  // Someone rents every secure RTX 4090 in AP-JP-1's neighbour: the answer follows.
  await sim.sim('POST', '/_sim/stock', [
    { dataCenterId: 'AP-JP-1', gpuTypeId: 'NVIDIA H100 80GB HBM3', cloud: 'secure', free: 0 },
    { dataCenterId: 'US-TX-3', gpuTypeId: 'NVIDIA H100 80GB HBM3', cloud: 'secure', free: 0 },
    { dataCenterId: 'US-KS-2', gpuTypeId: 'NVIDIA H100 80GB HBM3', cloud: 'secure', free: 2 },
  ]);
  const after = gpuOf(
    (await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD')).json.gpus,
    'NVIDIA H100 80GB HBM3',
  );
  assert.equal(after.availability, 'LOW');
  assert.equal(after.dataCenters.find((d) => d.id === 'AP-JP-1').availability, 'NONE');
});

test('availability filters: cloud, count, countryCodes (drops GPU types), cudaVersions, minCudaVersion; product SERVERLESS has none here', async () => {
  const community = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&cloud=COMMUNITY');
  assert.equal(gpuOf(community.json.gpus, 'NVIDIA A40').availability, 'NONE', 'A40 is secure only');
  assert.equal(gpuOf(community.json.gpus, 'NVIDIA GeForce RTX 3090').availability, 'HIGH');
  const nine = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&count=9');
  assert.equal(gpuOf(nine.json.gpus, 'NVIDIA GeForce RTX 4090').availability, 'NONE', 'more than maxCount');
  const jp = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&countryCodes=JP');
  assert.deepEqual(jp.json.gpus.map((g) => g.id).sort(), [
    'NVIDIA GeForce RTX 4090',
    'NVIDIA H100 80GB HBM3',
    'NVIDIA L40S',
  ]);
  assert.equal(gpuOf(jp.json.gpus, 'NVIDIA GeForce RTX 4090').availability, 'NONE');
  assert.deepEqual(
    gpuOf(jp.json.gpus, 'NVIDIA L40S').dataCenters.map((d) => d.id),
    ['AP-JP-1'],
  );
  const cuda = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&cudaVersions=12.4,12.6');
  const a40 = gpuOf(cuda.json.gpus, 'NVIDIA A40');
  assert.deepEqual(
    a40.cudaVersions.map((c) => c.version),
    ['12.4', '12.6'],
  );
  assert.equal(gpuOf(cuda.json.gpus, 'NVIDIA GeForce RTX 5090').availability, 'NONE');
  const min = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=POD&minCudaVersion=13');
  assert.deepEqual(gpuOf(min.json.gpus, 'NVIDIA GeForce RTX 4090').cudaVersions, [
    { version: '13.0', available: true },
  ]);
  const sls = await rest('GET', '/v2/catalog/gpus?include=AVAILABILITY&product=SERVERLESS');
  assert.ok(sls.json.gpus.every((g) => g.availability === 'NONE'));
});

test('catalog parameter rules: product required with include and only with it (400), mutually exclusive CUDA filters (400), malformed → 422', async () => {
  for (const q of [
    'include=AVAILABILITY',
    'product=POD',
    'count=2',
    'cloud=SECURE',
    'countryCodes=FR',
    'include=AVAILABILITY&product=POD&cudaVersions=12.8&minCudaVersion=12',
  ]) {
    const r = await rest('GET', `/v2/catalog/gpus?${q}`);
    assert.equal(r.status, 400, q);
  }
  for (const [q, err] of [
    [
      'include=AVAILABILITY&product=POD&cudaVersions=12',
      "cudaVersions[0]: '12' does not match pattern '^\\d+\\.\\d+$'",
    ],
    ['include=AVAILABILITY&product=POD&countryCodes=fr', "countryCodes[0]: 'fr' does not match pattern '^[A-Z]{2}$'"],
    ['include=AVAILABILITY&product=POD&count=0', 'count: must be >= 1 but found 0'],
    ['include=AVAILABILITY&product=GPU', "product[0]: value must be one of 'POD', 'CLUSTER', 'SERVERLESS'"],
    ['include=STOCK', "include[0]: value must be one of 'AVAILABILITY'"],
  ]) {
    const r = await rest('GET', `/v2/catalog/gpus?${q}`);
    assert.equal(r.status, 422, q);
    assert.deepEqual(r.json.errors, [err], q);
  }
});

test('GET /v2/catalog/gpus/{id}: one type; with countryCodes it still answers, availability NONE and no dataCenters; 404', async () => {
  const id = encodeURIComponent('NVIDIA A40');
  const one = await rest('GET', `/v2/catalog/gpus/${id}?include=AVAILABILITY&product=POD&countryCodes=JP`);
  assert.equal(one.status, 200);
  assert.equal(one.json.availability, 'NONE');
  assert.equal(one.json.dataCenters, undefined);
  assert.equal((await rest('GET', `/v2/catalog/gpus/${encodeURIComponent('NVIDIA B300')}`)).status, 404);
});

test('GET /v2/catalog/datacenters: regions, compliance, volume types, global networking; include=GPU_AVAILABILITY; filters', async () => {
  const r = await rest('GET', '/v2/catalog/datacenters');
  const ro = r.json.dataCenters.find((d) => d.id === 'EU-RO-1');
  assert.deepEqual(ro, {
    id: 'EU-RO-1',
    name: 'EU-RO-1',
    region: 'EUROPE',
    globalNetwork: true,
    networkVolumeTypes: ['STANDARD'],
    compliance: ['GDPR', 'ISO_IEC_27001'],
  });
  assert.equal(r.json.dataCenters.find((d) => d.id === 'US-CA-2').networkVolumeTypes.length, 0);
  const eu = await rest('GET', '/v2/catalog/datacenters?regions=EUROPE&include=GPU_AVAILABILITY');
  assert.deepEqual(
    eu.json.dataCenters.map((d) => d.id),
    ['EU-RO-1', 'EU-SE-1', 'EUR-IS-1'],
  );
  const roGpus = eu.json.dataCenters[0].gpuAvailability;
  assert.deepEqual(
    roGpus.find((g) => g.id === 'NVIDIA H100 80GB HBM3'),
    { id: 'NVIDIA H100 80GB HBM3', name: 'H100 SXM', availability: 'NONE' },
  );
  assert.equal(roGpus.find((g) => g.id === 'NVIDIA GeForce RTX 4090').availability, 'HIGH');
  const gdpr = await rest('GET', '/v2/catalog/datacenters?compliance=GDPR,ISO_IEC_27001');
  assert.deepEqual(
    gdpr.json.dataCenters.map((d) => d.id),
    ['EU-RO-1'],
  );
  const hp = await rest(
    'GET',
    '/v2/catalog/datacenters?networkVolumeTypes=STANDARD,HIGH_PERFORMANCE&globalNetwork=true',
  );
  assert.deepEqual(
    hp.json.dataCenters.map((d) => d.id),
    ['US-KS-2'],
  );
  const bad = await rest('GET', '/v2/catalog/datacenters?regions=MARS');
  assert.equal(bad.status, 422);
});
