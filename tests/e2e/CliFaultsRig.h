// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// What the CLI fault suites share: the simulator, a home for the CLI, faults named for the
// transport under test, and views of what the simulator and pods.json hold.

#include "e2e/CliProcess.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

namespace autopod::test {

inline QString capture(const QString& text, const QString& pattern)
{
    const auto m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// A fault's target in the transport under test: GraphQL's root field or operation name, or the
// REST v2 operation that does the same (the simulator matches a REST request by its operationId).
inline QString target(const QString& graphQl)
{
    if (transportUnderTest() != QLatin1String("rest")) {
        return graphQl;
    }
    static const QHash<QString, QString> rest{
        {QStringLiteral("pod"), QStringLiteral("getPod")},
        {QStringLiteral("Pod"), QStringLiteral("getPod")},
        {QStringLiteral("Pods"), QStringLiteral("listPods")},
        {QStringLiteral("podTerminate"), QStringLiteral("deletePod")},
        {QStringLiteral("podStop"), QStringLiteral("podAction")},
    };
    return rest.value(graphQl, graphQl); // podFindAndDeployOnDemand: a REST create matches it too
}

inline const QStringList kConnect{QStringLiteral("connect"),     QStringLiteral("--gpu"), QStringLiteral("RTX A40"),
                                  QStringLiteral("--gpu-count"), QStringLiteral("1"),     QStringLiteral("--yes")};

class CliFaultsRig
{
protected:
    TempHome m_home;
    SimulatorProcess m_sim;
    std::unique_ptr<CliProcess> m_cli;
    int m_tunnelPort = 0; // ComfyUI's local port through the tunnel, once configureWithFreeTunnelPort() chose it

    QJsonArray simPods() { return m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray(); }
    int livePods()
    {
        int n = 0;
        for (const QJsonValue& v : simPods()) {
            if (v.toObject().value(QStringLiteral("desiredStatus")).toString() == QLatin1String("RUNNING")) {
                ++n;
            }
        }
        return n;
    }
    QJsonObject simPod(const QString& id) { return m_sim.get(QStringLiteral("pods/") + id).object(); }
    QJsonObject podsJson()
    {
        QFile f(m_home.path(QStringLiteral(".autopod/pods.json")));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    // A pod's record in pods.json (keyed by its name); empty when there is none.
    QJsonObject podRecord(const QString& name) { return podsJson().value(name).toObject(); }
    void addFault(const QJsonObject& fault) { m_sim.post(QStringLiteral("faults"), fault); }
    void set(const QString& key, const QString& value)
    {
        const CliResult r = m_cli->run({QStringLiteral("config"), QStringLiteral("set"), key, value});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    }

    // The simulator (fast timings) and the CLI on a fresh home.
    void startRig()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString()));
        m_cli = std::make_unique<CliProcess>(m_home, m_sim);
    }

    // `config init` and a free tunnel port: the product's defaults otherwise.
    void configureWithFreeTunnelPort()
    {
        const CliResult r = m_cli->configure();
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        m_tunnelPort = freeLocalPort();
        set(QStringLiteral("ssh.tunnel_port"), QString::number(m_tunnelPort));
    }

    // That, 2 retries, and no volume disk: these pods hold nothing to lose, so a failure
    // terminates them.
    void configureCli()
    {
        configureWithFreeTunnelPort();
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("2"));
        set(QStringLiteral("defaults.volume_gb"), QStringLiteral("0"));
    }

    // After each test: no fault left, and whatever a test left running is ended (the simulator
    // stops its pods on exit anyway).
    void endLeftovers()
    {
        m_sim.control("DELETE", QStringLiteral("faults"));
        const QJsonObject pods = podsJson();
        for (auto it = pods.begin(); it != pods.end(); ++it) {
            const qint64 pid = it.value().toObject().value(QStringLiteral("tunnel_pid")).toInteger();
            if (pid > 0) {
                ::kill(pid_t(pid), SIGTERM);
            }
        }
    }
};

} // namespace autopod::test
