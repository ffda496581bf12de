// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// REST v2 (/v2/…), routed by the OpenAPI document (lib/openapi.mjs): record → route → bearer
// auth → rate limit → faults → parameter and body validation (422 with RunPod's messages) →
// handler. Errors are RFC 9457 problem+json. Operations of the document the simulator does not
// serve (clusters, serverless, registries, …) answer 501.
import { apiKeyOf, recordRequest } from './graphql-http.mjs';
import { sendJson, sendText } from './http-util.mjs';
import { CREATE_FIELDS } from './faults.mjs';
import { matchOperation, readParameters, requestSchema, validate } from './openapi.mjs';
import { Problem, sendProblem } from './problem.mjs';
import { podHandlers, problemOf } from './rest-pods.mjs';
import { catalogHandlers } from './rest-catalog.mjs';
import { accountHandlers } from './rest-account.mjs';

const HANDLERS = { ...podHandlers, ...catalogHandlers, ...accountHandlers };
const POD_SCOPED = new Set(['listPods', 'getPod', 'updatePod', 'deletePod', 'podAction', 'getPodLogs']);

const BAD_GATEWAY_HTML =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>\n';

/** ctx = { state, pods, hangs } */
export async function handleRest(req, res, url, rawBody, ctx) {
  const { state, pods } = ctx;
  let body = null;
  let bodyError = null;
  if (rawBody) {
    try {
      body = JSON.parse(rawBody);
    } catch (e) {
      bodyError = e;
    }
  }
  const entry = recordRequest(state, req, url, rawBody, body);
  const match = matchOperation(req.method, url.pathname);
  entry.operationName = match?.operationId ?? null;
  if (!match) return sendProblem(res, 404, `no route ${req.method} ${url.pathname}`);
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization || '');
  const access = bearer ? state.keyAccess(apiKeyOf(req, url)) : null;
  if (!access) return sendProblem(res, 401, bearer ? 'invalid bearer token' : 'missing bearer token');

  const limit = state.rateLimiter.take();
  let headers = limit.headers;
  if (!limit.ok) {
    entry.rateLimited = limit.exceeded;
    return sendProblem(res, 429, `rate limit exceeded for the ${limit.exceeded} window`, undefined, {
      'Retry-After': String(limit.retryAfter),
      ...headers,
    });
  }
  try {
    if (!match.op) {
      throw new Problem(405, 'The requested method is not allowed for this path.', undefined, {
        Allow: match.allowed.join(', '),
      });
    }
    const op = match.operationId;
    const fields = op === 'createPod' ? [op, ...CREATE_FIELDS] : [op];
    const fault = state.faults.takeRequestFault({ operationName: op, fields });
    if (fault?.type === 'delay') {
      entry.fault = fault.type;
      await new Promise((resolve) => setTimeout(resolve, fault.ms ?? 3000));
    } else if (fault && fault.type !== 'createThen500') {
      entry.fault = fault.type;
      state.log(`fault ${fault.type} on ${op}`);
      return restFault(fault, res, ctx);
    }
    if (bodyError) throw new Problem(400, `request body is not valid JSON: ${bodyError.message}`);
    if (req.method !== 'GET' && access === 'read-only') throw new Problem(403, 'access denied');
    // A pod's own key (RUNPOD_API_KEY on the pod) reaches that pod and nothing else.
    const scope = access.startsWith('pod:') ? access.slice(4) : null;
    if (scope && (!POD_SCOPED.has(op) || (match.pathParams.id !== undefined && match.pathParams.id !== scope))) {
      throw new Problem(403, 'access denied');
    }
    const params = readParameters(match, url, req.headers);
    const schema = requestSchema(match.op);
    const bodyErrors = !schema ? [] : body === null ? ['$: request body is required'] : validate(schema, body);
    if (params.errors.length || bodyErrors.length) {
      throw new Problem(422, 'Request validation failed.', [...params.errors, ...bodyErrors]);
    }
    const handler = HANDLERS[op];
    if (!handler) throw new Problem(501, `the simulator does not serve ${op}`);
    const out = await handler({
      state,
      pods,
      scope,
      params: match.pathParams,
      query: params.values,
      body: body ?? {},
      req,
      res,
      headers,
      ctx,
    });
    if (out.streamed) return undefined;
    if (fault?.type === 'createThen500') {
      entry.fault = fault.type;
      entry.orphan = out.body?.id ? [out.body.id] : [];
      return sendProblem(res, 500, 'internal error', undefined, headers);
    }
    if (out.status === 204) {
      res.writeHead(204, headers);
      return res.end();
    }
    return sendJson(res, out.status, out.body, headers);
  } catch (e) {
    const p = problemOf(e);
    if (!(p instanceof Problem)) throw e;
    headers = { ...headers, ...p.headers };
    return sendProblem(res, p.status, p.message, p.errors, headers);
  }

  function restFault(fault, res2, c) {
    switch (fault.type) {
      case 'http500':
        return sendProblem(res2, 500, 'internal error', undefined, headers);
      case 'http502':
        return sendText(res2, 502, BAD_GATEWAY_HTML, 'text/html');
      case 'httpError':
        return sendProblem(res2, fault.status, fault.detail ?? 'request failed', undefined, headers);
      case 'http429': {
        // As a real 429: the exhausted window shows r=0, Retry-After is its reset time.
        const retryAfter = fault.retryAfter ?? 5;
        const window = fault.window ?? 'minute';
        return sendProblem(res2, 429, `rate limit exceeded for the ${window} window`, undefined, {
          'Retry-After': String(retryAfter),
          ...state.rateLimiter.headers({ window, retryAfter }),
        });
      }
      case 'drop':
        res2.socket?.destroy();
        return undefined;
      case 'hang':
        c.hangs.add(res2);
        res2.on('close', () => c.hangs.delete(res2));
        return undefined;
      case 'malformedJson':
        res2.writeHead(200, { 'Content-Type': 'application/json' });
        return res2.end('{"pods":[{"id":"5xpma5eg46tq');
      case 'graphqlError':
        return sendProblem(res2, 400, fault.message, undefined, headers);
      default:
        return sendProblem(res2, 500, 'internal error', undefined, headers);
    }
  }
}
