// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The new-pod dialog against the offline RunPod through the real GraphQL client: the table shows
// the simulator's catalogue for the chosen filters (at most the configured number of rows), the
// filters reach RunPod as query variables, and the confirmed request creates the pod the user
// picked.
#include "WidgetLookup.h"
#include "core/api/GraphQlRunPodApi.h"
#include "gui/newpod/GpuOfferModel.h"
#include "gui/newpod/NewPodDialog.h"
#include "support/SimulatorProcess.h"
#include "support/TempHome.h"

#include <QAbstractButton>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using autopod::api::CreatePodRequest;
using autopod::gui::GpuOfferModel;
using autopod::gui::NewPodDefaults;
using autopod::gui::NewPodDialog;
using autopod::test::SimulatorProcess;

Q_DECLARE_METATYPE(autopod::api::CreatePodRequest)

using autopod::test::button;

class NewPodDialogSimTest : public QObject
{
    Q_OBJECT

private:
    autopod::test::TempHome m_home;
    SimulatorProcess m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<autopod::api::GraphQlRunPodApi> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CreatePodRequest>();
        QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString()));
        m_api = std::make_unique<autopod::api::GraphQlRunPodApi>(
            m_nam, m_sim.graphqlUrl(), [] { return QString::fromLatin1(SimulatorProcess::fullAccessKey); });
    }

    void showsTheCatalogueForTheFilters()
    {
        NewPodDefaults d;
        d.region = QStringLiteral("NA");
        d.maxResults = 4;
        NewPodDialog dialog(*m_api, d);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        const int rows = loaded.first().first().toInt();
        QVERIFY2(rows > 0 && rows <= 4, qPrintable(QString::number(rows)));
        GpuOfferModel* model = dialog.offerModel();
        for (int r = 0; r < model->rowCount(); ++r) {
            QVERIFY(!model->index(r, GpuOfferModel::Gpu).data().toString().isEmpty());
            QVERIFY(model->index(r, GpuOfferModel::CostPerHr).data().toString().startsWith(QLatin1Char('$')));
            QVERIFY(model->index(r, GpuOfferModel::Vram).data().toString().endsWith(QStringLiteral(" GB")));
        }
        // What RunPod was asked: secure cloud, the high/extreme network floor.
        QJsonObject vars;
        const QJsonArray requests =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& r : requests) {
            if (r.toObject().value(QStringLiteral("operationName")).toString() == QLatin1String("GpuTypes")) {
                vars = r.toObject().value(QStringLiteral("variables")).toObject();
            }
        }
        QVERIFY(!vars.isEmpty());
        const QJsonObject input = vars.value(QStringLiteral("lowestPriceInput")).toObject();
        QCOMPARE(input.value(QStringLiteral("secureCloud")).toBool(), true);
        QVERIFY2(input.value(QStringLiteral("minDownload")).toInt() > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(input).toJson())));
    }

    void createsThePodTheUserPicked()
    {
        NewPodDefaults d;
        d.gpuCount = 1;
        NewPodDialog dialog(*m_api, d);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        const QString gpu = dialog.offerModel()->offerAt(0)->gpuTypeId;
        const double price = dialog.offerModel()->offerAt(0)->pricePerGpuHr;
        QCOMPARE(dialog.estimatedCostPerHr(), price);
        QSignalSpy confirmed(&dialog, &NewPodDialog::createConfirmed);
        dialog.show();
        button(&dialog, QStringLiteral("&Create pod…"))->click();
        button(dialog.confirmation(), QStringLiteral("Create pod"))->click();
        QCOMPARE(confirmed.count(), 1);
        CreatePodRequest request = confirmed.first().first().value<CreatePodRequest>();
        QCOMPARE(request.gpuTypeId, gpu);
        request.name = QStringLiteral("autopod-2026-11-30-901");

        bool done = false;
        autopod::api::ApiResult<autopod::api::Pod> created;
        m_api->createPod(request, this, [&](const autopod::api::ApiResult<autopod::api::Pod>& r) {
            created = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QJsonObject pod = m_sim.get(QStringLiteral("pods/") + created.value->id).object();
        QCOMPARE(pod.value(QStringLiteral("name")).toString(), QStringLiteral("autopod-2026-11-30-901"));
        QVERIFY2(QJsonDocument(pod).toJson().contains(gpu.toUtf8()),
                 qPrintable(QString::fromUtf8(QJsonDocument(pod).toJson())));
        QCOMPARE(created.value->costPerHr, price);
    }

    // The region and cloud chosen in the dialog reach RunPod in the create request (the simulator
    // records it) and the pod lands there — "Best available" included.
    void regionAndCloudAreHonouredAtCreation()
    {
        NewPodDefaults d;
        d.region = QStringLiteral("EU");
        d.cloud = autopod::api::CloudType::Community;
        NewPodDialog dialog(*m_api, d);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toInt() > 0);
        QSignalSpy confirmed(&dialog, &NewPodDialog::createConfirmed);
        dialog.show();
        button(&dialog, QStringLiteral("&Create pod…"))->click();
        button(dialog.confirmation(), QStringLiteral("Create pod"))->click();
        QCOMPARE(confirmed.count(), 1);
        CreatePodRequest request = confirmed.first().first().value<CreatePodRequest>();
        request.name = QStringLiteral("autopod-2026-11-30-902");
        bool done = false;
        autopod::api::ApiResult<autopod::api::Pod> created;
        m_api->createPod(request, this, [&](const autopod::api::ApiResult<autopod::api::Pod>& r) {
            created = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(created.ok(), qPrintable(created.error.message));

        QJsonObject input;
        const QJsonArray requests =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& r : requests) {
            const QJsonObject in =
                r.toObject().value(QStringLiteral("variables")).toObject().value(QStringLiteral("input")).toObject();
            if (in.value(QStringLiteral("name")).toString() == QLatin1String("autopod-2026-11-30-902")) {
                input = in;
            }
        }
        const QString sent = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        QVERIFY2(!input.isEmpty(), "the simulator recorded no create request");
        QVERIFY2(input.value(QStringLiteral("dataCenterId")).toString().startsWith(QStringLiteral("EU-")),
                 qPrintable(sent));
        QCOMPARE(input.value(QStringLiteral("cloudType")).toString(), QStringLiteral("COMMUNITY"));
        QVERIFY2(created.value->dataCenterId.startsWith(QStringLiteral("EU-")),
                 qPrintable(created.value->dataCenterId));
    }
};

QTEST_MAIN(NewPodDialogSimTest)
#include "tst_newpoddialog_sim.moc"
