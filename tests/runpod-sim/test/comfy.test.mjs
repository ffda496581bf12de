// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The ComfyUI stand-in: the HTTP shapes ComfyUI answers with (run directly on loopback),
// then the WebSocket events and a large /view download through a pod's SSH tunnel.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { PodHost } from '../lib/podhost.mjs';
import { tempDir, clientKey, tunnel, waitFor } from './support/podhost-support.mjs';

const STANDIN = fileURLToPath(new URL('../comfy-standin.mjs', import.meta.url));
const T = { timeout: 20000 };
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const KSAMPLER_WORKFLOW = {
  4: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sd_xl_base_1.0.safetensors' } },
  5: { class_type: 'EmptyLatentImage', inputs: { width: 1024, height: 1024, batch_size: 1 } },
  6: { class_type: 'CLIPTextEncode', inputs: { text: 'a lighthouse at dusk', clip: ['4', 1] } },
  7: { class_type: 'CLIPTextEncode', inputs: { text: 'blurry', clip: ['4', 1] } },
  3: {
    class_type: 'KSampler',
    inputs: {
      seed: 1,
      steps: 5,
      cfg: 7,
      sampler_name: 'euler',
      scheduler: 'normal',
      denoise: 1,
      model: ['4', 0],
      positive: ['6', 0],
      negative: ['7', 0],
      latent_image: ['5', 0],
    },
  },
  8: { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
  9: { class_type: 'SaveImage', inputs: { filename_prefix: 'autopod', images: ['8', 0] } },
};

async function call(base, method, p, body) {
  const res = await fetch(`${base}${p}`, {
    method,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(5000),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    headers: res.headers,
    buf,
    json: type.includes('json') && buf.length ? JSON.parse(buf) : undefined,
    text: buf.toString('utf8'),
  };
}

describe('stand-in HTTP API', () => {
  let child;
  let base;
  before(async () => {
    child = spawn(
      process.execPath,
      [
        STANDIN,
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--exit-with-stdin',
        '--step-ms',
        '5',
        '--pod-id',
        'standin0test1',
        '--gpu-name',
        'NVIDIA RTX A6000',
        '--gpu-count',
        '2',
        '--vram-gb',
        '48',
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const rl = readline.createInterface({ input: child.stdout });
    const port = await new Promise((resolve) =>
      rl.on('line', (l) => {
        const m = /^comfy-standin listening (\d+)/.exec(l);
        if (m) resolve(m[1]);
      }),
    );
    base = `http://127.0.0.1:${port}`;
  });
  after(() => child.kill('SIGKILL'));

  test('GET / is a self-contained ComfyUI-looking page that says it is the simulator', T, async () => {
    const r = await call(base, 'GET', '/');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /text\/html/);
    assert.match(r.text, /<title>[^<]*ComfyUI[^<]*<\/title>/);
    assert.match(r.text, /id="autopod-sim-banner"/);
    assert.match(r.text, /<canvas/);
    assert.match(r.text, /simulator/);
    assert.ok(r.text.includes('standin0test1') && r.text.includes('NVIDIA RTX A6000'));
    assert.doesNotMatch(r.text, /(src|href)="(https?:)?\/\//, 'no external resources');
  });

  test(
    "GET / pulls in a front end of ComfyUI's size: dozens of JS chunks, stylesheets and fonts, a few MB",
    T,
    async () => {
      const page = await call(base, 'GET', '/');
      const assets = [...page.text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
      assert.ok(assets.length >= 40, `${assets.length} assets`);
      let total = 0;
      const types = new Set();
      for (const a of assets) {
        const r = await call(base, 'GET', a);
        assert.equal(r.status, 200, a);
        assert.equal(Number(r.headers.get('content-length')), r.buf.length);
        types.add(r.headers.get('content-type').split(';')[0]);
        total += r.buf.length;
      }
      assert.deepEqual([...types].sort(), ['font/woff2', 'text/css', 'text/javascript']);
      assert.ok(total > 3e6 && total < 8e6, `${total} bytes`);
      assert.equal((await call(base, 'GET', '/assets/nope.js')).status, 404);
    },
  );

  test('/system_stats has the real shape, one device per GPU', T, async () => {
    for (const p of ['/system_stats', '/api/system_stats']) {
      const { status, json } = await call(base, 'GET', p);
      assert.equal(status, 200);
      for (const k of [
        'os',
        'ram_total',
        'ram_free',
        'comfyui_version',
        'python_version',
        'pytorch_version',
        'embedded_python',
        'argv',
      ]) {
        assert.ok(k in json.system, k);
      }
      assert.equal(json.system.os, 'linux');
      assert.equal(json.devices.length, 2);
      assert.deepEqual(Object.keys(json.devices[0]), [
        'name',
        'type',
        'index',
        'vram_total',
        'vram_free',
        'torch_vram_total',
        'torch_vram_free',
      ]);
      assert.equal(json.devices[1].name, 'cuda:1 NVIDIA RTX A6000 : cudaMallocAsync');
      assert.ok(Math.abs(json.devices[0].vram_total / 1024 ** 3 - 48) < 0.1);
    }
  });

  test('/object_info lists the default workflow nodes', T, async () => {
    const all = await call(base, 'GET', '/object_info');
    for (const n of [
      'KSampler',
      'CheckpointLoaderSimple',
      'SaveImage',
      'CLIPTextEncode',
      'VAEDecode',
      'EmptyLatentImage',
    ])
      assert.ok(all.json[n], n);
    assert.ok(all.text.includes('"max":18446744073709551615'), 'seed max printed exactly');
    const one = await call(base, 'GET', '/api/object_info/KSampler');
    assert.deepEqual(Object.keys(one.json), ['KSampler']);
    assert.equal(one.json.KSampler.category, 'sampling');
    assert.deepEqual((await call(base, 'GET', '/object_info/NoSuchNode')).json, {});
  });

  test('POST /prompt rejects bad input with ComfyUI error shapes', T, async () => {
    let r = await call(base, 'POST', '/prompt', {});
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, {
      error: { type: 'no_prompt', message: 'No prompt provided', details: 'No prompt provided', extra_info: {} },
      node_errors: {},
    });
    r = await call(base, 'POST', '/prompt', { prompt: KSAMPLER_WORKFLOW, prompt_id: 'not-a-uuid' });
    assert.equal(r.status, 400);
    assert.equal(r.json.error.type, 'invalid_prompt_id');
    assert.equal(r.json.error.message, 'prompt_id must be a valid UUID');
    r = await call(base, 'POST', '/prompt', { prompt: { 1: { class_type: 'FancyCustomNode', inputs: {} } } });
    assert.equal(r.json.error.type, 'missing_node_type');
    r = await call(base, 'POST', '/prompt', { prompt: { 1: { class_type: 'CheckpointLoaderSimple', inputs: {} } } });
    assert.equal(r.json.error.type, 'prompt_no_outputs');
    assert.equal(r.json.error.message, 'Prompt has no outputs');
  });

  test('a queued prompt runs, lands in /history and its image is served by /view', T, async () => {
    const id = '6f1c7a52-1d2e-4a43-9a3c-1b5f0f3c9e11';
    const r = await call(base, 'POST', '/api/prompt', { prompt: KSAMPLER_WORKFLOW, client_id: 'c1', prompt_id: id });
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.json), ['prompt_id', 'number', 'node_errors']);
    assert.equal(r.json.prompt_id, id);
    const hist = await waitFor(async () => (await call(base, 'GET', `/history/${id}`)).json[id], {
      what: 'history entry',
    });
    assert.equal(hist.status.status_str, 'success');
    assert.equal(hist.status.completed, true);
    const img = hist.outputs['9'].images[0];
    assert.match(img.filename, /^autopod_\d{5}_\.png$/);
    assert.ok((await call(base, 'GET', '/history')).json[id]);
    assert.deepEqual((await call(base, 'GET', '/prompt')).json, { exec_info: { queue_remaining: 0 } });
    assert.deepEqual((await call(base, 'GET', '/queue')).json, { queue_running: [], queue_pending: [] });
    const view = await call(base, 'GET', `/view?filename=${img.filename}&subfolder=&type=output`);
    assert.equal(view.status, 200);
    assert.equal(view.headers.get('content-type'), 'image/png');
    assert.ok(view.buf.subarray(0, 8).equals(PNG_SIGNATURE));
    assert.equal((await call(base, 'GET', '/view?filename=missing.png')).status, 404);
  });

  test('POST /upload/image stores an input image /view serves back', T, async () => {
    const form = new FormData();
    const bytes = Buffer.concat([PNG_SIGNATURE, Buffer.from('fake image body')]);
    form.append('image', new Blob([bytes], { type: 'image/png' }), 'input photo.png');
    form.append('overwrite', 'true');
    const res = await fetch(`${base}/upload/image`, { method: 'POST', body: form, signal: AbortSignal.timeout(5000) });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { name: 'input photo.png', subfolder: '', type: 'input' });
    const back = await call(base, 'GET', '/view?filename=input%20photo.png&type=input');
    assert.equal(back.status, 200);
    assert.ok(back.buf.equals(bytes));
  });

  test('POST /queue clear, /interrupt, /free and /features answer', T, async () => {
    assert.equal((await call(base, 'POST', '/queue', { clear: true })).status, 200);
    assert.equal((await call(base, 'POST', '/interrupt', {})).status, 200);
    assert.equal((await call(base, 'POST', '/free', { unload_models: true, free_memory: true })).status, 200);
    const f = await call(base, 'GET', '/features');
    assert.equal(f.status, 200);
    assert.equal(typeof f.json, 'object');
  });
});

describe('through a pod tunnel', () => {
  let dir;
  let pod;
  let tun;
  before(async () => {
    dir = tempDir('comfy-test-');
    const key = clientKey(dir);
    pod = new PodHost({
      podId: 'comfytest999',
      stateDir: path.join(dir, 'pod'),
      authorizedKeys: key.pub,
      gpuName: 'NVIDIA L40S',
      vramGb: 48,
      comfyBootDelayMs: 0,
      comfyStepMs: 10,
    });
    const { port } = await pod.start();
    await waitFor(() => pod.info().comfyReady, { what: 'comfy ready' });
    tun = await tunnel({ port, key: key.key, knownHosts: path.join(dir, 'known_hosts') }, pod.info().comfyPort);
  });
  after(async () => {
    await tun?.close();
    await pod?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('WebSocket: status on connect, then progress while a prompt runs', T, async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${tun.localPort}/ws?clientId=autopod-1`);
    const msgs = [];
    ws.on('message', (d) => msgs.push(JSON.parse(d)));
    const until = (pred) => waitFor(() => msgs.find(pred), { timeoutMs: 10000, what: 'ws message' });
    try {
      const first = await until(() => true);
      assert.deepEqual(first, {
        type: 'status',
        data: { status: { exec_info: { queue_remaining: 0 } }, sid: 'autopod-1' },
      });
      const r = await call(`http://127.0.0.1:${tun.localPort}`, 'POST', '/prompt', {
        prompt: KSAMPLER_WORKFLOW,
        client_id: 'autopod-1',
      });
      const id = r.json.prompt_id;
      await until((m) => m.type === 'execution_success' && m.data.prompt_id === id);
      const types = msgs.map((m) => m.type);
      for (const t of ['execution_start', 'executing', 'progress', 'executed', 'execution_success'])
        assert.ok(types.includes(t), t);
      const progress = msgs.filter((m) => m.type === 'progress').map((m) => m.data);
      assert.deepEqual(
        progress.map((p) => [p.value, p.max]),
        [
          [1, 5],
          [2, 5],
          [3, 5],
          [4, 5],
          [5, 5],
        ],
      );
      assert.ok(progress.every((p) => p.prompt_id === id && p.node === '3'));
      const executed = msgs.find((m) => m.type === 'executed');
      assert.equal(executed.data.node, '9');
      assert.equal(executed.data.output.images[0].type, 'output');
      assert.ok(msgs.some((m) => m.type === 'executing' && m.data.node === null));
      const last = await until((m) => m.type === 'status' && msgs.indexOf(m) > types.indexOf('execution_success'));
      assert.equal(last.data.status.exec_info.queue_remaining, 0);
    } finally {
      ws.terminate();
    }
  });

  test('/view streams a large benchmark image with an exact Content-Length', T, async (t) => {
    const t0 = Date.now();
    const res = await fetch(`http://127.0.0.1:${tun.localPort}/view?filename=bench_64MB.png&type=output`, {
      signal: AbortSignal.timeout(15000),
    });
    assert.equal(res.status, 200);
    assert.equal(Number(res.headers.get('content-length')), 64 * 1024 * 1024);
    let n = 0;
    let head;
    for await (const chunk of res.body) {
      head ??= Buffer.from(chunk.subarray(0, 8));
      n += chunk.length;
    }
    assert.equal(n, 64 * 1024 * 1024);
    assert.ok(head.equals(PNG_SIGNATURE));
    t.diagnostic(`64 MiB through the ssh tunnel in ${Date.now() - t0} ms`);
  });
});
