// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/PodLookup.h"

#include "cli/AnswerOnce.h"
#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/NextStepText.h"
#include "core/api/RunPodApi.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"

#include <QDateTime>
#include <QTimer>

#include <memory>
#include <utility>

namespace autopod::cli {

QString tunnelText(const pods::PodRecord& record)
{
    if (record.tunnelPid > 0 && isTunnelProcess(record.tunnelPid, record.podId)) {
        return QStringLiteral("127.0.0.1:%1 (pid %2)").arg(record.tunnelPort).arg(record.tunnelPid);
    }
    return QStringLiteral("-");
}

void lookupPod(CliContext& ctx, api::RunPodApi& api, const QString& nameOrId,
               std::function<void(std::optional<PodRef>, int)> callback, int deadlineMs)
{
    auto* calls = new QObject(&ctx);
    const auto done = answerOnce<std::optional<PodRef>, int>(calls, std::move(callback));
    auto ref = std::make_shared<PodRef>();
    if (const auto record = ctx.store().find(nameOrId)) {
        ref->record = *record;
        ref->tracked = true;
    } else {
        ref->record.podId = nameOrId;
    }
    if (ref->record.podId.isEmpty()) {
        // A reservation or a create that never got an id: nothing on RunPod.
        ref->goneOnRunPod = true;
        done(*ref, Ok);
        return;
    }
    if (deadlineMs > 0 && ref->tracked) {
        QTimer::singleShot(deadlineMs, calls, [ref, done, deadlineMs] {
            ref->error.kind = api::ApiError::Kind::NetworkTimeout;
            ref->error.message = notAnsweredWithin(deadlineMs);
            done(*ref, Ok);
        });
    }
    api.pod(ref->record.podId, calls, [&ctx, ref, nameOrId, done](const api::ApiResult<api::Pod>& r) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (r.ok() && r.value) {
            ref->live = *r.value;
            if (ref->tracked) {
                QString error;
                ctx.store().update(
                    ref->record.podId, [&](pods::PodRecord& rec) { pods::PodSync::apply(rec, *r.value, now); }, &error);
                if (const auto fresh = ctx.store().find(ref->record.podId)) {
                    ref->record = *fresh;
                }
            } else {
                ref->record.name = r.value->name;
                pods::PodSync::apply(ref->record, *r.value, now);
            }
            done(*ref, Ok);
            return;
        }
        if (r.error.kind == api::ApiError::Kind::PodNotFound) {
            if (!ref->tracked) {
                ctx.terminal().failure(
                    QStringLiteral("No pod named or with id \"%1\": it is not tracked by autopod and "
                                   "RunPod does not know it. See `autopod pods list`.")
                        .arg(nameOrId));
                done(std::nullopt, PodNotFound);
                return;
            }
            ref->goneOnRunPod = true;
            QString error;
            ctx.store().update(
                ref->record.podId, [&](pods::PodRecord& rec) { pods::PodSync::markGone(rec, now); }, &error);
            if (const auto fresh = ctx.store().find(ref->record.podId)) {
                ref->record = *fresh;
            }
            done(*ref, Ok);
            return;
        }
        ref->error = r.error;
        if (!ref->tracked) {
            ctx.terminal().failure(QStringLiteral("Could not look up pod \"%1\": %2").arg(nameOrId, userText(r.error)));
            done(std::nullopt, exitCodeFor(r.error));
            return;
        }
        done(*ref, Ok);
    });
}

} // namespace autopod::cli
