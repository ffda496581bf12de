// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/app/NextStep.h"
#include "core/app/ProductDefaults.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types exchanged with RunPod, independent of the transport (GraphQL today, REST v2 next).
namespace autopod::api {

enum class CloudType
{
    Secure,
    Community,
    All
};

// What the user asked for when looking for a GPU: cloud, region, network speed, CUDA, favourites.
struct GpuFilter
{
    CloudType cloud = CloudType::Secure;
    QString region;            // "NA", "EU", "AP"; empty = anywhere
    QString dataCenterId;      // pins one data center; empty = any in the region
    QStringList networkSpeeds; // "high", "extreme" (mapped to minimum download/upload Mbps)
    QString cudaVersion;       // minimum CUDA version, e.g. "12.8"; empty = any
    int gpuCount = 1;
    QStringList favoriteGpus; // display names, e.g. "RTX A40"; empty = all
    int maxResults = 5;
};

// One row of the GPU table: a GPU type with the best data center that has it.
struct GpuOffer
{
    QString gpuTypeId;   // RunPod's id, e.g. "NVIDIA A40" — never match on display names
    QString displayName; // "RTX A40"
    int memoryGb = 0;
    double pricePerGpuHr = 0; // on-demand price for the chosen cloud type
    QString stockStatus;      // "High", "Medium", "Low" ("None" rows are not offered)
    QList<int> availableGpuCounts;
    int maxGpuCount = 0;
    QString networkSpeed; // "Extreme", "High", "Medium", "Low"
    int downloadMbps = 0;
    int uploadMbps = 0;
    QString cudaVersion;       // highest CUDA version available where it is offered
    QStringList dataCenterIds; // where it is in stock, best first
    bool secureCloud = true;
};

struct DataCenter
{
    QString id; // "EU-RO-1"
    QString name;
    QString location;
    QString region; // "NA", "EU", "AP" as autopod groups them
};

struct NetworkVolume
{
    QString id;
    QString name;
    int sizeGb = 0;
    QString dataCenterId;
};

struct Account
{
    QString id;
    QString email;
    QString pubKey; // newline-separated authorized_keys lines
    double balance = 0;
    double spendPerHr = 0;
    double spendLimit = 0;
};

struct PortMapping
{
    QString ip;
    bool isIpPublic = false;
    int privatePort = 0;
    int publicPort = 0;
    QString type; // "tcp" or "http"
};

struct PodRuntime
{
    qint64 uptimeSeconds = 0;
    QList<PortMapping> ports;
};

// RunPod's desiredStatus, with Gone for a pod RunPod no longer knows.
enum class PodStatus
{
    Created,
    Running,
    Restarting,
    Exited,
    Paused,
    Dead,
    Error, // REST v2's ERROR: the container is in an unrecoverable error state (the pod still exists)
    Terminated,
    Unknown
};

struct Pod
{
    QString id;
    QString name;
    QString imageName;
    PodStatus desiredStatus = PodStatus::Unknown;
    QString lastStatusChange; // "Exited by user: ..."
    double costPerHr = 0;
    int gpuCount = 0;
    QString gpuTypeId;
    QString gpuDisplayName;
    QString dataCenterId;
    QString machineId;
    int containerDiskGb = 0;
    int volumeGb = 0;
    QString volumeMountPath;
    QString networkVolumeId;
    QString ports; // "22/tcp" (see podPorts())
    // REST v2's status word (PROVISIONING, STARTING, RUNNING, EXITED, ERROR): the creation stage
    // GraphQL does not show. Empty on GraphQL.
    QString stage;
    std::optional<PodRuntime> runtime; // null until the container is up

    // The direct SSH endpoint (22/tcp on a public IP), the only one that can forward ports.
    std::optional<PortMapping> publicSsh() const
    {
        if (desiredStatus != PodStatus::Running || !runtime) {
            return std::nullopt;
        }
        for (const PortMapping& p : runtime->ports) {
            if (p.privatePort == 22 && p.isIpPublic && p.type == QLatin1String("tcp") && p.publicPort > 0) {
                return p;
            }
        }
        return std::nullopt;
    }
};

// The ports a new pod exposes. ComfyUI is reached through the SSH tunnel (22/tcp); publishing
// 8188/http as well puts it, without any authentication, on RunPod's public proxy
// (https://<podId>-8188.proxy.runpod.net), where anyone who knows the pod id can use it. Opt-in only.
inline QString podPorts(bool publishComfyUi)
{
    return publishComfyUi ? QStringLiteral("%1/http,22/tcp").arg(app::kComfyUiPort) : QStringLiteral("22/tcp");
}

struct CreatePodRequest
{
    QString name; // autopod-YYYY-MM-DD-NNN
    QString imageName = QString::fromLatin1(app::kDefaultImage);
    QString templateId; // optional; RunPod template instead of an image
    QString gpuTypeId;
    int gpuCount = 1;
    CloudType cloud = CloudType::Secure;
    QString dataCenterId; // optional
    // Where else the GPU is in stock, best first: REST v2 sends [dataCenterId, these...] as its
    // dataCenterIds preference list; GraphQL takes only dataCenterId.
    QStringList fallbackDataCenterIds;
    QString countryCode;     // optional
    QString networkVolumeId; // optional
    int containerDiskGb = 50;
    int volumeGb = 0;
    QString volumeMountPath = QStringLiteral("/workspace");
    QString ports = podPorts(false);
    QString publicKey; // sent as the PUBLIC_KEY env var
    QStringList allowedCudaVersions;
    int minDownloadMbps = 0;
    int minUploadMbps = 0;
    // RunPod stops the pod at this time by itself (GraphQL create input; REST v2 has no such
    // field). Invalid = never.
    QDateTime stopAfter;
};

// Errors a user can act on. message is written for the user; detail keeps what
// RunPod said, for the log.
struct ApiError
{
    enum class Kind
    {
        None,
        InvalidApiKey,    // HTTP 401
        PermissionDenied, // "Unauthorized" GraphQL error: key lacks write access
        InsufficientBalance,
        NoGpusMatchingFilters, // nothing in the catalogue fits the filters
        NoInstancesAvailable,  // create refused for capacity
        PodNotFound,
        RateLimited, // 429 after the retries
        NetworkTimeout,
        NetworkError,       // connection refused, DNS, TLS...
        ServerError,        // 5xx / "Something went wrong" after the retries
        InvalidRequest,     // GraphQL validation error: a bug in autopod
        UnexpectedResponse, // not JSON, wrong shape
        Cancelled,
        ApiRetired // the GraphQL endpoint says it is gone (HTTP 404/410, "deprecated"/"retired")
    };

    Kind kind = Kind::None;
    QString message;
    QString detail;
    int httpStatus = 0;
    NextStep nextStep = NextStep::None; // what the user can do about it; the message says it in words

    bool isError() const { return kind != Kind::None; }
    // What to tell the user: the message, else the detail.
    QString text() const { return message.isEmpty() ? detail : message; }
    // Worth trying the same call again after a backoff.
    bool isTransient() const
    {
        return kind == Kind::NetworkTimeout || kind == Kind::NetworkError || kind == Kind::ServerError ||
               kind == Kind::RateLimited;
    }
};

template <typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;

    bool ok() const { return !error.isError(); }
    static ApiResult success(T v) { return ApiResult{std::move(v), {}}; }
    static ApiResult failure(ApiError e) { return ApiResult{std::nullopt, std::move(e)}; }
};

// For calls whose success carries nothing (terminate).
struct Done
{
};

} // namespace autopod::api

Q_DECLARE_METATYPE(autopod::api::Pod)
