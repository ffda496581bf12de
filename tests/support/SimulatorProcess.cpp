// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/SimulatorProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace autopod::test {

namespace {

QString simulatorDir()
{
    return QDir(QStringLiteral(AUTOPOD_TEST_SOURCE_DIR)).filePath(QStringLiteral("tests/runpod-sim"));
}

} // namespace

SimulatorProcess::SimulatorProcess()
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setWorkingDirectory(simulatorDir());
    // A test that crashes runs no destructor: the simulator (and the sshd of every pod it runs)
    // then gets SIGTERM from the kernel instead of living on.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

bool SimulatorProcess::start(const QString& scenario, int timeoutMs)
{
    QStringList args{QStringLiteral("server.mjs"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--state-dir"), m_stateDir.path()};
    if (!scenario.isEmpty()) {
        const QString file = QFileInfo(scenario).isAbsolute()
                                 ? scenario
                                 : QDir(simulatorDir()).filePath(QStringLiteral("scenarios/") + scenario);
        args << QStringLiteral("--scenario") << file;
    }
    // The simulator's own log goes to a file in its state dir, so a failing test can be diagnosed.
    m_process.setStandardErrorFile(QDir(m_stateDir.path()).filePath(QStringLiteral("simulator.stderr")));
    m_process.start(QStringLiteral(AUTOPOD_TEST_NODE), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("could not start node: ") + m_process.errorString();
        return false;
    }

    static const QRegularExpression listening(QStringLiteral("^runpod-sim listening on (http://\\S+)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            break;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const auto match = listening.match(line);
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
        m_error = QStringLiteral("unexpected first line from the simulator: ") + line;
        return false;
    }
    m_error = QStringLiteral("the simulator did not announce its port in time");
    return false;
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate(); // SIGTERM: the simulator stops every pod it started
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl SimulatorProcess::graphqlUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/graphql"));
    return url;
}

namespace {

// One blocking HTTP exchange with the simulator (15 s at most): the parsed JSON answer, or an
// empty document when there was none.
QJsonDocument exchange(QNetworkRequest request, const QByteArray& verb, const QByteArray& payload, int* httpStatus)
{
    QNetworkAccessManager nam;
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(request, verb, payload);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(15000);
    loop.exec();

    if (httpStatus) {
        *httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QJsonDocument answer = reply->isFinished() ? QJsonDocument::fromJson(reply->readAll()) : QJsonDocument();
    reply->abort();
    reply->deleteLater();
    return answer;
}

} // namespace

QJsonDocument SimulatorProcess::control(const QByteArray& verb, const QString& path, const QJsonObject& body,
                                        int* httpStatus)
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sim/") + path);
    const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return exchange(QNetworkRequest(url), verb, payload, httpStatus);
}

QJsonDocument SimulatorProcess::asConsole(const QString& graphQlDocument, const QJsonObject& variables)
{
    QNetworkRequest request(graphqlUrl());
    request.setRawHeader("Authorization", QByteArray("Bearer ") + fullAccessKey);
    QJsonObject body{{QStringLiteral("query"), graphQlDocument}};
    if (!variables.isEmpty()) {
        body.insert(QStringLiteral("variables"), variables);
    }
    return exchange(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), nullptr);
}

QString SimulatorProcess::logLinesWith(const QString& needle) const
{
    QFile file(QDir(m_stateDir.path()).filePath(QStringLiteral("simulator.stderr")));
    if (needle.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.contains(needle)) {
            lines.append(line);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace autopod::test
