#pragma once

// What autopod rents by default, in one place for the CLI, the desktop and the RunPod clients.
namespace autopod::app {

// ComfyUI's port inside the pod, and the local port the tunnel prefers.
inline constexpr int kComfyUiPort = 8188;
// The container image of new pods (a RunPod template id may be configured instead).
inline constexpr auto kDefaultImage = "runpod/comfyui:latest";
// The ports a new pod exposes: ComfyUI over RunPod's HTTP proxy, and SSH (the tunnel).
inline constexpr auto kPodPorts = "8188/http,22/tcp";

} // namespace autopod::app
