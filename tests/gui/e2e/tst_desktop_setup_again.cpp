// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The setup wizard reopened in the running app (File → Setup wizard), as a user who already set
// autopod up changes their mind: Finish saves within seconds — with a real Secret Service
// (gnome-keyring in a private D-Bus session: ctest's tst_desktop_setup_again_keyring) and with no
// keychain at all (the 0600 config.json: tst_desktop_setup_again, and _nobus without any session
// bus) — and what it saved is in use for the next action, without a restart: the API key for the
// next request, region, cloud, template and a newly generated SSH key for the next pod.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopSession.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodsController.h"
#include "gui/web/WebEngineGl.h"
#include "gui/wizard/ApiKeyPage.h"
#include "gui/wizard/DefaultsPage.h"
#include "gui/wizard/SetupWizard.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/TemplatePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace autopod;

namespace {

const QString fullKey = QString::fromLatin1(test::SimulatorProcess::fullAccessKey);
const QString readOnlyKey = QString::fromLatin1(test::SimulatorProcess::readOnlyKey);

// The API key a recorded request was sent with (Authorization: Bearer, or ?api_key=).
QString keyOf(const QJsonObject& request)
{
    const QString auth =
        request.value(QStringLiteral("headers")).toObject().value(QStringLiteral("authorization")).toString();
    if (auth.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive)) {
        return auth.mid(7).trimmed();
    }
    return request.value(QStringLiteral("query")).toObject().value(QStringLiteral("api_key")).toString();
}

} // namespace

class DesktopSetupAgain : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    QTemporaryDir m_runtimeDir;
    bool m_keychain = false;

    QJsonArray requests()
    {
        return m_fx.sim().get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
    }

    int lastRequestSeq()
    {
        const QJsonArray all = requests();
        return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInt();
    }

    QJsonArray requestsSince(int seq)
    {
        QJsonArray out;
        for (const QJsonValue& r : requests()) {
            if (r.toObject().value(QStringLiteral("seq")).toInt() > seq)
                out.append(r);
        }
        return out;
    }

    // File → Setup wizard, as the user opens it; it starts from what is configured.
    gui::SetupWizard* reopenWizard()
    {
        m_fx.window()->findChild<QAction*>(QStringLiteral("actionSetup"))->trigger();
        if (!QTest::qWaitFor([this] { return m_fx.session().wizard() != nullptr; }, 5000))
            return nullptr;
        gui::SetupWizard* wizard = m_fx.session().wizard();
        if (!QTest::qWaitForWindowExposed(wizard))
            return nullptr;
        return wizard;
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString mode = qEnvironmentVariable("AUTOPOD_TEST_KEYCHAIN");
        m_keychain = mode == QLatin1String("real");
        if (m_keychain) {
            QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "with-keyring.sh provides a bus");
        } else if (mode == QLatin1String("nobus")) {
            // No session bus at all, as under Xvfb or over ssh: X11 is there to autolaunch one, and
            // gnome-keyring is installed to be activated on it.
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            QVERIFY(m_runtimeDir.isValid());
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtimeDir.path()));
        } else {
            // A session bus address that leads nowhere.
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/autopod-test-bus");
        }
        qInfo("keychain: %s", m_keychain ? "gnome-keyring in a private D-Bus session" : "none (config.json, 0600)");
        qunsetenv("SSH_AUTH_SOCK");
        const QString error = m_fx.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(QTest::qWaitForWindowExposed(m_fx.window()));
    }

    // The user replaces the API key in the reopened wizard and finishes: the wizard closes within
    // seconds (a keychain that is never answered would hold it for its 30 s timeout), the key is
    // where autopod keeps keys, and the next request to RunPod carries the new key.
    void finishingSavesAtOnceAndTheNewKeyIsInUse_data()
    {
        QTest::addColumn<QString>("oldKey");
        QTest::addColumn<QString>("newKey");
        QTest::newRow("first change") << fullKey << readOnlyKey;
        QTest::newRow("second change") << readOnlyKey << fullKey;
    }

    void finishingSavesAtOnceAndTheNewKeyIsInUse()
    {
        QFETCH(QString, oldKey);
        QFETCH(QString, newKey);
        gui::SetupWizard* wizard = reopenWizard();
        QVERIFY(wizard);
        QPointer<gui::SetupWizard> alive(wizard);
        auto* keyEdit = wizard->apiKeyPage()->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
        QVERIFY(keyEdit);
        // It shows the key in use, checked.
        QTRY_COMPARE_WITH_TIMEOUT(keyEdit->text(), oldKey, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->apiKeyPage()->isComplete(), 10000);

        keyEdit->setFocus();
        keyEdit->selectAll();
        QTest::keyClicks(keyEdit, newKey);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->apiKeyPage()->state() == gui::ApiKeyPage::State::Valid, 10000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::SshKeyPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->sshKeyPage()->isDetecting() && wizard->sshKeyPage()->isComplete(), 20000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::DefaultsPageId));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::TemplatePageId));

        QSignalSpy applied(&m_fx.session(), &gui::DesktopSession::settingsApplied);
        QElapsedTimer sinceFinish;
        sinceFinish.start();
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled());
        finish->click();
        // Generous for a loaded machine, well under the keychain's 30 s timeout.
        QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), 15000);
        QVERIFY2(applied.count() == 1 || applied.wait(15000 - int(qMin<qint64>(sinceFinish.elapsed(), 14000))),
                 "the running app did not take the saved settings");
        qInfo("Finish to settings in use: %lld ms", sinceFinish.elapsed());

        // Where the key lives: the keychain (config.json holds no copy), or config.json (0600).
        const config::ConfigLoadResult saved = config::Config::load(config::Paths::configFile());
        QVERIFY(saved.ok);
        if (m_keychain) {
            QVERIFY2(saved.config.apiKey().isEmpty(), "the key stayed in config.json though a keychain works");
        } else {
            QCOMPARE(saved.config.apiKey(), newKey);
            QCOMPARE(QFile(config::Paths::configFile()).permissions() &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                          QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }

        // The next action — a refresh of the list — talks to RunPod with the new key only.
        const int mark = lastRequestSeq();
        QSignalSpy refreshed(m_fx.app().pods(), &gui::PodsController::refreshed);
        m_fx.app().pods()->refreshNow();
        QVERIFY(refreshed.wait(20000));
        const QJsonArray sent = requestsSince(mark);
        QVERIFY(!sent.isEmpty());
        for (const QJsonValue& r : sent) {
            QCOMPARE(keyOf(r.toObject()), newKey);
        }
    }

    // The user reopens the wizard and changes the default region, cloud and template and the SSH
    // key (a newly generated one); the next pod is created with all of them — the simulator's
    // record of the create request says so — and is reached with the new key. No restart.
    void everythingSavedTakesEffectForTheNextPod()
    {
        if (!qEnvironmentVariableIsEmpty("AUTOPOD_TEST_KEYCHAIN") &&
            qEnvironmentVariable("AUTOPOD_TEST_KEYCHAIN") != QLatin1String("none"))
            QSKIP("where the key is kept makes no difference to the next pod: run once, in tst_desktop_setup_again");
        gui::DesktopApp& app = m_fx.app();
        const QString templateId = QStringLiteral("2lv7ev3wfp"); // the simulator's "ComfyUI - Blackwell Edition"
        // What is in force before, so each change below is one.
        QVERIFY(app.newPodDefaults().region != QLatin1String("EU"));
        QCOMPARE(app.newPodDefaults().cloud, api::CloudType::Secure);
        QVERIFY(app.newPodDefaults().templateImage != templateId);

        gui::SetupWizard* wizard = reopenWizard();
        QVERIFY(wizard);
        QPointer<gui::SetupWizard> alive(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->apiKeyPage()->isComplete(), 10000);
        wizard->next();
        gui::SshKeyPage* keyPage = wizard->sshKeyPage();
        QTRY_VERIFY_WITH_TIMEOUT(!keyPage->isDetecting(), 20000);
        const QString oldKey = keyPage->selectedPublicKey();
        QVERIFY(!oldKey.isEmpty());
        test::button(keyPage, QStringLiteral("Generate a new key"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!keyPage->isGenerating() && keyPage->isComplete(), 20000);
        QVERIFY(keyPage->selectedKeyPath().endsWith(QStringLiteral("/.ssh/autopod_ed25519")));
        const QString newKey = keyPage->selectedPublicKey();
        QVERIFY(newKey != oldKey);
        wizard->next();

        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::DefaultsPageId));
        auto* region = wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("regionCombo"));
        auto* cloud = wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("cloudCombo"));
        QVERIFY(region && cloud);
        region->setCurrentIndex(region->findData(QStringLiteral("EU")));
        cloud->setCurrentIndex(cloud->findData(QStringLiteral("community")));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(gui::SetupWizard::TemplatePageId));
        auto* templateEdit = wizard->templatePage()->findChild<QLineEdit*>(QStringLiteral("templateEdit"));
        QVERIFY(templateEdit);
        templateEdit->clear();
        QTest::keyClicks(templateEdit, templateId);
        QSignalSpy applied(&m_fx.session(), &gui::DesktopSession::settingsApplied);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY2(applied.wait(15000), "the running app did not take the saved settings");
        QTRY_VERIFY_WITH_TIMEOUT(!alive || !alive->isVisible(), 5000);

        // The next pod, through the new-pod dialog as the user creates it.
        const int mark = lastRequestSeq();
        QSignalSpy connected(app.creator(), &gui::PodCreator::connected);
        QSignalSpy failed(app.creator(), &gui::PodCreator::failed);
        QString error;
        const QString podId = m_fx.createPodThroughDialog(&error);
        QVERIFY2(!podId.isEmpty(), qPrintable(error));

        QJsonObject input;
        for (const QJsonValue& r : requestsSince(mark)) {
            if (r.toObject().value(QStringLiteral("operationName")).toString() == QLatin1String("CreatePod"))
                input = r.toObject()
                            .value(QStringLiteral("variables"))
                            .toObject()
                            .value(QStringLiteral("input"))
                            .toObject();
        }
        const QString sent = QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact));
        QVERIFY2(!input.isEmpty(), "the simulator recorded no create request");
        QVERIFY2(input.value(QStringLiteral("dataCenterId")).toString().startsWith(QStringLiteral("EU-")),
                 qPrintable(sent));
        QCOMPARE(input.value(QStringLiteral("cloudType")).toString(), QStringLiteral("COMMUNITY"));
        QCOMPARE(input.value(QStringLiteral("templateId")).toString(), templateId);
        QVERIFY2(sent.contains(newKey.section(QLatin1Char(' '), 1, 1)), "the new pod's PUBLIC_KEY is not the new key");
        QVERIFY2(!sent.contains(oldKey.section(QLatin1Char(' '), 1, 1)), "the new pod still gets the old key");

        // autopod logs in with the new key: the pod is reached.
        QVERIFY(test::waitForConnection(connected, failed));
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(1).value<lifecycle::FailureReport>().message));
        if (app.creator()->activeProgress())
            app.creator()->activeProgress()->close();
    }

    void cleanup()
    {
        // A wizard a failed test left open does not make the next one fail too.
        if (m_fx.window() && m_fx.session().wizard())
            m_fx.session().wizard()->reject();
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopSetupAgain)
#include "tst_desktop_setup_again.moc"
