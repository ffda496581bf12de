// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod pod guard <pod> [--idle-minutes N] [--max-usd X] [--max-hours H]`: shows or changes the
// limits of a pod's guard; a running pod's watchdog takes them at once.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "cli/commands/PodHelpers.h"
#include "core/api/RunPodApi.h"
#include "core/pods/GuardLimits.h"
#include "core/pods/PodStore.h"

#include <utility>
#include <vector>

namespace autopod::cli {

namespace {

struct GuardChanges
{
    std::vector<std::pair<QString, QString>> values; // config key, the user's text
};

int podGuard(CliContext& ctx, const QString& nameOrId, const GuardChanges& changes)
{
    Terminal& term = ctx.terminal();
    return runEventLoop([&ctx, &term, nameOrId, changes] {
        withPod(ctx, nameOrId, [&ctx, &term, changes](api::RunPodApi&, const PodRef& ref) {
            if (!ref.tracked) {
                term.failure(QStringLiteral("Pod %1 is not tracked by autopod: track it first (autopod pod adopt %1).")
                                 .arg(ref.displayName()));
                CliContext::finish(GenericError);
                return;
            }
            pods::GuardSettings settings = ref.record.guard.value_or(pods::GuardSettings::fromConfig(ctx.config()));
            if (changes.values.empty()) {
                term.print(QStringLiteral("Guard of %1: %2").arg(ref.displayName(), settings.describe()));
                CliContext::finish(Ok);
                return;
            }
            for (const auto& [key, text] : changes.values) {
                QString error;
                if (!pods::setGuardLimit(settings, key, text, &error)) {
                    term.failure(error);
                    CliContext::finish(UsageError);
                    return;
                }
            }
            const QString key = ref.record.podId.isEmpty() ? ref.record.name : ref.record.podId;
            QString error;
            if (!ctx.store().update(
                    key, [&settings](pods::PodRecord& r) { r.guard = settings; }, &error)) {
                term.failure(QStringLiteral("Could not save the guard's settings: %1").arg(error));
                CliContext::finish(GenericError);
                return;
            }
            const auto identity = resolveIdentity(ctx.config(), term);
            const auto target = identity ? guardTarget(ctx, ref, *identity) : std::nullopt;
            if (!target) {
                term.success(QStringLiteral("Guard of %1: %2. The pod is not running: its guard takes these limits "
                                            "when autopod connects to it again.")
                                 .arg(ref.displayName(), settings.describe()));
                CliContext::finish(Ok);
                return;
            }
            const double perHour = ref.live ? ref.live->costPerHr : ref.record.costPerHour;
            const qint64 uptime = ref.live && ref.live->runtime ? ref.live->runtime->uptimeSeconds : 0;
            const guard::WatchdogResult w = guard::PodWatchdog::install(*target, settings, perHour, uptime);
            if (!w.ok) {
                ctx.store().update(
                    key,
                    [&w](pods::PodRecord& r) {
                        r.guardError = w.message;
                        r.guardStatus.clear();
                    },
                    &error);
                term.failure(QStringLiteral("Saved, but the guard on pod %1 did not take them: %2. The pod is NOT "
                                            "guarded.")
                                 .arg(ref.displayName(), w.message));
                CliContext::finish(SshError);
                return;
            }
            recordGuardState(ctx, ref, w);
            ctx.store().update(
                key, [](pods::PodRecord& r) { r.guardError.clear(); }, &error);
            term.success(
                QStringLiteral("Guard of %1: %2 (%3).").arg(ref.displayName(), settings.describe(), w.state.summary()));
            CliContext::finish(Ok);
        });
    });
}

} // namespace

void addPodGuardCommand(CLI::App& pod, CliContext& ctx, Action& action, std::shared_ptr<std::string> target)
{
    auto idle = std::make_shared<std::string>();
    auto usd = std::make_shared<std::string>();
    auto hours = std::make_shared<std::string>();
    CLI::App* guard = pod.add_subcommand("guard", "Show or change the limits of the pod's guard; a running pod's "
                                                  "guard takes them at once");
    guard->add_option("pod", *target, "autopod name (autopod-YYYY-MM-DD-NNN) or RunPod pod id")->required();
    guard->add_option("--idle-minutes", *idle, "Stop after this many idle minutes (1-1440; 0 or off: no idle stop)");
    guard->add_option("--max-usd", *usd, "Stop when the pod's cost since its start reaches this (off: no limit)");
    guard->add_option("--max-hours", *hours,
                      "Stop when the pod's runtime since its start reaches this (off: no limit)");
    guard->footer(exitCodeHelp());
    guard->callback([&ctx, &action, target, idle, usd, hours] {
        GuardChanges changes;
        const auto add = [&changes](const std::string& text, const char* key) {
            if (!text.empty()) {
                changes.values.emplace_back(QLatin1String(key), QString::fromStdString(text));
            }
        };
        add(*idle, "lifecycle.idle_stop_minutes");
        add(*usd, "costs.max_usd_per_pod");
        add(*hours, "lifecycle.max_hours");
        action = [&ctx, target, changes] {
            return podGuard(ctx, QString::fromStdString(*target), changes);
        };
    });
}

} // namespace autopod::cli
