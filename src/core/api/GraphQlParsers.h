// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QJsonObject>
#include <QJsonValue>

namespace autopod::api {

// GraphQL JSON → ApiTypes. Each parser tolerates missing and null fields (RunPod leaves many null)
// and says when the shape is unusable, so garbage becomes UnexpectedResponse, never a crash.
PodStatus parsePodStatus(const QString& desiredStatus);
QString podStatusName(PodStatus status);

// nullopt when `value` is not a pod object with an id.
std::optional<Pod> parsePod(const QJsonValue& value);
std::optional<Account> parseAccount(const QJsonValue& value);
std::optional<NetworkVolume> parseNetworkVolume(const QJsonValue& value);

// `ok` = false unless it is a list: null or absent is no answer about the pods (not "none").
QList<Pod> parsePods(const QJsonValue& value, bool* ok);

} // namespace autopod::api
