#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// runpod-sim: an offline RunPod. GraphQL at /graphql, REST v2 at /v2 (per rest-v2-openapi.json), control API
// at /_sim. Pods are real sshd + ComfyUI stand-ins (lib/podhost.mjs). Binds 127.0.0.1 only.
//
//   node server.mjs --port 0 --state-dir DIR [--scenario FILE] [--quiet]
import http from 'node:http';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenario } from './lib/scenario.mjs';
import { SimState } from './lib/state.mjs';
import { PodManager } from './lib/pods.mjs';
import { handleGraphql } from './lib/graphql-http.mjs';
import { handleControl } from './lib/control.mjs';
import { handleRest } from './lib/rest-v2.mjs';
import { PodHost } from './lib/podhost.mjs';
import { readBody, sendJson } from './lib/http-util.mjs';

const usage =
  'usage: node server.mjs --port PORT --state-dir DIR [--scenario FILE] [--quiet]\n' +
  '  FILE: a path, e.g. scenarios/fast.json; see README.md for the /_sim control routes';
let args;
try {
  ({ values: args } = parseArgs({
    options: {
      port: { type: 'string', default: '8911' },
      'state-dir': { type: 'string' },
      scenario: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
if (!args['state-dir']) {
  console.error(usage);
  process.exit(2);
}
const stateDir = resolve(args['state-dir']);
mkdirSync(stateDir, { recursive: true });
const log = args.quiet ? () => {} : (m) => process.stderr.write(`${new Date().toISOString()} ${m}\n`);

let scenario;
try {
  scenario = loadScenario(args.scenario);
} catch (e) {
  console.error(e.message);
  process.exit(2);
}
const state = new SimState({ scenario, stateDir, log, createHost: (opts) => new PodHost(opts) });
const ctx = { state, pods: new PodManager(state), hangs: new Set() };
ctx.reset = async () => {
  await ctx.pods.stopAllHosts();
  for (const res of ctx.hangs) res.destroy();
  state.load(loadScenario(args.scenario));
};

// Charge per second and stop pods when the money is gone, even if nobody is asking,
// and stop or terminate pods whose stopAfter/terminateAfter has passed.
const billingTimer = setInterval(() => {
  ctx.pods.enforceBalance().catch((e) => log(`billing: ${e}`));
  ctx.pods.enforceDeadlines().catch((e) => log(`deadlines: ${e}`));
}, 250);

async function onRequest(req, res) {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rawBody = await readBody(req);
    if (url.pathname === '/graphql') {
      if (req.method !== 'POST' && req.method !== 'GET')
        return sendJson(res, 405, { errors: [{ message: 'GraphQL only supports GET and POST requests.' }] });
      return await handleGraphql(req, res, url, rawBody, ctx);
    }
    if (url.pathname === '/_sim' || url.pathname.startsWith('/_sim/'))
      return await handleControl(req, res, url, rawBody, ctx);
    if (url.pathname.startsWith('/v2/')) return await handleRest(req, res, url, rawBody, ctx);
    sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
  } catch (e) {
    log(`request failed: ${e.stack || e}`);
    if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal Server Error' }] });
    else res.destroy();
  }
}
const server = http.createServer(onRequest);

// Processes on a pod (in its own network namespace) reach the API through this socket: the pod's
// ComfyUI stand-in bridges 127.0.0.1:18911 inside the pod to it (lib/podhost.mjs).
let apiSocket = join(stateDir, 'api.sock');
if (apiSocket.length > 100) apiSocket = join(tmpdir(), `runpod-sim-${process.pid}.sock`);
rmSync(apiSocket, { force: true });
const socketServer = http.createServer(onRequest).listen(apiSocket);
socketServer.on('error', (e) => log(`api socket: ${e.message}`));

server.listen(Number(args.port), '127.0.0.1', () => {
  const { port } = server.address();
  state.api = { socket: apiSocket, url: `http://127.0.0.1:${port}` };
  // Tests and tools wait for exactly this first line.
  process.stdout.write(`runpod-sim listening on http://127.0.0.1:${port}\n`);
});
server.on('error', (e) => {
  console.error(`runpod-sim: ${e.message}`);
  process.exit(1);
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping pods and server`);
  clearInterval(billingTimer);
  server.close();
  socketServer.close();
  for (const res of ctx.hangs) res.destroy();
  server.closeAllConnections();
  socketServer.closeAllConnections();
  rmSync(apiSocket, { force: true });
  await ctx.pods.stopAllHosts();
  process.exit(0);
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
