// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Helpers for the pod-host and ComfyUI tests: a throwaway client key, the real
// OpenSSH client with isolated known_hosts, tunnels, and loopback probes.
// Everything here talks to 127.0.0.1 only.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'podhost-test-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fresh ed25519 client key pair in dir; returns { key, pub }. */
export function clientKey(dir, name = 'id_ed25519') {
  const key = path.join(dir, name);
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `${name}@test`, '-f', key]);
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
  return { key, pub: fs.readFileSync(`${key}.pub`, 'utf8').trim() };
}

export function sshBaseArgs({ port, key, knownHosts }) {
  return [
    '-F',
    '/dev/null',
    '-i',
    key,
    '-o',
    'IdentitiesOnly=yes',
    '-o',
    `UserKnownHostsFile=${knownHosts}`,
    '-o',
    'StrictHostKeyChecking=accept-new',
    '-o',
    'BatchMode=yes',
    '-o',
    'ConnectTimeout=5',
    '-o',
    'ServerAliveInterval=1',
    '-o',
    'ServerAliveCountMax=3',
    '-p',
    String(port),
  ];
}

function sshArgv(conn, opts, command) {
  return [...sshBaseArgs(conn), ...opts, 'root@127.0.0.1', ...(command === undefined ? [] : [command])];
}

/** Runs `ssh <opts> root@127.0.0.1 [command]`; resolves { code, signal, stdout, stderr }. */
export function ssh(conn, { opts = [], command, input, timeoutMs = 15000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn('ssh', sshArgv(conn, opts, command), { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {});
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Starts a long-running ssh (e.g. command 'sleep 30'); returns { child, done: Promise<{code, signal, stderr}> }. */
export function sshBackground(conn, { opts = [], command } = {}) {
  const child = spawn('ssh', sshArgv(conn, opts, command), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise((r) => child.on('close', (code, signal) => r({ code, signal, stderr })));
  return { child, done };
}

export async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

/** 'open' or the connect error code (e.g. 'ECONNREFUSED'). */
export function probe(port, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    const t = setTimeout(() => {
      s.destroy();
      resolve('ETIMEDOUT');
    }, timeoutMs);
    s.once('connect', () => {
      clearTimeout(t);
      s.destroy();
      resolve('open');
    });
    s.once('error', (e) => {
      clearTimeout(t);
      resolve(e.code);
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(fn, { timeoutMs = 10000, intervalMs = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * `ssh -N -L <local>:localhost:8188` to the pod; resolves once the local port
 * accepts connections. Returns { localPort, close() }.
 */
export async function tunnel(conn, remotePort = 8188) {
  const localPort = await freePort();
  const { child, done } = sshBackground(conn, {
    opts: ['-N', '-o', 'ExitOnForwardFailure=yes', '-L', `127.0.0.1:${localPort}:localhost:${remotePort}`],
  });
  let exited = false;
  done.then(() => {
    exited = true;
  });
  await waitFor(
    async () => {
      if (exited) throw new Error(`tunnel ssh exited: ${(await done).stderr}`);
      return (await probe(localPort, 500)) === 'open';
    },
    { what: `tunnel on ${localPort}` },
  );
  return {
    localPort,
    child,
    async close() {
      if (!exited) child.kill('SIGTERM');
      await done;
    },
  };
}

/** GET through a tunnel; resolves { status, body } or { error } when the pod's port is closed. */
export async function get(localPort, p, { timeoutMs = 5000 } = {}) {
  try {
    const res = await fetch(`http://127.0.0.1:${localPort}${p}`, { signal: AbortSignal.timeout(timeoutMs) });
    return { status: res.status, body: await res.text(), headers: res.headers };
  } catch (e) {
    return { error: e.cause?.code ?? e.name ?? String(e) };
  }
}

/**
 * Zombie processes by pid → command name (to check that nothing we kill is left unreaped).
 * With parentPid, only zombies whose parent is that process: the pod host parents every
 * sshd and stand-in it starts, while orphans of unrelated processes elsewhere on the machine
 * end up under PID 1, which never reaps in this container.
 */
export function zombies(parentPid = null) {
  const out = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z' && (parentPid === null || Number(ppid) === parentPid)) out.set(Number(name), comm);
    } catch {
      /* gone */
    }
  }
  return out;
}
