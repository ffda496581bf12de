// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// One simulated pod for the SSH tests and the tunnel benchmark: a real OpenSSH sshd (inetd mode,
// own network namespace) with the ComfyUI stand-in on the pod's localhost:8188.
//
//   node pod-fixture.mjs --authorized-keys <file> [--state-dir <dir>] [--boot-delay-ms N] [--env NAME=VALUE]…
//
// Prints {"ip","port","hostKeyFingerprint"} as JSON on its first line, then reads commands on stdin:
//   drop          kill every live SSH connection (the client sees a reset)
//   refuse <ms>   refuse new SSH connections for ms
//   network <oneWayDelayMs> [bandwidthMbps]   put the pod at a distance (new connections; 0 0 = direct)
//   flood-stats <0|1>   ComfyUI answers GET /system_stats with 200 and a body that never ends (1) or normally
//   stop          stop the pod and exit (also on stdin EOF)
// Each command is answered with one JSON line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { PodHost } from '../runpod-sim/lib/podhost.mjs';

function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const keysFile = arg('authorized-keys');
// Each --env NAME=VALUE is set in the pod's SSH sessions (PodHost's env option).
const env = {};
process.argv.forEach((a, i) => {
    const v = a === '--env' ? process.argv[i + 1] ?? '' : '';
    const eq = v.indexOf('=');
    if (eq > 0) env[v.slice(0, eq)] = v.slice(eq + 1);
});
const stateDir = arg('state-dir') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'autopod-pod-'));
const ownStateDir = !arg('state-dir');
const host = new PodHost({
    podId: arg('pod-id', 'sshtestpod01'),
    stateDir,
    authorizedKeys: keysFile ? fs.readFileSync(keysFile, 'utf8') : '',
    comfyBootDelayMs: Number(arg('boot-delay-ms', '0')),
    env,
    log: (m) => { if (process.env.POD_FIXTURE_VERBOSE) process.stderr.write(`${m}\n`); },
});

let stopping = null;
async function stop(code = 0) {
    if (!stopping) {
        stopping = host.stop().then(() => {
            if (ownStateDir) fs.rmSync(stateDir, { recursive: true, force: true });
        });
    }
    await stopping;
    process.exit(code);
}
process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));

try {
    const { ip, port } = await host.start();
    process.stdout.write(`${JSON.stringify({ ip, port, hostKeyFingerprint: host.hostKeyFingerprint, stateDir })}\n`);
} catch (e) {
    process.stdout.write(`${JSON.stringify({ error: String(e.message ?? e) })}\n`);
    await stop(1);
}

const rl = readline.createInterface({ input: process.stdin });
rl.on('line', async (line) => {
    const [cmd, value] = line.trim().split(/\s+/);
    if (cmd === 'drop') {
        const n = host.conns.size;
        await host.dropSshConnections();
        process.stdout.write(`${JSON.stringify({ dropped: n })}\n`);
    } else if (cmd === 'refuse') {
        host.refuseSsh(Number(value));
        process.stdout.write(`${JSON.stringify({ refusing: Number(value) })}\n`);
    } else if (cmd === 'network') {
        try {
            const bw = line.trim().split(/\s+/)[2];
            const network = host.setNetwork({ oneWayDelayMs: Number(value), bandwidthMbps: Number(bw ?? 0) });
            process.stdout.write(`${JSON.stringify({ network })}\n`);
        } catch (e) {
            process.stdout.write(`${JSON.stringify({ error: e.message })}\n`);
        }
    } else if (cmd === 'flood-stats') {
        host.setComfyFloodStats(value === '1');
        process.stdout.write(`${JSON.stringify({ floodStats: value === '1' })}\n`);
    } else if (cmd === 'info') {
        process.stdout.write(`${JSON.stringify(host.info())}\n`);
    } else if (cmd === 'stop') {
        await stop(0);
    } else if (cmd) {
        process.stdout.write(`${JSON.stringify({ error: `unknown command ${cmd}` })}\n`);
    }
});
rl.on('close', () => stop(0));
