// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace autopod::config {

// The keys config.json knows, their types, defaults and allowed values. One table drives
// loading, `config set`, `config show` and the file written for a new user.
struct ConfigKey
{
    enum class Type
    {
        String,
        Url,
        Int,
        Double,
        Bool,
        Choice,     // one of `choices` (case-insensitive, stored canonical)
        ChoiceList, // a list drawn from `choices`
        StringList,
        CudaVersion // "12.8"
    };

    QString key; // dotted, e.g. "ssh.tunnel_port"
    Type type = Type::String;
    QJsonValue defaultValue;
    bool nullable = false;
    bool secret = false;
    double min = 0;
    double max = 0;
    QStringList choices;
    QStringList aliases; // extra spellings accepted by `config set`

    // The JSON value checked against the type; an error message naming the key otherwise.
    std::optional<QString> check(const QJsonValue& v) const;
    // Text (from the command line) -> JSON value; an error message naming the key otherwise.
    std::optional<QJsonValue> parse(const QString& text, QString* error) const;
    QString allowedText() const;
};

class ConfigSchema
{
public:
    static const QList<ConfigKey>& keys();
    static const ConfigKey* find(const QString& canonicalKey);
    // User spelling -> canonical key: dotted or kebab-case, or an alias, or a unique last part.
    static QString resolve(const QString& spelling);
};

} // namespace autopod::config
