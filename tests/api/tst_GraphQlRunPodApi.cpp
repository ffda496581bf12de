// GraphQlRunPodApi against a fake network: what is sent (auth, variables, operation names), how
// every answer is classified, retries, timeouts, and the orphan-safe create.
#include "api/ApiTestUtil.h"
#include "core/api/ApiErrors.h"
#include "core/api/GraphQlReply.h"
#include "core/api/GraphQlRunPodApi.h"
#include "core/api/SshPublicKeys.h"
#include "support/FakeNetworkAccessManager.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace autopod;
using namespace autopod::api;
using autopod::test::FakeNetworkAccessManager;
using autopod::test::FakeResponse;
using autopod::test::RecordedRequest;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(autopod::test::FakeResponse)

namespace {

const QString testKey = QStringLiteral("rp_TEST_KEY_do_not_log_7f3a9c");
const QUrl endpoint(QStringLiteral("http://runpod.test/graphql"));

RetryPolicy fastPolicy(int retries = 5)
{
    RetryPolicy p;
    p.delaysMs.clear();
    for (int i = 0, d = 10; i < retries; ++i, d *= 2) {
        p.delaysMs.append(d);
    }
    p.timeoutMs = 300;
    p.retryAfterUnitMs = 20;
    return p;
}

QString operationOf(const RecordedRequest& r)
{
    return autopod::test::jsonBody(r.body).value(QStringLiteral("operationName")).toString();
}

QJsonObject variablesOf(const RecordedRequest& r)
{
    return autopod::test::jsonBody(r.body).value(QStringLiteral("variables")).toObject();
}

int countOps(const FakeNetworkAccessManager& nam, const QString& op)
{
    int n = 0;
    for (const RecordedRequest& r : nam.requests()) {
        n += operationOf(r) == op ? 1 : 0;
    }
    return n;
}

FakeResponse gqlError(const QString& message, const QString& code = {},
                      const QString& field = QStringLiteral("podStop"))
{
    QJsonObject err{{QStringLiteral("message"), message}, {QStringLiteral("path"), QJsonArray{field}}};
    if (!code.isEmpty()) {
        err.insert(QStringLiteral("extensions"), QJsonObject{{QStringLiteral("code"), code}});
    }
    const QJsonObject body{{QStringLiteral("errors"), QJsonArray{err}},
                           {QStringLiteral("data"), QJsonObject{{field, QJsonValue::Null}}}};
    return FakeResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeResponse text(int status, const QByteArray& body, const QByteArray& type = "text/plain")
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), type});
    return r;
}

QJsonObject podJson(const QString& id, const QString& name, const QString& status = QStringLiteral("RUNNING"),
                    bool withRuntime = false)
{
    QJsonObject pod{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("imageName"), QStringLiteral("runpod/comfyui:latest")},
                    {QStringLiteral("desiredStatus"), status},
                    {QStringLiteral("lastStatusChange"), QStringLiteral("Rented by User: Wed Aug 20 2026")},
                    {QStringLiteral("costPerHr"), 0.69},
                    {QStringLiteral("gpuCount"), 1},
                    {QStringLiteral("containerDiskInGb"), 50},
                    {QStringLiteral("volumeInGb"), 20},
                    {QStringLiteral("volumeMountPath"), QStringLiteral("/workspace")},
                    {QStringLiteral("networkVolumeId"), QJsonValue::Null},
                    {QStringLiteral("machineId"), QStringLiteral("ohkxhsnz9mko")},
                    {QStringLiteral("ports"), QStringLiteral("8188/http,22/tcp")},
                    {QStringLiteral("machine"),
                     QJsonObject{{QStringLiteral("gpuDisplayName"), QStringLiteral("RTX 4090")},
                                 {QStringLiteral("gpuTypeId"), QStringLiteral("NVIDIA GeForce RTX 4090")},
                                 {QStringLiteral("dataCenterId"), QStringLiteral("EU-RO-1")}}}};
    if (withRuntime) {
        pod.insert(QStringLiteral("runtime"),
                   QJsonObject{{QStringLiteral("uptimeInSeconds"), 42},
                               {QStringLiteral("ports"),
                                QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("213.173.104.74")},
                                                       {QStringLiteral("isIpPublic"), true},
                                                       {QStringLiteral("privatePort"), 22},
                                                       {QStringLiteral("publicPort"), 35558},
                                                       {QStringLiteral("type"), QStringLiteral("tcp")}},
                                           QJsonObject{{QStringLiteral("ip"), QStringLiteral("100.65.14.155")},
                                                       {QStringLiteral("isIpPublic"), false},
                                                       {QStringLiteral("privatePort"), 8188},
                                                       {QStringLiteral("publicPort"), 60821},
                                                       {QStringLiteral("type"), QStringLiteral("http")}}}}});
    } else {
        pod.insert(QStringLiteral("runtime"), QJsonValue::Null);
    }
    return pod;
}

FakeResponse data(const QJsonObject& d)
{
    return FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("data"), d}}).toJson(QJsonDocument::Compact));
}

FakeResponse podsAnswer(const QJsonArray& pods)
{
    return data({{QStringLiteral("myself"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("user_1")}, {QStringLiteral("pods"), pods}}}});
}

// Everything the code under test logs, to prove the key never appears.
QStringList g_messages;
QMutex g_messagesMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

class tst_GraphQlRunPodApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<GraphQlRunPodApi> m_api;

    GraphQlRunPodApi& api(int retries = 5)
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_api = std::make_unique<GraphQlRunPodApi>(*m_nam, endpoint, [] { return testKey; });
        m_api->setRetryPolicy(fastPolicy(retries));
        return *m_api;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("autopod.api.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        const QMutexLocker lock(&g_messagesMutex);
        QVERIFY(!g_messages.isEmpty()); // the client does log requests and retries...
        for (const QString& m : std::as_const(g_messages)) {
            QVERIFY2(!m.contains(testKey), qPrintable(QStringLiteral("API key in a log line: ") + m));
        }
    }

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
        QUrl leaky(QStringLiteral("http://runpod.test/graphql?api_key=") + testKey);
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
        QVERIFY(r.error.message.contains(QStringLiteral("autopod config set api-key")));
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

    void retriesFollowTheScheduleThenSucceed()
    {
        auto& a = api();
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        m_nam->setHandler([&](const RecordedRequest&) {
            times.append(clock.elapsed());
            switch (n++) {
            case 0:
                return text(500, "oops");
            case 1:
                return text(502, "<html>502 Bad Gateway</html>", "text/html");
            case 2:
                return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
            default:
                return data({{QStringLiteral("podStop"),
                              podJson(QStringLiteral("pod123"), QStringLiteral("p"), QStringLiteral("EXITED"))}});
            }
        });
        const auto r = autopod::test::awaitResult<Pod>(
            [&](QObject* c, auto done) { a.stopPod(QStringLiteral("pod123"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->desiredStatus, PodStatus::Exited);
        QCOMPARE(times.size(), 4);
        // 10, 20, 40 ms between attempts (the 2, 4, 8 s schedule, scaled down).
        QVERIFY(times[1] - times[0] >= 10);
        QVERIFY(times[2] - times[1] >= 20);
        QVERIFY(times[3] - times[2] >= 40);

        // Each retry is logged with when it will happen and why.
        const QMutexLocker lock(&g_messagesMutex);
        const auto logged = [](const QString& needle) {
            return std::any_of(g_messages.cbegin(), g_messages.cend(),
                               [&](const QString& m) { return m.contains(needle); });
        };
        // Stop is the cost-critical call: twice the configured retries.
        QVERIFY(logged(QStringLiteral("retry 1/10 of StopPod at ")));
        QVERIFY(logged(QStringLiteral("retry 2/10 of StopPod at ")));
        QVERIFY(logged(QStringLiteral("(in 40 ms): NetworkError")));
    }

    void retryAfterParsing()
    {
        QCOMPARE(parseRetryAfter("120"), 120);
        QCOMPARE(parseRetryAfter(" 7 "), 7);
        QCOMPARE(parseRetryAfter(""), -1);
        QCOMPARE(parseRetryAfter("soon"), -1);
        QCOMPARE(parseRetryAfter("-3"), -1);
        const QByteArray inAMinute = QLocale::c()
                                         .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                         .toLatin1();
        const int s = parseRetryAfter(inAMinute);
        QVERIFY2(s >= 55 && s <= 60, qPrintable(QString::number(s)));
    }

    void maxRetriesIsConfigurable()
    {
        auto& a = api(2);
        m_nam->setHandler([](const RecordedRequest&) { return text(503, "unavailable"); });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QCOMPARE(r.error.kind, Kind::ServerError);
        QCOMPARE(m_nam->requests().size(), 3);

        GraphQlRunPodApi b(*m_nam, endpoint, [] { return testKey; });
        b.setMaxRetries(3);
        QCOMPARE(b.retryPolicy().delaysMs, (QList<int>{2000, 4000, 8000}));
        QCOMPARE(RetryPolicy().delaysMs, (QList<int>{2000, 4000, 8000, 16000, 32000}));
        // Beyond the PRD's five, retries wait its longest step (32 s), not 64, 128...
        QCOMPARE(RetryPolicy::withMaxRetries(7).delaysMs, (QList<int>{2000, 4000, 8000, 16000, 32000, 32000, 32000}));
        // The documented bounds: 62 s of waits + two 30 s timeouts; stop/terminate: 10 retries, 282 s.
        QCOMPARE(RetryPolicy().budgetMs(), 122000);
        QCOMPARE(RetryPolicy().forCostCriticalCall().maxRetries(), 10);
        QCOMPARE(RetryPolicy().forCostCriticalCall().budgetMs(), 282000);
        QCOMPARE(RetryPolicy::withMaxRetries(0).forCostCriticalCall().delaysMs, (QList<int>{2000, 4000, 8000}));
    }

    void stopIsRetriedLongerThanOtherCalls()
    {
        auto& a = api(2);
        int stops = 0;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("StopPod") && ++stops == 5) {
                return data({{QStringLiteral("podStop"),
                              podJson(QStringLiteral("pod123"), QStringLiteral("p"), QStringLiteral("EXITED"))}});
            }
            return text(502, "<html>502 Bad Gateway</html>", "text/html");
        });
        const auto read =
            autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("pod123"), c, done); });
        QCOMPARE(read.error.kind, Kind::ServerError);
        QCOMPARE(countOps(*m_nam, QStringLiteral("Pod")), 3); // 1 + max_retries 2
        const auto stop = autopod::test::awaitResult<Pod>(
            [&](QObject* c, auto done) { a.stopPod(QStringLiteral("pod123"), c, done); });
        QVERIFY2(stop.ok(), qPrintable(stop.error.message));
        QCOMPARE(countOps(*m_nam, QStringLiteral("StopPod")), 5); // got through on the 4th of 4 retries
    }

    void deadNetworkCostsAtMostTheBudget()
    {
        auto& a = api(5); // waits 10+20+40+80+160 ms, 300 ms per attempt: budget 310 + 600 ms
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        const qint64 took = clock.elapsed();
        QCOMPARE(r.error.kind, Kind::NetworkTimeout);
        // Not six full timeouts (2.1 s): two, then the rest of the budget.
        QCOMPARE(m_nam->requests().size(), 3);
        QVERIFY2(took >= 880 && took < 1500, qPrintable(QString::number(took)));
    }

    void retriesAreAnnouncedToTheirCaller()
    {
        auto& a = api(5);
        int n = 0;
        m_nam->setHandler([&](const RecordedRequest&) {
            return ++n <= 2 ? text(502, "<html>502 Bad Gateway</html>", "text/html")
                            : data({{QStringLiteral("pod"), podJson(QStringLiteral("pod123"), QStringLiteral("p"))}});
        });
        struct Notice
        {
            const QObject* context;
            QString operation;
            int retry, max, delay;
            QString reason;
        };
        QList<Notice> notices;
        QObject caller;
        connect(&a, &RunPodApi::retryScheduled, this,
                [&](const QObject* c, const QString& op, int retry, int max, int delay, const QString& reason) {
                    notices.append({c, op, retry, max, delay, reason});
                });
        std::optional<ApiResult<Pod>> result;
        a.pod(QStringLiteral("pod123"), &caller, [&](const ApiResult<Pod>& r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        QVERIFY(result->ok());
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices[0].context, &caller);
        QCOMPARE(notices[0].operation, QStringLiteral("Pod"));
        QCOMPARE(notices[0].retry, 1);
        QCOMPARE(notices[1].retry, 2);
        QCOMPARE(notices[1].max, 5);
        QCOMPARE(notices[1].delay, 20);
        QCOMPARE(notices[0].reason, QStringLiteral("RunPod answered HTTP 502"));
    }

    void retryAfterIsHonoured()
    {
        auto& a = api();
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        m_nam->setHandler([&](const RecordedRequest&) {
            times.append(clock.elapsed());
            if (times.size() == 1) {
                FakeResponse r = FakeResponse::json("{\"errors\":[{\"message\":\"Too Many Requests\"}]}", 429);
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")}); // 5 × 20 ms in tests
                return r;
            }
            return data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")}}}});
        });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY(r.ok());
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[1] - times[0] >= 100, qPrintable(QString::number(times[1] - times[0])));
    }

    void timeoutAbortsAHangingReply()
    {
        auto& a = api(1);
        m_nam->setHandler([](const RecordedRequest&) { return FakeResponse::hanging(); });
        QElapsedTimer clock;
        clock.start();
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QCOMPARE(r.error.kind, Kind::NetworkTimeout);
        QCOMPARE(m_nam->requests().size(), 2); // one retry
        QVERIFY(clock.elapsed() >= 600);       // two attempts of 300 ms
        QVERIFY(clock.elapsed() < 5000);
    }

    void podNullIsPodNotFound()
    {
        auto& a = api();
        m_nam->enqueue(FakeResponse::json("{\"data\":{\"pod\":null}}"));
        const auto r =
            autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("gone123"), c, done); });
        QCOMPARE(r.error.kind, Kind::PodNotFound);
        QVERIFY(r.error.message.contains(QStringLiteral("gone123")));
        QCOMPARE(variablesOf(m_nam->requests().first()),
                 (QJsonObject{{QStringLiteral("podId"), QStringLiteral("gone123")}}));
        QCOMPARE(operationOf(m_nam->requests().first()), QStringLiteral("Pod"));
    }

    void podsAreParsed()
    {
        auto& a = api();
        QJsonObject stuck = podJson(QStringLiteral("b"), QStringLiteral("autopod-2026-11-30-002"));
        stuck.insert(QStringLiteral("runtime"),
                     QJsonObject{{QStringLiteral("uptimeInSeconds"), 3}, {QStringLiteral("ports"), QJsonValue::Null}});
        QJsonObject odd = podJson(QStringLiteral("d"), QStringLiteral("x"), QStringLiteral("SOMETHING_NEW"));
        odd.insert(QStringLiteral("machine"), QJsonValue::Null);
        m_nam->enqueue(podsAnswer(
            {podJson(QStringLiteral("a"), QStringLiteral("autopod-2026-11-30-001"), QStringLiteral("RUNNING"), true),
             stuck, podJson(QStringLiteral("c"), QStringLiteral("autopod-2026-11-29-001"), QStringLiteral("EXITED")),
             odd, QStringLiteral("not a pod")}));
        const auto r = autopod::test::awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const QList<Pod>& pods = *r.value;
        QCOMPARE(pods.size(), 4);

        QCOMPARE(pods[0].desiredStatus, PodStatus::Running);
        QVERIFY(pods[0].runtime.has_value());
        QCOMPARE(pods[0].runtime->ports.size(), 2);
        QCOMPARE(pods[0].runtime->uptimeSeconds, 42);
        QCOMPARE(pods[0].gpuDisplayName, QStringLiteral("RTX 4090"));
        QCOMPARE(pods[0].gpuTypeId, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(pods[0].dataCenterId, QStringLiteral("EU-RO-1"));
        QCOMPARE(pods[0].costPerHr, 0.69);
        QCOMPARE(pods[0].containerDiskGb, 50);
        const auto ssh = pods[0].publicSsh();
        QVERIFY(ssh.has_value());
        QCOMPARE(ssh->ip, QStringLiteral("213.173.104.74"));
        QCOMPARE(ssh->publicPort, 35558);

        QVERIFY(pods[1].runtime.has_value()); // runtime up, ports not yet
        QVERIFY(pods[1].runtime->ports.isEmpty());
        QVERIFY(!pods[1].publicSsh());

        QCOMPARE(pods[2].desiredStatus, PodStatus::Exited);
        QVERIFY(!pods[2].runtime.has_value());

        QCOMPARE(pods[3].desiredStatus, PodStatus::Unknown);
        QVERIFY(pods[3].gpuDisplayName.isEmpty());
    }

    void createPodVariables()
    {
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-001");
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        req.gpuCount = 2;
        req.publicKey = QStringLiteral("ssh-ed25519 AAAAC3Nza me@host\n");
        QJsonObject input = GraphQlRunPodApi::createPodVariables(req).value(QStringLiteral("input")).toObject();
        QCOMPARE(input.value(QStringLiteral("ports")).toString(), QStringLiteral("8188/http,22/tcp"));
        QCOMPARE(input.value(QStringLiteral("supportPublicIp")).toBool(), true);
        QCOMPARE(input.value(QStringLiteral("containerDiskInGb")).toInt(), 50);
        QCOMPARE(input.value(QStringLiteral("cloudType")).toString(), QStringLiteral("SECURE"));
        QCOMPARE(input.value(QStringLiteral("gpuCount")).toInt(), 2);
        QCOMPARE(input.value(QStringLiteral("imageName")).toString(), QStringLiteral("runpod/comfyui:latest"));
        QCOMPARE(input.value(QStringLiteral("env")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("PUBLIC_KEY")},
                                         {QStringLiteral("value"), QStringLiteral("ssh-ed25519 AAAAC3Nza me@host")}}}));
        for (const char* absent : {"dataCenterId", "networkVolumeId", "allowedCudaVersions", "countryCode",
                                   "minDownload", "minUpload", "templateId"}) {
            QVERIFY2(!input.contains(QLatin1String(absent)), absent);
        }

        req.cloud = CloudType::Community;
        req.dataCenterId = QStringLiteral("EU-RO-1");
        req.networkVolumeId = QStringLiteral("grvtso8ftn");
        req.allowedCudaVersions = {QStringLiteral("12.8"), QStringLiteral("12.9")};
        req.countryCode = QStringLiteral("RO");
        req.minDownloadMbps = 1000;
        req.minUploadMbps = 500;
        req.volumeGb = 100;
        input = GraphQlRunPodApi::createPodVariables(req).value(QStringLiteral("input")).toObject();
        QCOMPARE(input.value(QStringLiteral("cloudType")).toString(), QStringLiteral("COMMUNITY"));
        QCOMPARE(input.value(QStringLiteral("dataCenterId")).toString(), QStringLiteral("EU-RO-1"));
        QCOMPARE(input.value(QStringLiteral("networkVolumeId")).toString(), QStringLiteral("grvtso8ftn"));
        QCOMPARE(input.value(QStringLiteral("allowedCudaVersions")).toArray(),
                 (QJsonArray{QStringLiteral("12.8"), QStringLiteral("12.9")}));
        QCOMPARE(input.value(QStringLiteral("countryCode")).toString(), QStringLiteral("RO"));
        QCOMPARE(input.value(QStringLiteral("minDownload")).toInt(), 1000);
        QCOMPARE(input.value(QStringLiteral("minUpload")).toInt(), 500);
        QCOMPARE(input.value(QStringLiteral("volumeInGb")).toInt(), 100);
    }

    void createSendsTheMutation()
    {
        auto& a = api();
        m_nam->enqueue(data({{QStringLiteral("podFindAndDeployOnDemand"),
                              podJson(QStringLiteral("new1"), QStringLiteral("autopod-2026-11-30-001"))}}));
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-001");
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("new1"));
        QCOMPARE(operationOf(m_nam->requests().first()), QStringLiteral("CreatePod"));
        QCOMPARE(variablesOf(m_nam->requests().first()), GraphQlRunPodApi::createPodVariables(req));
        const QString query =
            autopod::test::jsonBody(m_nam->requests().first().body).value(QStringLiteral("query")).toString();
        QVERIFY(query.contains(QStringLiteral("podFindAndDeployOnDemand(input: $input)")));
        QVERIFY(!query.contains(QStringLiteral("NVIDIA A40"))); // values only in variables
    }

    void createOrphanIsAdoptedNotDuplicated()
    {
        auto& a = api();
        const QString name = QStringLiteral("autopod-2026-11-30-007");
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("CreatePod")) {
                return text(500, "Internal Server Error\n"); // RunPod created the pod, then failed
            }
            return podsAnswer({podJson(QStringLiteral("other"), QStringLiteral("autopod-2026-11-30-006")),
                               podJson(QStringLiteral("orphan1"), name)});
        });
        CreatePodRequest req;
        req.name = name;
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("orphan1"));
        QCOMPARE(countOps(*m_nam, QStringLiteral("CreatePod")), 1);
        QCOMPARE(countOps(*m_nam, QStringLiteral("Pods")), 1);
    }

    void createIsRetriedWhenNoOrphanExists()
    {
        auto& a = api();
        int creates = 0;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("CreatePod")) {
                return ++creates == 1
                           ? FakeResponse::hanging()
                           : data({{QStringLiteral("podFindAndDeployOnDemand"),
                                    podJson(QStringLiteral("new2"), QStringLiteral("autopod-2026-11-30-008"))}});
            }
            return podsAnswer({});
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-008");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("new2"));
        QCOMPARE(countOps(*m_nam, QStringLiteral("CreatePod")), 2);
        QCOMPARE(countOps(*m_nam, QStringLiteral("Pods")), 1);
    }

    void createChecksForAnOrphanAfterTheLastFailure()
    {
        auto& a = api(1);
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("CreatePod")) {
                return text(502, "<html>Bad Gateway</html>", "text/html");
            }
            return podsAnswer({});
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-009");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::ServerError);
        QCOMPARE(countOps(*m_nam, QStringLiteral("CreatePod")), 2);
        QCOMPARE(countOps(*m_nam, QStringLiteral("Pods")), 2);
        QCOMPARE(operationOf(m_nam->requests().last()), QStringLiteral("Pods"));
    }

    void createPermanentFailureIsNotRetried()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest&) {
            return gqlError(QStringLiteral("There are no longer any instances available with the requested "
                                           "specifications. Please refresh and try again."),
                            {}, QStringLiteral("podFindAndDeployOnDemand"));
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-010");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::NoInstancesAvailable);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void createWhoseOrphanCheckFailsSaysSo()
    {
        auto& a = api(0);
        m_nam->setHandler([](const RecordedRequest& r) {
            return operationOf(r) == QLatin1String("CreatePod") ? text(500, "boom")
                                                                : FakeResponse::json("{\"data\":{\"myself\":");
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-011");
        const auto r = autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::ServerError);
        QVERIFY(r.error.message.contains(QStringLiteral("autopod pods list")));
        QCOMPARE(countOps(*m_nam, QStringLiteral("CreatePod")), 1);
    }

    void resumeSendsGpuCountAndNoCuda()
    {
        auto& a = api();
        m_nam->enqueue(data({{QStringLiteral("podResume"), podJson(QStringLiteral("p1"), QStringLiteral("n"))}}));
        const auto r = autopod::test::awaitResult<Pod>(
            [&](QObject* c, auto done) { a.resumePod(QStringLiteral("p1"), 2, c, done); });
        QVERIFY(r.ok());
        const RecordedRequest& sent = m_nam->requests().first();
        QCOMPARE(operationOf(sent), QStringLiteral("ResumePod"));
        QCOMPARE(variablesOf(sent),
                 (QJsonObject{{QStringLiteral("podId"), QStringLiteral("p1")}, {QStringLiteral("gpuCount"), 2}}));
        QVERIFY(!sent.body.contains("allowedCudaVersions"));
    }

    void terminate()
    {
        auto& a = api();
        m_nam->enqueue(FakeResponse::json("{\"data\":{\"podTerminate\":null}}"));
        auto r = autopod::test::awaitResult<Done>(
            [&](QObject* c, auto done) { a.terminatePod(QStringLiteral("p1"), c, done); });
        QVERIFY(r.ok());
        QCOMPARE(operationOf(m_nam->requests().first()), QStringLiteral("TerminatePod"));
        QVERIFY(!autopod::test::jsonBody(m_nam->requests().first().body)
                     .value(QStringLiteral("query"))
                     .toString()
                     .contains(QStringLiteral("podTerminate(input: { podId: $podId }) {")));

        // First attempt lost in transit (it did terminate), the retry finds no pod: that is success.
        auto& b = api();
        int n = 0;
        m_nam->setHandler([&](const RecordedRequest&) {
            return n++ == 0 ? text(502, "bad gateway")
                            : gqlError(QStringLiteral("Pod not found"), {}, QStringLiteral("podTerminate"));
        });
        r = autopod::test::awaitResult<Done>(
            [&](QObject* c, auto done) { b.terminatePod(QStringLiteral("p1"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));

        // ...but a first attempt that finds no pod reports it.
        auto& c2 = api();
        m_nam->setHandler([](const RecordedRequest&) {
            return gqlError(QStringLiteral("Pod not found"), {}, QStringLiteral("podTerminate"));
        });
        r = autopod::test::awaitResult<Done>(
            [&](QObject* c, auto done) { c2.terminatePod(QStringLiteral("p9"), c, done); });
        QCOMPARE(r.error.kind, Kind::PodNotFound);
    }

    void addPublicKeyAppendsAndNeverReplaces()
    {
        auto& a = api();
        const QString existing = QStringLiteral("ssh-rsa AAAAB3NzaC1yc2E laptop\nssh-ed25519 AAAAC3NzaOLD desktop\n");
        const QString mine = QStringLiteral("ssh-ed25519 AAAAC3NzaNEW autopod@host");
        QJsonObject sentVars;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("Account")) {
                return data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")},
                                                                    {QStringLiteral("pubKey"), existing}}}});
            }
            sentVars = variablesOf(r);
            return data({{QStringLiteral("updateUserSettings"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("u")},
                                      {QStringLiteral("pubKey"), sentVars.value(QStringLiteral("pubKey"))}}}});
        });
        const auto r =
            autopod::test::awaitResult<Account>([&](QObject* c, auto done) { a.addPublicKey(mine, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        const QString expected =
            QStringLiteral("ssh-rsa AAAAB3NzaC1yc2E laptop\nssh-ed25519 AAAAC3NzaOLD desktop\n") + mine;
        QCOMPARE(sentVars.value(QStringLiteral("pubKey")).toString(), expected);
        QCOMPARE(r.value->pubKey, expected);
        QCOMPARE(operationOf(m_nam->requests().last()), QStringLiteral("UpdateUserSettings"));
    }

    void addPublicKeyAlreadyPresentWritesNothing()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest&) {
            return data(
                {{QStringLiteral("myself"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("u")},
                              {QStringLiteral("pubKey"), QStringLiteral("ssh-ed25519 AAAAC3NzaNEW old-comment")}}}});
        });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) {
            a.addPublicKey(QStringLiteral("ssh-ed25519 AAAAC3NzaNEW autopod@host"), c, done);
        });
        QVERIFY(r.ok());
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void addPublicKeyRefusesPrivateKeyMaterial()
    {
        auto& a = api();
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) {
            a.addPublicKey(
                QStringLiteral(
                    "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----"),
                c, done);
        });
        QCOMPARE(r.error.kind, Kind::InvalidRequest);
        QCOMPARE(m_nam->requests().size(), 0);
    }

    void appendPublicKeyRules()
    {
        bool changed = false;
        QCOMPARE(publickeys::appendKey(QString(), QStringLiteral("ssh-ed25519 K a"), &changed),
                 QStringLiteral("ssh-ed25519 K a"));
        QVERIFY(changed);
        QCOMPARE(publickeys::appendKey(QStringLiteral("ssh-rsa R b"), QStringLiteral("ssh-ed25519 K a"), &changed),
                 QStringLiteral("ssh-rsa R b\nssh-ed25519 K a"));
        QCOMPARE(publickeys::appendKey(QStringLiteral("ssh-rsa R b\n\nssh-ed25519 K x\n"),
                                       QStringLiteral("ssh-ed25519 K a"), &changed),
                 QStringLiteral("ssh-rsa R b\n\nssh-ed25519 K x\n"));
        QVERIFY(!changed);
    }

    void readOnlyKeyCannotAddPublicKey()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest& r) {
            if (operationOf(r) == QLatin1String("Account")) {
                return data({{QStringLiteral("myself"), QJsonObject{{QStringLiteral("id"), QStringLiteral("u")},
                                                                    {QStringLiteral("pubKey"), QString()}}}});
            }
            return gqlError(QStringLiteral("Unauthorized"), {}, QStringLiteral("updateUserSettings"));
        });
        const auto r = autopod::test::awaitResult<Account>([&](QObject* c, auto done) {
            a.addPublicKey(QStringLiteral("ssh-ed25519 AAAAC3NzaNEW autopod@host"), c, done);
        });
        QCOMPARE(r.error.kind, Kind::PermissionDenied);
        QVERIFY(r.error.message.contains(QStringLiteral("read-only")));
        QCOMPARE(m_nam->requests().size(), 2);
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

QTEST_GUILESS_MAIN(tst_GraphQlRunPodApi)
#include "tst_GraphQlRunPodApi.moc"
