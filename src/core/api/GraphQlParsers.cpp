// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GraphQlParsers.h"

#include "core/app/Numbers.h"

#include <QJsonArray>

namespace autopod::api {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

int integer(const QJsonObject& o, const char* key)
{
    return countIn(o.value(QLatin1String(key)));
}

double number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? clampedSignedUsd(v.toDouble()) : 0.0;
}

} // namespace

PodStatus parsePodStatus(const QString& s)
{
    if (s == QLatin1String("RUNNING")) {
        return PodStatus::Running;
    }
    if (s == QLatin1String("EXITED")) {
        return PodStatus::Exited;
    }
    if (s == QLatin1String("CREATED")) {
        return PodStatus::Created;
    }
    if (s == QLatin1String("RESTARTING")) {
        return PodStatus::Restarting;
    }
    if (s == QLatin1String("PAUSED")) {
        return PodStatus::Paused;
    }
    if (s == QLatin1String("DEAD")) {
        return PodStatus::Dead;
    }
    if (s == QLatin1String("TERMINATED")) {
        return PodStatus::Terminated;
    }
    return PodStatus::Unknown;
}

QString podStatusName(PodStatus status)
{
    switch (status) {
    case PodStatus::Created:
        return QStringLiteral("CREATED");
    case PodStatus::Running:
        return QStringLiteral("RUNNING");
    case PodStatus::Restarting:
        return QStringLiteral("RESTARTING");
    case PodStatus::Exited:
        return QStringLiteral("EXITED");
    case PodStatus::Paused:
        return QStringLiteral("PAUSED");
    case PodStatus::Dead:
        return QStringLiteral("DEAD");
    case PodStatus::Error:
        return QStringLiteral("ERROR");
    case PodStatus::Terminated:
        return QStringLiteral("TERMINATED");
    case PodStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

std::optional<Pod> parsePod(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Pod pod;
    pod.id = str(o, "id");
    if (pod.id.isEmpty()) {
        return std::nullopt;
    }
    pod.name = str(o, "name");
    pod.imageName = str(o, "imageName");
    pod.desiredStatus = parsePodStatus(str(o, "desiredStatus"));
    pod.lastStatusChange = str(o, "lastStatusChange");
    pod.costPerHr = clampedUsd(number(o, "costPerHr"));
    pod.gpuCount = integer(o, "gpuCount");
    pod.containerDiskGb = integer(o, "containerDiskInGb");
    pod.volumeGb = integer(o, "volumeInGb");
    pod.volumeMountPath = str(o, "volumeMountPath");
    pod.networkVolumeId = str(o, "networkVolumeId");
    pod.machineId = str(o, "machineId");
    pod.ports = str(o, "ports");

    const QJsonObject machine = o.value(QStringLiteral("machine")).toObject();
    pod.gpuDisplayName = str(machine, "gpuDisplayName");
    pod.gpuTypeId = str(machine, "gpuTypeId");
    pod.dataCenterId = str(machine, "dataCenterId");

    const QJsonValue runtime = o.value(QStringLiteral("runtime"));
    if (runtime.isObject()) {
        const QJsonObject r = runtime.toObject();
        PodRuntime rt;
        rt.uptimeSeconds = clampedInteger<qint64>(r.value(QLatin1String("uptimeInSeconds")).toDouble(), 0, kMaxSeconds);
        // ports may be null while the container starts: a runtime without mappings yet.
        for (const QJsonValue& pv : r.value(QStringLiteral("ports")).toArray()) {
            if (!pv.isObject()) {
                continue;
            }
            const QJsonObject p = pv.toObject();
            PortMapping m;
            m.ip = str(p, "ip");
            m.isIpPublic = p.value(QStringLiteral("isIpPublic")).toBool();
            m.privatePort = portNumber(p.value(QLatin1String("privatePort")).toDouble());
            m.publicPort = portNumber(p.value(QLatin1String("publicPort")).toDouble());
            m.type = str(p, "type");
            rt.ports.append(m);
        }
        pod.runtime = rt;
    }
    return pod;
}

QList<Pod> parsePods(const QJsonValue& value, bool* ok)
{
    QList<Pod> pods;
    *ok = value.isArray(); // null or absent is no answer: it says nothing about the pods
    for (const QJsonValue& v : value.toArray()) {
        if (auto pod = parsePod(v)) {
            pods.append(*pod);
        }
    }
    return pods;
}

std::optional<Account> parseAccount(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    Account a;
    a.id = str(o, "id");
    a.email = str(o, "email");
    a.pubKey = str(o, "pubKey");
    a.balance = number(o, "clientBalance");
    a.spendPerHr = number(o, "currentSpendPerHr");
    a.spendLimit = number(o, "spendLimit");
    return a;
}

std::optional<NetworkVolume> parseNetworkVolume(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    NetworkVolume v;
    v.id = str(o, "id");
    if (v.id.isEmpty()) {
        return std::nullopt;
    }
    v.name = str(o, "name");
    v.sizeGb = integer(o, "size");
    v.dataCenterId = str(o, "dataCenterId");
    return v;
}

} // namespace autopod::api
