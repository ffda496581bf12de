// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQlRunPodApi against a fake network: what is sent (auth, documents, variables) and how every
// answer RunPod can give is classified; callbacks never outlive their context.
#include "api/GraphQlTestSupport.h"

using namespace autopod::test::graphql;

class tst_graphql_transport : public GraphQlApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { captureLogs(); }
    void cleanupTestCase() { verifyNoKeyInLogs(); }

    void accountSendsKeyOnlyInAuthorizationHeader()
    {
        auto& a = api();
        m_nam->enqueue(data(
            {{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("user_1")},
                                                    {QStringLiteral("email"), QStringLiteral("me@example.com")},
                                                    {QStringLiteral("pubKey"), QStringLiteral("ssh-ed25519 AAAA me")},
                                                    {QStringLiteral("clientBalance"), 24.53},
                                                    {QStringLiteral("currentSpendPerHr"), 0.69},
                                                    {QStringLiteral("spendLimit"), 80}}}}));
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->email, QStringLiteral("me@example.com"));
        QCOMPARE(r.value->balance, 24.53);
        QCOMPARE(r.value->pubKey, QStringLiteral("ssh-ed25519 AAAA me"));

        QCOMPARE(m_nam->requests().size(), 1);
        const RecordedRequest& sent = m_nam->requests().first();
        QCOMPARE(sent.operation, QNetworkAccessManager::PostOperation);
        QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Bearer ") + testKey.toUtf8());
        QVERIFY(sent.request.rawHeader("User-Agent").startsWith("autopod/"));
        QVERIFY(!sent.request.url().toString().contains(testKey));
        QVERIFY(!QUrlQuery(sent.request.url()).hasQueryItem(QStringLiteral("api_key")));
        QVERIFY(!sent.body.contains(testKey.toUtf8()));
        QCOMPARE(operationOf(sent), QStringLiteral("Account"));
        QVERIFY(autopod::test::jsonBody(sent.body)
                    .value(QStringLiteral("query"))
                    .toString()
                    .contains(QStringLiteral("query Account")));
    }

    void documentsAreCompiledIn()
    {
        const QStringList queries{QStringLiteral("Account"),     QStringLiteral("GpuTypes"),
                                  QStringLiteral("DataCenters"), QStringLiteral("NetworkVolumes"),
                                  QStringLiteral("Pod"),         QStringLiteral("Pods")};
        const QStringList mutations{QStringLiteral("CreatePod"), QStringLiteral("StopPod"), QStringLiteral("ResumePod"),
                                    QStringLiteral("TerminatePod"), QStringLiteral("UpdateUserSettings")};
        for (const QString& name : queries + mutations) {
            const GraphQlRequest r = GraphQlRequest::fromResource(name);
            QVERIFY2(r.document.contains(name + QLatin1Char(' ')) || r.document.contains(name + QLatin1Char('(')) ||
                         r.document.contains(name + QLatin1Char('{')),
                     qPrintable(name));
            QCOMPARE(r.isMutation(), mutations.contains(name));
        }
        QVERIFY(GraphQlRequest::fromResource(QStringLiteral("NoSuchOperation")).document.isEmpty());
    }

    void apiKeyInConfiguredEndpointIsDropped()
    {
        FakeNetworkAccessManager nam;
        QUrl leaky(QStringLiteral("https://runpod.test/graphql?api_key=") + testKey);
        GraphQlRunPodApi a(nam, leaky, [] { return testKey; });
        a.setRetryPolicy(fastPolicy(0));
        nam.enqueue(data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}}}}));
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY(r.ok());
        QVERIFY(!nam.requests().first().request.url().toString().contains(testKey));
        QCOMPARE(nam.requests().first().request.rawHeader("Authorization"), QByteArray("Bearer ") + testKey.toUtf8());
    }

    void missingKeyFailsWithoutSending()
    {
        FakeNetworkAccessManager nam;
        GraphQlRunPodApi a(nam, endpoint, [] { return QString(); });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QCOMPARE(r.error.kind, Kind::InvalidApiKey);
        QCOMPARE(r.error.nextStep, autopod::NextStep::SetApiKey);
        QVERIFY2(!r.error.message.contains(QStringLiteral("autopod config")), qPrintable(r.error.message));
        QCOMPARE(nam.requests().size(), 0);
    }

    // A configured endpoint on plain http to another machine would put the key on the wire in clear
    // text: nothing is sent, and the user is told why.
    void plainHttpToAnotherHostIsRefused()
    {
        FakeNetworkAccessManager nam;
        GraphQlRunPodApi a(nam, QUrl(QStringLiteral("http://api.runpod.example/graphql")), [] { return testKey; });
        a.setRetryPolicy(fastPolicy(0));
        nam.enqueue(data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}}}}));
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(QStringLiteral("https")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QStringLiteral("http://api.runpod.example/graphql")),
                 qPrintable(r.error.message));
        QCOMPARE(nam.requests().size(), 0);
    }

    void errorKinds_data()
    {
        QTest::addColumn<QString>("call"); // "stop" (a mutation) or "account" (a query)
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("expectedRequests"); // 1 = not retried, 6 = 1 + 5 retries, 11 = stop: 1 + 10
        QTest::addColumn<QString>("messageContains");

        const auto k = [](Kind kind) {
            return int(kind);
        };
        QTest::newRow("401 invalid key") << "account"
                                         << FakeResponse::json("{\"errors\":[{\"message\":\"Unauthorized\"}]}", 401)
                                         << k(Kind::InvalidApiKey) << 1
                                         << "https://www.runpod.io/console/user/settings";
        QTest::newRow("403") << "account" << text(403, "forbidden") << k(Kind::PermissionDenied) << 1 << "read";
        QTest::newRow("Unauthorized on a mutation")
            << "stop" << gqlError(QStringLiteral("Unauthorized")) << k(Kind::PermissionDenied) << 1 << "read-only";
        QTest::newRow("insufficient balance")
            << "stop"
            << gqlError(QStringLiteral("Insufficient balance: deploying this pod requires at least one hour of credit"))
            << k(Kind::InsufficientBalance) << 1 << "Add credit";
        QTest::newRow("no instances") << "stop"
                                      << gqlError(
                                             QStringLiteral("There are no longer any instances available with the "
                                                            "requested specifications. Please refresh and try again."))
                                      << k(Kind::NoInstancesAvailable) << 1 << "no machine free";
        QTest::newRow("machine lacks resources")
            << "stop"
            << gqlError(QStringLiteral("This machine does not have the resources to deploy your pod. Please try a "
                                       "different machine"))
            << k(Kind::NoInstancesAvailable) << 1 << "try again in a few minutes";
        QTest::newRow("resume: host GPUs taken")
            << "stop"
            << gqlError(QStringLiteral("There are not enough free GPUs on the host machine to start this pod."))
            << k(Kind::NoInstancesAvailable) << 1 << "host machine";
        QTest::newRow("pod not found") << "stop" << gqlError(QStringLiteral("Pod not found")) << k(Kind::PodNotFound)
                                       << 1 << "no longer knows pod";
        QTest::newRow("validation error (bug)")
            << "stop"
            << FakeResponse::json("{\"errors\":[{\"message\":\"Cannot query field \\\"datacenters\\\" on type "
                                  "\\\"Query\\\".\",\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}",
                                  400)
            << k(Kind::InvalidRequest) << 1 << "Cannot query field \"datacenters\"";
        QTest::newRow("500") << "stop" << text(500, "Internal Server Error\n") << k(Kind::ServerError) << 11
                             << "internal error";
        QTest::newRow("502 HTML")
            << "account"
            << text(502, "<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>", "text/html")
            << k(Kind::ServerError) << 6 << "internal error";
        QTest::newRow("Something went wrong")
            << "stop"
            << gqlError(QStringLiteral("Something went wrong. Please try again later or contact support."),
                        QStringLiteral("INTERNAL_SERVER_ERROR"))
            << k(Kind::ServerError) << 11 << "did not recover";
        QTest::newRow("INTERNAL_SERVER_ERROR code")
            << "stop" << gqlError(QStringLiteral("boom"), QStringLiteral("INTERNAL_SERVER_ERROR"))
            << k(Kind::ServerError) << 11 << "boom";
        QTest::newRow("429") << "account"
                             << FakeResponse::json("{\"errors\":[{\"message\":\"Too Many Requests\"}]}", 429)
                             << k(Kind::RateLimited) << 6 << "Wait a minute";
        QTest::newRow("connection refused")
            << "account" << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError) << k(Kind::NetworkError)
            << 6 << "internet connection";
        QTest::newRow("host not found") << "stop" << FakeResponse::networkError(QNetworkReply::HostNotFoundError)
                                        << k(Kind::NetworkError) << 11 << "Could not reach RunPod";
        QTest::newRow("malformed JSON") << "account"
                                        << FakeResponse::json("{\"data\":{\"myself\":{\"id\":\"5xpma5eg46tq")
                                        << k(Kind::UnexpectedResponse) << 1 << "not valid JSON";
        QTest::newRow("JSON array") << "account" << FakeResponse::json("[1,2,3]") << k(Kind::UnexpectedResponse) << 1
                                    << "does not understand";
        QTest::newRow("binary garbage") << "stop" << text(200, QByteArray("\x00\xff\xfe garbage", 11))
                                        << k(Kind::UnexpectedResponse) << 1 << "does not understand";
        QTest::newRow("no data") << "account" << FakeResponse::json("{\"extensions\":{}}")
                                 << k(Kind::UnexpectedResponse) << 1 << "no data";
        QTest::newRow("wrong shape") << "stop" << FakeResponse::json("{\"data\":{\"podStop\":{\"id\":5,\"name\":[]}}}")
                                     << k(Kind::UnexpectedResponse) << 1 << "not a pod";
        QTest::newRow("myself null") << "account" << FakeResponse::json("{\"data\":{\"myself\":null}}")
                                     << k(Kind::UnexpectedResponse) << 1 << "myself";
    }

    void errorKinds()
    {
        QFETCH(QString, call);
        QFETCH(FakeResponse, response);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedRequests);
        QFETCH(QString, messageContains);

        auto& a = api();
        m_nam->setHandler([response](const RecordedRequest&) { return response; });
        ApiError error;
        if (call == QLatin1String("stop")) {
            const auto r = autopod::test::awaitResult<Pod>(
                [&](QObject* c, auto done) { a.stopPod(QStringLiteral("pod123"), c, done); });
            QVERIFY(!r.ok());
            error = r.error;
        } else {
            const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
            QVERIFY(!r.ok());
            error = r.error;
        }
        QVERIFY2(int(error.kind) == expectedKind,
                 qPrintable(kindName(error.kind) + QStringLiteral(" instead of ") + kindName(Kind(expectedKind))));
        QCOMPARE(m_nam->requests().size(), expectedRequests);
        QVERIFY2(error.message.contains(messageContains) || error.detail.contains(messageContains),
                 qPrintable(error.message + QStringLiteral(" | ") + error.detail));
        QVERIFY(!error.message.contains(testKey));
    }

    void callbackIsDroppedWhenContextDies()
    {
        auto& a = api();
        m_nam->enqueue(data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}}}}));
        bool called = false;
        {
            QObject context;
            a.account(&context, [&called](const ApiResult<Account>&) { called = true; });
        }
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void destroyingTheApiAbortsJobs()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        QObject context;
        a.account(&context, [](const ApiResult<Account>&) {});
        QTest::qWait(20);
        m_api.reset(); // no crash, no dangling reply
        QTest::qWait(20);
    }
};

QTEST_GUILESS_MAIN(tst_graphql_transport)
#include "tst_graphql_transport.moc"
