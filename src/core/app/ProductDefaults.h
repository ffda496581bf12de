// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// What autopod rents by default, in one place for the CLI, the desktop and the RunPod clients.
namespace autopod::app {

// ComfyUI's port inside the pod, and the local port the tunnel prefers.
inline constexpr int kComfyUiPort = 8188;
// The container image of new pods (a RunPod template id may be configured instead).
inline constexpr auto kDefaultImage = "runpod/comfyui:latest";

} // namespace autopod::app
