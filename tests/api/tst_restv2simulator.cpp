// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RestV2RunPodApi against the simulator's REST v2 pod subset (/v2/pods...): the pod operations,
// the errors RunPod documents for them, and the orphan-safe create.
#include "api/ApiTestUtil.h"
#include "core/api/ApiErrors.h"
#include "core/api/RestV2RunPodApi.h"
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

const QString myPublicKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRestV2TestKey autopod@test");

QString describe(const ApiError& e)
{
    return kindName(e.kind) + QStringLiteral(": ") + e.message + QStringLiteral(" | ") + e.detail;
}

} // namespace

class tst_restv2simulator : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    QNetworkAccessManager m_nam;
    QString m_key = QString::fromLatin1(SimulatorProcess::fullAccessKey);
    std::unique_ptr<RestV2RunPodApi> m_api;

    int count(const QString& operation)
    {
        int n = 0;
        for (const QJsonValue& r :
             m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray()) {
            n += r.toObject().value(QStringLiteral("operationName")).toString() == operation ? 1 : 0;
        }
        return n;
    }

    CreatePodRequest request(const QString& name)
    {
        CreatePodRequest r;
        r.name = name;
        r.gpuTypeId = QStringLiteral("NVIDIA GeForce RTX 4090");
        r.publicKey = myPublicKey;
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString())); }

    void init()
    {
        m_key = QString::fromLatin1(SimulatorProcess::fullAccessKey);
        m_sim.post(QStringLiteral("reset"));
        m_sim.control("DELETE", QStringLiteral("requests"));
        QUrl v2 = m_sim.baseUrl();
        v2.setPath(QStringLiteral("/v2"));
        m_api = std::make_unique<RestV2RunPodApi>(m_nam, v2, [this] { return m_key; });
        RetryPolicy fast;
        fast.delaysMs = {20, 40, 80};
        fast.timeoutMs = 15000;
        m_api->setRetryPolicy(fast);
    }

    void podLifecycle()
    {
        CreatePodRequest req = request(QStringLiteral("autopod-2026-11-30-101"));
        req.dataCenterId = QStringLiteral("US-KS-2");
        const auto created = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); }, 30000);
        QVERIFY2(created.ok(), qPrintable(describe(created.error)));
        const Pod pod = *created.value;
        QCOMPARE(pod.name, req.name);
        QCOMPARE(pod.dataCenterId, QStringLiteral("US-KS-2"));
        QCOMPARE(pod.gpuTypeId, QStringLiteral("NVIDIA GeForce RTX 4090"));
        const QJsonObject internals = m_sim.get(QStringLiteral("pods/") + pod.id).object();
        QVERIFY(internals.value(QStringLiteral("env"))
                    .toArray()
                    .contains(QString(QStringLiteral("PUBLIC_KEY=") + myPublicKey)));

        std::optional<PortMapping> ssh;
        QElapsedTimer clock;
        clock.start();
        while (!ssh && clock.elapsed() < 20000) {
            const auto p = awaitResult<Pod>([&](QObject* c, auto done) { m_api->pod(pod.id, c, done); });
            QVERIFY2(p.ok(), qPrintable(describe(p.error)));
            ssh = p.value->publicSsh();
            if (!ssh) {
                QTest::qWait(200);
            }
        }
        QVERIFY(ssh);
        QCOMPARE(ssh->publicPort,
                 m_sim.get(QStringLiteral("pods/") + pod.id).object().value(QStringLiteral("sshPort")).toInt());

        const auto list = awaitResult<QList<Pod>>([&](QObject* c, auto done) { m_api->pods(c, done); });
        QVERIFY2(list.ok(), qPrintable(describe(list.error)));
        QCOMPARE(list.value->size(), 1);

        const auto stopped = awaitResult<Pod>([&](QObject* c, auto done) { m_api->stopPod(pod.id, c, done); });
        QVERIFY2(stopped.ok(), qPrintable(describe(stopped.error)));
        QCOMPARE(stopped.value->desiredStatus, PodStatus::Exited);
        const auto again = awaitResult<Pod>([&](QObject* c, auto done) { m_api->stopPod(pod.id, c, done); });
        QCOMPARE(again.error.kind, Kind::InvalidRequest); // 409: not valid for an EXITED pod
        QCOMPARE(again.error.httpStatus, 409);

        const auto started =
            awaitResult<Pod>([&](QObject* c, auto done) { m_api->resumePod(pod.id, 1, c, done); }, 30000);
        QVERIFY2(started.ok(), qPrintable(describe(started.error)));
        // REST v2: a started pod is PROVISIONING (Created) until its container runs again.
        QCOMPARE(started.value->desiredStatus, PodStatus::Created);

        auto done = awaitResult<Done>([&](QObject* c, auto cb) { m_api->terminatePod(pod.id, c, cb); }, 30000);
        QVERIFY2(done.ok(), qPrintable(describe(done.error)));
        const auto gone = awaitResult<Pod>([&](QObject* c, auto cb) { m_api->pod(pod.id, c, cb); });
        QCOMPARE(gone.error.kind, Kind::PodNotFound);
        done = awaitResult<Done>([&](QObject* c, auto cb) { m_api->terminatePod(pod.id, c, cb); });
        QCOMPARE(done.error.kind, Kind::PodNotFound);
    }

    void createErrors()
    {
        CreatePodRequest req = request(QStringLiteral("autopod-2026-11-30-102"));
        req.gpuTypeId = QStringLiteral("NVIDIA A40");
        req.dataCenterId = QStringLiteral("US-TX-3"); // sold out there
        auto r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::NoInstancesAvailable);

        m_sim.post(QStringLiteral("account"), {{QStringLiteral("balance"), 0.1}});
        req.dataCenterId.clear();
        r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QVERIFY2(r.error.kind == Kind::InsufficientBalance, qPrintable(describe(r.error)));
        QCOMPARE(count(QStringLiteral("createPod")), 2);

        m_key = QString::fromLatin1(SimulatorProcess::readOnlyKey);
        m_sim.post(QStringLiteral("account"), {{QStringLiteral("balance"), 25}});
        r = awaitResult<Pod>([&](QObject* c, auto done) { m_api->createPod(req, c, done); });
        QCOMPARE(r.error.kind, Kind::PermissionDenied);

        m_key = QStringLiteral("rp_wrong");
        const auto l = awaitResult<QList<Pod>>([&](QObject* c, auto done) { m_api->pods(c, done); });
        QCOMPARE(l.error.kind, Kind::InvalidApiKey);
    }

    void orphanIsAdopted()
    {
        m_sim.post(QStringLiteral("faults"), {{QStringLiteral("type"), QStringLiteral("createThen500")}});
        const auto r = awaitResult<Pod>(
            [&](QObject* c, auto done) {
                m_api->createPod(request(QStringLiteral("autopod-2026-11-30-103")), c, done);
            },
            30000);
        QVERIFY2(r.ok(), qPrintable(describe(r.error)));
        QCOMPARE(count(QStringLiteral("createPod")), 1);
        const QJsonArray pods = m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray();
        QCOMPARE(pods.size(), 1);
        QCOMPARE(pods.first().toObject().value(QStringLiteral("id")).toString(), r.value->id);
    }

    void transientFaults()
    {
        m_sim.post(QStringLiteral("faults"),
                   {{QStringLiteral("type"), QStringLiteral("http500")}, {QStringLiteral("count"), 2}});
        auto r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { m_api->pods(c, done); });
        QVERIFY2(r.ok(), qPrintable(describe(r.error)));
        QCOMPARE(count(QStringLiteral("listPods")), 3);

        m_sim.post(QStringLiteral("faults"), {{QStringLiteral("type"), QStringLiteral("malformedJson")}});
        r = awaitResult<QList<Pod>>([&](QObject* c, auto done) { m_api->pods(c, done); });
        QCOMPARE(r.error.kind, Kind::UnexpectedResponse);
    }
};

QTEST_GUILESS_MAIN(tst_restv2simulator)
#include "tst_restv2simulator.moc"
