// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/RestV2Parsers.h"

#include "core/api/GpuOfferQuery.h"
#include "core/app/Numbers.h"

#include <QHash>
#include <QHostAddress>
#include <QUrlQuery>

#include <algorithm>

namespace autopod::api::restv2 {

namespace {

bool isPrivateAddress(const QString& ip)
{
    const QHostAddress a(ip);
    if (a.isNull()) {
        return true;
    }
    static const QList<QPair<QHostAddress, int>> ranges{
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10"))}; // RunPod's http-port addresses
    for (const auto& r : ranges) {
        if (a.isInSubnet(r)) {
            return true;
        }
    }
    return false;
}

QString title(const QString& level)
{
    const QString l = level.toLower();
    return l.isEmpty() ? l : l.at(0).toUpper() + l.mid(1);
}

QString cloudName(CloudType cloud)
{
    return cloud == CloudType::Community ? QStringLiteral("COMMUNITY") : QStringLiteral("SECURE");
}

} // namespace

PodStatus parseStatus(const QString& s)
{
    if (s == QLatin1String("RUNNING")) {
        return PodStatus::Running;
    }
    if (s == QLatin1String("EXITED")) {
        return PodStatus::Exited;
    }
    if (s == QLatin1String("PROVISIONING") || s == QLatin1String("STARTING")) {
        return PodStatus::Created;
    }
    if (s == QLatin1String("ERROR")) {
        return PodStatus::Error;
    }
    if (s == QLatin1String("TERMINATED")) {
        return PodStatus::Terminated;
    }
    return PodStatus::Unknown;
}

std::optional<Pod> parsePod(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    Pod pod;
    pod.id = o.value(QStringLiteral("id")).toString();
    if (pod.id.isEmpty()) {
        return std::nullopt;
    }
    pod.name = o.value(QStringLiteral("name")).toString();
    pod.imageName = o.value(QStringLiteral("image")).toString();
    pod.stage = o.value(QStringLiteral("status")).toString();
    pod.desiredStatus = parseStatus(pod.stage);
    pod.costPerHr = clampedUsd(o.value(QStringLiteral("cost")).toDouble());
    const QJsonObject gpu = o.value(QStringLiteral("gpu")).toObject();
    pod.gpuTypeId = gpu.value(QStringLiteral("id")).toString();
    pod.gpuDisplayName = gpu.value(QStringLiteral("name")).toString(pod.gpuTypeId);
    pod.gpuCount = countIn(gpu.value(QStringLiteral("count")));
    pod.dataCenterId = o.value(QStringLiteral("dataCenterId")).toString();
    pod.containerDiskGb = countIn(o.value(QStringLiteral("disk")));
    const QJsonObject mounts = o.value(QStringLiteral("mounts")).toObject();
    const QJsonObject persistent = mounts.value(QStringLiteral("persistent")).toObject();
    pod.volumeGb = countIn(persistent.value(QStringLiteral("size")));
    pod.volumeMountPath = persistent.value(QStringLiteral("path")).toString();
    const QJsonArray network = mounts.value(QStringLiteral("network")).toArray();
    if (!network.isEmpty()) {
        pod.networkVolumeId = network.first().toObject().value(QStringLiteral("volumeId")).toString();
        if (pod.volumeMountPath.isEmpty()) {
            pod.volumeMountPath = network.first().toObject().value(QStringLiteral("path")).toString();
        }
    }
    QStringList ports;
    for (const QJsonValue& p : o.value(QStringLiteral("ports")).toArray()) {
        ports << p.toString();
    }
    pod.ports = ports.join(QLatin1Char(','));
    pod.lastStatusChange =
        o.value(QStringLiteral("startedAt")).toString(o.value(QStringLiteral("createdAt")).toString());

    const QJsonValue runtime = o.value(QStringLiteral("runtime"));
    if (runtime.isObject()) {
        PodRuntime rt;
        rt.uptimeSeconds =
            clampedInteger<qint64>(runtime.toObject().value(QStringLiteral("uptime")).toDouble(), 0, kMaxSeconds);
        for (const QJsonValue& pv : runtime.toObject().value(QStringLiteral("ports")).toArray()) {
            const QJsonObject p = pv.toObject();
            PortMapping m;
            m.ip = p.value(QStringLiteral("ip")).toString();
            m.privatePort = portNumber(p.value(QStringLiteral("private")).toDouble());
            m.publicPort = portNumber(p.value(QStringLiteral("public")).toDouble());
            m.type = p.value(QStringLiteral("type")).toString();
            m.isIpPublic = !m.ip.isEmpty() && m.publicPort > 0 && !isPrivateAddress(m.ip);
            rt.ports.append(m);
        }
        // ssh.direct is RunPod's own statement of the direct SSH endpoint: trust it over guesses.
        const QJsonObject direct = o.value(QStringLiteral("ssh")).toObject().value(QStringLiteral("direct")).toObject();
        if (!direct.isEmpty()) {
            rt.ports.removeIf([](const PortMapping& m) { return m.privatePort == 22; });
            PortMapping ssh;
            ssh.ip = direct.value(QStringLiteral("host")).toString();
            ssh.publicPort = portNumber(direct.value(QStringLiteral("port")).toDouble());
            ssh.privatePort = 22;
            ssh.type = QStringLiteral("tcp");
            ssh.isIpPublic = true;
            rt.ports.append(ssh);
        } else {
            for (PortMapping& m : rt.ports) {
                if (m.privatePort == 22) {
                    m.isIpPublic = false; // without ssh.direct RunPod says it is not reachable yet
                }
            }
        }
        pod.runtime = rt;
    }
    return pod;
}

QJsonObject createPodBody(const CreatePodRequest& r)
{
    QJsonObject gpu{{QStringLiteral("id"), r.gpuTypeId}, {QStringLiteral("count"), qMax(1, r.gpuCount)}};
    if (!r.allowedCudaVersions.isEmpty()) {
        gpu.insert(QStringLiteral("allowedCudaVersions"), QJsonArray::fromStringList(r.allowedCudaVersions));
    }
    QJsonArray ports;
    for (const QString& p : (r.ports.isEmpty() ? podPorts(false) : r.ports).split(QLatin1Char(','))) {
        ports.append(p.trimmed());
    }
    QJsonObject body{{QStringLiteral("name"), r.name},
                     {QStringLiteral("gpu"), gpu},
                     {QStringLiteral("cloud"), cloudName(r.cloud)},
                     {QStringLiteral("disk"), r.containerDiskGb > 0 ? r.containerDiskGb : 50},
                     {QStringLiteral("ports"), ports},
                     {QStringLiteral("startSsh"), true}};
    if (!r.imageName.isEmpty()) {
        body.insert(QStringLiteral("image"), r.imageName);
    }
    if (!r.templateId.isEmpty()) {
        body.insert(QStringLiteral("templateId"), r.templateId);
    }
    if (!r.publicKey.trimmed().isEmpty()) {
        body.insert(QStringLiteral("env"), QJsonObject{{QStringLiteral("PUBLIC_KEY"), r.publicKey.trimmed()}});
    }
    QStringList preferred;
    for (const QString& dc : QStringList{r.dataCenterId} + r.fallbackDataCenterIds) {
        if (!dc.isEmpty() && !preferred.contains(dc)) {
            preferred << dc;
        }
    }
    if (!r.networkVolumeId.isEmpty() && !r.dataCenterId.isEmpty()) {
        preferred = QStringList{r.dataCenterId}; // the volume's data center, nowhere else
    }
    if (!preferred.isEmpty()) {
        body.insert(QStringLiteral("dataCenterIds"), QJsonArray::fromStringList(preferred));
    }
    // A network volume and a pod volume are mutually exclusive in REST v2; the network volume wins.
    const QString path = r.volumeMountPath.isEmpty() ? QStringLiteral("/workspace") : r.volumeMountPath;
    QJsonObject mounts;
    if (!r.networkVolumeId.isEmpty()) {
        mounts.insert(QStringLiteral("network"), QJsonArray{QJsonObject{{QStringLiteral("volumeId"), r.networkVolumeId},
                                                                        {QStringLiteral("path"), path}}});
    } else if (r.volumeGb > 0) {
        mounts.insert(QStringLiteral("persistent"),
                      QJsonObject{{QStringLiteral("size"), r.volumeGb}, {QStringLiteral("path"), path}});
    }
    if (!mounts.isEmpty()) {
        body.insert(QStringLiteral("mounts"), mounts);
    }
    return body;
}

QString regionOf(const QString& restRegion)
{
    if (restRegion == QLatin1String("NORTH_AMERICA")) {
        return QStringLiteral("NA");
    }
    if (restRegion == QLatin1String("EUROPE")) {
        return QStringLiteral("EU");
    }
    if (restRegion == QLatin1String("ASIA") || restRegion == QLatin1String("OCEANIA")) {
        return QStringLiteral("AP");
    }
    return {};
}

QString catalogQuery(const GpuFilter& filter)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("include"), QStringLiteral("AVAILABILITY"));
    q.addQueryItem(QStringLiteral("product"), QStringLiteral("POD"));
    q.addQueryItem(QStringLiteral("count"), QString::number(qMax(1, filter.gpuCount)));
    if (filter.cloud != CloudType::All) {
        q.addQueryItem(QStringLiteral("cloud"), cloudName(filter.cloud));
    }
    if (!filter.cudaVersion.isEmpty()) {
        q.addQueryItem(QStringLiteral("minCudaVersion"), filter.cudaVersion);
    }
    return q.query(QUrl::FullyEncoded);
}

QString dataCentersQuery()
{
    return QStringLiteral("include=GPU_AVAILABILITY");
}

namespace {

int stockRank(const QString& availability)
{
    if (availability == QLatin1String("HIGH")) {
        return 3;
    }
    if (availability == QLatin1String("MEDIUM")) {
        return 2;
    }
    if (availability == QLatin1String("LOW")) {
        return 1;
    }
    return 0; // NONE, missing
}

} // namespace

QList<GpuOffer> buildOffers(const GpuFilter& filter, const QJsonArray& gpus, const QJsonArray& dataCenters)
{
    const QString region = offers::normalizeRegion(filter.region);
    QHash<QString, QString> regionOfDc;
    for (const QJsonValue& v : dataCenters) {
        const QJsonObject dc = v.toObject();
        const QString r = regionOf(dc.value(QStringLiteral("region")).toString());
        if (!r.isEmpty()) {
            regionOfDc.insert(dc.value(QStringLiteral("id")).toString(), r);
        }
    }
    auto dcRegion = [&regionOfDc](const QString& id) {
        return regionOfDc.value(id, offers::regionOfDataCenter(id));
    };
    QList<GpuOffer> out;
    for (const QJsonValue& gv : gpus) {
        const QJsonObject g = gv.toObject();
        GpuOffer o;
        o.gpuTypeId = g.value(QStringLiteral("id")).toString();
        if (o.gpuTypeId.isEmpty() || o.gpuTypeId == QLatin1String("unknown")) {
            continue;
        }
        const QJsonObject price = g.value(QStringLiteral("price")).toObject();
        const QJsonObject maxCount = g.value(QStringLiteral("maxCount")).toObject();
        const bool community = filter.cloud == CloudType::Community;
        const QJsonValue p = price.value(community ? QStringLiteral("community") : QStringLiteral("secure"));
        const QString availability = g.value(QStringLiteral("availability")).toString();
        if (!p.isDouble() || p.toDouble() <= 0 || stockRank(availability) == 0) {
            continue;
        }
        o.displayName = g.value(QStringLiteral("name")).toString(o.gpuTypeId);
        o.memoryGb = countIn(g.value(QStringLiteral("memory")));
        o.pricePerGpuHr = clampedUsd(p.toDouble());
        o.secureCloud = !community;
        o.maxGpuCount = countIn(maxCount.value(community ? QStringLiteral("community") : QStringLiteral("secure")));
        QList<QPair<int, QString>> inScope; // (stock, data center)
        for (const QJsonValue& dv : g.value(QStringLiteral("dataCenters")).toArray()) {
            const QJsonObject dc = dv.toObject();
            const QString id = dc.value(QStringLiteral("id")).toString();
            const int rank = stockRank(dc.value(QStringLiteral("availability")).toString());
            const bool wanted = filter.dataCenterId.isEmpty() ? (region.isEmpty() || dcRegion(id) == region)
                                                              : id == filter.dataCenterId;
            if (wanted && rank > 0) {
                inScope.append({rank, id});
            }
        }
        const bool scoped = !region.isEmpty() || !filter.dataCenterId.isEmpty();
        if (scoped && inScope.isEmpty()) {
            continue;
        }
        std::stable_sort(inScope.begin(), inScope.end(),
                         [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [rank, id] : inScope) {
            o.dataCenterIds.append(id);
        }
        // Where the user looks, the stock there; anywhere, RunPod's overall figure.
        o.stockStatus = title(scoped ? (inScope.first().first == 3   ? QStringLiteral("HIGH")
                                        : inScope.first().first == 2 ? QStringLiteral("MEDIUM")
                                                                     : QStringLiteral("LOW"))
                                     : availability);
        for (const QJsonValue& cv : g.value(QStringLiteral("cudaVersions")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString v = c.value(QStringLiteral("version")).toString();
            if (c.value(QStringLiteral("available")).toBool() &&
                (o.cudaVersion.isEmpty() || offers::compareVersions(v, o.cudaVersion) > 0)) {
                o.cudaVersion = v;
            }
        }
        out.append(o);
    }
    return offers::favouritesFirst(filter, out);
}

} // namespace autopod::api::restv2
