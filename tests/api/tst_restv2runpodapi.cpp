// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RestV2RunPodApi against a fake network: requests (auth, paths, bodies), RFC 9457 error mapping,
// retries, orphan-safe create, SSH keys, catalog offers and pod parsing.
#include "api/ApiTestUtil.h"
#include "core/api/ApiErrors.h"
#include "core/api/RestV2Parsers.h"
#include "core/api/RestV2RunPodApi.h"
#include "support/FakeNetworkAccessManager.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace autopod::api;
using autopod::test::awaitResult;
using autopod::test::FakeNetworkAccessManager;
using autopod::test::FakeResponse;
using autopod::test::RecordedRequest;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(autopod::test::FakeResponse)

namespace {

const QString testKey = QStringLiteral("rpa_TESTKEY_rest_v2_do_not_log");

RetryPolicy fastPolicy(int retries = 3)
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

FakeResponse problem(int status, const QString& detail, const QJsonArray& errors = {})
{
    QJsonObject body{{QStringLiteral("title"), QStringLiteral("Problem")},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("detail"), detail}};
    if (!errors.isEmpty()) {
        body.insert(QStringLiteral("errors"), errors);
    }
    FakeResponse r = FakeResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    return r;
}

FakeResponse json(const QJsonObject& o, int status = 200)
{
    return FakeResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact), status);
}

QJsonObject restPod(const QString& id, const QString& name, const QString& status = QStringLiteral("RUNNING"),
                    bool direct = false)
{
    QJsonObject pod{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), status},
        {QStringLiteral("image"), QStringLiteral("runpod/comfyui:latest")},
        {QStringLiteral("disk"), 50},
        {QStringLiteral("ports"), QJsonArray{QStringLiteral("8188/http"), QStringLiteral("22/tcp")}},
        {QStringLiteral("cloud"), QStringLiteral("SECURE")},
        {QStringLiteral("dataCenterId"), QStringLiteral("US-KS-2")},
        {QStringLiteral("cost"), 0.69},
        {QStringLiteral("gpu"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("NVIDIA GeForce RTX 4090")}, {QStringLiteral("count"), 1}}},
        {QStringLiteral("mounts"), QJsonObject{{QStringLiteral("persistent"),
                                                QJsonObject{{QStringLiteral("size"), 20},
                                                            {QStringLiteral("path"), QStringLiteral("/workspace")}}}}},
        {QStringLiteral("runtime"), QJsonValue::Null},
        {QStringLiteral("ssh"),
         QJsonObject{{QStringLiteral("proxy"), QJsonValue::Null}, {QStringLiteral("direct"), QJsonValue::Null}}}};
    if (direct) {
        pod.insert(QStringLiteral("runtime"),
                   QJsonObject{{QStringLiteral("uptime"), 12},
                               {QStringLiteral("ports"),
                                QJsonArray{QJsonObject{{QStringLiteral("private"), 22},
                                                       {QStringLiteral("public"), 34446},
                                                       {QStringLiteral("type"), QStringLiteral("tcp")},
                                                       {QStringLiteral("ip"), QStringLiteral("195.26.233.3")}},
                                           QJsonObject{{QStringLiteral("private"), 8188},
                                                       {QStringLiteral("public"), 60821},
                                                       {QStringLiteral("type"), QStringLiteral("http")},
                                                       {QStringLiteral("ip"), QStringLiteral("100.65.14.155")}}}}});
        pod.insert(
            QStringLiteral("ssh"),
            QJsonObject{{QStringLiteral("proxy"), QJsonValue::Null},
                        {QStringLiteral("direct"),
                         QJsonObject{{QStringLiteral("host"), QStringLiteral("195.26.233.3")},
                                     {QStringLiteral("port"), 34446},
                                     {QStringLiteral("username"), QStringLiteral("root")},
                                     {QStringLiteral("command"), QStringLiteral("ssh root@195.26.233.3 -p 34446")}}}});
    }
    return pod;
}

} // namespace

class tst_restv2runpodapi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<RestV2RunPodApi> m_api;

    RestV2RunPodApi& api(int retries = 3)
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_api = std::make_unique<RestV2RunPodApi>(*m_nam, QUrl(QStringLiteral("https://runpod.test/v2")),
                                                  [] { return testKey; });
        m_api->setRetryPolicy(fastPolicy(retries));
        return *m_api;
    }

private Q_SLOTS:
    void createSendsTheV2Body()
    {
        auto& a = api();
        m_nam->enqueue(json(restPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001")), 201));
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-001");
        req.gpuTypeId = QStringLiteral("NVIDIA GeForce RTX 4090");
        req.publicKey = QStringLiteral("ssh-ed25519 AAAAC3Nza me@host");
        req.dataCenterId = QStringLiteral("US-KS-2");
        req.allowedCudaVersions = {QStringLiteral("12.8")};
        req.volumeGb = 20;
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("p1"));

        const RecordedRequest& sent = m_nam->requests().first();
        QCOMPARE(sent.request.url(), QUrl(QStringLiteral("https://runpod.test/v2/pods")));
        QCOMPARE(sent.request.rawHeader("Authorization"), QByteArray("Bearer ") + testKey.toUtf8());
        const QJsonObject body = autopod::test::jsonBody(sent.body);
        QCOMPARE(body.value(QStringLiteral("name")).toString(), req.name);
        QCOMPARE(body.value(QStringLiteral("image")).toString(), QStringLiteral("runpod/comfyui:latest"));
        QCOMPARE(body.value(QStringLiteral("cloud")).toString(), QStringLiteral("SECURE"));
        QCOMPARE(body.value(QStringLiteral("disk")).toInt(), 50);
        QCOMPARE(body.value(QStringLiteral("ports")).toArray(), (QJsonArray{QStringLiteral("22/tcp")}));
        QCOMPARE(body.value(QStringLiteral("env")).toObject().value(QStringLiteral("PUBLIC_KEY")).toString(),
                 req.publicKey);
        QCOMPARE(body.value(QStringLiteral("dataCenterIds")).toArray(), QJsonArray{QStringLiteral("US-KS-2")});
        const QJsonObject gpu = body.value(QStringLiteral("gpu")).toObject();
        QCOMPARE(gpu.value(QStringLiteral("id")).toString(), req.gpuTypeId);
        QCOMPARE(gpu.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(gpu.value(QStringLiteral("allowedCudaVersions")).toArray(), QJsonArray{QStringLiteral("12.8")});
        QCOMPARE(body.value(QStringLiteral("mounts"))
                     .toObject()
                     .value(QStringLiteral("persistent"))
                     .toObject()
                     .value(QStringLiteral("size"))
                     .toInt(),
                 20);
    }

    void podParsing()
    {
        const auto starting = restv2::parsePod(restPod(QStringLiteral("a"), QStringLiteral("n")));
        QVERIFY(starting);
        QCOMPARE(starting->desiredStatus, PodStatus::Running);
        QVERIFY(!starting->runtime);
        QVERIFY(!starting->publicSsh());
        QCOMPARE(starting->ports, QStringLiteral("8188/http,22/tcp"));
        QCOMPARE(starting->volumeGb, 20);
        QCOMPARE(starting->gpuTypeId, QStringLiteral("NVIDIA GeForce RTX 4090"));

        const auto ready =
            restv2::parsePod(restPod(QStringLiteral("b"), QStringLiteral("n"), QStringLiteral("RUNNING"), true));
        QVERIFY(ready && ready->publicSsh());
        QCOMPARE(ready->publicSsh()->ip, QStringLiteral("195.26.233.3"));
        QCOMPARE(ready->publicSsh()->publicPort, 34446);
        QCOMPARE(ready->runtime->uptimeSeconds, 12);

        QCOMPARE(restv2::parseStatus(QStringLiteral("EXITED")), PodStatus::Exited);
        QCOMPARE(restv2::parseStatus(QStringLiteral("PROVISIONING")), PodStatus::Created);
        QCOMPARE(restv2::parseStatus(QStringLiteral("ERROR")), PodStatus::Error);
        QVERIFY(!restv2::parsePod(QJsonValue(QStringLiteral("garbage"))));
    }

    // A count or size below zero is no count at all: the pod list must never show "-1 × RTX 4090".
    void negativeCountsAndSizesReadAsZero()
    {
        QJsonObject o = restPod(QStringLiteral("a"), QStringLiteral("n"));
        o.insert(QStringLiteral("disk"), -50);
        o.insert(QStringLiteral("gpu"), QJsonObject{{QStringLiteral("id"), QStringLiteral("NVIDIA GeForce RTX 4090")},
                                                    {QStringLiteral("count"), -1}});
        o.insert(QStringLiteral("mounts"),
                 QJsonObject{{QStringLiteral("persistent"), QJsonObject{{QStringLiteral("size"), -20}}}});
        const auto pod = restv2::parsePod(o);
        QVERIFY(pod);
        QCOMPARE(pod->gpuCount, 0);
        QCOMPARE(pod->containerDiskGb, 0);
        QCOMPARE(pod->volumeGb, 0);
    }

    void errors_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("requests");
        QTest::newRow("401") << problem(401, QStringLiteral("missing bearer token")) << int(Kind::InvalidApiKey) << 1;
        QTest::newRow("402") << problem(402, QStringLiteral("Insufficient balance")) << int(Kind::InsufficientBalance)
                             << 1;
        QTest::newRow("403") << problem(403, QStringLiteral("access denied")) << int(Kind::PermissionDenied) << 1;
        QTest::newRow("404") << problem(404, QStringLiteral("pod not found")) << int(Kind::PodNotFound) << 1;
        // A 404 page that is not RunPod's JSON answer (a proxy, a wrong URL) says nothing about the pod.
        QTest::newRow("404 html") << FakeResponse::json("<html><body>404 Not Found</body></html>", 404)
                                  << int(Kind::UnexpectedResponse) << 1;
        QTest::newRow("400 capacity")
            << problem(400,
                       QStringLiteral("There are no longer any instances available with the requested specifications. "
                                      "Please refresh and try again."))
            << int(Kind::NoInstancesAvailable) << 1;
        QTest::newRow("409 state") << problem(409,
                                              QStringLiteral("action 'stop' is not valid for a pod in status EXITED"))
                                   << int(Kind::InvalidRequest) << 1;
        QTest::newRow("422") << problem(422, QStringLiteral("Request validation failed."),
                                        QJsonArray{QStringLiteral("$.action: value must be one of 'start', 'stop'")})
                             << int(Kind::InvalidRequest) << 1;
        QTest::newRow("500") << problem(500, QStringLiteral("internal error")) << int(Kind::ServerError)
                             << 7; // stop: 1 + twice 3 retries
        QTest::newRow("429") << problem(429, QStringLiteral("rate limit exceeded")) << int(Kind::RateLimited) << 7;
        QTest::newRow("refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                                 << int(Kind::NetworkError) << 7;
        QTest::newRow("malformed") << FakeResponse::json("{\"id\":\"5xpma") << int(Kind::UnexpectedResponse) << 1;
    }

    void errors()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, kind);
        QFETCH(int, requests);
        auto& a = api();
        m_nam->setHandler([response](const RecordedRequest&) { return response; });
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { a.stopPod(QStringLiteral("p1"), c, done); });
        QVERIFY2(int(r.error.kind) == kind,
                 qPrintable(kindName(r.error.kind) + QStringLiteral(": ") + r.error.message));
        QCOMPARE(m_nam->requests().size(), requests);
        QCOMPARE(m_nam->requests().first().request.url().path(), QStringLiteral("/v2/pods/p1/action"));
        QCOMPARE(autopod::test::jsonBody(m_nam->requests().first().body).value(QStringLiteral("action")).toString(),
                 QStringLiteral("stop"));
    }

    void problemDetailsReachTheUser()
    {
        auto& a = api();
        m_nam->enqueue(problem(403, QStringLiteral("no access to pool AMPERE_48")));
        auto r = awaitResult<Pod>([&](QObject* c, auto done) { a.stopPod(QStringLiteral("p1"), c, done); });
        QCOMPARE(r.error.kind, Kind::PermissionDenied);
        QVERIFY2(r.error.message.contains(QStringLiteral("no access to pool AMPERE_48")), qPrintable(r.error.message));

        // 422 is autopod's own mistake: said so, with the validation errors, and never retried.
        m_nam->enqueue(problem(422, QStringLiteral("Request validation failed."),
                               QJsonArray{QStringLiteral("$.gpu.count: must be >= 1")}));
        r = awaitResult<Pod>([&](QObject* c, auto done) { a.stopPod(QStringLiteral("p1"), c, done); });
        QCOMPARE(r.error.kind, Kind::InvalidRequest);
        QVERIFY2(r.error.message.contains(QStringLiteral("bug in autopod")), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QStringLiteral("$.gpu.count: must be >= 1")), qPrintable(r.error.message));
        QCOMPARE(m_nam->requests().size(), 2);
    }

    void listWalksEveryPage()
    {
        auto& a = api();
        FakeResponse first =
            json({{QStringLiteral("pods"), QJsonArray{restPod(QStringLiteral("a"), QStringLiteral("one"))}}});
        first.headers.append(
            {QByteArrayLiteral("Link"), QByteArrayLiteral("<https://runpod.test/v2/pods?cursor=p2>; rel=\"next\"")});
        m_nam->enqueue(first);
        m_nam->enqueue(
            json({{QStringLiteral("pods"), QJsonArray{restPod(QStringLiteral("b"), QStringLiteral("two"))}}}));
        const auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->size(), 2);
        QCOMPARE(r.value->at(1).id, QStringLiteral("b"));
        QCOMPARE(m_nam->requests().size(), 2);
        QCOMPARE(m_nam->requests().at(1).request.url().query(), QStringLiteral("cursor=p2"));
        // A link away from the API is never followed.
        const QUrl endpoint(QStringLiteral("http://runpod.test/v2"));
        QCOMPARE(nextPageOf("<https://evil.test/v2/pods?x=1>; rel=\"next\"", endpoint), QString());
        QCOMPARE(nextPageOf("<http://runpod.test/v2/pods?x=1>; rel=\"prev\"", endpoint), QString());
        QCOMPARE(nextPageOf("</v2/pods?page=3>; rel=\"next\"", endpoint), QStringLiteral("pods?page=3"));
    }

    void createPrefersTheChosenDataCenterThenTheOthers()
    {
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-12-04-001");
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        req.dataCenterId = QStringLiteral("EU-RO-1");
        req.fallbackDataCenterIds = {QStringLiteral("EU-SE-1"), QStringLiteral("EU-RO-1"), QStringLiteral("EU-NL-1")};
        QCOMPARE(restv2::createPodBody(req).value(QStringLiteral("dataCenterIds")).toArray(),
                 (QJsonArray{QStringLiteral("EU-RO-1"), QStringLiteral("EU-SE-1"), QStringLiteral("EU-NL-1")}));
        req.networkVolumeId = QStringLiteral("vol1"); // the volume's data center, nowhere else
        QCOMPARE(restv2::createPodBody(req).value(QStringLiteral("dataCenterIds")).toArray(),
                 QJsonArray{QStringLiteral("EU-RO-1")});
    }

    void podLogsReadTheLastLinesOfTheStream()
    {
        auto& a = api();
        FakeResponse sse;
        sse.status = 200;
        sse.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")});
        for (int i = 1; i <= 5; ++i) {
            sse.body +=
                QStringLiteral("id: t/%1\ndata: {\"ts\":\"t\",\"source\":\"container\",\"line\":\"line %1\"}\n\n")
                    .arg(i)
                    .toUtf8();
        }
        m_nam->enqueue(sse);
        const auto r =
            awaitResult<QStringList>([&](QObject* c, auto done) { a.podLogs(QStringLiteral("p1"), 3, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(*r.value, (QStringList{QStringLiteral("line 3"), QStringLiteral("line 4"), QStringLiteral("line 5")}));
        const QUrl url = m_nam->requests().first().request.url();
        QCOMPARE(url.path(), QStringLiteral("/v2/pods/p1/logs"));
        QCOMPARE(url.query(), QStringLiteral("tail=3"));

        m_nam->enqueue(problem(404, QStringLiteral("pod not found")));
        const auto gone =
            awaitResult<QStringList>([&](QObject* c, auto done) { a.podLogs(QStringLiteral("p9"), 3, c, done); });
        QCOMPARE(gone.error.kind, Kind::PodNotFound);
    }

    void notFoundOutsidePodsIsNotPodNotFound()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest&) { return problem(404, QStringLiteral("no route")); });
        const auto r = awaitResult<QList<DataCenter>>([&](QObject* c, auto done) { a.dataCenters(c, done); });
        QCOMPARE(r.error.kind, Kind::UnexpectedResponse);
    }

    void retryAfterIsHonoured()
    {
        auto& a = api();
        QList<qint64> times;
        QElapsedTimer clock;
        clock.start();
        m_nam->setHandler([&](const RecordedRequest&) {
            times << clock.elapsed();
            if (times.size() == 1) {
                FakeResponse r = problem(429, QStringLiteral("rate limit exceeded"));
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
                return r;
            }
            return json({{QStringLiteral("pods"), QJsonArray{}}});
        });
        const auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY(r.ok());
        QCOMPARE(times.size(), 2);
        QVERIFY(times[1] - times[0] >= 100);
    }

    // Every REST answer states the rate limit; the client spaces its polls by it, so a pod that
    // takes minutes to start is never polled into 429s.
    void pollSpacingFollowsTheRateLimitStated()
    {
        auto& a = api();
        QCOMPARE(a.pollSpacingMs(), 0); // nothing said yet
        int left = 40;
        m_nam->setHandler([&](const RecordedRequest&) {
            FakeResponse r = json(restPod(QStringLiteral("p1"), QStringLiteral("autopod-a")));
            r.headers.append({QByteArrayLiteral("RateLimit"),
                              QByteArrayLiteral("\"minute\";r=") + QByteArray::number(left) +
                                  QByteArrayLiteral(";t=30, \"hour\";r=2900;t=1000, \"day\";r=49000;t=20000")});
            r.headers.append({QByteArrayLiteral("RateLimit-Policy"),
                              QByteArrayLiteral("\"minute\";q=60;w=60, \"hour\";q=3000;w=3600, "
                                                "\"day\";q=50000;w=86400")});
            return r;
        });
        auto poll = [&] {
            return awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("p1"), c, done); }).ok();
        };
        QVERIFY(poll());
        // 40 left in the minute, 10 of them kept back: 30 s spread over 30 requests.
        QVERIFY2(a.pollSpacingMs() > 900 && a.pollSpacingMs() <= 1000, qPrintable(QString::number(a.pollSpacingMs())));
        left = 10; // the reserve is all that is left: wait for the window to reset
        QVERIFY(poll());
        QVERIFY2(a.pollSpacingMs() > 29000 && a.pollSpacingMs() <= 30000,
                 qPrintable(QString::number(a.pollSpacingMs())));
        // An answer without the headers keeps what was said last.
        m_nam->setHandler(
            [&](const RecordedRequest&) { return json(restPod(QStringLiteral("p1"), QStringLiteral("a"))); });
        QVERIFY(poll());
        QVERIFY(a.pollSpacingMs() > 29000);
    }

    void createOrphanIsAdopted()
    {
        auto& a = api();
        m_nam->setHandler([](const RecordedRequest& r) {
            if (r.body.contains("\"gpu\"")) { // the create: RunPod made the pod, then failed
                FakeResponse failed;
                failed.status = 500;
                failed.body = "Internal Server Error";
                return failed;
            }
            return json({{QStringLiteral("pods"),
                          QJsonArray{restPod(QStringLiteral("orphan"), QStringLiteral("autopod-2026-11-30-002"))}}});
        });
        CreatePodRequest req;
        req.name = QStringLiteral("autopod-2026-11-30-002");
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { a.createPod(req, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("orphan"));
        int creates = 0;
        for (const RecordedRequest& rec : m_nam->requests()) {
            creates += rec.body.contains("\"gpu\"") ? 1 : 0;
        }
        QCOMPARE(creates, 1);
    }

    // A pod id is one path segment: what a user typed can name no other resource and add no query.
    void podIdsStayInTheirPathSegment()
    {
        auto& a = api();
        m_nam->setHandler(
            [](const RecordedRequest&) { return FakeResponse::json(R"({"error":"pod not found"})", 404); });
        awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("abc?x=1/../../account"), c, done); });
        awaitResult<Done>([&](QObject* c, auto done) { a.terminatePod(QStringLiteral("p1/../p2"), c, done); });
        QVERIFY(m_nam->requests().size() >= 2);
        const QUrl get = m_nam->requests().first().request.url();
        QCOMPARE(get.path(QUrl::FullyEncoded), QStringLiteral("/v2/pods/abc%3Fx%3D1%2F..%2F..%2Faccount"));
        QVERIFY(!get.hasQuery());
        const QUrl del = m_nam->requests().last().request.url();
        QCOMPARE(del.path(QUrl::FullyEncoded), QStringLiteral("/v2/pods/p1%2F..%2Fp2"));
    }

    void terminate()
    {
        auto& a = api();
        FakeResponse noContent;
        noContent.status = 204;
        m_nam->enqueue(noContent);
        const auto r = awaitResult<Done>([&](QObject* c, auto done) { a.terminatePod(QStringLiteral("p1"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(m_nam->requests().first().request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray(),
                 QByteArray("DELETE"));
    }

    void addPublicKeySendsTheWholeSet()
    {
        auto& a = api();
        QJsonObject put;
        m_nam->setHandler([&](const RecordedRequest& r) {
            if (r.request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PUT") {
                put = autopod::test::jsonBody(r.body);
                return json(put);
            }
            return json({{QStringLiteral("keys"), QJsonArray{QStringLiteral("ssh-rsa AAAAold laptop")}}});
        });
        const auto r = awaitResult<Account>(
            [&](QObject* c, auto done) { a.addPublicKey(QStringLiteral("ssh-ed25519 AAAAnew autopod"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(put.value(QStringLiteral("keys")).toArray(),
                 (QJsonArray{QStringLiteral("ssh-rsa AAAAold laptop"), QStringLiteral("ssh-ed25519 AAAAnew autopod")}));
        QCOMPARE(r.value->pubKey, QStringLiteral("ssh-rsa AAAAold laptop\nssh-ed25519 AAAAnew autopod"));
    }

    void catalogOffers()
    {
        auto dcs = [](std::initializer_list<std::pair<const char*, const char*>> l) {
            QJsonArray a;
            for (const auto& [id, av] : l) {
                a.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                     {QStringLiteral("name"), QLatin1String(id)},
                                     {QStringLiteral("availability"), QLatin1String(av)}});
            }
            return a;
        };
        auto gpu = [](const char* id, const char* name, double price, const char* availability, QJsonArray where) {
            return QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                               {QStringLiteral("name"), QLatin1String(name)},
                               {QStringLiteral("memory"), 48},
                               {QStringLiteral("price"), QJsonObject{{QStringLiteral("secure"), price},
                                                                     {QStringLiteral("community"), price / 2}}},
                               {QStringLiteral("maxCount"),
                                QJsonObject{{QStringLiteral("secure"), 8}, {QStringLiteral("community"), 4}}},
                               {QStringLiteral("availability"), QLatin1String(availability)},
                               {QStringLiteral("dataCenters"), where},
                               {QStringLiteral("cudaVersions"),
                                QJsonArray{QJsonObject{{QStringLiteral("version"), QStringLiteral("12.8")},
                                                       {QStringLiteral("available"), true}},
                                           QJsonObject{{QStringLiteral("version"), QStringLiteral("13.0")},
                                                       {QStringLiteral("available"), false}}}}};
        };
        const QJsonArray gpus{gpu("NVIDIA A40", "A40", 0.40, "HIGH", dcs({{"CA-MTL-1", "HIGH"}, {"EU-RO-1", "LOW"}})),
                              gpu("NVIDIA RTX A5000", "RTX A5000", 0.27, "MEDIUM", dcs({{"EU-RO-1", "MEDIUM"}})),
                              gpu("NVIDIA H100 80GB HBM3", "H100 SXM", 2.99, "NONE", dcs({})),
                              gpu("unknown", "unknown", 0.01, "HIGH", dcs({{"US-TX-3", "HIGH"}}))};
        GpuFilter f;
        QList<GpuOffer> offers = restv2::buildOffers(f, gpus);
        QCOMPARE(offers.size(), 2);
        QCOMPARE(offers[0].gpuTypeId, QStringLiteral("NVIDIA RTX A5000"));
        QCOMPARE(offers[1].stockStatus, QStringLiteral("High"));
        QCOMPARE(offers[1].cudaVersion, QStringLiteral("12.8"));
        QCOMPARE(offers[1].maxGpuCount, 8);
        f.region = QStringLiteral("NA");
        offers = restv2::buildOffers(f, gpus);
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers[0].dataCenterIds, QStringList{QStringLiteral("CA-MTL-1")});
        f.region.clear();
        f.cloud = CloudType::Community;
        QCOMPARE(restv2::buildOffers(f, gpus).first().pricePerGpuHr, 0.135);

        GpuFilter q;
        q.cudaVersion = QStringLiteral("12.8");
        q.gpuCount = 2;
        const QString query = restv2::catalogQuery(q);
        QVERIFY(query.contains(QStringLiteral("include=AVAILABILITY")));
        QVERIFY(query.contains(QStringLiteral("product=POD")));
        QVERIFY(query.contains(QStringLiteral("count=2")));
        QVERIFY(query.contains(QStringLiteral("cloud=SECURE")));
        QVERIFY(query.contains(QStringLiteral("minCudaVersion=12.8")));

        // The data centers' own regions win over the id's prefix; stock orders the data centers.
        const QJsonArray regions{QJsonObject{{QStringLiteral("id"), QStringLiteral("CA-MTL-1")},
                                             {QStringLiteral("region"), QStringLiteral("EUROPE")}},
                                 QJsonObject{{QStringLiteral("id"), QStringLiteral("EU-RO-1")},
                                             {QStringLiteral("region"), QStringLiteral("EUROPE")}}};
        GpuFilter eu;
        eu.region = QStringLiteral("EU");
        offers = restv2::buildOffers(eu, gpus, regions);
        QCOMPARE(offers.size(), 2);
        const GpuOffer a40 = offers[0].gpuTypeId == QLatin1String("NVIDIA A40") ? offers[0] : offers[1];
        QCOMPARE(a40.dataCenterIds, (QStringList{QStringLiteral("CA-MTL-1"), QStringLiteral("EU-RO-1")}));
        QCOMPARE(a40.stockStatus, QStringLiteral("High"));
        GpuFilter ro;
        ro.dataCenterId = QStringLiteral("EU-RO-1");
        offers = restv2::buildOffers(ro, gpus, regions);
        QCOMPARE(offers.size(), 2);
        for (const GpuOffer& o : offers) {
            QVERIFY2(o.stockStatus != QLatin1String("High"), qPrintable(o.gpuTypeId)); // EU-RO-1's own stock
        }

        auto& a = api();
        m_nam->enqueue(json({{QStringLiteral("gpus"), gpus}}));
        m_nam->enqueue(json({{QStringLiteral("dataCenters"), regions}}));
        const auto r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { a.gpuOffers(q, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(m_nam->requests().size(), 2);
        QCOMPARE(m_nam->requests().first().request.url().path(), QStringLiteral("/v2/catalog/gpus"));
        QVERIFY(m_nam->requests().first().request.url().query().contains(QStringLiteral("count=2")));
        QCOMPARE(m_nam->requests().at(1).request.url().path(), QStringLiteral("/v2/catalog/datacenters"));
        QCOMPARE(m_nam->requests().at(1).request.url().query(), QStringLiteral("include=GPU_AVAILABILITY"));
    }

    void accountChecksTheKeyThroughSshKeys()
    {
        auto& a = api();
        m_nam->enqueue(json(
            {{QStringLiteral("keys"), QJsonArray{QStringLiteral("ssh-rsa A x"), QStringLiteral("ssh-ed25519 B y")}}}));
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { a.account(c, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.value->pubKey, QStringLiteral("ssh-rsa A x\nssh-ed25519 B y"));
        QCOMPARE(m_nam->requests().first().request.url().path(), QStringLiteral("/v2/account/ssh-keys"));
    }
};

QTEST_GUILESS_MAIN(tst_restv2runpodapi)
#include "tst_restv2runpodapi.moc"
