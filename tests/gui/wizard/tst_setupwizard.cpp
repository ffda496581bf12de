// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The setup wizard page by page, offscreen, against the offline RunPod simulator: the live key
// check (valid, invalid, read-only), SSH key detection and generation, the account upload with
// consent, the locale default region, and Finish writing the same config.json as the CLI.
#include "core/api/GraphQlRunPodApi.h"
#include "core/config/Config.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/setup/SetupController.h"
#include "core/ssh/keys/KeyGenerator.h"
#include "gui/wizard/ApiKeyPage.h"
#include "gui/wizard/DefaultsPage.h"
#include "gui/wizard/SetupWizard.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/TemplatePage.h"
#include "support/SimulatorProcess.h"
#include "support/TempHome.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocalServer>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace autopod;
using autopod::gui::ApiKeyPage;
using autopod::gui::SetupWizard;
using autopod::setup::SetupController;

namespace {

const QString fullKey = QString::fromLatin1(test::SimulatorProcess::fullAccessKey);
const QString readOnlyKey = QString::fromLatin1(test::SimulatorProcess::readOnlyKey);

// One wizard against one simulator, in a throwaway home with no ssh-agent.
struct Fixture
{
    test::TempHome home;
    test::SimulatorProcess sim;
    QNetworkAccessManager nam;
    secrets::InMemorySecretStore secrets;
    std::unique_ptr<SetupController> controller;
    std::unique_ptr<SetupWizard> wizard;

    QString configPath() const { return home.path(QStringLiteral(".autopod/config.json")); }

    bool start(const QString& agentSocket = QStringLiteral("/nonexistent/agent.sock"))
    {
        qunsetenv("SSH_AUTH_SOCK");
        if (!home.isValid() || !sim.start()) {
            qWarning() << sim.errorString();
            return false;
        }
        const QUrl endpoint = sim.graphqlUrl();
        const SetupController::ApiFactory factory = [this, endpoint](const QString& key) {
            auto api = std::make_unique<autopod::api::GraphQlRunPodApi>(nam, endpoint, [key] { return key; });
            api->setMaxRetries(0);
            return std::unique_ptr<autopod::api::RunPodApi>(std::move(api));
        };
        controller = std::make_unique<SetupController>(factory, secrets, configPath(), home.home(), agentSocket);
        wizard = std::make_unique<SetupWizard>(*controller);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }

    QLineEdit* keyEdit() const { return wizard->apiKeyPage()->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit")); }
    QAbstractButton* next() const { return wizard->button(QWizard::NextButton); }

    bool enterKey(const QString& key, ApiKeyPage::State expected)
    {
        keyEdit()->setFocus();
        keyEdit()->clear();
        QTest::keyClicks(keyEdit(), key);
        return QTest::qWaitFor([&] { return wizard->apiKeyPage()->state() == expected; }, 15000);
    }

    QString accountPubKey()
    {
        return sim.get(QStringLiteral("account")).object().value(QStringLiteral("pubKey")).toString();
    }
};

// Screenshots of the pages for the README and reviews: <build>/screenshots/wizard-<name>.png.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUTOPOD_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QStringLiteral("/wizard-") + name + QStringLiteral(".png")));
}

QString statusIcon(ApiKeyPage* page)
{
    return page->findChild<QLabel*>(QStringLiteral("statusIcon"))->text();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apiKeyValid();
    void apiKeyInvalidShowsTheError();
    void apiKeyUnreachable();
    void sshKeyDetected();
    void sshKeySearchDoesNotFreezeTheWizard();
    void sshKeyGeneratedAndUploaded();
    void readOnlyKeyFallsBackToInstructions();
    void defaultsFollowTheLocale();
    void finishWritesTheSameConfigAsTheCli();
    void finishRefusesAMalformedConfig();
    void reopenedFromTheMenuStartsFromTheSavedSettings();
};

void TestSetupWizard::apiKeyValid()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::ApiKeyPageId));
    QVERIFY(!f.next()->isEnabled());
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    QVERIFY(statusIcon(f.wizard->apiKeyPage()).contains(QStringLiteral("✓")));
    QVERIFY2(f.wizard->apiKeyPage()->statusText().contains(QStringLiteral("Key accepted")),
             qPrintable(f.wizard->apiKeyPage()->statusText()));
    QVERIFY(f.next()->isEnabled());
    screenshot(f.wizard.get(), QStringLiteral("1-api-key"));

    // The check was RunPod's `myself`, with the key in the Authorization header only.
    const QJsonArray requests =
        f.sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
    QVERIFY(!requests.isEmpty());
    const QJsonObject last = requests.last().toObject();
    QVERIFY(last.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("myself")));
    QVERIFY(!last.value(QStringLiteral("query")).toVariant().toString().contains(fullKey));
}

void TestSetupWizard::apiKeyInvalidShowsTheError()
{
    Fixture f;
    QVERIFY(f.start());
    QVERIFY(f.enterKey(QStringLiteral("rp_not_a_key"), ApiKeyPage::State::Invalid));
    QVERIFY(statusIcon(f.wizard->apiKeyPage()).contains(QStringLiteral("✗")));
    const QString status = f.wizard->apiKeyPage()->statusText();
    QVERIFY2(status.contains(QStringLiteral("API key"), Qt::CaseInsensitive), qPrintable(status));
    QVERIFY(!status.contains(QStringLiteral("rp_not_a_key")));
    QVERIFY(!f.next()->isEnabled());
    screenshot(f.wizard.get(), QStringLiteral("1-api-key-invalid"));

    // Correcting it makes the page complete.
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    QVERIFY(f.next()->isEnabled());
}

void TestSetupWizard::apiKeyUnreachable()
{
    test::TempHome home;
    QNetworkAccessManager nam;
    secrets::InMemorySecretStore secrets;
    // Nothing listens on port 9 of localhost: a network error, reported, not a crash.
    SetupController controller(
        [&nam](const QString& key) -> std::unique_ptr<api::RunPodApi> {
            auto api = std::make_unique<api::GraphQlRunPodApi>(nam, QUrl(QStringLiteral("http://127.0.0.1:9/graphql")),
                                                               [key] { return key; });
            api->setMaxRetries(0);
            return api;
        },
        secrets, home.path(QStringLiteral(".autopod/config.json")), home.home());
    SetupWizard wizard(controller);
    wizard.show();
    QLineEdit* edit = wizard.apiKeyPage()->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
    QTest::keyClicks(edit, fullKey);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.apiKeyPage()->state(), ApiKeyPage::State::Invalid, 15000);
    QVERIFY(!wizard.apiKeyPage()->statusText().isEmpty());
}

void TestSetupWizard::sshKeyDetected()
{
    Fixture f;
    // An existing key in ~/.ssh (made with the same generator the CLI uses).
    QDir().mkpath(f.home.path(QStringLiteral(".ssh")));
    const QString keyPath = f.home.path(QStringLiteral(".ssh/id_ed25519"));
    const ssh::GeneratedKey existing = ssh::KeyGenerator::generate(keyPath, QStringLiteral("me@test"));
    QVERIFY2(existing.ok(), qPrintable(existing.error));
    QVERIFY(f.start());
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    f.wizard->next();
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::SshKeyPageId));
    QTRY_VERIFY_WITH_TIMEOUT(f.wizard->sshKeyPage()->statusText().contains(QStringLiteral("✓")), 10000);
    QCOMPARE(f.wizard->field(QStringLiteral("sshKeyPath")).toString(), keyPath);
    QCOMPARE(f.wizard->field(QStringLiteral("sshPublicKey")).toString(), existing.identity.publicKeyLine);
    QVERIFY(f.next()->isEnabled());
    QVERIFY(f.wizard->sshKeyPage()->instructionsText().contains(existing.identity.publicKeyLine));
    QVERIFY(!QFile::exists(f.home.path(QStringLiteral(".ssh/autopod_ed25519")))); // nothing generated
}

void TestSetupWizard::sshKeySearchDoesNotFreezeTheWizard()
{
    Fixture f;
    QDir().mkpath(f.home.path(QStringLiteral(".ssh")));
    const QString keyPath = f.home.path(QStringLiteral(".ssh/id_ed25519"));
    QVERIFY(ssh::KeyGenerator::generate(keyPath, QStringLiteral("me@test")).ok());
    // An ssh-agent that takes the connection and never answers: the search waits for its timeout.
    QLocalServer hungAgent;
    const QString agentPath = f.home.path(QStringLiteral("agent.sock"));
    QVERIFY2(hungAgent.listen(agentPath), qPrintable(hungAgent.errorString()));
    QVERIFY(f.start(agentPath));
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));

    QElapsedTimer shown;
    shown.start();
    f.wizard->next();
    // The page is there at once and says it is looking; nothing can be chosen yet.
    QVERIFY2(shown.elapsed() < 1000, qPrintable(QString::number(shown.elapsed())));
    gui::SshKeyPage* page = f.wizard->sshKeyPage();
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::SshKeyPageId));
    QVERIFY(page->isDetecting());
    QVERIFY2(page->statusText().contains(QStringLiteral("Looking for your SSH keys")), qPrintable(page->statusText()));
    QVERIFY(page->findChild<QProgressBar*>(QStringLiteral("searchProgress"))->isVisible());
    QVERIFY(!page->findChild<QComboBox*>(QStringLiteral("keyCombo"))->isEnabled());
    QVERIFY(!f.next()->isEnabled());
    screenshot(f.wizard.get(), QStringLiteral("2-ssh-key-looking"));

    // The window keeps painting and answering while the agent is silent...
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(500);
    QVERIFY2(responsive.elapsed() < 1500, qPrintable(QString::number(responsive.elapsed())));
    QVERIFY(page->isDetecting());
    QVERIFY(f.wizard->button(QWizard::CancelButton)->isEnabled());

    // ...and when it gives up on the agent, the key file is offered.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isDetecting(), 15000);
    QVERIFY2(page->statusText().contains(QStringLiteral("✓")), qPrintable(page->statusText()));
    QCOMPARE(f.wizard->field(QStringLiteral("sshKeyPath")).toString(), keyPath);
    QVERIFY(!page->findChild<QProgressBar*>(QStringLiteral("searchProgress"))->isVisible());
    QVERIFY(f.next()->isEnabled());
}

void TestSetupWizard::sshKeyGeneratedAndUploaded()
{
    Fixture f;
    QVERIFY(f.start());
    f.sim.control(
        "POST", QStringLiteral("account"),
        {{QStringLiteral("pubKey"),
          QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXISTINGKEYEXISTINGKEYEXISTINGKEYEXISTINGK laptop")}});
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    f.wizard->next();
    gui::SshKeyPage* page = f.wizard->sshKeyPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("No SSH key found")), 10000);
    QVERIFY(!f.next()->isEnabled());

    page->findChild<QPushButton*>(QStringLiteral("generateButton"))->click();
    // Made off the GUI thread: the page says so until the key is there.
    QVERIFY(page->isGenerating());
    QVERIFY(page->statusText().contains(QStringLiteral("Generating a new key")));
    QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("generateButton"))->isEnabled());
    const QString generated = f.home.path(QStringLiteral(".ssh/autopod_ed25519"));
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("Created")), 10000);
    QVERIFY(!page->isGenerating());
    QVERIFY(QFile::exists(generated));
    QCOMPARE(QFile::permissions(generated) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(f.wizard->field(QStringLiteral("sshKeyPath")).toString(), generated);
    QVERIFY(f.next()->isEnabled());

    // Nothing is uploaded without the user's click.
    QVERIFY(!f.accountPubKey().contains(page->selectedPublicKey().section(QLatin1Char(' '), 1, 1)));
    page->findChild<QPushButton*>(QStringLiteral("uploadButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->uploadStatusText().contains(QStringLiteral("✓")), 15000);
    const QString keys = f.accountPubKey();
    QVERIFY(keys.contains(page->selectedPublicKey().section(QLatin1Char(' '), 1, 1)));
    QVERIFY2(keys.contains(QStringLiteral("EXISTINGKEY")), "the keys already on the account stay");
    screenshot(f.wizard.get(), QStringLiteral("2-ssh-key"));
}

void TestSetupWizard::readOnlyKeyFallsBackToInstructions()
{
    Fixture f;
    QDir().mkpath(f.home.path(QStringLiteral(".ssh")));
    QVERIFY(ssh::KeyGenerator::generate(f.home.path(QStringLiteral(".ssh/id_ed25519"))).ok());
    QVERIFY(f.start());
    const QString before = f.accountPubKey();
    // A read-only key passes the check (it can read the account)...
    QVERIFY(f.enterKey(readOnlyKey, ApiKeyPage::State::Valid));
    f.wizard->next();
    gui::SshKeyPage* page = f.wizard->sshKeyPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QStringLiteral("✓")), 10000);
    // ...but cannot add a key: the page says so and the manual steps remain.
    page->findChild<QPushButton*>(QStringLiteral("uploadButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->uploadStatusText().contains(QStringLiteral("✗")), 15000);
    QVERIFY2(page->uploadStatusText().contains(QStringLiteral("read-only")), qPrintable(page->uploadStatusText()));
    QVERIFY(page->instructionsText().contains(page->selectedPublicKey()));
    QVERIFY(page->instructionsText().contains(QStringLiteral("https://www.runpod.io/console/user/settings")));
    QCOMPARE(f.accountPubKey(), before);
    QVERIFY(f.next()->isEnabled()); // the user may add it by hand and go on
}

void TestSetupWizard::defaultsFollowTheLocale()
{
    QCOMPARE(SetupController::regionForLocale(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("EU"));
    QCOMPARE(SetupController::regionForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("NA"));
    QCOMPARE(SetupController::regionForLocale(QLocale(QLocale::Japanese, QLocale::Japan)), QStringLiteral("AP"));
    QCOMPARE(SetupController::regionForLocale(QLocale::c()), QStringLiteral("NA"));

    const QLocale old;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    {
        Fixture f;
        QVERIFY(f.start());
        QCOMPARE(f.wizard->field(QStringLiteral("region")).toString(), QStringLiteral("EU"));
        QCOMPARE(f.wizard->field(QStringLiteral("cloudType")).toString(), QStringLiteral("secure"));
        QCOMPARE(f.wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("regionCombo"))->currentText(),
                 QStringLiteral("Europe"));
    }
    QLocale::setDefault(old);
}

void TestSetupWizard::finishWritesTheSameConfigAsTheCli()
{
    Fixture f;
    QDir().mkpath(f.home.path(QStringLiteral(".ssh")));
    QVERIFY(ssh::KeyGenerator::generate(f.home.path(QStringLiteral(".ssh/id_ed25519"))).ok());
    QVERIFY(f.start());
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    f.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), 10000);
    f.wizard->next();
    auto* region = f.wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("regionCombo"));
    auto* cloud = f.wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("cloudCombo"));
    screenshot(f.wizard.get(), QStringLiteral("3-defaults"));
    region->setCurrentIndex(region->findData(QStringLiteral("AP")));
    cloud->setCurrentIndex(cloud->findData(QStringLiteral("community")));
    auto* transport = f.wizard->defaultsPage()->findChild<QComboBox*>(QStringLiteral("transportCombo"));
    QCOMPARE(transport->currentData().toString(), QStringLiteral("auto")); // the default
    transport->setCurrentIndex(transport->findData(QStringLiteral("rest")));
    f.wizard->next();
    QCOMPARE(f.wizard->currentId(), int(SetupWizard::TemplatePageId));
    auto* templateEdit = f.wizard->templatePage()->findChild<QLineEdit*>(QStringLiteral("templateEdit"));
    QCOMPARE(templateEdit->text(), QStringLiteral("runpod/comfyui:latest"));
    templateEdit->setText(QStringLiteral("myuser/comfy:cuda12.8"));
    screenshot(f.wizard.get(), QStringLiteral("4-template"));

    QSignalSpy saved(f.wizard.get(), &SetupWizard::setupSaved);
    QSignalSpy finished(f.wizard.get(), &QDialog::finished);
    f.wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(f.wizard->result(), int(QDialog::Accepted));

    // The key went to the secret store, not into the file.
    QCOMPARE(f.secrets.storedKey().value_or(QString()), fullKey);
    QFile file(f.configPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(fullKey.toUtf8()));
    QCOMPARE(QFile::permissions(f.configPath()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // Read back with the CLI's reader.
    const config::ConfigLoadResult loaded = config::Config::load(f.configPath());
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.config.defaultRegion(), QStringLiteral("AP"));
    QCOMPARE(loaded.config.defaultCloudType(), QStringLiteral("community"));
    QCOMPARE(loaded.config.defaultTemplate(), QStringLiteral("myuser/comfy:cuda12.8"));
    QCOMPARE(loaded.config.sshKeyPath(), f.home.path(QStringLiteral(".ssh/id_ed25519")));
    QCOMPARE(loaded.config.transport(), QStringLiteral("rest"));
}

void TestSetupWizard::finishRefusesAMalformedConfig()
{
    Fixture f;
    QDir().mkpath(f.home.path(QStringLiteral(".autopod")));
    const QByteArray broken = "{\n  \"runpod\": {\n    \"default_region\": \"EU\",\n  oops\n}\n";
    {
        QFile file(f.configPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    QDir().mkpath(f.home.path(QStringLiteral(".ssh")));
    QVERIFY(ssh::KeyGenerator::generate(f.home.path(QStringLiteral(".ssh/id_ed25519"))).ok());
    QVERIFY(f.start());
    QVERIFY(f.enterKey(fullKey, ApiKeyPage::State::Valid));
    f.wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(f.next()->isEnabled(), 10000);
    f.wizard->next();
    f.wizard->next();
    f.wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!f.wizard->templatePage()->errorText().isEmpty(), 10000);
    QVERIFY2(f.wizard->templatePage()->errorText().contains(QStringLiteral("config.json")),
             qPrintable(f.wizard->templatePage()->errorText()));
    QVERIFY(f.wizard->isVisible()); // still open: the user can fix the file and try again
    QVERIFY(f.wizard->button(QWizard::FinishButton)->isEnabled());
    QFile file(f.configPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void TestSetupWizard::reopenedFromTheMenuStartsFromTheSavedSettings()
{
    Fixture f;
    QDir().mkpath(f.home.path(QStringLiteral(".autopod")));
    {
        config::Config c(f.configPath());
        QString error;
        QVERIFY(c.set(QStringLiteral("runpod.default_region"), QStringLiteral("EU"), &error));
        QVERIFY(c.set(QStringLiteral("runpod.default_template"), QStringLiteral("me/comfy:1"), &error));
        QVERIFY2(c.save(&error), qPrintable(error));
    }
    f.secrets.setStoredKey(fullKey);
    QVERIFY(f.start());
    // The stored key is filled in and checked at once.
    QTRY_COMPARE_WITH_TIMEOUT(f.wizard->apiKeyPage()->state(), ApiKeyPage::State::Valid, 15000);
    QCOMPARE(f.wizard->field(QStringLiteral("region")).toString(), QStringLiteral("EU"));
    QCOMPARE(f.wizard->field(QStringLiteral("template")).toString(), QStringLiteral("me/comfy:1"));
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
