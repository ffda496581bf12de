// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// One simulated pod as a real machine on this host: its own network namespace
// (so its localhost:8188 is its own), a ComfyUI stand-in inside it, and a public
// SSH port on 127.0.0.1 where every accepted connection is handed to a fresh Debian
// `sshd -i` (inetd mode) entered into the pod's namespace, optionally through a
// delayed link (lib/netlink.mjs). See docs/podhost.md.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { killTree, killNetns, netnsOf } from './podprocs.mjs';
import { isDirect, linkSettings, relayThroughLink } from './netlink.mjs';

const SSHD = '/usr/sbin/sshd';
const STANDIN = fileURLToPath(new URL('../comfy-standin.mjs', import.meta.url));
const COMFY_PORT = 8188;
// Where processes on a pod reach the simulated API (the stand-in bridges it to the simulator).
const API_PORT_IN_POD = 18911;

let nsAvailable;
let utsAvailable;
/**
 * Whether `unshare -n` works here (detected once). Without it pods share the host's
 * network. AUTOPOD_SIM_NO_NETNS=1 forces that fallback (to test it).
 */
export function namespacesAvailable() {
  if (nsAvailable === undefined) {
    nsAvailable =
      process.env.AUTOPOD_SIM_NO_NETNS !== '1' &&
      spawnSync('unshare', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  }
  return nsAvailable;
}
// A UTS namespace too lets each pod have its pod id as hostname; optional.
function hostnameNamespaceAvailable() {
  if (utsAvailable === undefined)
    utsAvailable = spawnSync('unshare', ['-n', '-u', 'true'], { stdio: 'ignore' }).status === 0;
  return utsAvailable;
}

async function pickComfyPort() {
  for (const port of [COMFY_PORT, 0]) {
    const s = net.createServer();
    try {
      await new Promise((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', resolve);
      });
      const picked = s.address().port;
      await new Promise((r) => s.close(r));
      return picked;
    } catch {
      /* taken: try a free one */
    }
  }
  return 0;
}

/** "SHA256:…" of an OpenSSH public key line, as ssh-keygen -l prints it. */
export function fingerprint(pubKeyLine) {
  const blob = Buffer.from(pubKeyLine.trim().split(/\s+/)[1], 'base64');
  return `SHA256:${crypto.createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

// sshd_config takes double-quoted arguments; a value with a newline cannot be expressed.
function cfgq(value) {
  return `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
const quoteSetEnv = (name, value) => cfgq(`${name}=${value}`);
// POSIX shell single-quoting.
const shq = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;

function waitForLine(rl, pattern, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      rl.off('line', onLine);
      reject(new Error(`${what}: no "${pattern}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onLine = (line) => {
      if (!line.includes(pattern)) return;
      clearTimeout(timer);
      rl.off('line', onLine);
      resolve(line);
    };
    rl.on('line', onLine);
  });
}

export class PodHost {
  constructor(opts) {
    this.o = {
      gpuName: 'NVIDIA GeForce RTX 4090',
      gpuDisplayName: 'RTX 4090',
      gpuCount: 1,
      vramGb: 24,
      comfyBootDelayMs: 3000,
      comfyNeverReady: false,
      sshRefuseMs: 0,
      comfyStepMs: 100,
      authorizedKeys: '',
      env: {},
      log: () => {},
      network: {},
      ...opts,
    };
    this.network = linkSettings(this.o.network);
    if (!this.o.podId || !this.o.stateDir) throw new Error('PodHost needs podId and stateDir');
    this.ip = '127.0.0.1';
    this.port = null;
    this.conns = new Set(); // { socket, child }
    this.links = new Set(); // relays of connections accepted through a delayed link
    this.server = null;
    this.inner = null; // the delayed link's far end: hands its connections to sshd
    this.refuseTimer = null;
    this.running = false;
    this.stopping = null;
    this.comfyReady = false;
    this.comfyPort = null;
    this.comfyConnections = 0; // TCP connections the stand-in accepted
    this.useNetns = namespacesAvailable();
    this.useUts = this.useNetns && hostnameNamespaceAvailable();
  }

  log(msg) {
    this.o.log(`[pod ${this.o.podId}] ${msg}`);
  }

  file(name) {
    return path.join(this.o.stateDir, name);
  }

  // The pod's /workspace: the volume disk outlives the container when the pod has one (o.workspaceDir).
  get workspace() {
    return this.o.workspaceDir ?? this.file('workspace');
  }

  async start() {
    if (this.running) throw new Error(`pod ${this.o.podId} is already started`);
    this.running = true;
    this.stopping = null;
    try {
      this.prepareDirs();
      this.generateHostKey();
      await this.startStandin();
      await this.listen(0);
      this.writeSshdConfig();
      if (this.o.sshRefuseMs > 0) this.refuseSsh(this.o.sshRefuseMs);
      this.log(`up: ssh root@${this.ip} -p ${this.port} (${this.hostKeyFingerprint}), netns ${this.useNetns}`);
      return { ip: this.ip, port: this.port };
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  prepareDirs() {
    const d = this.o.stateDir;
    for (const dir of [d, this.file('home'), this.workspace]) fs.mkdirSync(dir, { recursive: true });
    // sshd -i refuses to run without its privilege-separation directory.
    fs.mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
    const keys = String(this.o.authorizedKeys ?? '')
      .replace(/\r/g, '')
      .trim();
    fs.writeFileSync(this.file('authorized_keys'), `${keys}\n`, { mode: 0o600 });
    // The pod's own HOME, so sessions read these instead of the host's dotfiles.
    const profile =
      `# autopod RunPod simulator, pod ${this.o.podId}\n` +
      `[ -f ~/.bashrc ] && . ~/.bashrc\ncd ${shq(this.workspace)} 2>/dev/null\n`;
    fs.writeFileSync(this.file('home/.profile'), profile);
    fs.writeFileSync(this.file('home/.bash_profile'), profile);
    fs.writeFileSync(
      this.file('home/.bashrc'),
      `[ -n "$PS1" ] && PS1=${shq(`root@${this.o.podId}:\\w# `)}\nexport POD_WORKSPACE=${shq(this.workspace)}\n`,
    );
  }

  // A real pod's container disk is wiped on stop, so every start shows a new host key.
  generateHostKey() {
    const key = this.file('ssh_host_ed25519_key');
    fs.rmSync(key, { force: true });
    fs.rmSync(`${key}.pub`, { force: true });
    const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `root@${this.o.podId}`, '-f', key], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr || r.error}`);
    this.hostKeyFingerprint = fingerprint(fs.readFileSync(`${key}.pub`, 'utf8'));
  }

  async startStandin() {
    const o = this.o;
    const args = [
      STANDIN,
      '--port',
      String(COMFY_PORT),
      '--boot-delay-ms',
      String(o.comfyBootDelayMs),
      '--pod-id',
      o.podId,
      '--gpu-name',
      o.gpuName,
      '--gpu-count',
      String(o.gpuCount),
      '--vram-gb',
      String(o.vramGb),
      '--step-ms',
      String(o.comfyStepMs),
      '--exit-with-stdin',
      '--report-connections', // counted in info().comfyConnections
      ...(o.standinArgs ?? []),
    ];
    // o.api = { socket, url }: inside its own network namespace the pod reaches the API through a bridge.
    if (o.api && this.useNetns) args.push('--api-bridge', `${o.api.socket}:${API_PORT_IN_POD}`);
    if (o.comfyNeverReady) args.push('--never-ready');
    let cmd;
    let argv;
    if (this.useNetns) {
      // The stand-in is the namespace's holder: unshare → sh → exec node keeps one pid.
      args.push('--host', '::');
      cmd = 'unshare';
      argv = [
        '-n',
        ...(this.useUts ? ['-u'] : []),
        '--',
        'sh',
        '-c',
        'ip link set lo up && { [ -z "$1" ] || hostname "$1"; } && shift && exec "$@"',
        'pod-holder',
        this.useUts ? o.podId : '',
        process.execPath,
        ...args,
      ];
    } else {
      // Shared network: only the first pod gets 127.0.0.1:8188, later ones a free
      // port, known up front so info().comfyPort can name it (see docs/podhost.md).
      args[2] = String(await pickComfyPort());
      args.push('--host', '127.0.0.1', '--port-fallback');
      cmd = process.execPath;
      argv = args;
    }
    const child = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.holder = child;
    this.holderExited = new Promise((r) => child.once('exit', r));
    this.comfyPort = this.useNetns ? COMFY_PORT : Number(args[2]);
    child.stdin.on('error', () => {});
    const logFile = fs.createWriteStream(this.file('comfy.log'), { flags: 'a' });
    child.stderr.on('data', (d) => logFile.write(d));
    const rl = readline.createInterface({ input: child.stdout });
    rl.on('line', (line) => {
      if (line === 'comfy-standin connection') {
        ++this.comfyConnections; // counted, not logged: a page load makes dozens
        return;
      }
      logFile.write(`${line}\n`);
      const m = /^comfy-standin listening (\d+)/.exec(line);
      if (m) {
        this.comfyReady = true;
        this.comfyPort = Number(m[1]);
        this.log(`ComfyUI stand-in ready on ${m[1]}`);
      }
      if (line.startsWith('comfy-standin closed')) this.comfyReady = false;
    });
    child.once('exit', (code, sig) => {
      this.comfyReady = false;
      logFile.end();
      if (this.running && !this.stopping) this.log(`stand-in exited unexpectedly (${code ?? sig})`);
    });
    const failed = new Promise((_, reject) =>
      child.once('exit', (code) => reject(new Error(`stand-in exited with ${code} (see ${this.file('comfy.log')})`))),
    );
    failed.catch(() => {});
    // Generous: on a loaded 2-core machine a pod's Node process can take tens of seconds to start,
    // and giving up would turn the simulator's own slowness into a broken pod (runtime null forever).
    await Promise.race([waitForLine(rl, 'comfy-standin started', 90000, 'ComfyUI stand-in'), failed]);
    if (this.useNetns) {
      this.netns = netnsOf(child.pid);
      if (!this.netns || this.netns === netnsOf(process.pid))
        throw new Error('stand-in is not in its own network namespace');
      // Held open until stop() is done: a namespace lives while a file refers to it, so its
      // number (net:[N]) cannot pass to a pod started meanwhile, whose processes killNetns()
      // would then kill (a new pod's stand-in died of SIGKILL while another pod stopped).
      this.netnsFd = fs.openSync(`/proc/${child.pid}/ns/net`, 'r');
      if (netnsOf(child.pid) !== this.netns) throw new Error('stand-in left its network namespace');
    }
  }

  writeSshdConfig() {
    const env = {
      RUNPOD_POD_ID: this.o.podId,
      RUNPOD_TCP_PORT_22: String(this.port),
      RUNPOD_GPU_COUNT: String(this.o.gpuCount),
      AUTOPOD_SIM: '1',
      HOME: this.file('home'),
      ...(this.o.api
        ? { RUNPOD_API_BASE_URL: this.useNetns ? `http://127.0.0.1:${API_PORT_IN_POD}` : this.o.api.url }
        : {}),
      ...this.o.env,
    };
    const setEnv = Object.entries(env)
      .filter(([k, v]) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) && !/[\r\n]/.test(String(v)))
      .map(([k, v]) => quoteSetEnv(k, v));
    const lines = [
      `# sshd for simulated pod ${this.o.podId}; run per connection as sshd -i (inetd mode)`,
      `HostKey ${cfgq(this.file('ssh_host_ed25519_key'))}`,
      'PidFile none',
      `AuthorizedKeysFile ${cfgq(this.file('authorized_keys'))}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      'AllowTcpForwarding yes',
      'PermitTTY yes',
      'X11Forwarding no',
      'PrintMotd no',
      'PrintLastLog no',
      'PermitUserRC no',
      'LogLevel VERBOSE',
      'Subsystem sftp /usr/lib/openssh/sftp-server',
      ...(setEnv.length ? [`SetEnv ${setEnv.join(' ')}`] : []),
    ];
    fs.writeFileSync(this.file('sshd_config'), `${lines.join('\n')}\n`);
  }

  // Listens on 127.0.0.1:port (0 = pick one); a refused window reuses the same port.
  async listen(port, attempts = 1) {
    const server = net.createServer({ pauseOnConnect: true, allowHalfOpen: true }, (socket) =>
      this.onPublicConnection(socket),
    );
    for (let i = 0; ; i++) {
      try {
        await new Promise((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, this.ip, () => {
            server.off('error', reject);
            resolve();
          });
        });
        break;
      } catch (e) {
        if (i + 1 >= attempts) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    this.server = server;
    this.port = server.address().port;
  }

  /**
   * The link to this pod from now on: { oneWayDelayMs, bandwidthMbps } (0 = none). Read when a
   * connection is accepted: live connections keep the link they were accepted on.
   */
  setNetwork(settings) {
    this.network = linkSettings({ ...this.network, ...settings });
    this.log(
      `network: one-way delay ${this.network.oneWayDelayMs} ms, bandwidth ${this.network.bandwidthMbps || 'unlimited'} Mbit/s`,
    );
    return this.network;
  }

  onPublicConnection(socket) {
    if (!this.running || this.stopping) return socket.destroy();
    if (isDirect(this.network)) return this.handToSshd(socket);
    this.startInner().then(
      (port) => {
        if (!this.running || this.stopping) return socket.destroy();
        const link = relayThroughLink(socket, port, '127.0.0.1', this.network);
        this.links.add(link);
        socket.once('close', () => this.links.delete(link));
        socket.resume();
      },
      (e) => {
        this.log(`delayed link failed: ${e.message}`);
        socket.destroy();
      },
    );
  }

  // The far end of the delayed link: a loopback listener whose connections go to sshd as they are.
  startInner() {
    if (!this.inner) {
      this.inner = new Promise((resolve, reject) => {
        const server = net.createServer({ pauseOnConnect: true }, (s) => this.handToSshd(s));
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve(server));
      });
    }
    return this.inner.then((server) => server.address().port);
  }

  // As on a real pod, sshd gets the TCP connection itself (inetd mode: socket on stdin and stdout);
  // no byte passes through Node. Node keeps its (never read) copy only to reset the connection
  // on a drop fault.
  handToSshd(socket) {
    if (!this.running || this.stopping) return socket.destroy();
    const sshdArgs = ['-i', '-f', this.file('sshd_config'), '-E', this.file('sshd.log')];
    const [cmd, argv] = this.useNetns
      ? ['nsenter', ['-t', String(this.holder.pid), '-n', ...(this.useUts ? ['-u'] : []), SSHD, ...sshdArgs]]
      : [SSHD, sshdArgs];
    socket.on('error', () => {});
    let child;
    try {
      child = spawn(cmd, argv, { stdio: [socket, socket, 'pipe'] });
    } catch (e) {
      this.log(`sshd spawn failed: ${e.message}`);
      return socket.destroy();
    }
    const conn = { socket, child, exited: false };
    this.conns.add(conn);
    this.log(`ssh connection from ${socket.remotePort} → sshd ${child.pid}`);
    child.on('error', (e) => {
      this.log(`sshd spawn failed: ${e.message}`);
      socket.destroy();
    });
    child.stderr.on('data', (d) => this.log(`sshd: ${String(d).trim()}`));
    child.on('exit', () => {
      conn.exited = true;
      this.conns.delete(conn);
      if (!socket.destroyed) socket.destroy();
    });
  }

  /** Fault: refuse new SSH connections (connection refused, as with sshd not up yet) for ms from now. */
  refuseSsh(ms) {
    if (!this.running || this.stopping) return;
    this.refuseUntil = Math.max(this.refuseUntil ?? 0, Date.now() + ms);
    if (this.server) {
      this.server.close(); // live connections stay; only the listening socket goes
      this.server = null;
      this.log(`refusing SSH for ${ms} ms`);
    }
    clearTimeout(this.refuseTimer);
    this.refuseTimer = setTimeout(() => this.reopen(), this.refuseUntil - Date.now());
  }

  async reopen() {
    this.refuseTimer = null;
    if (!this.running || this.stopping || this.server) return;
    try {
      await this.listen(this.port, 50);
      this.log(`accepting SSH again on ${this.port}`);
    } catch (e) {
      this.log(`could not re-listen on ${this.port}: ${e.message}`);
    }
  }

  /** Fault: kill every live SSH connection (the client sees a reset); new ones are still accepted. */
  async dropSshConnections() {
    const conns = [...this.conns];
    const links = [...this.links];
    this.log(`dropping ${conns.length} SSH connection(s)`);
    for (const l of links) l.client.resetAndDestroy();
    // sshd shares the socket: once it is dead, closing Node's copy with SO_LINGER 0 sends the reset.
    await Promise.all(conns.map((c) => killTree(c.child.pid)));
    for (const c of conns) if (!c.socket.destroyed) c.socket.resetAndDestroy();
    for (const l of links) l.close();
  }

  /** Fault: ComfyUI answers GET /system_stats with 200 and a body without end (or normally again). */
  setComfyFloodStats(flood) {
    this.holder?.stdin.write(`flood-stats ${flood ? 1 : 0}\n`);
  }

  setComfyNeverReady(neverReady) {
    this.o.comfyNeverReady = !!neverReady;
    this.holder?.stdin.write(`never-ready ${neverReady ? 1 : 0}\n`);
  }

  info() {
    return {
      ip: this.ip,
      port: this.port,
      hostKeyFingerprint: this.hostKeyFingerprint,
      sshConnections: this.conns.size,
      sshAccepting: !!this.server,
      comfyReady: this.comfyReady,
      comfyPort: this.comfyPort,
      comfyConnections: this.comfyConnections,
      netns: this.useNetns,
      network: this.network,
      pids: {
        holder: this.holder?.pid ?? null,
        comfy: this.holder?.pid ?? null,
        sshd: [...this.conns].map((c) => c.child.pid),
      },
    };
  }

  /** Kills everything this pod started and closes its port. Idempotent. */
  stop() {
    if (!this.stopping) this.stopping = this.doStop();
    return this.stopping;
  }

  async doStop() {
    clearTimeout(this.refuseTimer);
    this.refuseTimer = null;
    this.server?.close();
    this.server = null;
    const inner = this.inner;
    this.inner = null;
    inner?.then(
      (server) => server.close(),
      () => {},
    );
    for (const l of [...this.links]) l.close();
    const conns = [...this.conns];
    await Promise.all(conns.map((c) => killTree(c.child.pid)));
    for (const c of conns) c.socket.destroy();
    // Anything a session left behind (nohup, setsid) is still in the pod's namespace.
    if (this.netns) await killNetns(this.netns);
    if (this.holder && this.holder.exitCode === null && this.holder.signalCode === null) {
      this.holder.kill('SIGKILL');
      await this.holderExited;
    }
    if (this.netnsFd !== undefined) {
      fs.closeSync(this.netnsFd);
      this.netnsFd = undefined;
    }
    this.comfyReady = false;
    this.running = false;
    this.log('stopped');
  }
}
