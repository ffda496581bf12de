// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace autopod::lifecycle {

// Whether ComfyUI answers through a tunnel: one GET /system_stats on the tunnel's local port,
// ready when it answers 200 with ComfyUI's JSON ({"system": …}). The answer is read through a
// small buffer and capped (ComfyUI's is about 1 KB), so a broken or hostile pod cannot fill
// autopod's memory; one check takes at most kTimeoutMs, however the pod paces its answer.
class ComfyUiProbe
{
public:
    struct Answer
    {
        bool ready = false;
        int latencyMs = -1; // of a ready answer
        QString problem;    // why not ready: "Connection refused", "HTTP 502", "… larger than 256 KiB"
    };
    using Callback = std::function<void(const Answer&)>;

    static constexpr int kTimeoutMs = 5000;
    static constexpr qint64 kMaxAnswerBytes = 256 * 1024;

    // Checks once; `done` runs on `context`'s thread, never when `context` was deleted first.
    static void check(QNetworkAccessManager& http, int localPort, QObject* context, Callback done);
};

} // namespace autopod::lifecycle
