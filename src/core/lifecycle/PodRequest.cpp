// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/PodRequest.h"

#include "core/api/GpuOfferQuery.h"
#include "core/app/ProductDefaults.h"

namespace autopod::lifecycle {

bool isImageReference(const QString& templateOrImage)
{
    return templateOrImage.contains(QLatin1Char('/')) || templateOrImage.contains(QLatin1Char(':'));
}

api::CreatePodRequest createRequestFor(const PodChoices& c)
{
    api::CreatePodRequest r;
    r.name = c.name;
    const QString templ = c.templateOrImage.trimmed();
    if (templ.isEmpty()) {
        r.imageName = QString::fromLatin1(app::kDefaultImage);
    } else if (isImageReference(templ)) {
        r.imageName = templ;
    } else {
        r.templateId = templ;
        r.imageName.clear();
    }
    r.gpuTypeId = c.offer.gpuTypeId;
    r.gpuCount = c.gpuCount;
    r.cloud = c.cloud;
    r.networkVolumeId = c.networkVolumeId;
    if (!c.networkVolumeId.isEmpty() && !c.volumeDataCenter.isEmpty()) {
        r.dataCenterId = c.volumeDataCenter;
    } else if (!c.dataCenterId.isEmpty()) {
        r.dataCenterId = c.dataCenterId;
    } else if (!c.offer.dataCenterIds.isEmpty()) {
        r.dataCenterId = c.offer.dataCenterIds.first();
        r.fallbackDataCenterIds = c.offer.dataCenterIds.mid(1);
    }
    if (!c.minimumCuda.isEmpty()) {
        r.allowedCudaVersions = api::offers::cudaVersionsAtLeast(c.minimumCuda);
    }
    r.ports = api::podPorts(c.publishComfyUi);
    r.publicKey = c.publicKey;
    r.volumeGb = c.networkVolumeId.isEmpty() ? qMax(0, c.volumeGb) : 0;
    return r;
}

} // namespace autopod::lifecycle
