#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "core/api/RunPodApi.h"
#include "core/config/Paths.h"
#include "core/secrets/SecretStore.h"
#include "core/ssh/KeyDiscovery.h"
#include "core/ssh/KeyGenerator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <iostream>
#include <memory>
#include <string>

namespace autopod::cli {

namespace {

struct InitOptions
{
    bool apiKeyStdin = false;
    std::string sshKey;
    bool generateKey = false;
    bool uploadKey = false;
    bool noUploadKey = false;
    std::string region;
    std::string cloud;
    bool yes = false;
};

QString regionFromLocale()
{
    const QLocale::Territory t = QLocale::system().territory();
    switch (t) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::AnyTerritory: // the C locale: the PRD's preference
        return QStringLiteral("NA");
    case QLocale::Japan:
    case QLocale::China:
    case QLocale::SouthKorea:
    case QLocale::Taiwan:
    case QLocale::India:
    case QLocale::Singapore:
    case QLocale::Australia:
    case QLocale::NewZealand:
    case QLocale::HongKong:
    case QLocale::Indonesia:
    case QLocale::Thailand:
    case QLocale::Vietnam:
    case QLocale::Philippines:
    case QLocale::Malaysia:
        return QStringLiteral("AP");
    default:
        break;
    }
    // Most other locales autopod users have are European; the user can pick another.
    const QString name = QLocale::system().name();
    if (name.endsWith(QLatin1String("_GB")) || name.startsWith(QLatin1String("de")) ||
        name.startsWith(QLatin1String("fr")) || name.startsWith(QLatin1String("it")) ||
        name.startsWith(QLatin1String("es_ES")) || name.startsWith(QLatin1String("nl")) ||
        name.startsWith(QLatin1String("pl")) || name.startsWith(QLatin1String("sv")) ||
        name.startsWith(QLatin1String("ro")) || name.startsWith(QLatin1String("cs")) ||
        name.startsWith(QLatin1String("pt_PT")) || name.startsWith(QLatin1String("da")) ||
        name.startsWith(QLatin1String("fi")) || name.startsWith(QLatin1String("nb")) ||
        name.startsWith(QLatin1String("is"))) {
        return QStringLiteral("EU");
    }
    return QStringLiteral("NA");
}

// The whole first-run flow as one object living for the event loop.
class InitFlow : public QObject
{
public:
    InitFlow(CliContext& ctx, InitOptions options)
        : m_ctx(ctx)
        , m_term(ctx.terminal())
        , m_opt(std::move(options))
    {}

    void start()
    {
        m_term.print(QStringLiteral("Welcome to autopod! Let's set up your configuration.\n"));
        askKey();
    }

private:
    void askKey()
    {
        std::optional<QString> key;
        if (m_opt.apiKeyStdin) {
            std::string line;
            if (std::getline(std::cin, line)) {
                key = QString::fromStdString(line).trimmed();
            }
        } else {
            key = m_term.readSecret(QStringLiteral("RunPod API Key: "));
        }
        if (!key || key->isEmpty()) {
            m_term.failure(QStringLiteral("No API key given. Create one at https://www.runpod.io/console/user/settings "
                                          "(API Keys) and run `autopod config init` again."));
            CliContext::finish(ConfigError);
            return;
        }
        m_key = *key;
        m_api = m_ctx.makeApi(m_key);
        m_api->account(this, [this](const api::ApiResult<api::Account>& r) { onAccount(r); });
    }

    void onAccount(const api::ApiResult<api::Account>& r)
    {
        if (!r.ok()) {
            const int code = exitCodeFor(r.error);
            if (r.error.kind == api::ApiError::Kind::InvalidApiKey) {
                m_term.failure(QStringLiteral("Invalid API key: RunPod refused it. Check the key at "
                                              "https://www.runpod.io/console/user/settings (API Keys)."));
            } else {
                m_term.failure(QStringLiteral("Could not check the API key: %1").arg(r.error.message));
            }
            if (++m_keyTries < 3 && m_term.interactive() && !m_opt.apiKeyStdin && code == ConfigError) {
                askKey();
                return;
            }
            m_term.error(QStringLiteral("Nothing was saved."));
            CliContext::finish(code);
            return;
        }
        m_account = *r.value;
        if (m_account.email.isEmpty()) {
            m_term.success(QStringLiteral("API key validated"));
        } else {
            m_term.success(QStringLiteral("API key validated (%1)").arg(m_account.email));
        }
        if (!chooseSshKey()) {
            return;
        }
        offerUpload();
    }

    bool chooseSshKey()
    {
        m_term.print(QStringLiteral("\nChecking for SSH keys..."));
        if (!m_opt.sshKey.empty()) {
            return useKeyFile(config::Paths::expandTilde(QString::fromStdString(m_opt.sshKey)));
        }
        if (m_opt.generateKey) {
            return generate();
        }
        const ssh::DiscoveryResult found = ssh::KeyDiscovery().discover();
        if (auto id = found.preferred()) {
            m_term.success(QStringLiteral("Found SSH key: %1").arg(id->describe()));
            if (m_opt.yes || m_term.confirm(QStringLiteral("Use this key?"), true)) {
                m_identity = *id;
                return true;
            }
        } else {
            m_term.failure(QStringLiteral("No SSH key found in agent/keychain"));
            for (const ssh::KeyCheck& p : found.problems) {
                m_term.warning(p.message);
            }
        }
        if (!m_opt.yes && m_term.confirm(QStringLiteral("Do you have an existing SSH key?"), false)) {
            const auto path = m_term.readLine(QStringLiteral("Path to your private key: "));
            if (path && !path->isEmpty()) {
                return useKeyFile(config::Paths::expandTilde(*path));
            }
        }
        return generate();
    }

    bool useKeyFile(const QString& path)
    {
        ssh::KeyCheck check = ssh::KeyDiscovery::validate(path, ssh::KeySource::UserPath);
        if (check.problem == ssh::KeyProblem::PermissionsTooOpen) {
            m_term.warning(check.message);
            if (m_opt.yes || m_term.confirm(QStringLiteral("Fix the permissions (chmod 600)?"), true)) {
                QString error;
                if (ssh::KeyDiscovery::fixPermissions(path, &error)) {
                    check = ssh::KeyDiscovery::validate(path, ssh::KeySource::UserPath);
                } else {
                    m_term.failure(error);
                }
            }
        }
        if (!check.ok() && check.problem != ssh::KeyProblem::NeedsPassphrase) {
            m_term.failure(check.message);
            m_term.error(QStringLiteral("Nothing was saved."));
            CliContext::finish(ConfigError);
            return false;
        }
        if (check.problem == ssh::KeyProblem::NeedsPassphrase) {
            m_term.warning(QStringLiteral("%1 Add it to your ssh-agent (ssh-add %2) so autopod can use it.")
                               .arg(check.message, tildePath(path)));
        }
        m_identity = check.identity;
        m_keyPath = path;
        m_term.success(QStringLiteral("Using SSH key %1").arg(tildePath(path)));
        return true;
    }

    bool generate()
    {
        m_term.print(QStringLiteral("\nLet's create an SSH key for RunPod:"));
        m_term.step(QStringLiteral("Generating SSH key pair..."));
        const QString path = ssh::KeyGenerator::defaultPath();
        ssh::GeneratedKey key;
        if (QFileInfo::exists(path)) {
            const ssh::KeyCheck check = ssh::KeyDiscovery::validate(path, ssh::KeySource::Generated);
            if (!check.ok()) {
                m_term.failure(QStringLiteral("%1 exists but cannot be used: %2").arg(tildePath(path), check.message));
                CliContext::finish(ConfigError);
                return false;
            }
            key.identity = check.identity;
            m_term.success(QStringLiteral("Reusing: %1").arg(tildePath(path)));
        } else {
            key = ssh::KeyGenerator::generate(path, QStringLiteral("autopod"));
            if (!key.ok()) {
                m_term.failure(QStringLiteral("Could not create an SSH key: %1").arg(key.error));
                CliContext::finish(ConfigError);
                return false;
            }
            m_term.success(QStringLiteral("Created: %1").arg(tildePath(path)));
        }
        m_identity = key.identity;
        m_keyPath = path;
        m_generated = true;
        return true;
    }

    void offerUpload()
    {
        const bool onAccount = m_account.pubKey.contains(m_identity.publicKeyLine.section(QLatin1Char(' '), 1, 1));
        if (onAccount) {
            m_term.success(QStringLiteral("This key is already on your RunPod account."));
            chooseDefaults();
            return;
        }
        m_term.print(QStringLiteral("\nautopod gives this key to every pod it creates. To use it for pods you start "
                                    "elsewhere too, add it to your RunPod account."));
        bool upload = m_opt.uploadKey;
        if (!upload && !m_opt.noUploadKey && !m_opt.yes) {
            upload = m_term.confirm(
                QStringLiteral("Add the public key to your RunPod account now (your other keys stay)?"), false);
        }
        if (upload) {
            m_api->addPublicKey(m_identity.publicKeyLine, this, [this](const api::ApiResult<api::Account>& r) {
                if (r.ok()) {
                    m_term.success(QStringLiteral("Public key added to your RunPod account."));
                } else {
                    m_term.warning(QStringLiteral("Could not add the key to your account: %1").arg(r.error.message));
                    printInstructions();
                }
                chooseDefaults();
            });
            return;
        }
        printInstructions();
        if (m_generated && m_term.interactive() && !m_opt.yes) {
            m_term.readLine(QStringLiteral("Press Enter when done..."));
        }
        chooseDefaults();
    }

    void printInstructions()
    {
        const QString pub = tildePath(m_keyPath.isEmpty() ? QString() : m_keyPath + QStringLiteral(".pub"));
        m_term.print(QStringLiteral("\nNext steps (optional):"));
        if (!pub.isEmpty()) {
            m_term.print(QStringLiteral("1. Copy your public key:\n   cat %1").arg(pub));
        } else {
            m_term.print(QStringLiteral("1. Copy your public key:\n   %1").arg(m_identity.publicKeyLine));
        }
        m_term.print(QStringLiteral("2. Go to: https://www.runpod.io/console/user/settings\n"
                                    "3. Click \"SSH Keys\" → \"Add SSH Key\"\n"
                                    "4. Paste and save"));
    }

    void chooseDefaults()
    {
        QString error;
        QString region = QString::fromStdString(m_opt.region).toUpper();
        if (region.isEmpty()) {
            const QString suggested = regionFromLocale();
            const QStringList codes{QStringLiteral("NA"), QStringLiteral("EU"), QStringLiteral("AP")};
            region = suggested;
            if (!m_opt.yes) {
                const int i = m_term.choose(
                    QStringLiteral("\nSelect default region:"),
                    {QStringLiteral("North America"), QStringLiteral("Europe"), QStringLiteral("Asia Pacific")},
                    int(codes.indexOf(suggested)));
                if (i < 0) {
                    abort();
                    return;
                }
                region = codes.at(i);
            }
        }
        QString cloud = QString::fromStdString(m_opt.cloud).toLower();
        if (cloud.isEmpty()) {
            cloud = QStringLiteral("secure");
            if (!m_opt.yes) {
                const int i = m_term.choose(QStringLiteral("\nSelect default cloud type:"),
                                            {QStringLiteral("Secure Cloud (recommended, more reliable)"),
                                             QStringLiteral("Community Cloud (cheaper, variable availability)")},
                                            0);
                if (i < 0) {
                    abort();
                    return;
                }
                cloud = i == 0 ? QStringLiteral("secure") : QStringLiteral("community");
            }
        }
        config::Config& cfg = m_ctx.config();
        if (!cfg.set(QStringLiteral("runpod.default_region"), region, &error) ||
            !cfg.set(QStringLiteral("runpod.default_cloud_type"), cloud, &error) ||
            !cfg.set(QStringLiteral("runpod.ssh_key_path"), m_identity.usesAgent() ? QString() : m_keyPath, &error)) {
            m_term.failure(error);
            m_term.error(QStringLiteral("Nothing was saved."));
            CliContext::finish(UsageError);
            return;
        }
        save();
    }

    void abort()
    {
        m_term.error(QStringLiteral("Setup cancelled; nothing was saved."));
        CliContext::finish(Interrupted);
    }

    void save()
    {
        // The key first: a config pointing at a key that is not stored would be worse than none.
        m_ctx.secrets().writeApiKey(m_key, this, [this](const secrets::SecretResult& r) {
            if (!r.ok) {
                m_term.failure(QStringLiteral("Could not store the API key: %1").arg(r.error));
                CliContext::finish(ConfigError);
                return;
            }
            if (r.usedFallback) {
                m_term.warning(QStringLiteral("No keychain is available: the API key is kept in %1 (readable only by "
                                              "you).")
                                   .arg(tildePath(config::Paths::configFile())));
            } else {
                m_term.success(QStringLiteral("API key stored in %1").arg(m_ctx.secrets().backendName()));
            }
            // Re-read: the fallback may have written the key into config.json meanwhile.
            config::Config& cfg = m_ctx.config();
            QString error;
            if (!cfg.save(&error)) {
                m_term.failure(QStringLiteral("Could not save the configuration: %1").arg(error));
                CliContext::finish(ConfigError);
                return;
            }
            m_term.success(QStringLiteral("Configuration saved to %1").arg(tildePath(config::Paths::configFile())));
            m_term.print(QStringLiteral("\nYou're ready: run `autopod connect` to rent a GPU."));
            CliContext::finish(Ok);
        });
    }

    CliContext& m_ctx;
    Terminal& m_term;
    InitOptions m_opt;
    QString m_key;
    std::unique_ptr<api::RunPodApi> m_api;
    api::Account m_account;
    ssh::SshIdentity m_identity;
    QString m_keyPath;
    bool m_generated = false;
    int m_keyTries = 0;
};

int configShow(CliContext& ctx)
{
    Terminal& term = ctx.terminal();
    return runEventLoop([&ctx, &term] {
        ctx.secrets().readApiKey(&ctx, [&ctx, &term](const secrets::SecretResult& r) {
            QJsonObject shown = ctx.config().redactedJson();
            term.print(QStringLiteral("Configuration: %1%2")
                           .arg(tildePath(config::Paths::configFile()),
                                ctx.configExists() ? QString() : QStringLiteral(" (not created yet: defaults shown)")));
            term.print(QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented)).trimmed());
            if (r.ok && !r.value.isEmpty()) {
                term.print(
                    QStringLiteral("API key: set (%1%2)")
                        .arg(r.usedFallback ? QStringLiteral("config file, no keychain") : ctx.secrets().backendName(),
                             QStringLiteral(", shown as <redacted>")));
            } else {
                term.print(QStringLiteral("API key: not set (run `autopod config init`)"));
            }
            CliContext::finish(Ok);
        });
    });
}

int configSetApiKey(CliContext& ctx, QString value)
{
    Terminal& term = ctx.terminal();
    if (value == QLatin1String("-")) {
        std::string line;
        if (!std::getline(std::cin, line)) {
            term.failure(QStringLiteral("No API key on standard input."));
            return UsageError;
        }
        value = QString::fromStdString(line).trimmed();
    } else {
        term.warning(QStringLiteral("A key typed on the command line can end up in your shell history; "
                                    "`autopod config set api-key -` reads it from standard input instead."));
    }
    if (value.isEmpty()) {
        term.failure(QStringLiteral("The API key is empty."));
        return UsageError;
    }
    auto client = ctx.makeApi(value);
    return runEventLoop([&ctx, &term, value, api = client.get()] {
        api->account(&ctx, [&ctx, &term, value](const api::ApiResult<api::Account>& r) {
            if (!r.ok()) {
                term.failure(r.error.kind == api::ApiError::Kind::InvalidApiKey
                                 ? QStringLiteral("Invalid API key: RunPod refused it. Nothing was changed.")
                                 : QStringLiteral("Could not check the API key (%1). Nothing was changed.")
                                       .arg(r.error.message));
                CliContext::finish(exitCodeFor(r.error));
                return;
            }
            ctx.secrets().writeApiKey(value, &ctx, [&ctx, &term](const secrets::SecretResult& w) {
                if (!w.ok) {
                    term.failure(QStringLiteral("Could not store the API key: %1").arg(w.error));
                    CliContext::finish(ConfigError);
                    return;
                }
                term.success(QStringLiteral("API key validated and stored (%1).")
                                 .arg(w.usedFallback ? QStringLiteral("config file, no keychain")
                                                     : ctx.secrets().backendName()));
                CliContext::finish(Ok);
            });
        });
    });
}

int configSet(CliContext& ctx, const QString& key, const QString& value)
{
    Terminal& term = ctx.terminal();
    const QString canonical = config::Config::canonicalKey(key);
    if (canonical == QLatin1String("runpod.api_key")) {
        return configSetApiKey(ctx, value);
    }
    QString error;
    if (canonical.isEmpty()) {
        term.failure(QStringLiteral("Unknown setting \"%1\". Known settings: %2")
                         .arg(key, config::Config::knownKeys().join(QStringLiteral(", "))));
        return UsageError;
    }
    if (!ctx.config().set(canonical, value, &error)) {
        term.failure(error);
        return UsageError;
    }
    if (!ctx.config().save(&error)) {
        term.failure(QStringLiteral("Could not save the configuration: %1").arg(error));
        return ConfigError;
    }
    term.success(QStringLiteral("%1 = %2").arg(canonical, value));
    return Ok;
}

} // namespace

void addConfigCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    CLI::App* config = app.add_subcommand("config", "Set up and change autopod's configuration");
    config->require_subcommand(1);
    config->footer(exitCodeHelp());

    auto init = std::make_shared<InitOptions>();
    CLI::App* initCmd = config->add_subcommand(
        "init", "First-run setup: API key (checked with RunPod), SSH key, default region and cloud type");
    initCmd->add_flag("--api-key-stdin", init->apiKeyStdin, "Read the API key from standard input (for scripts)");
    initCmd->add_option("--ssh-key", init->sshKey, "Use this private key file");
    initCmd->add_flag("--generate-ssh-key", init->generateKey, "Create ~/.ssh/autopod_ed25519 (unless it exists)");
    initCmd->add_flag("--upload-key", init->uploadKey, "Add the public key to your RunPod account without asking");
    initCmd->add_flag("--no-upload-key", init->noUploadKey, "Do not add the public key to your RunPod account");
    initCmd->add_option("--region", init->region, "Default region")
        ->check(CLI::IsMember({"NA", "EU", "AP"}, CLI::ignore_case));
    initCmd->add_option("--cloud", init->cloud, "Default cloud type")
        ->check(CLI::IsMember({"secure", "community"}, CLI::ignore_case));
    initCmd->add_flag("-y,--yes", init->yes, "Accept the defaults instead of asking");
    initCmd->footer(exitCodeHelp());
    initCmd->callback([&ctx, &action, init] {
        action = [&ctx, init] {
            InitFlow flow(ctx, *init);
            return runEventLoop([&flow] { flow.start(); });
        };
    });

    CLI::App* show = config->add_subcommand("show", "Show the configuration (the API key is never shown)");
    show->footer(exitCodeHelp());
    show->callback([&ctx, &action] {
        action = [&ctx] {
            return configShow(ctx);
        };
    });

    auto key = std::make_shared<std::string>();
    auto value = std::make_shared<std::string>();
    CLI::App* set = config->add_subcommand("set", "Change one setting, e.g. `config set region EU` "
                                                  "(`config set api-key -` reads the key from stdin)");
    set->add_option("key", *key, "Setting (dotted, e.g. ssh.tunnel_port, or a short name: region, cloud, ...)")
        ->required();
    set->add_option("value", *value, "New value (lists comma-separated; none clears)")->required();
    set->footer(exitCodeHelp());
    set->callback([&ctx, &action, key, value] {
        action = [&ctx, key, value] {
            return configSet(ctx, QString::fromStdString(*key), QString::fromStdString(*value));
        };
    });
}

} // namespace autopod::cli
