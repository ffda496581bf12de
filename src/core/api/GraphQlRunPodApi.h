// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/GraphQlReply.h"
#include "core/api/GraphQlRequest.h"
#include "core/api/HttpRunPodApi.h"

#include <QUrl>

class QNetworkAccessManager;

namespace autopod::api {

class GraphQlJob;

// RunPodApi over RunPod's GraphQL API (https://api.runpod.io/graphql, or the simulator).
// Documents are resources/graphql/<Operation>.graphql; values travel only as variables.
//
// Cost safety on create: podFindAndDeployOnDemand is never retried blindly (OrphanSafeCreate).
class GraphQlRunPodApi : public HttpRunPodApi
{
    Q_OBJECT

public:
    GraphQlRunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint, RunPodRequestFactory::KeyProvider apiKey,
                     QObject* parent = nullptr);
    ~GraphQlRunPodApi() override;

    void account(QObject* context, Callback<Account> done) override;
    void gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done) override;
    void dataCenters(QObject* context, Callback<QList<DataCenter>> done) override;
    void networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done) override;

    void createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done) override;
    void pod(const QString& podId, QObject* context, Callback<Pod> done) override;
    void pods(QObject* context, Callback<QList<Pod>> done) override;
    void stopPod(const QString& podId, QObject* context, Callback<Pod> done) override;
    void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done) override;
    void terminatePod(const QString& podId, QObject* context, Callback<Done> done) override;

    void addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done) override;

    // The variables CreatePod.graphql is sent with (public for tests and the log).
    static QJsonObject createPodVariables(const CreatePodRequest& request);

private:
    using ResponseHandler = std::function<void(const GraphQlResponse&, int attempts)>;
    // Starts one job; `handler` runs when it finishes, unless this object is gone. Its retries are
    // announced (retryScheduled) for `context`.
    void run(const GraphQlRequest& request, const RetryPolicy& policy, QObject* context, ResponseHandler handler);
    void run(const GraphQlRequest& request, QObject* context, ResponseHandler handler)
    {
        run(request, m_policy, context, std::move(handler));
    }

    // myself.pods with `policy`; `answer` runs directly (not queued, not guarded).
    void listPods(const RetryPolicy& policy, QObject* context, Callback<QList<Pod>> answer) override;
};

} // namespace autopod::api
