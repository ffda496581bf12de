// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/AnswerOnce.h"
#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/NextStepText.h"
#include "cli/PodLookup.h"
#include "cli/commands/Commands.h"
#include "core/api/ReadOnlyDeadline.h"
#include "core/api/RunPodApi.h"
#include "core/app/PrintableText.h"
#include "core/outputs/OutputCopier.h"
#include "core/pods/Cost.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"
#include "core/pods/Presentation.h"
#include "core/pods/StoppedPod.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>
#include <utility>

namespace autopod::cli {

namespace {

// The desktop's words for the state, lower case as the CLI writes them ("running"); the tunnel
// has its own column.
QString stateText(const pods::PodRecord& r)
{
    // "stopped: idle 30 min" when the pod's guard stopped it (as autopod saw it).
    const QString state = pods::StoppedPod::stateText(pods::stateFor(r), r.guardStoppedReason);
    return state.left(1).toLower() + state.mid(1);
}

// "$0.80" while running; a stopped pod's volume disk, "$0.005/hr storage"; "-" when nothing bills.
QString hourlyText(const pods::PodRecord& r)
{
    if (r.isRunning()) {
        return pods::Presentation::money(r.costPerHour);
    }
    if (pods::stateFor(r) == pods::PodState::Stopped && r.volumeGb > 0) {
        return pods::StoppedPod::storage(r.volumeGb);
    }
    return QStringLiteral("-");
}

// Pods on the account named like autopod's that pods.json does not know: they bill unseen unless
// the user is told, with the one command that tracks each and the one that ends it.
void printUntracked(Terminal& term, const QList<api::Pod>& untracked)
{
    if (untracked.isEmpty()) {
        return;
    }
    term.warning(
        untracked.size() == 1
            ? QStringLiteral("1 pod on your RunPod account is not tracked by autopod:")
            : QStringLiteral("%1 pods on your RunPod account are not tracked by autopod:").arg(untracked.size()));
    for (const api::Pod& p : untracked) {
        const QString state = pods::Presentation::stateText(pods::stateFor(p)).toLower();
        const QString cost = p.desiredStatus == api::PodStatus::Running
                                 ? QStringLiteral(", %1").arg(pods::Presentation::moneyPerHour(p.costPerHr))
                                 : QString();
        term.print(QStringLiteral("  %1 (%2): %3%4. Track it: autopod pod adopt %2; end it: autopod pod kill %2")
                       .arg(printableLine(p.name), printableLine(p.id), state, cost));
    }
}

QJsonObject untrackedJson(const api::Pod& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("pod_id"), p.id);
    o.insert(QStringLiteral("status"), pods::PodSync::statusText(p.desiredStatus));
    o.insert(QStringLiteral("cost_per_hour_usd"), p.costPerHr);
    o.insert(QStringLiteral("tracked"), false);
    return o;
}

// `staleReason` empty: just reconciled with RunPod; otherwise why the list is the last known state.
// `untracked`: what RunPod listed that pods.json does not know.
void printList(CliContext& ctx, bool json, const QString& staleReason = {}, const QList<api::Pod>& untracked = {})
{
    Terminal& term = ctx.terminal();
    const QList<pods::PodRecord> records = ctx.store().records();
    if (!staleReason.isEmpty()) {
        term.warning(QStringLiteral("Not refreshed: %1. Showing the last known state.").arg(staleReason));
    }
    if (json) {
        QJsonArray out;
        for (const pods::PodRecord& r : records) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("refreshed"), staleReason.isEmpty());
            o.insert(QStringLiteral("tracked"), true);
            o.insert(QStringLiteral("tunnel_alive"), r.tunnelPid > 0 && isTunnelProcess(r.tunnelPid, r.podId));
            o.insert(QStringLiteral("total_cost_usd"), r.totalCostUsd());
            const QString folder = outputs::OutputCopier::podFolder(ctx.config(), r.name);
            o.insert(QStringLiteral("outputs_dir"), folder);
            o.insert(QStringLiteral("outputs_saved"), outputs::OutputLedger::countIn(folder));
            out.append(o);
        }
        for (const api::Pod& p : untracked) {
            out.append(untrackedJson(p));
        }
        term.printJson(QJsonDocument(out));
        return;
    }
    if (records.isEmpty()) {
        term.print(QStringLiteral("No pods tracked. Create one with `autopod connect`."));
        printUntracked(term, untracked);
        return;
    }
    Table table({QStringLiteral("Name"), QStringLiteral("ID"), QStringLiteral("Status"), QStringLiteral("GPU"),
                 QStringLiteral("Runtime"), QStringLiteral("Cost"), QStringLiteral("$/hr"), QStringLiteral("Tunnel"),
                 QStringLiteral("Outputs")});
    double running = 0;
    double storage = 0;
    for (const pods::PodRecord& r : records) {
        table.addRow(
            {r.name, r.podId.isEmpty() ? QStringLiteral("-") : r.podId, stateText(r),
             pods::Presentation::gpu(r.gpuCount, r.gpuType), pods::Presentation::runtime(r.totalRuntimeSeconds),
             pods::Presentation::money(r.totalCostUsd()), hourlyText(r), tunnelText(r),
             QString::number(outputs::OutputLedger::countIn(outputs::OutputCopier::podFolder(ctx.config(), r.name)))});
        if (r.isRunning()) {
            running += r.costPerHour;
        } else if (pods::stateFor(r) == pods::PodState::Stopped) {
            storage += pods::Cost::stoppedStoragePerHour(r.volumeGb);
        }
    }
    for (const QString& line : table.render()) {
        term.print(line);
    }
    if (running > 0) {
        term.print(QStringLiteral("Running now: %1").arg(pods::Presentation::moneyPerHour(running)));
    }
    if (storage > 0) {
        term.print(QStringLiteral("Stopped pods' volume disks: %1").arg(pods::Presentation::moneyPerHour(storage)));
    }
    printUntracked(term, untracked);
}

int podsList(CliContext& ctx, bool json, bool offline)
{
    if (offline) {
        printList(ctx, json);
        return Ok;
    }
    return runEventLoop([&ctx, json] {
        // Reconcile with RunPod when a key is configured; otherwise show what pods.json says.
        ctx.secrets().readApiKey(&ctx, [&ctx, json](const secrets::SecretResult& key) {
            if (!key.ok || key.value.isEmpty()) {
                if (!json) {
                    ctx.terminal().warning(QStringLiteral("No API key configured: showing the last known state."));
                }
                printList(ctx, json);
                CliContext::finish(Ok);
                return;
            }
            ctx.withApi([&ctx, json](api::RunPodApi* client, int code) {
                if (!client) {
                    CliContext::finish(code);
                    return;
                }
                // A read-only view answers within the deadline: without RunPod's answer by then it
                // shows the last known state, saying so (the list waits no retry budget out).
                auto* calls = new QObject(&ctx);
                auto answer = answerOnce<QString, QList<api::Pod>>(
                    calls, [&ctx, json](const QString& staleReason, const QList<api::Pod>& untracked) {
                        printList(ctx, json, staleReason, untracked);
                        CliContext::finish(Ok);
                    });
                QTimer::singleShot(api::kReadOnlyDeadlineMs, calls,
                                   [answer] { answer(notAnsweredWithin(api::kReadOnlyDeadlineMs), {}); });
                using Reconcile = std::function<void(const api::ApiResult<QList<api::Pod>>&, bool)>;
                auto reconcile = std::make_shared<Reconcile>();
                // Itself only weakly: a function holding its own shared_ptr is never freed. The pending
                // call's callback holds it while it runs.
                *reconcile = [&ctx, json, client, calls, answer, self = std::weak_ptr<Reconcile>(reconcile)](
                                 const api::ApiResult<QList<api::Pod>>& r, bool confirming) {
                    if (!r.ok() || !r.value) {
                        answer(QStringLiteral("RunPod could not be asked (%1)").arg(userText(r.error)), {});
                        return;
                    }
                    const pods::SyncReport report =
                        pods::PodSync::reconcile(ctx.store(), *r.value, QDateTime::currentDateTimeUtc());
                    if (!json) {
                        for (const QString& name : report.gone) {
                            ctx.terminal().warning(
                                QStringLiteral("%1 no longer exists on RunPod (terminated elsewhere).").arg(name));
                        }
                        if (!report.ok()) {
                            ctx.terminal().warning(report.error);
                        }
                    }
                    ctx.store().load();
                    if (!report.unlisted.isEmpty() && !confirming) {
                        // One list leaving a pod out is no proof it was terminated: ask once more.
                        client->pods(calls, [again = self.lock()](const api::ApiResult<QList<api::Pod>>& r2) {
                            (*again)(r2, true);
                        });
                        return;
                    }
                    answer({}, pods::PodSync::podsWithIds(*r.value, report.untracked));
                };
                client->pods(calls, [reconcile](const api::ApiResult<QList<api::Pod>>& r) { (*reconcile)(r, false); });
            });
        });
    });
}

} // namespace

void addPodsCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    CLI::App* pods = app.add_subcommand("pods", "Pods autopod tracks");
    pods->require_subcommand(1);
    pods->footer(exitCodeHelp());
    auto json = std::make_shared<bool>(false);
    auto offline = std::make_shared<bool>(false);
    CLI::App* list = pods->add_subcommand("list", "Every tracked pod: name, id, status, GPU, runtime, cost, tunnel "
                                                  "(reconciled with RunPod)");
    list->add_flag("--json", *json, "Machine-readable output");
    list->add_flag("--offline", *offline, "Do not ask RunPod; show pods.json as it is");
    list->footer(exitCodeHelp());
    list->callback([&ctx, &action, json, offline] {
        action = [&ctx, json, offline] {
            return podsList(ctx, *json, *offline);
        };
    });
}

} // namespace autopod::cli
