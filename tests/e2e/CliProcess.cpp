// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "e2e/CliProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>

namespace autopod::test {

namespace {

// Where each thread of a hung process is (gdb, when installed), for the failure message.
QString stacksOf(qint64 pid)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty() || pid <= 0) {
        return {};
    }
    QProcess dump;
    dump.start(gdb, {QStringLiteral("-p"), QString::number(pid), QStringLiteral("-batch"), QStringLiteral("-ex"),
                     QStringLiteral("thread apply all bt 30")});
    dump.waitForFinished(30000);
    return QString::fromUtf8(dump.readAllStandardOutput());
}

} // namespace

qint64 CliResult::lineTime(const QString& text) const
{
    for (const auto& line : outLines) {
        if (line.second.contains(text)) {
            return line.first;
        }
    }
    return -1;
}

CliProcess::CliProcess(TempHome& home, SimulatorProcess& sim)
    : m_home(home)
    , m_sim(sim)
{}

QString CliProcess::binary()
{
    return QStringLiteral(AUTOPOD_CLI_PATH);
}

QProcessEnvironment CliProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.home());
    env.insert(QStringLiteral("AUTOPOD_HOME"), m_home.autopodHome());
    env.insert(QStringLiteral("AUTOPOD_API_URL"), m_sim.graphqlUrl().toString());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const auto& [name, value] : m_variables) {
        if (value.isEmpty()) {
            env.remove(name);
        } else {
            env.insert(name, value);
        }
    }
    return env;
}

void CliProcess::setVariable(const QString& name, const QString& value)
{
    m_variables.append({name, value});
}

std::unique_ptr<QProcess> CliProcess::start(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->setWorkingDirectory(m_home.home());
    p->start(binary(), args);
    p->waitForStarted(10000);
    return p;
}

CliResult CliProcess::wait(QProcess& p, int timeoutMs, QElapsedTimer* started)
{
    CliResult r;
    QElapsedTimer clock;
    clock.start();
    const QElapsedTimer& since = started ? *started : clock;
    QByteArray partial;
    auto drain = [&] {
        partial += p.readAllStandardOutput();
        qsizetype nl;
        while ((nl = partial.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(partial.left(nl));
            partial.remove(0, nl + 1);
            r.outLines.append({since.elapsed(), line});
            r.out += line + QLatin1Char('\n');
        }
        r.err += QString::fromUtf8(p.readAllStandardError());
    };
    while (p.state() != QProcess::NotRunning) {
        if (clock.elapsed() > timeoutMs) {
            r.timedOut = true;
            r.err += QStringLiteral("\n[autopod did not finish within %1 ms]\n%2")
                         .arg(timeoutMs)
                         .arg(stacksOf(p.processId()));
            p.kill();
            p.waitForFinished(5000);
            break;
        }
        p.waitForReadyRead(10);
        drain();
    }
    drain();
    if (!partial.isEmpty()) {
        r.out += QString::fromUtf8(partial);
        r.outLines.append({since.elapsed(), QString::fromUtf8(partial)});
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.wallMs = since.elapsed();
    m_outputs << r.out << r.err;
    return r;
}

CliResult CliProcess::run(const QStringList& args, const QByteArray& stdinData, int timeoutMs)
{
    QElapsedTimer started;
    started.start();
    auto p = start(args);
    if (!stdinData.isEmpty()) {
        p->write(stdinData);
    }
    p->closeWriteChannel();
    return wait(*p, timeoutMs, &started);
}

CliResult CliProcess::configure(const QString& apiKey)
{
    return run({QStringLiteral("config"), QStringLiteral("init"), QStringLiteral("--api-key-stdin"),
                QStringLiteral("--generate-ssh-key"), QStringLiteral("--no-upload-key"), QStringLiteral("--region"),
                QStringLiteral("NA"), QStringLiteral("--cloud"), QStringLiteral("secure"), QStringLiteral("--yes")},
               apiKey.toUtf8() + '\n');
}

QString transportUnderTest()
{
    return qEnvironmentVariable("AUTOPOD_TRANSPORT");
}

QString restContractViolations(SimulatorProcess& sim, int* checked)
{
    int status = 0;
    const QJsonObject answer = sim.control("GET", QStringLiteral("contract"), {}, &status).object();
    *checked = answer.value(QStringLiteral("checked")).toInt();
    if (status != 200) {
        return QStringLiteral("GET /_sim/contract answered HTTP %1").arg(status);
    }
    QStringList lines;
    for (const QJsonValue& v : answer.value(QStringLiteral("violations")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList errors;
        for (const QJsonValue& e : o.value(QStringLiteral("errors")).toArray()) {
            errors << e.toString();
        }
        lines << QStringLiteral("%1 %2: %3")
                     .arg(o.value(QStringLiteral("method")).toString(), o.value(QStringLiteral("path")).toString(),
                          errors.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            hits << path;
        }
    }
    return hits;
}

QList<qint64> autopodProcessesOf(const QString& autopodHome)
{
    QList<qint64> pids;
    const QByteArray marker = "AUTOPOD_HOME=" + QFile::encodeName(autopodHome);
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget() == CliProcess::binary() &&
            environ.open(QIODevice::ReadOnly) && environ.readAll().split('\0').contains(marker)) {
            pids.append(pid);
        }
    }
    return pids;
}

int freeLocalPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace autopod::test
