// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod::api {

// What a read-only view (the pod list, a pod's details) waits for RunPod before it shows the last
// known state, marked as not refreshed. The call itself keeps its retry budget; stop and
// terminate are never cut short.
inline constexpr int kReadOnlyDeadlineMs = 8000;

} // namespace autopod::api
