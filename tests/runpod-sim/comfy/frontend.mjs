// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The stand-in's front-end assets: like ComfyUI's built front end (index.html pulls in dozens of
// hashed JS chunks and a few stylesheets and fonts, a few MB in all), so that loading the page
// through a tunnel costs what loading ComfyUI's does. The code does nothing when run: every file
// is a comment-padded no-op, deterministic (same bytes on every start).
import crypto from 'node:crypto';

// [name, bytes]: sizes after ComfyUI's own chunks (one large app bundle, a vendor bundle, many
// small lazy chunks).
const JS = [
  ['index', 1_450_000],
  ['vendor-primevue', 620_000],
  ['vendor-vue', 180_000],
  ['vendor-litegraph', 410_000],
  ['vendor-other', 260_000],
  ['vendor-xterm', 290_000],
  ['vendor-three', 150_000],
  ['GraphView', 120_000],
  ['keybindingService', 24_000],
  ['serverConfigPanel', 18_000],
  ['widgetInputs', 36_000],
  ['groupNode', 44_000],
  ['nodeTemplates', 22_000],
  ['colorPalette', 16_000],
  ['clipspace', 21_000],
  ['maskeditor', 95_000],
  ['uploadImage', 8_000],
  ['uploadAudio', 9_000],
  ['webcamCapture', 7_000],
  ['contextMenuFilter', 6_000],
  ['dynamicPrompts', 3_000],
  ['editAttention', 5_000],
  ['linkRenderMode', 3_000],
  ['noteNode', 4_000],
  ['rerouteNode', 6_000],
  ['saveImageExtraOutput', 3_000],
  ['simpleTouchSupport', 5_000],
  ['slotDefaults', 4_000],
  ['snapToGrid', 4_000],
  ['load3d', 70_000],
  ['previewAny', 3_000],
  ['electronAdapter', 4_000],
  ['i18n-en', 85_000],
  ['i18n-zh', 80_000],
  ['i18n-ja', 78_000],
  ['templates', 40_000],
  ['settingsDialog', 55_000],
  ['queueSidebar', 33_000],
  ['modelLibrary', 29_000],
  ['nodeLibrary', 31_000],
];
const CSS = [
  ['index', 260_000],
  ['primeicons', 12_000],
  ['GraphView', 18_000],
  ['maskeditor', 9_000],
  ['xterm', 6_000],
];
const FONTS = [
  ['primeicons', 84_000],
  ['Inter-roman', 110_000],
];

const hash = (s) => crypto.createHash('sha256').update(s).digest('base64url').slice(0, 8);

function filler(name, bytes, line) {
  // Pseudo-random text, so the files are as incompressible as minified code.
  const out = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const l = line(crypto.createHash('sha256').update(`${name}:${i++}`).digest('base64'));
    out.push(l);
    size += l.length;
  }
  return Buffer.from(out.join('')).subarray(0, bytes);
}

let cache;
/** Map of "/assets/<file>" → { type, body }. */
export function frontendAssets() {
  if (cache) return cache;
  cache = new Map();
  for (const [name, bytes] of JS) {
    const head = `/* autopod simulator: stand-in for ComfyUI's ${name} chunk */\nexport const ${name.replace(/\W/g, '_')} = 0;\n`;
    const body = Buffer.concat([
      Buffer.from(head),
      filler(name, bytes - head.length - 3, (h) => `//${h}${h}\n`),
      Buffer.from('\n;\n'),
    ]);
    cache.set(`/assets/${name}-${hash(name)}.js`, { type: 'text/javascript; charset=utf-8', body });
  }
  for (const [name, bytes] of CSS) {
    const body = filler(`css:${name}`, bytes, (h) => `.x${h.replace(/\W/g, '')}{color:#${h.length.toString(16)}0}\n`);
    cache.set(`/assets/${name}-${hash(`css:${name}`)}.css`, { type: 'text/css; charset=utf-8', body });
  }
  for (const [name, bytes] of FONTS) {
    const body = crypto.createHash('sha512').update(name).digest(); // seed
    const parts = [];
    for (let n = 0, i = 0; n < bytes; i++) {
      const b = crypto.createHash('sha512').update(body).update(String(i)).digest();
      parts.push(b);
      n += b.length;
    }
    cache.set(`/assets/${name}-${hash(`font:${name}`)}.woff2`, {
      type: 'font/woff2',
      body: Buffer.concat(parts).subarray(0, bytes),
    });
  }
  return cache;
}

/** The <link>/<script> tags index.html carries for the assets. */
export function frontendTags() {
  const tags = [];
  for (const [path, a] of frontendAssets()) {
    if (a.type.startsWith('text/css')) tags.push(`<link rel="stylesheet" href="${path}">`);
    else if (a.type.startsWith('text/javascript')) tags.push(`<script type="module" src="${path}"></script>`);
    else tags.push(`<link rel="preload" as="font" type="font/woff2" crossorigin href="${path}">`);
  }
  return tags.join('\n');
}
