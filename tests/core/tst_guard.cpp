// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod guard's pieces on this side: its settings (config → pods.json), the watchdog's state as
// the user sees it, and the commands sent to the pod.
#include "core/config/Config.h"
#include "core/guard/PodWatchdog.h"
#include "core/pods/GuardSettings.h"
#include "core/pods/GuardState.h"
#include "core/pods/PodRecord.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace autopod;

class TestGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreThirtyIdleMinutesAndNoLimits()
    {
        QTemporaryDir dir;
        config::Config config(dir.filePath(QStringLiteral("config.json")));
        const pods::GuardSettings s = pods::GuardSettings::fromConfig(config);
        QCOMPARE(s.idleStopMinutes, 30);
        QVERIFY(!s.maxUsd);
        QVERIFY(!s.maxHours);
        QCOMPARE(s.describe(), QStringLiteral("stop after 30 min idle"));
    }

    void configSetChecksTheGuardKeys()
    {
        QTemporaryDir dir;
        config::Config config(dir.filePath(QStringLiteral("config.json")));
        QString error;
        QVERIFY(!config.set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("1441"), &error));
        QVERIFY2(error.contains(QStringLiteral("idle_stop_minutes")), qPrintable(error));
        QVERIFY(config.set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("0"), &error));
        QVERIFY(config.set(QStringLiteral("budget"), QStringLiteral("2.5"), &error));
        QVERIFY(config.set(QStringLiteral("lifecycle.max_hours"), QStringLiteral("8"), &error));
        QVERIFY(!config.set(QStringLiteral("costs.max_usd_per_pod"), QStringLiteral("-1"), &error));
        const pods::GuardSettings s = pods::GuardSettings::fromConfig(config);
        QCOMPARE(s.idleStopMinutes, 0);
        QCOMPARE(s.maxUsd.value_or(0), 2.5);
        QCOMPARE(s.maxHours.value_or(0), 8.0);
        QCOMPARE(s.describe(), QStringLiteral("budget $2.50, at most 8 h 00 min"));
        QVERIFY(config.unset(QStringLiteral("costs.max_usd_per_pod"), &error));
        QVERIFY(!pods::GuardSettings::fromConfig(config).maxUsd);
    }

    void thePodRecordKeepsTheGuard()
    {
        pods::PodRecord r;
        r.name = QStringLiteral("autopod-2026-12-04-001");
        pods::GuardSettings s;
        s.idleStopMinutes = 12;
        s.maxUsd = 4;
        r.guard = s;
        r.guardStatus = QStringLiteral("stops in 5 min: idle 12 min");
        r.guardStoppedReason = QStringLiteral("idle 12 min");
        const QJsonObject json = r.toJson();
        const QJsonObject g = json.value(QStringLiteral("guard")).toObject();
        QCOMPARE(g.value(QStringLiteral("idle_stop_minutes")).toInt(), 12);
        QCOMPARE(g.value(QStringLiteral("max_usd")).toDouble(), 4.0);
        QVERIFY(g.value(QStringLiteral("max_hours")).isNull());
        const pods::PodRecord back = pods::PodRecord::fromJson(json, r.name);
        QVERIFY(back.guard);
        QCOMPARE(*back.guard, s);
        QCOMPARE(back.guardStatus, r.guardStatus);
        QCOMPARE(back.guardStoppedReason, r.guardStoppedReason);
        QVERIFY(back.extra.isEmpty());
        // Without a guard there is no key at all.
        QVERIFY(!pods::PodRecord().toJson().contains(QStringLiteral("guard")));
    }

    void nonsenseInPodsJsonBecomesSafeSettings()
    {
        const pods::GuardSettings s =
            pods::GuardSettings::fromJson(QJsonObject{{QStringLiteral("idle_stop_minutes"), 1e12},
                                                      {QStringLiteral("max_usd"), -3},
                                                      {QStringLiteral("max_hours"), QStringLiteral("soon")}});
        QCOMPARE(s.idleStopMinutes, 1440);
        QVERIFY(!s.maxUsd);
        QVERIFY(!s.maxHours);
    }

    void theStateSaysWhenAndWhy()
    {
        const pods::GuardState s = pods::GuardState::parse("running=1\npid=42\nchecked_at=1000\nlast_activity=900\n"
                                                           "activity=none\nidle_stop_minutes=30\naction=idle\n"
                                                           "action_in=720\ncost_usd=0.1234\n");
        QVERIFY(s.valid);
        QVERIFY(s.running);
        QCOMPARE(s.actionInSeconds, 720);
        QCOMPARE(s.summary(), QStringLiteral("stops in 12 min: idle 30 min"));

        QCOMPARE(pods::GuardState::parse("running=1\naction=budget\naction_in=60\n").summary(),
                 QStringLiteral("stops in 1 min: budget"));
        QCOMPARE(pods::GuardState::parse("running=1\naction=none\naction_in=-1\n").summary(),
                 QStringLiteral("running, no stop planned"));
        QCOMPARE(pods::GuardState::parse("running=0\n").summary(), QStringLiteral("not running: the pod is unguarded"));
        QCOMPARE(pods::GuardState::parse("running=1\naction=idle\naction_in=0\nstopping=idle 30 min\n").summary(),
                 QStringLiteral("stopping the pod: idle 30 min"));
        QVERIFY(!pods::GuardState::parse("garbage\n\x01\x02").valid);
    }

    void theCommandsCarryNumbersOnly()
    {
        pods::GuardSettings s;
        s.idleStopMinutes = 5000; // clamped
        s.maxUsd = 1.5;
        const QByteArray install = guard::PodWatchdog::installCommand(s, 0.44, 120);
        QVERIFY2(install.endsWith(" start 1440 1.500000 - 0.440000 120"), install.constData());
        QVERIFY(guard::PodWatchdog::keepCommand(20).endsWith(" keep 20"));
        const QByteArray script = guard::PodWatchdog::script();
        QVERIFY(script.startsWith("#!/bin/sh"));
        QVERIFY(script.contains("runpodctl stop pod \"$RUNPOD_POD_ID\""));
        QVERIFY(!script.contains("runpodctl remove")); // never terminates
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"
