// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The executables start, answer --version and --help, and exit 0, even without a display.
#include "core/app/AppInfo.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class SmokeTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
    };

    static Run run(const QString& program, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
    }

private Q_SLOTS:
    void cliVersion()
    {
        const Run r = run(QStringLiteral(AUTOPOD_CLI_PATH), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("autopod ") + autopod::AppInfo::version()), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("libssh")), qPrintable(r.out));
    }

    void cliHelpListsCommands()
    {
        const Run r = run(QStringLiteral(AUTOPOD_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage")) || r.out.contains(QStringLiteral("USAGE")), qPrintable(r.out));
    }

    void cliRejectsUnknownCommand()
    {
        const Run r = run(QStringLiteral(AUTOPOD_CLI_PATH), {QStringLiteral("frobnicate")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
    }

#ifdef AUTOPOD_DESKTOP_PATH
    void desktopVersionWithoutDisplay()
    {
        const Run r = run(QStringLiteral(AUTOPOD_DESKTOP_PATH), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("autopod-desktop")), qPrintable(r.out));
        QVERIFY2(r.out.contains(autopod::AppInfo::version()), qPrintable(r.out));
    }

    void desktopHelpWithoutDisplay()
    {
        const Run r = run(QStringLiteral(AUTOPOD_DESKTOP_PATH), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--version")), qPrintable(r.out));
    }
#endif
};

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
