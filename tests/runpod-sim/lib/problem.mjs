// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RFC 9457 problem details, the error body of every REST v2 answer (application/problem+json).

export const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Thrown by REST handlers; the dispatcher answers it as problem+json. */
export class Problem extends Error {
  constructor(status, detail, errors, headers = {}) {
    super(detail);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

export function sendProblem(res, status, detail, errors, headers = {}) {
  const body = { title: TITLES[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) };
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/problem+json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
