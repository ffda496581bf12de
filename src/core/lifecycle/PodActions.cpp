// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/PodActions.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>

#include "core/ssh/keys/KnownHosts.h"

#include <QLoggingCategory>
#include <QPointer>

namespace autopod::lifecycle {

PodActions::PodActions(api::RunPodApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

void PodActions::inspect(const QString& podId, QObject* context,
                         std::function<void(const api::ApiResult<api::Pod>&)> done)
{
    m_api.pod(podId, context, std::move(done));
}

namespace {

// The pod as it is before an action (for the cost summary). A pod RunPod no longer knows is a
// success of the action: `gone` then answers with `goneMessage` and the action is not sent.
void readBefore(api::RunPodApi& api, const QString& podId, QObject* context, const QString& goneMessage,
                const PodActions::Callback& done, std::function<void(PodActionResult)> act)
{
    api.pod(podId, context, [goneMessage, done, act](const api::ApiResult<api::Pod>& before) {
        PodActionResult result;
        if (!before.ok() && before.error.kind == api::ApiError::Kind::PodNotFound) {
            result.ok = true;
            result.alreadyGone = true;
            result.message = goneMessage;
            done(result);
            return;
        }
        if (before.ok()) {
            result.before = before.value;
        }
        act(result);
    });
}

} // namespace

void PodActions::stop(const QString& podId, const QString& displayName, QObject* context, Callback done)
{
    const QString gone =
        QCoreApplication::translate("PodActions", "Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.")
            .arg(displayName);
    readBefore(
        m_api, podId, context, gone, done, [this, podId, displayName, context, done, gone](PodActionResult result) {
            if (result.before && result.before->desiredStatus == api::PodStatus::Exited) {
                result.ok = true;
                result.after = result.before;
                result.message =
                    QCoreApplication::translate("PodActions", "Pod %1 is already stopped.").arg(displayName);
                done(result);
                return;
            }
            m_api.stopPod(podId, context, [displayName, done, result, gone](const api::ApiResult<api::Pod>& r) mutable {
                if (r.ok()) {
                    result.ok = true;
                    result.after = r.value;
                    result.hourlySaving = result.before ? result.before->costPerHr : 0;
                    result.message =
                        result.hourlySaving > 0
                            ? QCoreApplication::translate("PodActions", "Pod %1 stopped: saving $%2/hr.")
                                  .arg(displayName)
                                  .arg(result.hourlySaving, 0, 'f', 2)
                            : QCoreApplication::translate("PodActions", "Pod %1 stopped.").arg(displayName);
                } else if (r.error.kind == api::ApiError::Kind::PodNotFound) {
                    result.ok = true;
                    result.alreadyGone = true;
                    result.message = gone;
                } else {
                    result.error = r.error;
                    result.message = QCoreApplication::translate("PodActions", "Could not stop pod %1: %2")
                                         .arg(displayName, r.error.message);
                }
                done(result);
            });
        });
}

void PodActions::terminate(const QString& podId, const QString& displayName, QObject* context, Callback callback)
{
    // A terminated pod's id never comes back: the host key trusted for it goes with it.
    Callback done = [knownHosts = m_knownHostsFile, podId, callback](const PodActionResult& result) {
        if (result.ok && !knownHosts.isEmpty()) {
            QString error;
            if (!ssh::KnownHosts(knownHosts).forgetPod(podId, &error)) {
                qCWarning(lcLifecycle) << "could not forget the host key of pod" << podId << ":" << error;
            }
        }
        callback(result);
    };
    const QString gone =
        QCoreApplication::translate("PodActions", "Pod %1 was already gone on RunPod; removed from tracking.")
            .arg(displayName);
    readBefore(
        m_api, podId, context, gone, done, [this, podId, displayName, context, done, gone](PodActionResult result) {
            m_api.terminatePod(
                podId, context, [displayName, done, result, gone](const api::ApiResult<api::Done>& r) mutable {
                    if (r.ok() || r.error.kind == api::ApiError::Kind::PodNotFound) {
                        result.ok = true;
                        result.alreadyGone = !r.ok();
                        result.message =
                            result.alreadyGone
                                ? gone
                                : QCoreApplication::translate("PodActions", "Pod %1 terminated.").arg(displayName);
                    } else {
                        result.error = r.error;
                        result.message = QCoreApplication::translate("PodActions", "Could not terminate pod %1: %2")
                                             .arg(displayName, r.error.message);
                    }
                    done(result);
                });
        });
}

} // namespace autopod::lifecycle
