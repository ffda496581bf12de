// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace autopod::test {

// Starts the offline RunPod simulator (tests/runpod-sim/server.mjs) on a free port for one test
// and stops it, with every pod it started, when destroyed. Also a small client for its /_sim
// control API. Blocking calls are fine here: this is test code, never the application.
class SimulatorProcess
{
public:
    static constexpr const char* fullAccessKey = "rp_sim_full_access";
    static constexpr const char* readOnlyKey = "rp_sim_read_only";

    SimulatorProcess();
    ~SimulatorProcess();
    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    // scenario: a file name under tests/runpod-sim/scenarios ("fast.json") or an absolute path.
    bool start(const QString& scenario = QStringLiteral("fast.json"), int timeoutMs = 20000);
    // A simulator someone else started (the demo script's, at baseUrl); stop() leaves it running.
    void attach(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    void stop();

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl graphqlUrl() const;
    QString stateDir() const { return m_stateDir.path(); }
    // The simulator's own log lines that contain `needle` (a pod id, say), for a failure message.
    QString logLinesWith(const QString& needle) const;

    // The control API. path is relative to /_sim, e.g. "faults" or "pods/abc". Answers the
    // parsed JSON body (an empty document when the body is empty or the call failed).
    QJsonDocument control(const QByteArray& verb, const QString& path, const QJsonObject& body = {},
                          int* httpStatus = nullptr);
    QJsonDocument get(const QString& path) { return control("GET", path); }
    QJsonDocument post(const QString& path, const QJsonObject& body = {}) { return control("POST", path, body); }
    // What someone else on the account does (the RunPod console, another machine): a GraphQL
    // document sent with the full-access key, behind autopod's back. Answers the parsed reply.
    QJsonDocument asConsole(const QString& graphQlDocument, const QJsonObject& variables = {});

private:
    QProcess m_process;
    QTemporaryDir m_stateDir;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace autopod::test
