// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The GPU filter rules: regions, network speed, CUDA, favourites, and how RunPod's answers become
// the GPU table (and through GraphQlRunPodApi::gpuOffers, with a fake network).
#include "api/ApiTestUtil.h"
#include "core/api/GpuOfferQuery.h"
#include "core/api/GraphQlRunPodApi.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QTest>

using namespace autopod::api;
using namespace autopod::api::offers;
using autopod::test::FakeNetworkAccessManager;
using autopod::test::FakeResponse;
using autopod::test::RecordedRequest;

namespace {

QJsonObject lp(QJsonValue price, QJsonValue stock, QJsonArray counts = {1, 2})
{
    return {{QStringLiteral("uninterruptablePrice"), price},
            {QStringLiteral("stockStatus"), stock},
            {QStringLiteral("availableGpuCounts"), counts}};
}

const QJsonObject none = lp(QJsonValue::Null, QJsonValue::Null, {});

// One gpuTypes element. speed: 0 below High, 1 High, 2 Extreme; cuda: newest tier in stock (0 = 13.0,
// 1 = 12.8, 2 = 12.4, -1 none).
QJsonObject gpu(const QString& id, const QString& name, QJsonObject main, int speed = 0, int cuda = 1)
{
    const bool ok = main.value(QStringLiteral("uninterruptablePrice")).isDouble();
    QJsonObject g{{QStringLiteral("id"), id},
                  {QStringLiteral("displayName"), name},
                  {QStringLiteral("memoryInGb"), 48},
                  {QStringLiteral("securePrice"), main.value(QStringLiteral("uninterruptablePrice"))},
                  {QStringLiteral("maxGpuCount"), 8},
                  {QStringLiteral("maxGpuCountSecureCloud"), 10},
                  {QStringLiteral("lowestPrice"), main},
                  {QStringLiteral("highSpeed"), ok && speed >= 1 ? main : none},
                  {QStringLiteral("extremeSpeed"), ok && speed >= 2 ? main : none}};
    for (int t = 0; t < 3; ++t) {
        g.insert(QStringLiteral("cudaTier%1").arg(t + 1), ok && cuda >= 0 && t >= cuda ? main : none);
    }
    return g;
}

QJsonObject dc(const QString& id, QList<QPair<QString, QString>> stock, bool listed = true)
{
    QJsonArray avail;
    for (const auto& [gpuId, status] : stock) {
        avail.append(QJsonObject{{QStringLiteral("gpuTypeId"), gpuId},
                                 {QStringLiteral("available"), status != QLatin1String("None")},
                                 {QStringLiteral("stockStatus"), status}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), id},
            {QStringLiteral("location"), QStringLiteral("somewhere")},
            {QStringLiteral("listed"), listed},
            {QStringLiteral("gpuAvailability"), avail}};
}

QStringList ids(const QList<GpuOffer>& offers)
{
    QStringList out;
    for (const GpuOffer& o : offers) {
        out << o.gpuTypeId;
    }
    return out;
}

QJsonObject dataAnswer(const QJsonObject& d)
{
    return {{QStringLiteral("data"), d}};
}

} // namespace

class tst_gpuofferquery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regions_data()
    {
        QTest::addColumn<QString>("dc");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("country");
        QTest::newRow("US") << "US-TX-3"
                            << "NA"
                            << "US";
        QTest::newRow("CA") << "CA-MTL-1"
                            << "NA"
                            << "CA";
        QTest::newRow("EU") << "EU-RO-1"
                            << "EU"
                            << "RO";
        QTest::newRow("EUR") << "EUR-IS-1"
                             << "EU"
                             << "IS";
        QTest::newRow("AP") << "AP-JP-1"
                            << "AP"
                            << "JP";
        QTest::newRow("OC") << "OC-AU-1"
                            << "AP"
                            << "AU";
        QTest::newRow("SEA") << "SEA-SG-1"
                             << "AP"
                             << "SG";
        QTest::newRow("unknown area") << "SA-BR-1"
                                      << ""
                                      << "BR";
        QTest::newRow("garbage") << "weird"
                                 << ""
                                 << "";
    }

    void regions()
    {
        QFETCH(QString, dc);
        QFETCH(QString, region);
        QFETCH(QString, country);
        QCOMPARE(regionOfDataCenter(dc), region);
        QCOMPARE(countryOfDataCenter(dc), country);
    }

    void regionNames()
    {
        QCOMPARE(normalizeRegion(QStringLiteral("na")), QStringLiteral("NA"));
        QCOMPARE(normalizeRegion(QStringLiteral("North America")), QStringLiteral("NA"));
        QCOMPARE(normalizeRegion(QStringLiteral("europe")), QStringLiteral("EU"));
        QCOMPARE(normalizeRegion(QStringLiteral("ASIA_PACIFIC")), QStringLiteral("AP"));
        QCOMPARE(normalizeRegion(QString()), QString());
    }

    void speedAndCuda()
    {
        QCOMPARE(speedFloor({}), qMakePair(0, 0));
        QCOMPARE(speedFloor({QStringLiteral("high"), QStringLiteral("extreme")}), qMakePair(1000, 500));
        QCOMPARE(speedFloor({QStringLiteral("extreme")}), qMakePair(5000, 2500));
        QCOMPARE(speedFloor({QStringLiteral("High")}), qMakePair(1000, 500));
        QCOMPARE(cudaVersionsAtLeast(QStringLiteral("12.8")),
                 (QStringList{QStringLiteral("12.8"), QStringLiteral("12.9"), QStringLiteral("13.0")}));
        QCOMPARE(cudaVersionsAtLeast(QStringLiteral("14.1")), QStringList{QStringLiteral("14.1")});
        QCOMPARE(compareVersions(QStringLiteral("12.10"), QStringLiteral("12.9")), 1);
    }

    void favourites()
    {
        QVERIFY(matchesFavourite(QStringLiteral("RTX A40"), QStringLiteral("A40"), QStringLiteral("NVIDIA A40")));
        QVERIFY(matchesFavourite(QStringLiteral("RTX 4090"), QStringLiteral("RTX 4090"),
                                 QStringLiteral("NVIDIA GeForce RTX 4090")));
        QVERIFY(matchesFavourite(QStringLiteral("rtx a6000"), QStringLiteral("RTX A6000"),
                                 QStringLiteral("NVIDIA RTX A6000")));
        QVERIFY(
            !matchesFavourite(QStringLiteral("RTX A4000"), QStringLiteral("RTX A40"), QStringLiteral("NVIDIA A40")));
        QVERIFY(!matchesFavourite(QStringLiteral("RTX 3090"), QStringLiteral("RTX 3090 Ti"), QStringLiteral("x")));
        QVERIFY(!matchesFavourite(QString(), QStringLiteral("A40"), QStringLiteral("NVIDIA A40")));
    }

    void variablesCarryTheFilters()
    {
        GpuFilter f;
        f.cloud = CloudType::Secure;
        f.networkSpeeds = {QStringLiteral("high"), QStringLiteral("extreme")};
        f.cudaVersion = QStringLiteral("12.8");
        f.gpuCount = 2;
        const QJsonObject v = gpuTypesVariables(f, Scope{QStringLiteral("US"), QString()});
        const QJsonObject main = v.value(QStringLiteral("lowestPriceInput")).toObject();
        QCOMPARE(main.value(QStringLiteral("gpuCount")).toInt(), 2);
        QCOMPARE(main.value(QStringLiteral("secureCloud")).toBool(), true);
        QCOMPARE(main.value(QStringLiteral("countryCode")).toString(), QStringLiteral("US"));
        QCOMPARE(main.value(QStringLiteral("minDownload")).toInt(), 1000);
        QCOMPARE(main.value(QStringLiteral("minUpload")).toInt(), 500);
        QCOMPARE(main.value(QStringLiteral("supportPublicIp")).toBool(), true);
        QCOMPARE(main.value(QStringLiteral("allowedCudaVersions")).toArray(),
                 (QJsonArray{QStringLiteral("12.8"), QStringLiteral("12.9"), QStringLiteral("13.0")}));
        QCOMPARE(v.value(QStringLiteral("extremeSpeedInput")).toObject().value(QStringLiteral("minDownload")).toInt(),
                 5000);
        // A CUDA tier below the requested minimum is raised to it.
        QCOMPARE(
            v.value(QStringLiteral("cudaTier3Input")).toObject().value(QStringLiteral("allowedCudaVersions")).toArray(),
            main.value(QStringLiteral("allowedCudaVersions")).toArray());
        QCOMPARE(
            v.value(QStringLiteral("cudaTier1Input")).toObject().value(QStringLiteral("allowedCudaVersions")).toArray(),
            QJsonArray{QStringLiteral("13.0")});

        GpuFilter any;
        any.cloud = CloudType::All;
        const QJsonObject anyMain =
            gpuTypesVariables(any, Scope{}).value(QStringLiteral("lowestPriceInput")).toObject();
        QVERIFY(!anyMain.contains(QStringLiteral("secureCloud")));
        QVERIFY(!anyMain.contains(QStringLiteral("minDownload")));
        QVERIFY(!anyMain.contains(QStringLiteral("allowedCudaVersions")));
        QVERIFY(!anyMain.contains(QStringLiteral("countryCode")));

        GpuFilter community;
        community.cloud = CloudType::Community;
        QCOMPARE(dataCentersVariables(community)
                     .value(QStringLiteral("gpuAvailabilityInput"))
                     .toObject()
                     .value(QStringLiteral("secureCloud"))
                     .toBool(true),
                 false);
    }

    void scopes()
    {
        const QJsonArray dcs{dc(QStringLiteral("US-TX-3"), {{QStringLiteral("A"), QStringLiteral("High")}}),
                             dc(QStringLiteral("CA-MTL-1"), {{QStringLiteral("A"), QStringLiteral("Low")}}),
                             dc(QStringLiteral("US-KS-2"), {{QStringLiteral("A"), QStringLiteral("None")}}),
                             dc(QStringLiteral("EU-RO-1"), {{QStringLiteral("A"), QStringLiteral("High")}}),
                             dc(QStringLiteral("EU-SE-1"), {}),
                             dc(QStringLiteral("EU-CZ-1"), {{QStringLiteral("A"), QStringLiteral("High")}}, false)};
        GpuFilter f;
        QCOMPARE(scopesFor(f, dcs).size(), 1); // anywhere
        QVERIFY(scopesFor(f, dcs).first().countryCode.isEmpty());
        f.region = QStringLiteral("NA");
        QList<Scope> s = scopesFor(f, dcs);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].countryCode, QStringLiteral("CA"));
        QCOMPARE(s[1].countryCode, QStringLiteral("US"));
        f.region = QStringLiteral("EU");
        s = scopesFor(f, dcs);
        QCOMPARE(s.size(), 1); // SE has nothing, CZ is unlisted
        QCOMPARE(s[0].countryCode, QStringLiteral("RO"));
        f.region = QStringLiteral("AP");
        QVERIFY(scopesFor(f, dcs).isEmpty());
        f.dataCenterId = QStringLiteral("EU-SE-1");
        QCOMPARE(scopesFor(f, dcs).size(), 1);
        QCOMPARE(scopesFor(f, dcs).first().dataCenterId, QStringLiteral("EU-SE-1"));
    }

    void offersDropUnavailableAndSortByPrice()
    {
        const QJsonArray gpus{
            gpu(QStringLiteral("unknown"), QStringLiteral("unknown"), lp(0.01, QStringLiteral("High"))),
            gpu(QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("RTX A6000"), lp(0.49, QStringLiteral("High")), 2,
                0),
            gpu(QStringLiteral("NVIDIA A40"), QStringLiteral("A40"), lp(0.40, QStringLiteral("Medium")), 1, 1),
            gpu(QStringLiteral("NVIDIA H100"), QStringLiteral("H100 SXM"), none),
            gpu(QStringLiteral("NVIDIA L40S"), QStringLiteral("L40S"), lp(0.86, QStringLiteral("None"))),
            gpu(QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("RTX A5000"), lp(0.27, QStringLiteral("Low"), {1}),
                0, -1),
            QJsonValue(QStringLiteral("garbage")),
        };
        const QJsonArray dcs{
            dc(QStringLiteral("US-TX-3"), {{QStringLiteral("NVIDIA A40"), QStringLiteral("Low")},
                                           {QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("High")}}),
            dc(QStringLiteral("CA-MTL-1"), {{QStringLiteral("NVIDIA A40"), QStringLiteral("High")}}),
            dc(QStringLiteral("EU-RO-1"), {{QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("Medium")}})};
        GpuFilter f;
        QList<GpuOffer> offers = buildOffers(f, {gpus}, dcs);
        QCOMPARE(ids(offers), (QStringList{QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("NVIDIA A40"),
                                           QStringLiteral("NVIDIA RTX A6000")}));
        const GpuOffer& a40 = offers[1];
        QCOMPARE(a40.displayName, QStringLiteral("A40"));
        QCOMPARE(a40.pricePerGpuHr, 0.40);
        QCOMPARE(a40.stockStatus, QStringLiteral("Medium"));
        QCOMPARE(a40.networkSpeed, QStringLiteral("High"));
        QCOMPARE(a40.downloadMbps, 1000);
        QCOMPARE(a40.cudaVersion, QStringLiteral("12.8"));
        QCOMPARE(a40.dataCenterIds, (QStringList{QStringLiteral("CA-MTL-1"), QStringLiteral("US-TX-3")}));
        QCOMPARE(a40.availableGpuCounts, (QList<int>{1, 2}));
        QCOMPARE(a40.maxGpuCount, 10);
        QVERIFY(a40.secureCloud);
        QCOMPARE(offers[2].networkSpeed, QStringLiteral("Extreme"));
        QCOMPARE(offers[2].cudaVersion, QStringLiteral("13.0"));
        QCOMPARE(offers[0].networkSpeed, QStringLiteral("Medium"));
        QCOMPARE(offers[0].cudaVersion, QString());

        f.maxResults = 2;
        QCOMPARE(buildOffers(f, {gpus}, dcs).size(), 2);

        f.maxResults = 5;
        f.region = QStringLiteral("NA"); // A5000 is only in EU
        QCOMPARE(ids(buildOffers(f, {gpus}, dcs)),
                 (QStringList{QStringLiteral("NVIDIA A40"), QStringLiteral("NVIDIA RTX A6000")}));
    }

    void favouritesFilterAndOrder()
    {
        const QJsonArray gpus{
            gpu(QStringLiteral("NVIDIA RTX A6000"), QStringLiteral("RTX A6000"), lp(0.49, QStringLiteral("High"))),
            gpu(QStringLiteral("NVIDIA A40"), QStringLiteral("A40"), lp(0.40, QStringLiteral("High"))),
            gpu(QStringLiteral("NVIDIA GeForce RTX 3090"), QStringLiteral("RTX 3090"),
                lp(0.22, QStringLiteral("High"))),
            gpu(QStringLiteral("NVIDIA RTX A5000"), QStringLiteral("RTX A5000"), lp(0.27, QStringLiteral("High")))};
        GpuFilter f;
        f.favoriteGpus = {QStringLiteral("RTX A40"), QStringLiteral("RTX A6000"), QStringLiteral("RTX A5000"),
                          QStringLiteral("RTX 4090")};
        QCOMPARE(ids(buildOffers(f, {gpus}, {})),
                 (QStringList{QStringLiteral("NVIDIA A40"), QStringLiteral("NVIDIA RTX A6000"),
                              QStringLiteral("NVIDIA RTX A5000")}));
        f.favoriteGpus = {QStringLiteral("RTX 4090")};
        QVERIFY(buildOffers(f, {gpus}, {}).isEmpty());
    }

    void scopesAreMerged()
    {
        // Cheapest price, best stock, fastest network and union of GPU counts across countries.
        const QJsonArray us{gpu(QStringLiteral("G"), QStringLiteral("G"), lp(0.50, QStringLiteral("Low"), {1}), 0, 2)};
        const QJsonArray ca{
            gpu(QStringLiteral("G"), QStringLiteral("G"), lp(0.45, QStringLiteral("High"), {1, 2, 4}), 2, 1)};
        const QJsonArray dcs{dc(QStringLiteral("US-TX-3"), {{QStringLiteral("G"), QStringLiteral("Low")}}),
                             dc(QStringLiteral("CA-MTL-1"), {{QStringLiteral("G"), QStringLiteral("High")}})};
        GpuFilter f;
        f.region = QStringLiteral("NA");
        const QList<GpuOffer> offers = buildOffers(f, {us, ca}, dcs);
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers[0].pricePerGpuHr, 0.45);
        QCOMPARE(offers[0].stockStatus, QStringLiteral("High"));
        QCOMPARE(offers[0].networkSpeed, QStringLiteral("Extreme"));
        QCOMPARE(offers[0].cudaVersion, QStringLiteral("12.8"));
        QCOMPARE(offers[0].availableGpuCounts, (QList<int>{1, 2, 4}));
        QCOMPARE(offers[0].dataCenterIds, (QStringList{QStringLiteral("CA-MTL-1"), QStringLiteral("US-TX-3")}));
    }

    void throughTheApi()
    {
        FakeNetworkAccessManager nam;
        GraphQlRunPodApi api(nam, QUrl(QStringLiteral("https://runpod.test/graphql")),
                             [] { return QStringLiteral("k"); });
        RetryPolicy fast;
        fast.delaysMs = {5};
        api.setRetryPolicy(fast);
        QStringList countries;
        nam.setHandler([&](const RecordedRequest& r) {
            const QJsonObject body = autopod::test::jsonBody(r.body);
            if (body.value(QStringLiteral("operationName")).toString() == QLatin1String("DataCenters")) {
                const QJsonArray dcs{
                    dc(QStringLiteral("US-TX-3"), {{QStringLiteral("NVIDIA A40"), QStringLiteral("High")}}),
                    dc(QStringLiteral("CA-MTL-1"), {{QStringLiteral("NVIDIA A40"), QStringLiteral("Low")}}),
                    dc(QStringLiteral("EU-RO-1"), {{QStringLiteral("NVIDIA A40"), QStringLiteral("High")}})};
                return FakeResponse::json(QJsonDocument(dataAnswer({{QStringLiteral("dataCenters"), dcs}})).toJson());
            }
            const QString country = body.value(QStringLiteral("variables"))
                                        .toObject()
                                        .value(QStringLiteral("lowestPriceInput"))
                                        .toObject()
                                        .value(QStringLiteral("countryCode"))
                                        .toString();
            countries << country;
            const QJsonArray gpus{gpu(QStringLiteral("NVIDIA A40"), QStringLiteral("A40"),
                                      lp(country == QLatin1String("US") ? 0.40 : 0.39, QStringLiteral("High")))};
            return FakeResponse::json(QJsonDocument(dataAnswer({{QStringLiteral("gpuTypes"), gpus}})).toJson());
        });
        GpuFilter f;
        f.region = QStringLiteral("NA");
        auto r = autopod::test::awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { api.gpuOffers(f, c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.value->size(), 1);
        QCOMPARE(r.value->first().pricePerGpuHr, 0.39);
        countries.sort();
        QCOMPARE(countries, (QStringList{QStringLiteral("CA"), QStringLiteral("US")}));

        f.region = QStringLiteral("AP"); // nothing there
        r = autopod::test::awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { api.gpuOffers(f, c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::NoGpusMatchingFilters);
        QVERIFY(r.error.message.contains(QStringLiteral("region AP")));

        f.region.clear();
        f.favoriteGpus = {QStringLiteral("RTX 5090")};
        r = autopod::test::awaitResult<QList<GpuOffer>>([&](QObject* c, auto done) { api.gpuOffers(f, c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::NoGpusMatchingFilters);
        QVERIFY(r.error.message.contains(QStringLiteral("RTX 5090")));
    }
};

QTEST_GUILESS_MAIN(tst_gpuofferquery)
#include "tst_gpuofferquery.moc"
