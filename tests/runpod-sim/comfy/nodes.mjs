// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A small, realistic subset of ComfyUI's /object_info: the nodes of the
// default text-to-image workflow. Shapes follow ComfyUI's server.py node_info().

const SAMPLERS = [
  'euler',
  'euler_cfg_pp',
  'euler_ancestral',
  'heun',
  'dpm_2',
  'dpm_2_ancestral',
  'lms',
  'dpmpp_2m',
  'dpmpp_2m_sde',
  'dpmpp_3m_sde',
  'ddim',
  'uni_pc',
];
const SCHEDULERS = ['simple', 'sgm_uniform', 'karras', 'exponential', 'ddim_uniform', 'beta', 'normal'];
// ComfyUI's seed maximum is 2^64-1, which JSON.stringify cannot print exactly.
const SEED_MAX_MARK = 9007199254740991;

export const CHECKPOINTS = ['sd_xl_base_1.0.safetensors', 'v1-5-pruned-emaonly-fp16.safetensors'];

function node(
  name,
  { display, category, required, optional, output = [], outputName, outputNode = false, description = '' },
) {
  const input = { required };
  if (optional) input.optional = optional;
  const inputOrder = { required: Object.keys(required) };
  if (optional) inputOrder.optional = Object.keys(optional);
  return {
    input,
    input_order: inputOrder,
    output,
    output_is_list: output.map(() => false),
    output_name: outputName ?? output,
    name,
    display_name: display ?? name,
    description,
    python_module: 'nodes',
    category,
    output_node: outputNode,
  };
}

export const NODES = {
  CheckpointLoaderSimple: node('CheckpointLoaderSimple', {
    display: 'Load Checkpoint',
    category: 'loaders',
    description: 'Loads a diffusion model checkpoint, diffusion models are used to denoise latents.',
    required: { ckpt_name: [CHECKPOINTS, { tooltip: 'The name of the checkpoint (model) to load.' }] },
    output: ['MODEL', 'CLIP', 'VAE'],
  }),
  CLIPTextEncode: node('CLIPTextEncode', {
    display: 'CLIP Text Encode (Prompt)',
    category: 'conditioning',
    required: { text: ['STRING', { multiline: true, dynamicPrompts: true }], clip: ['CLIP'] },
    output: ['CONDITIONING'],
  }),
  EmptyLatentImage: node('EmptyLatentImage', {
    display: 'Empty Latent Image',
    category: 'latent',
    required: {
      width: ['INT', { default: 512, min: 16, max: 16384, step: 8 }],
      height: ['INT', { default: 512, min: 16, max: 16384, step: 8 }],
      batch_size: ['INT', { default: 1, min: 1, max: 4096 }],
    },
    output: ['LATENT'],
  }),
  KSampler: node('KSampler', {
    category: 'sampling',
    description: 'Uses the provided model, positive and negative conditioning to denoise the latent image.',
    required: {
      model: ['MODEL'],
      seed: ['INT', { default: 0, min: 0, max: SEED_MAX_MARK, control_after_generate: true }],
      steps: ['INT', { default: 20, min: 1, max: 10000 }],
      cfg: ['FLOAT', { default: 8.0, min: 0.0, max: 100.0, step: 0.1, round: 0.01 }],
      sampler_name: [SAMPLERS],
      scheduler: [SCHEDULERS],
      positive: ['CONDITIONING'],
      negative: ['CONDITIONING'],
      latent_image: ['LATENT'],
      denoise: ['FLOAT', { default: 1.0, min: 0.0, max: 1.0, step: 0.01 }],
    },
    output: ['LATENT'],
  }),
  VAEDecode: node('VAEDecode', {
    display: 'VAE Decode',
    category: 'latent',
    required: { samples: ['LATENT'], vae: ['VAE'] },
    output: ['IMAGE'],
  }),
  SaveImage: node('SaveImage', {
    display: 'Save Image',
    category: 'image',
    outputNode: true,
    description: 'Saves the input images to your ComfyUI output directory.',
    required: { images: ['IMAGE'], filename_prefix: ['STRING', { default: 'ComfyUI' }] },
  }),
  PreviewImage: node('PreviewImage', {
    display: 'Preview Image',
    category: 'image',
    outputNode: true,
    required: { images: ['IMAGE'] },
  }),
  LoadImage: node('LoadImage', {
    display: 'Load Image',
    category: 'image',
    required: { image: [['example.png'], { image_upload: true }] },
    output: ['IMAGE', 'MASK'],
  }),
};

export function objectInfoJson(nodes) {
  return JSON.stringify(nodes).replaceAll(String(SEED_MAX_MARK), '18446744073709551615');
}
