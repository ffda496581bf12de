// REST v2 pod subset (rest-v2-openapi.json): GET/POST /v2/pods, GET/DELETE /v2/pods/{id},
// POST /v2/pods/{id}/action. Same state as GraphQL; errors are RFC 9457 problem+json.
import { MSG, SimError } from './errors.mjs';
import { apiKeyOf, recordRequest } from './graphql-http.mjs';
import { sendJson, sendText } from './http-util.mjs';
import { CREATE_FIELDS } from './faults.mjs';

const TITLES = { 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error' };
const ACTIONS = ['start', 'stop', 'restart', 'terminate'];

class Problem extends Error {
  constructor(status, detail, errors) {
    super(detail);
    this.status = status;
    this.errors = errors;
  }
}

function sendProblem(res, status, detail, errors, headers = {}) {
  const body = { title: TITLES[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) };
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

// Example values from the OpenAPI document; the simulator does not rate-limit by itself.
const RATE_HEADERS = {
  RateLimit: '"minute";r=59;t=60, "hour";r=2999;t=3600, "day";r=49999;t=86400',
  'RateLimit-Policy': '"minute";q=60;w=60, "hour";q=3000;w=3600, "day";q=50000;w=86400',
};

/** The v2 Pod object. */
export function restPod(state, pods, pod) {
  const running = pod.desiredStatus === 'RUNNING';
  const rt = running && pod.runtime && Date.now() >= (pod.runtime.portsAt ?? 0) ? pod.runtime : null;
  const direct = rt?.ports.find((p) => p.privatePort === 22 && p.isIpPublic);
  const net = pod.networkVolumeId;
  return {
    id: pod.id, name: pod.name,
    // Live observation (API.md §6.2): RUNNING from creation on, before ssh.direct exists.
    status: pod.desiredStatus,
    actions: running ? ['stop', 'restart', 'terminate'] : ['start', 'terminate'],
    image: pod.imageName, args: pod.dockerArgs ?? '', disk: pod.containerDiskInGb,
    mounts: net ? { network: [{ volumeId: net, path: pod.volumeMountPath }] }
      : pod.volumeInGb > 0 ? { persistent: { size: pod.volumeInGb, path: pod.volumeMountPath } } : {},
    ports: String(pod.ports || '').split(',').map((s) => s.trim()).filter(Boolean),
    env: Object.fromEntries(pod.env.map((e) => [e.key, e.value])),
    registry: null, cloud: pod.cloud === 'secure' ? 'SECURE' : 'COMMUNITY',
    dataCenterId: pod.dataCenterId, cudaVersion: pod.cudaVersion,
    ssh: {
      proxy: { host: 'ssh.runpod.io', port: 22, username: pod.podHostId, command: `ssh ${pod.podHostId}@ssh.runpod.io` },
      direct: direct ? { host: direct.ip, port: direct.publicPort, username: 'root', command: `ssh root@${direct.ip} -p ${direct.publicPort}` } : null,
    },
    template: pod.templateId, cost: running ? pod.costPerHr : 0, locked: false,
    runtime: rt ? {
      uptime: pods.uptimeSeconds(pod), gpus: pod.gpuUuids.map(() => ({ util: 0, memoryUtil: 0 })),
      cpu: { util: 1 }, memory: { util: 2 },
      ports: rt.ports.map((p) => ({ private: p.privatePort, public: p.publicPort, type: p.type, ip: p.ip })),
    } : null,
    createdAt: pod.createdAt, startedAt: pod.lastStartedAt, globalNetworking: { enabled: false },
    gpu: { id: pod.gpuTypeId, count: pod.gpuCount },
  };
}

/** CreatePodRequest → the GraphQL create input the pod manager understands. */
function createInput(b) {
  const errors = [];
  if (typeof b.name !== 'string' || !b.name) errors.push("$: missing property 'name'");
  if (!b.image && !b.templateId) errors.push("$: missing property 'image'");
  if (b.gpu && typeof b.gpu.id !== 'string') errors.push("$.gpu: missing property 'id'");
  if (b.cloud && !['SECURE', 'COMMUNITY'].includes(b.cloud)) errors.push("$.cloud: value must be one of 'SECURE', 'COMMUNITY'");
  if (b.ports && !Array.isArray(b.ports)) errors.push('$.ports: got string, want array');
  if (errors.length) throw new Problem(422, 'Request validation failed.', errors);
  if (!!b.gpu === !!b.cpu) throw new Problem(400, 'exactly one of gpu or cpu must be set');
  if (b.cpu) throw new Problem(400, MSG.noCapacity); // the simulator has no CPU pods
  if (b.gpu.allowedCudaVersions?.length && b.gpu.minCudaVersion) throw new Problem(400, 'allowedCudaVersions and minCudaVersion are mutually exclusive');
  if (b.mounts?.persistent && b.mounts?.network?.length) throw new Problem(400, 'mounts.persistent and mounts.network are mutually exclusive');
  const net = b.mounts?.network?.[0];
  return {
    name: b.name, imageName: b.image, templateId: b.templateId, dockerArgs: b.args,
    containerDiskInGb: b.disk, ports: b.ports?.join(','),
    env: b.env ? Object.entries(b.env).map(([key, value]) => ({ key, value: String(value) })) : undefined,
    cloudType: b.cloud ?? 'SECURE', gpuTypeId: b.gpu.id, gpuCount: b.gpu.count ?? 1,
    allowedCudaVersions: b.gpu.allowedCudaVersions, minCudaVersion: b.gpu.minCudaVersion,
    volumeInGb: b.mounts?.persistent?.size ?? (net ? 0 : undefined),
    volumeMountPath: b.mounts?.persistent?.path ?? net?.path, networkVolumeId: net?.volumeId,
    startSsh: b.startSsh ?? false,
  };
}

function simErrorToProblem(e) {
  if (!(e instanceof SimError)) return e;
  if (e.message.startsWith('Insufficient balance')) return new Problem(402, 'Insufficient balance');
  if (e.message === MSG.podNotFound) return new Problem(404, 'pod not found');
  return new Problem(400, e.message);
}

/** ctx = { state, pods, hangs } */
export async function handleRest(req, res, url, rawBody, ctx) {
  const { state, pods } = ctx;
  let body = null;
  let bodyError = null;
  if (rawBody) {
    try { body = JSON.parse(rawBody); } catch (e) { bodyError = e; }
  }
  const entry = recordRequest(state, req, url, rawBody, body);
  const m = /^\/v2\/pods(?:\/([^/]+))?(?:\/(action))?$/.exec(url.pathname);
  const op = !m ? null : !m[1] ? (req.method === 'POST' ? 'createPod' : 'listPods')
    : m[2] ? 'podAction' : req.method === 'DELETE' ? 'deletePod' : 'getPod';
  entry.operationName = op;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization || '');
  const access = bearer ? state.keyAccess(apiKeyOf(req, url)) : null;
  if (!access) return sendProblem(res, 401, bearer ? 'invalid bearer token' : 'missing bearer token');
  try {
    if (!m) throw new Problem(404, `no route ${req.method} ${url.pathname}`);
    const fields = op === 'createPod' ? [op, ...CREATE_FIELDS] : [op];
    const fault = state.faults.takeRequestFault({ operationName: op, fields });
    if (fault && fault.type !== 'createThen500') {
      entry.fault = fault.type;
      return restFault(fault, res, ctx);
    }
    if (bodyError) throw new Problem(400, `body is not valid JSON: ${bodyError.message}`);
    const write = req.method !== 'GET';
    if (write && access !== 'full') throw new Problem(403, 'access denied');
    const out = await route(req.method, op, m[1] && decodeURIComponent(m[1]), body || {}, url, state, pods);
    if (fault?.type === 'createThen500') {
      entry.fault = fault.type;
      entry.orphan = out.body?.id ? [out.body.id] : [];
      return sendProblem(res, 500, 'internal error');
    }
    if (out.status === 204) {
      res.writeHead(204, RATE_HEADERS);
      return res.end();
    }
    sendJson(res, out.status, out.body, RATE_HEADERS);
  } catch (e) {
    const p = simErrorToProblem(e);
    if (!(p instanceof Problem)) throw e;
    sendProblem(res, p.status, p.message, p.errors, RATE_HEADERS);
  }
}

async function route(method, op, id, b, url, state, pods) {
  const view = (pod) => restPod(state, pods, pod);
  const mustGet = (pid) => {
    const pod = pods.get(pid);
    if (!pod) throw new Problem(404, 'pod not found');
    return pod;
  };
  switch (`${method} ${op}`) {
    case 'GET listPods': return { status: 200, body: { pods: [...state.pods.values()].map(view) } };
    case 'POST createPod': {
      const input = createInput(b);
      // GraphQL places in one data center; REST takes a preference list, tried in order.
      const dcs = b.dataCenterIds?.length ? b.dataCenterIds : [undefined];
      let last;
      for (const dc of dcs) {
        try {
          return { status: 201, body: view(pods.create({ ...input, dataCenterId: dc })) };
        } catch (e) {
          last = e;
          if (!(e instanceof SimError) || e.message !== MSG.noCapacity) throw e;
        }
      }
      throw last;
    }
    case 'GET getPod': return { status: 200, body: view(mustGet(id)) };
    case 'DELETE deletePod': mustGet(id); await pods.terminate(id); return { status: 204 };
    case 'POST podAction': {
      if (!ACTIONS.includes(b.action)) {
        throw new Problem(422, 'Request validation failed.', ["$.action: value must be one of 'start', 'stop', 'restart', 'terminate'"]);
      }
      const pod = mustGet(id);
      const actions = view(pod).actions;
      if (!actions.includes(b.action)) throw new Problem(409, `action '${b.action}' is not valid for a pod in status ${pod.desiredStatus}`);
      if (b.action === 'terminate') { await pods.terminate(id); return { status: 204 }; }
      if (b.action === 'stop') await pods.stop(id);
      if (b.action === 'start') await pods.resume(id);
      if (b.action === 'restart') await pods.edit(id, {});
      return { status: 200, body: view(pod) };
    }
    default: throw new Problem(405, `${method} is not allowed on ${url.pathname}`);
  }
}

function restFault(fault, res, ctx) {
  switch (fault.type) {
    case 'http500': return sendProblem(res, 500, 'internal error');
    case 'http502': return sendText(res, 502, '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>\n', 'text/html');
    case 'http429': return sendProblem(res, 429, 'rate limit exceeded for the minute window', undefined, { 'Retry-After': String(fault.retryAfter ?? 5), ...RATE_HEADERS });
    case 'hang':
      ctx.hangs.add(res);
      res.on('close', () => ctx.hangs.delete(res));
      return undefined;
    case 'malformedJson':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end('{"pods":[{"id":"5xpma5eg46tq');
    case 'graphqlError': return sendProblem(res, 400, fault.message);
    default: return sendProblem(res, 500, 'internal error');
  }
}
