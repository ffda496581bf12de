// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 pods: list, create, get, update (PATCH), delete, actions and the log stream. Same
// state as GraphQL. Statuses follow the contract: PROVISIONING until the container starts,
// STARTING until its ports are published, RUNNING, EXITED, ERROR (the container failed).
import { MSG, SimError } from './errors.mjs';
import { Problem } from './problem.mjs';
import { streamPodLogs } from './podlogs.mjs';

const ACTIONS_BY_STATUS = {
  RUNNING: ['stop', 'restart', 'terminate'],
  PROVISIONING: ['stop', 'terminate'],
  STARTING: ['stop', 'terminate'],
  EXITED: ['start', 'terminate'],
  ERROR: ['start', 'terminate'],
  TERMINATED: [],
};

/** The pod's REST v2 status. */
export function restStatus(state, pod) {
  if (pod.desiredStatus === 'TERMINATED') return 'TERMINATED';
  if (pod.desiredStatus !== 'RUNNING') return 'EXITED';
  if (pod.errorState) return 'ERROR';
  // behaviour.restRunningFromCreation: what was observed live before the states were wired up.
  if (state.behaviour.restRunningFromCreation || pod.died) return 'RUNNING';
  if (!pod.runtime) return 'PROVISIONING';
  if (Date.now() < (pod.runtime.portsAt ?? 0)) return 'STARTING';
  return 'RUNNING';
}

/** Actions the pod allows now (a locked pod cannot be stopped or restarted). */
export function restActions(state, pod) {
  const all = ACTIONS_BY_STATUS[restStatus(state, pod)];
  return pod.locked ? all.filter((a) => a !== 'stop' && a !== 'restart') : all;
}

/** The v2 Pod object. */
export function restPod(state, pods, pod) {
  const status = restStatus(state, pod);
  const running = pod.desiredStatus === 'RUNNING';
  const rt = running && pod.runtime && Date.now() >= (pod.runtime.portsAt ?? 0) ? pod.runtime : null;
  const direct = rt?.ports.find((p) => p.privatePort === 22 && p.isIpPublic);
  const net = pod.networkVolumeId;
  return {
    id: pod.id,
    name: pod.name,
    status,
    actions: restActions(state, pod),
    image: pod.imageName,
    args: pod.dockerArgs ?? '',
    disk: pod.containerDiskInGb,
    mounts: net
      ? { network: [{ volumeId: net, path: pod.volumeMountPath }] }
      : pod.volumeInGb > 0
        ? { persistent: { size: pod.volumeInGb, path: pod.volumeMountPath } }
        : {},
    ports: String(pod.ports || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    env: Object.fromEntries(pod.env.map((e) => [e.key, e.value])),
    registry: pod.registry ?? null,
    cloud: pod.cloud === 'secure' ? 'SECURE' : 'COMMUNITY',
    dataCenterId: pod.dataCenterId,
    cudaVersion: pod.cudaVersion,
    ssh: {
      proxy: {
        host: 'ssh.runpod.io',
        port: 22,
        username: pod.podHostId,
        command: `ssh ${pod.podHostId}@ssh.runpod.io`,
      },
      direct: direct
        ? {
            host: direct.ip,
            port: direct.publicPort,
            username: 'root',
            command: `ssh root@${direct.ip} -p ${direct.publicPort}`,
          }
        : null,
    },
    template: pod.templateId,
    cost: running ? pod.costPerHr : 0,
    locked: !!pod.locked,
    runtime: rt
      ? {
          uptime: pods.uptimeSeconds(pod),
          gpus: pod.gpuUuids.map(() => ({ util: 0, memoryUtil: 0 })),
          cpu: { util: 1 },
          memory: { util: 2 },
          ports: rt.ports.map((p) => ({ private: p.privatePort, public: p.publicPort, type: p.type, ip: p.ip })),
        }
      : null,
    createdAt: pod.createdAt,
    startedAt: pod.lastStartedAt,
    globalNetworking: { enabled: false },
    gpu: { id: pod.gpuTypeId, count: pod.gpuCount },
  };
}

/** CreatePodRequest (already valid against the contract) → the create input the pod manager takes. */
function createInput(b) {
  if (!!b.gpu === !!b.cpu) throw new Problem(400, 'exactly one of gpu or cpu must be set');
  if (b.cpu) throw new Problem(400, MSG.noCapacity); // the simulator has no CPU pods
  if (b.gpu.allowedCudaVersions?.length && b.gpu.minCudaVersion) {
    throw new Problem(400, 'gpu.allowedCudaVersions and gpu.minCudaVersion are mutually exclusive');
  }
  if (b.mounts?.persistent && b.mounts?.network?.length) {
    throw new Problem(400, 'mounts.persistent and mounts.network are mutually exclusive');
  }
  const net = b.mounts?.network?.[0];
  return {
    name: b.name,
    imageName: b.image,
    templateId: b.templateId,
    dockerArgs: b.args,
    containerDiskInGb: b.disk,
    ports: b.ports?.join(','),
    env: b.env ? Object.entries(b.env).map(([key, value]) => ({ key, value: String(value) })) : undefined,
    cloudType: b.cloud ?? 'SECURE',
    gpuTypeId: b.gpu.id,
    gpuCount: b.gpu.count ?? 1,
    allowedCudaVersions: b.gpu.allowedCudaVersions,
    minCudaVersion: b.gpu.minCudaVersion,
    volumeInGb: b.mounts?.persistent?.size ?? (net ? 0 : undefined),
    volumeMountPath: b.mounts?.persistent?.path ?? net?.path,
    networkVolumeId: net?.volumeId,
    startSsh: b.startSsh ?? false,
  };
}

/** A pod manager error as the status the contract gives it. */
export function problemOf(e) {
  if (!(e instanceof SimError)) return e;
  if (e.message.startsWith('Insufficient balance')) return new Problem(402, e.message);
  if (e.message === MSG.podNotFound) return new Problem(404, 'pod not found');
  if (e.message === MSG.templateNotFound) return new Problem(404, 'template not found');
  if (e.message === MSG.networkVolumeNotFound) return new Problem(404, 'network volume not found');
  return new Problem(400, e.message);
}

function mustGet(pods, id) {
  const pod = pods.get(id);
  if (!pod) throw new Problem(404, 'pod not found');
  return pod;
}

/** PATCH: mount kind is fixed at create, a network volume id is immutable, clearing is refused. */
function mountEdits(pod, mounts) {
  if (!mounts || Object.keys(mounts).length === 0) return {};
  const kind = pod.networkVolumeId ? 'network' : pod.volumeInGb > 0 ? 'persistent' : null;
  if (mounts.network && mounts.network.length === 0) throw new Problem(400, 'clearing mounts is not supported');
  for (const k of ['persistent', 'network']) {
    if (mounts[k] && kind !== k)
      throw new Problem(
        400,
        `mounts.${k} cannot be added to a pod created ${kind ? `with a ${kind} mount` : 'without mounts'}`,
      );
  }
  if (mounts.network) {
    const m = mounts.network[0];
    if (m.volumeId !== pod.networkVolumeId) throw new Problem(400, 'mounts.network[0].volumeId cannot be changed');
    return { volumeMountPath: m.path };
  }
  return { volumeInGb: mounts.persistent.size, volumeMountPath: mounts.persistent.path };
}

async function updatePod({ state, pods, params, body: b }) {
  const pod = mustGet(pods, params.id);
  const edit = mountEdits(pod, b.mounts);
  if (b.image !== undefined) edit.imageName = b.image;
  if (b.args !== undefined) edit.dockerArgs = b.args;
  if (b.disk !== undefined) edit.containerDiskInGb = b.disk;
  if (b.ports !== undefined) edit.ports = b.ports.join(',');
  if (b.env !== undefined) edit.env = Object.entries(b.env).map(([key, value]) => ({ key, value }));
  if (b.name !== undefined) pod.name = b.name;
  if (b.locked !== undefined) pod.locked = b.locked;
  if (b.registry !== undefined) pod.registry = b.registry;
  if (b.templateId !== undefined) pod.templateId = b.templateId || null;
  // Container settings reset a running pod (new container, new ports); name and lock do not.
  if (Object.keys(edit).length) await pods.edit(pod.id, edit);
  return { status: 200, body: restPod(state, pods, pod) };
}

async function podAction({ state, pods, params, body: b, scope }) {
  const pod = mustGet(pods, params.id);
  const status = restStatus(state, pod);
  if (!restActions(state, pod).includes(b.action)) {
    throw new Problem(409, `action '${b.action}' is not valid for a pod in status ${status}`);
  }
  if (b.action === 'terminate') {
    await pods.terminate(pod.id);
    return { status: 204 };
  }
  if (b.action === 'stop') await pods.stop(pod.id, 'user', null, { fromInside: !!scope });
  if (b.action === 'start') await pods.resume(pod.id);
  if (b.action === 'restart') await pods.edit(pod.id, {});
  return { status: 200, body: restPod(state, pods, pod) };
}

async function createPod({ state, pods, body: b }) {
  const input = createInput(b);
  // GraphQL places in one data center; REST takes a preference list, tried in order.
  const dcs = b.dataCenterIds?.length ? b.dataCenterIds : [undefined];
  let last;
  for (const dc of dcs) {
    try {
      return { status: 201, body: restPod(state, pods, pods.create({ ...input, dataCenterId: dc })) };
    } catch (e) {
      last = e;
      if (!(e instanceof SimError) || e.message !== MSG.noCapacity) throw e;
    }
  }
  throw last;
}

function getPodLogs({ pods, params, query, req, res, headers, ctx }) {
  const pod = mustGet(pods, params.id);
  streamPodLogs(
    pod,
    res,
    {
      source: query.source,
      tail: query.tail ?? 100,
      since: query.since,
      lastEventId: req.headers['last-event-id'],
    },
    headers,
    ctx.hangs,
  );
  return { streamed: true };
}

export const podHandlers = {
  listPods: ({ state, pods, scope }) => ({
    status: 200,
    body: {
      pods: [...state.pods.values()].filter((p) => !scope || p.id === scope).map((p) => restPod(state, pods, p)),
    },
  }),
  createPod,
  getPod: ({ state, pods, params }) => ({ status: 200, body: restPod(state, pods, mustGet(pods, params.id)) }),
  updatePod,
  deletePod: async ({ pods, params }) => {
    await pods.terminate(mustGet(pods, params.id).id);
    return { status: 204 };
  },
  podAction,
  getPodLogs,
};
