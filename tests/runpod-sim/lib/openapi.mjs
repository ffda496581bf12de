// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The REST v2 contract: rest-v2-openapi.json (RunPod's OpenAPI 3.1 document, kept verbatim
// beside server.mjs). Routing, query parameter parsing and request-body validation come from it,
// so the simulator refuses what RunPod's contract refuses; tests validate every answer with it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

export const SPEC_FILE = new URL('../rest-v2-openapi.json', import.meta.url);
export const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
addFormats(ajv);
ajv.addFormat('float', true);
ajv.addFormat('double', true);
ajv.addSchema(spec, 'spec');

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Follows a local "$ref" (#/components/...) to the object it names. */
export function deref(obj) {
  let o = obj;
  while (o && typeof o.$ref === 'string') {
    o = o.$ref
      .slice(2)
      .split('/')
      .reduce((acc, k) => acc?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  return o;
}

// Literal segments first, so /v2/registries/delegations wins over /v2/registries/{id}.
const ROUTES = Object.entries(spec.paths)
  .map(([template, item]) => {
    const names = [];
    const rx = template
      .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`))
      .replace(/\{([^}]+)\}/g, (_, n) => {
        names.push(n);
        return '([^/]+)';
      });
    return { template, item, names, regex: new RegExp(`^${rx}$`) };
  })
  .sort((a, b) => a.names.length - b.names.length);

/**
 * The operation for a request: { operationId, op, template, pathParams, parameters } or, when the
 * path exists but not the method, { allowed: ['GET', …] }; null when no path matches.
 */
export function matchOperation(method, pathname) {
  for (const r of ROUTES) {
    const m = r.regex.exec(pathname);
    if (!m) continue;
    const pathParams = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    const op = r.item[method.toLowerCase()];
    if (!op) return { allowed: METHODS.filter((x) => r.item[x]).map((x) => x.toUpperCase()), template: r.template };
    const parameters = [...(r.item.parameters || []), ...(op.parameters || [])].map(deref);
    return { operationId: op.operationId, op, template: r.template, pathParams, parameters };
  }
  return null;
}

const compiled = new Map();
function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) {
    // Re-root local references at the spec document.
    const rooted = JSON.parse(key.replace(/"\$ref":"#\//g, '"$ref":"spec#/'));
    compiled.set(key, ajv.compile(rooted));
  }
  return compiled.get(key);
}

/** "$.gpu.allowedCudaVersions[0]" from "/gpu/allowedCudaVersions/0". */
function jsonPath(prefix, instancePath) {
  let out = prefix;
  for (const part of instancePath.split('/').slice(1)) {
    const k = part.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(k) ? `[${k}]` : `.${k}`;
  }
  return out;
}

function kind(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** ajv's errors in the wording RunPod's validator uses ("$.action: value must be one of …"). */
function describe(errors, prefix) {
  const out = [];
  for (const e of errors || []) {
    const at = jsonPath(prefix, e.instancePath);
    const p = e.params || {};
    let msg;
    switch (e.keyword) {
      case 'if':
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        continue; // their branches are reported
      case 'required':
        msg = `${at}: missing property '${p.missingProperty}'`;
        break;
      case 'additionalProperties':
        msg = `${at}: additional properties '${p.additionalProperty}' not allowed`;
        break;
      case 'unevaluatedProperties':
        msg = `${at}: additional properties '${p.unevaluatedProperty}' not allowed`;
        break;
      case 'enum':
        msg = `${at}: value must be one of ${p.allowedValues.map((v) => `'${v}'`).join(', ')}`;
        break;
      case 'type':
        msg = `${at}: got ${kind(e.data)}, want ${[].concat(p.type).join(' or ')}`;
        break;
      case 'minimum':
      case 'maximum':
        msg = `${at}: must be ${p.comparison} ${p.limit} but found ${e.data}`;
        break;
      case 'minLength':
        msg = `${at}: length must be >= ${p.limit}, but got ${String(e.data).length}`;
        break;
      case 'maxItems':
        msg = `${at}: maximum ${p.limit} items required, but found ${e.data.length} items`;
        break;
      case 'pattern':
        msg = `${at}: '${e.data}' does not match pattern '${p.pattern}'`;
        break;
      case 'format':
        msg = `${at}: '${e.data}' is not valid '${p.format}'`;
        break;
      default:
        msg = `${at}: ${e.message}`;
    }
    if (!out.includes(msg)) out.push(msg);
  }
  return out;
}

/** Validates `value` against a schema from the document; returns RunPod-style messages ([] = valid). */
export function validate(schema, value, prefix = '$') {
  const v = validatorFor(schema);
  return v(value) ? [] : describe(v.errors, prefix);
}

function coerce(raw, schema) {
  const s = deref(schema) || {};
  const type = [].concat(s.type ?? (s.$ref ? deref(s).type : undefined));
  if (type.includes('integer') || type.includes('number')) return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type.includes('boolean')) return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

/**
 * Query and header parameters of an operation, typed per the document ("a,b" → array for
 * style=form/explode=false). Returns { values, errors } with RunPod-style messages for bad ones.
 */
export function readParameters(match, url, headers) {
  const values = {};
  const errors = [];
  for (const p of match.parameters) {
    if (p.in !== 'query' && p.in !== 'header') continue;
    const raw = p.in === 'query' ? url.searchParams.get(p.name) : headers[p.name.toLowerCase()];
    if (raw == null) continue;
    const schema = deref(p.schema) || {};
    let value;
    if (schema.type === 'array') value = raw === '' ? [] : raw.split(',').map((x) => coerce(x.trim(), schema.items));
    else value = coerce(raw, schema);
    errors.push(...validate(p.schema, value, p.name));
    values[p.name] = value;
  }
  return { values, errors };
}

/** The request body schema of an operation (JSON), or null when it takes none. */
export function requestSchema(op) {
  return op.requestBody?.content?.['application/json']?.schema ?? null;
}

/**
 * Checks one answer against the document: status declared (or "default"), content type, body
 * schema. Returns a list of problems ([] = conforms). Used by the tests on every REST answer.
 */
export function checkResponse(method, pathname, status, contentType, body) {
  const match = matchOperation(method, pathname);
  if (!match || !match.op) return [`${method} ${pathname} is not an operation of the document`];
  const declared = match.op.responses[String(status)] ?? match.op.responses.default;
  if (!declared) return [`${match.operationId}: status ${status} is not declared`];
  const resp = deref(declared);
  const content = resp.content;
  if (!content)
    return body == null || body === '' ? [] : [`${match.operationId} ${status}: declares no body but one was sent`];
  const type = String(contentType || '')
    .split(';')[0]
    .trim();
  if (!content[type])
    return [
      `${match.operationId} ${status}: content type ${type || '(none)'} not in ${Object.keys(content).join(', ')}`,
    ];
  if (type === 'text/event-stream') return [];
  return validate(content[type].schema, body).map((m) => `${match.operationId} ${status}: ${m}`);
}

/**
 * Checks a request against the document: path and method, query parameters (known names, valid
 * values) and JSON body. `query` is a URLSearchParams or a plain object. Returns problems ([] = ok).
 */
export function checkRequest(method, pathname, body, query = {}) {
  const match = matchOperation(method, pathname);
  if (!match) return [`${method} ${pathname}: no such path`];
  if (!match.op) return [`${method} ${pathname}: method not allowed (${match.allowed.join(', ')})`];
  const params = query instanceof URLSearchParams ? query : new URLSearchParams(query);
  const known = new Set(match.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const out = [...params.keys()]
    .filter((k) => !known.has(k))
    .map((k) => `${match.operationId}: unknown query parameter '${k}'`);
  out.push(...readParameters(match, { searchParams: params }, {}).errors.map((e) => `${match.operationId}: ${e}`));
  const schema = requestSchema(match.op);
  if (!schema) return body == null ? out : [...out, `${match.operationId}: takes no body`];
  if (body == null) return match.op.requestBody?.required ? [...out, `${match.operationId}: body required`] : out;
  return [...out, ...validate(schema, body).map((e) => `${match.operationId}: ${e}`)];
}
