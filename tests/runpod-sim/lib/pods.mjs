// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Pod lifecycle: create → (delay) runtime with a real PodHost → stop/resume/terminate, plus the
// per-pod faults. Every transition settles billing first so the old rate is charged up to it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomInt } from 'node:crypto';
import { settle, accountSpendPerHr } from './billing.mjs';
import { dateString } from './clock.mjs';
import { MSG, SimError } from './errors.mjs';
import { choosePlacement, resolveSpec } from './placement.mjs';
import { endPodLogs, podLog } from './podlogs.mjs';
import { newPodClock, podClockFile, podClockInfo, setPodClock, writePodClock } from './podclock.mjs';
import { randomHex, randomId, randomPrivateIp, gpuUuid, round } from './util.mjs';

/** runpodctl and the pod-clock `date`/`sleep`, first on every pod's PATH. */
const POD_BIN = fileURLToPath(new URL('../podbin', import.meta.url));
const POD_PATH = `${POD_BIN}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;

/** A create input's stopAfter/terminateAfter: an ISO 8601 instant (ms), or null. */
function deadline(input, name) {
  if (input[name] == null || input[name] === '') return null;
  const ms = Date.parse(input[name]);
  if (Number.isNaN(ms)) throw new SimError(MSG.badDeadline(name, input[name]));
  return ms;
}

/** What the container prints before it fails, unless the podError fault names other lines. */
const DEFAULT_ERROR_LINES = [
  'Traceback (most recent call last):',
  '  File "/ComfyUI/main.py", line 132, in <module>',
  'RuntimeError: CUDA error: no kernel image is available for execution on the device',
];

export class PodManager {
  constructor(state) {
    this.state = state;
  }

  get(id) {
    return this.state.pods.get(id) || null;
  }

  mustGet(id) {
    const pod = this.get(id);
    if (!pod) throw new SimError(MSG.podNotFound);
    return pod;
  }

  /** podFindAndDeployOnDemand / podRentInterruptable (bidPerGpu set). */
  create(input, { bidPerGpu = null } = {}) {
    const st = this.state;
    const spec = resolveSpec(st, input);
    const place = choosePlacement(st, input, spec, bidPerGpu);
    const costPerHr = round(place.pricePerGpu * place.gpuCount);
    const stopAfter = deadline(input, 'stopAfter');
    const terminateAfter = deadline(input, 'terminateAfter');
    this.#checkFunds(costPerHr);
    const id = randomId(14);
    const now = st.clock.now();
    const pod = {
      id,
      ...spec,
      gpuTypeId: place.gpu.id,
      gpuCount: place.gpuCount,
      cloud: place.cloud,
      dataCenterId: place.dc.id,
      cudaVersion: place.cudaVersion,
      publicIp: place.publicIp,
      networkVolumeId: place.networkVolume?.id ?? null,
      machineId: randomId(12),
      podHostId: `${id}-${randomHex(8)}`,
      podType: bidPerGpu === null ? 'RESERVED' : 'INTERRUPTABLE',
      pricePerGpu: place.pricePerGpu,
      costPerHr,
      vcpuCount: place.gpu.vcpuPerGpu * place.gpuCount,
      memoryInGb: place.gpu.memoryInGbPerGpu * place.gpuCount,
      desiredStatus: 'RUNNING',
      lastStatusChange: `Rented by User: ${dateString(now)}`,
      createdAt: new Date(now).toISOString(),
      lastStartedAt: new Date(now).toISOString(),
      gpuUuids: Array.from({ length: place.gpuCount }, gpuUuid),
      runtime: null,
      staleRuntime: null,
      host: null,
      gen: 0,
      timers: [],
      spent: 0,
      version: 0,
      faults: {},
      hostGpusTaken: false,
      hostError: null,
      hostStarts: 0,
      stopAfter,
      terminateAfter,
      // Every pod has a key that acts on this pod only (RUNPOD_API_KEY on the pod).
      apiKey: `rpa_pod_${randomId(32)}`,
      podClock: newPodClock(),
      comfyStepMs: st.timings.comfyStepMs ?? 100,
    };
    for (const f of st.faults.takePodFaults()) this.#applyCreateFault(pod, f);
    settle(st);
    st.catalog.take(pod.dataCenterId, pod.gpuTypeId, pod.cloud, pod.gpuCount);
    st.pods.set(id, pod);
    st.podKeys.set(pod.apiKey, id);
    writePodClock(this.state, pod);
    st.log(
      `pod ${id} created: ${pod.gpuCount}× ${pod.gpuTypeId} in ${pod.dataCenterId} (${pod.cloud}) $${costPerHr}/hr`,
    );
    podLog(
      st,
      pod,
      'system',
      `create pod: ${pod.gpuCount}x ${pod.gpuTypeId} on machine ${pod.machineId} in ${pod.dataCenterId}`,
    );
    podLog(st, pod, 'system', `pulling image ${pod.imageName}`);
    this.#boot(pod, 'create');
    return pod;
  }

  #applyCreateFault(pod, f) {
    if (f.type === 'podStuck') pod.faults.stuck = true;
    if (f.type === 'podDies') pod.faults.diesAfterMs = f.afterMs ?? 0;
    if (f.type === 'podSshRefuse') pod.faults.sshRefuseMs = f.ms ?? 10_000;
    if (f.type === 'podComfyNeverReady') pod.faults.comfyNeverReady = true;
    if (f.type === 'podError') {
      pod.faults.error = {
        afterMs: f.afterMs ?? 0,
        reason: f.reason ?? MSG.containerError,
        lines: f.lines ?? DEFAULT_ERROR_LINES,
      };
    }
  }

  #checkFunds(costPerHr) {
    const st = this.state;
    const balance = settle(st);
    if (balance < costPerHr) throw new SimError(MSG.insufficientBalance(costPerHr, Math.max(0, balance)));
    const limit = st.account.spendLimit;
    if (st.behaviour.enforceSpendLimit && typeof limit === 'number' && accountSpendPerHr(st) + costPerHr > limit) {
      throw new SimError(MSG.spendLimit(limit));
    }
  }

  /** After the configured delay, start a PodHost and publish the runtime. */
  #boot(pod, kind) {
    const t = this.state.timings;
    const resume = kind === 'resume';
    const appear = resume ? t.resumeRuntimeAppearsAfter : t.runtimeAppearsAfter;
    const gen = ++pod.gen;
    this.#later(pod, appear ?? 0, () =>
      this.#startHost(pod, gen, {
        sshReadyAfter: (resume ? t.resumeSshReadyAfter : t.sshReadyAfter) ?? 0,
        comfyReadyAfter: (resume ? t.resumeComfyReadyAfter : t.comfyReadyAfter) ?? 0,
      }),
    );
  }

  async #startHost(pod, gen, { sshReadyAfter, comfyReadyAfter }) {
    const st = this.state;
    if (pod.gen !== gen || pod.desiredStatus !== 'RUNNING' || pod.faults.stuck) return;
    podLog(st, pod, 'system', 'image pulled; starting container');
    if (pod.faults.error) {
      this.#later(pod, pod.faults.error.afterMs, () => this.#fail(pod, gen));
      return;
    }
    const gpu = st.catalog.gpuType(pod.gpuTypeId);
    const keys = pod.env.find((e) => e.key === 'PUBLIC_KEY')?.value ?? '';
    const n = ++pod.hostStarts;
    const containerDir = join(st.stateDir, 'pods', `${pod.id}-${n}`);
    const workspaceDir = this.workspaceDir(pod) ?? join(containerDir, 'workspace');
    const host = st.createHost({
      podId: pod.id,
      stateDir: containerDir,
      workspaceDir,
      // RunPod's ComfyUI image keeps ComfyUI in /workspace/runpod-slim/ComfyUI.
      standinArgs: ['--comfy-dir', join(workspaceDir, 'runpod-slim', 'ComfyUI')],
      api: st.api,
      comfyStepMs: pod.comfyStepMs,
      authorizedKeys: keys,
      gpuName: gpu.id,
      gpuDisplayName: gpu.displayName,
      gpuCount: pod.gpuCount,
      vramGb: gpu.memoryInGb,
      comfyBootDelayMs: comfyReadyAfter,
      comfyNeverReady: !!pod.faults.comfyNeverReady,
      network: pod.network ?? st.network,
      sshRefuseMs: Math.max(sshReadyAfter, pod.faults.sshRefuseMs ?? 0),
      env: {
        ...Object.fromEntries(pod.env.map((e) => [e.key, e.value])),
        RUNPOD_POD_ID: pod.id,
        RUNPOD_POD_HOSTNAME: pod.podHostId,
        RUNPOD_GPU_COUNT: String(pod.gpuCount),
        RUNPOD_DC_ID: pod.dataCenterId,
        ...(pod.publicIp ? { RUNPOD_PUBLIC_IP: '127.0.0.1' } : {}),
        ...(pod.networkVolumeId ? { RUNPOD_VOLUME_ID: pod.networkVolumeId } : {}),
        RUNPOD_API_KEY: pod.apiKey,
        RUNPOD_SIM_CLOCK_FILE: podClockFile(this.state, pod),
        PATH: POD_PATH,
      },
      log: (m) => st.log(`[pod ${pod.id}] ${m}`),
    });
    pod.hostStarting = host;
    let addr;
    try {
      addr = await host.start();
    } catch (e) {
      // A broken host: the pod stays RUNNING with runtime null, as RunPod's do.
      pod.hostError = String(e?.message || e);
      st.log(`pod ${pod.id}: host failed to start: ${pod.hostError}`);
      pod.hostStarting = null;
      await host.stop().catch(() => {});
      return;
    }
    pod.hostStarting = null;
    if (pod.gen !== gen || pod.desiredStatus !== 'RUNNING') {
      await host.stop().catch(() => {});
      return;
    }
    pod.host = host;
    // RunPod quirk: runtime can be non-null with ports still null for a while.
    const portsAt = Date.now() + (st.timings.portsAppearAfter ?? 0);
    pod.runtime = { startedAt: st.clock.now(), portsAt, ports: this.#runtimePorts(pod, addr), sshPort: addr.port };
    st.log(`pod ${pod.id}: runtime up, ssh on ${addr.ip}:${addr.port}`);
    podLog(st, pod, 'system', 'container started');
    podLog(st, pod, 'container', 'Starting SSH server...');
    podLog(st, pod, 'container', 'Starting ComfyUI on 0.0.0.0:8188');
    if (pod.faults.diesAfterMs !== undefined) this.#later(pod, pod.faults.diesAfterMs, () => this.die(pod.id));
  }

  /** Fault: the container fails while starting; REST v2 shows ERROR, the pod keeps its GPUs and bills. */
  #fail(pod, gen) {
    const st = this.state;
    if (pod.gen !== gen || pod.desiredStatus !== 'RUNNING') return;
    const { reason, lines } = pod.faults.error;
    for (const line of lines) podLog(st, pod, 'container', line);
    podLog(st, pod, 'system', reason);
    pod.errorState = { reason, at: new Date(st.clock.now()).toISOString() };
    st.log(`pod ${pod.id}: ERROR: ${reason}`);
  }

  /**
   * The pod's /workspace when it outlives the container: its volume disk (kept across stops,
   * gone with the pod) or its network volume. Null: /workspace is on the container disk, which
   * every stop wipes.
   */
  workspaceDir(pod) {
    if (pod.networkVolumeId) return join(this.state.stateDir, 'network-volumes', pod.networkVolumeId, 'workspace');
    if (pod.volumeInGb > 0) return join(this.state.stateDir, 'pods', pod.id, 'workspace');
    return null;
  }

  /** /_sim/pods/:id/clock: the pod's clock runs `speed` times real time, or jumps `advanceMs`. */
  setPodClock(id, change) {
    const pod = this.mustGet(id);
    setPodClock(this.state, pod, change);
    return podClockInfo(this.state, pod);
  }

  /** /_sim/pods/:id/comfy: how long each step of a prompt takes on this pod's ComfyUI. */
  setComfyStepMs(id, ms) {
    const pod = this.mustGet(id);
    if (!(Number.isFinite(ms) && ms >= 0)) throw new Error('stepMs must be a number >= 0');
    pod.comfyStepMs = ms;
    pod.host?.holder?.stdin.write(`step-ms ${ms}\n`);
    return { stepMs: ms };
  }

  /** stopAfter / terminateAfter from the create input: RunPod acts when the (simulated) clock passes them. */
  async enforceDeadlines() {
    const now = this.state.clock.now();
    for (const pod of [...this.state.pods.values()]) {
      if (pod.terminateAfter !== null && pod.terminateAfter !== undefined && now >= pod.terminateAfter) {
        pod.terminateAfter = null;
        await this.terminate(pod.id, 'RunPod');
      } else if (
        pod.desiredStatus === 'RUNNING' &&
        pod.stopAfter !== null &&
        pod.stopAfter !== undefined &&
        now >= pod.stopAfter
      ) {
        const at = new Date(pod.stopAfter).toISOString();
        pod.stopAfter = null;
        await this.stop(pod.id, 'RunPod', MSG.stoppedAfter(at, dateString(now)));
      }
    }
  }

  /** PodRuntimePorts from the pod's "8188/http,22/tcp" string. */
  #runtimePorts(pod, addr) {
    const privateIp = randomPrivateIp();
    const out = [];
    for (const part of String(pod.ports || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [portStr, type = 'http'] = part.split('/');
      const privatePort = Number(portStr);
      if (!Number.isInteger(privatePort)) continue;
      if (type === 'tcp' && pod.publicIp) {
        // 22/tcp is the real sshd; other tcp ports are advertised but not forwarded.
        const publicPort = privatePort === 22 ? addr.port : randomInt(10000, 60000);
        out.push({ ip: addr.ip, isIpPublic: true, privatePort, publicPort, type: 'tcp' });
      } else {
        out.push({ ip: privateIp, isIpPublic: false, privatePort, publicPort: randomInt(60000, 65536), type });
      }
    }
    return out;
  }

  #later(pod, ms, fn) {
    const t = setTimeout(
      () => {
        pod.timers = pod.timers.filter((x) => x !== t);
        Promise.resolve(fn()).catch((e) => this.state.log(`pod ${pod.id}: ${e.stack || e}`));
      },
      Math.max(0, ms),
    );
    pod.timers.push(t);
  }

  /** Ends the pod's host; `deferMs` > 0 tears it down that much later without waiting. */
  async #halt(pod, deferMs = 0) {
    pod.gen++;
    for (const t of pod.timers) clearTimeout(t);
    pod.timers = [];
    const hosts = [pod.host, pod.hostStarting].filter(Boolean);
    pod.host = null;
    const down = () =>
      Promise.all(hosts.map((h) => h.stop().catch((e) => this.state.log(`pod ${pod.id}: stop failed: ${e}`))));
    if (deferMs > 0) setTimeout(down, deferMs);
    else await down();
  }

  /**
   * Stops a running pod. `fromInside`: the pod asked for it with its own key (runpodctl on the
   * pod): RunPod answers first and stops the container after, so the asking process gets its answer.
   */
  async stop(id, actor = 'user', reason = null, { fromInside = false } = {}) {
    const st = this.state;
    const pod = this.mustGet(id);
    if (pod.desiredStatus !== 'RUNNING') return pod;
    settle(st);
    const stale = pod.runtime;
    if (stale) stale.frozenUptime = this.uptimeSeconds(pod);
    await this.#halt(pod, fromInside ? 300 : 0);
    pod.runtime = null;
    st.catalog.release(pod.dataCenterId, pod.gpuTypeId, pod.cloud, pod.gpuCount);
    pod.desiredStatus = 'EXITED';
    pod.errorState = null;
    pod.lastStatusChange = reason ?? `Exited by ${actor}: ${dateString(st.clock.now())}`;
    podLog(st, pod, 'system', `stop pod: ${pod.lastStatusChange}`);
    // Optional quirk: a stopped pod keeps reporting its old runtime for a while.
    const staleMs = st.behaviour.staleRuntimeAfterStopMs || 0;
    if (stale && staleMs > 0) {
      pod.staleRuntime = stale;
      this.#later(pod, staleMs, () => {
        pod.staleRuntime = null;
      });
    }
    st.log(`pod ${id} stopped by ${actor}`);
    return pod;
  }

  async resume(id, input = {}) {
    const st = this.state;
    if (st.terminated.has(id)) throw new SimError(MSG.podTerminated);
    const pod = this.mustGet(id);
    if (pod.desiredStatus === 'RUNNING' && !pod.errorState) return pod;
    const wasRunning = pod.desiredStatus === 'RUNNING';
    const gpuCount = input.gpuCount > 0 ? input.gpuCount : pod.gpuCount;
    const free = st.catalog.free(pod.dataCenterId, pod.gpuTypeId, pod.cloud);
    const b = st.behaviour;
    // The pod is pinned to its host machine: when its GPUs were rented by someone else it cannot start.
    if (
      pod.hostGpusTaken ||
      (!wasRunning && b.resumeFailsWhenStockTaken && free < gpuCount) ||
      (b.resumeFailureProbability > 0 && Math.random() < b.resumeFailureProbability)
    ) {
      throw new SimError(MSG.resumeNoGpus);
    }
    const costPerHr = round(pod.pricePerGpu * gpuCount);
    if (!wasRunning) this.#checkFunds(costPerHr); // a pod in ERROR already holds its GPUs
    settle(st);
    await this.#halt(pod);
    if (wasRunning) st.catalog.release(pod.dataCenterId, pod.gpuTypeId, pod.cloud, pod.gpuCount);
    pod.staleRuntime = null;
    pod.gpuCount = gpuCount;
    pod.costPerHr = costPerHr;
    pod.gpuUuids = Array.from({ length: gpuCount }, gpuUuid);
    st.catalog.take(pod.dataCenterId, pod.gpuTypeId, pod.cloud, gpuCount);
    const now = st.clock.now();
    pod.desiredStatus = 'RUNNING';
    pod.lastStatusChange = `Rented by User: ${dateString(now)}`;
    pod.lastStartedAt = new Date(now).toISOString();
    pod.faults = {};
    pod.died = false;
    pod.errorState = null;
    podLog(st, pod, 'system', 'start pod');
    this.#boot(pod, 'resume');
    return pod;
  }

  async terminate(id, actor = 'user') {
    const st = this.state;
    const pod = this.mustGet(id);
    settle(st);
    await this.#halt(pod);
    if (pod.desiredStatus === 'RUNNING') st.catalog.release(pod.dataCenterId, pod.gpuTypeId, pod.cloud, pod.gpuCount);
    pod.desiredStatus = 'TERMINATED';
    pod.lastStatusChange = `Terminated by ${actor}: ${dateString(st.clock.now())}`;
    pod.runtime = null;
    podLog(st, pod, 'system', 'terminate pod');
    endPodLogs(pod);
    st.pods.delete(id);
    st.podKeys.delete(pod.apiKey);
    st.terminated.set(id, pod);
    st.log(`pod ${id} terminated`);
  }

  /** podEditJob: change image/env/ports/disks; a running pod is reset (new container, new ports). */
  async edit(id, input = {}) {
    const pod = this.mustGet(id);
    for (const k of ['imageName', 'dockerArgs', 'ports', 'containerDiskInGb', 'volumeInGb', 'volumeMountPath']) {
      if (input[k] != null) pod[k] = input[k];
    }
    if (input.env)
      pod.env = input.env
        .filter((e) => e?.key != null)
        .map((e) => ({ key: String(e.key), value: String(e.value ?? '') }));
    pod.version++;
    if (pod.desiredStatus === 'RUNNING') {
      await this.#halt(pod);
      pod.runtime = null;
      this.#boot(pod, 'resume');
    }
    return pod;
  }

  /** Fault: the container died — runtime goes null, the pod stays RUNNING and keeps billing. */
  async die(id) {
    const pod = this.mustGet(id);
    await this.#halt(pod);
    pod.runtime = null;
    pod.died = true;
    podLog(this.state, pod, 'system', 'container exited unexpectedly (exit code 137)');
  }

  /** Fault: runtime never appears for this pod (stops its host if it already runs). */
  async stick(id) {
    const pod = this.mustGet(id);
    pod.faults.stuck = true;
    if (pod.desiredStatus === 'RUNNING') await this.die(id);
  }

  /** Stop every running pod when the balance is gone (RunPod: "Exited by RunPod: Insufficient balance"). */
  async enforceBalance() {
    const st = this.state;
    if (!st.behaviour.stopPodsAtZeroBalance || settle(st) > 0) return;
    for (const pod of [...st.pods.values()]) {
      if (pod.desiredStatus !== 'RUNNING') continue;
      await this.stop(pod.id, 'RunPod', 'Exited by RunPod: Insufficient balance');
    }
  }

  async stopAllHosts() {
    await Promise.all([...this.state.pods.values()].map((p) => this.#halt(p)));
  }

  uptimeSeconds(pod) {
    if (!pod.runtime) return 0;
    return Math.max(0, Math.floor((this.state.clock.now() - pod.runtime.startedAt) / 1000));
  }
}
