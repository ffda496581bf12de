// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/ExitCode.h"

namespace autopod::cli {

int exitCodeFor(const api::ApiError& error)
{
    using K = api::ApiError::Kind;
    switch (error.kind) {
    case K::None:
        return Ok;
    case K::InvalidApiKey:
    case K::PermissionDenied:
        return ConfigError;
    case K::InsufficientBalance:
        return InsufficientCredits;
    case K::NoGpusMatchingFilters:
    case K::NoInstancesAvailable:
        return NoCapacity;
    case K::PodNotFound:
        return PodNotFound;
    case K::RateLimited:
    case K::ApiRetired:
    case K::NetworkTimeout:
    case K::NetworkError:
    case K::ServerError:
        return NetworkError;
    case K::Cancelled:
        return Interrupted;
    case K::InvalidRequest:
    case K::UnexpectedResponse:
        break;
    }
    return GenericError;
}

int exitCodeFor(lifecycle::FailureKind kind)
{
    using F = lifecycle::FailureKind;
    switch (kind) {
    case F::InvalidApiKey:
    case F::PermissionDenied:
        return ConfigError;
    case F::InsufficientCredits:
        return InsufficientCredits;
    case F::NoGpusMatchingFilters:
    case F::NoCapacity:
        return NoCapacity;
    case F::NetworkTimeout:
    case F::NetworkError:
        return NetworkError;
    case F::PodNotFound:
        return PodNotFound;
    case F::SshFailure:
        return SshError;
    case F::TunnelFailure:
    case F::ReadinessTimeout:
    case F::PodDied:
        return ReadinessFailed;
    case F::Cancelled:
        return Interrupted;
    case F::Internal:
        break;
    }
    return GenericError;
}

const std::vector<ExitCodeMeaning>& exitCodeMeanings()
{
    static const std::vector<ExitCodeMeaning> table = {
        {Ok, "success"},
        {GenericError, "error not covered below"},
        {UsageError, "invalid command line (unknown option, bad value)"},
        {ConfigError, "configuration or credential problem (no config, invalid API key, SSH key missing)"},
        {InsufficientCredits, "insufficient RunPod credits"},
        {NoCapacity, "no GPU matches the filters, or no capacity to create/start the pod"},
        {SshError, "SSH failure (connection, authentication, host key)"},
        {NetworkError, "network problem reaching RunPod (timeout, unreachable)"},
        {PodNotFound, "pod not found"},
        {ReadinessFailed, "the pod never became ready: it was stopped or terminated (see the message)"},
        {Interrupted, "interrupted (Ctrl-C)"},
    };
    return table;
}

std::string exitCodeHelp()
{
    std::string text = "\nExit codes:\n";
    for (const ExitCodeMeaning& e : exitCodeMeanings()) {
        std::string code = std::to_string(e.code);
        code.resize(5, ' ');
        text += "  " + code + e.meaning + "\n";
    }
    return text;
}

} // namespace autopod::cli
