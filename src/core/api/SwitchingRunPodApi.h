// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"

#include <memory>

namespace autopod::api {

class HttpRunPodApi;

// runpod.transport = auto: RunPod's GraphQL API while RunPod serves it, REST v2 from the moment
// GraphQL signals its retirement (HTTP 404/410 from the GraphQL endpoint, or an error saying the
// API is deprecated or retired: ApiError::Kind::ApiRetired). The call that saw the signal is
// answered through REST, not failed, and every later call goes to REST. transportSwitched() is
// emitted once, so the composition root can remember the switch and tell the user. Transient
// failures (5xx, timeouts) never count: they are retried by the GraphQL client as always.
//
// A create answered ApiRetired was refused before anything was placed, so sending it again
// through REST cannot leave a second pod billing.
class SwitchingRunPodApi : public RunPodApi
{
    Q_OBJECT

public:
    // Takes both clients; starts on REST when `startOnRest` (the switch was remembered).
    SwitchingRunPodApi(std::unique_ptr<HttpRunPodApi> graphQl, std::unique_ptr<HttpRunPodApi> rest,
                       bool startOnRest = false, QObject* parent = nullptr);
    ~SwitchingRunPodApi() override;

    bool onRest() const { return m_onRest; }

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
    void podLogs(const QString& podId, int lines, QObject* context, Callback<QStringList> done) override;
    int pollSpacingMs() const override;

Q_SIGNALS:
    // Emitted once, when GraphQL signalled its retirement; `detail` is what RunPod said.
    void transportSwitched(const QString& detail);

private:
    // Runs `call` on the current transport; on ApiRetired from GraphQL, switches and runs it on REST.
    template <typename T, typename Call>
    void dispatch(QObject* context, Callback<T> done, Call call);
    void switchToRest(const QString& detail);

    std::unique_ptr<HttpRunPodApi> m_graphQl;
    std::unique_ptr<HttpRunPodApi> m_rest;
    bool m_onRest = false;
};

} // namespace autopod::api
