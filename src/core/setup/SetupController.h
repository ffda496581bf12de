// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/app/ProductDefaults.h"
#include "core/ssh/SshIdentity.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace autopod::api {
class RunPodApi;
}
namespace autopod::secrets {
class SecretStore;
}

namespace autopod::setup {

// What the user chose during setup (the desktop wizard or `autopod config init`).
struct SetupChoices
{
    QString apiKey;
    QString sshKeyPath; // private key file; empty = the key lives in the ssh-agent (detected at connect)
    QString region = QStringLiteral("NA"); // NA, EU, AP
    QString cloudType = QStringLiteral("secure");
    QString templateImage = QString::fromLatin1(app::kDefaultImage);
    QString transport = QStringLiteral("auto"); // runpod.transport: auto, graphql, rest (advanced)
};

// First-run setup, shared by both front ends (Nextcloud's setup controller is the model): the
// network (the key check, the account key upload), the keychain and SSH keys, and config.json.
// No widgets and no terminal: the desktop's SetupWizard and the CLI's `config init` ask the
// user, call in here, and render the answers.
class SetupController : public QObject
{
    Q_OBJECT

public:
    // Makes a RunPod client that authenticates with `apiKey` (the key being checked is not stored
    // yet): services::Services::apiFactory(), which retries little so a check answers within seconds.
    using ApiFactory = std::function<std::unique_ptr<api::RunPodApi>(const QString& apiKey)>;

    // configPath: config.json (Paths::configFile()); homeDir stands in for ~ (tests), empty = $HOME;
    // agentSocket: empty = $SSH_AUTH_SOCK.
    SetupController(ApiFactory apiFactory, secrets::SecretStore& secrets, QString configPath, QString homeDir = {},
                    QString agentSocket = {}, QObject* parent = nullptr);
    ~SetupController() override;

    // What is configured already (the wizard opened from the menu starts from it).
    void loadCurrentSettings();
    // RunPod's `myself` with this key; answers apiKeyChecked(apiKey, ...).
    void checkApiKey(const QString& apiKey);
    // The discovery order: ssh-agent, ~/.ssh/id_ed25519, id_ecdsa, id_rsa, then userPath if given.
    // Runs off the GUI thread; answers sshKeysDetected() (only for the latest request).
    void detectSshKeys(const QString& userPath = {});
    // A new ed25519 pair at ~/.ssh/autopod_ed25519 (never overwrites a file), off the GUI thread;
    // answers sshKeyGenerated() or sshKeyGenerationFailed().
    void generateSshKey();
    // Appends the key to the account's key list with the last key that passed checkApiKey. Only
    // called on the user's explicit request.
    void uploadPublicKey(const QString& publicKeyLine);
    // Keychain first, then config.json; answers saved() or saveFailed().
    void save(const SetupChoices& choices);

    bool isBusy() const { return m_pending > 0; }
    // Why the last checkApiKey failed (kind None after a success): front ends map it to their own
    // rendering (the CLI's exit code).
    const api::ApiError& keyCheckError() const { return m_keyCheckError; }
    // Who the last accepted key belongs to.
    const api::Account& account() const { return m_account; }
    // Whether the account of the last accepted key already holds this public key.
    bool isOnAccount(const QString& publicKeyLine) const;

    // The one rule for the region proposed on first run: NA, EU or AP by the locale's territory
    // (en_IE and el_GR are in Europe whatever their language); NA when unknown.
    static QString regionForLocale(const QLocale& locale);
    // The one description of adding the key by hand, for every front end.
    static QString manualInstructions(const QString& publicKeyLine, const QString& publicKeyPath);

Q_SIGNALS:
    void currentSettingsLoaded(const autopod::setup::SetupChoices& choices, bool configExisted);
    // message: who the account belongs to when ok, what is wrong otherwise (no status glyph: each
    // front end marks success and failure its own way).
    void apiKeyChecked(const QString& apiKey, bool ok, const QString& message);
    void sshKeysDetected(const QList<autopod::ssh::SshIdentity>& identities, const QStringList& problems);
    void sshKeyGenerated(const autopod::ssh::SshIdentity& identity);
    void sshKeyGenerationFailed(const QString& message);
    void publicKeyUploaded(bool ok, const QString& message);
    void saved(const QStringList& warnings);
    void saveFailed(const QString& message);
    void busyChanged(bool busy);

private:
    api::RunPodApi* makeApi(const QString& apiKey);
    void begin();
    void end();
    void writeConfig(const SetupChoices& choices, QStringList warnings);

    ApiFactory m_apiFactory;
    secrets::SecretStore& m_secrets;
    QString m_configPath;
    QString m_homeDir;
    QString m_agentSocket;
    QString m_validApiKey; // the last key RunPod accepted
    api::Account m_account;
    api::ApiError m_keyCheckError;
    int m_pending = 0;
    int m_detectRequest = 0;
};

} // namespace autopod::setup

Q_DECLARE_METATYPE(autopod::setup::SetupChoices)
