// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Fault injection book. A fault fires for matching requests (or newly created pods) until its
// count runs out; count null means "until removed".

export const REQUEST_FAULTS = [
  'http500',
  'http502',
  'http429',
  'httpError',
  'hang',
  'drop',
  'malformedJson',
  'graphqlError',
  'createThen500',
  'delay',
];
export const POD_FAULTS = ['podStuck', 'podDies', 'podSshRefuse', 'podComfyNeverReady', 'podError'];
export const CREATE_FIELDS = ['podFindAndDeployOnDemand', 'podRentInterruptable'];

export class FaultBook {
  constructor() {
    this.list = [];
    this.nextId = 1;
  }

  /**
   * Add a fault. Common keys: type, count (default 1; null = forever), operationName, field.
   * Type-specific: graphqlError {message, code}; http429 {retryAfter}; http500 {body};
   * httpError {status, detail}; podDies {afterMs}; podSshRefuse {ms}; podError {afterMs, reason, lines};
   * delay {ms} (the request is carried out and answered ms later).
   */
  add(spec) {
    if (!spec || ![...REQUEST_FAULTS, ...POD_FAULTS].includes(spec.type)) {
      throw new Error(`unknown fault type ${spec?.type}; one of ${[...REQUEST_FAULTS, ...POD_FAULTS].join(', ')}`);
    }
    if (spec.type === 'graphqlError' && typeof spec.message !== 'string')
      throw new Error('graphqlError needs a "message"');
    if (spec.type === 'httpError' && !(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)) {
      throw new Error('httpError needs a "status" from 400 to 599');
    }
    const fault = { count: 1, ...spec, id: String(this.nextId++), fired: 0 };
    this.list.push(fault);
    return fault;
  }

  remove(id) {
    const before = this.list.length;
    this.list = this.list.filter((f) => f.id !== String(id));
    return this.list.length !== before;
  }

  clear() {
    this.list = [];
  }

  /** Consume the first live request fault that matches this GraphQL operation. */
  takeRequestFault({ operationName, fields }) {
    return this.#take((f) => {
      if (!REQUEST_FAULTS.includes(f.type)) return false;
      if (f.operationName && f.operationName !== operationName) return false;
      if (f.field && !fields.includes(f.field)) return false;
      // A create-then-500 only makes sense on a create request.
      if (f.type === 'createThen500' && !fields.some((x) => CREATE_FIELDS.includes(x))) return false;
      return true;
    });
  }

  /** Consume every live pod fault (one of each type) for a pod being created. */
  takePodFaults() {
    const out = [];
    for (const type of POD_FAULTS) {
      const f = this.#take((x) => x.type === type);
      if (f) out.push(f);
    }
    return out;
  }

  #take(pred) {
    const f = this.list.find((x) => (x.count === null || x.fired < x.count) && pred(x));
    if (!f) return null;
    f.fired++;
    if (f.count !== null && f.fired >= f.count) this.list = this.list.filter((x) => x !== f);
    return f;
  }
}
