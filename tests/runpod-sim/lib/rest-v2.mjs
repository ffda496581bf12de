// REST v2 pod subset — not implemented yet.
import { sendJson } from './http-util.mjs';

export async function handleRest(req, res, url) {
  sendJson(res, 404, { title: 'Not Found', status: 404, detail: `no route ${req.method} ${url.pathname}` });
}
