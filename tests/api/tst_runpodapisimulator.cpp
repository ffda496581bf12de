// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQlRunPodApi against the offline RunPod simulator: every operation, and every fault the
// simulator can inject that the API client can see.
#include "api/ApiTestUtil.h"
#include "core/api/ApiErrors.h"
#include "core/api/GraphQlRunPodApi.h"
#include "support/SimulatorProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace autopod::api;
using autopod::test::awaitResult;
using autopod::test::SimulatorProcess;
using Kind = ApiError::Kind;

namespace {

const QString fullKey = QString::fromLatin1(SimulatorProcess::fullAccessKey);
const QString readOnlyApiKey = QString::fromLatin1(SimulatorProcess::readOnlyKey);
const QString myPublicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAutopodTestKey autopod@test");

RetryPolicy fastPolicy(int retries = 5, int timeoutMs = 15000)
{
    RetryPolicy p;
    p.delaysMs.clear();
    for (int i = 0, d = 20; i < retries; ++i, d *= 2) {
        p.delaysMs.append(d);
    }
    p.timeoutMs = timeoutMs;
    p.retryAfterUnitMs = 50;
    return p;
}

QString kindText(const ApiError& e)
{
    return kindName(e.kind) + QStringLiteral(": ") + e.message + QStringLiteral(" | ") + e.detail;
}

} // namespace

class tst_runpodapisimulator : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    QNetworkAccessManager m_nam;
    QString m_key = fullKey;
    std::unique_ptr<GraphQlRunPodApi> m_api;

    GraphQlRunPodApi& api(const RetryPolicy& policy = fastPolicy())
    {
        m_api = std::make_unique<GraphQlRunPodApi>(m_nam, m_sim.graphqlUrl(), [this] { return m_key; });
        m_api->setRetryPolicy(policy);
        return *m_api;
    }

    // Recorded API requests (all, or those of one operation).
    QJsonArray requests(const QString& operationName = {})
    {
        const QJsonArray all =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        QJsonArray out;
        for (const QJsonValue& r : all) {
            if (operationName.isEmpty() ||
                r.toObject().value(QStringLiteral("operationName")).toString() == operationName) {
                out.append(r);
            }
        }
        return out;
    }

    void addFault(const QJsonObject& fault)
    {
        int status = 0;
        m_sim.control("POST", QStringLiteral("faults"), fault, &status);
        QCOMPARE(status, 200);
    }

    CreatePodRequest createRequest(const QString& name, const QString& gpu = QStringLiteral("NVIDIA GeForce RTX 4090"))
    {
        CreatePodRequest r;
        r.name = name;
        r.gpuTypeId = gpu;
        r.publicKey = myPublicKey;
        return r;
    }

    Pod create(const CreatePodRequest& request)
    {
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(request, c, done); }, 30000);
        if (!r.ok()) {
            qWarning("create failed: %s", qPrintable(kindText(r.error)));
            return {};
        }
        return *r.value;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString())); }

    void init()
    {
        m_key = fullKey;
        m_sim.post(QStringLiteral("reset"));
        m_sim.control("DELETE", QStringLiteral("requests"));
        api();
    }

    void account()
    {
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        QCOMPARE(r.value->id, QStringLiteral("user_2PyTJrLzeuwfZilRZ7JhCQDuSqo"));
        QCOMPARE(r.value->email, QStringLiteral("demo@autopod.invalid"));
        QCOMPARE(r.value->balance, 25.0);
        QCOMPARE(r.value->spendLimit, 80.0);

        const QJsonArray sent = requests(QStringLiteral("Account"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject req = sent.first().toObject();
        const QJsonObject headers = req.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer ") + fullKey);
        QVERIFY(headers.value(QStringLiteral("user-agent")).toString().startsWith(QStringLiteral("autopod/")));
        QVERIFY(req.value(QStringLiteral("query")).toObject().isEmpty()); // nothing in the URL
    }

    void invalidKey()
    {
        m_key = QStringLiteral("rp_not_a_key");
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QCOMPARE(r.error.kind, Kind::InvalidApiKey);
        QCOMPARE(r.error.httpStatus, 401);
        // The way out, as an action each front end renders (never a CLI command in core's words).
        QCOMPARE(r.error.nextStep, autopod::NextStep::SetApiKey);
        QVERIFY2(!r.error.message.contains(QStringLiteral("autopod config")), qPrintable(r.error.message));
        QCOMPARE(requests().size(), 1); // never retried
    }

    void dataCentersAndVolumes()
    {
        const auto dcs = awaitResult<QList<DataCenter>>([&](QObject* c, auto done) { m_api->dataCenters(c, done); });
        QVERIFY2(dcs.ok(), qPrintable(kindText(dcs.error)));
        QCOMPARE(dcs.value->size(), 9);
        QMap<QString, QString> regions;
        for (const DataCenter& dc : *dcs.value) {
            regions.insert(dc.id, dc.region);
        }
        QCOMPARE(regions.value(QStringLiteral("US-KS-2")), QStringLiteral("NA"));
        QCOMPARE(regions.value(QStringLiteral("CA-MTL-1")), QStringLiteral("NA"));
        QCOMPARE(regions.value(QStringLiteral("EUR-IS-1")), QStringLiteral("EU"));
        QCOMPARE(regions.value(QStringLiteral("OC-AU-1")), QStringLiteral("AP"));

        const auto vols =
            awaitResult<QList<NetworkVolume>>([&](QObject* c, auto done) { m_api->networkVolumes(c, done); });
        QVERIFY2(vols.ok(), qPrintable(kindText(vols.error)));
        QCOMPARE(vols.value->size(), 1);
        QCOMPARE(vols.value->first().id, QStringLiteral("grvtso8ftn"));
        QCOMPARE(vols.value->first().sizeGb, 50);
        QCOMPARE(vols.value->first().dataCenterId, QStringLiteral("EU-RO-1"));
    }

    void gpuOffersWithThePrdDefaults()
    {
        GpuFilter f; // secure, any CUDA, 5 results
        f.region = QStringLiteral("NA");
        f.networkSpeeds = {QStringLiteral("high"), QStringLiteral("extreme")};
        const auto r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { m_api->gpuOffers(f, c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        const QList<GpuOffer>& offers = *r.value;
        QVERIFY(!offers.isEmpty());
        QVERIFY(offers.size() <= 5);
        for (qsizetype i = 0; i < offers.size(); ++i) {
            const GpuOffer& o = offers[i];
            QVERIFY(o.gpuTypeId != QLatin1String("unknown"));
            QVERIFY(o.pricePerGpuHr > 0);
            QVERIFY(o.stockStatus != QLatin1String("None"));
            QVERIFY(o.networkSpeed == QLatin1String("High") || o.networkSpeed == QLatin1String("Extreme"));
            QVERIFY(!o.dataCenterIds.isEmpty());
            for (const QString& dc : o.dataCenterIds) {
                QVERIFY2(dc.startsWith(QLatin1String("US-")) || dc.startsWith(QLatin1String("CA-")), qPrintable(dc));
            }
            if (i > 0) {
                QVERIFY(offers[i - 1].pricePerGpuHr <= o.pricePerGpuHr);
            }
        }
        // The cheapest secure GPU in North America with stock is the RTX A5000 ($0.27).
        QCOMPARE(offers.first().gpuTypeId, QStringLiteral("NVIDIA RTX A5000"));
        QCOMPARE(offers.first().pricePerGpuHr, 0.27);
        // One GpuTypes query per country of the region (CA and US).
        const QJsonArray sent = requests(QStringLiteral("GpuTypes"));
        QCOMPARE(sent.size(), 2);
    }

    void gpuOffersExtremeNetworkAndCuda()
    {
        GpuFilter f;
        f.networkSpeeds = {QStringLiteral("extreme")};
        f.cudaVersion = QStringLiteral("12.8");
        f.maxResults = 20;
        const auto r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { m_api->gpuOffers(f, c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        QStringList names;
        for (const GpuOffer& o : *r.value) {
            names << o.displayName;
            QCOMPARE(o.networkSpeed, QStringLiteral("Extreme"));
            QVERIFY2(o.cudaVersion == QLatin1String("12.8") || o.cudaVersion == QLatin1String("13.0"),
                     qPrintable(o.cudaVersion));
        }
        // Extreme hosts are US-KS-2 and EU-RO-1 only; the RTX 5090 (EU-RO-1, CUDA >= 12.8) is there,
        // the A40 (EU-RO-1 secure) too, the RTX 3090 (community only there) is not.
        QVERIFY2(names.contains(QStringLiteral("RTX 5090")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("A40")));
        QVERIFY(!names.contains(QStringLiteral("RTX 3090")));
    }

    void gpuOffersFavouritesAndNothingLeft()
    {
        GpuFilter f;
        f.region = QStringLiteral("NA");
        f.favoriteGpus = {QStringLiteral("RTX A40"), QStringLiteral("RTX 4090"), QStringLiteral("RTX 3090")};
        auto r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { m_api->gpuOffers(f, c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        QCOMPARE(r.value->size(), 2); // no secure RTX 3090 anywhere
        QCOMPARE(r.value->at(0).gpuTypeId, QStringLiteral("NVIDIA A40"));
        QCOMPARE(r.value->at(1).gpuTypeId, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(r.value->at(0).dataCenterIds, QStringList{QStringLiteral("CA-MTL-1")});

        f.favoriteGpus = {QStringLiteral("RTX 3090")};
        r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { m_api->gpuOffers(f, c, done); });
        QCOMPARE(r.error.kind, Kind::NoGpusMatchingFilters);
        QVERIFY(r.error.message.contains(QStringLiteral("RTX 3090")));

        f.favoriteGpus.clear();
        f.cloud = CloudType::Community;
        f.region = QStringLiteral("AP");
        f.networkSpeeds = {QStringLiteral("extreme")}; // no AP host is that fast
        r = awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { m_api->gpuOffers(f, c, done); });
        QCOMPARE(r.error.kind, Kind::NoGpusMatchingFilters);
    }

    void podLifecycle()
    {
        CreatePodRequest req = createRequest(QStringLiteral("autopod-2026-11-30-001"));
        req.cloud = CloudType::Secure;
        req.dataCenterId = QStringLiteral("US-KS-2");
        const Pod created = create(req);
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.name, req.name);
        QCOMPARE(created.desiredStatus, PodStatus::Running);
        QCOMPARE(created.gpuDisplayName, QStringLiteral("RTX 4090"));
        QCOMPARE(created.gpuTypeId, QStringLiteral("NVIDIA GeForce RTX 4090"));
        QCOMPARE(created.dataCenterId, QStringLiteral("US-KS-2"));
        QCOMPARE(created.containerDiskGb, 50);
        QCOMPARE(created.ports, QStringLiteral("22/tcp"));

        // What RunPod received.
        const QJsonObject input = requests(QStringLiteral("CreatePod"))
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("variables"))
                                      .toObject()
                                      .value(QStringLiteral("input"))
                                      .toObject();
        QCOMPARE(input.value(QStringLiteral("supportPublicIp")).toBool(), true);
        QCOMPARE(
            input.value(QStringLiteral("env")).toArray().first().toObject().value(QStringLiteral("value")).toString(),
            myPublicKey);
        const QJsonObject internals = m_sim.get(QStringLiteral("pods/") + created.id).object();
        QVERIFY(internals.value(QStringLiteral("env"))
                    .toArray()
                    .contains(QString(QStringLiteral("PUBLIC_KEY=") + myPublicKey)));

        // The runtime appears (fast scenario) with a public 22/tcp.
        std::optional<PortMapping> ssh;
        QElapsedTimer clock;
        clock.start();
        while (!ssh && clock.elapsed() < 20000) {
            const auto p = awaitResult<Pod>([&](QObject* c, auto done) { m_api->pod(created.id, c, done); });
            QVERIFY2(p.ok(), qPrintable(kindText(p.error)));
            ssh = p.value->publicSsh();
            if (!ssh) {
                QTest::qWait(200);
            }
        }
        QVERIFY(ssh);
        QCOMPARE(ssh->publicPort, internals.value(QStringLiteral("sshPort")).toInt(ssh->publicPort));

        const auto list = awaitResult<QList<Pod>>([&](QObject* c, auto done) { m_api->pods(c, done); });
        QVERIFY2(list.ok(), qPrintable(kindText(list.error)));
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->first().id, created.id);

        const auto stopped = awaitResult<Pod>([&](QObject* c, auto done) { m_api->stopPod(created.id, c, done); });
        QVERIFY2(stopped.ok(), qPrintable(kindText(stopped.error)));
        QCOMPARE(stopped.value->desiredStatus, PodStatus::Exited);
        QVERIFY(stopped.value->lastStatusChange.startsWith(QStringLiteral("Exited by user")));
        QVERIFY(!stopped.value->publicSsh());

        const auto resumed =
            awaitResult<Pod>([&](QObject* c, auto done) { m_api->resumePod(created.id, 1, c, done); }, 30000);
        QVERIFY2(resumed.ok(), qPrintable(kindText(resumed.error)));
        QCOMPARE(resumed.value->desiredStatus, PodStatus::Running);

        auto done = awaitResult<Done>([&](QObject* c, auto cb) { m_api->terminatePod(created.id, c, cb); }, 30000);
        QVERIFY2(done.ok(), qPrintable(kindText(done.error)));
        const auto gone = awaitResult<Pod>([&](QObject* c, auto cb) { m_api->pod(created.id, c, cb); });
        QCOMPARE(gone.error.kind, Kind::PodNotFound);
        done = awaitResult<Done>([&](QObject* c, auto cb) { m_api->terminatePod(created.id, c, cb); });
        QCOMPARE(done.error.kind, Kind::PodNotFound);
        const auto stopGone = awaitResult<Pod>([&](QObject* c, auto cb) { m_api->stopPod(created.id, c, cb); });
        QCOMPARE(stopGone.error.kind, Kind::PodNotFound);
    }

    void createWithVolumeAndCuda()
    {
        CreatePodRequest req =
            createRequest(QStringLiteral("autopod-2026-11-30-002"), QStringLiteral("NVIDIA GeForce RTX 5090"));
        req.networkVolumeId = QStringLiteral("grvtso8ftn");
        req.allowedCudaVersions = {QStringLiteral("12.8"), QStringLiteral("12.9"), QStringLiteral("13.0")};
        req.minDownloadMbps = 5000;
        req.minUploadMbps = 2500;
        req.volumeGb = 20;
        const Pod pod = create(req);
        QVERIFY(!pod.id.isEmpty());
        QCOMPARE(pod.dataCenterId, QStringLiteral("EU-RO-1"));
        QCOMPARE(pod.networkVolumeId, QStringLiteral("grvtso8ftn"));
        QCOMPARE(pod.volumeGb, 20);
    }

    void permanentCreateFailures()
    {
        // No capacity: A40 is sold out in US-TX-3.
        CreatePodRequest req = createRequest(QStringLiteral("autopod-2026-11-30-003"), QStringLiteral("NVIDIA A40"));
        req.dataCenterId = QStringLiteral("US-TX-3");
        auto r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::NoInstancesAvailable);
        QVERIFY(r.error.message.contains(QStringLiteral("no longer any instances")));

        // Insufficient balance.
        m_sim.post(QStringLiteral("account"), {{QStringLiteral("balance"), 0.1}});
        req.dataCenterId.clear();
        r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::InsufficientBalance);
        QVERIFY(r.error.message.contains(QStringLiteral("https://www.runpod.io/console/user/billing")));

        // The machine-lacks-resources wording (injected).
        m_sim.post(QStringLiteral("account"), {{QStringLiteral("balance"), 25}});
        addFault(
            {{QStringLiteral("type"), QStringLiteral("graphqlError")},
             {QStringLiteral("field"), QStringLiteral("podFindAndDeployOnDemand")},
             {QStringLiteral("message"), QStringLiteral("This machine does not have the resources to deploy your pod. "
                                                        "Please try a different machine")}});
        r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::NoInstancesAvailable);
        QCOMPARE(requests(QStringLiteral("CreatePod")).size(), 3); // none of them retried
        QCOMPARE(requests(QStringLiteral("Pods")).size(), 0);
    }

    void readOnlyKey()
    {
        const Pod pod = create(createRequest(QStringLiteral("autopod-2026-11-30-004")));
        QVERIFY(!pod.id.isEmpty());
        m_key = readOnlyApiKey;
        const auto acc = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QVERIFY(acc.ok());
        const auto stop = awaitResult<Pod>([&](QObject* c, auto done) { m_api->stopPod(pod.id, c, done); });
        QCOMPARE(stop.error.kind, Kind::PermissionDenied);
        QVERIFY(stop.error.message.contains(QStringLiteral("read-only")));
        const auto add =
            awaitResult<Account>([&](QObject* c, auto done) { m_api->addPublicKey(myPublicKey, c, done); });
        QCOMPARE(add.error.kind, Kind::PermissionDenied);
        const auto created = awaitResult<Pod>([&](QObject* c, auto done) {
            m_api->createPod(createRequest(QStringLiteral("autopod-2026-11-30-005")), c, done);
        });
        QCOMPARE(created.error.kind, Kind::PermissionDenied);
        QCOMPARE(requests(QStringLiteral("StopPod")).size(), 1);
    }

    void resumeWhenHostGpusAreTaken()
    {
        const Pod pod = create(createRequest(QStringLiteral("autopod-2026-11-30-006")));
        QVERIFY(!pod.id.isEmpty());
        QVERIFY(awaitResult<Pod>([&](QObject* c, auto done) { m_api->stopPod(pod.id, c, done); }).ok());
        m_sim.post(QStringLiteral("pods/%1/take-host-gpus").arg(pod.id));
        const auto r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->resumePod(pod.id, 1, c, done); });
        QCOMPARE(r.error.kind, Kind::NoInstancesAvailable);
        QVERIFY(r.error.message.contains(QStringLiteral("host machine")));
        QCOMPARE(requests(QStringLiteral("ResumePod")).size(), 1);
    }

    void addPublicKey()
    {
        const QString existing = QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQExisting laptop");
        m_sim.post(QStringLiteral("account"), {{QStringLiteral("pubKey"), existing}});
        auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->addPublicKey(myPublicKey, c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        const QString expected = existing + QLatin1Char('\n') + myPublicKey;
        QCOMPARE(r.value->pubKey, expected);
        QCOMPARE(m_sim.get(QStringLiteral("account")).object().value(QStringLiteral("pubKey")).toString(), expected);
        r = awaitResult<Account>([&](QObject* c, auto done) { m_api->addPublicKey(myPublicKey, c, done); });
        QVERIFY(r.ok());
        QCOMPARE(requests(QStringLiteral("UpdateUserSettings")).size(), 1);
        QCOMPARE(m_sim.get(QStringLiteral("account")).object().value(QStringLiteral("pubKey")).toString(), expected);
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("expectedRequests");
        QTest::newRow("http500 ×2") << QJsonObject{{QStringLiteral("type"), QStringLiteral("http500")},
                                                   {QStringLiteral("count"), 2}}
                                    << 3;
        QTest::newRow("http502") << QJsonObject{{QStringLiteral("type"), QStringLiteral("http502")}} << 2;
        QTest::newRow("Something went wrong ×3")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("graphqlError")},
                           {QStringLiteral("count"), 3},
                           {QStringLiteral("message"),
                            QStringLiteral("Something went wrong. Please try again later or contact support.")},
                           {QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR")}}
            << 4;
        QTest::newRow("hang") << QJsonObject{{QStringLiteral("type"), QStringLiteral("hang")}} << 2;
    }

    void transientFaultsAreRetried()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, expectedRequests);
        api(fastPolicy(5, 1000));
        addFault(fault);
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        QCOMPARE(requests(QStringLiteral("Account")).size(), expectedRequests);
    }

    void retryAfterIsHonoured()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("http429")}, {QStringLiteral("retryAfter"), 4}}); // 4 × 50 ms
        QElapsedTimer clock;
        clock.start();
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QVERIFY2(r.ok(), qPrintable(kindText(r.error)));
        const QJsonArray sent = requests(QStringLiteral("Account"));
        QCOMPARE(sent.size(), 2);
        QVERIFY(clock.elapsed() >= 200);
    }

    void persistentFaultsGiveUp_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("expectedRequests");
        const auto forever = [](QJsonObject f) {
            f.insert(QStringLiteral("count"), QJsonValue::Null);
            return f;
        };
        QTest::newRow("http500") << forever({{QStringLiteral("type"), QStringLiteral("http500")}})
                                 << int(Kind::ServerError) << 3;
        QTest::newRow("http502") << forever({{QStringLiteral("type"), QStringLiteral("http502")}})
                                 << int(Kind::ServerError) << 3;
        QTest::newRow("http429") << forever({{QStringLiteral("type"), QStringLiteral("http429")},
                                             {QStringLiteral("retryAfter"), 0}})
                                 << int(Kind::RateLimited) << 3;
        // A hanging server spends the call's budget (waits + two timeouts) in two attempts.
        QTest::newRow("hang") << forever({{QStringLiteral("type"), QStringLiteral("hang")}})
                              << int(Kind::NetworkTimeout) << 2;
        QTest::newRow("malformedJson") << forever({{QStringLiteral("type"), QStringLiteral("malformedJson")}})
                                       << int(Kind::UnexpectedResponse) << 1;
        QTest::newRow("graphqlError Unauthorized")
            << forever({{QStringLiteral("type"), QStringLiteral("graphqlError")},
                        {QStringLiteral("message"), QStringLiteral("Unauthorized")}})
            << int(Kind::PermissionDenied) << 1;
    }

    void persistentFaultsGiveUp()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedRequests);
        api(fastPolicy(2, 700));
        addFault(fault);
        const auto r = awaitResult<Account>([&](QObject* c, auto done) { m_api->account(c, done); });
        QVERIFY2(int(r.error.kind) == expectedKind, qPrintable(kindText(r.error)));
        QCOMPARE(requests(QStringLiteral("Account")).size(), expectedRequests);
        m_sim.control("DELETE", QStringLiteral("faults"));
    }

    void createThen500OrphanIsAdopted()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("createThen500")}});
        const Pod pod = create(createRequest(QStringLiteral("autopod-2026-11-30-007")));
        QVERIFY(!pod.id.isEmpty());
        QCOMPARE(pod.name, QStringLiteral("autopod-2026-11-30-007"));

        const QJsonArray creates = requests(QStringLiteral("CreatePod"));
        QCOMPARE(creates.size(), 1); // never created twice
        QCOMPARE(creates.first().toObject().value(QStringLiteral("orphan")).toArray(), QJsonArray{pod.id});
        const QJsonArray simPods = m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray();
        QCOMPARE(simPods.size(), 1);
        QCOMPARE(simPods.first().toObject().value(QStringLiteral("id")).toString(), pod.id);
    }

    void transientCreateFailureWithoutOrphanIsRetried()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("graphqlError")},
                  {QStringLiteral("field"), QStringLiteral("podFindAndDeployOnDemand")},
                  {QStringLiteral("count"), 2},
                  {QStringLiteral("message"),
                   QStringLiteral("Something went wrong. Please try again later or contact support.")},
                  {QStringLiteral("code"), QStringLiteral("INTERNAL_SERVER_ERROR")}});
        const Pod pod = create(createRequest(QStringLiteral("autopod-2026-11-30-008")));
        QVERIFY(!pod.id.isEmpty());
        QCOMPARE(requests(QStringLiteral("CreatePod")).size(), 3);
        QCOMPARE(requests(QStringLiteral("Pods")).size(), 2); // an orphan check before each retry
        QCOMPARE(m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray().size(), 1);
    }

    void podFaultsAsTheApiShowsThem()
    {
        // podStuck: RUNNING, billing, runtime never appears.
        addFault({{QStringLiteral("type"), QStringLiteral("podStuck")}});
        const Pod stuck = create(createRequest(QStringLiteral("autopod-2026-11-30-009")));
        QVERIFY(!stuck.id.isEmpty());
        QTest::qWait(500);
        auto p = awaitResult<Pod>([&](QObject* c, auto done) { m_api->pod(stuck.id, c, done); });
        QVERIFY(p.ok());
        QCOMPARE(p.value->desiredStatus, PodStatus::Running);
        QVERIFY(!p.value->runtime.has_value());
        QVERIFY(!p.value->publicSsh());

        // A container that dies: still RUNNING (and billing) but no runtime.
        const Pod dying =
            create(createRequest(QStringLiteral("autopod-2026-11-30-010"), QStringLiteral("NVIDIA RTX A5000")));
        QVERIFY(!dying.id.isEmpty());
        m_sim.post(QStringLiteral("pods/%1/die").arg(dying.id));
        p = awaitResult<Pod>([&](QObject* c, auto done) { m_api->pod(dying.id, c, done); });
        QVERIFY(p.ok());
        QCOMPARE(p.value->desiredStatus, PodStatus::Running);
        QVERIFY(!p.value->publicSsh());

        // Stopped by RunPod (e.g. the balance ran out).
        m_sim.post(QStringLiteral("pods/%1/stop").arg(dying.id),
                   {{QStringLiteral("reason"), QStringLiteral("Exited by RunPod: Insufficient balance")}});
        p = awaitResult<Pod>([&](QObject* c, auto done) { m_api->pod(dying.id, c, done); });
        QVERIFY(p.ok());
        QCOMPARE(p.value->desiredStatus, PodStatus::Exited);
        QVERIFY2(p.value->lastStatusChange.contains(QStringLiteral("Insufficient balance")),
                 qPrintable(p.value->lastStatusChange));
    }
};

QTEST_GUILESS_MAIN(tst_runpodapisimulator)
#include "tst_runpodapisimulator.moc"
