// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <functional>

namespace autopod::api {

// The one place that knows how autopod authenticates to RunPod: every request to RunPod is built
// here. The key goes only into `Authorization: Bearer`, never into a URL (an `api_key` query item
// in a configured endpoint is dropped), and it is registered for log redaction before first use.
class RunPodRequestFactory
{
public:
    // Called for every request, so a key changed in the keychain is picked up without a restart.
    using KeyProvider = std::function<QString()>;

    RunPodRequestFactory(const QUrl& endpoint, KeyProvider key);

    QUrl endpoint() const { return m_endpoint; }
    // The current key (empty when none is configured); registered for redaction.
    QString apiKey() const;

    // A JSON POST to the endpoint itself (GraphQL).
    QNetworkRequest graphQlRequest() const;
    // A JSON request to `path` under the endpoint (REST: endpoint https://api.runpod.io/v2, path "pods/x").
    QNetworkRequest restRequest(const QString& path) const;

    static QByteArray userAgent(); // "autopod/<version>"
    // https, or http to a loopback address (127.0.0.0/8, ::1: the simulator). The key is never
    // attached to a request to any other endpoint.
    static bool mayCarryKey(const QUrl& url);
    bool endpointMayCarryKey() const { return mayCarryKey(m_endpoint); }

private:
    QNetworkRequest build(const QUrl& url) const;

    QUrl m_endpoint;
    KeyProvider m_key;
};

} // namespace autopod::api
