// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod guard as the desktop shows it, end to end under Xvfb against the offline RunPod: a pod
// created through the new-pod dialog gets its watchdog; the details panel shows the guard's limits
// and live state; five minutes (pod time) before the idle stop the window and the tray warn, and
// "Keep running" postpones the stop; later the guard stops the pod and the list says why. The
// pod's clock then runs 30 times faster (the simulator's /_sim/pods/:id/clock): 7 idle minutes are 14 s.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/pods/PodStore.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopRuntime.h"
#include "gui/MainWindow.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/GuardMonitor.h"
#include "gui/pods/GuardNoticeBanner.h"
#include "gui/pods/GuardSettingsDialog.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/TrayController.h"
#include "gui/web/WebEngineGl.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <csignal>

using namespace autopod;
using test::button;
using test::waitForConnection;

namespace {
constexpr int kSpeed = 30; // pod seconds per real second
}

class DesktopGuard : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    QString m_podId;

    gui::MainWindow* window() const { return m_fx.window(); }
    QString simStatus()
    {
        return m_fx.sim()
            .get(QStringLiteral("pods/") + m_podId)
            .object()
            .value(QStringLiteral("desiredStatus"))
            .toString();
    }
    void shoot(QWidget* widget, const QString& name)
    {
        const QString dir = test::screenshotDir();
        QVERIFY(QDir().mkpath(dir));
        QTest::qWait(200);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    QString guardState()
    {
        QDir pods(m_fx.sim().stateDir() + QStringLiteral("/pods"));
        const QStringList runs = pods.entryList({m_podId + QStringLiteral("-*")}, QDir::Dirs, QDir::Name);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            QFile f(pods.filePath(*it + QStringLiteral("/home/.autopod-guard/state")));
            if (f.open(QIODevice::ReadOnly)) {
                return QString::fromUtf8(f.readAll());
            }
        }
        return {};
    }

    // The watchdog's process id, as the pod has it (the simulated pod's HOME is under the simulator's
    // state directory); 0 when there is none.
    qint64 guardPid()
    {
        QDir pods(m_fx.sim().stateDir() + QStringLiteral("/pods"));
        const QStringList runs = pods.entryList({m_podId + QStringLiteral("-*")}, QDir::Dirs, QDir::Name);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            QFile f(pods.filePath(*it + QStringLiteral("/home/.autopod-guard/pid")));
            if (f.open(QIODevice::ReadOnly)) {
                return f.readAll().trimmed().toLongLong();
            }
        }
        return 0;
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_fx.start({{QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("30")}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(m_fx.app().guardMonitor());
        m_fx.app().guardMonitor()->setIntervalMs(500);
    }

    void aNewPodIsGuarded_andTheDetailsPanelShowsTheGuardsLiveState()
    {
        window()->findChild<QAction*>(QStringLiteral("actionNewPod"))->trigger();
        gui::NewPodDialog* dialog = m_fx.app().newPodDialog();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &gui::NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        QSignalSpy created(m_fx.app().creator(), &gui::PodCreator::podCreated);
        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        button(dialog, QStringLiteral("&Create pod…"))->click();
        QVERIFY(dialog->confirmation());
        button(dialog->confirmation(), QStringLiteral("Create pod"))->click();
        QVERIFY(created.wait(30000));
        m_podId = created.first().first().toString();
        QVERIFY(waitForConnection(connected, failed));
        QVERIFY(failed.isEmpty());

        window()->tabs()->setCurrentIndex(0);
        window()->selectPod(m_podId);
        gui::PodDetailsPanel* panel = window()->detailsPanel();
        QCOMPARE(panel->guardText(), QStringLiteral("stop after 30 min idle"));
        // Read from the pod over SSH, at the monitor's interval.
        const QRegularExpression live(QStringLiteral("^stops in \\d+ min: idle 30 min$"));
        QTRY_VERIFY2_WITH_TIMEOUT(live.match(panel->guardStateText()).hasMatch(), qPrintable(panel->guardStateText()),
                                  20000);
        const auto record = m_fx.runtime().store().find(m_podId);
        QVERIFY(record && live.match(record->guardStatus).hasMatch());
        shoot(window(), QStringLiteral("guard-details"));
    }

    // Pod → Guard settings…: the limits change on the running pod, within the config's ranges.
    void theGuardsLimitsChangeFromTheDesktop()
    {
        QVERIFY(!m_podId.isEmpty());
        window()->selectPod(m_podId);
        window()->findChild<QAction*>(QStringLiteral("actionGuardSettings"))->trigger();
        auto* dialog = window()->findChild<gui::GuardSettingsDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->idleSpin()->value(), 30);
        QCOMPARE(dialog->idleSpin()->maximum(), 1440);
        dialog->idleSpin()->setValue(7);
        shoot(dialog, QStringLiteral("guard-settings"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
        buttons->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(window()->detailsPanel()->guardText(), QStringLiteral("stop after 7 min idle"),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(guardState().contains(QStringLiteral("idle_stop_minutes=7\n")), 10000);
    }

    // The watchdog process dies (or the pod restarted with a fresh container disk): the desktop
    // starts it again at its next look, with the pod's recorded limits.
    void aGuardThatDiedIsStartedAgain()
    {
        QVERIFY(!m_podId.isEmpty());
        // From here on the pod's clock runs fast, for the guard started again with it.
        m_fx.sim().post(QStringLiteral("pods/%1/clock").arg(m_podId), QJsonObject{{QStringLiteral("speed"), kSpeed}});
        const qint64 pid = guardPid();
        QVERIFY2(pid > 0 && ::kill(pid_t(pid), 0) == 0, qPrintable(QString::number(pid)));
        QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(guardPid() != pid && guardPid() > 0 && ::kill(pid_t(guardPid()), 0) == 0, 20000);
        // The record says the pod is guarded again (at the latest after the next look: the start
        // can report a failure for a watchdog that comes up a moment later).
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.runtime().store().find(m_podId)->guardError.isEmpty(), 10000);
    }

    void fiveMinutesBeforeTheIdleStop_theWindowAndTheTrayWarn_andKeepRunningPostponesIt()
    {
        QVERIFY(!m_podId.isEmpty());
        gui::GuardNoticeBanner* notice = window()->guardNotice();
        QSignalSpy tray(m_fx.app().tray(), &gui::TrayController::notified);
        // 7 idle minutes, warned at 5: two pod minutes (4 s) after the guard's start.
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isHidden(), 30000);
        QVERIFY2(notice->text().contains(QStringLiteral("will be stopped by its guard in")),
                 qPrintable(notice->text()));
        QVERIFY(!notice->keepButton()->isHidden());
        bool trayWarned = false;
        for (const QList<QVariant>& n : tray) {
            trayWarned = trayWarned || n.at(0).toString() == QStringLiteral("Pod stops soon");
        }
        QVERIFY(trayWarned);
        shoot(window(), QStringLiteral("guard-warning"));

        // Keep running: 7 more pod minutes (14 s) from now. Without it the pod would stop within 5
        // pod minutes (10 s); with it, it still runs 11 s later.
        notice->keepButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isHidden(), 10000);
        QElapsedTimer sinceKeep;
        sinceKeep.start();
        QTest::qWait(11000);
        QCOMPARE(simStatus(), QStringLiteral("RUNNING"));
        QCOMPARE(m_fx.app().model()->find(m_podId)->state, gui::PodRow::State::Connected);

        // Then the guard stops it (its own pod-scoped key) and the list says why.
        QTRY_COMPARE_WITH_TIMEOUT(simStatus(), QStringLiteral("EXITED"), 60000);
        QVERIFY2(sinceKeep.elapsed() >= 11000, qPrintable(QString::number(sinceKeep.elapsed())));
        m_fx.app().pods()->refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_fx.app().model()->find(m_podId)->state, gui::PodRow::State::Stopped, 30000);
        const int row = m_fx.app().model()->rowOf(m_podId);
        const QString status = m_fx.app().model()->index(row, gui::PodListModel::Status).data().toString();
        QVERIFY2(status.startsWith(QStringLiteral("Stopped: idle 7 min")), qPrintable(status));
        const auto trayTold = [&tray](const QString& title) {
            for (const QList<QVariant>& n : tray) {
                if (n.at(0).toString() == title) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(trayTold(QStringLiteral("Pod stopped by its guard")), 5000);
        shoot(window(), QStringLiteral("guard-stopped"));
    }
};

QTEST_MAIN(DesktopGuard)
#include "tst_desktop_guard.moc"
