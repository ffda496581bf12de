// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Pod hosts against the real OpenSSH client: key-only login, exec and PTY
// shells, the -L tunnel to the pod's own ComfyUI, isolation between pods,
// boot delay, the SSH/ComfyUI faults and a clean stop().
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PodHost, namespacesAvailable } from '../lib/podhost.mjs';
import { netnsMembers } from '../lib/podprocs.mjs';
import {
  tempDir,
  clientKey,
  ssh,
  sshBackground,
  tunnel,
  get,
  probe,
  waitFor,
  sleep,
  zombies,
} from './support/podhost-support.mjs';

const NS = namespacesAvailable();
const NO_NS = 'network namespaces are unavailable here (unshare -n failed): pods share the host network';
const T = { timeout: 30000 };

let dir;
let key;
const pods = [];
const zombiesBefore = zombies();

function newPod(name, extra = {}) {
  const pod = new PodHost({
    podId: name,
    stateDir: path.join(dir, 'pods', name),
    authorizedKeys: `${key.pub}\n`,
    comfyBootDelayMs: 0,
    comfyStepMs: 10,
    env: { RUNPOD_POD_ID: name, EXTRA_VAR: 'with "quotes" and spaces' },
    ...extra,
  });
  pods.push(pod);
  return pod;
}

async function startPod(name, extra) {
  const pod = newPod(name, extra);
  const { ip, port } = await pod.start();
  assert.equal(ip, '127.0.0.1');
  return { pod, conn: { port, key: key.key, knownHosts: path.join(dir, `known_hosts_${name}`) } };
}

before(() => {
  dir = tempDir();
  key = clientKey(dir);
});

after(async () => {
  await Promise.all(pods.map((p) => p.stop()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('one pod', () => {
  let pod;
  let conn;
  before(async () => ({ pod, conn } = await startPod('podaaaa1111', { gpuName: 'NVIDIA GeForce RTX 4090' })));

  test('key login works, exit status and pod env reach the client', T, async () => {
    const r = await ssh(conn, {
      command: 'echo "id=$RUNPOD_POD_ID extra=$EXTRA_VAR port=$RUNPOD_TCP_PORT_22 host=$(hostname)"; exit 42',
    });
    assert.equal(r.code, 42, r.stderr);
    assert.match(r.stdout, /id=podaaaa1111 extra=with "quotes" and spaces/);
    assert.match(r.stdout, new RegExp(`port=${conn.port}`));
    if (NS) assert.match(r.stdout, /host=podaaaa1111/);
  });

  test('the host key the client saw is the one info() reports', T, async () => {
    await ssh(conn, { command: 'true' });
    const r = spawnSync('ssh-keygen', ['-l', '-f', conn.knownHosts], { encoding: 'utf8' });
    assert.ok(r.stdout.includes(pod.info().hostKeyFingerprint), r.stdout);
  });

  test('a key that is not authorized is refused', T, async () => {
    const wrong = clientKey(dir, 'wrong_key');
    const r = await ssh({ ...conn, key: wrong.key }, { command: 'true' });
    assert.equal(r.code, 255);
    assert.match(r.stderr, /Permission denied \(publickey\)/);
    const log = fs.readFileSync(path.join(dir, 'pods/podaaaa1111/sshd.log'), 'utf8');
    assert.match(log, /Failed publickey for root/);
  });

  test('password login is not offered', T, async () => {
    const r = await ssh(conn, {
      opts: ['-o', 'PreferredAuthentications=password,keyboard-interactive'],
      command: 'true',
    });
    assert.equal(r.code, 255);
    assert.match(r.stderr, /Permission denied \(publickey\)/);
  });

  test('an interactive PTY shell works and starts in the pod workspace', T, async () => {
    const r = await ssh(conn, { opts: ['-tt'], input: 'tty; pwd; echo "shell-ok-$((6*7))"; exit 5\n' });
    assert.equal(r.code, 5, r.stderr);
    assert.match(r.stdout, /\/dev\/pts\/\d+/);
    assert.match(r.stdout, /shell-ok-42/);
    assert.match(r.stdout, /podaaaa1111\/workspace/);
  });

  test('ssh -L reaches the pod ComfyUI /system_stats naming its GPU', T, async () => {
    const t = await tunnel(conn, pod.info().comfyPort);
    try {
      const r = await get(t.localPort, '/system_stats');
      assert.equal(r.status, 200);
      const stats = JSON.parse(r.body);
      assert.equal(stats.devices[0].name, 'cuda:0 NVIDIA GeForce RTX 4090 : cudaMallocAsync');
    } finally {
      await t.close();
    }
  });

  test('refuseSsh: connection refused during the window, same port works after', T, async () => {
    pod.refuseSsh(800);
    assert.equal(await probe(conn.port), 'ECONNREFUSED');
    const r = await ssh(conn, { command: 'true' });
    assert.equal(r.code, 255);
    assert.match(r.stderr, /Connection refused/);
    await waitFor(async () => (await probe(conn.port)) === 'open', { what: 'port to reopen' });
    assert.equal((await ssh(conn, { command: 'echo back' })).stdout.trim(), 'back');
  });

  test('dropSshConnections kills live sessions; new ones still work', T, async () => {
    const live = sshBackground(conn, { command: 'sleep 300' });
    const tty = sshBackground(conn, { opts: ['-tt'] });
    await waitFor(() => pod.info().sshConnections >= 2, { what: 'two sessions' });
    if (NS)
      await waitFor(() => netnsMembers(netnsOf(pod)).some((p) => comm(p.pid) === 'sleep'), { what: 'remote sleep' });
    const t0 = Date.now();
    await pod.dropSshConnections();
    const [a, b] = await Promise.all([live.done, tty.done]);
    assert.equal(a.code, 255, a.stderr);
    assert.equal(b.code, 255, b.stderr);
    assert.ok(Date.now() - t0 < 5000, 'clients noticed the drop promptly');
    await waitFor(() => pod.info().sshConnections === 0, { what: 'connections gone' });
    if (NS) assert.ok(!netnsMembers(netnsOf(pod)).some((p) => comm(p.pid) === 'sleep'), 'remote sleep was killed');
    assert.equal((await ssh(conn, { command: 'echo again' })).stdout.trim(), 'again');
  });
});

describe('the SSH path', () => {
  let pod;
  let conn;
  before(async () => ({ pod, conn } = await startPod('podffff6666')));

  test('sshd gets the accepted TCP socket itself: no byte is relayed through the simulator', T, async () => {
    const live = sshBackground(conn, { command: 'sleep 300' });
    try {
      await waitFor(() => pod.info().pids.sshd.length === 1, { what: 'one sshd' });
      const [pid] = pod.info().pids.sshd;
      await waitFor(() => comm(pid) === 'sshd', { what: 'nsenter to exec sshd' });
      // The client's TCP connection lives in the host's network namespace; sshd (in the pod's) holds it.
      // sshd opens and closes files while it starts, so a descriptor may vanish between listing and
      // reading it: look again until the socket shows, rather than judging one racy snapshot.
      // If it never shows, say what sshd did hold, so a failure on another machine can be read.
      await waitFor(() => socketInodes(pid).some((inode) => hostTcpInodes().has(inode)), {
        what: 'sshd to hold a TCP socket of the host namespace',
      }).catch((e) => {
        throw new Error(
          `${e.message}: pid ${pid} (${comm(pid) || 'gone'}) holds sockets [${socketInodes(pid)}], ` +
            `ssh client: ${live.child.exitCode ?? 'running'}`,
        );
      });
    } finally {
      live.child.kill('SIGKILL');
      await live.done;
    }
  });

  test("a pod at a distance: every round trip of a login costs the link's delay, both ways", T, async () => {
    assert.deepEqual(pod.setNetwork({ oneWayDelayMs: 60 }), { oneWayDelayMs: 60, bandwidthMbps: 0 });
    try {
      const t0 = performance.now();
      const r = await ssh(conn, { command: 'echo far' });
      const ms = performance.now() - t0;
      assert.equal(r.stdout.trim(), 'far', r.stderr);
      // TCP connect, banners, KEX, service request, two publickey steps, channel open, exec: ≥ 6 round trips.
      assert.ok(ms >= 6 * 120, `login + command took ${ms.toFixed(0)} ms, less than 6 round trips of 120 ms`);
      assert.equal(pod.info().network.oneWayDelayMs, 60);
    } finally {
      pod.setNetwork({ oneWayDelayMs: 0 });
    }
    assert.throws(() => pod.setNetwork({ oneWayDelayMs: -1 }), /oneWayDelayMs/);
  });

  test('a bandwidth cap limits a download through the delayed link, and the bytes arrive intact', T, async () => {
    const download = async () => {
      const t = await tunnel(conn, pod.info().comfyPort);
      try {
        const t0 = performance.now();
        const res = await fetch(`http://127.0.0.1:${t.localPort}/view?filename=bench_4MB.png&type=output`, {
          signal: AbortSignal.timeout(20000),
        });
        const body = Buffer.from(await res.arrayBuffer());
        return { status: res.status, body, ms: performance.now() - t0 };
      } finally {
        await t.close();
      }
    };
    const direct = await download();
    pod.setNetwork({ oneWayDelayMs: 1, bandwidthMbps: 80 }); // 10 MB/s
    try {
      const capped = await download();
      assert.equal(capped.status, 200);
      assert.equal(capped.body.length, 4 * 1024 * 1024);
      assert.ok(capped.body.equals(direct.body), 'the same bytes as without the link');
      assert.ok(capped.ms >= 380, `4 MiB over 80 Mbit/s took ${capped.ms.toFixed(0)} ms (~420 expected)`);
    } finally {
      pod.setNetwork({ oneWayDelayMs: 0, bandwidthMbps: 0 });
    }
  });
});

function netnsOf(pod) {
  return fs.readlinkSync(`/proc/${pod.info().pids.holder}/ns/net`);
}
// Inodes of the TCP sockets in this process's (the host's) network namespace.
function hostTcpInodes() {
  return new Set(
    ['tcp', 'tcp6'].flatMap((f) =>
      fs
        .readFileSync(`/proc/self/net/${f}`, 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\s+/)[9])
        .filter(Boolean),
    ),
  );
}

// Inodes of the sockets a process holds; descriptors closed while we read are skipped.
function socketInodes(pid) {
  let fds = [];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return [];
  }
  return fds.flatMap((fd) => {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
      return inode ? [inode] : [];
    } catch {
      return [];
    }
  });
}

function comm(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

test('two pods each have their own localhost:8188', T, async (t) => {
  if (!NS) return t.skip(NO_NS);
  const a = await startPod('podbbbb2222', { gpuName: 'NVIDIA A40', vramGb: 48 });
  const b = await startPod('podcccc3333', { gpuName: 'NVIDIA H100 80GB HBM3', vramGb: 80, gpuCount: 2 });
  assert.notEqual(a.pod.info().hostKeyFingerprint, b.pod.info().hostKeyFingerprint);
  const ta = await tunnel(a.conn);
  const tb = await tunnel(b.conn);
  try {
    const sa = JSON.parse((await get(ta.localPort, '/system_stats')).body);
    const sb = JSON.parse((await get(tb.localPort, '/system_stats')).body);
    assert.deepEqual(
      sa.devices.map((d) => d.name),
      ['cuda:0 NVIDIA A40 : cudaMallocAsync'],
    );
    assert.deepEqual(
      sb.devices.map((d) => d.name),
      ['cuda:0 NVIDIA H100 80GB HBM3 : cudaMallocAsync', 'cuda:1 NVIDIA H100 80GB HBM3 : cudaMallocAsync'],
    );
    // Neither stand-in listens in the host's namespace.
    const ss = spawnSync('ss', ['-ltnp'], { encoding: 'utf8' }).stdout;
    for (const p of [a.pod, b.pod]) assert.ok(!ss.includes(`pid=${p.info().pids.holder},`), ss);
  } finally {
    await ta.close();
    await tb.close();
    await a.pod.stop();
    await b.pod.stop();
  }
});

test('ComfyUI answers only after its boot delay', T, async () => {
  const { pod, conn } = await startPod('poddddd4444', { comfyBootDelayMs: 1500 });
  const t0 = Date.now();
  const tun = await tunnel(conn, pod.info().comfyPort);
  try {
    const early = await get(tun.localPort, '/system_stats');
    assert.ok(early.error, `expected a failed request before boot, got ${early.status}`);
    assert.equal(pod.info().comfyReady, false);
    await waitFor(() => pod.info().comfyReady, { what: 'comfy ready' });
    assert.ok(Date.now() - t0 >= 1400, 'not ready before the delay');
    assert.equal((await get(tun.localPort, '/system_stats')).status, 200);
  } finally {
    await tun.close();
    await pod.stop();
  }
});

test('comfyNeverReady keeps the port closed until cleared', T, async () => {
  const { pod, conn } = await startPod('podeeee5555', { comfyNeverReady: true });
  const tun = await tunnel(conn, pod.info().comfyPort);
  try {
    await sleep(500);
    assert.equal(pod.info().comfyReady, false);
    assert.ok((await get(tun.localPort, '/system_stats')).error);
    pod.setComfyNeverReady(false);
    await waitFor(() => pod.info().comfyReady, { what: 'comfy ready' });
    assert.equal((await get(tun.localPort, '/system_stats')).status, 200);
    pod.setComfyNeverReady(true); // a running ComfyUI "dies"
    await waitFor(() => !pod.info().comfyReady, { what: 'comfy closed' });
    assert.ok((await get(tun.localPort, '/system_stats')).error);
  } finally {
    await tun.close();
    await pod.stop();
  }
});

test('sshRefuseMs refuses right after start, then accepts', T, async () => {
  const { pod, conn } = await startPod('podffff6666', { sshRefuseMs: 700 });
  try {
    assert.equal(await probe(conn.port), 'ECONNREFUSED');
    await waitFor(async () => (await probe(conn.port)) === 'open', { what: 'ssh port open' });
    assert.equal((await ssh(conn, { command: 'echo up' })).stdout.trim(), 'up');
  } finally {
    await pod.stop();
  }
});

test(
  'stop() leaves nothing listening or running, even with live sessions; restart gets a new host key and port',
  T,
  async () => {
    const { pod, conn } = await startPod('podgggg7777');
    const before = pod.info();
    const live = sshBackground(conn, { command: 'sleep 300' });
    const tty = sshBackground(conn, { opts: ['-tt'] });
    tty.child.stdin.write('(setsid sleep 301 &) ; echo started\n');
    await waitFor(() => pod.info().sshConnections === 2, { what: 'two sessions' });
    await sleep(300);
    const pids = [pod.info().pids.holder, ...pod.info().pids.sshd];
    const ns = NS ? netnsOf(pod) : null;
    await pod.stop();
    await pod.stop(); // idempotent
    await Promise.all([live.done, tty.done]);
    assert.equal(await probe(conn.port), 'ECONNREFUSED');
    for (const pid of pids) assert.ok(!fs.existsSync(`/proc/${pid}`) || comm(pid) === '', `pid ${pid} still exists`);
    if (NS) assert.deepEqual(netnsMembers(ns), []);
    const ss = spawnSync('ss', ['-ltn'], { encoding: 'utf8' }).stdout;
    assert.ok(!new RegExp(`127\\.0\\.0\\.1:${conn.port}\\b`).test(ss), ss);

    const again = await pod.start();
    try {
      assert.notEqual(pod.info().hostKeyFingerprint, before.hostKeyFingerprint);
      const r = await ssh(
        { ...conn, port: again.port, knownHosts: path.join(dir, 'kh_restart') },
        { command: 'echo resumed' },
      );
      assert.equal(r.stdout.trim(), 'resumed');
    } finally {
      await pod.stop();
    }
  },
);

// A process a session deliberately detached (setsid …&) is already an orphan of
// PID 1 when stop() kills it; this container's PID 1 never reaps, so such a
// process stays a zombie. Only what the pod host itself parents is checked.
test('no zombie sshd, shell or stand-in is left behind by the suite', T, async () => {
  await Promise.all(pods.map((p) => p.stop()));
  await sleep(200);
  const fresh = [...zombies(process.pid)].filter(
    ([pid, name]) => !zombiesBefore.has(pid) && /sshd|bash|nsenter|unshare/.test(name),
  );
  assert.deepEqual(fresh, []);
});
