// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>

// RunPod REST v2 (https://api.runpod.io/v2, rest-v2-openapi.json) JSON <-> ApiTypes.
namespace autopod::api::restv2 {

// status PROVISIONING/STARTING -> Created, RUNNING, EXITED, ERROR -> Error, TERMINATED (the word
// itself is kept as Pod::stage).
PodStatus parseStatus(const QString& status);
// nullopt when not a pod object with an id. The public 22/tcp mapping comes from ssh.direct.
std::optional<Pod> parsePod(const QJsonValue& value);
// The CreatePodRequest body: name, image, gpu {id, count, allowedCudaVersions}, cloud,
// dataCenterIds, disk, ports [], env {PUBLIC_KEY}, mounts {persistent, network}, startSsh.
QJsonObject createPodBody(const CreatePodRequest& request);
// "NORTH_AMERICA" -> "NA", "EUROPE" -> "EU", "ASIA"/"OCEANIA" -> "AP", others empty.
QString regionOf(const QString& restRegion);
// The query string of GET /v2/catalog/gpus for a filter.
QString catalogQuery(const GpuFilter& filter);
// GET /v2/catalog/gpus?include=AVAILABILITY&product=POD answer -> GPU table (same rules as the
// GraphQL transport, see GpuOfferQuery.h). `dataCenters` (GET /v2/catalog/datacenters
// ?include=GPU_AVAILABILITY) says which region each data center is in; without it the id's prefix
// decides. Stock is REST's own: per data center for the requested count and cloud, the offer's
// stockStatus is the best in the region asked for, and its dataCenterIds are ordered by stock.
// REST v2 has no network-speed data: offers carry no speed rating and a speed filter cannot apply.
QList<GpuOffer> buildOffers(const GpuFilter& filter, const QJsonArray& gpus, const QJsonArray& dataCenters = {});
// The query string of GET /v2/catalog/datacenters.
QString dataCentersQuery();

} // namespace autopod::api::restv2
