// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "PodFixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>

namespace autopod::test {

PodFixture::~PodFixture()
{
    stop();
}

QJsonObject PodFixture::readLine(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
            return {};
        m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return QJsonDocument::fromJson(m_process.readLine()).object();
}

bool PodFixture::start(const QString& authorizedKeys, int bootDelayMs, int timeoutMs)
{
    const QString keys = m_dir.filePath(QStringLiteral("authorized_keys"));
    QFile f(keys);
    if (!f.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    f.write(authorizedKeys.toUtf8());
    f.close();
    m_process.setProgram(QStringLiteral(AUTOPOD_TEST_NODE));
    QStringList args{QStringLiteral(AUTOPOD_TEST_SOURCE_DIR "/tests/ssh/pod-fixture.mjs"),
                     QStringLiteral("--authorized-keys"), keys, QStringLiteral("--boot-delay-ms"),
                     QString::number(bootDelayMs)};
    for (const QString& e : m_env)
        args << QStringLiteral("--env") << e;
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QJsonObject first = readLine(timeoutMs);
    if (first.isEmpty() || first.contains(QStringLiteral("error"))) {
        m_error = first.value(QStringLiteral("error")).toString(QStringLiteral("pod fixture did not start"));
        stop();
        return false;
    }
    m_ip = first.value(QStringLiteral("ip")).toString();
    m_port = first.value(QStringLiteral("port")).toInt();
    m_fingerprint = first.value(QStringLiteral("hostKeyFingerprint")).toString();
    return m_port > 0;
}

QJsonObject PodFixture::command(const QByteArray& line, int timeoutMs)
{
    if (m_process.state() != QProcess::Running)
        return {};
    m_process.write(line + '\n');
    m_process.waitForBytesWritten(1000);
    return readLine(timeoutMs);
}

void PodFixture::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("stop\n");
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

} // namespace autopod::test
