#pragma once

#include "core/api/ApiTypes.h"

#include <QJsonArray>
#include <QJsonObject>

// RunPod REST v2 (https://api.runpod.io/v2, rest-v2-openapi.json) JSON <-> ApiTypes.
namespace autopod::api::restv2 {

// status PROVISIONING/STARTING -> Created, RUNNING, EXITED, ERROR -> Dead, TERMINATED.
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
// GET /v2/catalog/gpus answer -> GPU table (same rules as the GraphQL transport, see GpuOfferQuery.h).
// REST v2 has no network-speed data: offers carry no speed rating and a speed filter cannot apply.
QList<GpuOffer> buildOffers(const GpuFilter& filter, const QJsonArray& gpus);

} // namespace autopod::api::restv2
