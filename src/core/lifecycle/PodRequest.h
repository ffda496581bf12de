// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QString>

namespace autopod::lifecycle {

// What the user chose for a new pod, in the new-pod dialog or `autopod connect`.
struct PodChoices
{
    api::GpuOffer offer;
    int gpuCount = 1;
    api::CloudType cloud = api::CloudType::Secure;
    QString templateOrImage;     // an image reference ("runpod/comfyui:latest") or a RunPod template id
    QString dataCenterId;        // chosen by the user; empty = the offer's
    QString networkVolumeId;     // empty = none
    QString volumeDataCenter;    // the network volume's data center (a pod must be where its volume is)
    QString minimumCuda;         // "12.8"; empty = any
    QString publicKey;           // PUBLIC_KEY; empty = added later by the flow
    bool publishComfyUi = false; // also on RunPod's public proxy, without a password (see api::podPorts)
    int volumeGb = 0;            // the pod's own volume disk at /workspace; none with a network volume
    QString name;                // autopod-YYYY-MM-DD-NNN; empty = allocated later
};

// An image reference has a '/' or ':' ("runpod/comfyui:latest"); anything else is a template id.
bool isImageReference(const QString& templateOrImage);

// The create request for these choices, the one rule for both front ends: template vs image; the
// data center is the network volume's when one is attached, else the user's choice, else the ones
// the offer has stock in, best first (so the region filter holds); CUDA "at least" the minimum;
// the ports (ComfyUI published only when asked); a volume disk unless a network volume is attached.
api::CreatePodRequest createRequestFor(const PodChoices& choices);

} // namespace autopod::lifecycle
