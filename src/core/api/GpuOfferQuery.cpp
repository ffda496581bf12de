// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GpuOfferQuery.h"

#include "core/app/Numbers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace autopod::api::offers {

namespace {

int stockRank(const QString& stock)
{
    if (stock.compare(QLatin1String("High"), Qt::CaseInsensitive) == 0) {
        return 3;
    }
    if (stock.compare(QLatin1String("Medium"), Qt::CaseInsensitive) == 0) {
        return 2;
    }
    if (stock.compare(QLatin1String("Low"), Qt::CaseInsensitive) == 0) {
        return 1;
    }
    return 0; // "None", null, or unknown wording
}

// A lowestPrice object that can actually be rented: a price and some stock.
bool hasStock(const QJsonValue& lowestPrice)
{
    const QJsonObject lp = lowestPrice.toObject();
    const QJsonValue price = lp.value(QStringLiteral("uninterruptablePrice"));
    return price.isDouble() && price.toDouble() > 0 &&
           stockRank(lp.value(QStringLiteral("stockStatus")).toString()) > 0;
}

QString cloudName(CloudType cloud)
{
    switch (cloud) {
    case CloudType::Secure:
        return QStringLiteral("Secure cloud");
    case CloudType::Community:
        return QStringLiteral("Community cloud");
    case CloudType::All:
        return QStringLiteral("Secure or Community cloud");
    }
    return {};
}

// The newest CUDA tiers an offer is rated by (see GpuTypes.graphql's cudaTier aliases).
const QStringList& cudaTiers()
{
    static const QStringList tiers{QStringLiteral("13.0"), QStringLiteral("12.8"), QStringLiteral("12.4")};
    return tiers;
}

QString tierVersion(int tier, const QString& requested)
{
    const QString t = cudaTiers().at(tier);
    return (!requested.isEmpty() && compareVersions(requested, t) > 0) ? requested : t;
}

bool dataCenterInScope(const GpuFilter& filter, const QString& region, const QString& dcId)
{
    if (!filter.dataCenterId.isEmpty()) {
        return dcId == filter.dataCenterId;
    }
    return region.isEmpty() || regionOfDataCenter(dcId) == region;
}

} // namespace

QString regionOfDataCenter(const QString& dataCenterId)
{
    const QString area = dataCenterId.section(QLatin1Char('-'), 0, 0).toUpper();
    if (area == QLatin1String("US") || area == QLatin1String("CA") || area == QLatin1String("MX")) {
        return QStringLiteral("NA");
    }
    if (area == QLatin1String("EU") || area == QLatin1String("EUR")) {
        return QStringLiteral("EU");
    }
    if (area == QLatin1String("AP") || area == QLatin1String("OC") || area == QLatin1String("SEA") ||
        area == QLatin1String("ASIA")) {
        return QStringLiteral("AP");
    }
    return {};
}

QString countryOfDataCenter(const QString& dataCenterId)
{
    const QString area = dataCenterId.section(QLatin1Char('-'), 0, 0).toUpper();
    if (area == QLatin1String("US") || area == QLatin1String("CA") || area == QLatin1String("MX")) {
        return area;
    }
    const QString place = dataCenterId.section(QLatin1Char('-'), 1, 1).toUpper();
    return place.size() == 2 ? place : QString();
}

QString normalizeRegion(const QString& region)
{
    QString r = region.trimmed().toUpper();
    r.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (r == QLatin1String("NORTH AMERICA") || r == QLatin1String("US")) {
        return QStringLiteral("NA");
    }
    if (r == QLatin1String("EUROPE") || r == QLatin1String("EUR")) {
        return QStringLiteral("EU");
    }
    if (r == QLatin1String("ASIA PACIFIC") || r == QLatin1String("APAC") || r == QLatin1String("ASIA")) {
        return QStringLiteral("AP");
    }
    return r;
}

QString normalizedGpuName(const QString& name)
{
    static const QRegularExpression noise(QStringLiteral("nvidia|geforce|rtx|[\\s_-]+"),
                                          QRegularExpression::CaseInsensitiveOption);
    return name.toLower().remove(noise);
}

int findGpu(const QList<GpuOffer>& offers, const QString& wanted)
{
    const QString w = normalizedGpuName(wanted);
    if (w.isEmpty()) {
        return -1;
    }
    for (qsizetype i = 0; i < offers.size(); ++i) {
        if (normalizedGpuName(offers.at(i).displayName) == w || normalizedGpuName(offers.at(i).gpuTypeId) == w) {
            return int(i);
        }
    }
    int found = -1;
    for (qsizetype i = 0; i < offers.size(); ++i) {
        if (normalizedGpuName(offers.at(i).displayName).contains(w) ||
            normalizedGpuName(offers.at(i).gpuTypeId).contains(w)) {
            if (found >= 0) {
                return -1; // ambiguous
            }
            found = int(i);
        }
    }
    return found;
}

QStringList knownCudaVersions()
{
    return {QStringLiteral("11.8"), QStringLiteral("12.0"), QStringLiteral("12.1"), QStringLiteral("12.2"),
            QStringLiteral("12.3"), QStringLiteral("12.4"), QStringLiteral("12.5"), QStringLiteral("12.6"),
            QStringLiteral("12.7"), QStringLiteral("12.8"), QStringLiteral("12.9"), QStringLiteral("13.0")};
}

int compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = pa.value(i).toInt();
        const int y = pb.value(i).toInt();
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

QStringList cudaVersionsAtLeast(const QString& minimum)
{
    QStringList out;
    for (const QString& v : knownCudaVersions()) {
        if (minimum.isEmpty() || compareVersions(v, minimum) >= 0) {
            out.append(v);
        }
    }
    // A version newer than any we know: ask for exactly it rather than for nothing.
    if (out.isEmpty()) {
        out.append(minimum);
    }
    return out;
}

QPair<int, int> speedFloor(const QStringList& networkSpeeds)
{
    QPair<int, int> floor{0, 0};
    bool first = true;
    for (const QString& s : networkSpeeds) {
        QPair<int, int> tier{0, 0};
        if (s.compare(QLatin1String("extreme"), Qt::CaseInsensitive) == 0) {
            tier = {extremeDownloadMbps, extremeUploadMbps};
        } else if (s.compare(QLatin1String("high"), Qt::CaseInsensitive) == 0) {
            tier = {highDownloadMbps, highUploadMbps};
        }
        // Any other word ("any", "low", "medium") adds no floor.
        if (first || tier.first < floor.first) {
            floor = tier;
        }
        first = false;
    }
    return floor;
}

bool matchesFavourite(const QString& favourite, const QString& displayName, const QString& gpuTypeId)
{
    const QString f = normalizedGpuName(favourite);
    return !f.isEmpty() && (f == normalizedGpuName(displayName) || f == normalizedGpuName(gpuTypeId));
}

QJsonObject dataCentersVariables(const GpuFilter& filter)
{
    QJsonObject input{{QStringLiteral("gpuCount"), qMax(1, filter.gpuCount)}};
    if (filter.cloud != CloudType::All) {
        input.insert(QStringLiteral("secureCloud"), filter.cloud == CloudType::Secure);
    }
    if (!filter.cudaVersion.isEmpty()) {
        input.insert(QStringLiteral("allowedCudaVersions"),
                     QJsonArray::fromStringList(cudaVersionsAtLeast(filter.cudaVersion)));
    }
    return {{QStringLiteral("gpuAvailabilityInput"), input}};
}

QList<Scope> scopesFor(const GpuFilter& filter, const QJsonArray& dataCenters)
{
    if (!filter.dataCenterId.isEmpty()) {
        return {Scope{QString(), filter.dataCenterId}};
    }
    const QString region = normalizeRegion(filter.region);
    if (region.isEmpty()) {
        return {Scope{}};
    }
    QStringList countries;
    for (const QJsonValue& dcv : dataCenters) {
        const QJsonObject dc = dcv.toObject();
        const QString id = dc.value(QStringLiteral("id")).toString();
        if (dc.value(QStringLiteral("listed")) == QJsonValue(false) || regionOfDataCenter(id) != region) {
            continue;
        }
        bool anyStock = false;
        for (const QJsonValue& av : dc.value(QStringLiteral("gpuAvailability")).toArray()) {
            const QJsonObject a = av.toObject();
            anyStock = anyStock || (a.value(QStringLiteral("available")).toBool(true) &&
                                    stockRank(a.value(QStringLiteral("stockStatus")).toString()) > 0);
        }
        const QString country = countryOfDataCenter(id);
        if (anyStock && !country.isEmpty() && !countries.contains(country)) {
            countries.append(country);
        }
    }
    countries.sort();
    QList<Scope> scopes;
    for (const QString& c : std::as_const(countries)) {
        scopes.append(Scope{c, QString()});
    }
    return scopes;
}

QJsonObject gpuTypesVariables(const GpuFilter& filter, const Scope& scope)
{
    QJsonObject base{{QStringLiteral("gpuCount"), qMax(1, filter.gpuCount)},
                     {QStringLiteral("supportPublicIp"), true}}; // direct SSH needs a public IP
    if (filter.cloud != CloudType::All) {
        base.insert(QStringLiteral("secureCloud"), filter.cloud == CloudType::Secure);
    }
    if (!scope.countryCode.isEmpty()) {
        base.insert(QStringLiteral("countryCode"), scope.countryCode);
    }
    if (!scope.dataCenterId.isEmpty()) {
        base.insert(QStringLiteral("dataCenterId"), scope.dataCenterId);
    }
    const auto [down, up] = speedFloor(filter.networkSpeeds);
    auto withSpeed = [&](QJsonObject in, int d, int u) {
        if (d > 0) {
            in.insert(QStringLiteral("minDownload"), d);
            in.insert(QStringLiteral("minUpload"), u);
        }
        return in;
    };
    auto withCuda = [](QJsonObject in, const QString& minimum) {
        if (!minimum.isEmpty()) {
            in.insert(QStringLiteral("allowedCudaVersions"), QJsonArray::fromStringList(cudaVersionsAtLeast(minimum)));
        }
        return in;
    };
    const QJsonObject main = withCuda(withSpeed(base, down, up), filter.cudaVersion);
    QJsonObject vars{
        {QStringLiteral("lowestPriceInput"), main},
        {QStringLiteral("highSpeedInput"),
         withCuda(withSpeed(base, qMax(down, highDownloadMbps), qMax(up, highUploadMbps)), filter.cudaVersion)},
        {QStringLiteral("extremeSpeedInput"),
         withCuda(withSpeed(base, qMax(down, extremeDownloadMbps), qMax(up, extremeUploadMbps)), filter.cudaVersion)},
    };
    for (int tier = 0; tier < cudaTiers().size(); ++tier) {
        vars.insert(QStringLiteral("cudaTier%1Input").arg(tier + 1),
                    withCuda(withSpeed(base, down, up), tierVersion(tier, filter.cudaVersion)));
    }
    return vars;
}

QList<GpuOffer> buildOffers(const GpuFilter& filter, const QList<QJsonArray>& gpuTypesPerScope,
                            const QJsonArray& dataCenters)
{
    struct Row
    {
        GpuOffer offer;
        int stock = 0;
        int speed = 0; // 0 below High, 1 High, 2 Extreme
        int cudaTier = -1;
        QSet<int> counts;
    };
    QHash<QString, Row> rows;
    QStringList order; // first-seen order, for stable results

    for (const QJsonArray& gpuTypes : gpuTypesPerScope) {
        for (const QJsonValue& gv : gpuTypes) {
            const QJsonObject g = gv.toObject();
            const QString id = g.value(QStringLiteral("id")).toString();
            if (id.isEmpty() || id.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0) {
                continue;
            }
            const QJsonObject lp = g.value(QStringLiteral("lowestPrice")).toObject();
            if (!hasStock(lp)) {
                continue;
            }
            const double price = lp.value(QStringLiteral("uninterruptablePrice")).toDouble();
            const QString stock = lp.value(QStringLiteral("stockStatus")).toString();
            const bool seen = rows.contains(id);
            Row& row = rows[id];
            if (!seen) {
                order.append(id);
                row.offer.gpuTypeId = id;
                row.offer.displayName = g.value(QStringLiteral("displayName")).toString(id);
                row.offer.memoryGb = countIn(g.value(QStringLiteral("memoryInGb")));
                row.offer.pricePerGpuHr = price;
                const char* maxKey = filter.cloud == CloudType::Secure      ? "maxGpuCountSecureCloud"
                                     : filter.cloud == CloudType::Community ? "maxGpuCountCommunityCloud"
                                                                            : "maxGpuCount";
                row.offer.maxGpuCount = countIn(g.value(QLatin1String(maxKey)));
                if (row.offer.maxGpuCount <= 0) {
                    row.offer.maxGpuCount = countIn(g.value(QStringLiteral("maxGpuCount")));
                }
                row.offer.secureCloud =
                    filter.cloud == CloudType::Secure ||
                    (filter.cloud == CloudType::All && g.value(QStringLiteral("securePrice")).toDouble() == price);
            }
            row.offer.pricePerGpuHr = qMin(row.offer.pricePerGpuHr, price);
            if (stockRank(stock) > row.stock) {
                row.stock = stockRank(stock);
                row.offer.stockStatus = stock;
            }
            for (const QJsonValue& c : lp.value(QStringLiteral("availableGpuCounts")).toArray()) {
                if (c.toInt() > 0) {
                    row.counts.insert(c.toInt());
                }
            }
            if (hasStock(g.value(QStringLiteral("extremeSpeed")))) {
                row.speed = qMax(row.speed, 2);
            } else if (hasStock(g.value(QStringLiteral("highSpeed")))) {
                row.speed = qMax(row.speed, 1);
            }
            for (int tier = 0; tier < cudaTiers().size(); ++tier) {
                if (hasStock(g.value(QStringLiteral("cudaTier%1").arg(tier + 1)))) {
                    row.cudaTier = row.cudaTier < 0 ? tier : qMin(row.cudaTier, tier);
                    break;
                }
            }
        }
    }

    // Where each GPU type is in stock (best stock first), within the region or pinned data center.
    const QString region = normalizeRegion(filter.region);
    QHash<QString, QList<QPair<int, QString>>> where;
    for (const QJsonValue& dcv : dataCenters) {
        const QJsonObject dc = dcv.toObject();
        const QString dcId = dc.value(QStringLiteral("id")).toString();
        if (dcId.isEmpty() || dc.value(QStringLiteral("listed")) == QJsonValue(false) ||
            !dataCenterInScope(filter, region, dcId)) {
            continue;
        }
        for (const QJsonValue& av : dc.value(QStringLiteral("gpuAvailability")).toArray()) {
            const QJsonObject a = av.toObject();
            const int rank = stockRank(a.value(QStringLiteral("stockStatus")).toString());
            if (a.value(QStringLiteral("available")).toBool(true) && rank > 0) {
                where[a.value(QStringLiteral("gpuTypeId")).toString()].append({rank, dcId});
            }
        }
    }

    QList<GpuOffer> offers;
    for (const QString& id : std::as_const(order)) {
        Row& row = rows[id];
        auto dcs = where.value(id);
        std::sort(dcs.begin(), dcs.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto& [rank, dcId] : std::as_const(dcs)) {
            row.offer.dataCenterIds.append(dcId);
        }
        if (!filter.dataCenterId.isEmpty() && row.offer.dataCenterIds.isEmpty()) {
            row.offer.dataCenterIds.append(filter.dataCenterId); // lowestPrice was asked for it alone
        }
        if (!region.isEmpty() && filter.dataCenterId.isEmpty() && row.offer.dataCenterIds.isEmpty()) {
            continue; // no data center of the region reports it
        }
        QList<int> counts = row.counts.values();
        std::sort(counts.begin(), counts.end());
        row.offer.availableGpuCounts = counts;
        row.offer.networkSpeed = row.speed == 2   ? QStringLiteral("Extreme")
                                 : row.speed == 1 ? QStringLiteral("High")
                                                  : QStringLiteral("Medium");
        row.offer.downloadMbps = row.speed == 2 ? extremeDownloadMbps : row.speed == 1 ? highDownloadMbps : 0;
        row.offer.uploadMbps = row.speed == 2 ? extremeUploadMbps : row.speed == 1 ? highUploadMbps : 0;
        row.offer.cudaVersion = row.cudaTier >= 0 ? tierVersion(row.cudaTier, filter.cudaVersion) : filter.cudaVersion;
        offers.append(row.offer);
    }

    return favouritesFirst(filter, offers);
}

QList<GpuOffer> favouritesFirst(const GpuFilter& filter, QList<GpuOffer> offers)
{
    auto favouriteIndex = [&](const GpuOffer& o) -> qsizetype {
        for (qsizetype i = 0; i < filter.favoriteGpus.size(); ++i) {
            if (matchesFavourite(filter.favoriteGpus.at(i), o.displayName, o.gpuTypeId)) {
                return i;
            }
        }
        return -1;
    };
    if (!filter.favoriteGpus.isEmpty()) {
        offers.removeIf([&](const GpuOffer& o) { return favouriteIndex(o) < 0; });
    }
    std::stable_sort(offers.begin(), offers.end(), [&](const GpuOffer& a, const GpuOffer& b) {
        const qsizetype fa = favouriteIndex(a);
        const qsizetype fb = favouriteIndex(b);
        if (fa != fb) {
            return fa < fb;
        }
        if (a.pricePerGpuHr != b.pricePerGpuHr) {
            return a.pricePerGpuHr < b.pricePerGpuHr;
        }
        return a.displayName < b.displayName;
    });
    if (filter.maxResults > 0 && offers.size() > filter.maxResults) {
        offers.resize(filter.maxResults);
    }
    return offers;
}

QList<DataCenter> parseDataCenters(const QJsonArray& dataCenters)
{
    QList<DataCenter> out;
    for (const QJsonValue& v : dataCenters) {
        const QJsonObject o = v.toObject();
        DataCenter dc;
        dc.id = o.value(QStringLiteral("id")).toString();
        if (dc.id.isEmpty() || o.value(QStringLiteral("listed")) == QJsonValue(false)) {
            continue;
        }
        dc.name = o.value(QStringLiteral("name")).toString(dc.id);
        dc.location = o.value(QStringLiteral("location")).toString();
        dc.region = regionOfDataCenter(dc.id);
        out.append(dc);
    }
    return out;
}

QString describeFilter(const GpuFilter& filter)
{
    QStringList parts{cloudName(filter.cloud)};
    if (!filter.dataCenterId.isEmpty()) {
        parts << QStringLiteral("data center %1").arg(filter.dataCenterId);
    } else if (!filter.region.isEmpty()) {
        parts << QStringLiteral("region %1").arg(normalizeRegion(filter.region));
    }
    const auto [down, up] = speedFloor(filter.networkSpeeds);
    if (down >= extremeDownloadMbps) {
        parts << QStringLiteral("network Extreme");
    } else if (down > 0) {
        parts << QStringLiteral("network High or faster");
    }
    if (!filter.cudaVersion.isEmpty()) {
        parts << QStringLiteral("CUDA >= %1").arg(filter.cudaVersion);
    }
    parts << (filter.gpuCount > 1 ? QStringLiteral("%1 GPUs").arg(filter.gpuCount) : QStringLiteral("1 GPU"));
    if (!filter.favoriteGpus.isEmpty()) {
        parts << QStringLiteral("favourites: %1").arg(filter.favoriteGpus.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace autopod::api::offers
