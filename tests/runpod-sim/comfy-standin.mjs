#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUI stand-in for one simulated pod. Started by lib/podhost.mjs inside the
// pod's network namespace (so its port 8188 is the pod's own), or by hand:
//   node comfy-standin.mjs --port 8188 --gpu-name "NVIDIA GeForce RTX 4090" --boot-delay-ms 0
// Its port stays closed until the boot delay has passed, as a booting ComfyUI's would.
// Control on stdin (one command per line): "never-ready 1" closes the port and
// keeps it closed, "never-ready 0" opens it (once the boot delay is over); "step-ms N" sets how
// long each step of a prompt takes (a prompt runs about (nodes + sampler steps + 2) × N ms);
// "flood-stats 1" makes GET /system_stats answer 200 with a body that never ends (a broken or
// hostile pod), "flood-stats 0" answers it normally again.
// Reports on stdout: "comfy-standin started", then "comfy-standin listening <port>" /
// "comfy-standin closed" whenever the port opens or closes; with --report-connections also
// "comfy-standin connection" for every TCP connection it accepts (what reaches ComfyUI's port, from a
// browser or through a tunnel; the reader must keep reading: a full pipe would block the stand-in).
import { parseArgs } from 'node:util';
import net from 'node:net';
import readline from 'node:readline';
import { createComfyServer } from './comfy/app.mjs';

const { values: a } = parseArgs({
  options: {
    port: { type: 'string', default: '8188' },
    host: { type: 'string', default: '127.0.0.1' },
    'port-fallback': { type: 'boolean', default: false }, // port busy → take a free one
    'boot-delay-ms': { type: 'string', default: '0' },
    'never-ready': { type: 'boolean', default: false },
    'pod-id': { type: 'string', default: 'sim' },
    'gpu-name': { type: 'string', default: 'NVIDIA GeForce RTX 4090' },
    'gpu-count': { type: 'string', default: '1' },
    'vram-gb': { type: 'string', default: '24' },
    'step-ms': { type: 'string', default: '100' },
    'comfy-dir': { type: 'string' }, // ComfyUI's folder: output/, temp/ and input/ live under it
    'api-bridge': { type: 'string' }, // SOCKET:PORT: 127.0.0.1:PORT here is the simulator's API (a unix socket)
    'exit-with-stdin': { type: 'boolean', default: false }, // the pod host holds our stdin
    'report-connections': { type: 'boolean', default: false }, // a line on stdout for each accepted connection
  },
});

const { server, closeAll, setStepMs } = createComfyServer({
  podId: a['pod-id'],
  gpuName: a['gpu-name'],
  gpuCount: Number(a['gpu-count']),
  vramGb: Number(a['vram-gb']),
  stepMs: Number(a['step-ms']),
  ...(a['comfy-dir']
    ? { outputDir: `${a['comfy-dir']}/output`, tempDir: `${a['comfy-dir']}/temp`, inputDir: `${a['comfy-dir']}/input` }
    : {}),
});

let neverReady = a['never-ready'];
let floodStats = false;

// Fault: GET /system_stats answers 200, then spaces for as long as the client reads them.
{
  const handlers = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    if (!floodStats || !req.url.startsWith('/system_stats')) {
      for (const h of handlers) h.call(server, req, res);
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, ' ');
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.write('{"system": {"flood": "');
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
    };
    res.on('drain', pump);
    pump();
  });
}
if (a['report-connections']) server.on('connection', () => console.log('comfy-standin connection'));
let booted = false;
let listening = false;
let busy = false; // a listen/close is in flight

function apply() {
  const want = booted && !neverReady;
  if (busy || want === listening) return;
  busy = true;
  if (want) {
    const tryListen = (port, host) => {
      server.once('error', (e) => {
        if (e.code === 'EADDRINUSE' && a['port-fallback'] && port !== 0) return tryListen(0, host);
        // '::' needs IPv6; a namespace without it still has 127.0.0.1.
        if (e.code === 'EAFNOSUPPORT' || e.code === 'EADDRNOTAVAIL') return tryListen(port, '0.0.0.0');
        console.error(`comfy-standin: ${e.message}`);
        process.exit(1);
      });
      server.listen(port, host, () => {
        server.removeAllListeners('error');
        listening = true;
        busy = false;
        console.log(`comfy-standin listening ${server.address().port}`);
        apply();
      });
    };
    tryListen(Number(a.port), a.host);
  } else {
    server.close(() => {
      listening = false;
      busy = false;
      console.log('comfy-standin closed');
      apply();
    });
    closeAll();
  }
}

// Inside the pod's network namespace the simulator is out of reach; this bridge is the pod's
// way to the API, as a real pod reaches api.runpod.io.
if (a['api-bridge']) {
  const i = a['api-bridge'].lastIndexOf(':');
  const socketPath = a['api-bridge'].slice(0, i);
  net
    .createServer((c) => {
      const up = net.connect(socketPath);
      c.pipe(up).pipe(c);
      const drop = () => {
        c.destroy();
        up.destroy();
      };
      c.on('error', drop);
      up.on('error', drop);
    })
    .on('error', (e) => console.error(`comfy-standin: api bridge: ${e.message}`))
    .listen(Number(a['api-bridge'].slice(i + 1)), '127.0.0.1');
}

console.log('comfy-standin started');
setTimeout(() => {
  booted = true;
  apply();
}, Number(a['boot-delay-ms']));

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [cmd, arg] = line.trim().split(/\s+/);
  if (cmd === 'never-ready') {
    neverReady = arg === '1' || arg === 'true';
    apply();
  }
  if (cmd === 'step-ms' && Number(arg) >= 0) setStepMs(Number(arg));
  if (cmd === 'flood-stats') floodStats = arg === '1' || arg === 'true';
});
// The parent going away (stdin EOF) must not leave an orphan: the pod is gone.
if (a['exit-with-stdin']) process.stdin.on('end', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
