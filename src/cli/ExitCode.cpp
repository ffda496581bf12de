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

std::string exitCodeHelp()
{
    return "\nExit codes:\n"
           "  0    success\n"
           "  1    error not covered below\n"
           "  2    invalid command line (unknown option, bad value)\n"
           "  3    configuration or credential problem (no config, invalid API key, SSH key missing)\n"
           "  4    insufficient RunPod credits\n"
           "  5    no GPU matches the filters, or no capacity to create/start the pod\n"
           "  6    SSH failure (connection, authentication, host key)\n"
           "  7    network problem reaching RunPod (timeout, unreachable)\n"
           "  8    pod not found\n"
           "  9    the pod never became ready: it was stopped or terminated (see the message)\n"
           "  130  interrupted (Ctrl-C)\n";
}

} // namespace autopod::cli
