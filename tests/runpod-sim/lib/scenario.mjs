// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Scenario loading: scenarios/default.json, optionally deep-merged with a --scenario file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deepMerge } from './util.mjs';

export const DEFAULT_SCENARIO = fileURLToPath(new URL('../scenarios/default.json', import.meta.url));

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`cannot load scenario ${file}: ${e.message}`);
  }
}

/**
 * Load the effective scenario. A file with `"extends": null` stands alone; otherwise it is
 * merged over default.json (objects key by key, arrays replace — so a file that lists
 * gpuTypes lists all of them).
 */
export function loadScenario(file) {
  const base = readJson(DEFAULT_SCENARIO);
  if (!file) return base;
  const over = readJson(file);
  if (Object.hasOwn(over, 'extends') && over.extends === null) return over;
  delete over.extends;
  return deepMerge(base, over);
}
