// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// runpod.transport = auto (SwitchingRunPodApi) on a fake network: GraphQL while it answers, REST v2
// from the call that sees GraphQL's retirement (HTTP 404/410, a "deprecated"/"retired" error),
// that call answered through REST, the switch announced once; 5xx and timeouts never switch.
#include "api/ApiTestUtil.h"
#include "core/api/GraphQlRunPodApi.h"
#include "core/api/RestV2RunPodApi.h"
#include "core/api/SwitchingRunPodApi.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace autopod::api;
using autopod::test::awaitResult;
using autopod::test::FakeNetworkAccessManager;
using autopod::test::FakeResponse;
using autopod::test::RecordedRequest;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(autopod::test::FakeResponse)

namespace {

const QString testKey = QStringLiteral("rpa_TESTKEY_transport_switch");

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.delaysMs = {10, 20};
    p.timeoutMs = 300;
    return p;
}

FakeResponse json(const QJsonObject& o, int status = 200)
{
    return FakeResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

bool isRest(const RecordedRequest& r)
{
    return r.request.url().path().startsWith(QLatin1String("/v2/"));
}

QJsonObject restPod(const QString& id, const QString& status = QStringLiteral("RUNNING"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), QStringLiteral("autopod-2026-12-04-001")},
            {QStringLiteral("status"), status},
            {QStringLiteral("gpu"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("NVIDIA A40")}, {QStringLiteral("count"), 1}}}};
}

QJsonObject graphQlPods(const QString& id)
{
    return {
        {QStringLiteral("data"),
         QJsonObject{
             {QStringLiteral("myself"),
              QJsonObject{{QStringLiteral("pods"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                  {QStringLiteral("name"), QStringLiteral("gql")},
                                                  {QStringLiteral("desiredStatus"), QStringLiteral("RUNNING")}}}}}}}}};
}

} // namespace

class tst_transportswitch : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<SwitchingRunPodApi> m_api;

    SwitchingRunPodApi& api(bool startOnRest = false)
    {
        auto graphQl = std::make_unique<GraphQlRunPodApi>(*m_nam, QUrl(QStringLiteral("https://api.test/graphql")),
                                                          [] { return testKey; });
        auto rest = std::make_unique<RestV2RunPodApi>(*m_nam, QUrl(QStringLiteral("https://api.test/v2")),
                                                      [] { return testKey; });
        graphQl->setRetryPolicy(fastPolicy());
        rest->setRetryPolicy(fastPolicy());
        m_api = std::make_unique<SwitchingRunPodApi>(std::move(graphQl), std::move(rest), startOnRest);
        return *m_api;
    }

    int restRequests() const
    {
        return int(std::count_if(m_nam->requests().cbegin(), m_nam->requests().cend(), isRest));
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<FakeNetworkAccessManager>(); }
    void cleanup()
    {
        m_api.reset();
        m_nam.reset();
    }

    void usesGraphQlWhileRunPodServesIt()
    {
        auto& a = api();
        QSignalSpy switched(&a, &SwitchingRunPodApi::transportSwitched);
        m_nam->setHandler([](const RecordedRequest& r) {
            return isRest(r) ? json({{QStringLiteral("pods"), QJsonArray{}}}) : json(graphQlPods(QStringLiteral("g1")));
        });
        const auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->first().id, QStringLiteral("g1"));
        QCOMPARE(restRequests(), 0);
        QCOMPARE(switched.count(), 0);
        QVERIFY(!a.onRest());
    }

    void retirementSignalsMoveTheSameCallToRest_data()
    {
        QTest::addColumn<FakeResponse>("graphQlAnswer");
        QTest::newRow("HTTP 410 Gone") << json(
            {{QStringLiteral("errors"),
              QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("The GraphQL API has been retired. "
                                                                                "Use https://api.runpod.io/v2")}}}}},
            410);
        QTest::newRow("HTTP 404, HTML") << FakeResponse{404, QByteArrayLiteral("<html>Not Found</html>"), {}};
        QTest::newRow("deprecation error, HTTP 200") << json(
            {{QStringLiteral("errors"),
              QJsonArray{QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("This API is deprecated and no longer serves requests")}}}}});
    }

    void retirementSignalsMoveTheSameCallToRest()
    {
        QFETCH(FakeResponse, graphQlAnswer);
        auto& a = api();
        QSignalSpy switched(&a, &SwitchingRunPodApi::transportSwitched);
        m_nam->setHandler([graphQlAnswer](const RecordedRequest& r) {
            return isRest(r) ? json({{QStringLiteral("pods"), QJsonArray{restPod(QStringLiteral("r1"))}}})
                             : graphQlAnswer;
        });
        const auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message)); // answered, not failed
        QCOMPARE(r.value->first().id, QStringLiteral("r1"));
        QCOMPARE(m_nam->requests().size(), 2); // one GraphQL attempt (not retried), one REST call
        QCOMPARE(switched.count(), 1);
        QVERIFY(a.onRest());

        // From now on REST only, and the switch is not announced again.
        const auto again = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY(again.ok());
        QCOMPARE(m_nam->requests().size(), 3);
        QVERIFY(isRest(m_nam->requests().last()));
        QCOMPARE(switched.count(), 1);
    }

    void aCreateRefusedAsRetiredIsSentOnceThroughRest()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest& r) {
            if (!isRest(r)) {
                return FakeResponse{410, QByteArrayLiteral("Gone"), {}};
            }
            return json(restPod(QStringLiteral("new1"), QStringLiteral("PROVISIONING")), 201);
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-12-04-001");
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("new1"));
        QCOMPARE(r.value->stage, QStringLiteral("PROVISIONING"));
        int creates = 0;
        for (const RecordedRequest& rr : m_nam->requests()) {
            const QByteArray verb = rr.request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            creates += isRest(rr) && rr.request.url().path() == QLatin1String("/v2/pods") &&
                       (verb == "POST" || rr.operation == QNetworkAccessManager::PostOperation);
        }
        QCOMPARE(creates, 1);
    }

    void transientFailuresNeverSwitch_data()
    {
        QTest::addColumn<FakeResponse>("graphQlAnswer");
        QTest::addColumn<int>("kind");
        QTest::newRow("HTTP 502") << FakeResponse{502, QByteArrayLiteral("<html>502 Bad Gateway</html>"), {}}
                                  << int(Kind::ServerError);
        QTest::newRow("HTTP 503 saying retired")
            << json({{QStringLiteral("errors"),
                      QJsonArray{QJsonObject{{QStringLiteral("message"), QStringLiteral("GraphQL API retired")}}}}},
                    503)
            << int(Kind::ServerError);
        QTest::newRow("timeout") << FakeResponse::hanging() << int(Kind::NetworkTimeout);
    }

    void transientFailuresNeverSwitch()
    {
        QFETCH(FakeResponse, graphQlAnswer);
        QFETCH(int, kind);
        auto& a = api();
        QSignalSpy switched(&a, &SwitchingRunPodApi::transportSwitched);
        m_nam->setHandler([graphQlAnswer](const RecordedRequest& r) {
            return isRest(r) ? json({{QStringLiteral("pods"), QJsonArray{}}}) : graphQlAnswer;
        });
        const auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(restRequests(), 0);
        QCOMPARE(switched.count(), 0);
        QVERIFY(!a.onRest());
    }

    void aRememberedSwitchStartsOnRest()
    {
        auto& a = api(true);
        m_nam->setHandler([](const RecordedRequest& r) {
            return isRest(r) ? json({{QStringLiteral("pods"), QJsonArray{}}}) : json(graphQlPods(QStringLiteral("g")));
        });
        QVERIFY(awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); }).ok());
        QCOMPARE(m_nam->requests().size(), 1);
        QVERIFY(isRest(m_nam->requests().first()));
    }

    void retriesOfEitherTransportAreAnnounced()
    {
        auto& a = api();
        QSignalSpy retries(&a, &RunPodApi::retryScheduled);
        int graphQlCalls = 0;
        m_nam->setHandler([&graphQlCalls](const RecordedRequest& r) {
            if (!isRest(r)) {
                return ++graphQlCalls == 1 ? FakeResponse{502, QByteArrayLiteral("bad gateway"), {}}
                                           : FakeResponse{410, QByteArrayLiteral("Gone"), {}};
            }
            return json({{QStringLiteral("pods"), QJsonArray{}}});
        });
        QVERIFY(awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); }).ok());
        QCOMPARE(retries.count(), 1);
        QVERIFY(a.onRest());
    }
};

QTEST_GUILESS_MAIN(tst_transportswitch)
#include "tst_transportswitch.moc"
