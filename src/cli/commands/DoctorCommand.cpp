// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "cli/doctor/DoctorReport.h"
#include "cli/doctor/LocalChecks.h"
#include "core/api/GraphQlParsers.h"
#include "core/api/RunPodApi.h"
#include "core/config/Paths.h"
#include "core/pods/PodStore.h"
#include "core/pods/Presentation.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace autopod::cli {

namespace {

using Verdict = DoctorCheck::Verdict;

constexpr int kProbeTimeoutMs = 10000;
// Beyond this, runtimes and costs computed from RunPod's timestamps are visibly off.
constexpr qint64 kClockSkewWarnSeconds = 60;

DoctorCheck skipped(const QString& id, const QString& title, const QString& why)
{
    return DoctorCheck(id, title, Verdict::Skipped, why);
}

// Runs the checks that need the keychain and RunPod one after another, then prints the report.
class DoctorRun : public QObject
{
public:
    DoctorRun(CliContext& ctx, DoctorCheck homePermissions, bool json)
        : m_ctx(ctx)
        , m_json(json)
        , m_home(std::move(homePermissions))
    {}

    void start()
    {
        m_local.append(m_configCheck);
        m_local.append(m_home);
        m_tracked = m_ctx.store().records();
        m_local.append(checkSshKey(m_ctx.config(), &m_identity));
        m_local.append(checkTunnelPort(m_ctx.config().tunnelPort(), m_tracked));
        readKey();
    }

    DoctorCheck m_configCheck;

private:
    void readKey()
    {
        secrets::SecretStore& store = m_ctx.secrets();
        store.readApiKey(this, [this, &store](const secrets::SecretResult& r) {
            DoctorCheck keychain{QStringLiteral("keychain"), QStringLiteral("Keychain")};
            DoctorCheck key{QStringLiteral("api_key"), QStringLiteral("API key")};
            if (r.usedFallback) {
                keychain.verdict = Verdict::Warning;
                keychain.message = QStringLiteral("No keychain (Secret Service) answers: the API key is kept in "
                                                  "config.json, readable only by you.");
                keychain.fix = QStringLiteral("Install and unlock a Secret Service (gnome-keyring, KWallet), then "
                                              "`autopod config set api-key -` moves the key there.");
            } else if (r.ok || r.notFound) {
                keychain.message = QStringLiteral("%1 answers.").arg(store.backendName());
            } else {
                keychain.verdict = Verdict::Failure;
                keychain.exitCode = ConfigError;
                keychain.message = r.error;
                keychain.fix = QStringLiteral("Unlock your keychain (log in to the desktop session), then try again.");
            }
            if (r.ok && !r.value.isEmpty()) {
                m_apiKey = r.value;
                key.message = QStringLiteral("Present (%1).")
                                  .arg(r.usedFallback ? QStringLiteral("config.json") : store.backendName());
            } else {
                key.verdict = Verdict::Failure;
                key.exitCode = ConfigError;
                key.message = r.ok || r.notFound ? QStringLiteral("No RunPod API key is configured.")
                                                 : QStringLiteral("Cannot be read: %1").arg(r.error);
                key.fix = QStringLiteral("autopod config init");
            }
            m_keychain = keychain;
            m_key = key;
            probeRunPod();
        });
    }

    // Any HTTP answer from the API's address proves it reachable; its Date header gives the skew.
    void probeRunPod()
    {
        const QUrl url(m_ctx.config().apiUrl());
        QNetworkRequest request(url);
        request.setTransferTimeout(kProbeTimeoutMs);
        auto* timer = new QElapsedTimer;
        timer->start();
        QNetworkReply* reply = m_ctx.network().head(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer, url] {
            reply->deleteLater();
            const qint64 ms = timer->elapsed();
            delete timer;
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            DoctorCheck reach{QStringLiteral("runpod"), QStringLiteral("RunPod")};
            DoctorCheck clock{QStringLiteral("clock"), QStringLiteral("Clock")};
            const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            if (!status.isValid()) {
                reach.verdict = Verdict::Failure;
                reach.exitCode = NetworkError;
                reach.message = QStringLiteral("%1 does not answer: %2").arg(where, reply->errorString());
                reach.fix = QStringLiteral("Check your network connection and proxy; RunPod's status is at "
                                           "https://uptime.runpod.io.");
                m_reach = reach;
                m_clock = skipped(clock.id, clock.title, QStringLiteral("RunPod did not answer."));
                skipAccount(QStringLiteral("RunPod did not answer."));
                return;
            }
            const QString transport = m_ctx.config().transport();
            reach.message = QStringLiteral("%1 answers (%2 ms), transport: %3.")
                                .arg(where)
                                .arg(ms)
                                .arg(transport == QLatin1String("auto")
                                         ? QStringLiteral("auto (GraphQL while RunPod serves it, then REST v2)")
                                         : transport);
            m_reach = reach;
            // HTTP's date format (RFC 9110): "Fri, 04 Dec 2026 20:48:17 GMT".
            QDateTime theirs = QLocale::c().toDateTime(QString::fromLatin1(reply->rawHeader("Date")),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
            theirs.setTimeZone(QTimeZone::utc());
            if (!theirs.isValid()) {
                clock = skipped(clock.id, clock.title, QStringLiteral("RunPod's answer carried no Date header."));
            } else {
                const qint64 skew = theirs.secsTo(QDateTime::currentDateTimeUtc());
                const QString amount = pods::Presentation::duration(qAbs(skew));
                if (qAbs(skew) < kClockSkewWarnSeconds) {
                    clock.message = QStringLiteral("Within a minute of RunPod's.");
                } else {
                    clock.verdict = Verdict::Warning;
                    clock.message = QStringLiteral("%1 %2 RunPod's: runtimes and costs shown are off by as much.")
                                        .arg(amount, skew > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"));
                    clock.fix = QStringLiteral("Turn on network time: timedatectl set-ntp true");
                }
            }
            m_clock = clock;
            checkAccount();
        });
    }

    void skipAccount(const QString& why)
    {
        m_accepted = skipped(QStringLiteral("api_key_accepted"), QStringLiteral("API key accepted"), why);
        m_registered = skipped(QStringLiteral("ssh_key_registered"), QStringLiteral("SSH key on account"), why);
        m_pods = trackedPods(nullptr, why);
        finish();
    }

    void checkAccount()
    {
        if (m_apiKey.isEmpty()) {
            skipAccount(QStringLiteral("No API key."));
            return;
        }
        m_api = m_ctx.makeApi(m_apiKey, 1); // a diagnosis, not a command that must get through
        m_api->account(this, [this](const api::ApiResult<api::Account>& r) {
            DoctorCheck accepted{QStringLiteral("api_key_accepted"), QStringLiteral("API key accepted")};
            if (!r.ok()) {
                accepted.verdict = Verdict::Failure;
                accepted.exitCode = exitCodeFor(r.error);
                accepted.message = r.error.text();
                accepted.fix = r.error.kind == api::ApiError::Kind::InvalidApiKey
                                   ? QStringLiteral("Create a key at https://www.runpod.io/console/user/settings, "
                                                    "then: autopod config set api-key -")
                                   : QStringLiteral("Try again in a minute.");
                m_accepted = accepted;
                m_registered = skipped(QStringLiteral("ssh_key_registered"), QStringLiteral("SSH key on account"),
                                       QStringLiteral("The account could not be read."));
                m_pods = trackedPods(nullptr, QStringLiteral("The account could not be read."));
                finish();
                return;
            }
            accepted.message = QStringLiteral("Account %1, balance %2.")
                                   .arg(r.value->email.isEmpty() ? r.value->id : r.value->email,
                                        pods::Presentation::money(r.value->balance));
            m_accepted = accepted;
            m_registered = keyRegistered(*r.value);
            m_api->pods(this, [this](const api::ApiResult<QList<api::Pod>>& pods) {
                m_pods = pods.ok() ? trackedPods(&*pods.value, {}) : trackedPods(nullptr, pods.error.text());
                finish();
            });
        });
    }

    DoctorCheck keyRegistered(const api::Account& account) const
    {
        DoctorCheck c{QStringLiteral("ssh_key_registered"), QStringLiteral("SSH key on account")};
        if (!m_identity) {
            return skipped(c.id, c.title, QStringLiteral("No usable SSH key."));
        }
        const QString blob = m_identity->publicKeyLine.section(QLatin1Char(' '), 1, 1);
        if (!blob.isEmpty() && account.pubKey.contains(blob)) {
            c.message =
                QStringLiteral("%1 is on your RunPod account: new pods accept it.").arg(m_identity->fingerprint);
            return c;
        }
        c.verdict = Verdict::Failure;
        c.exitCode = ConfigError;
        c.message =
            QStringLiteral("%1 is not on your RunPod account: new pods would refuse it.").arg(m_identity->fingerprint);
        c.fix = QStringLiteral("autopod config init --upload-key (or add the .pub file in RunPod's console, Settings → "
                               "SSH Public Keys)");
        return c;
    }

    // The tracked pods as RunPod reports them now (`live`), or as pods.json last saw them.
    DoctorCheck trackedPods(const QList<api::Pod>* live, const QString& whyOffline) const
    {
        DoctorCheck c{QStringLiteral("pods"), QStringLiteral("Tracked pods")};
        if (m_tracked.isEmpty()) {
            c.message = QStringLiteral("None.");
            return c;
        }
        QStringList states;
        QStringList gone;
        int running = 0;
        double perHour = 0;
        for (const pods::PodRecord& r : m_tracked) {
            QString state = r.gone ? QStringLiteral("gone") : r.status;
            if (live) {
                state = QStringLiteral("gone");
                for (const api::Pod& p : *live) {
                    if (p.id == r.podId) {
                        state = api::podStatusName(p.desiredStatus);
                    }
                }
                if (state == QLatin1String("gone") && !r.gone) {
                    gone << r.name;
                }
            }
            if (state.compare(QLatin1String(pods::PodRecord::kRunning), Qt::CaseInsensitive) == 0) {
                ++running;
                perHour += r.costPerHour;
            }
            states << QStringLiteral("%1 %2").arg(r.name.isEmpty() ? r.podId : r.name, state);
        }
        c.message = states.join(QStringLiteral(", ")) + QStringLiteral(".");
        if (running > 0) {
            c.message += QStringLiteral(" %1 running: %2.").arg(running).arg(pods::Presentation::moneyPerHour(perHour));
        }
        if (!live) {
            c.verdict = Verdict::Warning;
            c.message += QStringLiteral(" (as pods.json last saw them: %1)").arg(whyOffline);
        } else if (!gone.isEmpty()) {
            c.verdict = Verdict::Warning;
            c.message += QStringLiteral(" RunPod no longer has %1.").arg(gone.join(QStringLiteral(", ")));
            c.fix = QStringLiteral("autopod pods list (marks them gone)");
        }
        return c;
    }

    void finish()
    {
        DoctorReport report;
        const QList<DoctorCheck> ordered = {m_local.at(0), m_local.at(1), m_keychain, m_key,
                                            m_reach,       m_accepted,    m_clock,    m_local.at(2),
                                            m_registered,  m_local.at(3), m_pods};
        for (const DoctorCheck& c : ordered) {
            report.add(c);
        }
        if (m_json) {
            m_ctx.terminal().printJson(QJsonDocument(report.toJson()));
        } else {
            report.print(m_ctx.terminal());
        }
        CliContext::finish(report.exitCode());
    }

    CliContext& m_ctx;
    bool m_json;
    DoctorCheck m_home;
    QList<DoctorCheck> m_local; // config, home, ssh key, port
    QList<pods::PodRecord> m_tracked;
    std::optional<ssh::SshIdentity> m_identity;
    QString m_apiKey;
    std::unique_ptr<api::RunPodApi> m_api;
    DoctorCheck m_keychain, m_key, m_reach, m_clock, m_accepted, m_registered, m_pods;
};

int runDoctor(CliContext& ctx, bool json)
{
    // Before loading the configuration: loading narrows wide permissions, which hides them.
    DoctorCheck home = checkHomePermissions();
    DoctorCheck configCheck{QStringLiteral("config"), QStringLiteral("Configuration")};
    if (!ctx.loadConfig()) {
        configCheck.verdict = Verdict::Failure;
        configCheck.exitCode = ConfigError;
        configCheck.message =
            QStringLiteral("%1 cannot be read (see above).").arg(tildePath(config::Paths::configFile()));
        configCheck.fix = QStringLiteral("Fix the file, or move it away and run `autopod config init`.");
    } else if (!ctx.configExists()) {
        configCheck.verdict = Verdict::Warning;
        configCheck.message =
            QStringLiteral("%1 does not exist: the defaults are in use.").arg(tildePath(config::Paths::configFile()));
        configCheck.fix = QStringLiteral("autopod config init");
    } else {
        configCheck.message = QStringLiteral("%1 is valid.").arg(tildePath(config::Paths::configFile()));
    }
    ctx.setupLogging(false);
    DoctorRun run(ctx, home, json);
    run.m_configCheck = configCheck;
    return runEventLoop([&run] { run.start(); });
}

} // namespace

void addDoctorCommand(CLI::App& app, CliContext& ctx, Action& standalone)
{
    auto json = std::make_shared<bool>(false);
    CLI::App* doctor = app.add_subcommand(
        "doctor", "Check everything `connect` needs (API key, keychain, SSH key, port, clock, RunPod) and say how "
                  "to fix what is wrong; exits non-zero when something blocks `connect`");
    doctor->add_flag("--json", *json, "Machine-readable output");
    doctor->footer(exitCodeHelp());
    doctor->callback([&ctx, &standalone, json] {
        standalone = [&ctx, json] {
            return runDoctor(ctx, *json);
        };
    });
}

} // namespace autopod::cli
