// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/setup/SetupController.h"

#include "core/api/RunPodApi.h"
#include "core/config/Config.h"
#include "core/secrets/SecretStore.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/keys/KeyGenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace autopod::setup {

namespace {

Q_LOGGING_CATEGORY(lcSetup, "autopod.setup")

QString homeOr(const QString& home)
{
    return home.isEmpty() ? QDir::homePath() : home;
}

// "~/.ssh/id_ed25519" when the key is under the home directory: the same file on every machine
// the config is copied to, and what the CLI writes.
QString withTilde(const QString& path, const QString& home)
{
    const QString prefix = QDir(home).absolutePath() + QLatin1Char('/');
    if (path.startsWith(prefix)) {
        return QStringLiteral("~/") + path.mid(prefix.size());
    }
    return path;
}

} // namespace

SetupController::SetupController(ApiFactory apiFactory, secrets::SecretStore& secrets, QString configPath,
                                 QString homeDir, QString agentSocket, QObject* parent)
    : QObject(parent)
    , m_apiFactory(std::move(apiFactory))
    , m_secrets(secrets)
    , m_configPath(std::move(configPath))
    , m_homeDir(std::move(homeDir))
    , m_agentSocket(std::move(agentSocket))
{
    qRegisterMetaType<SetupChoices>();
    qRegisterMetaType<ssh::SshIdentity>();
}

SetupController::~SetupController() = default;

void SetupController::begin()
{
    if (m_pending++ == 0) {
        Q_EMIT busyChanged(true);
    }
}

void SetupController::end()
{
    if (m_pending > 0 && --m_pending == 0) {
        Q_EMIT busyChanged(false);
    }
}

api::RunPodApi* SetupController::makeApi(const QString& apiKey)
{
    std::unique_ptr<api::RunPodApi> api = m_apiFactory(apiKey);
    if (!api) {
        return nullptr;
    }
    // Owned by this controller until its one call answers (then deleteLater).
    api->setParent(this);
    return api.release();
}

void SetupController::loadCurrentSettings()
{
    SetupChoices choices;
    choices.region = regionForLocale(QLocale());
    const config::ConfigLoadResult loaded = config::Config::load(m_configPath);
    const bool existed = loaded.ok && loaded.config.existed();
    if (existed) {
        const config::Config& c = loaded.config;
        choices.sshKeyPath = c.sshKeyPath();
        choices.region = c.defaultRegion();
        choices.cloudType = c.defaultCloudType();
        choices.templateImage = c.defaultTemplate();
        choices.transport = c.transport();
    }
    begin();
    m_secrets.readApiKey(this, [this, choices, existed](const secrets::SecretResult& result) mutable {
        end();
        if (result.ok) {
            choices.apiKey = result.value;
        }
        Q_EMIT currentSettingsLoaded(choices, existed);
    });
}

bool SetupController::isOnAccount(const QString& publicKeyLine) const
{
    // RunPod keeps the account's keys as authorized_keys lines; the base64 blob identifies a key
    // whatever its comment.
    const QString blob = publicKeyLine.trimmed().section(QLatin1Char(' '), 1, 1);
    if (blob.isEmpty()) {
        return false;
    }
    const QStringList lines = m_account.pubKey.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&blob](const QString& line) { return line.trimmed().section(QLatin1Char(' '), 1, 1) == blob; });
}

void SetupController::checkApiKey(const QString& apiKey)
{
    const QString key = apiKey.trimmed();
    if (key.isEmpty()) {
        m_keyCheckError = api::ApiError{};
        m_keyCheckError.kind = api::ApiError::Kind::InvalidApiKey;
        Q_EMIT apiKeyChecked(apiKey, false, tr("Enter your RunPod API key."));
        return;
    }
    api::RunPodApi* api = makeApi(key);
    if (!api) {
        Q_EMIT apiKeyChecked(apiKey, false, tr("autopod cannot reach RunPod (no client configured)."));
        return;
    }
    begin();
    api->account(this, [this, api, apiKey, key](const api::ApiResult<api::Account>& result) {
        api->deleteLater();
        end();
        m_keyCheckError = result.error;
        if (!result.ok()) {
            qCInfo(lcSetup) << "API key check failed:" << result.error.message;
            Q_EMIT apiKeyChecked(apiKey, false, result.error.message);
            return;
        }
        m_validApiKey = key;
        m_account = *result.value;
        const api::Account& account = m_account;
        const QString who = account.email.isEmpty() ? account.id : account.email;
        Q_EMIT apiKeyChecked(apiKey, true,
                             tr("Key accepted: %1, balance $%2.").arg(who, QString::number(account.balance, 'f', 2)));
    });
}

void SetupController::detectSshKeys(const QString& userPath)
{
    // The agent round trip (up to its timeout when the agent hangs) and the key files are read on
    // a pool thread; only values cross back. A newer request supersedes an older one still running.
    const ssh::KeyDiscovery discovery(m_homeDir, m_agentSocket);
    const QString generated = ssh::KeyGenerator::defaultPath(homeOr(m_homeDir));
    const int request = ++m_detectRequest;
    auto* watcher = new QFutureWatcher<ssh::DiscoveryResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        end();
        if (request != m_detectRequest || watcher->isCanceled()) {
            return;
        }
        const ssh::DiscoveryResult result = watcher->result();
        QStringList problems;
        for (const ssh::KeyCheck& check : result.problems) {
            problems << check.message;
        }
        qCInfo(lcSetup) << "SSH key discovery:" << result.identities.size() << "usable," << problems.size()
                        << "problems";
        Q_EMIT sshKeysDetected(result.identities, problems);
    });
    begin();
    watcher->setFuture(QtConcurrent::run([discovery, userPath, generated] {
        QString extra = userPath;
        if (extra.isEmpty() && QFileInfo::exists(generated)) {
            extra = generated; // made by an earlier run of this wizard or `autopod config init`
        }
        return discovery.discover(extra);
    }));
}

void SetupController::generateSshKey()
{
    // Key generation and the file writes run on a pool thread like the discovery; an existing
    // autopod key is checked, never overwritten.
    const QString path = ssh::KeyGenerator::defaultPath(homeOr(m_homeDir));
    auto* watcher = new QFutureWatcher<ssh::GeneratedKey>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        end();
        const ssh::GeneratedKey key = watcher->result();
        if (!key.ok()) {
            Q_EMIT sshKeyGenerationFailed(key.error);
            return;
        }
        qCInfo(lcSetup) << "SSH key ready:" << key.identity.fingerprint;
        Q_EMIT sshKeyGenerated(key.identity);
    });
    begin();
    watcher->setFuture(QtConcurrent::run([path] {
        if (QFileInfo::exists(path)) {
            const ssh::KeyCheck check = ssh::KeyDiscovery::validate(path, ssh::KeySource::Generated);
            return ssh::GeneratedKey{check.identity, check.ok() ? QString() : check.message};
        }
        return ssh::KeyGenerator::generate(path, QStringLiteral("autopod@") + QHostInfo::localHostName());
    }));
}

void SetupController::uploadPublicKey(const QString& publicKeyLine)
{
    if (m_validApiKey.isEmpty()) {
        Q_EMIT publicKeyUploaded(false, tr("Check your API key first."));
        return;
    }
    if (publicKeyLine.trimmed().isEmpty()) {
        Q_EMIT publicKeyUploaded(false, tr("Choose or generate a key first."));
        return;
    }
    api::RunPodApi* api = makeApi(m_validApiKey);
    if (!api) {
        Q_EMIT publicKeyUploaded(false, tr("autopod cannot reach RunPod (no client configured)."));
        return;
    }
    begin();
    api->addPublicKey(publicKeyLine.trimmed(), this, [this, api](const api::ApiResult<api::Account>& result) {
        api->deleteLater();
        end();
        if (result.ok()) {
            m_account = *result.value;
            Q_EMIT publicKeyUploaded(true, tr("Public key added to your RunPod account. New pods accept it."));
        } else if (result.error.kind == api::ApiError::Kind::PermissionDenied) {
            Q_EMIT publicKeyUploaded(false, tr("This API key may not change your account (it is read-only). Add "
                                               "the key by hand as described below — and note that creating pods "
                                               "needs a key with read and write access."));
        } else {
            Q_EMIT publicKeyUploaded(false, tr("%1 Add the key by hand as described below.").arg(result.error.message));
        }
    });
}

void SetupController::save(const SetupChoices& choices)
{
    if (choices.apiKey.trimmed().isEmpty()) {
        Q_EMIT saveFailed(tr("There is no API key to save."));
        return;
    }
    begin();
    m_secrets.writeApiKey(choices.apiKey.trimmed(), this, [this, choices](const secrets::SecretResult& result) {
        if (!result.ok) {
            end();
            Q_EMIT saveFailed(tr("The API key could not be stored: %1").arg(result.error));
            return;
        }
        QStringList warnings;
        if (result.usedFallback) {
            warnings << tr("No keychain is available on this system: the API key is kept in %1, readable only "
                           "by you.")
                            .arg(QDir::toNativeSeparators(m_configPath));
        }
        writeConfig(choices, warnings);
        end();
    });
}

void SetupController::writeConfig(const SetupChoices& choices, QStringList warnings)
{
    config::ConfigLoadResult loaded = config::Config::load(m_configPath);
    if (!loaded.ok) {
        // A malformed file is never overwritten; the user fixes or removes it.
        Q_EMIT saveFailed(loaded.error);
        return;
    }
    warnings << loaded.warnings;
    config::Config& config = loaded.config;
    const QString keyPath =
        choices.sshKeyPath.isEmpty() ? QStringLiteral("null") : withTilde(choices.sshKeyPath, homeOr(m_homeDir));
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("runpod.ssh_key_path"), keyPath},
        {QStringLiteral("runpod.default_region"), choices.region},
        {QStringLiteral("runpod.default_cloud_type"), choices.cloudType},
        {QStringLiteral("runpod.default_template"), choices.templateImage.trimmed()},
        {QStringLiteral("runpod.transport"), choices.transport.isEmpty() ? QStringLiteral("auto") : choices.transport},
    };
    QString error;
    for (const auto& [key, value] : values) {
        if (!config.set(key, value, &error)) {
            Q_EMIT saveFailed(error);
            return;
        }
    }
    if (!config.save(&error)) {
        Q_EMIT saveFailed(error);
        return;
    }
    qCInfo(lcSetup) << "setup saved to" << m_configPath;
    Q_EMIT saved(warnings);
}

QString SetupController::manualInstructions(const QString& publicKeyLine, const QString& publicKeyPath)
{
    QString text;
    text += tr("To add the key to RunPod yourself:") + QLatin1Char('\n');
    text += tr("1. Copy your public key:") + QLatin1Char('\n');
    text += QStringLiteral("   ") + publicKeyLine + QLatin1Char('\n');
    if (!publicKeyPath.isEmpty()) {
        text += tr("   It is also in %1").arg(QDir::toNativeSeparators(publicKeyPath)) + QLatin1Char('\n');
    }
    text += tr("2. Open https://www.runpod.io/console/user/settings") + QLatin1Char('\n');
    text += tr("3. Under \"SSH Public Keys\", paste it on a new line below the keys already there, and save.") +
            QLatin1Char('\n');
    text += tr("4. Pods created from now on accept the key.");
    return text;
}

QString SetupController::regionForLocale(const QLocale& locale)
{
    using T = QLocale::Territory;
    static const QList<T> europe{
        T::Albania,       T::Andorra,  T::Austria,  T::Belarus,       T::Belgium,     T::BosniaAndHerzegowina,
        T::Bulgaria,      T::Croatia,  T::Cyprus,   T::Czechia,       T::Denmark,     T::Estonia,
        T::Finland,       T::France,   T::Germany,  T::Greece,        T::Hungary,     T::Iceland,
        T::Ireland,       T::Italy,    T::Latvia,   T::Liechtenstein, T::Lithuania,   T::Luxembourg,
        T::Malta,         T::Moldova,  T::Monaco,   T::Montenegro,    T::Netherlands, T::Macedonia,
        T::Norway,        T::Poland,   T::Portugal, T::Romania,       T::SanMarino,   T::Serbia,
        T::Slovakia,      T::Slovenia, T::Spain,    T::Sweden,        T::Switzerland, T::Ukraine,
        T::UnitedKingdom, T::Turkey,   T::Israel,   T::Kosovo,        T::Gibraltar,   T::FaroeIslands,
    };
    static const QList<T> asiaPacific{
        T::China,      T::Japan,     T::SouthKorea, T::Taiwan,   T::HongKong,       T::Macao,       T::Singapore,
        T::India,      T::Indonesia, T::Malaysia,   T::Thailand, T::Vietnam,        T::Philippines, T::Australia,
        T::NewZealand, T::Pakistan,  T::Bangladesh, T::SriLanka, T::Nepal,          T::Cambodia,    T::Mongolia,
        T::Myanmar,    T::Laos,      T::Brunei,     T::Fiji,     T::PapuaNewGuinea,
    };
    const T territory = locale.territory();
    if (europe.contains(territory)) {
        return QStringLiteral("EU");
    }
    if (asiaPacific.contains(territory)) {
        return QStringLiteral("AP");
    }
    return QStringLiteral("NA");
}

} // namespace autopod::setup
