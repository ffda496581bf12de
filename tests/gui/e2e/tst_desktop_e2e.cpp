// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The desktop end to end, under Xvfb with an X tray, against the offline RunPod: the same object
// graph as autopod-desktop (DesktopRuntime + DesktopApp) on a throwaway home. A pod is created
// through the new-pod dialog, connected, ComfyUI is checked inside the ComfyUI tab, a shell is
// opened by double-click and runs a command, and the pod is stopped. Screenshots of every step go
// to <build>/screenshots.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/config/Paths.h"
#include "core/pods/PodStore.h"
#include "core/setup/SetupController.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopRuntime.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodActionPrompts.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodSortFilterProxy.h"
#include "gui/pods/PodsController.h"
#include "gui/terminal/ShellTab.h"
#include "gui/tray/TrayController.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/WebEngineGl.h"
#include "gui/wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace autopod;
using test::button;
using test::evaluate;
using test::waitForConnection;

class DesktopE2E : public QObject
{
    Q_OBJECT

private:
    test::DesktopFixture m_fx;
    QString m_shots;
    QString m_podId;
    QMap<int, QImage> m_stageShots; // the creation progress as each stage first showed
    QImage m_connectedShot;

    void shoot(QWidget* widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(m_shots));
        // The wait runs the event loop: a dialog can close and be deleted meanwhile (the creation
        // progress did, and grab() on it crashed under load). Fail instead of touching freed memory.
        const QPointer<QWidget> alive(widget);
        QTest::qWait(300); // let the last paint land
        QVERIFY2(alive, qPrintable(name + QStringLiteral(": the window closed before its screenshot")));
        const QString file = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(alive->grab().save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

    gui::MainWindow* window() const { return m_fx.window(); }

    // The pod's state in the list (Unknown while the list does not show it).
    gui::PodRow::State stateOf(const QString& podId) const
    {
        const gui::PodRow* row = m_fx.app().model()->find(podId);
        return row ? row->state : gui::PodRow::State::Unknown;
    }

    QModelIndex podIndex() const
    {
        gui::PodSortFilterProxy* proxy = window()->proxy();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            const QModelIndex i = proxy->index(r, gui::PodListModel::Name);
            if (i.data(gui::PodListModel::PodIdRole).toString() == m_podId) {
                return i;
            }
        }
        return {};
    }

public:
    // Before the QApplication exists, as in autopod-desktop's main().
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_shots = test::screenshotDir();
        const QString error = m_fx.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY2(m_fx.app().tray()->isVisible(), "the X tray (trayer) should show the tray icon");
    }

    void setupWizardOpensFromTheMenu()
    {
        setup::SetupController controller([this](const QString& key) { return m_fx.runtime().makeApi(key); },
                                          m_fx.runtime().secrets(), config::Paths::configFile(), m_fx.home().home());
        gui::SetupWizard wizard(controller, window());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(&wizard, QStringLiteral("wizard"));
        wizard.reject();
    }

    void createsAPodThroughTheUi()
    {
        window()->findChild<QAction*>(QStringLiteral("actionNewPod"))->trigger();
        gui::NewPodDialog* dialog = m_fx.app().newPodDialog();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &gui::NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toInt() > 0);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        shoot(dialog, QStringLiteral("new-pod-dialog"));

        QSignalSpy created(m_fx.app().creator(), &gui::PodCreator::podCreated);
        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        button(dialog, QStringLiteral("&Create pod…"))->click();
        QVERIFY(dialog->confirmation());
        button(dialog->confirmation(), QStringLiteral("Create pod"))->click();

        // The progress dialog stays open at its end ("Connected", Open ComfyUI). Grab it as each stage first shows,
        // inside the flow's own signals (after the dialog's handlers ran), so the pictures never depend on how fast the
        // machine is.
        QPointer<gui::CreationProgress> progress = m_fx.app().creator()->activeProgress();
        lifecycle::ConnectFlow* flow = m_fx.app().creator()->activeFlow();
        QVERIFY(progress);
        QVERIFY(flow);
        // Like autopod-desktop, this test defers the web views' OpenGL context (initMain()):
        // nothing has made it before the first web view (the ComfyUI tab opened once connected).
        QVERIFY2(!gui::isWebEngineGlCreated(), "the web views' OpenGL context was created before any web view");
        auto grabStage = [this, progress] {
            if (progress && !m_stageShots.contains(progress->currentStage())) {
                m_stageShots.insert(progress->currentStage(), progress->grab().toImage());
            }
        };
        grabStage();
        connect(flow, &lifecycle::ConnectFlow::stageChanged, progress, grabStage);
        connect(flow, &lifecycle::ConnectFlow::connected, progress, [this, progress] {
            if (progress) {
                m_connectedShot = progress->grab().toImage();
            }
        });

        QVERIFY(created.wait(30000));
        m_podId = created.first().first().toString();
        // The user trusts the new pod's host key once, as the prompt asks.
        QVERIFY(waitForConnection(connected, failed,
                                  [this](QMessageBox* box) { shoot(box, QStringLiteral("host-key-prompt")); }));
        if (!failed.isEmpty()) {
            QFAIL(qPrintable(failed.first().at(1).value<lifecycle::FailureReport>().message));
        }
        QVERIFY(QDir().mkpath(m_shots));
        for (auto it = m_stageShots.cbegin(); it != m_stageShots.cend(); ++it) {
            const QString file = QDir(m_shots).filePath(QStringLiteral("creation-progress-stage%1.png").arg(it.key()));
            QVERIFY2(it.value().save(file), qPrintable(file));
        }
        // All five stages ticked, "Connected!" and the Open ComfyUI button.
        QVERIFY(!m_connectedShot.isNull());
        const QString progressFile = QDir(m_shots).filePath(QStringLiteral("creation-progress.png"));
        QVERIFY2(m_connectedShot.save(progressFile), qPrintable(progressFile));
        qInfo("screenshot: %s (and %lld stage pictures)", qPrintable(progressFile), qlonglong(m_stageShots.size()));
        QVERIFY(m_stageShots.contains(int(lifecycle::ConnectStage::WaitingForSsh)));

        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_podId), gui::PodRow::State::Connected, 20000);
        QVERIFY(m_fx.app().model()->find(m_podId)->localUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        // pods.json has the pod: the CLI sees it.
        QVERIFY(m_fx.runtime().store().find(m_podId).has_value());
        if (progress) {
            progress->close();
        }
        window()->selectPod(m_podId);
        shoot(window(), QStringLiteral("main-window"));
    }

    void comfyUiTabShowsThePodsComfyUi()
    {
        QVERIFY(!m_podId.isEmpty());
        window()->selectPod(m_podId);
        window()->findChild<QAction*>(QStringLiteral("actionOpenComfyUi"))->trigger();
        gui::ComfyUiView* view = m_fx.app().comfyUiView(m_podId);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->webView() != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view->webView()->page(), QStringLiteral("document.title"))
                                     .toString()
                                     .contains(QStringLiteral("ComfyUI")),
                                 60000);
        QVERIFY(evaluate(view->webView()->page(), QStringLiteral("!!document.getElementById('autopod-sim-banner')"))
                    .toBool());
        const QString banner = evaluate(view->webView()->page(),
                                        QStringLiteral("document.getElementById('autopod-sim-banner').dataset.podId"))
                                   .toString();
        QCOMPARE(banner, m_podId); // this pod's ComfyUI, through this pod's tunnel
        QVERIFY(gui::isWebEngineGlCreated());
        shoot(window(), QStringLiteral("comfyui-tab"));
    }

    void doubleClickOpensAShellThatRunsCommands()
    {
        window()->tabs()->setCurrentIndex(0);
        const QModelIndex index = podIndex();
        QVERIFY(index.isValid());
        QTableView* table = window()->podTable();
        const QPoint center = table->visualRect(index).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().shellTab(m_podId) != nullptr, 5000);
        auto* shell = qobject_cast<gui::ShellTab*>(m_fx.app().shellTab(m_podId));
        QVERIFY(shell);
        QTRY_VERIFY_WITH_TIMEOUT(shell->isSessionRunning(), 60000);
        evaluate(shell->page(),
                 QStringLiteral("autopodTerminal.input('echo autopod-$((6*7)) on $(hostname)\\r', true)"));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(shell->page(), QStringLiteral("autopodTerminalText()"))
                                     .toString()
                                     .contains(QStringLiteral("autopod-42 on")),
                                 30000);
        shoot(window(), QStringLiteral("shell-tab"));
    }

    void trayMenuShowsTheRunningCost()
    {
        QMenu* menu = m_fx.app().tray()->menu();
        QVERIFY(menu->actions().first()->text().contains(QStringLiteral("1 pod running")));
        menu->popup(QPoint(200, 200));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        shoot(menu, QStringLiteral("tray-menu"));
        menu->hide();
    }

    void stopsThePod()
    {
        window()->tabs()->setCurrentIndex(0);
        window()->selectPod(m_podId);
        window()->findChild<QAction*>(QStringLiteral("actionStop"))->trigger();
        QMessageBox* box = m_fx.app().prompts()->activeDialog();
        QVERIFY(box);
        button(box, QStringLiteral("Stop pod"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_podId), gui::PodRow::State::Stopped, 60000);
        const QJsonObject pod = m_fx.sim().get(QStringLiteral("pods/") + m_podId).object();
        QCOMPARE(pod.value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("EXITED"));
        QVERIFY(m_fx.app().model()->find(m_podId)->localUrl.isEmpty()); // the tunnel ended with the pod
        shoot(window(), QStringLiteral("main-window-stopped"));
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopE2E)
#include "tst_desktop_e2e.moc"
