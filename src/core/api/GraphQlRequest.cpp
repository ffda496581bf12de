// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GraphQlRequest.h"

#include "core/api/ApiLogging.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace autopod::api {

QString graphQlDocument(const QString& name)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(name);
    if (it != cache.constEnd()) {
        return *it;
    }
    QFile file(QStringLiteral(":/graphql/") + name + QStringLiteral(".graphql"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApi) << "no GraphQL document named" << name;
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    cache.insert(name, text);
    return text;
}

GraphQlRequest GraphQlRequest::fromResource(const QString& operationName, const QJsonObject& variables)
{
    return GraphQlRequest{graphQlDocument(operationName), variables, operationName};
}

bool GraphQlRequest::isMutation() const
{
    // Comments may precede the operation; the first keyword after them decides.
    static const QRegularExpression firstKeyword(QStringLiteral("^(?:\\s*#[^\\n]*\\n)*\\s*(\\w+)"));
    const auto match = firstKeyword.match(document);
    return match.hasMatch() && match.captured(1) == QLatin1String("mutation");
}

QByteArray GraphQlRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty()) {
        body.insert(QStringLiteral("operationName"), operationName);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace autopod::api
