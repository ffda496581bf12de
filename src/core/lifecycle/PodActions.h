// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace autopod::lifecycle {

struct PodActionResult
{
    bool ok = false;
    bool alreadyGone = false;       // RunPod no longer knows the pod: counts as success
    std::optional<api::Pod> before; // the pod as it was just before the action, when known
    std::optional<api::Pod> after;  // stop: the pod as RunPod answered
    double hourlySaving = 0;        // stop: what no longer bills per hour (the GPU rate)
    api::ApiError error;            // when !ok
    QString message;                // one line for the user, success or not
};

// Stop and terminate as the user asks for them (CLI `pod stop|kill`, the GUI's buttons): read the
// pod first for the cost summary, then act; a pod already gone on RunPod's side is a success.
class PodActions : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const PodActionResult&)>;

    explicit PodActions(api::RunPodApi& api, QObject* parent = nullptr);
    // autopod's known_hosts: terminate() forgets the pod's host key there.
    void setKnownHostsFile(const QString& file) { m_knownHostsFile = file; }

    void stop(const QString& podId, const QString& displayName, QObject* context, Callback done);
    void terminate(const QString& podId, const QString& displayName, QObject* context, Callback done);
    // Only the pod's current state (for a confirmation prompt showing runtime and cost).
    void inspect(const QString& podId, QObject* context, std::function<void(const api::ApiResult<api::Pod>&)> done);

private:
    api::RunPodApi& m_api;
    QString m_knownHostsFile;
};

} // namespace autopod::lifecycle
