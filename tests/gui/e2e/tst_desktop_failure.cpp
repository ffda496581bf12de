// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The desktop when the cost-safe policy has to act (retries spent, then stop or terminate, told in the tray): a
// pod created through the UI never becomes ready, so autopod terminates it on its own — and says
// so in the tray, since the user may be looking elsewhere — and nothing is left billing.
#include "DesktopFixture.h"

#include "core/lifecycle/LifecycleTypes.h"
#include "gui/DesktopApp.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/TrayController.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace autopod;

class DesktopFailure : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;

    QString simStatus(const QString& podId)
    {
        const QJsonArray pods = m_fx.sim().get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray();
        for (const QJsonValue& v : pods) {
            if (v.toObject().value(QStringLiteral("id")).toString() == podId)
                return v.toObject().value(QStringLiteral("desiredStatus")).toString();
        }
        return QStringLiteral("(gone)");
    }

    QString statusBarText() const
    {
        auto* bar = m_fx.window()->findChild<QStatusBar*>();
        return bar ? bar->currentMessage() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The shortest readiness timeout the configuration allows; no volume disk, so a new pod that
        // never becomes ready loses nothing and the cost-safe policy terminates it (with the default
        // volume disk it is stopped instead, which tst_connectflow covers).
        const QString error = m_fx.start({{QStringLiteral("lifecycle.ready_timeout_seconds"), QStringLiteral("30")},
                                          {QStringLiteral("defaults.volume_gb"), QStringLiteral("0")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void runPodHiccupIsShownWhileRetrying()
    {
        // RunPod answers the next pod list with a Cloudflare 502: the status bar says so, and the
        // list refreshes once the retry gets through.
        m_fx.sim().post(QStringLiteral("faults"), {{QStringLiteral("type"), QStringLiteral("http502")},
                                                   {QStringLiteral("operationName"), QStringLiteral("Pods")}});
        QSignalSpy refreshed(m_fx.app().pods(), &gui::PodsController::refreshed);
        QSignalSpy refreshFailed(m_fx.app().pods(), &gui::PodsController::refreshFailed);
        m_fx.app().pods()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(statusBarText().contains(QStringLiteral("HTTP 502")), 10000);
        QVERIFY2(statusBarText().contains(QStringLiteral("(attempt 2 of")), qPrintable(statusBarText()));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshFailed.count(), 0);
    }

    void podThatNeverBecomesReadyIsTerminatedAndTheTraySaysSo()
    {
        m_fx.sim().post(QStringLiteral("faults"), {{QStringLiteral("type"), QStringLiteral("podStuck")}});
        gui::DesktopApp& app = m_fx.app();
        QSignalSpy notified(app.tray(), &gui::TrayController::notified);
        QSignalSpy failed(app.creator(), &gui::PodCreator::failed);
        QElapsedTimer sinceCreate;
        QString error;
        const QString podId = m_fx.createPodThroughDialog(&error);
        sinceCreate.start();
        QVERIFY2(!podId.isEmpty(), qPrintable(error));
        QCOMPARE(simStatus(podId), QStringLiteral("RUNNING"));

        QVERIFY(failed.wait(120000));
        QVERIFY2(sinceCreate.elapsed() < 60000, "the policy acts soon after the 30 s readiness timeout");
        const auto report = failed.first().at(1).value<lifecycle::FailureReport>();
        QCOMPARE(report.kind, lifecycle::FailureKind::ReadinessTimeout);
        QCOMPARE(report.action, lifecycle::FailureAction::Terminated);

        // The tray tells the user what autopod did, naming the pod.
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        const QString pod = app.model()->find(podId) ? app.model()->find(podId)->name : report.podName;
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Pod terminated to save costs"));
        QVERIFY2(notified.last().at(1).toString().startsWith(pod + QStringLiteral(": ")),
                 qPrintable(notified.last().at(1).toString()));

        // Nothing bills: RunPod has no running pod, and the list and tray say so.
        QCOMPARE(simStatus(podId) == QLatin1String("RUNNING"), false);
        QTRY_COMPARE_WITH_TIMEOUT(app.model()->billingCount(), 0, 20000);
        QCOMPARE(app.tray()->costPerHrText(), QStringLiteral("No pod running"));

        // The pod stays in the list, and its details keep why it ended (its last error), also after
        // the next refreshes of the list.
        m_fx.window()->selectPod(podId);
        auto* lastError = m_fx.window()->detailsPanel()->findChild<QLabel*>(QStringLiteral("lastErrorValue"));
        QVERIFY(lastError);
        QTRY_VERIFY_WITH_TIMEOUT(lastError->isVisible() && lastError->text().contains(report.message), 5000);
        QSignalSpy refreshed(app.pods(), &gui::PodsController::refreshed);
        app.pods()->refreshNow();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(lastError->isVisible() && lastError->text().contains(report.message), qPrintable(lastError->text()));
        if (app.creator()->activeProgress())
            app.creator()->activeProgress()->close();
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopFailure)
#include "tst_desktop_failure.moc"
