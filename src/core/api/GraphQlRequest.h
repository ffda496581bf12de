// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace autopod::api {

// One GraphQL call as sent: a document from resources/graphql, its variables, its operation name.
// Values never go into the document itself; they travel in `variables`.
struct GraphQlRequest
{
    QString document;
    QJsonObject variables;
    QString operationName;

    // The document resources/graphql/<operationName>.graphql (compiled into the binary).
    static GraphQlRequest fromResource(const QString& operationName, const QJsonObject& variables = {});

    bool isMutation() const;
    QByteArray toJson() const; // {"query":…,"variables":…,"operationName":…}
};

// The text of resources/graphql/<name>.graphql; empty (and a warning) if there is no such document.
QString graphQlDocument(const QString& name);

} // namespace autopod::api
