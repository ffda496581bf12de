// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// PNG generation for the ComfyUI stand-in: small "generated" images for
// finished prompts, and exact-size benchmark images for throughput tests.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MiB = 1024 * 1024;
const CHUNK_OVERHEAD = 12; // length + type + crc

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

function ihdr(width, height) {
  const d = Buffer.alloc(13);
  d.writeUInt32BE(width, 0);
  d.writeUInt32BE(height, 4);
  d[8] = 8; // bit depth
  d[9] = 2; // colour type RGB
  return chunk('IHDR', d);
}

/** A small RGB gradient whose colours depend on `seed`, so different prompts give different images. */
export function gradientPng(seed = 'comfy', width = 64, height = 64) {
  let h = 0;
  for (const c of String(seed)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 4 + (h & 0xff)) & 0xff;
      raw[row + 2 + x * 3] = (y * 4 + ((h >> 8) & 0xff)) & 0xff;
      raw[row + 3 + x * 3] = ((x + y) * 2 + ((h >> 16) & 0xff)) & 0xff;
    }
  }
  return Buffer.concat([
    SIGNATURE,
    ihdr(width, height),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Deterministic, incompressible-looking filler (xorshift32), built once.
let fillerCache = null;
function filler() {
  if (fillerCache) return fillerCache;
  const buf = Buffer.alloc(MiB);
  let s = 0x2545f491;
  for (let i = 0; i < buf.length; i += 4) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    buf.writeUInt32LE(s, i);
  }
  fillerCache = buf;
  return buf;
}

/**
 * A valid PNG of exactly `totalBytes` bytes: a tiny image plus private
 * ancillary "apFl" chunks (decoders skip them) carrying filler. Returns
 * { size, write(stream) } so the body is streamed without buffering it whole.
 */
export function benchPng(totalBytes) {
  const head = Buffer.concat([SIGNATURE, ihdr(1, 1), chunk('IDAT', zlib.deflateSync(Buffer.from([0, 40, 40, 40])))]);
  const tail = chunk('IEND', Buffer.alloc(0));
  const fixed = head.length + tail.length;
  if (totalBytes < fixed) totalBytes = fixed;
  // A lone remainder under one chunk header cannot be encoded: round up.
  if (totalBytes - fixed > 0 && totalBytes - fixed < CHUNK_OVERHEAD) totalBytes = fixed + CHUNK_OVERHEAD;
  let remaining = totalBytes - fixed;
  const full = filler();
  const maxData = full.length - CHUNK_OVERHEAD; // every filler chunk is at most 1 MiB on the wire
  const fullChunk = chunk('apFl', full.subarray(0, maxData));
  const plan = []; // sequence of Buffers (fullChunk repeated by reference)
  while (remaining > 0) {
    if (remaining >= fullChunk.length) {
      plan.push(fullChunk);
      remaining -= fullChunk.length;
    } else if (remaining >= CHUNK_OVERHEAD) {
      plan.push(chunk('apFl', full.subarray(0, remaining - CHUNK_OVERHEAD)));
      remaining = 0;
    } else {
      // Too small for a chunk of its own: shrink the previous one.
      const prev = plan.pop();
      const prevData = prev.length - CHUNK_OVERHEAD;
      plan.push(chunk('apFl', full.subarray(0, prevData + remaining - CHUNK_OVERHEAD)));
      plan.push(chunk('apFl', Buffer.alloc(0)));
      remaining = 0;
    }
  }
  return {
    size: totalBytes,
    write(res) {
      const parts = [head, ...plan, tail];
      let i = 0;
      const pump = () => {
        while (i < parts.length) {
          if (!res.write(parts[i++])) return res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => {
        i = parts.length;
      });
      pump();
    },
  };
}

/**
 * The same gradient as gradientPng, at any size ComfyUI allows (up to 16384 × 16384), written to
 * `file` with the image data deflated row by row, so memory stays small. Resolves when the file
 * is complete.
 */
export async function writeGradientPng(file, seed, width, height) {
  const { createWriteStream } = await import('node:fs');
  let h = 0;
  for (const c of String(seed)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const out = createWriteStream(file);
  const done = new Promise((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  out.write(Buffer.concat([SIGNATURE, ihdr(width, height)]));
  const deflate = zlib.createDeflate({ level: 1 });
  deflate.on('data', (d) => out.write(chunk('IDAT', d)));
  const deflated = new Promise((resolve) => deflate.on('end', resolve));
  const rowsPerBlock = Math.max(1, Math.floor((1 << 20) / (width * 3 + 1)));
  for (let y0 = 0; y0 < height; y0 += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, height - y0);
    const raw = Buffer.alloc((width * 3 + 1) * rows);
    for (let r = 0; r < rows; r++) {
      const y = y0 + r;
      const row = r * (width * 3 + 1);
      for (let x = 0; x < width; x++) {
        raw[row + 1 + x * 3] = (x * 4 + (h & 0xff)) & 0xff;
        raw[row + 2 + x * 3] = (y * 4 + ((h >> 8) & 0xff)) & 0xff;
        raw[row + 3 + x * 3] = ((x + y) * 2 + ((h >> 16) & 0xff)) & 0xff;
      }
    }
    if (!deflate.write(raw)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await deflated;
  out.end(chunk('IEND', Buffer.alloc(0)));
  await done;
}

/** Width and height from a PNG's IHDR (tests check that the requested size was honoured). */
export function pngSize(buf) {
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export const BENCH_RE = /^bench_(\d{1,5})MB\.png$/;
