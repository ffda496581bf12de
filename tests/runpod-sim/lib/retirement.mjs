// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQL's retirement. RunPod announced that its GraphQL API retires in early 2027 and points
// every integration at REST v2; REST v1 answered 410 Gone from its retirement day on. When the
// scenario (`graphql.retired`) or /_sim/graphql says so, /graphql stops answering GraphQL:
//   gone      HTTP 410, a deprecation notice as problem details plus a GraphQL-style errors[]
//   notFound  HTTP 404, the route is gone
//   error     HTTP 200, a GraphQL error saying the API is retired (data null)
// `afterRequests: N` retires it after N more GraphQL requests (mid-run, between two calls).
import { sendJson, sendText } from './http-util.mjs';

export const MODES = ['gone', 'notFound', 'error'];

export const RETIRED_MESSAGE =
  'The Runpod GraphQL API has been retired. Use the Runpod REST API v2 at ' +
  'https://api.runpod.io/v2 instead; see https://docs.runpod.io/api-reference-v2/overview.';

/** Validates and applies a /_sim/graphql body ({retired, mode, afterRequests}). */
export function configureRetirement(state, b) {
  if (b.mode !== undefined && !MODES.includes(b.mode)) throw new Error(`mode must be one of ${MODES.join(', ')}`);
  if (
    b.afterRequests !== undefined &&
    b.afterRequests !== null &&
    !(Number.isInteger(b.afterRequests) && b.afterRequests >= 0)
  ) {
    throw new Error('afterRequests must be a whole number');
  }
  const g = state.graphql;
  if (b.mode !== undefined) g.mode = b.mode;
  if (b.retired !== undefined) g.retired = !!b.retired;
  if (b.afterRequests !== undefined) g.afterRequests = b.afterRequests;
  return { ...g };
}

/** Answers a GraphQL request as a retired endpoint would; false while GraphQL still lives. */
export function answerIfRetired(state, res, entry) {
  const g = state.graphql;
  if (!g.retired && g.afterRequests !== null) {
    if (g.afterRequests <= 0) {
      g.retired = true;
      g.afterRequests = null;
    } else g.afterRequests--;
  }
  if (!g.retired) return false;
  entry.retired = g.mode;
  switch (g.mode) {
    case 'notFound':
      sendText(res, 404, '404 page not found\n');
      break;
    case 'error':
      sendJson(res, 200, { errors: [{ message: RETIRED_MESSAGE, extensions: { code: 'API_RETIRED' } }], data: null });
      break;
    default:
      sendJson(
        res,
        410,
        {
          title: 'Gone',
          status: 410,
          detail: RETIRED_MESSAGE,
          errors: [{ message: RETIRED_MESSAGE, extensions: { code: 'GONE' } }],
        },
        {
          Link: '<https://docs.runpod.io/api-reference-v2/overview>; rel="deprecation"',
          Sunset: 'Fri, 01 Jan 2027 00:00:00 GMT',
        },
      );
  }
  return true;
}
