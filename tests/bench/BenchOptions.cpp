// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace autopod::bench {

bool parseOptions(const QCoreApplication& app, Options* o, int* exitCode)
{
    static const QStringList parts{QStringLiteral("bulk"),    QStringLiteral("parallel"), QStringLiteral("new"),
                                   QStringLiteral("latency"), QStringLiteral("burst"),    QStringLiteral("upload"),
                                   QStringLiteral("page")};
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("autopod's tunnel vs OpenSSH ssh -L to a simulated pod at a distance (see docs/tunnel.md)."));
    parser.addHelpOption();
    const QCommandLineOption rtts(QStringLiteral("rtts"), QStringLiteral("Round trips to measure, ms."),
                                  QStringLiteral("list"), QStringLiteral("0,20,100,200"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds of each throughput figure."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption mb(QStringLiteral("mb"), QStringLiteral("Bulk download size at 0 ms, MiB."),
                                QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption stallMb(QStringLiteral("stall-mb"),
                                     QStringLiteral("Size of the stalled client's download, MiB."), QStringLiteral("n"),
                                     QStringLiteral("1024"));
    const QCommandLineOption noStall(QStringLiteral("no-stall"), QStringLiteral("Skip the stalled client."));
    const QCommandLineOption fallback(QStringLiteral("fallback"),
                                      QStringLiteral("Also measure bulk with libssh's own window."));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("Measure only these: %1.").arg(parts.join(QStringLiteral(","))),
                                  QStringLiteral("list"));
    parser.addOptions({rtts, rounds, mb, stallMb, noStall, fallback, only});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    QStringList bad = parser.positionalArguments();
    const auto number = [&](const QCommandLineOption& option, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = parser.value(option).toLongLong(&ok);
        if (!ok || v < min || v > max)
            bad << QStringLiteral("--%1 %2").arg(option.names().constFirst(), parser.value(option));
        return v;
    };
    o->rounds = int(number(rounds, 1, 100));
    o->mb = number(mb, 1, 4096);
    o->stallMb = number(stallMb, 65, 16384);
    o->stall = !parser.isSet(noStall);
    o->fallback = parser.isSet(fallback);
    o->only = parser.value(only).split(u',', Qt::SkipEmptyParts);
    for (const QString& part : std::as_const(o->only))
        if (!parts.contains(part))
            bad << QStringLiteral("--only %1").arg(part);
    o->rtts.clear();
    for (const QString& text : parser.value(rtts).split(u',')) {
        bool ok = false;
        const int rtt = text.toInt(&ok);
        if (!ok || rtt < 0 || rtt > 2000)
            bad << QStringLiteral("--rtts %1").arg(text);
        o->rtts.push_back(rtt);
    }
    if (!bad.isEmpty()) {
        std::fprintf(stderr, "not understood: %s\n\n%s", qPrintable(bad.join(QStringLiteral(", "))),
                     qPrintable(parser.helpText()));
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace autopod::bench
