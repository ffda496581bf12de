// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RunPod's GraphQL answers as autopod reads them: the HTTP status and body go through the reply
// interpreter, and whatever data it accepts through every parser that reads pods, accounts,
// volumes and the GPU catalogue. Input: one byte picks the HTTP status, the rest is the body.

#include "FuzzSupport.h"
#include "PodInvariants.h"
#include "core/api/GpuOfferQuery.h"
#include "core/api/GraphQlParsers.h"
#include "core/api/GraphQlReply.h"

#include <QJsonArray>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const int statuses[] = {200, 200, 200, 200, 400, 401, 403, 404, 410, 429, 500, 502, 503, 0};
    api::HttpReplyData reply;
    reply.httpStatus = statuses[data[0] % std::size(statuses)];
    reply.body = fuzz::bytes(data + 1, size - 1);
    reply.retryAfter = reply.body.left(8);

    static const auto request = api::GraphQlRequest::fromResource(QStringLiteral("Pods"));
    const api::GraphQlResponse response = api::interpretGraphQlReply(reply, request);
    (void)api::parseRetryAfter(reply.retryAfter);
    if (!response.ok()) {
        AUTOPOD_FUZZ_CHECK(!response.error.text().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }

    const QJsonObject& d = response.data;
    const QJsonValue myself = d.value(QStringLiteral("myself"));
    bool ok = false;
    for (const api::Pod& pod : api::parsePods(myself.toObject().value(QStringLiteral("pods")), &ok)) {
        fuzz::checkPod(pod);
    }
    for (const QString& field : {QStringLiteral("pod"), QStringLiteral("podFindAndDeployOnDemand"),
                                 QStringLiteral("podResume"), QStringLiteral("podStop")}) {
        if (const auto pod = api::parsePod(d.value(field))) {
            fuzz::checkPod(*pod);
        }
    }
    (void)api::parseAccount(myself);
    for (const QJsonValue& v : myself.toObject().value(QStringLiteral("networkVolumes")).toArray()) {
        (void)api::parseNetworkVolume(v);
    }

    api::GpuFilter filter;
    filter.favoriteGpus.clear();
    filter.maxResults = 50;
    const QJsonArray dataCenters = d.value(QStringLiteral("dataCenters")).toArray();
    const QList<QJsonArray> gpuTypes{d.value(QStringLiteral("gpuTypes")).toArray()};
    for (const api::GpuOffer& offer : api::offers::buildOffers(filter, gpuTypes, dataCenters)) {
        fuzz::checkOffer(offer);
    }
    (void)api::offers::scopesFor(filter, dataCenters);
    (void)api::offers::parseDataCenters(dataCenters);
    return 0;
}
