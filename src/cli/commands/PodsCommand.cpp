#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/PodLookup.h"
#include "cli/commands/Commands.h"
#include "core/api/RunPodApi.h"
#include "core/pods/Cost.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"
#include "core/pods/Presentation.h"
#include "core/secrets/SecretStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace autopod::cli {

namespace {

// The desktop's words for the state, lower case as the CLI writes them ("running"); the tunnel
// has its own column.
QString stateText(const pods::PodRecord& r)
{
    const QString state = pods::Presentation::stateText(pods::stateFor(r)).toLower();
    // "stopped: idle 30 min" when the pod's guard stopped it (as autopod saw it).
    if (pods::stateFor(r) == pods::PodState::Stopped && !r.guardStoppedReason.isEmpty()) {
        return state + QStringLiteral(": ") + r.guardStoppedReason;
    }
    return state;
}

void printList(CliContext& ctx, bool json)
{
    Terminal& term = ctx.terminal();
    const QList<pods::PodRecord> records = ctx.store().records();
    if (json) {
        QJsonArray out;
        for (const pods::PodRecord& r : records) {
            QJsonObject o = r.toJson();
            o.insert(QStringLiteral("tunnel_alive"), r.tunnelPid > 0 && isTunnelProcess(r.tunnelPid, r.podId));
            o.insert(QStringLiteral("total_cost_usd"), r.totalCostUsd());
            out.append(o);
        }
        term.print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    if (records.isEmpty()) {
        term.print(QStringLiteral("No pods tracked. Create one with `autopod connect`."));
        return;
    }
    Table table({QStringLiteral("Name"), QStringLiteral("ID"), QStringLiteral("Status"), QStringLiteral("GPU"),
                 QStringLiteral("Runtime"), QStringLiteral("Cost"), QStringLiteral("$/hr"), QStringLiteral("Tunnel")});
    double running = 0;
    for (const pods::PodRecord& r : records) {
        table.addRow({r.name, r.podId.isEmpty() ? QStringLiteral("-") : r.podId, stateText(r),
                      pods::Presentation::gpu(r.gpuCount, r.gpuType),
                      pods::Presentation::runtime(r.totalRuntimeSeconds), pods::Presentation::money(r.totalCostUsd()),
                      r.isRunning() ? pods::Presentation::money(r.costPerHour) : QStringLiteral("-"), tunnelText(r)});
        if (r.isRunning()) {
            running += r.costPerHour;
        }
    }
    for (const QString& line : table.render()) {
        term.print(line);
    }
    if (running > 0) {
        term.print(QStringLiteral("Running now: %1").arg(pods::Presentation::moneyPerHour(running)));
    }
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
                client->pods(&ctx, [&ctx, json](const api::ApiResult<QList<api::Pod>>& r) {
                    if (r.ok() && r.value) {
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
                    } else if (!json) {
                        ctx.terminal().warning(
                            QStringLiteral("Could not reach RunPod (%1): showing the last known state.")
                                .arg(r.error.message));
                    }
                    printList(ctx, json);
                    CliContext::finish(Ok);
                });
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
