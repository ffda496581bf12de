// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 account resources: SSH keys, network volumes, templates and pod billing history.
import { Problem } from './problem.mjs';
import { randomId, round } from './util.mjs';

// ---- SSH keys: the account's pubKey, one key per line (what startSsh puts into PUBLIC_KEY).

const keysOf = (state) =>
  String(state.account.pubKey ?? '')
    .split('\n')
    .map((k) => k.trim())
    .filter(Boolean);

const sshKeyHandlers = {
  getSshKeys: ({ state }) => ({ status: 200, body: { keys: keysOf(state) } }),
  updateSshKeys: ({ state, body }) => {
    state.account.pubKey = body.keys.join('\n');
    return { status: 200, body: { keys: keysOf(state) } };
  },
};

// ---- Network volumes

function volumeBody(v) {
  return { id: v.id, name: v.name, size: v.size, dataCenter: v.dataCenterId, type: v.type ?? 'STANDARD' };
}

function mustVolume(state, id) {
  const v = state.networkVolumes.find((x) => x.id === id);
  if (!v) throw new Problem(404, 'network volume not found');
  return v;
}

const volumeHandlers = {
  listNetworkVolumes: ({ state }) => ({ status: 200, body: { networkVolumes: state.networkVolumes.map(volumeBody) } }),
  createNetworkVolume: ({ state, body }) => {
    const dc = state.catalog.dataCenter(body.dataCenter);
    if (!dc) throw new Problem(400, `unknown data center ${body.dataCenter}`);
    const type = body.type ?? 'STANDARD';
    const types = dc.networkVolumeTypes ?? (dc.storageSupport ? ['STANDARD'] : []);
    if (!types.includes(type)) throw new Problem(400, `data center ${dc.id} does not offer ${type} network volumes`);
    const v = { id: randomId(10), name: body.name, size: body.size, dataCenterId: dc.id, type };
    state.networkVolumes.push(v);
    return { status: 201, body: volumeBody(v) };
  },
  getNetworkVolume: ({ state, params }) => ({ status: 200, body: volumeBody(mustVolume(state, params.id)) }),
  updateNetworkVolume: ({ state, params, body }) => {
    const v = mustVolume(state, params.id);
    if (body.size !== undefined && body.size < v.size) throw new Problem(400, 'a network volume can only grow');
    if (body.name !== undefined) v.name = body.name;
    if (body.size !== undefined) v.size = body.size;
    return { status: 200, body: volumeBody(v) };
  },
  deleteNetworkVolume: ({ state, params }) => {
    const v = mustVolume(state, params.id);
    if ([...state.pods.values()].some((p) => p.networkVolumeId === v.id)) {
      throw new Problem(409, 'network volume is attached to a pod');
    }
    state.networkVolumes = state.networkVolumes.filter((x) => x !== v);
    return { status: 204 };
  },
};

// ---- Templates (the account's own)

function templateBody(t) {
  return {
    id: t.id,
    name: t.name,
    image: t.imageName,
    args: t.dockerArgs ?? '',
    disk: t.containerDiskInGb ?? 50,
    mounts: t.volumeInGb > 0 ? { persistent: { size: t.volumeInGb, path: t.volumeMountPath ?? '/workspace' } } : {},
    ports: String(t.ports ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    env: Object.fromEntries((t.env ?? []).map((e) => [e.key, String(e.value ?? '')])),
    registry: null,
    serverless: !!t.isServerless,
    public: !!t.isPublic,
    category: t.category ?? 'NVIDIA',
    startSsh: t.startSsh ?? true,
    startJupyter: !!t.startJupyter,
    allowedCudaVersions: t.allowedCudaVersions ?? [],
  };
}

const templateHandlers = {
  listTemplates: ({ state }) => ({ status: 200, body: { templates: state.podTemplates.map(templateBody) } }),
  getTemplate: ({ state, params }) => {
    const t = state.podTemplates.find((x) => x.id === params.id);
    if (!t) throw new Problem(404, 'template not found');
    return { status: 200, body: templateBody(t) };
  },
};

// ---- Pod billing: the ledger (lib/billing.mjs) bucketed by hour, day, week, month or year, UTC.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function bucketStart(ms, size) {
  const d = new Date(ms);
  switch (size) {
    case 'hour':
      return Math.floor(ms / HOUR) * HOUR;
    case 'day':
      return Math.floor(ms / DAY) * DAY;
    case 'week': {
      // ISO weeks start on Monday
      const day = Math.floor(ms / DAY) * DAY;
      return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
    }
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    default:
      return Date.UTC(d.getUTCFullYear(), 0, 1);
  }
}

function nextBucket(start, size) {
  const d = new Date(start);
  switch (size) {
    case 'hour':
      return start + HOUR;
    case 'day':
      return start + DAY;
    case 'week':
      return start + 7 * DAY;
    case 'month':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    default:
      return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  }
}

function billingWindow(now, q) {
  const size = q.bucketSize ?? 'day';
  if (q.lastN !== undefined && (q.startTime !== undefined || q.endTime !== undefined)) {
    throw new Problem(400, 'lastN is mutually exclusive with startTime/endTime');
  }
  let start;
  let end;
  if (q.lastN !== undefined) {
    end = nextBucket(bucketStart(now, size), size);
    start = bucketStart(now, size);
    for (let i = 1; i < q.lastN; i++) start = bucketStart(start - 1, size);
  } else {
    const from = q.startTime !== undefined ? Date.parse(q.startTime) : now - 30 * DAY;
    const to = q.endTime !== undefined ? Date.parse(q.endTime) : now;
    if (to <= from) throw new Problem(400, 'endTime must be after startTime');
    start = bucketStart(from, size);
    end = bucketStart(to, size) === to ? to : nextBucket(bucketStart(to, size), size);
  }
  return { size, start, end };
}

function listPodBilling({ state, query: q }) {
  state.balance(); // settle, so the ledger is current
  const { size, start, end } = billingWindow(state.clock.now(), q);
  const records = [];
  const totals = { totalAmount: 0, gpuAmount: 0, cpuAmount: 0, diskAmount: 0 };
  const podIds = new Set();
  for (const [podId, hours] of [...state.ledger.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (q.podId && podId !== q.podId) continue;
    const buckets = new Map();
    for (const [hour, amt] of hours) {
      if (hour < start || hour >= end) continue;
      const b = bucketStart(hour, size);
      const acc = buckets.get(b) ?? { gpu: 0, disk: 0 };
      acc.gpu += amt.gpu;
      acc.disk += amt.disk;
      buckets.set(b, acc);
    }
    for (const [b, acc] of [...buckets.entries()].sort((x, y) => x[0] - y[0])) {
      const rec = {
        startTime: new Date(b).toISOString(),
        endTime: new Date(nextBucket(b, size)).toISOString(),
        podId,
        totalAmount: round(acc.gpu + acc.disk, 6),
        gpuAmount: round(acc.gpu, 6),
        cpuAmount: 0,
        diskAmount: round(acc.disk, 6),
      };
      records.push(rec);
      podIds.add(podId);
      for (const k of Object.keys(totals)) totals[k] += rec[k];
    }
  }
  for (const k of Object.keys(totals)) totals[k] = round(totals[k], 6);
  return {
    status: 200,
    body: {
      records,
      metadata: {
        query: {
          startTime: new Date(start).toISOString(),
          endTime: new Date(end).toISOString(),
          bucketSize: size,
          podId: q.podId ?? null,
        },
        recordCount: records.length,
        uniquePodCount: podIds.size,
        totals,
      },
    },
  };
}

export const accountHandlers = {
  ...sshKeyHandlers,
  ...volumeHandlers,
  ...templateHandlers,
  listPodBilling,
};
