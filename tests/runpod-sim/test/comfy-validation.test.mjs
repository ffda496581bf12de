// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The ComfyUI stand-in refuses what ComfyUI refuses (validate_prompt's shapes: node_errors with
// value_not_in_list, min/max, missing inputs) and saves what it is asked for: images of the
// requested size and count, as files in its output folder named as SaveImage names them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir, waitFor } from './support/podhost-support.mjs';
import { pngSize } from '../comfy/png.mjs';

const STANDIN = fileURLToPath(new URL('../comfy-standin.mjs', import.meta.url));
const T = { timeout: 20000 };
let child;
let base;
let comfyDir;

function workflow({
  ckpt = 'sd_xl_base_1.0.safetensors',
  width = 1024,
  height = 1024,
  batch = 1,
  prefix = 'autopod',
} = {}) {
  return {
    4: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: ckpt } },
    5: { class_type: 'EmptyLatentImage', inputs: { width, height, batch_size: batch } },
    6: { class_type: 'CLIPTextEncode', inputs: { text: 'a lighthouse at dusk', clip: ['4', 1] } },
    7: { class_type: 'CLIPTextEncode', inputs: { text: 'blurry', clip: ['4', 1] } },
    3: {
      class_type: 'KSampler',
      inputs: {
        seed: 1,
        steps: 3,
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
    9: { class_type: 'SaveImage', inputs: { filename_prefix: prefix, images: ['8', 0] } },
  };
}

async function call(method, p, body) {
  const res = await fetch(`${base}${p}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(10000),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    buf,
    json: (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(buf) : undefined,
  };
}

async function run(prompt) {
  const r = await call('POST', '/prompt', { prompt });
  assert.equal(r.status, 200, JSON.stringify(r.json));
  const id = r.json.prompt_id;
  return waitFor(async () => (await call('GET', `/history/${id}`)).json[id], {
    what: 'history entry',
    timeoutMs: 15000,
  });
}

before(async () => {
  comfyDir = path.join(tempDir(), 'ComfyUI');
  child = spawn(
    process.execPath,
    [STANDIN, '--port', '0', '--host', '127.0.0.1', '--exit-with-stdin', '--step-ms', '5', '--comfy-dir', comfyDir],
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

test(
  'a checkpoint the stand-in does not list → 400 value_not_in_list in node_errors, as ComfyUI answers; nothing is queued',
  T,
  async () => {
    const r = await call('POST', '/prompt', { prompt: workflow({ ckpt: 'dreamshaper_8.safetensors' }) });
    assert.equal(r.status, 400);
    assert.deepEqual(r.json.error, {
      type: 'prompt_outputs_failed_validation',
      message: 'Prompt outputs failed validation',
      details: '',
      extra_info: {},
    });
    assert.deepEqual(Object.keys(r.json.node_errors), ['4']);
    const n = r.json.node_errors['4'];
    assert.equal(n.class_type, 'CheckpointLoaderSimple');
    assert.deepEqual(n.dependent_outputs, ['9']);
    assert.equal(n.errors.length, 1);
    assert.equal(n.errors[0].type, 'value_not_in_list');
    assert.equal(n.errors[0].message, 'Value not in list');
    assert.equal(
      n.errors[0].details,
      "ckpt_name: 'dreamshaper_8.safetensors' not in ['sd_xl_base_1.0.safetensors', 'v1-5-pruned-emaonly-fp16.safetensors']",
    );
    assert.equal(n.errors[0].extra_info.input_name, 'ckpt_name');
    assert.equal(n.errors[0].extra_info.received_value, 'dreamshaper_8.safetensors');
    assert.deepEqual(n.errors[0].extra_info.input_config[0], [
      'sd_xl_base_1.0.safetensors',
      'v1-5-pruned-emaonly-fp16.safetensors',
    ]);
    assert.deepEqual((await call('GET', '/queue')).json, { queue_running: [], queue_pending: [] });
    assert.deepEqual((await call('GET', '/history')).json, {});
  },
);

test("out-of-range and missing inputs are refused with ComfyUI's messages", T, async () => {
  const small = await call('POST', '/prompt', { prompt: workflow({ width: 8 }) });
  assert.equal(small.status, 400);
  assert.deepEqual(
    small.json.node_errors['5'].errors.map((e) => [e.type, e.message, e.details]),
    [['value_smaller_than_min', 'Value 8 smaller than min of 16', 'width']],
  );
  const big = await call('POST', '/prompt', { prompt: workflow({ height: 20000 }) });
  assert.equal(big.json.node_errors['5'].errors[0].type, 'value_bigger_than_max');
  const wf = workflow();
  delete wf[3].inputs.sampler_name;
  wf[3].inputs.scheduler = 'nonsense';
  const missing = await call('POST', '/prompt', { prompt: wf });
  assert.deepEqual(
    missing.json.node_errors['3'].errors.map((e) => e.type),
    ['required_input_missing', 'value_not_in_list'],
  );
  assert.equal(missing.json.node_errors['3'].errors[0].details, 'sampler_name');
  const text = await call('POST', '/prompt', { prompt: workflow({ width: 'wide' }) });
  assert.equal(text.json.node_errors['5'].errors[0].type, 'invalid_input_type');
  assert.equal(text.json.node_errors['5'].errors[0].message, 'Failed to convert an input value to a INT value');
});

test(
  'the requested size and batch are honoured: files in the output folder, subfolder from the prefix, /view serves them',
  T,
  async () => {
    const h = await run(workflow({ width: 768, height: 515, batch: 2, prefix: 'autopod/run' }));
    assert.equal(h.status.status_str, 'success');
    const images = h.outputs['9'].images;
    assert.deepEqual(images, [
      { filename: 'run_00001_.png', subfolder: 'autopod', type: 'output' },
      { filename: 'run_00002_.png', subfolder: 'autopod', type: 'output' },
    ]);
    for (const img of images) {
      const onDisk = fs.readFileSync(path.join(comfyDir, 'output', img.subfolder, img.filename));
      assert.deepEqual(pngSize(onDisk), { width: 768, height: 512 }, 'ComfyUI decodes latents of size/8');
      const view = await call('GET', `/view?filename=${img.filename}&subfolder=${img.subfolder}&type=output`);
      assert.equal(view.status, 200);
      assert.ok(view.buf.equals(onDisk));
    }
    assert.notDeepEqual(
      fs.readFileSync(path.join(comfyDir, 'output/autopod/run_00001_.png')),
      fs.readFileSync(path.join(comfyDir, 'output/autopod/run_00002_.png')),
    );
    // The counter continues from the files already in the folder, as SaveImage's does.
    fs.writeFileSync(path.join(comfyDir, 'output', 'later_00041_.png'), 'x');
    const next = await run(workflow({ width: 64, height: 64, prefix: 'later' }));
    assert.equal(next.outputs['9'].images[0].filename, 'later_00042_.png');
    assert.equal((await call('GET', '/view?filename=run_00001_.png&subfolder=../..&type=output')).status, 400);
  },
);

test('prompt duration follows "step-ms" on the stand-in\'s stdin', T, async () => {
  child.stdin.write('step-ms 150\n');
  const r = await call('POST', '/prompt', { prompt: workflow({ width: 64, height: 64 }) });
  const t0 = Date.now();
  await new Promise((res) => setTimeout(res, 600));
  assert.equal((await call('GET', '/prompt')).json.exec_info.queue_remaining, 1, 'still running after 0.6 s');
  await waitFor(async () => (await call('GET', `/history/${r.json.prompt_id}`)).json[r.json.prompt_id], {
    what: 'history',
    timeoutMs: 15000,
  });
  // 7 nodes + 3 sampler steps + start/cached = 12 steps of 150 ms
  assert.ok(Date.now() - t0 >= 1200, `took ${Date.now() - t0} ms`);
  child.stdin.write('step-ms 5\n');
});
