// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"
#include "core/lifecycle/FlowClock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <deque>

namespace autopod::test {

// An in-memory RunPod for unit and GUI tests. Pods live in a hash; every call is recorded as
// "operation" or "operation:podId" (resumePod adds ":gpuCount"); answers arrive on the next
// event-loop turn like the real client's; errors can be queued per operation. A pod created or
// resumed here gains its runtime (a public 22/tcp and ComfyUI's 8188) `runtimeAfterMs` later; a pod
// the test adds with a runtime is answered as it was added. A pod RunPod does not know answers
// PodNotFound.
class FakeRunPodApi : public api::RunPodApi
{
    Q_OBJECT

public:
    explicit FakeRunPodApi(QObject* parent = nullptr);

    // What RunPod offers.
    QList<api::GpuOffer> offers; // gpuOffers() answers those that match the filter's CUDA and GPU count
    QList<api::DataCenter> centers;
    QList<api::NetworkVolume> volumes;

    // How RunPod behaves.
    int runtimeAfterMs = 0;         // a created or resumed pod gets its runtime this long afterwards
    bool runtimeNever = false;      // ...or never
    bool orphanOnCreate = false;    // create makes the pod, then answers a server error
    int volumeGb = 0;               // of created pods
    int announcedRetries = 0;       // retryScheduled() signals sent before a queued transient failure
    bool hangStops = false;         // stopPod/terminatePod never answer
    bool podsHang = false;          // pods() never answers (RunPod swallows the request)
    bool resumeThenTimeout = false; // resumePod starts the pod, then its answer is lost (NetworkTimeout)
    int createAnswerAfterMs = 0;    // the create is carried out and answered this much later
    int pollSpacing = 0;            // what pollSpacingMs() says (RunPod's rate limit)
    int orphanAppearsAfterMs = -1;  // >= 0: the create answers a server error, the pod appears this much later
    QString sshHost = QStringLiteral("127.0.0.1");
    int sshPort = 40022;
    // Set: runtimeAfterMs counts on this clock (the flow's, in tests that do not wait) instead of the
    // machine's. createAnswerAfterMs and orphanAppearsAfterMs stay on the machine's.
    const lifecycle::FlowClock* clock = nullptr;

    // What RunPod holds and was asked.
    QHash<QString, api::Pod> podsById;
    QStringList calls;
    QList<api::CreatePodRequest> creates;
    QList<api::GpuFilter> filtersSeen;

    // The next `times` calls of `operation` ("createPod", "pods"...) fail with `error`.
    void failNext(const QString& operation, const api::ApiError& error, int times = 1);
    // A running pod added without a runtime starts as if created when this fake was made.
    void addPod(const api::Pod& pod);
    bool hasPod(const QString& id) const { return podsById.contains(id); }
    // The pod as RunPod would answer for it now.
    api::Pod podState(const QString& id) const { return current(id); }
    // Calls of `call`: an operation ("stopPod") counts all of them, "stopPod:p1" those for p1.
    int count(const QString& call) const;

    // A running pod with a public SSH port, as RunPod lists it.
    static api::Pod runningPod(const QString& id, const QString& name, double costPerHr, qint64 uptime = 60);
    static api::GpuOffer offer(const QString& id, const QString& name, int vram, double price,
                               const QString& stock = QStringLiteral("High"));

    void account(QObject* context, Callback<api::Account> done) override;
    void gpuOffers(const api::GpuFilter& filter, QObject* context, Callback<QList<api::GpuOffer>> done) override;
    void dataCenters(QObject* context, Callback<QList<api::DataCenter>> done) override;
    void networkVolumes(QObject* context, Callback<QList<api::NetworkVolume>> done) override;
    void createPod(const api::CreatePodRequest& request, QObject* context, Callback<api::Pod> done) override;
    void pod(const QString& podId, QObject* context, Callback<api::Pod> done) override;
    int pollSpacingMs() const override { return pollSpacing; }
    void pods(QObject* context, Callback<QList<api::Pod>> done) override;
    void stopPod(const QString& podId, QObject* context, Callback<api::Pod> done) override;
    void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<api::Pod> done) override;
    void terminatePod(const QString& podId, QObject* context, Callback<api::Done> done) override;
    void addPublicKey(const QString& publicKey, QObject* context, Callback<api::Account> done) override;

private:
    // Records the call; true (with `error`) when a failure was queued for `operation`.
    bool takeFault(const QString& operation, const QString& call, api::ApiError* error, QObject* context);
    api::Pod current(const QString& id) const;
    qint64 now() const { return clock ? clock->nowMs() : m_clock.elapsed(); }

    QElapsedTimer m_clock;
    QHash<QString, qint64> m_startedAt; // pods this fake (re)started: m_clock ms when
    QHash<QString, std::deque<api::ApiError>> m_faults;
    int m_nextId = 1;
};

api::ApiError apiError(api::ApiError::Kind kind, const QString& message = QStringLiteral("fake error"));

} // namespace autopod::test
