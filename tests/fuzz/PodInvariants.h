// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "FuzzSupport.h"
#include "core/api/ApiTypes.h"

#include <cmath>

namespace autopod::fuzz {

// What every parser promises about a pod it returns, whatever the answer looked like.
inline void checkPod(const api::Pod& pod)
{
    AUTOPOD_FUZZ_CHECK(!pod.id.isEmpty(), QStringLiteral("a parsed pod has no id"));
    AUTOPOD_FUZZ_CHECK(std::isfinite(pod.costPerHr) && pod.costPerHr >= 0,
                       QStringLiteral("pod %1 costs %2 per hour").arg(pod.id).arg(pod.costPerHr));
    AUTOPOD_FUZZ_CHECK(pod.gpuCount >= 0, QStringLiteral("pod %1 has %2 GPUs").arg(pod.id).arg(pod.gpuCount));
    AUTOPOD_FUZZ_CHECK(
        pod.containerDiskGb >= 0 && pod.volumeGb >= 0,
        QStringLiteral("pod %1 has disks of %2 and %3 GB").arg(pod.id).arg(pod.containerDiskGb).arg(pod.volumeGb));
    if (const auto ssh = pod.publicSsh()) {
        AUTOPOD_FUZZ_CHECK(ssh->publicPort > 0 && ssh->publicPort <= 65535,
                           QStringLiteral("pod %1 has SSH on port %2").arg(pod.id).arg(ssh->publicPort));
    }
}

inline void checkOffer(const api::GpuOffer& offer)
{
    AUTOPOD_FUZZ_CHECK(!offer.gpuTypeId.isEmpty(), QStringLiteral("an offer has no GPU type id"));
    AUTOPOD_FUZZ_CHECK(std::isfinite(offer.pricePerGpuHr) && offer.pricePerGpuHr >= 0,
                       QStringLiteral("offer %1 costs %2").arg(offer.gpuTypeId).arg(offer.pricePerGpuHr));
    AUTOPOD_FUZZ_CHECK(offer.memoryGb >= 0 && offer.maxGpuCount >= 0,
                       QStringLiteral("offer %1 has %2 GB and up to %3 GPUs")
                           .arg(offer.gpuTypeId)
                           .arg(offer.memoryGb)
                           .arg(offer.maxGpuCount));
}

} // namespace autopod::fuzz
