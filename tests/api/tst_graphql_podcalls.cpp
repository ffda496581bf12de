// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// GraphQlRunPodApi's pod and account calls against a fake network: pod parsing, the create
// variables and the orphan-safe create, resume, terminate, and the account's SSH public keys.
#include "api/GraphQlTestSupport.h"

using namespace autopod::test::graphql;

class tst_graphql_podcalls : public GraphQlApiTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { captureLogs(); }
    void cleanupTestCase() { verifyNoKeyInLogs(); }

    void podNullIsPodNotFound()
    {
        // Only when a second answer agrees: a single `pod: null` is no proof of termination.
        auto& a = api();
        m_nam->enqueue(FakeResponse::json("{\"data\":{\"pod\":null}}"));
        m_nam->enqueue(FakeResponse::json("{\"data\":{\"pod\":null}}"));
        const auto r =
            autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("gone123"), c, done); });
        QCOMPARE(m_nam->requests().size(), 2);
        QCOMPARE(r.error.kind, Kind::PodNotFound);
        QVERIFY(r.error.message.contains(QStringLiteral("gone123")));
        QCOMPARE(variablesOf(m_nam->requests().first()),
                 (QJsonObject{{QStringLiteral("podId"), QStringLiteral("gone123")}}));
        QCOMPARE(operationOf(m_nam->requests().first()), QStringLiteral("Pod"));
    }

    void podNullOnceIsNotProofOfTermination()
    {
        auto& a = api();
        m_nam->enqueue(FakeResponse::json("{\"data\":{\"pod\":null}}"));
        m_nam->enqueue(FakeResponse::json(
            QJsonDocument(QJsonObject{{QStringLiteral("data"),
                                       QJsonObject{{QStringLiteral("pod"),
                                                    podJson(QStringLiteral("alive1"), QStringLiteral("autopod-x"))}}}})
                .toJson()));
        const auto r =
            autopod::test::awaitResult<Pod>([&](QObject* c, auto done) { a.pod(QStringLiteral("alive1"), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->id, QStringLiteral("alive1"));
    }

    void podsNullOrMissingIsNoAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("pods null") << QByteArray("{\"data\":{\"myself\":{\"id\":\"u\",\"pods\":null}}}");
        QTest::newRow("pods absent") << QByteArray("{\"data\":{\"myself\":{\"id\":\"u\"}}}");
    }
    void podsNullOrMissingIsNoAnswer()
    {
        QFETCH(QByteArray, body);
        auto& a = api();
        m_nam->enqueue(FakeResponse::json(body));
        const auto r = autopod::test::awaitResult<QList<Pod>>([&](QObject* c, auto done) { a.pods(c, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, Kind::UnexpectedResponse);
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
        // Only SSH by default: ComfyUI is reached through the tunnel, not RunPod's public proxy.
        QCOMPARE(input.value(QStringLiteral("ports")).toString(), QStringLiteral("22/tcp"));
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
        QVERIFY2(r.error.message.contains(QStringLiteral("may have been created anyway: check the pod list")),
                 qPrintable(r.error.message));
        QCOMPARE(r.error.nextStep, autopod::NextStep::CheckPods);
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
};

QTEST_GUILESS_MAIN(tst_graphql_podcalls)
#include "tst_graphql_podcalls.moc"
