// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Prompt validation as ComfyUI does it before queueing (execution.py validate_prompt /
// validate_inputs): every output node's inputs are checked, recursively through its links, and a
// refusal names each failing node in node_errors with the outputs that depend on it.
import { NODES } from './nodes.mjs';

/** Python's str() of a value, as ComfyUI's messages print lists ("['a.safetensors', 'b']"). */
function pyStr(v) {
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  return String(v);
}
function pyRepr(v) {
  if (typeof v === 'string') return v.includes("'") && !v.includes('"') ? `"${v}"` : `'${v.replaceAll("'", "\\'")}'`;
  if (Array.isArray(v)) return pyStr(v);
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v === null || v === undefined) return 'None';
  return String(v);
}

function reason(type, message, details, extraInfo) {
  return { type, message, details, extra_info: extraInfo };
}

/** Python int()/float()/str() of a literal input; throws with Python's wording. */
function convert(type, val) {
  if (type === 'INT') {
    if (typeof val === 'boolean') return val ? 1 : 0;
    if (typeof val === 'number' && Number.isFinite(val)) return Math.trunc(val);
    if (typeof val === 'string' && /^\s*[-+]?\d+\s*$/.test(val)) return Number(val);
    throw new Error(`invalid literal for int() with base 10: ${pyRepr(val)}`);
  }
  if (type === 'FLOAT') {
    if (typeof val === 'boolean') return val ? 1 : 0;
    if (typeof val === 'number') return val;
    if (typeof val === 'string' && val.trim() !== '' && !Number.isNaN(Number(val))) return Number(val);
    throw new Error(`could not convert string to float: ${pyRepr(val)}`);
  }
  if (type === 'STRING') return typeof val === 'string' ? val : JSON.stringify(val);
  return val;
}

function validateInputs(prompt, id, validated) {
  if (validated.has(id)) return validated.get(id);
  const node = prompt[id];
  const cls = NODES[node.class_type];
  const inputs = node.inputs ?? {};
  const errors = [];
  let valid = true;
  for (const [x, info] of Object.entries(cls.input.required)) {
    const typeInput = info[0];
    const extra = info[1] ?? {};
    if (!(x in inputs)) {
      errors.push(reason('required_input_missing', 'Required input is missing', x, { input_name: x }));
      continue;
    }
    const val = inputs[x];
    if (Array.isArray(val)) {
      if (val.length !== 2) {
        errors.push(
          reason('bad_linked_input', 'Bad linked input, must be a length-2 list of [node_id, slot_index]', x, {
            input_name: x,
            input_config: info,
            received_value: val,
          }),
        );
        continue;
      }
      const [oId, slot] = val;
      const linked = prompt[String(oId)];
      if (!linked || !NODES[linked.class_type]) {
        valid = false;
        validated.set(String(oId), [
          false,
          [
            reason('exception_during_inner_validation', 'Exception when validating inner node', pyRepr(String(oId)), {
              input_name: x,
              input_config: info,
              exception_message: pyRepr(String(oId)),
              exception_type: 'KeyError',
              linked_node: val,
            }),
          ],
          String(oId),
        ]);
        continue;
      }
      const received = NODES[linked.class_type].output[slot];
      if (typeof typeInput === 'string' && received !== typeInput) {
        errors.push(
          reason(
            'return_type_mismatch',
            'Return type mismatch between linked nodes',
            `${x}, ${received} != ${typeInput}`,
            { input_name: x, input_config: info, received_type: received, linked_node: val },
          ),
        );
        continue;
      }
      if (validateInputs(prompt, String(oId), validated)[0] === false) valid = false;
      continue;
    }
    let v;
    try {
      v = convert(typeInput, val);
    } catch (e) {
      errors.push(
        reason(
          'invalid_input_type',
          `Failed to convert an input value to a ${typeInput} value`,
          `${x}, ${pyStr(val)}, ${e.message}`,
          { input_name: x, input_config: info, received_value: val, exception_message: e.message },
        ),
      );
      continue;
    }
    inputs[x] = v;
    if (extra.min !== undefined && v < extra.min) {
      errors.push(
        reason('value_smaller_than_min', `Value ${v} smaller than min of ${extra.min}`, x, {
          input_name: x,
          input_config: info,
          received_value: v,
        }),
      );
      continue;
    }
    if (extra.max !== undefined && v > extra.max) {
      errors.push(
        reason('value_bigger_than_max', `Value ${v} bigger than max of ${extra.max}`, x, {
          input_name: x,
          input_config: info,
          received_value: v,
        }),
      );
      continue;
    }
    if (Array.isArray(typeInput) && !typeInput.includes(v)) {
      // ComfyUI does not send back long lists (lots of scanned model files).
      const long = typeInput.length > 20;
      errors.push(
        reason(
          'value_not_in_list',
          'Value not in list',
          `${x}: ${pyRepr(v)} not in ${long ? `(list of length ${typeInput.length})` : pyStr(typeInput)}`,
          { input_name: x, input_config: long ? null : info, received_value: v },
        ),
      );
    }
  }
  const ret = [errors.length === 0 && valid, errors, id];
  validated.set(id, ret);
  return ret;
}

/**
 * validate_prompt: { ok, error, goodOutputs, nodeErrors }. A prompt is refused only when no
 * output validates; outputs that fail are dropped and reported in node_errors either way.
 */
export function validatePrompt(prompt) {
  const outputs = Object.keys(prompt).filter((id) => NODES[prompt[id].class_type].output_node);
  if (outputs.length === 0) {
    return {
      ok: false,
      error: reason('prompt_no_outputs', 'Prompt has no outputs', '', {}),
      goodOutputs: [],
      nodeErrors: {},
    };
  }
  const good = [];
  const failed = [];
  const nodeErrors = {};
  const validated = new Map();
  for (const o of outputs) {
    const [valid, reasons] = validateInputs(prompt, o, validated);
    if (valid) {
      good.push(o);
      continue;
    }
    failed.push([o, reasons]);
    for (const [nodeId, [ok, rs]] of validated) {
      // Nodes downstream of a failing one are invalid without errors of their own: not reported.
      if (ok || rs.length === 0) continue;
      nodeErrors[nodeId] ??= { errors: rs, dependent_outputs: [], class_type: prompt[nodeId]?.class_type };
      nodeErrors[nodeId].dependent_outputs.push(o);
    }
  }
  if (good.length === 0) {
    const details = failed.flatMap(([, rs]) => rs.map((r) => `${r.message}: ${r.details}`)).join('\n');
    return {
      ok: false,
      error: reason('prompt_outputs_failed_validation', 'Prompt outputs failed validation', details, {}),
      goodOutputs: [],
      nodeErrors,
    };
  }
  return { ok: true, error: null, goodOutputs: good, nodeErrors };
}
