// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// One pod, three places: the desktop's pod list, its tray menu and `autopod pods list` (text and
// --json) read the same pods.json and must say the same cost and runtime, including sums below
// a cent and runs of several days.
#include "core/config/Paths.h"
#include "core/pods/PodRecord.h"
#include "core/pods/PodStore.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/TrayController.h"
#include "support/FakeRunPodApi.h"
#include "support/TempHome.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QProcess>
#include <QTest>

using namespace autopod;
using autopod::gui::PodListModel;
using autopod::gui::PodsController;
using autopod::gui::TrayController;
using autopod::test::FakeRunPodApi;
using autopod::test::TempHome;

namespace {

struct Case
{
    QString name;
    qint64 runtimeSeconds;
    double costUsd;
    QString runtimeText; // what every front end shows
    QString costText;
};

// Sub-cent, below a tenth of a cent, a long run, an ordinary one.
const QList<Case> kCases{
    {QStringLiteral("autopod-2026-12-01-001"), 3720, 0.0042, QStringLiteral("1 h 02 min"), QStringLiteral("$0.004")},
    {QStringLiteral("autopod-2026-12-01-002"), 90, 0.0004, QStringLiteral("1 min"), QStringLiteral("<$0.001")},
    {QStringLiteral("autopod-2026-12-01-003"), 2 * 86400 + 3 * 3600 + 125, 41.3, QStringLiteral("2 d 03 h"),
     QStringLiteral("$41.30")},
    {QStringLiteral("autopod-2026-12-01-004"), 1800, 0.4, QStringLiteral("30 min"), QStringLiteral("$0.40")},
};

pods::PodRecord record(const Case& c, int i)
{
    pods::PodRecord r;
    r.podId = QStringLiteral("pod%1").arg(i);
    r.name = c.name;
    r.status = QString::fromLatin1(pods::PodRecord::kStopped);
    r.createdAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    r.gpuType = QStringLiteral("RTX A40");
    r.gpuCount = 1;
    r.costPerHour = 0.4;
    r.totalRuntimeSeconds = c.runtimeSeconds;
    r.priorRuntimeSeconds = c.runtimeSeconds;
    r.estimatedCostUsd = c.costUsd;
    r.priorCostUsd = c.costUsd;
    return r;
}

struct CliOutput
{
    int exitCode = -1;
    QString out;
};

CliOutput runCli(const TempHome& home, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.home());
    env.insert(QStringLiteral("AUTOPOD_HOME"), home.autopodHome());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AUTOPOD_CLI_PATH), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput())};
}

} // namespace

class CostAgreementTest : public QObject
{
    Q_OBJECT

    TempHome m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QDir().mkpath(m_home.autopodHome());
        pods::PodStore store(config::Paths::podsFile());
        QString error;
        for (int i = 0; i < kCases.size(); ++i) {
            QVERIFY2(store.upsert(record(kCases.at(i), i), &error), qPrintable(error));
        }
    }

    void desktopListTrayAndCliAgree()
    {
        // The desktop, from the same pods.json.
        pods::PodStore store(config::Paths::podsFile());
        QVERIFY(store.load());
        FakeRunPodApi api;
        PodListModel model;
        PodsController controller(api, model);
        controller.setStore(&store);
        TrayController tray(model);
        QCOMPARE(model.rowCount(), kCases.size());

        // The CLI.
        const CliOutput text =
            runCli(m_home, {QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--offline")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.out));
        const CliOutput json = runCli(m_home, {QStringLiteral("pods"), QStringLiteral("list"),
                                               QStringLiteral("--offline"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.out));
        const QJsonArray records = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(records.size(), kCases.size());

        for (const Case& c : kCases) {
            // The pod list.
            const int row = [&] {
                for (int r = 0; r < model.rowCount(); ++r) {
                    if (model.index(r, PodListModel::Name).data().toString() == c.name) {
                        return r;
                    }
                }
                return -1;
            }();
            QVERIFY2(row >= 0, qPrintable(c.name));
            QCOMPARE(model.index(row, PodListModel::Runtime).data().toString(), c.runtimeText);
            QCOMPARE(model.index(row, PodListModel::AccumulatedCost).data().toString(), c.costText);

            // The tray: the pod's entry.
            QString trayTitle;
            for (const QAction* a : tray.menu()->actions()) {
                if (a->text().startsWith(c.name)) {
                    trayTitle = a->text();
                }
            }
            QVERIFY2(trayTitle.contains(c.runtimeText), qPrintable(trayTitle));
            QVERIFY2(trayTitle.contains(c.costText), qPrintable(trayTitle));

            // `pods list`: the pod's table line.
            QString line;
            for (const QString& l : text.out.split(QLatin1Char('\n'))) {
                if (l.contains(c.name)) {
                    line = l;
                }
            }
            QVERIFY2(line.contains(c.runtimeText), qPrintable(line));
            QVERIFY2(line.contains(c.costText), qPrintable(line));

            // `pods list --json`: the machine values, not text.
            QJsonObject o;
            for (const QJsonValue& v : records) {
                if (v.toObject().value(QStringLiteral("name")).toString() == c.name) {
                    o = v.toObject();
                }
            }
            QCOMPARE(o.value(QStringLiteral("total_runtime_seconds")).toInteger(), c.runtimeSeconds);
            QVERIFY2(qAbs(o.value(QStringLiteral("total_cost_usd")).toDouble() - c.costUsd) < 1e-9,
                     qPrintable(QString::number(o.value(QStringLiteral("total_cost_usd")).toDouble(), 'g', 12)));
            QVERIFY(o.value(QStringLiteral("total_cost_usd")).isDouble());
        }
    }
};

QTEST_MAIN(CostAgreementTest)
#include "tst_costagreement.moc"
