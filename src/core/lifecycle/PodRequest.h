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
    QString templateOrImage;  // an image reference ("runpod/comfyui:latest") or a RunPod template id
    QString dataCenterId;     // chosen by the user; empty = the offer's
    QString networkVolumeId;  // empty = none
    QString volumeDataCenter; // the network volume's data center (a pod must be where its volume is)
    QString minimumCuda;      // "12.8"; empty = any
    QString publicKey;        // PUBLIC_KEY; empty = added later by the flow
    QString name;             // autopod-YYYY-MM-DD-NNN; empty = allocated later
};

// An image reference has a '/' or ':' ("runpod/comfyui:latest"); anything else is a template id.
bool isImageReference(const QString& templateOrImage);

// The create request for these choices, the one rule for both front ends: template vs image; the
// data center is the volume's when a volume is attached, else the user's choice, else the first
// one the offer has stock in (so the region filter holds); CUDA "at least" the minimum.
api::CreatePodRequest createRequestFor(const PodChoices& choices);

} // namespace autopod::lifecycle
