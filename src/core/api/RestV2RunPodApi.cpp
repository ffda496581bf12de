// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/RestV2RunPodApi.h"

#include <QCoreApplication>

#include "core/api/ApiErrors.h"
#include "core/api/ApiJob.h"
#include "core/api/ApiLogging.h"
#include "core/api/GpuOfferQuery.h"
#include "core/api/OrphanSafeCreate.h"
#include "core/api/RestV2Parsers.h"
#include "core/api/SshPublicKeys.h"
#include "core/app/Numbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace autopod::api {

namespace {

// The path of one pod's resource. The id is one path segment, percent-encoded: an id typed by the
// user ("abc?x", "a/../b") names no pod, never another resource or a query.
QString podPath(const QString& podId, const char* tail = "")
{
    return QStringLiteral("pods/") + QString::fromLatin1(QUrl::toPercentEncoding(podId)) + QLatin1String(tail);
}

using Kind = ApiError::Kind;

template <typename T>
ApiResult<T> failure(ApiError e)
{
    return ApiResult<T>::failure(std::move(e));
}

ApiError shapeError(const QString& what)
{
    return makeError(Kind::UnexpectedResponse, what);
}

ApiResult<Pod> podResult(const RestResponse& r, const QString& podId)
{
    if (!r.ok()) {
        return failure<Pod>(
            r.error.kind == Kind::PodNotFound ? podNotFoundError(podId, r.error.detail, r.error.httpStatus) : r.error);
    }
    if (auto pod = restv2::parsePod(r.body)) {
        return ApiResult<Pod>::success(*pod);
    }
    return failure<Pod>(shapeError(QStringLiteral("not a pod")));
}

RestRequest get(const QString& path, const QString& op)
{
    return RestRequest{"GET", path, {}, op};
}

QStringList keysOf(const QJsonValue& body)
{
    QStringList keys;
    for (const QJsonValue& k : body.toObject().value(QStringLiteral("keys")).toArray()) {
        keys << k.toString();
    }
    return keys;
}

Account accountFromKeys(const QStringList& keys)
{
    Account a;
    a.pubKey = keys.join(QLatin1Char('\n'));
    return a;
}

} // namespace

RestV2RunPodApi::RestV2RunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint,
                                 RunPodRequestFactory::KeyProvider apiKey, QObject* parent)
    : HttpRunPodApi(nam, endpoint, std::move(apiKey), parent)
{}

RestV2RunPodApi::~RestV2RunPodApi() = default;

void RestV2RunPodApi::run(const RestRequest& request, const RetryPolicy& policy, QObject* context, Handler handler)
{
    auto* job = new RestJob(m_nam, m_requests, request, policy, &m_pacer, this);
    connect(job, &RestJob::finished, this,
            [handler = std::move(handler)](const RestResponse& r, int attempts) { handler(r, attempts); });
    relayRetries(job, context, request.operation);
    job->start();
}

void RestV2RunPodApi::account(QObject* context, Callback<Account> done)
{
    QPointer<QObject> ctx(context);
    run(get(QStringLiteral("account/ssh-keys"), QStringLiteral("getSshKeys")), context,
        [ctx, done](const RestResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done,
                               failure<Account>(r.error.kind == Kind::PodNotFound
                                                    ? shapeError(QStringLiteral("account/ssh-keys not found"))
                                                    : r.error));
            }
            if (!r.body.toObject().value(QStringLiteral("keys")).isArray()) {
                return deliver(ctx, done, failure<Account>(shapeError(QStringLiteral("getSshKeys: no keys list"))));
            }
            deliver(ctx, done, ApiResult<Account>::success(accountFromKeys(keysOf(r.body))));
        });
}

void RestV2RunPodApi::gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done)
{
    QPointer<QObject> ctx(context);
    // The GPU catalogue with stock per data center, then the data centers' regions.
    run(get(QStringLiteral("catalog/gpus?") + restv2::catalogQuery(filter), QStringLiteral("listGpuTypes")), context,
        [this, ctx, done, filter](const RestResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<QList<GpuOffer>>(r.error));
            }
            const QJsonValue gpus = r.body.toObject().value(QStringLiteral("gpus"));
            if (!gpus.isArray()) {
                return deliver(ctx, done,
                               failure<QList<GpuOffer>>(shapeError(QStringLiteral("listGpuTypes: no gpus list"))));
            }
            run(get(QStringLiteral("catalog/datacenters?") + restv2::dataCentersQuery(),
                    QStringLiteral("listDataCenters")),
                ctx.data(), [ctx, done, filter, gpus](const RestResponse& d, int) {
                    if (!d.ok()) {
                        return deliver(ctx, done, failure<QList<GpuOffer>>(d.error));
                    }
                    const QJsonArray dcs = d.body.toObject().value(QStringLiteral("dataCenters")).toArray();
                    const QList<GpuOffer> result = restv2::buildOffers(filter, gpus.toArray(), dcs);
                    qCInfo(lcApi).noquote()
                        << "GPU offers for" << offers::describeFilter(filter) << ":" << result.size();
                    if (result.isEmpty()) {
                        ApiError e = makeError(Kind::NoGpusMatchingFilters, offers::describeFilter(filter));
                        e.message =
                            QCoreApplication::translate(
                                "RunPodErrors", "No GPU is available with your filters (%1). Widen them and try again.")
                                .arg(offers::describeFilter(filter));
                        return deliver(ctx, done, failure<QList<GpuOffer>>(e));
                    }
                    deliver(ctx, done, ApiResult<QList<GpuOffer>>::success(result));
                });
        });
}

void RestV2RunPodApi::dataCenters(QObject* context, Callback<QList<DataCenter>> done)
{
    QPointer<QObject> ctx(context);
    run(get(QStringLiteral("catalog/datacenters"), QStringLiteral("listDataCenters")), context,
        [ctx, done](const RestResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<QList<DataCenter>>(r.error));
            }
            const QJsonValue list = r.body.toObject().value(QStringLiteral("dataCenters"));
            if (!list.isArray()) {
                return deliver(ctx, done,
                               failure<QList<DataCenter>>(shapeError(QStringLiteral("listDataCenters: no list"))));
            }
            QList<DataCenter> out;
            for (const QJsonValue& v : list.toArray()) {
                const QJsonObject o = v.toObject();
                DataCenter dc;
                dc.id = o.value(QStringLiteral("id")).toString();
                if (dc.id.isEmpty()) {
                    continue;
                }
                dc.name = o.value(QStringLiteral("name")).toString(dc.id);
                dc.location = dc.name;
                dc.region = restv2::regionOf(o.value(QStringLiteral("region")).toString());
                if (dc.region.isEmpty()) {
                    dc.region = offers::regionOfDataCenter(dc.id);
                }
                out.append(dc);
            }
            deliver(ctx, done, ApiResult<QList<DataCenter>>::success(out));
        });
}

void RestV2RunPodApi::networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done)
{
    QPointer<QObject> ctx(context);
    run(get(QStringLiteral("network-volumes"), QStringLiteral("listNetworkVolumes")), context,
        [ctx, done](const RestResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<QList<NetworkVolume>>(r.error));
            }
            const QJsonValue list = r.body.toObject().value(QStringLiteral("networkVolumes"));
            if (!list.isArray()) {
                return deliver(
                    ctx, done,
                    failure<QList<NetworkVolume>>(shapeError(QStringLiteral("listNetworkVolumes: no list"))));
            }
            QList<NetworkVolume> out;
            for (const QJsonValue& v : list.toArray()) {
                const QJsonObject o = v.toObject();
                NetworkVolume nv{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                                 countIn(o.value(QStringLiteral("size"))),
                                 o.value(QStringLiteral("dataCenter")).toString()};
                if (!nv.id.isEmpty()) {
                    out.append(nv);
                }
            }
            deliver(ctx, done, ApiResult<QList<NetworkVolume>>::success(out));
        });
}

void RestV2RunPodApi::createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done)
{
    auto send = [this, request](const RetryPolicy& policy,
                                std::function<void(const OrphanSafeCreate::Attempt&)> answer) {
        run(RestRequest{"POST", QStringLiteral("pods"), QJsonDocument(restv2::createPodBody(request)),
                        QStringLiteral("createPod")},
            policy, nullptr, [answer](const RestResponse& r, int) {
                answer({podResult(r, QString()), r.retryAfterSeconds});
            });
    };
    createOrphanSafe(request, context, std::move(done), QStringLiteral("createPod"), send);
}

void RestV2RunPodApi::pod(const QString& podId, QObject* context, Callback<Pod> done)
{
    QPointer<QObject> ctx(context);
    run(get(podPath(podId), QStringLiteral("getPod")), context,
        [ctx, done, podId](const RestResponse& r, int) { deliver(ctx, done, podResult(r, podId)); });
}

void RestV2RunPodApi::pods(QObject* context, Callback<QList<Pod>> done)
{
    listPods(m_policy, context,
             [ctx = QPointer<QObject>(context), done](const ApiResult<QList<Pod>>& r) { deliver(ctx, done, r); });
}

void RestV2RunPodApi::listPods(const RetryPolicy& policy, QObject* context, Callback<QList<Pod>> answer)
{
    listPodsFrom(QStringLiteral("pods"), {}, policy, context, std::move(answer));
}

void RestV2RunPodApi::listPodsFrom(const QString& page, QList<Pod> sofar, const RetryPolicy& policy, QObject* context,
                                   Callback<QList<Pod>> answer)
{
    QPointer<QObject> ctx(context);
    run(get(page, QStringLiteral("listPods")), policy, context,
        [this, policy, ctx, answer, sofar](const RestResponse& r, int) mutable {
            if (!r.ok()) {
                return answer(failure<QList<Pod>>(r.error));
            }
            const QJsonValue list = r.body.toObject().value(QStringLiteral("pods"));
            if (!list.isArray()) {
                return answer(failure<QList<Pod>>(shapeError(QStringLiteral("listPods: no pods list"))));
            }
            for (const QJsonValue& v : list.toArray()) {
                if (auto p = restv2::parsePod(v)) {
                    sofar.append(*p);
                }
            }
            // Every page, so a pod on page two is never taken for gone (a runaway list stops at 100 000).
            if (!r.nextPage.isEmpty() && sofar.size() < 100 * 1000) {
                return listPodsFrom(r.nextPage, sofar, policy, ctx.data(), answer);
            }
            answer(ApiResult<QList<Pod>>::success(sofar));
        });
}

void RestV2RunPodApi::podAction(const QString& podId, const QString& action, const RetryPolicy& policy,
                                QObject* context, Callback<Pod> done)
{
    QPointer<QObject> ctx(context);
    run(RestRequest{"POST", podPath(podId, "/action"), QJsonDocument(QJsonObject{{QStringLiteral("action"), action}}),
                    QStringLiteral("podAction")},
        policy, context, [ctx, done, podId](const RestResponse& r, int) { deliver(ctx, done, podResult(r, podId)); });
}

void RestV2RunPodApi::stopPod(const QString& podId, QObject* context, Callback<Pod> done)
{
    podAction(podId, QStringLiteral("stop"), m_policy.forCostCriticalCall(), context, std::move(done));
}

void RestV2RunPodApi::resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done)
{
    Q_UNUSED(gpuCount) // the start action resumes with the pod's own GPU count
    podAction(podId, QStringLiteral("start"), m_policy, context, std::move(done));
}

void RestV2RunPodApi::terminatePod(const QString& podId, QObject* context, Callback<Done> done)
{
    QPointer<QObject> ctx(context);
    run(RestRequest{"DELETE", podPath(podId), {}, QStringLiteral("deletePod")}, m_policy.forCostCriticalCall(), context,
        [ctx, done, podId](const RestResponse& r, int attempts) {
            if (r.ok() || (r.error.kind == Kind::PodNotFound && attempts > 1)) {
                return deliver(ctx, done, ApiResult<Done>::success(Done{}));
            }
            deliver(ctx, done,
                    failure<Done>(r.error.kind == Kind::PodNotFound
                                      ? podNotFoundError(podId, r.error.detail, r.error.httpStatus)
                                      : r.error));
        });
}

void RestV2RunPodApi::addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done)
{
    QPointer<QObject> ctx(context);
    if (!publickeys::looksLikePublicKey(publicKey)) {
        return deliver(ctx, done, failure<Account>(notAPublicKeyError()));
    }
    run(get(QStringLiteral("account/ssh-keys"), QStringLiteral("getSshKeys")), context,
        [this, ctx, done, publicKey](const RestResponse& r, int) {
            if (!r.ok()) {
                return deliver(ctx, done, failure<Account>(r.error));
            }
            QStringList keys = keysOf(r.body);
            if (publickeys::containsKey(keys, publicKey)) {
                return deliver(ctx, done, ApiResult<Account>::success(accountFromKeys(keys)));
            }
            keys.append(publicKey.trimmed()); // PUT replaces the whole set: send every existing key too
            run(RestRequest{"PUT", QStringLiteral("account/ssh-keys"),
                            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray::fromStringList(keys)}}),
                            QStringLiteral("updateSshKeys")},
                ctx.data(), [ctx, done, keys](const RestResponse& u, int) {
                    if (!u.ok()) {
                        return deliver(ctx, done, failure<Account>(u.error));
                    }
                    deliver(ctx, done,
                            ApiResult<Account>::success(accountFromKeys(u.body.isObject() ? keysOf(u.body) : keys)));
                });
        });
}

} // namespace autopod::api

namespace autopod::api {

namespace {

// The `line` of each complete `data:` event in `buffer` (consumed); the rest stays for later. One
// pass over the buffer, however many short lines it holds.
QStringList takeLogLines(QByteArray* buffer)
{
    QStringList out;
    qsizetype from = 0;
    qsizetype end = -1;
    while ((end = buffer->indexOf('\n', from)) >= 0) {
        const QByteArray line = buffer->sliced(from, end - from).trimmed();
        from = end + 1;
        if (!line.startsWith("data:")) {
            continue;
        }
        const QByteArray payload = line.mid(5).trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(payload);
        out << (doc.isObject() ? doc.object().value(QStringLiteral("line")).toString() : QString::fromUtf8(payload));
    }
    buffer->remove(0, from);
    return out;
}

} // namespace

void RestV2RunPodApi::podLogs(const QString& podId, int lines, QObject* context, Callback<QStringList> done)
{
    QPointer<QObject> ctx(context);
    if (m_requests.apiKey().isEmpty()) {
        return deliver(ctx, done, failure<QStringList>(noApiKeyError()));
    }
    const int wanted = qBound(1, lines, 5000);
    QNetworkRequest request = m_requests.restRequest(podPath(podId, "/logs") + QStringLiteral("?tail=%1").arg(wanted));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream"));
    qCInfo(lcApi).noquote() << "request getPodLogs GET" << request.url().path();
    QNetworkReply* reply = m_nam.get(request);
    // The stream is taken as it arrives through a small read buffer, so the network layer stops
    // reading from the socket while autopod is behind, and no more than kMaxLogBytes of it is read.
    reply->setReadBufferSize(kLogReadBufferBytes);

    struct Read
    {
        QByteArray buffer;
        QStringList lines;
        qint64 received = 0;
        bool tooLarge = false;
        bool finished = false;
    };
    auto read = std::make_shared<Read>();
    auto* quiet = new QTimer(reply);
    quiet->setSingleShot(true);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    const auto status = [reply] {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    // Takes what arrived, up to the cap.
    const auto take = [reply, read] {
        if (read->tooLarge) {
            return;
        }
        const QByteArray bytes = reply->read(kMaxLogBytes + 1 - read->received);
        read->received += bytes.size();
        if (read->received > kMaxLogBytes) {
            read->tooLarge = true;
            read->buffer.clear();
            return;
        }
        read->buffer += bytes;
        read->lines << takeLogLines(&read->buffer);
    };
    auto end = [reply, read, ctx, done, wanted, podId, status, take]() {
        if (read->finished) {
            return;
        }
        read->finished = true;
        const int code = status();
        if (code > 0 && code < 400) {
            take();
            if (!read->tooLarge) {
                read->buffer += '\n'; // a last line without its newline
                read->lines << takeLogLines(&read->buffer);
            }
        }
        // Before the reply has finished its error string says nothing yet: the status's own words do.
        const QString why = reply->isFinished()
                                ? reply->errorString()
                                : reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        reply->disconnect();
        reply->abort();
        reply->deleteLater();
        if (read->tooLarge) {
            qCWarning(lcApi).noquote() << "response getPodLogs is larger than" << kMaxLogBytes
                                       << "bytes; stopped reading it";
            return deliver(ctx, done,
                           failure<QStringList>(makeError(
                               Kind::UnexpectedResponse,
                               QStringLiteral("the pod's log is larger than %1 MiB; autopod stopped reading it")
                                   .arg(kMaxLogBytes / (1024 * 1024)),
                               code)));
        }
        if (code >= 400 || (code == 0 && read->lines.isEmpty())) {
            ApiError e = makeError(code == 404 ? Kind::PodNotFound : Kind::NetworkError,
                                   QStringLiteral("getPodLogs: HTTP %1 %2").arg(code).arg(why), code);
            qCInfo(lcApi).noquote() << "no logs for pod" << podId << ":" << e.detail;
            return deliver(ctx, done, failure<QStringList>(e));
        }
        qCInfo(lcApi).noquote() << "response getPodLogs HTTP" << code << read->lines.size() << "line(s)";
        deliver(ctx, done, ApiResult<QStringList>::success(read->lines.mid(qMax(0, read->lines.size() - wanted))));
    };
    // An error status needs none of its body, and a declared length past the cap is refused from
    // the headers.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, read, status, end] {
        if (declaresMoreThan(*reply, kMaxLogBytes)) {
            read->tooLarge = true;
        }
        if (read->tooLarge || status() >= 400) {
            end();
        }
    });
    connect(reply, &QNetworkReply::readyRead, reply, [read, quiet, wanted, status, take, end] {
        if (status() >= 400) {
            end();
            return;
        }
        take();
        if (read->tooLarge || read->lines.size() >= wanted) {
            end();
            return;
        }
        quiet->start(kLogsQuietMs);
    });
    connect(reply, &QNetworkReply::finished, reply, end);
    connect(quiet, &QTimer::timeout, reply, end);
    connect(deadline, &QTimer::timeout, reply, end);
    deadline->start(kLogsDeadlineMs);
}

} // namespace autopod::api
