// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"

#include <QHash>
#include <QStringList>

namespace autopod::guitest {

// An in-memory RunPod for offscreen GUI tests: pods live in a hash, every call is recorded by
// name, answers arrive on the next event-loop turn like the real client's, and errors can be
// queued per operation.
class FakeRunPodApi : public api::RunPodApi
{
    Q_OBJECT

public:
    using RunPodApi::RunPodApi;

    QList<api::GpuOffer> offers;
    QList<api::DataCenter> centers;
    QList<api::NetworkVolume> volumes;
    QHash<QString, api::Pod> podsById;
    QStringList calls;                      // "pods", "stopPod:abc", ...
    QHash<QString, api::ApiError> failNext; // operation name -> error for its next call
    QList<api::GpuFilter> filtersSeen;
    QList<api::CreatePodRequest> creates;
    bool createdPodsStartRunning = true; // runtime with ports at once
    bool podsHang = false;               // pods() never answers (RunPod swallows the request)

    void addPod(const api::Pod& pod) { podsById.insert(pod.id, pod); }
    static api::Pod runningPod(const QString& id, const QString& name, double costPerHr, qint64 uptime = 60);
    static api::GpuOffer offer(const QString& id, const QString& name, int vram, double price,
                               const QString& stock = QStringLiteral("High"));
    int count(const QString& prefix) const;

    void account(QObject* context, Callback<api::Account> done) override;
    void gpuOffers(const api::GpuFilter& filter, QObject* context, Callback<QList<api::GpuOffer>> done) override;
    void dataCenters(QObject* context, Callback<QList<api::DataCenter>> done) override;
    void networkVolumes(QObject* context, Callback<QList<api::NetworkVolume>> done) override;
    void createPod(const api::CreatePodRequest& request, QObject* context, Callback<api::Pod> done) override;
    void pod(const QString& podId, QObject* context, Callback<api::Pod> done) override;
    void pods(QObject* context, Callback<QList<api::Pod>> done) override;
    void stopPod(const QString& podId, QObject* context, Callback<api::Pod> done) override;
    void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<api::Pod> done) override;
    void terminatePod(const QString& podId, QObject* context, Callback<api::Done> done) override;
    void addPublicKey(const QString& publicKey, QObject* context, Callback<api::Account> done) override;

private:
    bool takeFailure(const QString& op, api::ApiError* error);
};

} // namespace autopod::guitest
