// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 catalog: GPU types (with pod stock on include=AVAILABILITY&product=POD) and data
// centers (with include=GPU_AVAILABILITY). Stock comes from the same pools GraphQL reports.
import { stockStatus } from './catalog.mjs';
import { Problem } from './problem.mjs';
import { compareVersions } from './util.mjs';

const REGION_BY_COUNTRY = {
  US: 'NORTH_AMERICA',
  CA: 'NORTH_AMERICA',
  MX: 'NORTH_AMERICA',
  BR: 'SOUTH_AMERICA',
  AR: 'SOUTH_AMERICA',
  CL: 'SOUTH_AMERICA',
  JP: 'ASIA',
  KR: 'ASIA',
  SG: 'ASIA',
  IN: 'ASIA',
  TW: 'ASIA',
  AE: 'MIDDLE_EAST',
  IL: 'MIDDLE_EAST',
  SA: 'MIDDLE_EAST',
  ZA: 'AFRICA',
  AU: 'OCEANIA',
  NZ: 'OCEANIA',
};
const EUROPE = [
  'AT',
  'BE',
  'BG',
  'CH',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LT',
  'LU',
  'LV',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export function regionOf(dc) {
  if (dc.region) return dc.region;
  if (EUROPE.includes(dc.countryCode)) return 'EUROPE';
  return REGION_BY_COUNTRY[dc.countryCode] ?? 'UNKNOWN';
}

const level = (free) => stockStatus(free).toUpperCase();

function manufacturer(gpu) {
  const m = String(gpu.manufacturer || '').toUpperCase();
  return m === 'NVIDIA' || m === 'AMD' ? m : 'UNKNOWN';
}

/** Availability filters are valid only with include=AVAILABILITY, which needs product (400 either way). */
function availabilityQuery(q) {
  const include = (q.include ?? []).includes('AVAILABILITY');
  if (include && !q.product?.length) throw new Problem(400, 'product is required with include=AVAILABILITY');
  for (const name of ['product', 'count', 'cloud', 'countryCodes', 'cudaVersions', 'minCudaVersion']) {
    if (!include && q[name] !== undefined) throw new Problem(400, `${name} is only valid with include=AVAILABILITY`);
  }
  if (q.cudaVersions && q.minCudaVersion !== undefined)
    throw new Problem(400, 'cudaVersions and minCudaVersion are mutually exclusive');
  if (!include) return null;
  return {
    pods: q.product.includes('POD'), // the simulator has pods only: no cluster or serverless capacity
    count: q.count ?? 1,
    cloudType: q.cloud ?? 'SECURE',
    countryCodes: q.countryCodes,
    cudaOk: (v) =>
      (!q.cudaVersions || q.cudaVersions.some((c) => compareVersions(c, v) === 0)) &&
      (q.minCudaVersion === undefined || compareVersions(v, q.minCudaVersion) >= 0),
  };
}

/** Stock of one GPU type for pods: overall level, per data center, per CUDA version. */
function availability(state, gpu, a) {
  const { catalog } = state;
  const pools = catalog
    .pools(gpu, { cloudType: a.cloudType })
    .filter((p) => !a.countryCodes || a.countryCodes.includes(p.dc.countryCode));
  const usable = (p, cudas) => a.pods && cudas.length > 0 && p.free >= a.count && a.count <= p.maxCount;
  const perDc = new Map();
  const versions = new Map();
  let total = 0;
  for (const p of pools) {
    const cudas = catalog.cudaVersionsFor(p.dc, gpu).filter(a.cudaOk);
    const ok = usable(p, cudas);
    const free = ok ? p.free : 0;
    total += free;
    perDc.set(p.dc.id, { dc: p.dc, free: (perDc.get(p.dc.id)?.free ?? 0) + free });
    for (const v of cudas) versions.set(v, versions.get(v) || ok);
  }
  return {
    availability: level(total),
    dataCenters: [...perDc.values()].map(({ dc, free }) => ({ id: dc.id, name: dc.name, availability: level(free) })),
    cudaVersions: [...versions.entries()]
      .sort((x, y) => compareVersions(x[0], y[0]))
      .map(([version, available]) => ({ version, available })),
  };
}

function gpuTypeBody(state, gpu, a) {
  const { catalog } = state;
  const secure = catalog.price(gpu, 'secure');
  const community = catalog.price(gpu, 'community');
  const out = {
    id: gpu.id,
    name: gpu.displayName,
    pool: gpu.pool ?? null,
    manufacturer: manufacturer(gpu),
    memory: gpu.memoryInGb,
    secure: secure !== null,
    community: community !== null,
    price: { secure: secure ?? 0, community: community ?? 0 },
    maxCount: {
      secure: secure === null ? 0 : (gpu.maxGpuCountSecureCloud ?? gpu.maxGpuCount),
      community: community === null ? 0 : (gpu.maxGpuCountCommunityCloud ?? gpu.maxGpuCount),
    },
  };
  return a ? { ...out, ...availability(state, gpu, a) } : out;
}

const listed = (state) => state.catalog.gpuTypes.filter((g) => g.id !== 'unknown');

function listGpuTypes({ state, query }) {
  const a = availabilityQuery(query);
  let gpus = listed(state).map((g) => gpuTypeBody(state, g, a));
  // countryCodes narrows the list to GPU types with a data center in those countries.
  if (a?.countryCodes) gpus = gpus.filter((g) => g.dataCenters.length > 0);
  return { status: 200, body: { gpus } };
}

function getGpuType({ state, params, query }) {
  const a = availabilityQuery(query);
  const gpu = listed(state).find((g) => g.id === params.id);
  if (!gpu) throw new Problem(404, 'gpu type not found');
  const body = gpuTypeBody(state, gpu, a);
  if (a?.countryCodes && body.dataCenters.length === 0) {
    delete body.dataCenters;
    body.availability = 'NONE';
  }
  return { status: 200, body };
}

function dataCenterBody(state, dc, include) {
  const out = {
    id: dc.id,
    name: dc.name,
    region: regionOf(dc),
    globalNetwork: !!dc.globalNetwork,
    networkVolumeTypes: dc.networkVolumeTypes ?? (dc.storageSupport ? ['STANDARD'] : []),
    compliance: dc.compliance ?? [],
  };
  if (include.includes('GPU_AVAILABILITY')) {
    out.gpuAvailability = Object.keys(state.catalog.stock[dc.id] || {})
      .map((id) => state.catalog.gpuType(id))
      .filter((g) => g && g.id !== 'unknown')
      .map((g) => {
        const free = state.catalog.pools(g, { dataCenterId: dc.id }).reduce((s, p) => s + p.free, 0);
        return { id: g.id, name: g.displayName, availability: level(free) };
      });
  }
  if (include.includes('CPU_AVAILABILITY')) out.cpuAvailability = []; // no CPU pods here
  return out;
}

function listDataCenters({ state, query: q }) {
  const all = (want, have) => !want || want.every((x) => have.includes(x));
  const dataCenters = state.catalog.dataCenters
    .filter((dc) => dc.listed !== false)
    .map((dc) => dataCenterBody(state, dc, q.include ?? []))
    .filter(
      (dc) =>
        (!q.regions || q.regions.includes(dc.region)) &&
        all(q.networkVolumeTypes, dc.networkVolumeTypes) &&
        all(q.compliance, dc.compliance) &&
        (q.globalNetwork === undefined || dc.globalNetwork === q.globalNetwork),
    );
  return { status: 200, body: { dataCenters } };
}

function getDataCenter({ state, params, query: q }) {
  const dc = state.catalog.dataCenter(params.id);
  if (!dc || dc.listed === false) throw new Problem(404, 'data center not found');
  return { status: 200, body: dataCenterBody(state, dc, q.include ?? []) };
}

export const catalogHandlers = { listGpuTypes, getGpuType, listDataCenters, getDataCenter };
