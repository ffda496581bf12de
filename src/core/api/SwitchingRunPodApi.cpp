// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/SwitchingRunPodApi.h"

#include "core/api/ApiLogging.h"
#include "core/api/HttpRunPodApi.h"

namespace autopod::api {

SwitchingRunPodApi::SwitchingRunPodApi(std::unique_ptr<HttpRunPodApi> graphQl, std::unique_ptr<HttpRunPodApi> rest,
                                       bool startOnRest, QObject* parent)
    : RunPodApi(parent)
    , m_graphQl(std::move(graphQl))
    , m_rest(std::move(rest))
    , m_onRest(startOnRest)
{
    for (RunPodApi* inner : {static_cast<RunPodApi*>(m_graphQl.get()), static_cast<RunPodApi*>(m_rest.get())}) {
        connect(inner, &RunPodApi::retryScheduled, this, &RunPodApi::retryScheduled);
    }
}

SwitchingRunPodApi::~SwitchingRunPodApi() = default;

void SwitchingRunPodApi::switchToRest(const QString& detail)
{
    if (m_onRest) {
        return;
    }
    m_onRest = true;
    qCWarning(lcApi).noquote() << "RunPod's GraphQL API signalled its retirement (" << detail
                               << "): switching to REST v2 at" << m_rest->endpoint().toString();
    Q_EMIT transportSwitched(detail);
}

template <typename T, typename Call>
void SwitchingRunPodApi::dispatch(QObject* context, Callback<T> done, Call call)
{
    if (m_onRest) {
        call(*m_rest, context, std::move(done));
        return;
    }
    QPointer<QObject> ctx(context);
    QPointer<SwitchingRunPodApi> self(this);
    call(*m_graphQl, context, [self, ctx, done, call](const ApiResult<T>& r) {
        if (r.ok() || r.error.kind != ApiError::Kind::ApiRetired || !self || !ctx) {
            done(r);
            return;
        }
        self->switchToRest(r.error.detail);
        call(*self->m_rest, ctx.data(), done);
    });
}

void SwitchingRunPodApi::account(QObject* context, Callback<Account> done)
{
    dispatch<Account>(context, std::move(done),
                      [](HttpRunPodApi& api, QObject* ctx, Callback<Account> cb) { api.account(ctx, std::move(cb)); });
}

void SwitchingRunPodApi::gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done)
{
    dispatch<QList<GpuOffer>>(context, std::move(done),
                              [filter](HttpRunPodApi& api, QObject* ctx, Callback<QList<GpuOffer>> cb) {
                                  api.gpuOffers(filter, ctx, std::move(cb));
                              });
}

void SwitchingRunPodApi::dataCenters(QObject* context, Callback<QList<DataCenter>> done)
{
    dispatch<QList<DataCenter>>(
        context, std::move(done),
        [](HttpRunPodApi& api, QObject* ctx, Callback<QList<DataCenter>> cb) { api.dataCenters(ctx, std::move(cb)); });
}

void SwitchingRunPodApi::networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done)
{
    dispatch<QList<NetworkVolume>>(context, std::move(done),
                                   [](HttpRunPodApi& api, QObject* ctx, Callback<QList<NetworkVolume>> cb) {
                                       api.networkVolumes(ctx, std::move(cb));
                                   });
}

void SwitchingRunPodApi::createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done)
{
    dispatch<Pod>(context, std::move(done), [request](HttpRunPodApi& api, QObject* ctx, Callback<Pod> cb) {
        api.createPod(request, ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::pod(const QString& podId, QObject* context, Callback<Pod> done)
{
    dispatch<Pod>(context, std::move(done),
                  [podId](HttpRunPodApi& api, QObject* ctx, Callback<Pod> cb) { api.pod(podId, ctx, std::move(cb)); });
}

void SwitchingRunPodApi::pods(QObject* context, Callback<QList<Pod>> done)
{
    dispatch<QList<Pod>>(context, std::move(done), [](HttpRunPodApi& api, QObject* ctx, Callback<QList<Pod>> cb) {
        api.pods(ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::stopPod(const QString& podId, QObject* context, Callback<Pod> done)
{
    dispatch<Pod>(context, std::move(done), [podId](HttpRunPodApi& api, QObject* ctx, Callback<Pod> cb) {
        api.stopPod(podId, ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done)
{
    dispatch<Pod>(context, std::move(done), [podId, gpuCount](HttpRunPodApi& api, QObject* ctx, Callback<Pod> cb) {
        api.resumePod(podId, gpuCount, ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::terminatePod(const QString& podId, QObject* context, Callback<Done> done)
{
    dispatch<Done>(context, std::move(done), [podId](HttpRunPodApi& api, QObject* ctx, Callback<Done> cb) {
        api.terminatePod(podId, ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done)
{
    dispatch<Account>(context, std::move(done), [publicKey](HttpRunPodApi& api, QObject* ctx, Callback<Account> cb) {
        api.addPublicKey(publicKey, ctx, std::move(cb));
    });
}

void SwitchingRunPodApi::podLogs(const QString& podId, int lines, QObject* context, Callback<QStringList> done)
{
    // Only REST v2 has pod logs; it answers while GraphQL still lives.
    m_rest->podLogs(podId, lines, context, std::move(done));
}

int SwitchingRunPodApi::pollSpacingMs() const
{
    return (m_onRest ? m_rest : m_graphQl)->pollSpacingMs();
}

} // namespace autopod::api
