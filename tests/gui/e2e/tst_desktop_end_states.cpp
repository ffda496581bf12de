// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// How a pod's creation ends when RunPod or the pod lets the user down, in the running app against
// the offline RunPod over its REST API: RunPod unreachable (every connection closes unanswered), a
// pod whose container fails while it starts (REST shows it in ERROR), and an API key without write
// access. Each time the creation progress dialog stays open
// and says what failed, what autopod did about the pod (with the cost so far once a pod exists) and
// what to do next; a pod that existed keeps the reason in its details panel. Screenshots go to
// <build>/screenshots/end-state-*.png.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/lifecycle/LifecycleTypes.h"
#include "gui/DesktopApp.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodsController.h"
#include "gui/web/WebEngineGl.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace autopod;

class DesktopEndStates : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;

    QStringList podIdsOnRunPod()
    {
        QStringList ids;
        const QJsonArray pods = m_fx.sim().get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray();
        for (const QJsonValue& v : pods)
            ids << v.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = test::screenshotDir();
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(dir).filePath(QStringLiteral("end-state-%1.png").arg(name))));
    }

    // The progress dialog at the end of a failed creation: still open, and it says what failed, what
    // autopod did and what to do next.
    void expectFailureShown(gui::CreationProgress* progress, const QString& name)
    {
        QVERIFY2(progress && progress->isVisible(), "the progress dialog closed by itself");
        QVERIFY(!progress->succeeded());
        shoot(progress, name);
        const QString title = progress->findChild<QLabel*>(QStringLiteral("titleLabel"))->text();
        QVERIFY2(title.contains(QStringLiteral("failed")), qPrintable(title));
        const QString outcome = progress->outcomeText();
        QVERIFY2(outcome.contains(QStringLiteral("What failed: ")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("What autopod did: ")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("What to do next: ")), qPrintable(outcome));
        QVERIFY(test::button(progress, QStringLiteral("Close")));
        QVERIFY(!test::button(progress, QStringLiteral("Open ComfyUI")));
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<lifecycle::FailureReport>();
        // One retry per RunPod call, so a dead RunPod is given up on within seconds, not minutes.
        const QString error = m_fx.start({{QStringLiteral("lifecycle.max_retries"), QStringLiteral("1")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_fx.sim().control("DELETE", QStringLiteral("faults")); }

    // RunPod cannot be reached at all once the user confirms: autopod cannot know whether the pod was
    // created, and says so and what to check, instead of claiming nothing bills.
    void runPodUnreachableIsSaidAndWhatToCheck()
    {
        const QStringList before = podIdsOnRunPod();
        QString error;
        gui::NewPodDialog* dialog = m_fx.openNewPodDialog(&error);
        QVERIFY2(dialog, qPrintable(error));
        m_fx.sim().post(QStringLiteral("faults"), {{QStringLiteral("type"), QStringLiteral("drop")},
                                                   {QStringLiteral("count"), QJsonValue::Null}});
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QVERIFY2(m_fx.confirmCreate(dialog, &error), qPrintable(error));
        QPointer<gui::CreationProgress> progress = m_fx.app().creator()->activeProgress();
        QVERIFY(failed.wait(120000));
        const auto report = failed.first().at(1).value<lifecycle::FailureReport>();

        QCOMPARE(report.kind, lifecycle::FailureKind::NetworkError);
        expectFailureShown(progress, QStringLiteral("runpod-unreachable"));
        const QString outcome = progress->outcomeText();
        QVERIFY2(outcome.contains(QStringLiteral("What failed: Could not reach RunPod")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("Could not check whether RunPod created pod ")), qPrintable(outcome));
        m_fx.sim().control("DELETE", QStringLiteral("faults"));
        QCOMPARE(podIdsOnRunPod(), before);
        progress->close();
    }

    // The pod dies while it starts: autopod ends it by the cost-safe policy, the dialog says so with
    // the cost, and the pod's details keep why, also after the next refreshes of the list.
    void podThatDiesWhileStartingIsEndedAndTheDetailsKeepWhy()
    {
        // Its container fails as it starts: RunPod's REST API shows the pod in ERROR, its log says why.
        m_fx.sim().post(QStringLiteral("faults"),
                        {{QStringLiteral("type"), QStringLiteral("podError")}, {QStringLiteral("afterMs"), 0}});
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString error;
        const QString podId = m_fx.createPodThroughDialog(&error);
        QVERIFY2(!podId.isEmpty(), qPrintable(error));
        QPointer<gui::CreationProgress> progress = m_fx.app().creator()->activeProgress();
        QVERIFY(failed.wait(120000));
        const auto report = failed.first().at(1).value<lifecycle::FailureReport>();
        QCOMPARE(report.kind, lifecycle::FailureKind::PodDied);
        QVERIFY(report.action == lifecycle::FailureAction::Stopped ||
                report.action == lifecycle::FailureAction::Terminated);

        expectFailureShown(progress, QStringLiteral("pod-died"));
        const QString outcome = progress->outcomeText();
        QVERIFY2(outcome.contains(QRegularExpression(QStringLiteral("Cost so far: \\S*\\$"))), qPrintable(outcome));
        QVERIFY2(outcome.contains(report.actionText), qPrintable(outcome));

        // The details panel keeps the reason until the next action on the pod.
        m_fx.window()->selectPod(podId);
        auto* lastError = m_fx.window()->detailsPanel()->findChild<QLabel*>(QStringLiteral("lastErrorValue"));
        QVERIFY(lastError);
        QTRY_VERIFY_WITH_TIMEOUT(lastError->isVisible() && lastError->text().contains(report.message), 5000);
        QSignalSpy refreshed(m_fx.app().pods(), &gui::PodsController::refreshed);
        m_fx.app().pods()->refreshNow();
        QVERIFY(refreshed.wait(20000));
        QVERIFY2(lastError->isVisible() && lastError->text().contains(report.message), qPrintable(lastError->text()));
        shoot(m_fx.window(), QStringLiteral("pod-died-details"));
        progress->close();
    }

    // The user set up a read-only API key: the create is refused, nothing is created, and the dialog
    // says the key needs write access.
    void keyWithoutWriteAccessCreatesNothingAndSaysWhatToDo()
    {
        const QString error = m_fx.changeApiKeyInWizard(QString::fromLatin1(test::SimulatorProcess::readOnlyKey));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList before = podIdsOnRunPod();
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString createError;
        gui::NewPodDialog* dialog = m_fx.openNewPodDialog(&createError);
        QVERIFY2(dialog, qPrintable(createError));
        QVERIFY2(m_fx.confirmCreate(dialog, &createError), qPrintable(createError));
        QPointer<gui::CreationProgress> progress = m_fx.app().creator()->activeProgress();
        QVERIFY(failed.wait(60000));
        const auto report = failed.first().at(1).value<lifecycle::FailureReport>();
        QCOMPARE(report.kind, lifecycle::FailureKind::PermissionDenied);
        QCOMPARE(report.action, lifecycle::FailureAction::NothingCreated);

        expectFailureShown(progress, QStringLiteral("read-only-key"));
        const QString outcome = progress->outcomeText();
        QVERIFY2(outcome.contains(QStringLiteral("No pod was created")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("write")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QStringLiteral("Setup wizard")), qPrintable(outcome));
        QCOMPARE(podIdsOnRunPod(), before);
        progress->close();
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopEndStates)
#include "tst_desktop_end_states.moc"
