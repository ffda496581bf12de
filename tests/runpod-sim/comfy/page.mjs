// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The stand-in's GET / page: a self-contained imitation of ComfyUI's canvas
// (no external resources, so it renders offline in Qt WebEngine) that states
// plainly it is the autopod RunPod simulator. It also pulls in the front-end assets of
// frontend.mjs (harmless no-op code of ComfyUI's size), as ComfyUI's index.html does.

import { frontendTags } from './frontend.mjs';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function indexHtml({ podId, gpuName, gpuCount }) {
  const gpu = `${gpuCount > 1 ? `${gpuCount} × ` : ''}${gpuName}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ComfyUI</title>
<style>
  html, body { margin: 0; height: 100%; background: #202020; color: #ddd; font: 13px system-ui, sans-serif; overflow: hidden; }
  #menu { display: flex; align-items: center; gap: 4px; height: 38px; padding: 0 8px; background: #353535; border-bottom: 1px solid #111; }
  #menu .logo { font-weight: 700; color: #fff; margin-right: 12px; }
  #menu button { background: #222; color: #ddd; border: 1px solid #4a4a4a; border-radius: 4px; padding: 4px 10px; font: inherit; }
  #menu .spacer { flex: 1; }
  #autopod-sim-banner { position: absolute; top: 48px; left: 50%; transform: translateX(-50%); background: #5b3b00;
    color: #ffd98a; border: 1px solid #b07a10; border-radius: 6px; padding: 6px 14px; z-index: 2; white-space: nowrap; }
  #graph { display: block; width: 100vw; height: calc(100vh - 39px); }
  #status { position: absolute; right: 10px; bottom: 8px; color: #888; }
</style>
${frontendTags()}
</head>
<body>
<div id="menu">
  <span class="logo">ComfyUI</span>
  <button>Workflow</button><button>Edit</button><button>Help</button>
  <span class="spacer"></span>
  <button id="queue-button">Queue</button>
</div>
<div id="autopod-sim-banner" data-pod-id="${esc(podId)}" data-gpu="${esc(gpuName)}">
  autopod RunPod simulator — not a real ComfyUI. Pod <b>${esc(podId)}</b> · GPU <b>${esc(gpu)}</b>
</div>
<canvas id="graph" class="graph-canvas"></canvas>
<div id="status">queue: <span id="queue-remaining">0</span></div>
<script>
(function () {
  const canvas = document.getElementById('graph');
  const nodes = [
    { x: 60, y: 90, w: 240, h: 100, title: 'Load Checkpoint', color: '#2a363b' },
    { x: 360, y: 60, w: 260, h: 80, title: 'CLIP Text Encode (Prompt)', color: '#232' },
    { x: 360, y: 170, w: 260, h: 80, title: 'CLIP Text Encode (Prompt)', color: '#322' },
    { x: 360, y: 280, w: 220, h: 90, title: 'Empty Latent Image', color: '#2a363b' },
    { x: 680, y: 90, w: 230, h: 240, title: 'KSampler', color: '#2a363b' },
    { x: 960, y: 90, w: 160, h: 60, title: 'VAE Decode', color: '#2a363b' },
    { x: 1160, y: 90, w: 240, h: 260, title: 'Save Image', color: '#2a363b' },
  ];
  function draw() {
    const dpr = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * dpr; canvas.height = canvas.clientHeight * dpr;
    const g = canvas.getContext('2d');
    g.scale(dpr, dpr);
    g.fillStyle = '#202020'; g.fillRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    g.strokeStyle = '#2b2b2b';
    for (let x = 0; x < canvas.clientWidth; x += 20) { g.beginPath(); g.moveTo(x, 0); g.lineTo(x, canvas.clientHeight); g.stroke(); }
    for (let y = 0; y < canvas.clientHeight; y += 20) { g.beginPath(); g.moveTo(0, y); g.lineTo(canvas.clientWidth, y); g.stroke(); }
    g.strokeStyle = '#8a8'; g.lineWidth = 2;
    for (let i = 0; i + 1 < nodes.length; i++) {
      const a = nodes[i], b = nodes[i + 1];
      g.beginPath(); g.moveTo(a.x + a.w, a.y + 40);
      g.bezierCurveTo(a.x + a.w + 40, a.y + 40, b.x - 40, b.y + 40, b.x, b.y + 40); g.stroke();
    }
    for (const n of nodes) {
      g.fillStyle = n.color; g.fillRect(n.x, n.y, n.w, n.h);
      g.fillStyle = '#111'; g.fillRect(n.x, n.y, n.w, 24);
      g.fillStyle = '#ccc'; g.font = '13px sans-serif'; g.fillText(n.title, n.x + 10, n.y + 16);
    }
  }
  window.addEventListener('resize', draw);
  draw();
  try {
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws');
    ws.onmessage = (e) => {
      const m = JSON.parse(e.data);
      if (m.type === 'status') document.getElementById('queue-remaining').textContent = m.data.status.exec_info.queue_remaining;
    };
  } catch (e) { /* page still works without the socket */ }
})();
</script>
</body>
</html>
`;
}
