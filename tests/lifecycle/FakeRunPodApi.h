// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <deque>

namespace autopod::test {

// An in-memory RunPod for lifecycle tests. Pods gain their runtime (with a public 22/tcp) a set
// time after they are created or resumed; errors can be queued per operation.
class FakeRunPodApi : public api::RunPodApi
{
    Q_OBJECT

public:
    explicit FakeRunPodApi(QObject* parent = nullptr);

    // Knobs
    int runtimeAfterMs = 0;         // runtime appears this long after create/resume
    bool runtimeNever = false;      // the pod never gets a runtime
    bool orphanOnCreate = false;    // create makes the pod, then answers a server error
    int volumeGb = 0;               // of created pods
    int announcedRetries = 0;       // retryScheduled() signals sent before a queued transient failure
    bool hangStops = false;         // stopPod/terminatePod never answer
    bool resumeThenTimeout = false; // resumePod starts the pod, then its answer is lost (NetworkTimeout)
    int createAnswerAfterMs = 0;    // the create is carried out and answered this much later
    int orphanAppearsAfterMs = -1;  // >= 0: the create answers a server error, the pod appears this much later
    QString sshHost = QStringLiteral("127.0.0.1");
    int sshPort = 40022;

    void failNext(const QString& operation, api::ApiError error, int times = 1);
    void addPod(const api::Pod& pod) { m_pods.insert(pod.id, Entry{pod, 0}); }
    bool hasPod(const QString& id) const { return m_pods.contains(id); }
    api::Pod podState(const QString& id) const { return current(id); }
    QStringList calls() const { return m_calls; }
    int count(const QString& operation) const { return int(m_calls.count(operation)); }
    QList<api::CreatePodRequest> creates;

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
    struct Entry
    {
        api::Pod pod;
        qint64 startedAt = 0; // m_clock ms when it was (re)started
    };
    bool takeFault(const QString& operation, api::ApiError* error, QObject* context);
    api::Pod current(const QString& id) const;

    QElapsedTimer m_clock;
    QHash<QString, Entry> m_pods;
    QHash<QString, std::deque<api::ApiError>> m_faults;
    QStringList m_calls;
    int m_nextId = 1;
};

api::ApiError apiError(api::ApiError::Kind kind, const QString& message = QStringLiteral("fake error"));

} // namespace autopod::test
