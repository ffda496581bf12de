// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Everything the simulator knows: scenario, account, catalog/stock, pods, pending faults and
// recorded requests. `reset()` brings it back to the scenario's starting point.
import { Catalog } from './catalog.mjs';
import { Clock } from './clock.mjs';
import { settle } from './billing.mjs';
import { FaultBook } from './faults.mjs';
import { linkSettings } from './netlink.mjs';
import { RateLimiter } from './ratelimit.mjs';

export class SimState {
  /**
   * @param {object} o
   * @param {object} o.scenario  effective scenario (see lib/scenario.mjs)
   * @param {string} o.stateDir  where pod hosts keep their files
   * @param {(opts: object) => object} o.createHost  PodHost factory
   * @param {(msg: string) => void} [o.log]
   */
  constructor({ scenario, stateDir, createHost, log = () => {} }) {
    this.stateDir = stateDir;
    this.createHost = createHost;
    this.log = log;
    this.requests = [];
    this.pods = new Map();
    this.load(scenario);
  }

  load(scenario) {
    this.scenario = structuredClone(scenario);
    const s = this.scenario;
    this.keys = s.keys || {};
    this.account = { ...s.account };
    this.networkVolumes = structuredClone(s.networkVolumes || []);
    this.podTemplates = structuredClone(s.podTemplates || []);
    this.catalog = new Catalog(s);
    this.timings = { ...s.timings };
    this.behaviour = { ...s.behaviour };
    this.network = linkSettings(s.network); // the link to every pod's SSH port (lib/netlink.mjs)
    this.storagePrices = { ...s.storagePrices };
    this.clock = new Clock(s.clock?.speed ?? 1);
    this.lastSettled = this.clock.now();
    this.faults = new FaultBook();
    for (const f of s.faults || []) this.faults.add(f);
    this.terminated = new Map(); // id → last view, for /_sim inspection only
    this.podKeys = new Map(); // pod-scoped API key → pod id
    this.ledger = new Map(); // pod id → hour → { gpu, disk } USD (lib/billing.mjs)
    this.rateLimiter = new RateLimiter(s.rateLimit);
    this.graphql = { retired: false, mode: 'gone', afterRequests: null, ...s.graphql }; // lib/retirement.mjs
    this.pods = new Map();
    this.requests = [];
  }

  /** Access of an API key: "full", "read-only", "pod:<id>" (a pod's own key) or null when unknown. */
  keyAccess(key) {
    if (key && this.podKeys.has(key)) return `pod:${this.podKeys.get(key)}`;
    return key && Object.hasOwn(this.keys, key) ? this.keys[key] : null;
  }

  balance() {
    return settle(this);
  }

  recordRequest(entry) {
    this.requests.push(entry);
    if (this.requests.length > 5000) this.requests.shift();
  }
}
