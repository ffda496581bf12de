// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The new-pod dialog: the user's filters reach RunPod, the GPU table shows its columns, the
// estimate follows the choices, and nothing is created without the confirmation.
#include "WidgetLookup.h"
#include "core/api/GpuOfferQuery.h"
#include "gui/newpod/GpuOfferModel.h"
#include "gui/newpod/NewPodDialog.h"
#include "support/FakeRunPodApi.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using autopod::api::CreatePodRequest;
using autopod::gui::GpuOfferModel;
using autopod::gui::NewPodDefaults;
using autopod::gui::NewPodDialog;
using autopod::test::FakeRunPodApi;

Q_DECLARE_METATYPE(autopod::api::CreatePodRequest)

using autopod::test::button;

namespace {

void fill(FakeRunPodApi& api)
{
    api.offers = {FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("RTX A5000"), 24, 0.27),
                  FakeRunPodApi::offer(QStringLiteral("NVIDIA A40"), QStringLiteral("RTX A40"), 48, 0.40,
                                       QStringLiteral("Medium")),
                  FakeRunPodApi::offer(QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("RTX A6000"), 48, 0.49,
                                       QStringLiteral("Low"))};
    api.offers[1].networkSpeed = QStringLiteral("Extreme");
    api.centers = {
        {QStringLiteral("US-TX-3"), QStringLiteral("US-TX-3"), QStringLiteral("United States"), QStringLiteral("NA")},
        {QStringLiteral("EU-RO-1"), QStringLiteral("EU-RO-1"), QStringLiteral("Romania"), QStringLiteral("EU")}};
    api.volumes = {{QStringLiteral("vol1"), QStringLiteral("models"), 100, QStringLiteral("EU-RO-1")}};
}

NewPodDefaults defaults()
{
    NewPodDefaults d;
    d.region = QStringLiteral("NA");
    d.cudaVersion = QStringLiteral("12.4");
    d.favoriteGpus = {QStringLiteral("RTX A40"), QStringLiteral("RTX A6000"), QStringLiteral("RTX A5000")};
    d.preferredGpu = QStringLiteral("RTX A40");
    d.gpuCount = 2;
    return d;
}

} // namespace

class NewPodDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CreatePodRequest>(); }

    void asksRunPodWithTheConfiguredFilters()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        QCOMPARE(loaded.first().first().toInt(), 3);
        const autopod::api::GpuFilter& f = api.filtersSeen.last();
        QCOMPARE(f.cloud, autopod::api::CloudType::Secure);
        QCOMPARE(f.region, QStringLiteral("NA"));
        QCOMPARE(f.networkSpeeds, QStringList({QStringLiteral("high"), QStringLiteral("extreme")}));
        QCOMPARE(f.cudaVersion, QStringLiteral("12.4"));
        QCOMPARE(f.favoriteGpus.size(), 3);
        QCOMPARE(f.maxResults, 5);
        QVERIFY(dialog.filterSummary().contains(QStringLiteral("Secure cloud | North America")));

        // Changing a filter searches again with it.
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->findData(QStringLiteral("EU")));
        Q_EMIT region->activated(region->currentIndex());
        QVERIFY(loaded.wait(2000));
        QCOMPARE(api.filtersSeen.last().region, QStringLiteral("EU"));
    }

    void tableShowsThePrdColumns()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        GpuOfferModel* model = dialog.offerModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QStringList headers;
        for (int c = 0; c < model->columnCount(); ++c) {
            headers << model->headerData(c, Qt::Horizontal).toString();
        }
        QCOMPARE(headers, QStringList({QStringLiteral("GPU"), QStringLiteral("VRAM"), QStringLiteral("Cost/hr"),
                                       QStringLiteral("Available"), QStringLiteral("Network"), QStringLiteral("CUDA"),
                                       QStringLiteral("Favourite")}));
        auto cell = [&](int r, int c) {
            return model->index(r, c).data().toString();
        };
        QCOMPARE(cell(1, GpuOfferModel::Gpu), QStringLiteral("RTX A40"));
        QCOMPARE(cell(1, GpuOfferModel::Vram), QStringLiteral("48 GB"));
        QCOMPARE(cell(1, GpuOfferModel::CostPerHr), QStringLiteral("$0.40"));
        QCOMPARE(cell(1, GpuOfferModel::Availability), QStringLiteral("✓ Medium"));
        QCOMPARE(cell(1, GpuOfferModel::Network), QStringLiteral("Extreme"));
        QCOMPARE(cell(1, GpuOfferModel::Cuda), QStringLiteral("12.8"));

        // Every cell reads in full at the dialog's size, and the GPU's name gets the spare width.
        dialog.resize(830, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableView*>(QStringLiteral("gpuTable"));
        QVERIFY(table);
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const int needed = table->fontMetrics().horizontalAdvance(cell(r, c));
                QVERIFY2(table->columnWidth(c) > needed, qPrintable(cell(r, c)));
            }
        }
        for (int c = GpuOfferModel::Vram; c < model->columnCount(); ++c) {
            QVERIFY(table->columnWidth(GpuOfferModel::Gpu) > table->columnWidth(c));
        }
    }

    void estimateFollowsGpuAndCount()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        // The configured default GPU and count are preselected.
        QCOMPARE(dialog.estimateText(), QStringLiteral("Estimated cost: $0.80/hr (2 × RTX A40)"));
        dialog.selectGpu(QStringLiteral("RTX A6000"));
        dialog.setGpuCount(4);
        QCOMPARE(dialog.estimatedCostPerHr(), 1.96);
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("estimateLabel"))->text(),
                 QStringLiteral("Estimated cost: $1.96/hr (4 × RTX A6000)"));
        // More GPUs than the offer has cannot be asked for.
        dialog.setGpuCount(8);
        QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("gpuCountSpin"))->value(), 4);
    }

    void createsOnlyAfterConfirmation()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QSignalSpy confirmed(&dialog, &NewPodDialog::createConfirmed);
        QVERIFY(loaded.wait(2000));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.findChild<QComboBox*>(QStringLiteral("volumeCombo"))->count(), 2, 2000);
        auto* volume = dialog.findChild<QComboBox*>(QStringLiteral("volumeCombo"));
        volume->setCurrentIndex(1);
        auto* dc = dialog.findChild<QComboBox*>(QStringLiteral("dataCenterCombo"));
        dc->setCurrentIndex(dc->findData(QStringLiteral("EU-RO-1")));
        QVERIFY2(dc->currentText().contains(QStringLiteral("Romania")), qPrintable(dc->currentText()));
        dialog.show();

        button(&dialog, QStringLiteral("&Create pod…"))->click();
        QVERIFY(dialog.confirmation());
        QVERIFY2(dialog.confirmation()->text().contains(QStringLiteral("2 × RTX A40 in EU-RO-1")),
                 qPrintable(dialog.confirmation()->text()));
        QVERIFY(dialog.confirmation()->text().contains(QStringLiteral("$0.80/hr")));
        dialog.confirmation()->reject();
        QTest::qWait(20);
        QCOMPARE(confirmed.count(), 0);
        QCOMPARE(api.count(QStringLiteral("createPod")), 0); // the dialog itself never creates

        button(&dialog, QStringLiteral("&Create pod…"))->click();
        button(dialog.confirmation(), QStringLiteral("Create pod"))->click();
        QCOMPARE(confirmed.count(), 1);
        const auto request = confirmed.first().first().value<CreatePodRequest>();
        QCOMPARE(request.gpuTypeId, QStringLiteral("NVIDIA A40"));
        QCOMPARE(request.gpuCount, 2);
        QCOMPARE(request.imageName, QStringLiteral("runpod/comfyui:latest"));
        QCOMPARE(request.networkVolumeId, QStringLiteral("vol1"));
        QCOMPARE(request.dataCenterId, QStringLiteral("EU-RO-1"));
        // CUDA 12.4 "or newer", as `autopod connect` asks (the dialog once allowed 12.4 alone).
        QCOMPARE(request.allowedCudaVersions, autopod::api::offers::cudaVersionsAtLeast(QStringLiteral("12.4")));
        QVERIFY(request.allowedCudaVersions.contains(QStringLiteral("13.0")));
        // ComfyUI only through the tunnel: not published on RunPod's public proxy.
        QCOMPARE(request.ports, QStringLiteral("22/tcp"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Publishing ComfyUI on RunPod's proxy is possible, asked for explicitly, and warned about.
    void publishingComfyUiIsAnExplicitChoice()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QSignalSpy confirmed(&dialog, &NewPodDialog::createConfirmed);
        QVERIFY(loaded.wait(2000));
        auto* publish = dialog.findChild<QCheckBox*>(QStringLiteral("publishCheck"));
        QVERIFY(publish);
        QVERIFY(!publish->isChecked());
        publish->setChecked(true);
        dialog.show();
        button(&dialog, QStringLiteral("&Create pod…"))->click();
        QVERIFY(dialog.confirmation());
        QVERIFY2(dialog.confirmation()->informativeText().contains(QStringLiteral("anyone who knows the pod id")),
                 qPrintable(dialog.confirmation()->informativeText()));
        button(dialog.confirmation(), QStringLiteral("Create pod"))->click();
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().first().value<CreatePodRequest>().ports, QStringLiteral("8188/http,22/tcp"));
    }

    // The pod's volume disk (kept across stops) defaults to defaults.volume_gb; with 0 the dialog
    // says that a stop loses the pod's files.
    void theVolumeDiskDefaultsToTheConfiguredSize_andNoneIsWarnedAbout()
    {
        FakeRunPodApi api;
        fill(api);
        NewPodDefaults d = defaults();
        d.volumeGb = 20;
        NewPodDialog dialog(api, d);
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QSignalSpy confirmed(&dialog, &NewPodDialog::createConfirmed);
        QVERIFY(loaded.wait(2000));
        dialog.show();
        auto* disk = dialog.findChild<QSpinBox*>(QStringLiteral("volumeDiskSpin"));
        QVERIFY(disk);
        QCOMPARE(disk->value(), 20);
        QVERIFY(dialog.volumeWarning().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("volumeDiskWarning"))->isHidden());
        QCOMPARE(dialog.request()->volumeGb, 20);

        disk->setValue(0);
        QVERIFY2(dialog.volumeWarning().contains(QStringLiteral("its files are lost")),
                 qPrintable(dialog.volumeWarning()));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("volumeDiskWarning"))->isHidden());
        button(&dialog, QStringLiteral("&Create pod…"))->click();
        button(dialog.confirmation(), QStringLiteral("Create pod"))->click();
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed.first().first().value<CreatePodRequest>().volumeGb, 0);

        // Opened with defaults.volume_gb = 0, it warns from the start.
        d.volumeGb = 0;
        NewPodDialog none(api, d);
        QVERIFY(!none.volumeWarning().isEmpty());
    }

    void offersEveryCudaVersionTheCliKnows()
    {
        FakeRunPodApi api;
        NewPodDialog dialog(api, defaults());
        const auto* cuda = dialog.findChild<QComboBox*>(QStringLiteral("cudaCombo"));
        QVERIFY(cuda);
        for (const QString& v : autopod::api::offers::knownCudaVersions()) {
            QVERIFY2(cuda->findData(v) >= 0, qPrintable(v)); // 13.0 was missing here once
        }
    }

    void explainsWhenNothingMatches()
    {
        FakeRunPodApi api;
        NewPodDialog dialog(api, defaults());
        QSignalSpy loaded(&dialog, &NewPodDialog::offersLoaded);
        QVERIFY(loaded.wait(2000));
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
        QVERIFY(error->text().contains(QStringLiteral("No GPU matches")));
        QVERIFY(!button(&dialog, QStringLiteral("&Create pod…"))->isEnabled());

        api.failNext(QStringLiteral("gpuOffers"), autopod::api::ApiError{autopod::api::ApiError::Kind::InvalidApiKey,
                                                                         QStringLiteral("RunPod refused the API key."),
                                                                         {},
                                                                         401});
        QSignalSpy failed(&dialog, &NewPodDialog::searchFailed);
        dialog.search();
        QVERIFY(failed.wait(2000));
        QCOMPARE(error->text(), QStringLiteral("RunPod refused the API key."));
    }
};

QTEST_MAIN(NewPodDialogTest)
#include "tst_newpoddialog.moc"
