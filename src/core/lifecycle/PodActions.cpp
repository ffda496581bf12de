#include "core/lifecycle/PodActions.h"

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

void PodActions::stop(const QString& podId, const QString& displayName, QObject* context, Callback done)
{
    m_api.pod(podId, context, [this, podId, displayName, context, done](const api::ApiResult<api::Pod>& before) {
        PodActionResult result;
        if (!before.ok() && before.error.kind == api::ApiError::Kind::PodNotFound) {
            result.ok = true;
            result.alreadyGone = true;
            result.message =
                QStringLiteral("Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.").arg(displayName);
            done(result);
            return;
        }
        if (before.ok()) {
            result.before = before.value;
            if (before.value->desiredStatus == api::PodStatus::Exited) {
                result.ok = true;
                result.after = before.value;
                result.message = QStringLiteral("Pod %1 is already stopped.").arg(displayName);
                done(result);
                return;
            }
        }
        m_api.stopPod(podId, context, [displayName, done, result](const api::ApiResult<api::Pod>& r) mutable {
            if (r.ok()) {
                result.ok = true;
                result.after = r.value;
                result.hourlySaving = result.before ? result.before->costPerHr : 0;
                result.message = result.hourlySaving > 0 ? QStringLiteral("Pod %1 stopped: saving $%2/hr.")
                                                               .arg(displayName)
                                                               .arg(result.hourlySaving, 0, 'f', 2)
                                                         : QStringLiteral("Pod %1 stopped.").arg(displayName);
            } else if (r.error.kind == api::ApiError::Kind::PodNotFound) {
                result.ok = true;
                result.alreadyGone = true;
                result.message = QStringLiteral("Pod %1 no longer exists on RunPod: nothing to stop, nothing bills.")
                                     .arg(displayName);
            } else {
                result.error = r.error;
                result.message = QStringLiteral("Could not stop pod %1: %2").arg(displayName, r.error.message);
            }
            done(result);
        });
    });
}

void PodActions::terminate(const QString& podId, const QString& displayName, QObject* context, Callback done)
{
    m_api.pod(podId, context, [this, podId, displayName, context, done](const api::ApiResult<api::Pod>& before) {
        PodActionResult result;
        if (!before.ok() && before.error.kind == api::ApiError::Kind::PodNotFound) {
            result.ok = true;
            result.alreadyGone = true;
            result.message =
                QStringLiteral("Pod %1 was already gone on RunPod; removed from tracking.").arg(displayName);
            done(result);
            return;
        }
        if (before.ok()) {
            result.before = before.value;
        }
        m_api.terminatePod(podId, context, [displayName, done, result](const api::ApiResult<api::Done>& r) mutable {
            if (r.ok() || r.error.kind == api::ApiError::Kind::PodNotFound) {
                result.ok = true;
                result.alreadyGone = !r.ok();
                result.message =
                    result.alreadyGone
                        ? QStringLiteral("Pod %1 was already gone on RunPod; removed from tracking.").arg(displayName)
                        : QStringLiteral("Pod %1 terminated.").arg(displayName);
            } else {
                result.error = r.error;
                result.message = QStringLiteral("Could not terminate pod %1: %2").arg(displayName, r.error.message);
            }
            done(result);
        });
    });
}

} // namespace autopod::lifecycle
