// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace autopod::test {

// One simulated pod (real sshd + ComfyUI stand-in) via tests/ssh/pod-fixture.mjs. Blocking calls are
// fine here: test code only.
class PodFixture
{
public:
    PodFixture() = default;
    ~PodFixture();
    PodFixture(const PodFixture&) = delete;
    PodFixture& operator=(const PodFixture&) = delete;

    // Variables for the pod's SSH sessions (set before start()).
    void setEnvironment(const QStringList& nameEqualsValue) { m_env = nameEqualsValue; }
    bool start(const QString& authorizedKeys, int bootDelayMs = 0, int timeoutMs = 20000);
    void stop();

    QString ip() const { return m_ip; }
    int port() const { return m_port; }
    QString hostKeyFingerprint() const { return m_fingerprint; }
    QString errorString() const { return m_error; }

    QJsonObject command(const QByteArray& line, int timeoutMs = 10000); // "drop", "refuse 3000", "info"
    bool dropSshConnections() { return command("drop").contains(QStringLiteral("dropped")); }
    bool refuseSsh(int ms) { return command("refuse " + QByteArray::number(ms)).contains(QStringLiteral("refusing")); }

private:
    QJsonObject readLine(int timeoutMs);

    QProcess m_process;
    QTemporaryDir m_dir;
    QString m_ip;
    int m_port = 0;
    QString m_fingerprint;
    QString m_error;
    QStringList m_env;
};

} // namespace autopod::test
