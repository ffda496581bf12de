// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/LifecycleTypes.h"

#include "core/api/RetryPolicy.h"

#include <QCoreApplication>

namespace autopod::lifecycle {

QString stageText(ConnectStage stage)
{
    switch (stage) {
    case ConnectStage::RequestingPod:
        return QCoreApplication::translate("ConnectFlow", "Requesting pod...");
    case ConnectStage::WaitingForPodStart:
        return QCoreApplication::translate("ConnectFlow", "Waiting for pod to start...");
    case ConnectStage::WaitingForSsh:
        return QCoreApplication::translate("ConnectFlow", "Pod running, waiting for SSH...");
    case ConnectStage::EstablishingTunnel:
        return QCoreApplication::translate("ConnectFlow", "SSH ready, establishing tunnel...");
    case ConnectStage::Connected:
        return QCoreApplication::translate("ConnectFlow", "Connected!");
    }
    return {};
}

FailureKind failureKindFor(const api::ApiError& error)
{
    using K = api::ApiError::Kind;
    switch (error.kind) {
    case K::InvalidApiKey:
        return FailureKind::InvalidApiKey;
    case K::PermissionDenied:
        return FailureKind::PermissionDenied;
    case K::InsufficientBalance:
        return FailureKind::InsufficientCredits;
    case K::NoGpusMatchingFilters:
        return FailureKind::NoGpusMatchingFilters;
    case K::NoInstancesAvailable:
        return FailureKind::NoCapacity;
    case K::PodNotFound:
        return FailureKind::PodNotFound;
    case K::NetworkTimeout:
        return FailureKind::NetworkTimeout;
    case K::NetworkError:
    case K::ApiRetired:
    case K::RateLimited:
    case K::ServerError:
        return FailureKind::NetworkError;
    case K::Cancelled:
        return FailureKind::Cancelled;
    case K::None:
    case K::InvalidRequest:
    case K::UnexpectedResponse:
        break;
    }
    return FailureKind::Internal;
}

bool hasVolumeDisk(const api::Pod& pod)
{
    // A network volume outlives the pod either way; the volume disk only when it is stopped.
    return pod.volumeGb > 0;
}

ConnectOptions ConnectOptions::fromConfig(const config::Config& config)
{
    ConnectOptions o;
    o.readyTimeoutMs = config.readyTimeoutSeconds() * 1000;
    o.maxRetries = config.lifecycleMaxRetries();
    o.localPort = config.tunnelPort();
    o.guard = pods::GuardSettings::fromConfig(config);
    o.createLookupMs = api::RetryPolicy::withMaxRetries(o.maxRetries).budgetMs();
    return o;
}

int ConnectOptions::retryDelay(int attempt) const
{
    if (retryDelaysMs.isEmpty()) {
        return 0;
    }
    const qsizetype index = qBound(qsizetype(0), qsizetype(attempt - 1), retryDelaysMs.size() - 1);
    return retryDelaysMs.at(index);
}

} // namespace autopod::lifecycle
