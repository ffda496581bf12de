// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2's per-user rate limit: fixed windows (minute, hour, day) on the real clock, reported on
// every authenticated answer with the IETF draft headers RateLimit / RateLimit-Policy. A request
// over quota is answered 429 with the exhausted window at r=0 and Retry-After = its reset time.

export const WINDOWS = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86400],
];

export class RateLimiter {
  /** @param {{minute?: number, hour?: number, day?: number}} quota  requests per window */
  constructor(quota = {}, now = () => Date.now()) {
    this.quota = { minute: 60, hour: 3000, day: 50000, ...quota };
    this.now = now;
    this.used = {}; // window → { start, count }
  }

  #window(name, w) {
    const start = Math.floor(this.now() / (w * 1000)) * w * 1000;
    if (this.used[name]?.start !== start) this.used[name] = { start, count: 0 };
    return this.used[name];
  }

  #resetIn(name, w) {
    return Math.max(1, Math.ceil((this.#window(name, w).start + w * 1000 - this.now()) / 1000));
  }

  /** Counts one request. Returns { ok, exceeded, retryAfter, headers }. */
  take() {
    const over = WINDOWS.filter(([name, w]) => this.#window(name, w).count >= this.quota[name]);
    if (over.length) {
      const retryAfter = Math.max(...over.map(([name, w]) => this.#resetIn(name, w)));
      return { ok: false, exceeded: over[0][0], retryAfter, headers: this.headers() };
    }
    for (const [name, w] of WINDOWS) this.#window(name, w).count++;
    return { ok: true, exceeded: null, retryAfter: 0, headers: this.headers() };
  }

  /** Headers as they stand; `forced` = { window, retryAfter } shows that window exhausted (fault). */
  headers(forced = null) {
    const live = WINDOWS.map(([name, w]) => {
      if (forced?.window === name) return `"${name}";r=0;t=${forced.retryAfter}`;
      const left = Math.max(0, this.quota[name] - this.#window(name, w).count);
      return `"${name}";r=${left};t=${this.#resetIn(name, w)}`;
    });
    return {
      RateLimit: live.join(', '),
      'RateLimit-Policy': WINDOWS.map(([name, w]) => `"${name}";q=${this.quota[name]};w=${w}`).join(', '),
    };
  }
}
