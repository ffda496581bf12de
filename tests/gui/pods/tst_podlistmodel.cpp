// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod list: model invariants under QAbstractItemModelTester, in-place merging of refreshes,
// sorting by raw values, filtering, the status colours and the details panel's ssh line.
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodSortFilterProxy.h"
#include "gui/pods/StatusDelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using autopod::gui::PodDetailsPanel;
using autopod::gui::PodListModel;
using autopod::gui::PodRow;
using autopod::gui::PodRows;
using autopod::gui::PodSortFilterProxy;
using autopod::gui::StatusDelegate;

Q_DECLARE_METATYPE(autopod::gui::PodRow::State)

namespace {

PodRow row(const QString& id, PodRow::State state, double costPerHr, qint64 runtime)
{
    PodRow r;
    r.id = id;
    r.name = QStringLiteral("autopod-2026-11-30-") + id;
    r.state = state;
    r.gpuDisplayName = QStringLiteral("RTX A40");
    r.gpuCount = 1;
    r.dataCenterId = QStringLiteral("EU-RO-1");
    r.costPerHr = costPerHr;
    r.runtimeSeconds = runtime;
    r.accumulatedCost = costPerHr * static_cast<double>(runtime) / 3600.0;
    return r;
}

} // namespace

class PodListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<PodRow::State>(); }

    void mergesSnapshotsUnderTheTester()
    {
        PodListModel model;
        PodSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PodListModel::CostPerHr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

        model.setRows({row(QStringLiteral("001"), PodRow::State::Running, 0.40, 3600),
                       row(QStringLiteral("002"), PodRow::State::Stopped, 0.79, 120)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PodListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy states(&model, &PodListModel::stateChanged);
        // 001 stops, 002 disappears (terminated elsewhere), 003 is new.
        model.setRows({row(QStringLiteral("001"), PodRow::State::Stopped, 0.40, 3600),
                       row(QStringLiteral("003"), PodRow::State::Starting, 1.99, 0)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.first().at(0).toString(), QStringLiteral("001"));
        QCOMPARE(states.first().at(2).value<PodRow::State>(), PodRow::State::Stopped);
        QCOMPARE(model.rows().at(0).id, QStringLiteral("001")); // position kept: selection survives

        // An identical snapshot changes nothing.
        changed.clear();
        model.setRows(model.rows());
        QCOMPARE(changed.count(), 0);

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void showsWhatTheUserNeeds()
    {
        PodListModel model;
        PodRow r = row(QStringLiteral("abc"), PodRow::State::Connected, 0.79, 2 * 3600 + 5 * 60);
        r.gpuCount = 2;
        r.localUrl = QStringLiteral("http://localhost:8188");
        model.setRows({r});
        auto text = [&](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(text(PodListModel::Name), QStringLiteral("autopod-2026-11-30-abc"));
        QCOMPARE(text(PodListModel::Status), QStringLiteral("Connected"));
        QCOMPARE(text(PodListModel::Gpu), QStringLiteral("2 × RTX A40"));
        QCOMPARE(text(PodListModel::DataCenter), QStringLiteral("EU-RO-1"));
        QCOMPARE(text(PodListModel::Runtime), QStringLiteral("2 h 05 min"));
        QCOMPARE(text(PodListModel::CostPerHr), QStringLiteral("$0.79/hr"));
        QCOMPARE(text(PodListModel::AccumulatedCost), QStringLiteral("$1.65"));
        QCOMPARE(text(PodListModel::LocalUrl), QStringLiteral("http://localhost:8188"));
        QCOMPARE(model.headerData(PodListModel::AccumulatedCost, Qt::Horizontal).toString(),
                 QStringLiteral("Cost so far"));
        QCOMPARE(model.index(0, PodListModel::Runtime).data(PodListModel::RawValueRole).toLongLong(), 7500);
        QCOMPARE(model.index(0, 3).data(PodListModel::PodIdRole).toString(), QStringLiteral("abc"));
    }

    void sortsByRawValuesNotText()
    {
        PodListModel model;
        PodSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        // "9 min" sorts after "10 h" as text; as seconds it is shorter.
        model.setRows({row(QStringLiteral("a"), PodRow::State::Running, 10.5, 10 * 3600),
                       row(QStringLiteral("b"), PodRow::State::Running, 9.0, 9 * 60),
                       row(QStringLiteral("c"), PodRow::State::Stopped, 0.2, 100 * 3600)});
        proxy.sort(PodListModel::Runtime, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PodListModel::PodIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(proxy.index(2, 0).data(PodListModel::PodIdRole).toString(), QStringLiteral("c"));
        proxy.sort(PodListModel::CostPerHr, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(PodListModel::PodIdRole).toString(), QStringLiteral("a"));
        proxy.sort(PodListModel::Status, Qt::AscendingOrder); // billing first
        QCOMPARE(proxy.index(2, 0).data(PodListModel::PodIdRole).toString(), QStringLiteral("c"));
    }

    void filtersBySearchAndHidesTerminated()
    {
        PodListModel model;
        PodSortFilterProxy proxy;
        proxy.setSourceModel(&model);
        PodRow other = row(QStringLiteral("h100"), PodRow::State::Running, 2.99, 60);
        other.gpuDisplayName = QStringLiteral("H100 80GB");
        model.setRows({row(QStringLiteral("a40"), PodRow::State::Running, 0.4, 60), other,
                       row(QStringLiteral("gone"), PodRow::State::Terminated, 0.4, 60)});
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("h100"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        proxy.setHideTerminated(true);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void billingTotals()
    {
        PodListModel model;
        model.setRows({row(QStringLiteral("a"), PodRow::State::Running, 0.40, 60),
                       row(QStringLiteral("b"), PodRow::State::Starting, 0.79, 0),
                       row(QStringLiteral("c"), PodRow::State::Stopped, 0.50, 60)});
        QCOMPARE(model.billingCount(), 2);
        QCOMPARE(model.totalCostPerHr(), 1.19);
    }

    void statusColoursTellStatesApart()
    {
        const QColor connected = StatusDelegate::colorFor(PodRow::State::Connected);
        QVERIFY(connected != StatusDelegate::colorFor(PodRow::State::Running));
        QVERIFY(connected != StatusDelegate::colorFor(PodRow::State::Stopped));
        QVERIFY(StatusDelegate::colorFor(PodRow::State::Terminated) !=
                StatusDelegate::colorFor(PodRow::State::Stopped));
        QVERIFY(connected.green() > connected.red());
        QVERIFY(StatusDelegate::colorFor(PodRow::State::Terminated).red() > 150);
    }

    void detailsPanelGivesTheManualSshLine()
    {
        PodDetailsPanel panel;
        PodRow r = row(QStringLiteral("abc"), PodRow::State::Running, 0.4, 60);
        r.sshHost = QStringLiteral("194.68.245.7");
        r.sshPort = 22087;
        r.sshKeyPath = QStringLiteral("/keys/autopod_ed25519");
        panel.setPod(r);
        QCOMPARE(panel.sshCommand(), QStringLiteral("ssh root@194.68.245.7 -p 22087 -i /keys/autopod_ed25519"));
        r.state = PodRow::State::Stopped;
        r.sshHost.clear();
        r.sshPort = 0;
        panel.setPod(r);
        QVERIFY(panel.sshCommand().isEmpty());
        panel.setPod(std::nullopt);
        QVERIFY(panel.sshCommand().isEmpty());
    }
};

QTEST_MAIN(PodListModelTest)
#include "tst_podlistmodel.moc"
