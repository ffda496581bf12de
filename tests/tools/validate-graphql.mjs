#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Validates autopod's GraphQL documents against the schema copy the simulator serves.
//
//   node validate-graphql.mjs --schema tests/runpod-sim/schema.graphql resources/graphql/*.graphql
//   node validate-graphql.mjs --schema ... --expect-invalid some-bad.graphql
//
// Rules checked for every document, beyond graphql-js's validation:
//   - exactly one operation, named exactly like the file (CreatePod.graphql -> CreatePod);
//   - no literal values in arguments: everything a caller chooses travels in variables.
// Before checking anything, the tool checks itself on built-in bad documents (a field that does
// not exist, a CUDA field on PodResumeInput, an inline literal) and fails if it accepts one of them.
//
// graphql-js comes from tests/runpod-sim/node_modules (installed by packaging/setup.sh).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const simDir = resolve(here, '../runpod-sim');
const require = createRequire(resolve(simDir, 'package.json'));
const { buildSchema, parse, validate, visit, Kind } = require('graphql');

function usage(message) {
  console.error(`validate-graphql: ${message}`);
  console.error('usage: validate-graphql.mjs [--schema FILE] [--expect-invalid] DOCUMENT...');
  process.exit(2);
}

/** Problems with one document (an empty list when it is fine). */
export function checkDocument(schema, source, expectedName) {
  let document;
  try {
    document = parse(source);
  } catch (e) {
    return [`syntax: ${e.message}`];
  }
  const problems = validate(schema, document).map((e) => e.message);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) problems.push(`expected exactly one operation, found ${operations.length}`);
  for (const op of operations) {
    if (!op.name) problems.push('the operation has no name');
    else if (expectedName && op.name.value !== expectedName) {
      problems.push(`operation "${op.name.value}" should be named like its file ("${expectedName}")`);
    }
  }
  // Literals inside arguments are what string interpolation would produce: refuse them.
  const literalKinds = new Set([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.NULL]);
  let inArgument = 0;
  visit(document, {
    Argument: { enter: () => void inArgument++, leave: () => void inArgument-- },
    enter(node) {
      if (inArgument > 0 && literalKinds.has(node.kind)) {
        const where = node.loc ? ` at line ${node.loc.startToken.line}` : '';
        problems.push(`literal ${node.kind} value in an argument${where}: pass it as a variable`);
      }
    },
  });
  return problems;
}

const SELF_CHECKS = [
  ['NoSuchField', 'query NoSuchField { datacenters { id } }'],
  ['ResumeWithCuda',
    'mutation ResumeWithCuda($podId: String!, $v: [String]) { podResume(input: { podId: $podId, allowedCudaVersions: $v }) { id } }'],
  ['InlineLiteral', 'query InlineLiteral { pod(input: { podId: "abc" }) { id } }'],
  ['TerminateWithSelection', 'mutation TerminateWithSelection($podId: String!) { podTerminate(input: { podId: $podId }) { id } }'],
  ['Anonymous', '{ myself { id } }'],
];

function main(argv) {
  let schemaFile = resolve(simDir, 'schema.graphql');
  let expectInvalid = false;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--schema') schemaFile = argv[++i] ?? usage('--schema needs a file');
    else if (argv[i] === '--expect-invalid') expectInvalid = true;
    else if (argv[i].startsWith('--')) usage(`unknown option ${argv[i]}`);
    else files.push(argv[i]);
  }
  if (!files.length) usage('no documents given');
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));

  for (const [name, source] of SELF_CHECKS) {
    if (checkDocument(schema, source, name === 'Anonymous' ? null : name).length === 0) {
      console.error(`validate-graphql: self-check failed: the bad document "${name}" was accepted`);
      process.exit(3);
    }
  }

  let failed = 0;
  for (const file of files) {
    const expected = basename(file).replace(/\.graphql$/, '');
    const problems = checkDocument(schema, readFileSync(file, 'utf8'), expected);
    if (problems.length) {
      failed++;
      console.log(`${expectInvalid ? 'rejected (expected)' : 'INVALID'}: ${file}`);
      for (const p of problems) console.log(`  - ${p}`);
    } else {
      console.log(`${expectInvalid ? 'ACCEPTED (should be invalid)' : 'ok'}: ${file}`);
    }
  }
  const ok = expectInvalid ? failed === files.length : failed === 0;
  console.log(`${files.length} document(s), ${failed} invalid; ${ok ? 'PASS' : 'FAIL'}`);
  process.exit(ok ? 0 : 1);
}

main(process.argv.slice(2));
