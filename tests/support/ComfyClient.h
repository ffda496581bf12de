// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace autopod::test {

// A ComfyUI API-format workflow the stand-in accepts: one SaveImage with this prefix ("sub/name"
// makes a subfolder), batch_size images, a 512x512 latent, `steps` sampler steps (the stand-in
// runs 7 nodes + steps + 2 steps of its step time).
QJsonObject comfyWorkflow(const QString& prefix, int seed = 1, int batchSize = 1, int steps = 3);

// Blocking ComfyUI calls for tests (never the application): POST /prompt answers the prompt id
// (empty on failure); history() answers GET /history parsed; waitIdle() waits until nothing is
// queued or running.
QString submitPrompt(const QUrl& comfy, const QJsonObject& workflow);
QJsonObject comfyHistory(const QUrl& comfy);
bool waitComfyIdle(const QUrl& comfy, int timeoutMs);
// Every "output" file the history lists, as "subfolder/filename" (subfolder empty: "filename").
QStringList historyOutputFiles(const QJsonObject& history);

// The simulator's ComfyUI stand-in started alone on a free port, its output folder in a
// temporary directory. Stopped when destroyed.
class ComfyStandIn
{
public:
    ComfyStandIn() = default;
    ~ComfyStandIn();
    bool start(int stepMs = 5);
    QUrl url() const { return m_url; }
    QString outputDir() const; // <comfy dir>/output
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    QUrl m_url;
    QString m_error;
};

} // namespace autopod::test
