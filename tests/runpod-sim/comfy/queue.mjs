// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Prompt queue, "execution" and history of the ComfyUI stand-in. Running a
// prompt sends the WebSocket events a real ComfyUI sends (execution_start,
// executing, progress, executed, execution_success, status) on a timer, so it
// costs no CPU.
import { randomUUID } from 'node:crypto';
import { NODES } from './nodes.mjs';
import { validatePrompt } from './validate.mjs';
import { OutputStore } from './outputs.mjs';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function promptError(type, message, details = '', extraInfo = {}) {
  return { error: { type, message, details, extra_info: extraInfo }, node_errors: {} };
}

/** The structural checks ComfyUI's /prompt makes before validate_prompt. */
function checkNodes(prompt) {
  for (const [id, n] of Object.entries(prompt)) {
    if (!n || typeof n !== 'object' || !('class_type' in n)) {
      return promptError(
        'invalid_prompt',
        'Cannot execute because a node is missing the class_type property.',
        `Node ID '#${id}'`,
      );
    }
    const cls = NODES[n.class_type];
    if (!cls) {
      return promptError(
        'missing_node_type',
        `Node '${n.class_type}' not found. The custom node may not be installed.`,
        `Node ID '#${id}'`,
        { node_id: id, class_type: n.class_type, node_title: n._meta?.title ?? n.class_type },
      );
    }
  }
  return null;
}

/** Image size and count an output node will save: its upstream EmptyLatentImage (ComfyUI decodes /8 latents). */
function imageSpec(prompt, outputId) {
  const seen = new Set();
  const todo = [outputId];
  while (todo.length) {
    const id = todo.shift();
    if (seen.has(id) || !prompt[id]) continue;
    seen.add(id);
    const n = prompt[id];
    if (n.class_type === 'EmptyLatentImage') {
      const i = n.inputs;
      return { width: Math.floor(i.width / 8) * 8, height: Math.floor(i.height / 8) * 8, count: i.batch_size };
    }
    for (const v of Object.values(n.inputs ?? {})) if (Array.isArray(v) && v.length === 2) todo.push(String(v[0]));
  }
  return { width: 512, height: 512, count: 1 };
}

export class PromptQueue {
  constructor({ stepMs = 100, send, store = new OutputStore() }) {
    this.stepMs = stepMs;
    this.store = store;
    this.send = send; // (msg, sid|null) → delivers to one client or broadcasts
    this.pending = [];
    this.running = null;
    this.history = new Map();
    this.number = 0;
    this.timer = null;
  }

  remaining() {
    return this.pending.length + (this.running ? 1 : 0);
  }

  statusMessage(sid) {
    const data = { status: { exec_info: { queue_remaining: this.remaining() } } };
    if (sid) data.sid = sid;
    return { type: 'status', data };
  }

  /** POST /prompt: returns [httpStatus, body]. */
  submit(body) {
    if (!body || typeof body !== 'object' || !('prompt' in body)) {
      return [400, promptError('no_prompt', 'No prompt provided', 'No prompt provided')];
    }
    const promptId = body.prompt_id ?? randomUUID();
    if (typeof promptId !== 'string' || !UUID_RE.test(promptId)) {
      return [
        400,
        promptError('invalid_prompt_id', 'prompt_id must be a valid UUID', 'prompt_id must be a valid UUID'),
      ];
    }
    const prompt = body.prompt;
    if (!prompt || typeof prompt !== 'object' || Array.isArray(prompt)) {
      return [400, promptError('invalid_prompt', 'Invalid prompt', 'prompt must be an object')];
    }
    const err = checkNodes(prompt);
    if (err) return [400, err];
    const v = validatePrompt(prompt);
    if (!v.ok) return [400, { error: v.error, node_errors: v.nodeErrors }];
    const number = body.front ? -this.number : this.number;
    this.number++;
    const outputs = v.goodOutputs;
    const extraData = { ...(body.extra_data ?? {}), ...(body.client_id ? { client_id: body.client_id } : {}) };
    const item = [number, promptId, prompt, extraData, outputs];
    if (body.front) this.pending.unshift(item);
    else this.pending.push(item);
    this.send(this.statusMessage(), null);
    this.kick();
    return [200, { prompt_id: promptId, number, node_errors: v.nodeErrors }];
  }

  queueJson() {
    return { queue_running: this.running ? [this.running.item] : [], queue_pending: this.pending };
  }

  /** POST /queue {clear} / {delete:[ids]} — pending items only, as ComfyUI does. */
  edit(body) {
    if (body?.clear) this.pending = [];
    if (Array.isArray(body?.delete)) this.pending = this.pending.filter((it) => !body.delete.includes(it[1]));
    this.send(this.statusMessage(), null);
  }

  interrupt(promptId) {
    if (this.running && (!promptId || promptId === this.running.item[1])) this.running.interrupted = true;
  }

  historyJson(id, maxItems) {
    if (id) return this.history.has(id) ? { [id]: this.history.get(id) } : {};
    let entries = [...this.history.entries()];
    if (maxItems) entries = entries.slice(-maxItems);
    return Object.fromEntries(entries);
  }

  clearHistory(body) {
    if (body?.clear) this.history.clear();
    if (Array.isArray(body?.delete)) for (const id of body.delete) this.history.delete(id);
  }

  stop() {
    clearTimeout(this.timer);
    this.timer = null;
  }

  kick() {
    if (this.running || this.pending.length === 0) return;
    const item = this.pending.shift();
    const [, promptId, prompt, extraData, outputs] = item;
    const sid = extraData.client_id ?? null;
    const order = Object.keys(prompt);
    const steps = [];
    const ev = (type, data) => steps.push(() => this.send({ type, data }, sid));
    const startedAt = Date.now();
    ev('execution_start', { prompt_id: promptId, timestamp: startedAt });
    ev('execution_cached', { nodes: [], prompt_id: promptId, timestamp: Date.now() });
    const nodeOutputs = {};
    for (const id of order) {
      const n = prompt[id];
      ev('executing', { node: id, display_node: id, prompt_id: promptId });
      if (n.class_type === 'KSampler') {
        const max = Math.min(Math.max(Number(n.inputs?.steps) || 8, 1), 50);
        for (let v = 1; v <= max; v++) ev('progress', { value: v, max, prompt_id: promptId, node: id });
      }
      if (outputs.includes(id)) {
        const save = n.class_type === 'SaveImage';
        const prefix = save ? String(n.inputs?.filename_prefix ?? 'ComfyUI') : 'ComfyUI_temp';
        const spec = imageSpec(prompt, id);
        const seed = `${promptId}/${id}`;
        // The files are complete on disk before "executed" names them, as in ComfyUI.
        steps.push(async () => {
          const images = [];
          for (let k = 0; k < spec.count; k++) {
            images.push(
              await this.store.save(save ? 'output' : 'temp', prefix, {
                width: spec.width,
                height: spec.height,
                seed: `${seed}/${k}`,
              }),
            );
          }
          const output = { images };
          nodeOutputs[id] = output;
          this.send({ type: 'executed', data: { node: id, display_node: id, output, prompt_id: promptId } }, sid);
        });
      }
    }
    this.running = { item, interrupted: false };
    const messages = [];
    const finish = (ok) => {
      const ts = Date.now();
      const endType = ok ? 'execution_success' : 'execution_interrupted';
      const endData = ok
        ? { prompt_id: promptId, timestamp: ts }
        : {
            prompt_id: promptId,
            node_id: order[0],
            node_type: prompt[order[0]].class_type,
            executed: [],
            timestamp: ts,
          };
      messages.push(['execution_start', { prompt_id: promptId, timestamp: startedAt }], [endType, endData]);
      if (ok) this.send({ type: 'executing', data: { node: null, display_node: null, prompt_id: promptId } }, sid);
      this.send({ type: endType, data: endData }, sid);
      this.history.set(promptId, {
        prompt: item,
        outputs: ok ? nodeOutputs : {},
        status: { status_str: ok ? 'success' : 'error', completed: ok, messages },
        meta: Object.fromEntries(
          Object.keys(ok ? nodeOutputs : {}).map((id) => [
            id,
            { node_id: id, display_node: id, parent_node: null, real_node_id: id },
          ]),
        ),
      });
      this.running = null;
      this.send(this.statusMessage(), null);
      this.kick();
    };
    const tick = async () => {
      this.timer = null;
      if (this.running?.interrupted) return finish(false);
      const step = steps.shift();
      if (!step) return finish(true);
      try {
        await step();
      } catch (e) {
        console.error(`comfy-standin: ${e.stack || e}`);
      }
      this.timer = setTimeout(tick, this.stepMs);
    };
    tick();
  }
}
