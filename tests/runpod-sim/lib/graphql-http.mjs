// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// POST/GET /graphql: record → retired? → authenticate → parse → request faults → validate → execute.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, getOperationAST, parse, validate, GraphQLError } from 'graphql';
import { MSG } from './errors.mjs';
import { createRootValue } from './resolvers.mjs';
import { sendJson, sendText } from './http-util.mjs';
import { answerIfRetired } from './retirement.mjs';

const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));
export const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
const rootValue = createRootValue();

const BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>cloudflare</center>
</body>
</html>
`;

/** API key from `Authorization: Bearer KEY` or, the older style, `?api_key=KEY`. */
export function apiKeyOf(req, url) {
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization || '');
  return m ? m[1].trim() : url.searchParams.get('api_key');
}

/** Record what the client sent; tests read it back through /_sim/requests. */
export function recordRequest(state, req, url, rawBody, parsed) {
  const entry = {
    seq: state.requests.length ? state.requests[state.requests.length - 1].seq + 1 : 1,
    time: new Date().toISOString(),
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    rawBody,
    body: parsed ?? null,
    operationName: parsed?.operationName ?? null,
    variables: parsed?.variables ?? null,
  };
  state.recordRequest(entry);
  return entry;
}

function readParams(req, url, rawBody) {
  if (req.method === 'GET') {
    const vars = url.searchParams.get('variables');
    return {
      query: url.searchParams.get('query'),
      operationName: url.searchParams.get('operationName'),
      variables: vars ? JSON.parse(vars) : null,
    };
  }
  return JSON.parse(rawBody);
}

/** Handle one /graphql request. `ctx` = { state, pods, hangs }. */
export async function handleGraphql(req, res, url, rawBody, ctx) {
  const { state } = ctx;
  let params = null;
  let bodyError = null;
  try {
    params = readParams(req, url, rawBody);
  } catch (e) {
    bodyError = e;
  }
  const entry = recordRequest(state, req, url, rawBody, params);
  if (answerIfRetired(state, res, entry)) return;
  const access = state.keyAccess(apiKeyOf(req, url));
  if (!access) return sendJson(res, 401, { errors: [{ message: MSG.unauthorized }] });
  if (bodyError) return sendJson(res, 400, { errors: [{ message: `Body is not valid JSON: ${bodyError.message}` }] });
  if (!params || typeof params.query !== 'string' || !params.query) {
    return sendJson(res, 400, { errors: [{ message: 'Must provide query string.' }] });
  }
  let document;
  try {
    document = parse(params.query);
  } catch (e) {
    return sendJson(res, 400, { errors: [e instanceof GraphQLError ? e.toJSON() : { message: String(e) }] });
  }
  const operationName = params.operationName ?? null;
  const op = getOperationAST(document, operationName);
  entry.operationName = operationName ?? op?.name?.value ?? null;
  const fields = op ? op.selectionSet.selections.filter((s) => s.kind === 'Field').map((s) => s.name.value) : [];
  entry.fields = fields;

  const fault = state.faults.takeRequestFault({ operationName: entry.operationName, fields });
  if (fault) {
    entry.fault = fault.type;
    state.log(`fault ${fault.type} on ${entry.operationName ?? fields.join(',')}`);
    const handled = answerFault(fault, res, fields, ctx);
    if (handled) return;
  }

  const errors = validate(schema, document);
  if (errors.length) return sendJson(res, 400, { errors: errors.map((e) => e.toJSON()) });
  if (fault?.type === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms ?? 3000));
  if (req.method === 'GET' && op?.operation === 'mutation') {
    return sendJson(res, 405, { errors: [{ message: 'Can only perform a mutation operation from a POST request.' }] });
  }

  const result = await execute({
    schema,
    document,
    rootValue,
    operationName,
    variableValues: params.variables ?? undefined,
    contextValue: { state, pods: ctx.pods, access },
  });
  if (fault?.type === 'createThen500') {
    // The pod exists and bills, but the client never learns its id.
    entry.orphan = result.data
      ? Object.values(result.data)
          .map((v) => v?.id)
          .filter(Boolean)
      : [];
    return sendText(res, 500, 'Internal Server Error\n');
  }
  sendJson(res, 200, result);
}

/** Answer with the fault; false means "continue normally, then act" (createThen500). */
function answerFault(fault, res, fields, ctx) {
  switch (fault.type) {
    case 'http500':
      sendText(res, 500, fault.body ?? 'Internal Server Error\n');
      return true;
    case 'http502':
      sendText(res, 502, BAD_GATEWAY_HTML, 'text/html');
      return true;
    case 'http429':
      res.setHeader('Retry-After', String(fault.retryAfter ?? 5));
      sendJson(res, 429, { errors: [{ message: 'Too Many Requests' }] });
      return true;
    case 'drop':
      // The API is unreachable: the connection closes without an answer (a reset, a dead endpoint).
      res.socket?.destroy();
      return true;
    case 'hang':
      // Never answer; the socket is destroyed when the client gives up or the server stops.
      ctx.hangs.add(res);
      res.on('close', () => ctx.hangs.delete(res));
      return true;
    case 'malformedJson':
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"data":{"' + (fields[0] ?? 'myself') + '":{"id":"5xpma5eg46tq');
      return true;
    case 'graphqlError': {
      const field = fault.field ?? fields[0] ?? null;
      const err = { message: fault.message, path: field ? [field] : undefined };
      if (fault.code) err.extensions = { code: fault.code };
      sendJson(res, 200, { errors: [err], data: field ? { [field]: null } : null });
      return true;
    }
    default:
      return false;
  }
}
