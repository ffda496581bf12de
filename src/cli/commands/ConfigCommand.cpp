// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "core/api/RunPodApi.h"
#include "core/config/Paths.h"
#include "core/secrets/SecretStore.h"
#include "core/setup/SetupController.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/keys/KeyGenerator.h"

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

// `config init`: a terminal front end over the setup controller the desktop wizard uses. The
// controller checks the key, finds, makes and uploads SSH keys, proposes the region and writes
// the keychain and config.json; this class only asks and prints.
class InitFlow : public QObject
{
public:
    InitFlow(CliContext& ctx, InitOptions options)
        : m_ctx(ctx)
        , m_term(ctx.terminal())
        , m_opt(std::move(options))
        , m_setup([&ctx](const QString& apiKey) { return ctx.makeApi(apiKey); }, ctx.secrets(),
                  config::Paths::configFile())
    {
        connect(&m_setup, &setup::SetupController::currentSettingsLoaded, this, &InitFlow::onSettingsLoaded);
        connect(&m_setup, &setup::SetupController::apiKeyChecked, this, &InitFlow::onKeyChecked);
        connect(&m_setup, &setup::SetupController::sshKeysDetected, this, &InitFlow::onKeysDetected);
        connect(&m_setup, &setup::SetupController::sshKeyGenerated, this, &InitFlow::onKeyGenerated);
        connect(&m_setup, &setup::SetupController::sshKeyGenerationFailed, this, [this](const QString& message) {
            m_term.failure(QStringLiteral("Could not create an SSH key: %1").arg(message));
            m_term.error(QStringLiteral("Nothing was saved."));
            CliContext::finish(ConfigError);
        });
        connect(&m_setup, &setup::SetupController::publicKeyUploaded, this, &InitFlow::onUploaded);
        connect(&m_setup, &setup::SetupController::saved, this, &InitFlow::onSaved);
        connect(&m_setup, &setup::SetupController::saveFailed, this, [this](const QString& message) {
            m_term.failure(QStringLiteral("Could not save the configuration: %1").arg(message));
            CliContext::finish(ConfigError);
        });
    }

    void start()
    {
        m_term.print(QStringLiteral("Welcome to autopod! Let's set up your configuration."));
        // What is configured already (the template, a chosen key) stays unless changed here.
        m_setup.loadCurrentSettings();
    }

private:
    void onSettingsLoaded(const setup::SetupChoices& current, bool /*configExisted*/)
    {
        m_choices = current;
        m_choices.apiKey.clear(); // the key to store is the one given now, checked below
        askKey();
    }

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
        m_choices.apiKey = *key;
        m_setup.checkApiKey(*key);
    }

    void onKeyChecked(const QString& /*apiKey*/, bool ok, const QString& message)
    {
        if (!ok) {
            const api::ApiError& error = m_setup.keyCheckError();
            const int code = exitCodeFor(error);
            if (error.kind == api::ApiError::Kind::InvalidApiKey) {
                m_term.failure(QStringLiteral("Invalid API key: RunPod refused it. Check the key at "
                                              "https://www.runpod.io/console/user/settings (API Keys)."));
            } else {
                m_term.failure(QStringLiteral("Could not check the API key: %1").arg(message));
            }
            if (++m_keyTries < 3 && m_term.interactive() && !m_opt.apiKeyStdin && code == ConfigError) {
                askKey();
                return;
            }
            m_term.error(QStringLiteral("Nothing was saved."));
            CliContext::finish(code);
            return;
        }
        const QString email = m_setup.account().email;
        m_term.success(email.isEmpty() ? QStringLiteral("API key validated")
                                       : QStringLiteral("API key validated (%1)").arg(email));
        chooseSshKey();
    }

    void chooseSshKey()
    {
        m_term.print(QStringLiteral("\nChecking for SSH keys..."));
        if (!m_opt.sshKey.empty()) {
            if (useKeyFile(config::Paths::expandTilde(QString::fromStdString(m_opt.sshKey)))) {
                offerUpload();
            }
            return;
        }
        if (m_opt.generateKey) {
            generate();
            return;
        }
        m_setup.detectSshKeys();
    }

    void onKeysDetected(const QList<ssh::SshIdentity>& identities, const QStringList& problems)
    {
        if (!identities.isEmpty()) {
            const ssh::SshIdentity& id = identities.first(); // the discovery order is the preference
            m_term.success(QStringLiteral("Found SSH key: %1").arg(id.describe()));
            if (m_opt.yes || m_term.confirm(QStringLiteral("Use this key?"), true)) {
                m_identity = id;
                m_keyPath = id.usesAgent() ? QString() : id.privateKeyPath;
                offerUpload();
                return;
            }
        } else {
            m_term.failure(QStringLiteral("No SSH key found in agent/keychain"));
            for (const QString& problem : problems) {
                m_term.warning(problem);
            }
        }
        if (!m_opt.yes && m_term.confirm(QStringLiteral("Do you have an existing SSH key?"), false)) {
            const auto path = m_term.readLine(QStringLiteral("Path to your private key: "));
            if (path && !path->isEmpty()) {
                if (useKeyFile(config::Paths::expandTilde(*path))) {
                    offerUpload();
                }
                return;
            }
        }
        generate();
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

    void generate()
    {
        m_term.print(QStringLiteral("\nLet's create an SSH key for RunPod:"));
        m_term.step(QStringLiteral("Generating SSH key pair..."));
        // The controller never overwrites a key: an autopod key made earlier is checked and reused.
        m_reusedKey = QFileInfo::exists(ssh::KeyGenerator::defaultPath());
        m_setup.generateSshKey();
    }

    void onKeyGenerated(const ssh::SshIdentity& identity)
    {
        m_identity = identity;
        m_keyPath = ssh::KeyGenerator::defaultPath();
        m_generated = true;
        m_term.success(
            (m_reusedKey ? QStringLiteral("Reusing: %1") : QStringLiteral("Created: %1")).arg(tildePath(m_keyPath)));
        offerUpload();
    }

    void offerUpload()
    {
        if (m_setup.isOnAccount(m_identity.publicKeyLine)) {
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
            m_setup.uploadPublicKey(m_identity.publicKeyLine);
            return;
        }
        printInstructions();
        if (m_generated && m_term.interactive() && !m_opt.yes) {
            m_term.readLine(QStringLiteral("Press Enter when done..."));
        }
        chooseDefaults();
    }

    void onUploaded(bool ok, const QString& message)
    {
        if (ok) {
            m_term.success(message);
        } else {
            m_term.warning(message);
            printInstructions();
        }
        chooseDefaults();
    }

    void printInstructions()
    {
        const QString pub = m_keyPath.isEmpty() ? QString() : m_keyPath + QStringLiteral(".pub");
        m_term.print(QLatin1Char('\n') + setup::SetupController::manualInstructions(m_identity.publicKeyLine, pub));
    }

    void chooseDefaults()
    {
        QString region = QString::fromStdString(m_opt.region).toUpper();
        if (region.isEmpty()) {
            const QString suggested = setup::SetupController::regionForLocale(QLocale());
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
        m_choices.region = region;
        m_choices.cloudType = cloud;
        m_choices.sshKeyPath = m_identity.usesAgent() ? QString() : m_keyPath;
        // The key first, then config.json: a config pointing at a key that is not stored would be
        // worse than none.
        m_setup.save(m_choices);
    }

    void abort()
    {
        m_term.error(QStringLiteral("Setup cancelled; nothing was saved."));
        CliContext::finish(Interrupted);
    }

    void onSaved(const QStringList& warnings)
    {
        for (const QString& warning : warnings) {
            m_term.warning(warning);
        }
        if (warnings.isEmpty()) {
            m_term.success(QStringLiteral("API key stored in %1").arg(m_ctx.secrets().backendName()));
        }
        m_term.success(QStringLiteral("Configuration saved to %1").arg(tildePath(config::Paths::configFile())));
        m_term.print(QStringLiteral("\nYou're ready: run `autopod connect` to rent a GPU."));
        CliContext::finish(Ok);
    }

    CliContext& m_ctx;
    Terminal& m_term;
    InitOptions m_opt;
    setup::SetupController m_setup;
    setup::SetupChoices m_choices;
    ssh::SshIdentity m_identity;
    QString m_keyPath;
    bool m_generated = false;
    bool m_reusedKey = false;
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
            term.printJson(QJsonDocument(shown));
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
