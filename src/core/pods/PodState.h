// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QString>

namespace autopod::pods {

struct PodRecord;

// A pod's state as autopod shows it, in both front ends. Ordered from "costs money" to "gone":
// the sort order of a status column.
enum class PodState
{
    Creating,   // create requested, no answer yet
    Starting,   // RunPod says RUNNING, the container is not up yet
    Running,    // container up, no tunnel from here
    Connected,  // tunnel open: ComfyUI on the local URL
    Stopping,   // stop requested
    Stopped,    // EXITED: only storage is billed
    Terminated, // gone on RunPod's side
    Unknown
};

// Whether RunPod bills the GPU in this state.
bool isBilling(PodState state);
// What RunPod's answer means.
PodState stateFor(const api::Pod& pod);
// What pods.json says (the last known state when RunPod is not asked).
PodState stateFor(const PodRecord& record);

} // namespace autopod::pods
