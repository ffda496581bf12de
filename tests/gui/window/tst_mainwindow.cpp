// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The main window as the user meets it: the pod table (with the coloured status), actions that
// follow the selected pod's state, double-click → shell, closing to the tray. Saves screenshots
// of the window, the new-pod dialog and the tray menu to <build>/screenshots/offscreen.
#include "core/pods/Presentation.h"
#include "core/pods/StoppedPod.h"
#include "gui/GuiResources.h"
#include "gui/MainWindow.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/tray/TrayController.h"
#include "support/FakeRunPodApi.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>

using autopod::gui::MainWindow;
using autopod::gui::PodListModel;
using autopod::gui::PodRow;
using autopod::gui::PodRows;
using autopod::test::FakeRunPodApi;

namespace {

PodRow row(const QString& id, PodRow::State state, double costPerHr, qint64 runtime, const QString& gpu)
{
    PodRow r;
    r.id = id;
    r.name = QStringLiteral("autopod-2026-11-30-") + id.right(3);
    r.state = state;
    r.gpuDisplayName = gpu;
    r.gpuCount = 1;
    r.dataCenterId = QStringLiteral("US-TX-3");
    r.costPerHr = costPerHr;
    r.runtimeSeconds = runtime;
    r.accumulatedCost = costPerHr * runtime / 3600.0;
    r.imageName = QStringLiteral("runpod/comfyui:latest");
    return r;
}

QString shots()
{
    return QDir(qEnvironmentVariable("AUTOPOD_BUILD_DIR", QDir::currentPath()))
        .filePath(QStringLiteral("screenshots/offscreen"));
}

void shoot(QWidget* w, const QString& name)
{
    QDir().mkpath(shots());
    QVERIFY(w->grab().save(QDir(shots()).filePath(name + QStringLiteral(".png"))));
}

// Which way the sort arrow painted in a header section points, read from the pixels: +1 up (▲),
// -1 down (▼), 0 none. The arrow is a triangle: its widest row is its base.
int sortArrow(QHeaderView* header, int section)
{
    const QImage image = header->grab().toImage();
    QStyleOptionHeader opt;
    opt.initFrom(header);
    opt.state |= QStyle::State_Horizontal;
    opt.rect = QRect(header->sectionViewportPosition(section), 0, header->sectionSize(section), header->height());
    opt.sortIndicator = QStyleOptionHeader::SortUp;
    const QRect arrow =
        header->style()->subElementRect(QStyle::SE_HeaderArrow, &opt, header).adjusted(-2, -2, 2, 2) & image.rect();
    QList<int> ink;
    for (int y = arrow.top(); y <= arrow.bottom(); ++y) {
        int n = 0;
        for (int x = arrow.left(); x <= arrow.right(); ++x) {
            n += qGray(image.pixel(x, y)) < 180 ? 1 : 0;
        }
        if (n > 0) {
            ink.append(n);
        }
    }
    if (ink.size() < 2 || ink.first() == ink.last()) {
        return 0;
    }
    return ink.first() < ink.last() ? 1 : -1;
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    PodRows sample()
    {
        PodRow connected =
            row(QStringLiteral("pod001"), PodRow::State::Connected, 0.79, 3 * 3600 + 600, QStringLiteral("RTX A40"));
        connected.localUrl = QStringLiteral("http://localhost:8188");
        connected.sshHost = QStringLiteral("194.68.245.7");
        connected.sshPort = 22087;
        connected.sshKeyPath = QStringLiteral("/home/me/.ssh/id_ed25519");
        return {connected,
                row(QStringLiteral("pod002"), PodRow::State::Starting, 0.27, 40, QStringLiteral("RTX A5000")),
                row(QStringLiteral("pod003"), PodRow::State::Stopped, 0.49, 5400, QStringLiteral("RTX A6000")),
                row(QStringLiteral("pod004"), PodRow::State::Terminated, 2.99, 600, QStringLiteral("H100 80GB"))};
    }

private Q_SLOTS:
    void initTestCase() { autopod::gui::initResources(); }

    void actionsFollowTheSelectedPod()
    {
        PodListModel model;
        MainWindow window(model);
        model.setRows(sample());
        window.resize(1200, 520);
        window.show();
        auto action = [&](const char* name) {
            return window.findChild<QAction*>(QLatin1String(name));
        };

        window.selectPod(QStringLiteral("pod001"));
        QVERIFY(action("actionOpenComfyUi")->isEnabled());
        QVERIFY(action("actionShell")->isEnabled());
        QVERIFY(action("actionStop")->isEnabled());
        QVERIFY(!action("actionResume")->isEnabled());
        QCOMPARE(window.detailsPanel()->sshCommand(),
                 QStringLiteral("ssh root@194.68.245.7 -p 22087 -i /home/me/.ssh/id_ed25519"));
        shoot(&window, QStringLiteral("main-window"));

        window.selectPod(QStringLiteral("pod003"));
        QVERIFY(!action("actionOpenComfyUi")->isEnabled());
        QVERIFY(!action("actionStop")->isEnabled());
        QVERIFY(action("actionResume")->isEnabled());
        QVERIFY(action("actionTerminate")->isEnabled());

        QSignalSpy stop(&window, &MainWindow::stopRequested);
        window.selectPod(QStringLiteral("pod001"));
        action("actionStop")->trigger();
        QCOMPARE(stop.count(), 1);
        QCOMPARE(stop.first().first().toString(), QStringLiteral("pod001"));
    }

    // A row's context menu holds the pod's actions, enabled as for the selected pod (they are the
    // window's actions), and acts on the row it was opened on.
    void rowContextMenuHoldsThePodsActions()
    {
        PodListModel model;
        MainWindow window(model);
        model.setRows(sample());
        window.resize(1200, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectPod(QStringLiteral("pod001"));
        QTableView* table = window.podTable();
        auto rectOf = [&](const QString& id) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex i = table->model()->index(r, 0);
                if (i.data(PodListModel::PodIdRole).toString() == id) {
                    return table->visualRect(i);
                }
            }
            return QRect();
        };
        auto entries = [&] {
            QStringList out;
            for (QAction* a : window.podMenu()->actions()) {
                if (!a->isSeparator()) {
                    out << a->text().remove(QLatin1Char('&')) + (a->isEnabled() ? QString() : QStringLiteral(" (off)"));
                }
            }
            return out;
        };

        // The stopped pod, right-clicked while the connected one is selected.
        Q_EMIT table->customContextMenuRequested(rectOf(QStringLiteral("pod003")).center());
        QVERIFY(window.podMenu());
        QCOMPARE(window.selectedPodId(), QStringLiteral("pod003"));
        QCOMPARE(entries(),
                 QStringList({QStringLiteral("Open ComfyUI (off)"), QStringLiteral("Shell (off)"),
                              QStringLiteral("Stop (off)"), QStringLiteral("Resume"), QStringLiteral("Terminate…")}));
        shoot(&window, QStringLiteral("main-window-pod-menu"));
        QSignalSpy resume(&window, &MainWindow::resumeRequested);
        QAction* resumeAction = window.podMenu()->actions().at(4);
        resumeAction->trigger();
        QCOMPARE(resume.count(), 1);
        QCOMPARE(resume.first().first().toString(), QStringLiteral("pod003"));
        window.podMenu()->close();

        // The connected pod: its own actions; one added later is in the menu too.
        QAction guard(QStringLiteral("Guard settings…"));
        window.addPodAction(&guard);
        Q_EMIT table->customContextMenuRequested(rectOf(QStringLiteral("pod001")).center());
        QTRY_VERIFY(window.podMenu() && window.selectedPodId() == QStringLiteral("pod001"));
        QCOMPARE(entries(), QStringList({QStringLiteral("Open ComfyUI"), QStringLiteral("Shell"),
                                         QStringLiteral("Stop"), QStringLiteral("Resume (off)"),
                                         QStringLiteral("Terminate…"), QStringLiteral("Guard settings…")}));
        QSignalSpy shell(&window, &MainWindow::shellRequested);
        window.podMenu()->actions().at(1)->trigger();
        QCOMPARE(shell.count(), 1);
        QCOMPARE(shell.first().first().toString(), QStringLiteral("pod001"));
        window.podMenu()->close();

        // Outside any row: no menu.
        QTRY_VERIFY(!window.podMenu());
        Q_EMIT table->customContextMenuRequested(QPoint(5, table->viewport()->height() - 2));
        QVERIFY(!window.podMenu());
    }

    void doubleClickOpensAShellOnARunningPod()
    {
        PodListModel model;
        MainWindow window(model);
        model.setRows(sample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shell(&window, &MainWindow::shellRequested);
        QTableView* table = window.podTable();
        auto indexOf = [&](const QString& id) {
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex i = table->model()->index(r, 0);
                if (i.data(PodListModel::PodIdRole).toString() == id) {
                    return i;
                }
            }
            return QModelIndex();
        };
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(indexOf(QStringLiteral("pod001"))).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(indexOf(QStringLiteral("pod001"))).center());
        QCOMPARE(shell.count(), 1);
        QCOMPARE(shell.first().first().toString(), QStringLiteral("pod001"));
        // A stopped pod has no shell: nothing is requested, the status bar says why.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(indexOf(QStringLiteral("pod003"))).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(indexOf(QStringLiteral("pod003"))).center());
        QCOMPARE(shell.count(), 1);
    }

    // At the window's default size every column shows its whole text, the local URL included,
    // without scrolling: a tunnel on a five-digit port as well as the usual one.
    void columnsFitTheirContentAtTheDefaultSize()
    {
        PodListModel model;
        MainWindow window(model);
        PodRows rows = sample();
        rows[0].localUrl = QStringLiteral("http://localhost:18188");
        rows[1].localUrl = QStringLiteral("http://localhost:8188");
        model.setRows(rows);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.podTable();
        const QFontMetrics fm(table->font());
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            for (int c = 0; c < PodListModel::ColumnCount; ++c) {
                const QModelIndex index = table->model()->index(r, c);
                const QString text = index.data().toString();
                const QRect cell = table->visualRect(index);
                QVERIFY2(table->columnWidth(c) >= fm.horizontalAdvance(text),
                         qPrintable(QStringLiteral("column %1 is %2 px for \"%3\" (%4 px)")
                                        .arg(c)
                                        .arg(table->columnWidth(c))
                                        .arg(text)
                                        .arg(fm.horizontalAdvance(text))));
                QVERIFY2(table->viewport()->rect().contains(cell),
                         qPrintable(QStringLiteral("column %1 (\"%2\") is out of view: %3 px of %4")
                                        .arg(c)
                                        .arg(text)
                                        .arg(cell.right())
                                        .arg(table->viewport()->width())));
            }
        }
        const int urlWidth = table->columnWidth(PodListModel::LocalUrl);
        QVERIFY(urlWidth >= fm.horizontalAdvance(QStringLiteral("http://localhost:18188")));
        shoot(&window, QStringLiteral("main-window-default-size"));
    }

    // Narrowed step by step down to its smallest, the window keeps every row's status in view,
    // wide enough for the state ("Terminated", "Connected"): a longer status (the guard's reason)
    // is elided with "…" inside its cell, never cut off by the table's edge. At the default size
    // such a status does not push the other columns out of view.
    void shrinkingKeepsTheStatusInView()
    {
        PodListModel model;
        MainWindow window(model);
        PodRows rows = sample();
        rows[2].guardStoppedReason = QStringLiteral("idle for 30 min (no GPU use, no ComfyUI queue)");
        rows[0].localUrl = QStringLiteral("http://localhost:18188");
        model.setRows(rows);
        window.resize(1240, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.podTable();
        const QFontMetrics fm(table->font());
        const QString longStatus =
            autopod::pods::StoppedPod::stateText(PodRow::State::Stopped, rows[2].guardStoppedReason);

        QTest::qWait(100);
        const QRect url = table->visualRect(table->model()->index(0, PodListModel::LocalUrl));
        QVERIFY2(table->viewport()->rect().contains(url),
                 qPrintable(QStringLiteral("the local URL is out of view at the default size: %1 px of %2")
                                .arg(url.right())
                                .arg(table->viewport()->width())));

        bool elided = false;
        for (int width : {1240, 1000, 800, 700, 600, 400}) {
            window.resize(width, 520);
            QTest::qWait(100);
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex index = table->model()->index(r, PodListModel::Status);
                const auto state = static_cast<PodRow::State>(index.data(PodListModel::StateRole).toInt());
                const QString word = autopod::pods::Presentation::stateText(state);
                const QRect cell = table->visualRect(index);
                // What the status cell leaves for text: the grid line, the coloured dot and the
                // margins around it.
                const int textRoom = cell.width() - (table->showGrid() ? 1 : 0) - (fm.height() / 2 + 2) - 16;
                const QString where = QStringLiteral("window %1 px (asked %2), \"%3\": cell %4..%5 px, view %6 px")
                                          .arg(window.width())
                                          .arg(width)
                                          .arg(index.data().toString())
                                          .arg(cell.left())
                                          .arg(cell.right())
                                          .arg(table->viewport()->width());
                QVERIFY2(cell.left() >= 0 && cell.right() < table->viewport()->width(), qPrintable(where));
                QVERIFY2(fm.elidedText(word, Qt::ElideRight, textRoom) == word, qPrintable(where));
                if (index.data().toString() == longStatus &&
                    fm.elidedText(longStatus, Qt::ElideRight, textRoom) != longStatus) {
                    elided = true;
                }
            }
        }
        // The list did shrink: the window got small, and the long status had to be elided.
        QVERIFY2(window.width() <= 700, qPrintable(QString::number(window.width())));
        QVERIFY(elided);
        shoot(&window, QStringLiteral("main-window-narrow"));
    }

    // The header's arrow says how the rows are ordered, as in the usual file managers: ▲ smallest
    // first (ascending), ▼ largest first. At start (by name, newest first: autopod names pods by
    // date) and after each click on a column's header.
    void sortIndicatorMatchesTheOrder()
    {
        PodListModel model;
        MainWindow window(model);
        model.setRows(sample());
        window.resize(1240, 520);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView* table = window.podTable();
        QHeaderView* header = table->horizontalHeader();

        // The rows' order in the sorted column as the user reads it: +1 ascending, -1 descending.
        auto rowOrder = [&](int column) {
            int order = 0;
            for (int r = 1; r < table->model()->rowCount(); ++r) {
                const QModelIndex a = table->model()->index(r - 1, column);
                const QModelIndex b = table->model()->index(r, column);
                const int c =
                    column == PodListModel::Name
                        ? QString::localeAwareCompare(a.data().toString(), b.data().toString())
                        : (a.data(PodListModel::RawValueRole).toDouble() < b.data(PodListModel::RawValueRole).toDouble()
                               ? -1
                               : 1);
                const int step = c < 0 ? 1 : -1;
                if (order != 0 && step != order) {
                    return 0; // not sorted by this column at all
                }
                order = step;
            }
            return order;
        };
        auto check = [&](int column, const char* when) {
            QTest::qWait(100);
            QCOMPARE(header->sortIndicatorSection(), column);
            const int rows = rowOrder(column);
            QVERIFY2(rows != 0, when);
            const int arrow = sortArrow(header, column);
            QVERIFY2(arrow == rows,
                     qPrintable(QStringLiteral("%1: the rows are %2, the arrow points %3")
                                    .arg(QLatin1String(when),
                                         rows > 0 ? QStringLiteral("ascending") : QStringLiteral("descending"),
                                         arrow > 0   ? QStringLiteral("up")
                                         : arrow < 0 ? QStringLiteral("down")
                                                     : QStringLiteral("nowhere"))));
        };
        auto clickHeader = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };

        check(PodListModel::Name, "at start");
        QCOMPARE(table->model()->index(0, PodListModel::Name).data().toString(),
                 QStringLiteral("autopod-2026-11-30-004"));
        clickHeader(PodListModel::AccumulatedCost);
        check(PodListModel::AccumulatedCost, "cost so far, clicked once");
        clickHeader(PodListModel::AccumulatedCost);
        check(PodListModel::AccumulatedCost, "cost so far, clicked twice");
        clickHeader(PodListModel::Runtime);
        check(PodListModel::Runtime, "runtime, clicked once");
        clickHeader(PodListModel::Name);
        check(PodListModel::Name, "name, clicked once");
        clickHeader(PodListModel::Name);
        check(PodListModel::Name, "name, clicked twice");
        shoot(&window, QStringLiteral("main-window-sorted"));
    }

    void closingKeepsTheTrayOrAsksToQuit()
    {
        PodListModel model;
        MainWindow window(model);
        window.show();
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        window.setKeepRunningInTray(true);
        window.close();
        QVERIFY(!window.isVisible());
        QCOMPARE(quit.count(), 0);
        window.show();
        window.setKeepRunningInTray(false);
        window.close();
        QCOMPARE(quit.count(), 1); // no tray: closing is quitting, which asks about running pods
    }

    void screenshotsOfDialogAndTrayMenu()
    {
        FakeRunPodApi api;
        api.offers = {FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("RTX A5000"), 24, 0.27),
                      FakeRunPodApi::offer(QStringLiteral("NVIDIA A40"), QStringLiteral("RTX A40"), 48, 0.40,
                                           QStringLiteral("Medium")),
                      FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX 3090"), QStringLiteral("RTX 3090"), 24, 0.46,
                                           QStringLiteral("Low")),
                      FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("RTX A6000"), 48, 0.49)};
        autopod::gui::NewPodDefaults d;
        d.region = QStringLiteral("NA");
        d.preferredGpu = QStringLiteral("RTX A40");
        d.gpuCount = 2;
        d.favoriteGpus = {QStringLiteral("RTX A40")};
        autopod::gui::NewPodDialog dialog(api, d);
        QSignalSpy loaded(&dialog, &autopod::gui::NewPodDialog::offersLoaded);
        dialog.show();
        QVERIFY(loaded.wait(2000));
        shoot(&dialog, QStringLiteral("new-pod-dialog"));

        PodListModel model;
        autopod::gui::TrayController tray(model);
        model.setRows(sample());
        tray.menu()->popup(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
        shoot(tray.menu(), QStringLiteral("tray-menu"));
        tray.menu()->hide();
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
