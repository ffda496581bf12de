// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// How the user's choices become one create request, the same for the new-pod dialog and
// `autopod connect`.
#include "core/api/GpuOfferQuery.h"
#include "core/app/ProductDefaults.h"
#include "core/lifecycle/PodRequest.h"

#include <QTest>

using autopod::lifecycle::createRequestFor;
using autopod::lifecycle::PodChoices;

namespace {

PodChoices choices()
{
    PodChoices c;
    c.offer.gpuTypeId = QStringLiteral("NVIDIA A40");
    c.offer.displayName = QStringLiteral("A40");
    c.offer.dataCenterIds = {QStringLiteral("EU-RO-1"), QStringLiteral("EU-SE-1")};
    c.gpuCount = 2;
    return c;
}

} // namespace

class TestPodRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageOrTemplate()
    {
        PodChoices c = choices();
        QCOMPARE(createRequestFor(c).imageName, QString::fromLatin1(autopod::app::kDefaultImage));
        c.templateOrImage = QStringLiteral("ghcr.io/me/comfy:1.2");
        QCOMPARE(createRequestFor(c).imageName, QStringLiteral("ghcr.io/me/comfy:1.2"));
        QVERIFY(createRequestFor(c).templateId.isEmpty());
        c.templateOrImage = QStringLiteral("runpod-comfy-tpl");
        QCOMPARE(createRequestFor(c).templateId, QStringLiteral("runpod-comfy-tpl"));
        QVERIFY(createRequestFor(c).imageName.isEmpty());
    }

    // ComfyUI is reached through the tunnel; RunPod's public proxy only when the user asks.
    void portsPublishComfyUiOnlyWhenAsked()
    {
        PodChoices c = choices();
        QCOMPARE(createRequestFor(c).ports, QStringLiteral("22/tcp"));
        c.publishComfyUi = true;
        QCOMPARE(createRequestFor(c).ports, QStringLiteral("8188/http,22/tcp"));
    }

    // A stop keeps only the volume disk; a network volume replaces it.
    void volumeDiskUnlessANetworkVolume()
    {
        PodChoices c = choices();
        c.volumeGb = 20;
        QCOMPARE(createRequestFor(c).volumeGb, 20);
        c.volumeGb = -5; // a hand-edited config
        QCOMPARE(createRequestFor(c).volumeGb, 0);
        c.volumeGb = 20;
        c.networkVolumeId = QStringLiteral("vol1");
        QCOMPARE(createRequestFor(c).volumeGb, 0);
    }

    void dataCenterFollowsTheVolume()
    {
        PodChoices c = choices();
        QCOMPARE(createRequestFor(c).dataCenterId, QStringLiteral("EU-RO-1")); // where the offer has stock
        QCOMPARE(createRequestFor(c).fallbackDataCenterIds, QStringList{QStringLiteral("EU-SE-1")});
        c.dataCenterId = QStringLiteral("EU-SE-1");
        QCOMPARE(createRequestFor(c).dataCenterId, QStringLiteral("EU-SE-1"));
        // A pod must be where its network volume is, whatever else was chosen.
        c.networkVolumeId = QStringLiteral("vol1");
        c.volumeDataCenter = QStringLiteral("EU-CZ-1");
        QCOMPARE(createRequestFor(c).dataCenterId, QStringLiteral("EU-CZ-1"));
        QCOMPARE(createRequestFor(c).networkVolumeId, QStringLiteral("vol1"));
    }

    void cudaIsAMinimum()
    {
        PodChoices c = choices();
        QVERIFY(createRequestFor(c).allowedCudaVersions.isEmpty());
        c.minimumCuda = QStringLiteral("12.8");
        QCOMPARE(createRequestFor(c).allowedCudaVersions,
                 QStringList({QStringLiteral("12.8"), QStringLiteral("12.9"), QStringLiteral("13.0")}));
    }

    void gpuNamesMatchLoosely()
    {
        QList<autopod::api::GpuOffer> offers(3);
        offers[0].gpuTypeId = QStringLiteral("NVIDIA A40");
        offers[0].displayName = QStringLiteral("A40");
        offers[1].gpuTypeId = QStringLiteral("NVIDIA GeForce RTX 4090");
        offers[1].displayName = QStringLiteral("RTX 4090");
        offers[2].gpuTypeId = QStringLiteral("NVIDIA RTX A6000");
        offers[2].displayName = QStringLiteral("RTX A6000");
        using autopod::api::offers::findGpu;
        QCOMPARE(findGpu(offers, QStringLiteral("a40")), 0);
        QCOMPARE(findGpu(offers, QStringLiteral("NVIDIA A40")), 0);
        QCOMPARE(findGpu(offers, QStringLiteral("RTX4090")), 1);
        QCOMPARE(findGpu(offers, QStringLiteral("rtx-a6000")), 2);
        QCOMPARE(findGpu(offers, QStringLiteral("A")), -1); // several match
        QCOMPARE(findGpu(offers, QStringLiteral("H100")), -1);
    }
};

QTEST_GUILESS_MAIN(TestPodRequest)
#include "tst_podrequest.moc"
