// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RunPod's REST v2 answers as autopod reads them: the reply interpreter (problem+json, status
// codes, Retry-After), then the pod and GPU-catalogue parsers over whatever body it accepts.
// Input: one byte picks the HTTP status, the rest is the body.

#include "FuzzSupport.h"
#include "PodInvariants.h"
#include "core/api/RestJob.h"
#include "core/api/RestV2Parsers.h"

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
    static const int statuses[] = {200, 200, 200, 201, 204, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 0};
    api::HttpReplyData reply;
    reply.httpStatus = statuses[data[0] % std::size(statuses)];
    reply.body = fuzz::bytes(data + 1, size - 1);
    reply.retryAfter = reply.body.left(8);

    api::RestRequest request;
    request.path = QStringLiteral("pods");
    request.operation = QStringLiteral("listPods");
    const api::RestResponse response = api::interpretRestReply(reply, request);
    if (!response.ok()) {
        AUTOPOD_FUZZ_CHECK(!response.error.text().isEmpty(), QStringLiteral("an error without a message"));
        return 0;
    }

    const QJsonArray list = response.body.isArray() ? response.body.toArray()
                                                    : response.body.toObject().value(QStringLiteral("data")).toArray();
    for (const QJsonValue& v : list) {
        if (const auto pod = api::restv2::parsePod(v)) {
            fuzz::checkPod(*pod);
        }
    }
    if (const auto pod = api::restv2::parsePod(response.body)) {
        fuzz::checkPod(*pod);
    }
    api::GpuFilter filter;
    filter.favoriteGpus.clear();
    filter.maxResults = 50;
    for (const api::GpuOffer& offer : api::restv2::buildOffers(filter, list)) {
        fuzz::checkOffer(offer);
    }
    return 0;
}
