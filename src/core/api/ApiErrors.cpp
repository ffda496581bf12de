// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/ApiErrors.h"

#include <QCoreApplication>

namespace autopod::api {

namespace {

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* n : needles) {
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString quoted(const QString& detail)
{
    // RunPod's own words stay as RunPod wrote them; only our frame around them is translated.
    return detail.isEmpty()
               ? QString()
               : QCoreApplication::translate("RunPodErrors", " (RunPod said: \"%1\")").arg(detail.left(300));
}

} // namespace

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("None");
    case ApiError::Kind::InvalidApiKey:
        return QStringLiteral("InvalidApiKey");
    case ApiError::Kind::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case ApiError::Kind::InsufficientBalance:
        return QStringLiteral("InsufficientBalance");
    case ApiError::Kind::NoGpusMatchingFilters:
        return QStringLiteral("NoGpusMatchingFilters");
    case ApiError::Kind::NoInstancesAvailable:
        return QStringLiteral("NoInstancesAvailable");
    case ApiError::Kind::PodNotFound:
        return QStringLiteral("PodNotFound");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiError::Kind::NetworkTimeout:
        return QStringLiteral("NetworkTimeout");
    case ApiError::Kind::NetworkError:
        return QStringLiteral("NetworkError");
    case ApiError::Kind::ServerError:
        return QStringLiteral("ServerError");
    case ApiError::Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case ApiError::Kind::UnexpectedResponse:
        return QStringLiteral("UnexpectedResponse");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiError::Kind::ApiRetired:
        return QStringLiteral("ApiRetired");
    }
    return QStringLiteral("Unknown");
}

ApiError makeError(ApiError::Kind kind, const QString& detail, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.detail = detail;
    e.httpStatus = httpStatus;
    switch (kind) {
    case ApiError::Kind::None:
        break;
    case ApiError::Kind::InvalidApiKey:
        e.message = QCoreApplication::translate("RunPodErrors",
                                                "RunPod rejected the API key. Check it at "
                                                "https://www.runpod.io/console/user/settings and set a valid one.");
        e.nextStep = NextStep::SetApiKey;
        break;
    case ApiError::Kind::PermissionDenied:
        e.message = QCoreApplication::translate(
            "RunPodErrors",
            "RunPod refused the request: this API key is read-only or restricted. Create a key with read/write "
            "(\"All\") permission at https://www.runpod.io/console/user/settings and set it as the API key.");
        e.nextStep = NextStep::SetApiKey;
        break;
    case ApiError::Kind::InsufficientBalance:
        e.message =
            QCoreApplication::translate(
                "RunPodErrors", "Your RunPod balance is too low for this pod: RunPod needs credit for at least one "
                                "hour of its cost. Add credit at https://www.runpod.io/console/user/billing and "
                                "try again.%1")
                .arg(quoted(detail));
        break;
    case ApiError::Kind::NoGpusMatchingFilters:
        e.message = QCoreApplication::translate(
            "RunPodErrors", "No GPU is available with your filters. Widen them (region, network speed, CUDA "
                            "version, favourite GPUs, cloud type) and try again.");
        e.nextStep = NextStep::ChangeGpuFilters;
        break;
    case ApiError::Kind::NoInstancesAvailable:
        e.message = QCoreApplication::translate(
                        "RunPodErrors", "RunPod has no machine free for this GPU with these settings right now. Pick "
                                        "another GPU type, data center or cloud type, or try again in a few minutes.%1")
                        .arg(quoted(detail));
        break;
    case ApiError::Kind::PodNotFound:
        e.message = QCoreApplication::translate(
            "RunPodErrors", "RunPod no longer knows this pod: it has been terminated (by autopod, in the "
                            "RunPod console, or by RunPod).");
        break;
    case ApiError::Kind::RateLimited:
        e.message = QCoreApplication::translate(
            "RunPodErrors", "RunPod is limiting the rate of requests from this API key. Wait a minute and try "
                            "again.");
        break;
    case ApiError::Kind::NetworkTimeout:
        e.message = QCoreApplication::translate(
            "RunPodErrors", "RunPod did not answer in time. Check your internet connection and try again "
                            "(RunPod's status: https://uptime.runpod.io).");
        break;
    case ApiError::Kind::NetworkError:
        e.message = detail.isEmpty()
                        ? QCoreApplication::translate("RunPodErrors",
                                                      "Could not reach RunPod. Check your internet connection, and "
                                                      "runpod.api_url or AUTOPOD_API_URL if you set them.")
                        : QCoreApplication::translate("RunPodErrors",
                                                      "Could not reach RunPod (%1). Check your internet connection, "
                                                      "and runpod.api_url or AUTOPOD_API_URL if you set them.")
                              .arg(detail);
        break;
    case ApiError::Kind::ServerError:
        e.message = QCoreApplication::translate(
                        "RunPodErrors", "RunPod had an internal error and did not recover. Try again in a few minutes "
                                        "(RunPod's status: https://uptime.runpod.io).%1")
                        .arg(quoted(detail));
        break;
    case ApiError::Kind::InvalidRequest:
        e.message = QCoreApplication::translate("RunPodErrors",
                                                "RunPod rejected the request autopod sent. This is a bug in autopod; "
                                                "please report it with this message: %1")
                        .arg(detail.left(500));
        break;
    case ApiError::Kind::UnexpectedResponse:
        e.message = detail.isEmpty()
                        ? QCoreApplication::translate("RunPodErrors",
                                                      "RunPod answered something autopod does not understand. Try "
                                                      "again; if it persists, report it with "
                                                      "~/.autopod/logs/autopod.log.")
                        : QCoreApplication::translate("RunPodErrors",
                                                      "RunPod answered something autopod does not understand (%1). "
                                                      "Try again; if it persists, report it with "
                                                      "~/.autopod/logs/autopod.log.")
                              .arg(detail.left(200));
        break;
    case ApiError::Kind::Cancelled:
        e.message = QCoreApplication::translate("RunPodErrors", "The request to RunPod was cancelled.");
        break;
    case ApiError::Kind::ApiRetired:
        e.message = QCoreApplication::translate(
                        "RunPodErrors", "RunPod no longer serves its GraphQL API. Set the RunPod transport "
                                        "(runpod.transport) to auto or rest, and autopod uses RunPod's REST API.%1")
                        .arg(quoted(detail));
        break;
    }
    return e;
}

bool announcesRetirement(const QString& message)
{
    return containsAny(message, {"deprecated", "retired", "has been shut down", "no longer available", "sunset"}) &&
           containsAny(message, {"api", "graphql", "endpoint"});
}

QString runPodSaid(const QString& detail)
{
    return quoted(detail);
}

ApiError noApiKeyError()
{
    ApiError e = makeError(ApiError::Kind::InvalidApiKey, QStringLiteral("no API key configured"));
    e.message = QCoreApplication::translate("RunPodErrors",
                                            "No RunPod API key is configured. Create one at "
                                            "https://www.runpod.io/console/user/settings and set it as the API key.");
    return e;
}

ApiError insecureEndpointError(const QUrl& endpoint)
{
    ApiError e = makeError(ApiError::Kind::InvalidRequest,
                           QStringLiteral("refused to send the API key over plain http to %1").arg(endpoint.host()));
    e.message = QCoreApplication::translate(
                    "RunPodErrors", "The RunPod endpoint %1 is plain http to another machine: autopod sends the API "
                                    "key only over https (or over http to this machine, for testing). Use an "
                                    "https:// address in runpod.api_url or AUTOPOD_API_URL.")
                    .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return e;
}

ApiError podNotFoundError(const QString& podId, const QString& detail, int httpStatus)
{
    ApiError e = makeError(ApiError::Kind::PodNotFound,
                           detail.isEmpty() ? QStringLiteral("pod %1 not found").arg(podId) : detail, httpStatus);
    e.message = QCoreApplication::translate(
                    "RunPodErrors", "RunPod no longer knows pod %1: it has been terminated (by autopod, in the RunPod "
                                    "console, or by RunPod).")
                    .arg(podId);
    return e;
}

ApiError notAPublicKeyError()
{
    ApiError e = makeError(ApiError::Kind::InvalidRequest, QStringLiteral("not an OpenSSH public key line"));
    e.message = QCoreApplication::translate(
        "RunPodErrors", "This is not an SSH public key (expected one line like \"ssh-ed25519 AAAA… comment\", "
                        "from the .pub file). Nothing was sent to RunPod.");
    return e;
}

QString transientReason(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::NetworkTimeout:
        return QCoreApplication::translate("RunPodErrors", "RunPod did not answer in time");
    case ApiError::Kind::NetworkError:
        return error.detail.isEmpty() ? QCoreApplication::translate("RunPodErrors", "cannot reach RunPod")
                                      : QCoreApplication::translate("RunPodErrors", "cannot reach RunPod (%1)")
                                            .arg(error.detail.left(120));
    case ApiError::Kind::RateLimited:
        return QCoreApplication::translate("RunPodErrors", "RunPod is rate-limiting requests");
    case ApiError::Kind::ServerError:
        return error.httpStatus >= 500
                   ? QCoreApplication::translate("RunPodErrors", "RunPod answered HTTP %1").arg(error.httpStatus)
                   : QCoreApplication::translate("RunPodErrors", "RunPod had an internal error");
    default:
        return error.text();
    }
}

ApiError classifyGraphQlError(const QString& message, const QString& code, const QString& operationName,
                              bool isMutation, int httpStatus)
{
    using Kind = ApiError::Kind;
    const QString detail = message.trimmed();

    if (containsAny(message, {"not enough free GPUs on the host machine"})) {
        ApiError e = makeError(Kind::NoInstancesAvailable, detail, httpStatus);
        e.message = QCoreApplication::translate(
                        "RunPodErrors", "The GPUs on this pod's host machine are now rented by someone else, so RunPod "
                                        "cannot resume the pod right now. Its volume is kept while it is stopped; try "
                                        "again later, or create a new pod (data outside /workspace or a network volume "
                                        "is not kept).%1")
                        .arg(quoted(detail));
        return e;
    }
    if (containsAny(message,
                    {"no longer any instances available", "no instances currently available",
                     "does not have the resources to deploy", "No compatible CUDA host", "no instances available"})) {
        return makeError(Kind::NoInstancesAvailable, detail, httpStatus);
    }
    if (containsAny(message, {"insufficient balance", "insufficient funds", "not enough credit", "balance is too low",
                              "low balance"})) {
        return makeError(Kind::InsufficientBalance, detail, httpStatus);
    }
    if (containsAny(message, {"spend limit"})) {
        ApiError e = makeError(Kind::InsufficientBalance, detail, httpStatus);
        e.message =
            QCoreApplication::translate(
                "RunPodErrors", "This pod would take your RunPod spending above your account's spend limit. Stop "
                                "other pods or raise the limit at https://www.runpod.io/console/user/billing.%1")
                .arg(quoted(detail));
        return e;
    }
    if (containsAny(message, {"unauthorized", "forbidden", "permission denied", "not authorized", "access denied"}) ||
        code == QLatin1String("UNAUTHENTICATED") || code == QLatin1String("FORBIDDEN")) {
        ApiError e = makeError(Kind::PermissionDenied, detail, httpStatus);
        if (!isMutation) {
            e.message =
                QCoreApplication::translate(
                    "RunPodErrors", "RunPod refused to answer %1 for this API key. Make sure the key has read "
                                    "permission at https://www.runpod.io/console/user/settings and set it as the "
                                    "API key.")
                    .arg(operationName);
        }
        return e;
    }
    if (containsAny(message,
                    {"pod not found", "could not find pod", "no pod found", "pod does not exist", "is TERMINATED"})) {
        return makeError(Kind::PodNotFound, detail, httpStatus);
    }
    if (containsAny(message, {"too many requests", "rate limit"})) {
        return makeError(Kind::RateLimited, detail, httpStatus);
    }
    if (containsAny(message, {"Something went wrong", "Internal server error", "try again later"}) ||
        code == QLatin1String("INTERNAL_SERVER_ERROR")) {
        return makeError(Kind::ServerError, detail, httpStatus);
    }
    if (code == QLatin1String("GRAPHQL_VALIDATION_FAILED") || code == QLatin1String("GRAPHQL_PARSE_FAILED") ||
        code == QLatin1String("BAD_USER_INPUT") ||
        containsAny(message, {"Cannot query field", "is not defined by type", "Unknown argument", "Unknown type",
                              "Syntax Error", "Variable \"$", "Expected type", "Expected value of type",
                              "must have a selection", "must not have a selection", "Must provide query"})) {
        return makeError(Kind::InvalidRequest, detail, httpStatus);
    }
    // Any other refusal (a template or network volume that does not exist, an image missing...):
    // the request cannot succeed as it is, so it is not retried; RunPod's words tell the user why.
    ApiError e = makeError(Kind::InvalidRequest, detail, httpStatus);
    e.message =
        QCoreApplication::translate("RunPodErrors", "RunPod refused %1: %2").arg(operationName, detail.left(500));
    return e;
}

} // namespace autopod::api
