// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A newcomer's first run, in one app run, as autopod-desktop runs it (DesktopSession): an empty
// home with no config.json, no API key and no ~/.ssh; the setup wizard opens, the user types the
// API key, generates a new SSH key and adds it to the RunPod account, keeps the defaults and
// finishes; then creates a pod through the new-pod dialog and sees ComfyUI rendered in its tab.
// No restart: what the wizard saved is what the first pod is created and reached with.
// Screenshots of every step go to <build>/screenshots/first-run-*.png.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/lifecycle/LifecycleTypes.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopSession.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/WebEngineGl.h"
#include "gui/wizard/ApiKeyPage.h"
#include "gui/wizard/SetupWizard.h"
#include "gui/wizard/SshKeyPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace autopod;
using test::button;
using test::evaluate;
using test::waitForConnection;

class DesktopFirstRun : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    QString m_shots;
    int m_step = 0;

    void shoot(QWidget* widget, const QString& name)
    {
        QVERIFY(QDir().mkpath(m_shots));
        const QPointer<QWidget> alive(widget);
        QTest::qWait(300);
        QVERIFY2(alive, qPrintable(name + QStringLiteral(": the window closed before its screenshot")));
        const QString file = QDir(m_shots).filePath(
            QStringLiteral("first-run-%1-%2.png").arg(++m_step, 2, 10, QLatin1Char('0')).arg(name));
        QVERIFY2(alive->grab().save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_shots = test::screenshotDir();
        qunsetenv("SSH_AUTH_SOCK"); // a newcomer: no ssh-agent key either
        if (test::DesktopFixture::inDemo()) {
            // packaging/run-demo.sh --check: the demo's home, simulator and private keyring.
            qInfo("in the demo: simulator %s, home %s", qPrintable(qEnvironmentVariable("AUTOPOD_DEMO_SIM_URL")),
                  qPrintable(QDir::homePath()));
            return;
        }
        // No keychain service on the test machine, and no D-Bus autolaunched through X11 to wait on:
        // the wizard keeps the key in the 0600 config.json, as on a desktop without a keychain.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/autopod-test-bus");
    }

    void firstPodReachesComfyUiWithoutARestart()
    {
        const QString error = m_fx.startFirstRun();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!QDir(m_fx.homePath(QStringLiteral(".ssh"))).exists());
        gui::SetupWizard* wizard = m_fx.session().wizard();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::ApiKeyPageId));

        // 1. The API key the demo tells the user to type.
        auto* keyEdit = wizard->apiKeyPage()->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
        QVERIFY(keyEdit);
        shoot(wizard, QStringLiteral("wizard-api-key-empty"));
        QTest::keyClicks(keyEdit, QStringLiteral("rp_sim_full_access"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->apiKeyPage()->isComplete(), 20000);
        shoot(wizard, QStringLiteral("wizard-api-key-checked"));
        wizard->next();

        // 2. No key anywhere: generate one, and add it to the account.
        gui::SshKeyPage* keyPage = wizard->sshKeyPage();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::SshKeyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!keyPage->isDetecting(), 20000);
        QVERIFY2(keyPage->statusText().contains(QStringLiteral("No SSH key found")), qPrintable(keyPage->statusText()));
        shoot(wizard, QStringLiteral("wizard-no-ssh-key"));
        button(keyPage, QStringLiteral("Generate a new key"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!keyPage->isGenerating() && keyPage->isComplete(), 20000);
        const QString generatedPublicKey = keyPage->selectedPublicKey();
        QVERIFY(keyPage->selectedKeyPath().endsWith(QStringLiteral("/.ssh/autopod_ed25519")));
        auto* upload =
            qobject_cast<QPushButton*>(button(keyPage, QStringLiteral("Add the public key to my RunPod account")));
        QVERIFY(upload);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isEnabled(), 10000);
        upload->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.sim()
                                     .get(QStringLiteral("account"))
                                     .object()
                                     .value(QStringLiteral("pubKey"))
                                     .toString()
                                     .contains(generatedPublicKey.section(QLatin1Char(' '), 1, 1)),
                                 20000);
        shoot(wizard, QStringLiteral("wizard-key-generated-and-added"));
        wizard->next();

        // 3. Defaults and template as offered; Finish saves.
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::DefaultsPageId));
        shoot(wizard, QStringLiteral("wizard-defaults"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::TemplatePageId));
        shoot(wizard, QStringLiteral("wizard-template"));
        QSignalSpy applied(&m_fx.session(), &gui::DesktopSession::settingsApplied);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
        if (!applied.wait(30000)) {
            shoot(wizard, QStringLiteral("wizard-not-saved"));
            QFAIL("the wizard did not save");
        }

        // 4. The first pod, in the same app run.
        gui::DesktopApp& app = m_fx.app();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        shoot(app.window(), QStringLiteral("main-window-after-setup"));
        app.window()->findChild<QAction*>(QStringLiteral("actionNewPod"))->trigger();
        QVERIFY2(!app.noSshKeyPrompt(), "the key the wizard generated is not in use");
        gui::NewPodDialog* dialog = app.newPodDialog();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &gui::NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toInt() > 0);
        shoot(dialog, QStringLiteral("new-pod-dialog"));
        QSignalSpy created(app.creator(), &gui::PodCreator::podCreated);
        QSignalSpy connected(app.creator(), &gui::PodCreator::connected);
        QSignalSpy failed(app.creator(), &gui::PodCreator::failed);
        button(dialog, QStringLiteral("&Create pod…"))->click();
        QVERIFY(dialog->confirmation());
        button(dialog->confirmation(), QStringLiteral("Create pod"))->click();
        QVERIFY(created.wait(30000));
        const QString podId = created.first().first().toString();
        QPointer<gui::CreationProgress> progress = app.creator()->activeProgress();
        // The user trusts the new pod's host key once, as the prompt asks.
        QVERIFY(waitForConnection(connected, failed,
                                  [this](QMessageBox* box) { shoot(box, QStringLiteral("host-key-prompt")); }));
        if (progress) {
            shoot(progress, QStringLiteral("creation-progress-end"));
        }
        if (!failed.isEmpty()) {
            QFAIL(qPrintable(failed.first().at(1).value<lifecycle::FailureReport>().message));
        }
        // The pod was created with the generated key as PUBLIC_KEY.
        const QJsonObject pod = m_fx.sim().get(QStringLiteral("pods/") + podId).object();
        QVERIFY2(QJsonDocument(pod).toJson().contains(generatedPublicKey.section(QLatin1Char(' '), 1, 1).toUtf8()),
                 "the new pod's PUBLIC_KEY is not the generated key");

        // The progress dialog stays and says how it ended; ComfyUI opened by itself.
        QVERIFY2(progress && progress->isVisible(), "the creation progress closed by itself");
        QVERIFY(progress->succeeded());
        QVERIFY2(progress->outcomeText().contains(QStringLiteral("ready at http://")),
                 qPrintable(progress->outcomeText()));
        QVERIFY(button(progress, QStringLiteral("Open ComfyUI")));

        // 5. ComfyUI rendered in its tab.
        QTRY_VERIFY_WITH_TIMEOUT(app.comfyUiView(podId) != nullptr, 10000);
        gui::ComfyUiView* view = app.comfyUiView(podId);
        QTRY_VERIFY_WITH_TIMEOUT(view->webView() != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view->webView()->page(), QStringLiteral("document.title"))
                                     .toString()
                                     .contains(QStringLiteral("ComfyUI")),
                                 60000);
        const QString banner = evaluate(view->webView()->page(),
                                        QStringLiteral("document.getElementById('autopod-sim-banner').dataset.podId"))
                                   .toString();
        QCOMPARE(banner, podId);
        shoot(app.window(), QStringLiteral("comfyui-tab"));
        progress->close();
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopFirstRun)
#include "tst_desktop_first_run.moc"
