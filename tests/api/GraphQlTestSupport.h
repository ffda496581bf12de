// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the GraphQlRunPodApi tests (tst_graphql_transport, tst_graphql_retries,
// tst_graphql_podcalls): canned RunPod answers, request inspection, a fast retry policy, a rig that
// builds the client on a fake network, and a log capture proving the API key is never logged.
#include "api/ApiTestUtil.h"
#include "core/api/ApiErrors.h"
#include "core/api/GraphQlReply.h"
#include "core/api/GraphQlRunPodApi.h"
#include "core/api/SshPublicKeys.h"
#include "support/FakeNetworkAccessManager.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(autopod::test::FakeResponse)

namespace autopod::test::graphql {

using namespace autopod::api;
using autopod::test::FakeNetworkAccessManager;
using autopod::test::FakeResponse;
using autopod::test::RecordedRequest;
using Kind = ApiError::Kind;

inline const QString testKey = QStringLiteral("rp_TEST_KEY_do_not_log_7f3a9c");
inline const QUrl endpoint(QStringLiteral("https://runpod.test/graphql"));

inline RetryPolicy fastPolicy(int retries = 5)
{
    RetryPolicy p;
    p.delaysMs.clear();
    for (int i = 0, d = 10; i < retries; ++i, d *= 2) {
        p.delaysMs.append(d);
    }
    p.timeoutMs = 300;
    p.retryAfterUnitMs = 20;
    return p;
}

inline QString operationOf(const RecordedRequest& r)
{
    return autopod::test::jsonBody(r.body).value(QStringLiteral("operationName")).toString();
}

inline QJsonObject variablesOf(const RecordedRequest& r)
{
    return autopod::test::jsonBody(r.body).value(QStringLiteral("variables")).toObject();
}

inline int countOps(const FakeNetworkAccessManager& nam, const QString& op)
{
    int n = 0;
    for (const RecordedRequest& r : nam.requests()) {
        n += operationOf(r) == op ? 1 : 0;
    }
    return n;
}

inline FakeResponse gqlError(const QString& message, const QString& code = {},
                             const QString& field = QStringLiteral("podStop"))
{
    QJsonObject err{{QStringLiteral("message"), message}, {QStringLiteral("path"), QJsonArray{field}}};
    if (!code.isEmpty()) {
        err.insert(QStringLiteral("extensions"), QJsonObject{{QStringLiteral("code"), code}});
    }
    const QJsonObject body{{QStringLiteral("errors"), QJsonArray{err}},
                           {QStringLiteral("data"), QJsonObject{{field, QJsonValue::Null}}}};
    return FakeResponse::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

inline FakeResponse text(int status, const QByteArray& body, const QByteArray& type = "text/plain")
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), type});
    return r;
}

inline QJsonObject podJson(const QString& id, const QString& name, const QString& status = QStringLiteral("RUNNING"),
                           bool withRuntime = false)
{
    QJsonObject pod{{QStringLiteral("id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("imageName"), QStringLiteral("runpod/comfyui:latest")},
                    {QStringLiteral("desiredStatus"), status},
                    {QStringLiteral("lastStatusChange"), QStringLiteral("Rented by User: Wed Aug 20 2026")},
                    {QStringLiteral("costPerHr"), 0.69},
                    {QStringLiteral("gpuCount"), 1},
                    {QStringLiteral("containerDiskInGb"), 50},
                    {QStringLiteral("volumeInGb"), 20},
                    {QStringLiteral("volumeMountPath"), QStringLiteral("/workspace")},
                    {QStringLiteral("networkVolumeId"), QJsonValue::Null},
                    {QStringLiteral("machineId"), QStringLiteral("ohkxhsnz9mko")},
                    {QStringLiteral("ports"), QStringLiteral("8188/http,22/tcp")},
                    {QStringLiteral("machine"),
                     QJsonObject{{QStringLiteral("gpuDisplayName"), QStringLiteral("RTX 4090")},
                                 {QStringLiteral("gpuTypeId"), QStringLiteral("NVIDIA GeForce RTX 4090")},
                                 {QStringLiteral("dataCenterId"), QStringLiteral("EU-RO-1")}}}};
    if (withRuntime) {
        pod.insert(QStringLiteral("runtime"),
                   QJsonObject{{QStringLiteral("uptimeInSeconds"), 42},
                               {QStringLiteral("ports"),
                                QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("213.173.104.74")},
                                                       {QStringLiteral("isIpPublic"), true},
                                                       {QStringLiteral("privatePort"), 22},
                                                       {QStringLiteral("publicPort"), 35558},
                                                       {QStringLiteral("type"), QStringLiteral("tcp")}},
                                           QJsonObject{{QStringLiteral("ip"), QStringLiteral("100.65.14.155")},
                                                       {QStringLiteral("isIpPublic"), false},
                                                       {QStringLiteral("privatePort"), 8188},
                                                       {QStringLiteral("publicPort"), 60821},
                                                       {QStringLiteral("type"), QStringLiteral("http")}}}}});
    } else {
        pod.insert(QStringLiteral("runtime"), QJsonValue::Null);
    }
    return pod;
}

inline FakeResponse data(const QJsonObject& d)
{
    return FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("data"), d}}).toJson(QJsonDocument::Compact));
}

inline FakeResponse podsAnswer(const QJsonArray& pods)
{
    return data({{QStringLiteral("myself"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("user_1")}, {QStringLiteral("pods"), pods}}}});
}

// Everything the code under test logs, to prove the key never appears.
inline QStringList g_messages;
inline QMutex g_messagesMutex;
inline QtMessageHandler g_previousHandler = nullptr;

inline void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

// Base of the test classes: the client under test, on a fresh fake network per api() call.
class GraphQlApiTest : public QObject
{
protected:
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<GraphQlRunPodApi> m_api;

    GraphQlRunPodApi& api(int retries = 5)
    {
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_api = std::make_unique<GraphQlRunPodApi>(*m_nam, endpoint, [] { return testKey; });
        m_api->setRetryPolicy(fastPolicy(retries));
        return *m_api;
    }
};

// For initTestCase: every message of the code under test is kept.
inline void captureLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("autopod.api.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessages);
}

// For cleanupTestCase: something was logged, and never the API key.
inline void verifyNoKeyInLogs()
{
    qInstallMessageHandler(g_previousHandler);
    const QMutexLocker lock(&g_messagesMutex);
    QVERIFY(!g_messages.isEmpty()); // the client does log requests and retries...
    for (const QString& m : std::as_const(g_messages)) {
        QVERIFY2(!m.contains(testKey), qPrintable(QStringLiteral("API key in a log line: ") + m));
    }
}

} // namespace autopod::test::graphql
