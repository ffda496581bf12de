// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A simulated pod from the inside, as a process on a RunPod pod sees it: RUNPOD_POD_ID and a
// pod-scoped RUNPOD_API_KEY in the session, runpodctl on PATH that stops this pod (and no other),
// the API reachable from the pod's own network namespace, ComfyUI's outputs as files in
// /workspace, a pod clock /_sim can speed up, and stopAfter/terminateAfter honoured.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startSim, sleep, FULL } from './support/sim.mjs';
import { restClient } from './support/rest.mjs';
import { clientKey, ssh, waitFor } from './support/podhost-support.mjs';
import { namespacesAvailable } from '../lib/podhost.mjs';

let sim;
let key;
let rest;
const T = { timeout: 40000 };
before(async () => {
  sim = await startSim();
  key = clientKey(sim.dir);
  rest = restClient(sim);
});
after(async () => {
  await sim.stop();
});

async function bootPod(input = {}) {
  const pod = await sim.createPod({ env: [{ key: 'PUBLIC_KEY', value: key.pub }], ...input });
  const { ssh: addr } = await sim.waitForSsh(pod.id);
  const c = { port: addr.port, key: key.key, knownHosts: path.join(sim.dir, `kh_${pod.id}_${addr.port}`) };
  const run = async (command) => ssh(c, { command });
  return { id: pod.id, run };
}

const status = async (id) => (await sim.sim('GET', `/_sim/pods/${id}`)).desiredStatus;

test(
  'the session has RUNPOD_POD_ID, a pod-scoped RUNPOD_API_KEY, RUNPOD_API_BASE_URL and runpodctl on PATH; the API answers from inside the pod',
  T,
  async () => {
    const a = await bootPod();
    const env = await a.run('echo "$RUNPOD_POD_ID|$RUNPOD_API_KEY|$RUNPOD_API_BASE_URL"; command -v runpodctl');
    assert.equal(env.code, 0, env.stderr);
    const [line, where] = env.stdout.trim().split('\n');
    const [id, podKey, base] = line.split('|');
    assert.equal(id, a.id);
    assert.match(podKey, /^rpa_pod_[a-z0-9]{32}$/);
    assert.equal(podKey, (await sim.sim('GET', `/_sim/pods/${a.id}`)).apiKey);
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(where, /podbin\/runpodctl$/);
    const got = await a.run(
      'curl -sS -H "Authorization: Bearer $RUNPOD_API_KEY" "$RUNPOD_API_BASE_URL/v2/pods/$RUNPOD_POD_ID"',
    );
    assert.equal(got.code, 0, got.stderr);
    assert.equal(JSON.parse(got.stdout).id, a.id);
    if (namespacesAvailable()) {
      // In its own network namespace the simulator's host port is out of reach: the bridge is the way.
      const direct = await a.run(`curl -sS -m 2 ${sim.url}/v2/pods; echo "exit=$?"`);
      assert.match(direct.stdout, /exit=[1-9]/);
    }
    await rest('DELETE', `/v2/pods/${a.id}`);
  },
);

test(
  'runpodctl stop pod "$RUNPOD_POD_ID" stops the pod from inside; its key cannot act on another pod (REST, GraphQL, runpodctl)',
  T,
  async () => {
    const a = await bootPod();
    const b = await bootPod();
    const other = await a.run(`runpodctl stop pod ${b.id}; echo "exit=$?"`);
    assert.match(other.stderr, /Error: access denied/);
    assert.match(other.stdout, /exit=1/);
    assert.equal(await status(b.id), 'RUNNING');
    const podKey = (await sim.sim('GET', `/_sim/pods/${a.id}`)).apiKey;
    for (const [m, p, body] of [
      ['POST', `/v2/pods/${b.id}/action`, { action: 'stop' }],
      ['DELETE', `/v2/pods/${b.id}`],
      ['GET', `/v2/pods/${b.id}`],
      ['POST', '/v2/pods', { name: 'x', image: 'i', gpu: { id: 'NVIDIA GeForce RTX 4090' } }],
      ['GET', '/v2/catalog/gpus'],
      ['PUT', '/v2/account/ssh-keys', { keys: [] }],
    ]) {
      const r = await rest(m, p, body, { token: podKey });
      assert.equal(r.status, 403, `${m} ${p}`);
    }
    assert.deepEqual(
      (await rest('GET', '/v2/pods', null, { token: podKey })).json.pods.map((p) => p.id),
      [a.id],
    );
    const g = await sim.gql(
      'mutation($id: String!) { podStop(input: {podId: $id}) { id } }',
      { id: b.id },
      { key: podKey },
    );
    assert.equal(g.errors[0].message, 'Unauthorized');
    assert.equal((await sim.gql('{ myself { id } }', undefined, { key: podKey })).errors[0].message, 'Unauthorized');
    assert.equal(await status(b.id), 'RUNNING');

    const self = await a.run('runpodctl stop pod "$RUNPOD_POD_ID"; echo "exit=$?"');
    assert.match(self.stdout, new RegExp(`pod "${a.id}" stopped\\nexit=0`), self.stderr);
    assert.equal(await status(a.id), 'EXITED');
    assert.match((await sim.sim('GET', `/_sim/pods/${a.id}`)).lastStatusChange, /^Exited by user/);
    await waitFor(async () => (await sim.sim('GET', `/_sim/pods/${a.id}`)).host === null, { what: 'pod host gone' });
    // A terminated pod's key is worthless.
    await rest('DELETE', `/v2/pods/${a.id}`);
    assert.equal((await rest('GET', `/v2/pods/${a.id}`, null, { token: podKey })).status, 401);
    await rest('DELETE', `/v2/pods/${b.id}`);
  },
);

test('the pod clock: /_sim/pods/:id/clock speeds up `date +%s` and `sleep` on the pod', T, async () => {
  const a = await bootPod();
  const info = await sim.sim('POST', `/_sim/pods/${a.id}/clock`, { speed: 120 });
  assert.equal(info.speed, 120);
  const r = await a.run(
    't0=$(date +%s); s0=$(/bin/date +%s); sleep 120; t1=$(date +%s); s1=$(/bin/date +%s); echo "$((t1 - t0)) $((s1 - s0))"',
  );
  assert.equal(r.code, 0, r.stderr);
  const [pod, real] = r.stdout.trim().split(' ').map(Number);
  assert.ok(pod >= 110 && pod <= 400, `pod clock moved ${pod} s`);
  assert.ok(real <= 4, `real time moved ${real} s`);
  const jump = await sim.sim('POST', `/_sim/pods/${a.id}/clock`, { speed: 1, advanceMs: 1800_000 });
  const now = Number((await a.run('date -u +%s')).stdout.trim());
  assert.ok(Math.abs(now - Date.parse(jump.now) / 1000) < 5, 'jumped half an hour ahead');
  assert.ok(now - Date.now() / 1000 > 1700);
  await rest('DELETE', `/v2/pods/${a.id}`);
});

test(
  'ComfyUI writes outputs to /workspace/runpod-slim/ComfyUI/output on the pod and lists them in /history; a volume keeps them across a stop',
  T,
  async () => {
    const a = await bootPod({ volumeInGb: 20 });
    await sim.sim('POST', `/_sim/pods/${a.id}/comfy`, { stepMs: 5 });
    const prompt = JSON.stringify({
      prompt: {
        4: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sd_xl_base_1.0.safetensors' } },
        5: { class_type: 'EmptyLatentImage', inputs: { width: 256, height: 128, batch_size: 1 } },
        6: { class_type: 'CLIPTextEncode', inputs: { text: 'x', clip: ['4', 1] } },
        3: {
          class_type: 'KSampler',
          inputs: {
            seed: 1,
            steps: 2,
            cfg: 7,
            sampler_name: 'euler',
            scheduler: 'normal',
            denoise: 1,
            model: ['4', 0],
            positive: ['6', 0],
            negative: ['6', 0],
            latent_image: ['5', 0],
          },
        },
        8: { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
        9: { class_type: 'SaveImage', inputs: { filename_prefix: 'batch/img', images: ['8', 0] } },
      },
    });
    await waitFor(
      async () => (await a.run('curl -sf localhost:8188/system_stats >/dev/null && echo up')).stdout.includes('up'),
      { what: 'ComfyUI', timeoutMs: 15000 },
    );
    const sent = await a.run(
      `curl -sS -X POST localhost:8188/prompt -H 'Content-Type: application/json' -d '${prompt}'`,
    );
    const id = JSON.parse(sent.stdout).prompt_id;
    const hist = await waitFor(
      async () => JSON.parse((await a.run(`curl -sS localhost:8188/history/${id}`)).stdout)[id],
      { what: 'history' },
    );
    assert.deepEqual(hist.outputs['9'].images, [{ filename: 'img_00001_.png', subfolder: 'batch', type: 'output' }]);
    const ls = await a.run('ls /workspace 2>/dev/null; ls "$POD_WORKSPACE/runpod-slim/ComfyUI/output/batch"');
    assert.match(ls.stdout, /img_00001_\.png/);
    await rest('POST', `/v2/pods/${a.id}/action`, { action: 'stop' });
    await rest('POST', `/v2/pods/${a.id}/action`, { action: 'start' });
    const { ssh: addr } = await sim.waitForSsh(a.id);
    const again = await ssh(
      { port: addr.port, key: key.key, knownHosts: path.join(sim.dir, `kh_again_${addr.port}`) },
      { command: 'ls "$POD_WORKSPACE/runpod-slim/ComfyUI/output/batch"' },
    );
    assert.match(again.stdout, /img_00001_\.png/, 'the volume disk survives a stop');
    await rest('DELETE', `/v2/pods/${a.id}`);
  },
);

test(
  'stopAfter: the pod stops itself when the simulated clock passes it; terminateAfter terminates; bad dates are refused',
  T,
  async () => {
    const soon = new Date(Date.now() + 1500).toISOString();
    const p1 = await sim.createPod({ stopAfter: soon });
    const p2 = await sim.createPod({
      stopAfter: new Date(Date.now() + 3600_000).toISOString(),
      terminateAfter: new Date(Date.now() + 7200_000).toISOString(),
    });
    assert.equal((await sim.sim('GET', `/_sim/pods/${p1.id}`)).stopAfter, soon);
    await waitFor(async () => (await status(p1.id)) === 'EXITED', { what: 'stopAfter', timeoutMs: 5000 });
    assert.match(
      (await sim.sim('GET', `/_sim/pods/${p1.id}`)).lastStatusChange,
      new RegExp(`^Exited by RunPod: stopAfter ${soon} reached`),
    );
    assert.equal(await status(p2.id), 'RUNNING');
    await sim.sim('POST', '/_sim/clock', { advanceMs: 3600_000 + 1000 });
    await waitFor(async () => (await status(p2.id)) === 'EXITED', { what: 'stopAfter after an hour' });
    await sim.sim('POST', '/_sim/clock', { advanceMs: 3600_000 });
    await waitFor(async () => (await sim.sim('GET', '/_sim/pods')).terminated.includes(p2.id), {
      what: 'terminateAfter',
    });
    const bad = await sim.gql(
      'mutation($i: PodFindAndDeployOnDemandInput) { podFindAndDeployOnDemand(input: $i) { id } }',
      { i: { name: 'x', imageName: 'i', gpuTypeId: 'NVIDIA GeForce RTX 4090', stopAfter: 'tomorrow' } },
      { key: FULL },
    );
    assert.match(bad.errors[0].message, /^Invalid stopAfter/);
    await sleep(0);
  },
);
