// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Favourite GPU types are edited in the new-pod dialog (the star column, the GPU's context menu),
// saved to config.json at once and in force for the next dialog without a restart; the dialog
// selects the cheapest favourite RunPod offers unless the user picked another GPU.
#include "core/config/Config.h"
#include "gui/DesktopApp.h"
#include "gui/newpod/GpuOfferModel.h"
#include "gui/newpod/NewPodDialog.h"
#include "support/FakeRunPodApi.h"
#include "support/TempHome.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace autopod;
using gui::GpuOfferModel;
using gui::NewPodDialog;
using test::FakeRunPodApi;

namespace {

// RunPod's offers, cheapest first: the A5000 is the cheapest of all, the A40 the cheapest favourite.
void fill(FakeRunPodApi& api)
{
    api.offers = {FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("RTX A5000"), 24, 0.27),
                  FakeRunPodApi::offer(QStringLiteral("NVIDIA A40"), QStringLiteral("RTX A40"), 48, 0.40),
                  FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("RTX A6000"), 48, 0.49)};
}

QString selectedGpu(NewPodDialog& dialog)
{
    const std::optional<api::CreatePodRequest> r = dialog.request();
    return r ? r->gpuTypeId : QString();
}

int rowOf(NewPodDialog& dialog, const QString& name)
{
    return dialog.offerModel()->rowOf(name);
}

QString star(NewPodDialog& dialog, const QString& name)
{
    return dialog.offerModel()->index(rowOf(dialog, name), GpuOfferModel::Favourite).data().toString();
}

void clickStar(NewPodDialog& dialog, const QString& name)
{
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("gpuTable"));
    const QModelIndex index = dialog.offerModel()->index(rowOf(dialog, name), GpuOfferModel::Favourite);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

void clickGpu(NewPodDialog& dialog, const QString& name)
{
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("gpuTable"));
    const QModelIndex index = dialog.offerModel()->index(rowOf(dialog, name), GpuOfferModel::Gpu);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
}

} // namespace

class NewPodFavourites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultSelectionIsTheCheapestFavourite()
    {
        FakeRunPodApi api;
        fill(api);
        gui::NewPodDefaults d;
        d.favoriteGpus = {QStringLiteral("RTX A6000"), QStringLiteral("RTX A40")}; // listed dearest first
        NewPodDialog dialog(api, d);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(selectedGpu(dialog), QStringLiteral("NVIDIA A40"));

        // "Favourites only" off: every GPU is listed, the cheapest favourite is still the default.
        dialog.findChild<QCheckBox*>(QStringLiteral("favoritesCheck"))->setChecked(false);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(dialog.offerModel()->rowCount(), 3);
        QCOMPARE(selectedGpu(dialog), QStringLiteral("NVIDIA A40"));
    }

    void theUsersPickSurvivesANewSearch()
    {
        FakeRunPodApi api;
        fill(api);
        gui::NewPodDefaults d;
        d.favoriteGpus = {QStringLiteral("RTX A40")};
        d.region = QStringLiteral("NA");
        NewPodDialog dialog(api, d);
        dialog.findChild<QCheckBox*>(QStringLiteral("favoritesCheck"))->setChecked(false);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        dialog.resize(900, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickGpu(dialog, QStringLiteral("RTX A6000"));
        QCOMPARE(selectedGpu(dialog), QStringLiteral("NVIDIA RTX A6000"));
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->findData(QStringLiteral("EU")));
        Q_EMIT region->activated(region->currentIndex());
        QVERIFY(loaded.wait(2000));
        QCOMPARE(selectedGpu(dialog), QStringLiteral("NVIDIA RTX A6000"));
    }

    // Through the app as the user has it: the star and the context menu change config.json at once,
    // and the next dialog (same app run) starts from the new favourites.
    void favouritesAreEditedAndSavedAtOnce()
    {
        test::TempHome home;
        const QString path = home.path(QStringLiteral("config.json"));
        config::Config initial(path);
        QString error;
        QVERIFY2(initial.set(QStringLiteral("runpod.default_region"), QStringLiteral("NA"), &error), qPrintable(error));
        QVERIFY2(initial.set(QStringLiteral("filters.favorite_gpus"), QString(), &error), qPrintable(error));
        QVERIFY2(initial.save(&error), qPrintable(error));
        config::ConfigLoadResult loaded = config::Config::load(path);
        QVERIFY(loaded.ok);
        config::Config cfg = loaded.config;
        QVERIFY(cfg.favoriteGpus().isEmpty());

        FakeRunPodApi api;
        fill(api);
        gui::DesktopServices services;
        services.api = &api;
        services.config = &cfg;
        services.publicKey =
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFavouritesTestKeyOnly test"); // a key is set up
        gui::DesktopApp app(std::move(services));

        app.openNewPodDialog();
        NewPodDialog* dialog = app.newPodDialog();
        QVERIFY(dialog);
        QSignalSpy offers(dialog, &NewPodDialog::offersLoaded);
        QVERIFY(offers.wait(2000));
        dialog->resize(900, 560);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(star(*dialog, QStringLiteral("RTX A40")), QStringLiteral("☆"));

        clickStar(*dialog, QStringLiteral("RTX A40"));
        QCOMPARE(star(*dialog, QStringLiteral("RTX A40")), QStringLiteral("★"));
        QCOMPARE(config::Config::load(path).config.favoriteGpus(), QStringList{QStringLiteral("RTX A40")});

        // The context menu of a GPU adds it too.
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("gpuTable"));
        const QModelIndex a6000 = dialog->offerModel()->index(rowOf(*dialog, QStringLiteral("RTX A6000")), 0);
        Q_EMIT table->customContextMenuRequested(table->visualRect(a6000).center());
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = dialog->findChild<QMenu*>()) != nullptr);
        QAction* add = menu->findChild<QAction*>(QStringLiteral("toggleFavouriteAction"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("Add to favourites"));
        add->trigger();
        menu->close();
        QCOMPARE(config::Config::load(path).config.favoriteGpus(),
                 QStringList({QStringLiteral("RTX A40"), QStringLiteral("RTX A6000")}));

        // No restart: the next dialog has them, and selects the cheapest of them.
        dialog->reject();
        QTRY_VERIFY(app.newPodDialog() == nullptr);
        app.openNewPodDialog();
        NewPodDialog* next = app.newPodDialog();
        QVERIFY(next);
        QSignalSpy nextOffers(next, &NewPodDialog::offersLoaded);
        QVERIFY(nextOffers.wait(2000));
        QCOMPARE(next->favourites(), QStringList({QStringLiteral("RTX A40"), QStringLiteral("RTX A6000")}));
        QCOMPARE(selectedGpu(*next), QStringLiteral("NVIDIA A40"));
        QCOMPARE(api.filtersSeen.last().favoriteGpus,
                 QStringList({QStringLiteral("RTX A40"), QStringLiteral("RTX A6000")}));

        // Removing the star takes it out of the file again.
        next->resize(900, 560);
        QVERIFY(QTest::qWaitForWindowExposed(next));
        clickStar(*next, QStringLiteral("RTX A6000"));
        QCOMPARE(config::Config::load(path).config.favoriteGpus(), QStringList{QStringLiteral("RTX A40")});
        next->reject();
    }
};

QTEST_MAIN(NewPodFavourites)
#include "tst_newpod_favourites.moc"
