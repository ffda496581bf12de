// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "support/SimulatorProcess.h"
#include "support/TempHome.h"

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace autopod::test {

struct CliResult
{
    int exitCode = -1;
    bool timedOut = false;
    QString out;
    QString err;
    QList<QPair<qint64, QString>> outLines; // ms since start, line
    qint64 wallMs = 0;

    QString all() const { return out + err; }
    // ms at which a stdout line containing `text` appeared, -1 if none.
    qint64 lineTime(const QString& text) const;
};

// Runs the real `autopod` binary in a TempHome against the simulator, the way a user would:
// HOME/AUTOPOD_HOME in the temp dir, AUTOPOD_API_URL at the simulator, no session bus (so the
// key goes to the config fallback, never the developer's keychain) and no ssh-agent.
// Every output is kept for the credential scan.
class CliProcess
{
public:
    CliProcess(TempHome& home, SimulatorProcess& sim);

    QProcessEnvironment environment() const;
    // Set for every later run (e.g. LC_ALL for a locale); an empty value removes the variable.
    void setVariable(const QString& name, const QString& value);
    CliResult run(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 90000);
    // Started and left running (the caller waits with wait()).
    std::unique_ptr<QProcess> start(const QStringList& args);
    CliResult wait(QProcess& process, int timeoutMs = 90000, QElapsedTimer* started = nullptr);

    // `config init` with the simulator's key and a generated SSH key, nothing asked.
    CliResult configure(const QString& apiKey = QString::fromLatin1(SimulatorProcess::fullAccessKey));

    const QStringList& outputs() const { return m_outputs; }
    static QString binary();

private:
    TempHome& m_home;
    SimulatorProcess& m_sim;
    QStringList m_outputs;
    QList<QPair<QString, QString>> m_variables;
};

// The transport the app under test was told to use ($AUTOPOD_TRANSPORT: graphql, rest; empty = auto).
QString transportUnderTest();

// Every REST v2 request the simulator received, checked against the OpenAPI document (the
// simulator's GET /_sim/contract: method, path, query parameters, body schema). Empty when all
// conform, else one line per violation; *checked says how many requests were checked.
QString restContractViolations(SimulatorProcess& sim, int* checked);

// Every file under `dir` (recursively) whose content contains `needle`.
QStringList filesContaining(const QString& dir, const QByteArray& needle);
int freeLocalPort();
// Processes running the autopod binary with this AUTOPOD_HOME in their environment (a forked
// child counts before it has exec'd anything).
QList<qint64> autopodProcessesOf(const QString& autopodHome);

} // namespace autopod::test
