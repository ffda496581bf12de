// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Every GraphQL document real RunPod tools send (runpod-python, runpodctl, SkyPilot, dstack)
// validates against schema.graphql and runs through the server; known-bad documents get
// graphql-js's own messages with HTTP 400.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { DOCUMENTS, REJECTED } from './fixtures/api-md-documents.mjs';
import { NO_BOOT, startSim, SIM_DIR } from './support/sim.mjs';

const schema = buildSchema(readFileSync(`${SIM_DIR}/schema.graphql`, 'utf8'));
let sim;
before(async () => {
  sim = await startSim({ scenario: NO_BOOT });
});
after(async () => {
  await sim.stop();
});

for (const doc of DOCUMENTS) {
  test(`tool document ${doc.name} validates and executes`, async () => {
    assert.deepEqual(
      validate(schema, parse(doc.query)).map((e) => e.message),
      [],
    );
    const r = await sim.gql(doc.query, doc.variables);
    assert.equal(r.status, 200, JSON.stringify(r));
    assert.ok(r.data, `no data: ${JSON.stringify(r)}`);
    // Mutations on a made-up pod id may fail at execution time, never in validation.
    if (!doc.mutation) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  });
}

for (const bad of REJECTED) {
  test(`rejected with graphql-js's message: ${bad.query}`, async () => {
    const r = await sim.gql(bad.query);
    assert.equal(r.status, 400);
    assert.equal(r.data, undefined);
    assert.equal(r.errors[0].message, bad.message);
    assert.ok(Array.isArray(r.errors[0].locations) && r.errors[0].locations[0].line >= 1);
  });
}

test("syntax errors answer 400 with graphql-js's Syntax Error", async () => {
  const r = await sim.gql('{ myself { id ');
  assert.equal(r.status, 400);
  assert.match(r.errors[0].message, /^Syntax Error: Expected Name, found <EOF>\.$/);
});

test('missing query and non-JSON bodies answer 400', async () => {
  const a = await sim.post({ variables: {} });
  assert.equal(a.status, 400);
  assert.equal(a.json.errors[0].message, 'Must provide query string.');
  const b = await sim.post('{"query": ');
  assert.equal(b.status, 400);
  assert.ok(b.json.errors[0].message);
});

test('podTerminate has no selection set and answers null', async () => {
  const r = await sim.gql('mutation { podTerminate(input: {podId: "x"}) { id } }');
  assert.equal(r.status, 400);
  assert.match(
    r.errors[0].message,
    /Field "podTerminate" must not have a selection since type "Void" has no subfields\./,
  );
});

test('GET /graphql with a query parameter works for queries', async () => {
  const url = new URL('/graphql', sim.url);
  url.searchParams.set('query', '{ myself { id } }');
  const res = await fetch(url, { headers: { Authorization: 'Bearer rp_sim_full_access' } });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).data.myself.id, 'user_2PyTJrLzeuwfZilRZ7JhCQDuSqo');
});
