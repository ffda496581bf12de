// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// HTTP + WebSocket routes of the ComfyUI stand-in (shapes from ComfyUI's
// server.py). Every route also answers under /api.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { NODES, objectInfoJson } from './nodes.mjs';
import { PromptQueue } from './queue.mjs';
import { OutputStore } from './outputs.mjs';
import { gradientPng, benchPng, BENCH_RE } from './png.mjs';
import { indexHtml } from './page.mjs';
import { frontendAssets } from './frontend.mjs';

const GiB = 1024 ** 3;

function systemStats(o) {
  const devices = [];
  for (let i = 0; i < o.gpuCount; i++) {
    const total = Math.round(o.vramGb * GiB * 0.9999);
    devices.push({
      name: `cuda:${i} ${o.gpuName} : cudaMallocAsync`,
      type: 'cuda',
      index: i,
      vram_total: total,
      vram_free: total - 1061158912,
      torch_vram_total: 1073741824,
      torch_vram_free: 58720256,
    });
  }
  return {
    system: {
      os: 'linux',
      ram_total: 67260375040,
      ram_free: 31234567890,
      comfyui_version: '0.3.44',
      required_frontend_version: '1.23.4',
      installed_templates_version: '0.8.42',
      required_templates_version: '0.8.42',
      comfy_package_versions: {
        'comfyui-frontend-package': '1.23.4',
        'comfyui-workflow-templates': '0.8.42',
        'comfyui-embedded-docs': '0.2.4',
      },
      python_version: '3.12.4 (main, Jun  7 2024, 06:33:07) [GCC 12.2.0]',
      pytorch_version: '2.7.1+cu126',
      embedded_python: false,
      deploy_environment: 'local-git',
      argv: ['main.py', '--listen', '0.0.0.0', '--port', '8188'],
    },
    devices,
  };
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(data) });
  res.end(data);
}

async function readJson(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > 16 * 1024 * 1024) throw new Error('body too large');
    chunks.push(c);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** Creates the stand-in's http.Server (not yet listening). */
export function createComfyServer(opts) {
  const o = { podId: 'sim', gpuName: 'NVIDIA GeForce RTX 4090', gpuCount: 1, vramGb: 24, stepMs: 100, ...opts };
  const sockets = new Map(); // sid → ws
  const deliver = (msg, sid) => {
    const text = JSON.stringify(msg);
    if (sid) sockets.get(sid)?.send(text);
    else for (const ws of sockets.values()) ws.send(text);
  };
  const store = new OutputStore({ outputDir: o.outputDir, tempDir: o.tempDir, inputDir: o.inputDir });
  const queue = new PromptQueue({ stepMs: o.stepMs, send: deliver, store });

  const routes = {
    'GET /': (req, res) => send(res, 200, indexHtml(o), 'text/html; charset=utf-8'),
    'GET /system_stats': (req, res) => send(res, 200, systemStats(o)),
    'GET /features': (req, res) => send(res, 200, { supports_preview_metadata: true, max_upload_size: 104857600 }),
    'GET /queue': (req, res) => send(res, 200, queue.queueJson()),
    'POST /queue': async (req, res) => {
      queue.edit(await readJson(req));
      send(res, 200, '');
    },
    'GET /prompt': (req, res) => send(res, 200, { exec_info: { queue_remaining: queue.remaining() } }),
    'POST /prompt': async (req, res) => {
      let body;
      try {
        body = await readJson(req);
      } catch {
        return send(res, 400, {
          error: { type: 'invalid_prompt', message: 'Invalid JSON body', details: '', extra_info: {} },
          node_errors: {},
        });
      }
      const [status, out] = queue.submit(body);
      send(res, status, out);
    },
    'GET /history': (req, res, url) =>
      send(res, 200, queue.historyJson(null, Number(url.searchParams.get('max_items')) || 0)),
    'POST /history': async (req, res) => {
      queue.clearHistory(await readJson(req));
      send(res, 200, '');
    },
    'POST /interrupt': async (req, res) => {
      let body = {};
      try {
        body = await readJson(req);
      } catch {
        /* empty body is fine */
      }
      queue.interrupt(body.prompt_id);
      send(res, 200, '');
    },
    'POST /free': async (req, res) => {
      await readJson(req).catch(() => ({}));
      send(res, 200, '');
    },
    'GET /object_info': (req, res) => send(res, 200, objectInfoJson(NODES), 'application/json; charset=utf-8'),
    'GET /embeddings': (req, res) => send(res, 200, []),
    'GET /extensions': (req, res) => send(res, 200, []),
    'GET /view': (req, res, url) => view(req, res, url),
    'POST /upload/image': (req, res) => upload(req, res),
  };

  // Minimal multipart parsing: the "image" part goes to the input folder (or memory), so
  // /view?type=input can serve it back.
  async function upload(req, res) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '');
    const chunks = [];
    let size = 0;
    for await (const c of req) {
      size += c.length;
      if (size > 104857600) return send(res, 413, '', 'text/plain'); // ComfyUI's default max_upload_size
      chunks.push(c);
    }
    const body = Buffer.concat(chunks);
    if (!boundary) return send(res, 400, '', 'text/plain');
    const sep = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
    let pos = body.indexOf(sep);
    while (pos !== -1) {
      const next = body.indexOf(sep, pos + sep.length);
      if (next === -1) break;
      const part = body.subarray(pos + sep.length + 2, next - 2);
      const split = part.indexOf('\r\n\r\n');
      const head = part.subarray(0, split).toString('utf8');
      const name = /filename="([^"]*)"/.exec(head)?.[1];
      if (/name="image"/.test(head) && name) {
        const safe = name.replace(/[\\/]/g, '_');
        store.putInput(safe, part.subarray(split + 4));
        return send(res, 200, { name: safe, subfolder: '', type: 'input' });
      }
      pos = next;
    }
    send(res, 400, '', 'text/plain');
  }

  function view(req, res, url) {
    const filename = url.searchParams.get('filename') ?? '';
    const subfolder = url.searchParams.get('subfolder') ?? '';
    const type = url.searchParams.get('type') ?? 'output';
    if (
      !filename ||
      filename.includes('/') ||
      filename.includes('..') ||
      subfolder.split('/').includes('..') ||
      !['output', 'input', 'temp'].includes(type)
    ) {
      return send(res, 400, '', 'text/plain');
    }
    const bench = BENCH_RE.exec(filename);
    if (bench) {
      const png = benchPng(Number(bench[1]) * 1024 * 1024);
      res.writeHead(200, {
        'Content-Type': 'image/png',
        'Content-Length': png.size,
        'Content-Disposition': `filename="${filename}"`,
      });
      return png.write(res);
    }
    const data = store.read(type, subfolder, filename);
    if (data) {
      res.writeHead(200, {
        'Content-Type': 'image/png',
        'Content-Length': data.length,
        'Content-Disposition': `filename="${filename}"`,
      });
      return res.end(data);
    }
    if (filename !== 'example.png') return send(res, 404, '404: Not Found', 'text/plain');
    const png = gradientPng(filename);
    res.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': png.length,
      'Content-Disposition': `filename="${filename}"`,
    });
    res.end(png);
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = url.pathname.replace(/^\/api(?=\/)/, '');
      const route = routes[`${req.method} ${path}`];
      if (route) return await route(req, res, url);
      const asset = req.method === 'GET' && frontendAssets().get(path);
      if (asset) return send(res, 200, asset.body, asset.type);
      let m;
      if (req.method === 'GET' && (m = /^\/history\/([^/]+)$/.exec(path)))
        return send(res, 200, queue.historyJson(m[1]));
      if (req.method === 'GET' && (m = /^\/object_info\/([^/]+)$/.exec(path))) {
        const name = decodeURIComponent(m[1]);
        return send(res, 200, NODES[name] ? objectInfoJson({ [name]: NODES[name] }) : '{}');
      }
      send(res, 404, '404: Not Found', 'text/plain');
    } catch (e) {
      if (!res.headersSent) send(res, 500, '500 Internal Server Error\n\nServer got itself in trouble', 'text/plain');
      else res.destroy();
    }
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname !== '/ws' && url.pathname !== '/api/ws') return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      const sid = url.searchParams.get('clientId') || randomUUID().replaceAll('-', '');
      sockets.get(sid)?.close();
      sockets.set(sid, ws);
      ws.on('close', () => {
        if (sockets.get(sid) === ws) sockets.delete(sid);
      });
      ws.on('message', (data) => {
        // ComfyUI answers a client's feature_flags message with its own flags.
        try {
          const m = JSON.parse(data);
          if (m?.type === 'feature_flags')
            ws.send(
              JSON.stringify({
                type: 'feature_flags',
                data: { supports_preview_metadata: true, max_upload_size: 104857600 },
              }),
            );
        } catch {
          /* ignore non-JSON */
        }
      });
      ws.send(JSON.stringify(queue.statusMessage(sid)));
    });
  });

  const closeAll = () => {
    queue.stop();
    for (const ws of sockets.values()) ws.terminate();
    server.closeAllConnections?.();
  };
  return {
    server,
    queue,
    closeAll,
    setStepMs: (ms) => {
      queue.stepMs = ms;
    },
  };
}
