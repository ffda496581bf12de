// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Starts the simulator as a child process on --port 0 and talks to it: GraphQL with either
// auth style, the /_sim control API, pod polling. Everything stays on 127.0.0.1.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const SIM_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const SERVER = path.join(SIM_DIR, 'server.mjs');
export const FULL = 'rp_sim_full_access';
export const READ_ONLY = 'rp_sim_read_only';
export const FAST = path.join(SIM_DIR, 'scenarios', 'fast.json');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** fast.json, except that pods never boot: for tests about the API alone (no sshd per pod). */
export const NO_BOOT = {
  timings: {
    runtimeAppearsAfter: 3_600_000,
    sshReadyAfter: 0,
    comfyReadyAfter: 0,
    resumeRuntimeAppearsAfter: 3_600_000,
    resumeSshReadyAfter: 0,
    resumeComfyReadyAfter: 0,
    portsAppearAfter: 0,
  },
};

export function tempDir(prefix = 'runpod-sim-test-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * @param {object} [o]
 * @param {object|string} [o.scenario] scenario object (written to a temp file) or file path; default fast.json
 * @param {object} [o.env] extra environment
 */
export async function startSim({ scenario = FAST, env = {} } = {}) {
  const dir = tempDir();
  let scenarioFile = scenario;
  if (typeof scenario === 'object') {
    scenarioFile = path.join(dir, 'scenario.json');
    fs.writeFileSync(scenarioFile, JSON.stringify(scenario));
  }
  const proc = spawn(
    process.execPath,
    [SERVER, '--port', '0', '--state-dir', path.join(dir, 'state'), '--scenario', scenarioFile],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let stderr = '';
  proc.stderr.on('data', (d) => {
    stderr += d;
  });
  const exited = new Promise((r) => proc.on('exit', (code, signal) => r({ code, signal })));
  const firstLine = await new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout });
    rl.once('line', (l) => {
      rl.close();
      resolve(l);
    });
    proc.once('exit', (code) => reject(new Error(`simulator exited (${code}) before listening: ${stderr}`)));
  });
  const m = /^runpod-sim listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(firstLine);
  if (!m) throw new Error(`unexpected first line: ${firstLine}`);
  return new Sim({ proc, url: m[1], port: Number(m[2]), dir, exited, firstLine, stderr: () => stderr });
}

export class Sim {
  constructor(o) {
    Object.assign(this, o);
  }

  /** Raw GraphQL POST. Returns { status, headers, text, json }. */
  async post(body, { key = FULL, style = 'bearer', headers = {}, signal } = {}) {
    const url = new URL('/graphql', this.url);
    const h = { 'Content-Type': 'application/json', ...headers };
    if (key && style === 'bearer') h.Authorization = `Bearer ${key}`;
    if (key && style === 'query') url.searchParams.set('api_key', key);
    const res = await fetch(url, {
      method: 'POST',
      headers: h,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal,
    });
    const text = await res.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* not JSON: a fault or an HTML page */
    }
    return { status: res.status, headers: res.headers, text, json };
  }

  /** GraphQL request; returns the parsed body and the status. */
  async gql(query, variables, opts = {}) {
    const r = await this.post({ query, variables, operationName: opts.operationName }, opts);
    return { ...r.json, status: r.status };
  }

  /** GraphQL request that must succeed; returns data. */
  async data(query, variables, opts) {
    const r = await this.gql(query, variables, opts);
    if (r.status !== 200 || r.errors) throw new Error(`GraphQL failed (${r.status}): ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async sim(method, p, body) {
    const res = await fetch(new URL(p, this.url), {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok)
      throw Object.assign(new Error(`${method} ${p}: ${res.status} ${JSON.stringify(json)}`), {
        status: res.status,
        json,
      });
    return json;
  }

  async createPod(
    input = {},
    selection = 'id desiredStatus costPerHr machineId runtime { uptimeInSeconds } env machine { podHostId }',
  ) {
    const d = await this.data(
      `mutation createPod($input: PodFindAndDeployOnDemandInput!) {
      podFindAndDeployOnDemand(input: $input) { ${selection} } }`,
      { input: { ...DEFAULT_POD, ...input } },
    );
    return d.podFindAndDeployOnDemand;
  }

  async pod(id, selection = POD_SELECTION) {
    return (await this.data(`query($id: String) { pod(input: {podId: $id}) { ${selection} } }`, { id })).pod;
  }

  /** Poll until the pod's runtime advertises a public 22/tcp; returns { pod, ssh: {ip, port} }. */
  async waitForSsh(id, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const pod = await this.pod(id);
      const p = pod?.runtime?.ports?.find((x) => x.privatePort === 22 && x.isIpPublic);
      if (p) return { pod, ssh: { ip: p.ip, port: p.publicPort } };
      if (Date.now() > end) throw new Error(`pod ${id} never got a public 22/tcp: ${JSON.stringify(pod)}`);
      await sleep(50);
    }
  }

  async stop(signal = 'SIGTERM') {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill(signal);
    const r = await this.exited;
    fs.rmSync(this.dir, { recursive: true, force: true });
    return r;
  }
}

export const DEFAULT_POD = {
  name: 'autopod-comfy',
  imageName: 'runpod/comfyui:latest',
  cloudType: 'SECURE',
  gpuCount: 1,
  gpuTypeId: 'NVIDIA GeForce RTX 4090',
  ports: '8188/http,22/tcp',
  containerDiskInGb: 50,
  volumeInGb: 0,
  volumeMountPath: '/workspace',
  startSsh: true,
};

export const POD_SELECTION = `id name desiredStatus lastStatusChange costPerHr gpuCount env ports uptimeSeconds machineId
  runtime { uptimeInSeconds ports { ip isIpPublic privatePort publicPort type } gpus { id gpuUtilPercent memoryUtilPercent } container { cpuPercent memoryPercent } }
  machine { podHostId gpuDisplayName gpuTypeId dataCenterId location secureCloud supportPublicIp }`;
