// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/pods/PodRecord.h"

#include <QString>

#include <functional>
#include <optional>

namespace autopod::api {
class RunPodApi;
}

namespace autopod::cli {

class CliContext;

// A pod the user named: a tracked record (by autopod name, pod id or a unique prefix), or a pod
// RunPod knows by that id that autopod does not track.
struct PodRef
{
    pods::PodRecord record;
    bool tracked = false;
    std::optional<api::Pod> live; // RunPod's current view; empty when the pod is gone or unreachable
    bool goneOnRunPod = false;
    api::ApiError error; // when RunPod could not be asked
    QString displayName() const { return record.name.isEmpty() ? record.podId : record.name; }
};

// Resolves `nameOrId`, refreshes it from RunPod and writes the refresh to pods.json. Calls `done`
// with nullopt (after printing why, exit code set) when there is no such pod anywhere. With a
// deadline (read-only commands), a tracked pod RunPod has not answered about by then is answered
// as last known, with `error` saying why.
void lookupPod(CliContext& ctx, api::RunPodApi& api, const QString& nameOrId,
               std::function<void(std::optional<PodRef> pod, int exitCode)> done, int deadlineMs = 0);

// "running · tunnel 127.0.0.1:8188 (pid 123)" style helpers.
QString tunnelText(const pods::PodRecord& record);

} // namespace autopod::cli
