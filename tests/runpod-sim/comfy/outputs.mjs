// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUI's output, temp and input folders. With folders (the stand-in on a pod) images are
// real files, named as ComfyUI's SaveImage names them (`<prefix>_<counter:05>_.png`, the
// counter continuing from the files already there, a "/" in the prefix making a subfolder),
// and /view serves them from disk. Without folders (a stand-in started by hand) they live in
// memory as before.
import fs from 'node:fs';
import path from 'node:path';
import { writeGradientPng, gradientPng } from './png.mjs';

export class OutputStore {
  constructor({ outputDir = null, tempDir = null, inputDir = null } = {}) {
    this.dirs = { output: outputDir, temp: tempDir, input: inputDir };
    for (const d of Object.values(this.dirs)) if (d) fs.mkdirSync(d, { recursive: true });
    this.memory = new Map(); // `${type}/${subfolder}/${filename}` → { seed, width, height } | Buffer
    this.counters = new Map();
  }

  #key(type, subfolder, filename) {
    return `${type}/${subfolder}/${filename}`;
  }

  /** ComfyUI's get_save_image_path: subfolder and file stem from the prefix, next free counter. */
  #next(type, prefix) {
    const clean = String(prefix).replace(/\\/g, '/');
    const subfolder = path.posix.dirname(clean) === '.' ? '' : path.posix.normalize(path.posix.dirname(clean));
    if (subfolder.startsWith('..') || path.posix.isAbsolute(subfolder))
      throw new Error('Saving image outside the output folder is not allowed.');
    const stem = path.posix.basename(clean);
    const key = `${type}/${subfolder}/${stem}`;
    let counter = this.counters.get(key) ?? 0;
    const dir = this.dirs[type];
    if (dir && !this.counters.has(key)) {
      const re = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_(\\d+)_`);
      try {
        for (const f of fs.readdirSync(path.join(dir, subfolder))) {
          const m = re.exec(f);
          if (m) counter = Math.max(counter, Number(m[1]));
        }
      } catch {
        /* no such subfolder yet */
      }
    }
    this.counters.set(key, counter + 1);
    return { subfolder, filename: `${stem}_${String(counter + 1).padStart(5, '0')}_.png` };
  }

  /** Writes one image; resolves to { filename, subfolder, type } once the file is complete. */
  async save(type, prefix, { width, height, seed }) {
    const { subfolder, filename } = this.#next(type, prefix);
    const dir = this.dirs[type];
    if (dir) {
      fs.mkdirSync(path.join(dir, subfolder), { recursive: true });
      await writeGradientPng(path.join(dir, subfolder, filename), `${seed}/${filename}`, width, height);
    } else {
      this.memory.set(this.#key(type, subfolder, filename), { seed: `${seed}/${filename}`, width, height });
    }
    return { filename, subfolder, type };
  }

  putInput(filename, data) {
    if (this.dirs.input) fs.writeFileSync(path.join(this.dirs.input, filename), data);
    else this.memory.set(this.#key('input', '', filename), data);
  }

  /** The bytes /view sends, or null when there is no such file. */
  read(type, subfolder, filename) {
    const dir = this.dirs[type];
    if (dir) {
      const file = path.resolve(dir, subfolder, filename);
      if (!file.startsWith(path.resolve(dir) + path.sep)) return null;
      try {
        return fs.readFileSync(file);
      } catch {
        return null;
      }
    }
    const m = this.memory.get(this.#key(type, subfolder, filename));
    if (!m) return null;
    return Buffer.isBuffer(m) ? m : gradientPng(m.seed, Math.min(m.width, 4096), Math.min(m.height, 4096));
  }
}
