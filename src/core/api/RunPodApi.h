#pragma once

#include "core/api/ApiTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace autopod::api {

// Everything autopod asks of RunPod. GraphQlRunPodApi is the implementation in use; RunPod's REST
// v2 is the second one (GraphQL is announced to retire in early 2027). Tests use fakes.
//
// Every call is asynchronous: the callback runs later on the caller's thread, and only while
// `context` is alive (the usual Qt rule for a connection's context object). Transient failures
// are retried inside the implementation (2, 4, 8, 16, 32 s by default); the callback sees the
// final outcome only.
class RunPodApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const ApiResult<T>&)>;

    using QObject::QObject;
    ~RunPodApi() override = default;

    // The key check of the first-run flow: `myself`.
    virtual void account(QObject* context, Callback<Account> done) = 0;
    virtual void gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done) = 0;
    virtual void dataCenters(QObject* context, Callback<QList<DataCenter>> done) = 0;
    virtual void networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done) = 0;

    virtual void createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done) = 0;
    // PodNotFound when RunPod no longer knows the pod (terminated, here or elsewhere).
    virtual void pod(const QString& podId, QObject* context, Callback<Pod> done) = 0;
    virtual void pods(QObject* context, Callback<QList<Pod>> done) = 0;
    virtual void stopPod(const QString& podId, QObject* context, Callback<Pod> done) = 0;
    virtual void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done) = 0;
    virtual void terminatePod(const QString& podId, QObject* context, Callback<Done> done) = 0;

    // Appends a key to the account's key list (never replaces the keys already there).
    virtual void addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done) = 0;

protected:
    // Runs `done(result)` on the next event-loop turn if `context` still exists.
    template <typename T>
    static void deliver(QObject* context, Callback<T> done, ApiResult<T> result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace autopod::api
