// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

#include "core/api/ApiTypes.h"

namespace autopod::api {

// The user-facing wording of every error kind, in one place. `detail` is what RunPod (or the
// network) said, kept for the log and, where it helps, quoted in the message.
ApiError makeError(ApiError::Kind kind, const QString& detail = {}, int httpStatus = 0);

// A refusal RunPod gave as a GraphQL error (errors[0].message and extensions.code), as a typed
// error. `operationName` and `isMutation` shape the message (a read-only key only fails on writes).
ApiError classifyGraphQlError(const QString& message, const QString& code, const QString& operationName,
                              bool isMutation, int httpStatus = 200);

// True when RunPod's words say the API itself is deprecated or retired (not a field, not a pod).
bool announcesRetirement(const QString& message);

// " (RunPod said: "…")": RunPod's own words after one of our messages; empty for an empty detail.
QString runPodSaid(const QString& detail);

// The call could not be sent: no API key is configured.
ApiError noApiKeyError();
// The endpoint is plain http to a host other than this machine: the key is not sent there.
ApiError insecureEndpointError(const QUrl& endpoint);

// RunPod no longer knows `podId` (terminated here, in the console, or by RunPod), naming the pod.
ApiError podNotFoundError(const QString& podId, const QString& detail = {}, int httpStatus = 0);

// addPublicKey was given something that is not one OpenSSH public key line: nothing is sent.
ApiError notAPublicKeyError();

// A few words on a transient failure for a progress line ("no answer within 30 s", "HTTP 502").
QString transientReason(const ApiError& error);

// "InvalidApiKey", ... for logs and test output.
QString kindName(ApiError::Kind kind);

} // namespace autopod::api
