// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The /_sim control API: faults, clock, timings, account, stock, recorded requests, pod
// internals. JSON in and out, no auth (it only listens on 127.0.0.1).
import { accountSpendPerHr, displayBalance } from './billing.mjs';
import { sendJson } from './http-util.mjs';
import { configureRetirement } from './retirement.mjs';
import { checkRequest } from './openapi.mjs';
import { podClockInfo } from './podclock.mjs';
import { podView } from './views.mjs';
import { round } from './util.mjs';
import { linkSettings } from './netlink.mjs';

const ROUTES = [
  'GET /_sim',
  'GET /_sim/state',
  'POST /_sim/reset',
  'GET /_sim/requests',
  'DELETE /_sim/requests',
  'GET /_sim/contract',
  'GET /_sim/faults',
  'POST /_sim/faults',
  'DELETE /_sim/faults',
  'DELETE /_sim/faults/:id',
  'GET /_sim/clock',
  'POST /_sim/clock',
  'GET /_sim/graphql',
  'POST /_sim/graphql',
  'GET /_sim/timings',
  'POST /_sim/timings',
  'GET /_sim/behaviour',
  'POST /_sim/behaviour',
  'GET /_sim/account',
  'POST /_sim/account',
  'GET /_sim/network',
  'POST /_sim/network',
  'GET /_sim/stock',
  'POST /_sim/stock',
  'GET /_sim/pods',
  'GET /_sim/pods/:id',
  'POST /_sim/pods/:id/stuck',
  'POST /_sim/pods/:id/die',
  'POST /_sim/pods/:id/refuse-ssh',
  'POST /_sim/pods/:id/drop-ssh',
  'POST /_sim/pods/:id/comfy-never-ready',
  'POST /_sim/pods/:id/take-host-gpus',
  'POST /_sim/pods/:id/stop',
  'POST /_sim/pods/:id/clock',
  'POST /_sim/pods/:id/comfy',
  'POST /_sim/pods/:id/network',
];

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Everything the simulator knows about a pod, including what RunPod would never show. */
export function podInternals(state, pods, pod) {
  const view = podView(state, pods, pod);
  const runtime = view.runtime();
  return {
    id: pod.id,
    name: pod.name,
    desiredStatus: pod.desiredStatus,
    lastStatusChange: pod.lastStatusChange,
    gpuTypeId: pod.gpuTypeId,
    gpuCount: pod.gpuCount,
    cloud: pod.cloud,
    dataCenterId: pod.dataCenterId,
    publicIp: pod.publicIp,
    costPerHr: pod.costPerHr,
    spent: round(pod.spent, 6),
    machineId: pod.machineId,
    podHostId: pod.podHostId,
    env: view.env,
    ports: pod.ports,
    runtime,
    sshPort: pod.runtime?.sshPort ?? null,
    faults: pod.faults,
    hostGpusTaken: pod.hostGpusTaken,
    error: pod.errorState ?? null,
    hostError: pod.hostError,
    hostStarts: pod.hostStarts,
    died: !!pod.died,
    host: pod.host?.info ? pod.host.info() : null,
    apiKey: pod.apiKey,
    podClock: podClockInfo(state, pod),
    comfyStepMs: pod.comfyStepMs,
    workspace: pods.workspaceDir(pod) ?? pod.host?.workspace ?? null,
    stopAfter: pod.stopAfter ? new Date(pod.stopAfter).toISOString() : null,
    terminateAfter: pod.terminateAfter ? new Date(pod.terminateAfter).toISOString() : null,
  };
}

function body(rawBody) {
  if (!rawBody) return {};
  try {
    return JSON.parse(rawBody);
  } catch (e) {
    throw new HttpError(400, `body is not JSON: ${e.message}`);
  }
}

function pick(obj, keys) {
  return Object.fromEntries(keys.filter((k) => Object.hasOwn(obj, k)).map((k) => [k, obj[k]]));
}

function setNumbers(target, patch, what) {
  for (const [k, v] of Object.entries(patch)) {
    if (!Object.hasOwn(target, k))
      throw new HttpError(400, `unknown ${what} "${k}"; known: ${Object.keys(target).join(', ')}`);
    target[k] = v;
  }
  return target;
}

/** ctx = { state, pods, reset: async () => void } */
export async function handleControl(req, res, url, rawBody, ctx) {
  try {
    const out = await route(req.method, url, body(rawBody), ctx);
    sendJson(res, 200, out ?? { ok: true });
  } catch (e) {
    sendJson(res, e.status ?? 500, { error: e.message });
  }
}

async function route(method, url, b, ctx) {
  const { state, pods } = ctx;
  const parts = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent); // after "_sim"
  const [what, id, action] = parts;
  const key = `${method} ${what ?? ''}`;
  switch (key) {
    case 'GET ':
      return { routes: ROUTES };
    case 'GET state':
      return {
        balance: displayBalance(state),
        currentSpendPerHr: round(accountSpendPerHr(state), 4),
        clock: state.clock.info(),
        pods: [...state.pods.values()].map((p) => ({ id: p.id, desiredStatus: p.desiredStatus, runtime: !!p.runtime })),
        faults: state.faults.list,
        requests: state.requests.length,
        graphql: { ...state.graphql },
      };
    case 'POST reset':
      await ctx.reset();
      return { ok: true };
    case 'GET requests': {
      const since = Number(url.searchParams.get('since') || 0);
      const path = url.searchParams.get('path');
      const op = url.searchParams.get('operationName');
      return {
        requests: state.requests.filter(
          (r) => r.seq > since && (!path || r.path === path) && (!op || r.operationName === op),
        ),
      };
    }
    case 'DELETE requests':
      state.requests = [];
      return { ok: true };
    case 'GET contract': {
      // Every recorded REST v2 request checked against rest-v2-openapi.json.
      const rest = state.requests.filter((r) => r.path.startsWith('/v2/'));
      const violations = rest
        .map((r) => ({
          seq: r.seq,
          method: r.method,
          path: r.path,
          operationName: r.operationName,
          errors: r.rawBody && r.body === null ? ['body is not JSON'] : checkRequest(r.method, r.path, r.body, r.query),
        }))
        .filter((v) => v.errors.length);
      return { checked: rest.length, violations };
    }
    case 'GET faults':
      return { faults: state.faults.list };
    case 'POST faults': {
      try {
        const added = (Array.isArray(b) ? b : [b]).map((f) => state.faults.add(f));
        return { faults: added };
      } catch (e) {
        throw new HttpError(400, e.message);
      }
    }
    case 'DELETE faults':
      if (id) {
        if (!state.faults.remove(id)) throw new HttpError(404, `no fault ${id}`);
      } else state.faults.clear();
      return { ok: true };
    case 'GET clock':
      return state.clock.info();
    case 'POST clock':
      displayBalance(state); // charge the elapsed time at the old speed
      try {
        if (b.speed !== undefined) state.clock.setSpeed(b.speed);
      } catch (e) {
        throw new HttpError(400, e.message);
      }
      if (b.advanceMs) state.clock.advance(Number(b.advanceMs));
      await pods.enforceBalance();
      return state.clock.info();
    case 'GET graphql':
      return { ...state.graphql };
    case 'POST graphql':
      try {
        return configureRetirement(state, b);
      } catch (e) {
        throw new HttpError(400, e.message);
      }
    case 'GET timings':
      return state.timings;
    case 'POST timings':
      return setNumbers(state.timings, b, 'timing');
    case 'GET behaviour':
      return state.behaviour;
    case 'POST behaviour':
      return setNumbers(state.behaviour, b, 'behaviour switch');
    case 'GET network':
      return state.network;
    case 'POST network':
      // Every pod's link from now on (running pods too; each live SSH connection keeps its link).
      try {
        state.network = linkSettings({ ...state.network, ...pick(b, ['oneWayDelayMs', 'bandwidthMbps']) });
      } catch (e) {
        throw new HttpError(400, e.message);
      }
      for (const pod of state.pods.values()) if (pod.host && !pod.network) pod.host.setNetwork(state.network);
      return state.network;
    case 'GET account':
      return { ...state.account, balance: displayBalance(state) };
    case 'POST account':
      displayBalance(state);
      Object.assign(state.account, pick(b, ['balance', 'pubKey', 'spendLimit', 'email']));
      await pods.enforceBalance();
      return { ...state.account, balance: displayBalance(state) };
    case 'GET stock':
      return { stock: state.catalog.stock };
    case 'POST stock': {
      const items = Array.isArray(b) ? b : (b.items ?? [b]);
      try {
        for (const it of items) state.catalog.setFree(it.dataCenterId, it.gpuTypeId, it.cloud ?? 'secure', it.free);
      } catch (e) {
        throw new HttpError(400, e.message);
      }
      return { stock: state.catalog.stock };
    }
    case 'GET pods':
      if (id) {
        const pod = state.pods.get(id) ?? state.terminated.get(id);
        if (!pod) throw new HttpError(404, `no pod ${id}`);
        return podInternals(state, pods, pod);
      }
      return {
        pods: [...state.pods.values()].map((p) => podInternals(state, pods, p)),
        terminated: [...state.terminated.keys()],
      };
    case 'POST pods':
      return podAction(id, action, b, ctx);
    default:
      throw new HttpError(404, `no route ${method} ${url.pathname}; see GET /_sim`);
  }
}

async function podAction(id, action, b, { state, pods }) {
  const pod = state.pods.get(id);
  if (!pod) throw new HttpError(404, `no pod ${id}`);
  switch (action) {
    case 'stuck':
      await pods.stick(id);
      break;
    case 'die':
      await pods.die(id);
      break;
    case 'refuse-ssh': {
      const ms = Number(b.ms ?? 10_000);
      if (pod.host) pod.host.refuseSsh(ms);
      else pod.faults.sshRefuseMs = ms; // applies when the host starts
      break;
    }
    case 'drop-ssh':
      if (!pod.host) throw new HttpError(409, `pod ${id} has no running host`);
      pod.host.dropSshConnections();
      break;
    case 'comfy-never-ready': {
      const value = b.value ?? true;
      pod.faults.comfyNeverReady = value;
      if (pod.host) pod.host.setComfyNeverReady(value);
      break;
    }
    case 'take-host-gpus':
      pod.hostGpusTaken = b.value ?? true;
      break;
    case 'stop':
      await pods.stop(id, 'RunPod', b.reason ?? undefined);
      break;
    case 'network':
      // This pod's own link (kept across stop/resume), overriding /_sim/network.
      try {
        pod.network = linkSettings({
          ...(pod.network ?? state.network),
          ...pick(b, ['oneWayDelayMs', 'bandwidthMbps']),
        });
      } catch (e) {
        throw new HttpError(400, e.message);
      }
      if (pod.host) pod.host.setNetwork(pod.network);
      break;
    case 'clock':
      try {
        return pods.setPodClock(id, b);
      } catch (e) {
        throw new HttpError(400, e.message);
      }
    case 'comfy':
      try {
        return pods.setComfyStepMs(id, Number(b.stepMs));
      } catch (e) {
        throw new HttpError(400, e.message);
      }
    default:
      throw new HttpError(404, `unknown pod action ${action}`);
  }
  return podInternals(state, pods, pod);
}
