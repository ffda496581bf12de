// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The desktop app behaves like a desktop app, on one pod of the offline RunPod (one app run, one
// DesktopFixture): the shell tab takes the keyboard when it opens, when it is selected and when the
// window is raised from the tray; closing the window says once that autopod keeps running in the
// tray; a second launch raises the first window; Ctrl+Q asks about the running pod and quits with a
// ComfyUI and a shell tab open; a pod terminated from the app stays in the list's history and its
// tabs say it is gone.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "gui/DesktopApp.h"
#include "gui/DesktopSession.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodActionPrompts.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodSortFilterProxy.h"
#include "gui/pods/PodsController.h"
#include "gui/terminal/ShellTab.h"
#include "gui/tray/QuitFlow.h"
#include "gui/tray/TrayController.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/WebEngineGl.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWebEnginePage>

using namespace autopod;
using test::button;
using test::evaluate;
using test::waitForConnection;

class DesktopWindow : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    QString m_shots;
    QString m_podId;

    gui::MainWindow* window() const { return m_fx.window(); }

    void shoot(QWidget* widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(m_shots));
        QTest::qWait(300);
        const QString file = QDir(m_shots).filePath(QStringLiteral("window-") + name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

    gui::ShellTab* shell() const { return qobject_cast<gui::ShellTab*>(m_fx.app().shellTab(m_podId)); }

    gui::PodRow::State stateOf() const
    {
        const gui::PodRow* row = m_fx.app().model()->find(m_podId);
        return row ? row->state : gui::PodRow::State::Unknown;
    }

    bool keyboardIn(QWidget* w) const
    {
        QWidget* focus = QApplication::focusWidget();
        return focus && w && (focus == w || w->isAncestorOf(focus));
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_shots = test::screenshotDir();
        const QString error = m_fx.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString why;
        m_podId = m_fx.createPodThroughDialog(&why);
        QVERIFY2(!m_podId.isEmpty(), qPrintable(why));
        QVERIFY(waitForConnection(connected, failed));
        QVERIFY(failed.isEmpty());
        if (gui::CreationProgress* progress = m_fx.app().creator()->activeProgress()) {
            progress->close();
        }
        // ComfyUI opened by itself once connected.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().comfyUiView(m_podId) != nullptr, 10000);
    }

    void shellTabTakesTheKeyboard()
    {
        window()->selectPod(m_podId);
        // As a user does: once the list shows the pod connected (it knows the pod's SSH port from
        // RunPod's answer), the Shell action.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(), gui::PodRow::State::Connected, 30000);
        auto* shellAction = window()->findChild<QAction*>(QStringLiteral("actionShell"));
        QVERIFY(shellAction->isEnabled());
        shellAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shell() != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(shell()->isSessionRunning(), 60000);
        // Nobody clicks into it: what the user types goes to the pod, Enter included.
        QTRY_VERIFY_WITH_TIMEOUT(keyboardIn(shell()), 10000);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("echo typed-$((6*7))"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(shell()->page(), QStringLiteral("autopodTerminalText()"))
                                     .toString()
                                     .contains(QStringLiteral("typed-42")),
                                 30000);
        shoot(window(), QStringLiteral("shell-typed"));

        // Back to the list, then the shell tab again: the keyboard follows the selected tab.
        window()->tabs()->setCurrentIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(!keyboardIn(shell()), 5000);
        window()->tabs()->setCurrentWidget(shell());
        QTRY_VERIFY_WITH_TIMEOUT(keyboardIn(shell()), 5000);
    }

    // Hidden to the tray with the shell tab selected, then raised from the tray: typing goes to the
    // pod again, without a click into the terminal.
    void shellTabTakesTheKeyboardWhenRaisedFromTheTray()
    {
        window()->tabs()->setCurrentWidget(shell());
        QTRY_VERIFY_WITH_TIMEOUT(keyboardIn(shell()), 5000);
        window()->hide(); // what closing the window does while the tray icon is shown
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), 5000);
        QTest::qWait(300);
        Q_EMIT m_fx.app().tray()->showWindowRequested();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTRY_VERIFY_WITH_TIMEOUT(keyboardIn(shell()), 10000);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("echo raised-$((6*7))"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(shell()->page(), QStringLiteral("autopodTerminalText()"))
                                     .toString()
                                     .contains(QStringLiteral("raised-42")),
                                 30000);
    }

    // While the pod runs, its runtime and cost keep counting from one refresh to the next, and the
    // list and the details panel say the same.
    void runtimeAndCostKeepCountingWhileThePodRuns()
    {
        auto row = [this] {
            return *m_fx.app().model()->find(m_podId);
        };
        QSignalSpy refreshed(m_fx.app().pods(), &gui::PodsController::refreshed);
        m_fx.app().pods()->refreshNow();
        QVERIFY(refreshed.wait(20000));
        const gui::PodRow first = row();
        QVERIFY(first.runtimeSeconds > 0);
        QTest::qWait(2500);
        refreshed.clear();
        m_fx.app().pods()->refreshNow();
        QVERIFY(refreshed.wait(20000));
        const gui::PodRow second = row();
        QVERIFY2(second.runtimeSeconds >= first.runtimeSeconds + 2,
                 qPrintable(QStringLiteral("%1 s, then %2 s").arg(first.runtimeSeconds).arg(second.runtimeSeconds)));
        QVERIFY(second.accumulatedCost > first.accumulatedCost);

        window()->tabs()->setCurrentIndex(0);
        window()->selectPod(m_podId);
        auto* runtime = window()->detailsPanel()->findChild<QLabel*>(QStringLiteral("runtimeValue"));
        QVERIFY(runtime);
        const int r = m_fx.app().model()->rowOf(m_podId);
        const QString listed = m_fx.app().model()->index(r, gui::PodListModel::Runtime).data().toString();
        QCOMPARE(runtime->text(), listed);
    }

    void ctrlQQuitsWithComfyUiAndShellTabsOpen()
    {
        QVERIFY(m_fx.app().comfyUiView(m_podId));
        window()->tabs()->setCurrentWidget(shell());
        QTRY_VERIFY_WITH_TIMEOUT(keyboardIn(shell()), 5000);
        QSignalSpy quit(&m_fx.session(), &gui::DesktopSession::quitConfirmed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier);
        // The pod bills: the question comes first.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().quitFlow()->activeDialog() != nullptr, 5000);
        shoot(m_fx.app().quitFlow()->activeDialog(), QStringLiteral("quit-question"));
        button(m_fx.app().quitFlow()->activeDialog(), QStringLiteral("Cancel"))->click();
        QCOMPARE(quit.count(), 0);

        // File → Quit, with the ComfyUI tab selected.
        window()->tabs()->setCurrentWidget(m_fx.app().comfyUiView(m_podId));
        window()->findChild<QAction*>(QStringLiteral("actionQuit"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().quitFlow()->activeDialog() != nullptr, 5000);
        button(m_fx.app().quitFlow()->activeDialog(), QStringLiteral("Keep them running and quit"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 5000);
    }

    void closingTheWindowSaysOnceThatAutopodKeepsRunning()
    {
        QSignalSpy notified(m_fx.app().tray(), &gui::TrayController::notified);
        window()->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window()->isVisible(), 5000);
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("autopod keeps running"));
        QVERIFY2(notified.first().at(1).toString().contains(QStringLiteral("1 pod keeps billing")),
                 qPrintable(notified.first().at(1).toString()));
        window()->bringToFront();
        window()->close();
        QCOMPARE(notified.count(), 1); // once
        window()->bringToFront();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void secondLaunchRaisesTheFirstWindow()
    {
        window()->hide();
        QVERIFY(!window()->isVisible());
        gui::DesktopSession second;
        QVERIFY(!second.start());
        QVERIFY(second.handedOver());
        QVERIFY(second.app() == nullptr); // no second window, tray icon or poller
        QTRY_VERIFY_WITH_TIMEOUT(window()->isVisible(), 5000);
    }

    void terminatedPodStaysInTheHistory()
    {
        window()->tabs()->setCurrentIndex(0);
        window()->selectPod(m_podId);
        window()->findChild<QAction*>(QStringLiteral("actionTerminate"))->trigger();
        QMessageBox* box = m_fx.app().prompts()->activeDialog();
        QVERIFY(box);
        button(box, QStringLiteral("Terminate"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(), gui::PodRow::State::Terminated, 60000);
        m_fx.app().pods()->refreshNow();
        QTest::qWait(1000);
        const gui::PodRow* row = m_fx.app().model()->find(m_podId);
        QVERIFY2(row, "the terminated pod left the list");
        QCOMPARE(row->state, gui::PodRow::State::Terminated);
        QVERIFY(row->costPerHr > 0);
        // The filter hides it; unticked, it is there.
        auto visibleInList = [this] {
            gui::PodSortFilterProxy* proxy = window()->proxy();
            for (int r = 0; r < proxy->rowCount(); ++r) {
                if (proxy->index(r, 0).data(gui::PodListModel::PodIdRole).toString() == m_podId) {
                    return true;
                }
            }
            return false;
        };
        auto* hide = window()->findChild<QCheckBox*>(QStringLiteral("hideTerminatedCheck"));
        hide->setChecked(false);
        QVERIFY(visibleInList());
        hide->setChecked(true);
        QVERIFY(!visibleInList());
        hide->setChecked(false);

        // The pod's tabs say it is gone and offer to close.
        QWidget* shellTab = m_fx.app().shellTab(m_podId);
        QVERIFY(shellTab);
        auto* banner = shellTab->findChild<QFrame*>(QStringLiteral("goneBanner"));
        QVERIFY2(banner, "the shell tab of a terminated pod does not say it is gone");
        window()->tabs()->setCurrentWidget(shellTab);
        shoot(window(), QStringLiteral("gone-tab"));
        QVERIFY(m_fx.app().comfyUiView(m_podId)->findChild<QFrame*>(QStringLiteral("goneBanner")));
        button(banner, QStringLiteral("Close tab"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().shellTab(m_podId) == nullptr, 5000);
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopWindow)
#include "tst_desktop_window.moc"
