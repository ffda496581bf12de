// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// /proc helpers for the pod hosts: finding a pod's processes and killing them
// without leaving zombies. This container's PID 1 does not reap orphans, so a
// process whose parent dies first stays a zombie forever; trees are therefore
// killed leaves-first, letting each parent reap its own children.
import fs from 'node:fs';

/** Every process as { pid, ppid, state }. */
export function listProcs() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid: Number(name), state: rest[0], ppid: Number(rest[1]) });
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** root and all its live descendants (zombies excluded). */
export function liveTree(rootPid, procs = listProcs()) {
  const children = new Map();
  for (const p of procs) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(p);
  }
  const root = procs.find((p) => p.pid === rootPid);
  if (!root || root.state === 'Z') return [];
  const out = [];
  const walk = (p) => {
    out.push(p);
    for (const c of children.get(p.pid) ?? []) if (c.state !== 'Z') walk(c);
  };
  walk(root);
  return out;
}

export function netnsOf(pid) {
  try {
    return fs.readlinkSync(`/proc/${pid}/ns/net`);
  } catch {
    return null;
  }
}

/** Live processes (other than ourselves) whose network namespace is `ns`. */
export function netnsMembers(ns) {
  // Never the root namespace: that would be every process on the machine.
  if (!ns || ns === netnsOf(process.pid)) return [];
  return listProcs().filter((p) => p.state !== 'Z' && p.pid !== process.pid && netnsOf(p.pid) === ns);
}

function kill(pid, sig = 'SIGKILL') {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Kills rootPid's tree leaves-first; after `deadlineMs` kills whatever is left at once. */
export async function killTree(rootPid, deadlineMs = 1500) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    const procs = listProcs();
    const tree = liveTree(rootPid, procs);
    if (tree.length === 0) return;
    const inTree = new Set(tree.map((p) => p.pid));
    const parents = new Set(tree.filter((p) => inTree.has(p.ppid)).map((p) => p.ppid));
    for (const p of tree) if (!parents.has(p.pid)) kill(p.pid);
    await sleep(25);
  }
  for (const p of liveTree(rootPid)) kill(p.pid);
}

/** Kills every live process in network namespace `ns`, leaves-first, and waits until none is left. */
export async function killNetns(ns, deadlineMs = 2000) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    const members = netnsMembers(ns);
    if (members.length === 0) return true;
    const pids = new Set(members.map((p) => p.pid));
    const parents = new Set(members.filter((p) => pids.has(p.ppid)).map((p) => p.ppid));
    for (const p of members) if (!parents.has(p.pid)) kill(p.pid);
    await sleep(25);
  }
  for (const p of netnsMembers(ns)) kill(p.pid);
  return netnsMembers(ns).length === 0;
}
