// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/FlowRunner.h"
#include "cli/NextStepText.h"
#include "cli/PodLookup.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "cli/commands/PodHelpers.h"
#include "core/api/ReadOnlyDeadline.h"
#include "core/api/RunPodApi.h"
#include "core/app/PrintableText.h"
#include "core/config/Paths.h"
#include "core/guard/PodWatchdog.h"
#include "core/lifecycle/PodActions.h"
#include "core/outputs/OutputCopier.h"
#include "core/pods/Cost.h"
#include "core/pods/PodState.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"
#include "core/pods/Presentation.h"
#include "core/ssh/ConnectionDetails.h"

#include <QDateTime>
#include <QJsonDocument>

#include <memory>
#include <string>

namespace autopod::cli {

int podShell(CliContext& ctx, const QString& nameOrId); // ShellCommand.cpp

// API + lookup, then `then`; finishes the loop itself on failure.
void withPod(CliContext& ctx, const QString& nameOrId, Then then, int deadlineMs)
{
    ctx.withApi([&ctx, nameOrId, then, deadlineMs](api::RunPodApi* client, int code) {
        if (!client) {
            CliContext::finish(code);
            return;
        }
        lookupPod(
            ctx, *client, nameOrId,
            [client, then](std::optional<PodRef> ref, int lookupCode) {
                if (!ref) {
                    CliContext::finish(lookupCode);
                    return;
                }
                then(*client, *ref);
            },
            deadlineMs);
    });
}

// Where the pod's sshd answers now (RunPod's answer, else the record), as a target for a short
// SSH command; nullopt when the pod is not running.
std::optional<ssh::SshTarget> guardTarget(CliContext& ctx, const PodRef& ref, const ssh::SshIdentity& identity)
{
    ssh::SshTarget t;
    if (ref.live) {
        const auto mapping = ref.live->publicSsh();
        if (!mapping) {
            return std::nullopt;
        }
        t.host = mapping->ip;
        t.port = mapping->publicPort;
    } else if (ref.record.isRunning() && ref.record.sshPort > 0) {
        t.host = ref.record.sshHost;
        t.port = ref.record.sshPort;
    } else {
        return std::nullopt;
    }
    t.identity = identity;
    t.knownHostsFile = config::Paths::knownHostsFile();
    t.hostKeyPolicy = ctx.config().insecureHostKeys() ? ssh::HostKeyPolicy::Insecure : ssh::HostKeyPolicy::RequireKnown;
    t.connectTimeoutMs = qMin(ctx.config().connectTimeout(), 10) * 1000;
    return t;
}

void recordGuardState(CliContext& ctx, const PodRef& ref, const guard::WatchdogResult& w)
{
    if (!ref.tracked) {
        return;
    }
    QString error;
    ctx.store().update(
        ref.record.podId.isEmpty() ? ref.record.name : ref.record.podId,
        [&](pods::PodRecord& r) {
            r.guardCheckedAt = QDateTime::currentDateTimeUtc();
            if (w.ok) {
                r.guardStatus = w.state.summary();
                if (!w.state.stopping.isEmpty()) {
                    r.guardStoppedReason = w.state.stopping;
                }
            }
        },
        &error);
}

namespace {

// The guard line of `pod info`: its settings, and what the watchdog on a running pod says now.
QString guardText(CliContext& ctx, const PodRef& ref, std::optional<guard::WatchdogResult>* live)
{
    const pods::PodRecord& r = ref.record;
    if (!r.guard) {
        return QStringLiteral("none recorded");
    }
    QString text = r.guard->describe();
    if (!r.isRunning() || (ref.live && ref.live->desiredStatus != api::PodStatus::Running)) {
        if (!r.guardStoppedReason.isEmpty()) {
            text += QStringLiteral("; it stopped the pod: %1").arg(r.guardStoppedReason);
        }
        return text;
    }
    if (!r.guardError.isEmpty()) {
        return text + QStringLiteral("; NOT guarded: %1").arg(r.guardError);
    }
    if (r.guard->isOff()) {
        return text;
    }
    const auto identity = resolveIdentity(ctx.config(), ctx.terminal());
    const auto target = identity ? guardTarget(ctx, ref, *identity) : std::nullopt;
    if (!target) {
        return text;
    }
    const guard::WatchdogResult w = guard::PodWatchdog::readState(*target);
    *live = w;
    recordGuardState(ctx, ref, w);
    if (!w.ok) {
        return text + QStringLiteral("; state unknown (%1)").arg(w.message);
    }
    return text + QStringLiteral("; ") + w.state.summary();
}

void printInfo(CliContext& ctx, const PodRef& ref, bool json)
{
    Terminal& term = ctx.terminal();
    const pods::PodRecord& r = ref.record;
    std::optional<guard::WatchdogResult> live;
    const QString guardLine = guardText(ctx, ref, &live);
    const QString outputsFolder = outputs::OutputCopier::podFolder(ctx.config(), r.name);
    if (json) {
        QJsonObject o = r.toJson();
        if (live && live->ok) {
            const pods::GuardState& g = live->state;
            o.insert(QStringLiteral("guard_state"),
                     QJsonObject{{QStringLiteral("running"), g.running},
                                 {QStringLiteral("action"), g.action},
                                 {QStringLiteral("action_in_seconds"), double(g.actionInSeconds)},
                                 {QStringLiteral("activity"), g.activity},
                                 {QStringLiteral("cost_usd"), g.costUsd},
                                 {QStringLiteral("summary"), g.summary()}});
        }
        o.insert(QStringLiteral("tracked"), ref.tracked);
        o.insert(QStringLiteral("refreshed"), !ref.error.isError());
        o.insert(QStringLiteral("tunnel_alive"), r.tunnelPid > 0 && isTunnelProcess(r.tunnelPid, r.podId));
        o.insert(QStringLiteral("total_cost_usd"), r.totalCostUsd());
        o.insert(QStringLiteral("outputs_dir"), outputsFolder);
        o.insert(QStringLiteral("outputs_saved"), outputs::OutputLedger::countIn(outputsFolder));
        term.printJson(QJsonDocument(o));
        return;
    }
    auto row = [&term](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            term.print(QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -16).arg(value));
        }
    };
    row(QStringLiteral("Name"), r.name);
    row(QStringLiteral("ID"), r.podId);
    row(QStringLiteral("Status"), r.gone ? QStringLiteral("gone (RunPod no longer has it)")
                                         : pods::Presentation::stateText(pods::stateFor(r)).toLower());
    row(QStringLiteral("GPU"), pods::Presentation::gpu(r.gpuCount, r.gpuType));
    row(QStringLiteral("Cost/hr"),
        pods::Presentation::money(r.costPerHour) + (r.isRunning() ? QString() : QStringLiteral(" while running")));
    if (r.status == QLatin1String(pods::PodRecord::kStopped) && r.volumeGb > 0) {
        row(QStringLiteral("Stopped cost"),
            pods::Presentation::moneyPerHour(pods::Cost::stoppedStoragePerHour(r.volumeGb)) +
                QStringLiteral(" (volume)"));
    }
    row(QStringLiteral("Runtime"), pods::Presentation::runtime(r.totalRuntimeSeconds));
    row(QStringLiteral("Total cost"), pods::Presentation::money(r.totalCostUsd()));
    row(QStringLiteral("Created"), r.createdAt.toString(Qt::ISODate));
    row(QStringLiteral("Template"), r.templateName);
    row(QStringLiteral("Data center"), r.dataCenter);
    row(QStringLiteral("Volume"), r.volumeGb > 0 ? QStringLiteral("%1 GB").arg(r.volumeGb) : QStringLiteral("none"));
    row(QStringLiteral("Network volume"), r.networkVolume.isEmpty() ? QStringLiteral("none") : r.networkVolume);
    if (r.isRunning() && r.sshPort > 0) {
        ssh::ConnectionDetails d;
        d.host = r.sshHost;
        d.port = r.sshPort;
        d.knownHostsFile = config::Paths::knownHostsFile();
        d.identityPath = ctx.config().sshKeyPath();
        row(QStringLiteral("SSH"), d.sshCommand());
    }
    row(QStringLiteral("Guard"), guardLine);
    row(QStringLiteral("Tunnel"),
        tunnelText(r) == QLatin1String("-") ? QStringLiteral("none") : QStringLiteral("http://") + tunnelText(r));
    row(QStringLiteral("Outputs"),
        QStringLiteral("%1 saved in %2").arg(outputs::OutputLedger::countIn(outputsFolder)).arg(outputsFolder));
    row(QStringLiteral("Last error"), r.lastError);
    if (!ref.tracked) {
        term.print(QStringLiteral("(not tracked by autopod)"));
    }
    if (ref.error.isError()) {
        term.warning(QStringLiteral("Not refreshed: could not reach RunPod (%1). Last known state shown.")
                         .arg(userText(ref.error)));
    }
}

int podInfo(CliContext& ctx, const QString& nameOrId, bool json)
{
    return runEventLoop([&ctx, nameOrId, json] {
        // Read-only: the last known state after the deadline rather than the whole retry budget.
        withPod(
            ctx, nameOrId,
            [&ctx, json](api::RunPodApi&, const PodRef& ref) {
                printInfo(ctx, ref, json);
                CliContext::finish(Ok);
            },
            api::kReadOnlyDeadlineMs);
    });
}

void endTunnel(CliContext& ctx, const PodRef& ref)
{
    if (ref.record.tunnelPid > 0 && isTunnelProcess(ref.record.tunnelPid, ref.record.podId)) {
        if (stopTunnelProcess(ref.record.tunnelPid, ref.record.podId)) {
            ctx.terminal().print(QStringLiteral("  Tunnel on 127.0.0.1:%1 closed.").arg(ref.record.tunnelPort));
        } else {
            ctx.terminal().warning(QStringLiteral("Could not end the tunnel process %1.").arg(ref.record.tunnelPid));
        }
    }
    if (ref.tracked) {
        QString error;
        ctx.store().update(
            ref.record.podId.isEmpty() ? ref.record.name : ref.record.podId,
            [](pods::PodRecord& r) { r.tunnelPid = 0; }, &error);
    }
}

int podStop(CliContext& ctx, const QString& nameOrId)
{
    return runEventLoop([&ctx, nameOrId] {
        withPod(ctx, nameOrId, [&ctx](api::RunPodApi& client, const PodRef& ref) {
            Terminal& term = ctx.terminal();
            endTunnel(ctx, ref);
            if (ref.goneOnRunPod) {
                term.success(QStringLiteral("Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.")
                                 .arg(ref.displayName()));
                CliContext::finish(Ok);
                return;
            }
            auto* actions = new lifecycle::PodActions(client, &ctx);
            actions->stop(ref.record.podId, ref.displayName(), &ctx, [&ctx, ref](const lifecycle::PodActionResult& r) {
                Terminal& t = ctx.terminal();
                if (!r.ok) {
                    t.failure(withNextStep(r.message, r.error.nextStep));
                    CliContext::finish(exitCodeFor(r.error));
                    return;
                }
                const QDateTime now = QDateTime::currentDateTimeUtc();
                QString error;
                if (ref.tracked) {
                    ctx.store().update(
                        ref.record.podId,
                        [&](pods::PodRecord& rec) {
                            if (r.alreadyGone) {
                                pods::PodSync::markGone(rec, now);
                            } else if (r.after) {
                                pods::PodSync::applyOwnStop(rec, *r.after, now);
                            }
                            rec.tunnelPid = 0;
                        },
                        &error);
                }
                t.success(r.message);
                if (!r.alreadyGone && ref.record.volumeGb > 0) {
                    t.print(QStringLiteral("  Its %1 GB volume is kept and costs %2/hr while stopped. "
                                           "`autopod pod start %3` resumes it, `autopod pod kill %3` deletes it.")
                                .arg(ref.record.volumeGb)
                                .arg(pods::Presentation::money(pods::Cost::stoppedStoragePerHour(ref.record.volumeGb)),
                                     ref.displayName()));
                } else if (!r.alreadyGone) {
                    t.print(QStringLiteral("  `autopod pod start %1` resumes it, `autopod pod kill %1` deletes it.")
                                .arg(ref.displayName()));
                }
                CliContext::finish(Ok);
            });
        });
    });
}

int podKill(CliContext& ctx, const QString& nameOrId, bool yes)
{
    return runEventLoop([&ctx, nameOrId, yes] {
        withPod(ctx, nameOrId, [&ctx, yes](api::RunPodApi& client, const PodRef& ref) {
            Terminal& term = ctx.terminal();
            const pods::PodRecord& r = ref.record;
            const QString summary = QStringLiteral("runtime %1, total cost %2")
                                        .arg(pods::Presentation::runtime(r.totalRuntimeSeconds),
                                             pods::Presentation::money(r.totalCostUsd()));
            if (!ref.goneOnRunPod) {
                const double hours = r.totalRuntimeSeconds / 3600.0;
                if (r.totalCostUsd() > ctx.config().warnAboveUsd() || hours > ctx.config().warnAboveHours()) {
                    term.warning(QStringLiteral("Pod %1 has run for %2 and cost %3: make sure everything you need "
                                                "from it is saved before deleting it.")
                                     .arg(ref.displayName(), pods::Presentation::runtime(r.totalRuntimeSeconds),
                                          pods::Presentation::money(r.totalCostUsd())));
                }
                if (!yes && !term.confirm(QStringLiteral("Terminate pod %1 (%2)? Its disk and volume are deleted "
                                                         "permanently.")
                                              .arg(ref.displayName(), summary),
                                          false)) {
                    term.print(QStringLiteral("Not terminated."));
                    CliContext::finish(GenericError);
                    return;
                }
            }
            endTunnel(ctx, ref);
            auto finishKill = [&ctx, ref, summary](const QString& message) {
                QString error;
                if (ref.tracked &&
                    !ctx.store().remove(ref.record.name.isEmpty() ? ref.record.podId : ref.record.name, &error)) {
                    ctx.terminal().warning(QStringLiteral("Could not remove the pod from pods.json: %1").arg(error));
                }
                ctx.terminal().success(QStringLiteral("%1 Removed from tracking (%2).").arg(message, summary));
                CliContext::finish(Ok);
            };
            if (ref.goneOnRunPod) {
                finishKill(QStringLiteral("Pod %1 was already gone on RunPod.").arg(ref.displayName()));
                return;
            }
            auto* actions = new lifecycle::PodActions(client, &ctx);
            actions->setKnownHostsFile(config::Paths::knownHostsFile());
            actions->terminate(ref.record.podId, ref.displayName(), &ctx,
                               [&ctx, finishKill](const lifecycle::PodActionResult& result) {
                                   if (!result.ok) {
                                       ctx.terminal().failure(withNextStep(result.message, result.error.nextStep));
                                       CliContext::finish(exitCodeFor(result.error));
                                       return;
                                   }
                                   finishKill(result.message);
                               });
        });
    });
}

// Tracks a pod RunPod has that pods.json does not (`pods list` names them): from then on autopod
// shows its cost and stops it like any other.
int podAdopt(CliContext& ctx, const QString& nameOrId)
{
    return runEventLoop([&ctx, nameOrId] {
        withPod(ctx, nameOrId, [&ctx](api::RunPodApi&, const PodRef& ref) {
            Terminal& term = ctx.terminal();
            if (ref.tracked) {
                term.print(QStringLiteral("Pod %1 is already tracked.").arg(ref.displayName()));
                CliContext::finish(Ok);
                return;
            }
            if (!ref.live) {
                term.failure(
                    QStringLiteral("Pod %1 no longer exists on RunPod: nothing to track.").arg(ref.displayName()));
                CliContext::finish(PodNotFound);
                return;
            }
            QString error;
            if (!pods::PodSync::adopt(ctx.store(), *ref.live, QDateTime::currentDateTimeUtc(), &error)) {
                term.failure(QStringLiteral("Could not track pod %1: %2").arg(ref.displayName(), error));
                CliContext::finish(GenericError);
                return;
            }
            term.success(QStringLiteral("Now tracking pod %1 (%2, %3). `autopod pods list` shows its cost; "
                                        "`autopod pod stop %2` stops it.")
                             .arg(printableLine(ref.live->name), printableLine(ref.live->id),
                                  pods::Presentation::stateText(pods::stateFor(*ref.live)).toLower()));
            CliContext::finish(Ok);
        });
    });
}

int podStart(CliContext& ctx, const QString& nameOrId, bool yes)
{
    const auto identity = resolveIdentity(ctx.config(), ctx.terminal());
    if (!identity) {
        return ConfigError;
    }
    std::unique_ptr<FlowRunner> runner;
    return runEventLoop([&ctx, nameOrId, yes, identity, &runner] {
        withPod(ctx, nameOrId, [&ctx, yes, identity, &runner](api::RunPodApi& client, const PodRef& ref) {
            Terminal& term = ctx.terminal();
            if (ref.goneOnRunPod) {
                term.failure(QStringLiteral("Pod %1 no longer exists on RunPod; it cannot be started. "
                                            "Create a new one with `autopod connect`.")
                                 .arg(ref.displayName()));
                CliContext::finish(PodNotFound);
                return;
            }
            if (!ref.tracked) {
                term.failure(QStringLiteral("Pod %1 is not tracked by autopod; start it from the RunPod console.")
                                 .arg(ref.displayName()));
                CliContext::finish(PodNotFound);
                return;
            }
            endTunnel(ctx, ref);
            runner = std::make_unique<FlowRunner>(ctx, client, *identity, yes);
            // Running, or already on its way up (started from the console): it bills, so attach.
            if (ref.live && pods::isBilling(pods::stateFor(*ref.live))) {
                term.print(QStringLiteral("Pod %1 is running; reconnecting.").arg(ref.displayName()));
                runner->attach(ref.record.name, ref.record.podId);
                return;
            }
            term.print(QStringLiteral("Starting pod %1 (%2x %3)")
                           .arg(ref.displayName())
                           .arg(ref.record.gpuCount)
                           .arg(ref.record.gpuType));
            runner->resume(ref.record.name, ref.record.podId, qMax(1, ref.record.gpuCount));
        });
    });
}

int podKeep(CliContext& ctx, const QString& nameOrId, int minutes)
{
    const auto identity = resolveIdentity(ctx.config(), ctx.terminal());
    if (!identity) {
        return ConfigError;
    }
    return runEventLoop([&ctx, nameOrId, minutes, identity] {
        withPod(ctx, nameOrId, [&ctx, minutes, identity](api::RunPodApi&, const PodRef& ref) {
            Terminal& term = ctx.terminal();
            const auto target = guardTarget(ctx, ref, *identity);
            if (!target) {
                term.failure(
                    QStringLiteral("Pod %1 is not running: there is no idle stop to postpone.").arg(ref.displayName()));
                CliContext::finish(GenericError);
                return;
            }
            int m = minutes;
            if (m <= 0) {
                m = ref.record.guard && ref.record.guard->idleStopMinutes > 0 ? ref.record.guard->idleStopMinutes : 30;
            }
            const guard::WatchdogResult w = guard::PodWatchdog::keep(*target, m);
            recordGuardState(ctx, ref, w);
            if (!w.ok) {
                term.failure(
                    QStringLiteral("Could not reach the guard on pod %1: %2").arg(ref.displayName(), w.message));
                CliContext::finish(SshError);
                return;
            }
            term.success(QStringLiteral("Pod %1 keeps running: no idle stop for %2. Guard: %3.")
                             .arg(ref.displayName(), pods::Presentation::duration(qint64(m) * 60), w.state.summary()));
            CliContext::finish(Ok);
        });
    });
}

} // namespace

void addPodCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    CLI::App* pod = app.add_subcommand("pod", "One pod, named by its autopod name or RunPod id");
    pod->require_subcommand(1);
    pod->footer(exitCodeHelp());

    auto target = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto yes = std::make_shared<bool>(false);
    auto addTarget = [target](CLI::App* c) {
        c->add_option("pod", *target, "autopod name (autopod-YYYY-MM-DD-NNN) or RunPod pod id")->required();
        c->footer(exitCodeHelp());
    };

    CLI::App* info = pod->add_subcommand("info", "Status, GPU, runtime, cost and connection details");
    addTarget(info);
    info->add_flag("--json", *json, "Machine-readable output");
    info->callback([&ctx, &action, target, json] {
        action = [&ctx, target, json] {
            return podInfo(ctx, QString::fromStdString(*target), *json);
        };
    });

    auto keepMinutes = std::make_shared<int>(0);
    CLI::App* keep = pod->add_subcommand("keep", "Postpone the guard's idle stop: no idle stop for MINUTES from now "
                                                 "(default: the pod's idle period)");
    addTarget(keep);
    keep->add_option("minutes", *keepMinutes, "Minutes")->check(CLI::Range(1, 7 * 24 * 60));
    keep->callback([&ctx, &action, target, keepMinutes] {
        action = [&ctx, target, keepMinutes] {
            return podKeep(ctx, QString::fromStdString(*target), *keepMinutes);
        };
    });

    addPodGuardCommand(*pod, ctx, action, target);

    CLI::App* shell = pod->add_subcommand("shell", "An interactive terminal on the pod");
    addTarget(shell);
    shell->callback([&ctx, &action, target] {
        action = [&ctx, target] {
            return podShell(ctx, QString::fromStdString(*target));
        };
    });

    CLI::App* stop = pod->add_subcommand("stop", "Stop (pause) the pod: GPU billing ends, the volume is kept");
    addTarget(stop);
    stop->callback([&ctx, &action, target] {
        action = [&ctx, target] {
            return podStop(ctx, QString::fromStdString(*target));
        };
    });

    CLI::App* kill = pod->add_subcommand("kill", "Terminate the pod for good and stop tracking it");
    addTarget(kill);
    kill->add_flag("-y,--yes", *yes, "Do not ask for confirmation");
    kill->callback([&ctx, &action, target, yes] {
        action = [&ctx, target, yes] {
            return podKill(ctx, QString::fromStdString(*target), *yes);
        };
    });

    CLI::App* adopt = pod->add_subcommand("adopt", "Track a pod on your RunPod account that autopod does not track "
                                                   "(`pods list` names them)");
    addTarget(adopt);
    adopt->callback([&ctx, &action, target] {
        action = [&ctx, target] {
            return podAdopt(ctx, QString::fromStdString(*target));
        };
    });

    CLI::App* start = pod->add_subcommand("start", "Start a stopped pod again and reconnect the tunnel");
    addTarget(start);
    start->add_flag("-y,--yes", *yes, "Trust a new host key without asking");
    start->callback([&ctx, &action, target, yes] {
        action = [&ctx, target, yes] {
            return podStart(ctx, QString::fromStdString(*target), *yes);
        };
    });
}

} // namespace autopod::cli
