// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/config/ConfigSchema.h"

#include "core/app/ProductDefaults.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace autopod::config {

namespace {

using Type = ConfigKey::Type;

ConfigKey make(const char* key, Type type, QJsonValue def)
{
    ConfigKey k;
    k.key = QString::fromLatin1(key);
    k.type = type;
    k.defaultValue = std::move(def);
    return k;
}

ConfigKey range(ConfigKey k, double min, double max)
{
    k.min = min;
    k.max = max;
    return k;
}

ConfigKey choices(ConfigKey k, QStringList c)
{
    k.choices = std::move(c);
    return k;
}

ConfigKey nullable(ConfigKey k)
{
    k.nullable = true;
    return k;
}

ConfigKey aliases(ConfigKey k, QStringList a)
{
    k.aliases = std::move(a);
    return k;
}

QList<ConfigKey> buildKeys()
{
    using S = QStringList;
    QList<ConfigKey> keys;
    ConfigKey apiKey = make("runpod.api_key", Type::String, QJsonValue());
    apiKey.nullable = true;
    apiKey.secret = true;
    keys << aliases(apiKey, S{QStringLiteral("api-key"), QStringLiteral("apikey")});
    keys << aliases(make("runpod.api_url", Type::Url, QStringLiteral("https://api.runpod.io/graphql")),
                    S{QStringLiteral("api-url")});
    keys << aliases(choices(make("runpod.transport", Type::Choice, QStringLiteral("auto")),
                            S{QStringLiteral("auto"), QStringLiteral("graphql"), QStringLiteral("rest")}),
                    S{QStringLiteral("transport")});
    keys << aliases(nullable(make("runpod.ssh_key_path", Type::String, QJsonValue())), S{QStringLiteral("ssh-key")});
    keys << aliases(choices(make("runpod.default_region", Type::Choice, QStringLiteral("NA")),
                            S{QStringLiteral("NA"), QStringLiteral("EU"), QStringLiteral("AP")}),
                    S{QStringLiteral("region")});
    keys << aliases(choices(make("runpod.default_cloud_type", Type::Choice, QStringLiteral("secure")),
                            S{QStringLiteral("secure"), QStringLiteral("community")}),
                    S{QStringLiteral("cloud-type"), QStringLiteral("cloud")});
    keys << aliases(make("runpod.default_template", Type::String, QString::fromLatin1(app::kDefaultImage)),
                    S{QStringLiteral("template")});
    keys << range(make("ssh.tunnel_port", Type::Int, app::kComfyUiPort), 1, 65535);
    keys << range(make("ssh.connect_timeout", Type::Int, 30), 1, 600);
    keys << aliases(range(make("ssh.max_retries", Type::Int, 5), 0, 10), S{QStringLiteral("max-retries")});
    keys << make("ssh.insecure_host_keys", Type::Bool, false);
    keys << aliases(choices(make("filters.network_speed", Type::ChoiceList,
                                 QJsonArray{QStringLiteral("high"), QStringLiteral("extreme")}),
                            S{QStringLiteral("high"), QStringLiteral("extreme")}),
                    S{QStringLiteral("network-speeds")});
    keys << aliases(nullable(make("filters.cuda_version", Type::CudaVersion, QJsonValue())), S{QStringLiteral("cuda")});
    keys << aliases(make("filters.favorite_gpus", Type::StringList,
                         QJsonArray{QStringLiteral("RTX A40"), QStringLiteral("RTX A6000"), QStringLiteral("RTX A5000"),
                                    QStringLiteral("RTX 3090")}),
                    S{QStringLiteral("favorites"), QStringLiteral("favourite-gpus")});
    keys << aliases(nullable(make("defaults.gpu_type", Type::String, QJsonValue())), S{QStringLiteral("gpu")});
    keys << range(make("defaults.gpu_count", Type::Int, 1), 1, 8);
    keys << make("defaults.publish_comfyui", Type::Bool, false);
    keys << aliases(nullable(make("defaults.network_volume", Type::String, QJsonValue())), S{QStringLiteral("volume")});
    keys << aliases(range(make("defaults.volume_gb", Type::Int, 20), 0, 4000), S{QStringLiteral("volume-gb")});
    keys << aliases(choices(make("logging.level", Type::Choice, QStringLiteral("INFO")),
                            S{QStringLiteral("TRACE"), QStringLiteral("DEBUG"), QStringLiteral("INFO"),
                              QStringLiteral("WARNING"), QStringLiteral("ERROR"), QStringLiteral("CRITICAL")}),
                    S{QStringLiteral("log-level")});
    keys << range(make("logging.max_size_mb", Type::Int, 10), 1, 1024);
    keys << range(make("logging.backup_count", Type::Int, 5), 1, 100);
    keys << range(make("lifecycle.ready_timeout_seconds", Type::Int, 600), 30, 7200);
    keys << range(nullable(make("lifecycle.max_retries", Type::Int, QJsonValue())), 0, 10);
    keys << aliases(range(make("lifecycle.idle_stop_minutes", Type::Int, 30), 0, 1440), S{QStringLiteral("idle-stop")});
    keys << range(nullable(make("lifecycle.max_hours", Type::Double, QJsonValue())), 0.01, 8760);
    keys << range(make("costs.warn_above_usd", Type::Double, 5.0), 0, 100000);
    keys << range(make("costs.warn_above_hours", Type::Double, 4.0), 0, 100000);
    keys << aliases(range(nullable(make("costs.max_usd_per_pod", Type::Double, QJsonValue())), 0.01, 100000),
                    S{QStringLiteral("budget")});
    keys << range(make("ui.max_gpus_shown", Type::Int, 5), 1, 50);
    keys << aliases(make("outputs.dir", Type::String, QStringLiteral("~/autopod/outputs")),
                    S{QStringLiteral("outputs-dir")});
    return keys;
}

QString normalize(const QString& s)
{
    QString out = s.trimmed().toLower();
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

QString describe(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QCoreApplication::translate("Config", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("Config", "an object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Config", "nothing");
}

const QRegularExpression& cudaPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,2}\\.\\d{1,2}$"));
    return re;
}

} // namespace

QString ConfigKey::allowedText() const
{
    auto num = [](double d) {
        return QString::number(d, 'g', 10);
    };
    QString text;
    switch (type) {
    case Type::String:
        text = QCoreApplication::translate("Config", "text");
        break;
    case Type::Url:
        text = QCoreApplication::translate("Config", "an http(s) URL");
        break;
    case Type::Int:
        text = QCoreApplication::translate("Config", "a whole number from %1 to %2").arg(num(min), num(max));
        break;
    case Type::Double:
        text = QCoreApplication::translate("Config", "a number from %1 to %2").arg(num(min), num(max));
        break;
    case Type::Bool:
        text = QCoreApplication::translate("Config", "true or false");
        break;
    case Type::Choice:
        text = QCoreApplication::translate("Config", "one of %1").arg(choices.join(QStringLiteral(", ")));
        break;
    case Type::ChoiceList:
        text = QCoreApplication::translate("Config", "a comma-separated list of %1 (or none)")
                   .arg(choices.join(QStringLiteral(", ")));
        break;
    case Type::StringList:
        text = QCoreApplication::translate("Config", "a comma-separated list");
        break;
    case Type::CudaVersion:
        text = QCoreApplication::translate("Config", "a CUDA version like 12.8");
        break;
    }
    if (nullable && type != Type::ChoiceList) {
        text = QCoreApplication::translate("Config", "%1, or null").arg(text);
    }
    return text;
}

std::optional<QString> ConfigKey::check(const QJsonValue& v) const
{
    const auto bad = [&] {
        return QCoreApplication::translate("Config", "%1: %2 is not allowed; expected %3")
            .arg(key, describe(v), allowedText());
    };
    if (v.isNull()) {
        return nullable ? std::nullopt : std::optional<QString>(bad());
    }
    switch (type) {
    case Type::String:
        if (!v.isString()) {
            return bad();
        }
        if (!nullable && v.toString().trimmed().isEmpty()) {
            return bad();
        }
        return std::nullopt;
    case Type::Url: {
        const QUrl url(v.toString(), QUrl::StrictMode);
        if (!v.isString() || !url.isValid() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty()) {
            return bad();
        }
        return std::nullopt;
    }
    case Type::Int: {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            return bad();
        }
        return std::nullopt;
    }
    case Type::Double: {
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d < min || d > max) {
            return bad();
        }
        return std::nullopt;
    }
    case Type::Bool:
        return v.isBool() ? std::nullopt : std::optional<QString>(bad());
    case Type::Choice:
        if (!v.isString() || !choices.contains(v.toString(), Qt::CaseInsensitive)) {
            return bad();
        }
        return std::nullopt;
    case Type::ChoiceList:
    case Type::StringList:
        if (!v.isArray()) {
            return bad();
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                return bad();
            }
            if (type == Type::ChoiceList && !choices.contains(item.toString(), Qt::CaseInsensitive)) {
                return QCoreApplication::translate("Config", "%1: \"%2\" is not allowed; expected %3")
                    .arg(key, item.toString(), allowedText());
            }
        }
        return std::nullopt;
    case Type::CudaVersion:
        if (!v.isString() || !cudaPattern().match(v.toString()).hasMatch()) {
            return bad();
        }
        return std::nullopt;
    }
    return bad();
}

std::optional<QJsonValue> ConfigKey::parse(const QString& rawText, QString* error) const
{
    const QString text = rawText.trimmed();
    const QString lower = text.toLower();
    const auto fail = [&](const QString& shown) -> std::optional<QJsonValue> {
        if (error) {
            *error = QCoreApplication::translate("Config", "%1: \"%2\" is not allowed; expected %3")
                         .arg(key, shown, allowedText());
        }
        return std::nullopt;
    };
    const bool saysNone = lower.isEmpty() || lower == QLatin1String("null") || lower == QLatin1String("none");
    if (nullable && saysNone && type != Type::ChoiceList && type != Type::StringList) {
        return QJsonValue(QJsonValue::Null);
    }
    QJsonValue v(QJsonValue::Undefined);
    switch (type) {
    case Type::String:
    case Type::Url:
    case Type::CudaVersion:
        v = text;
        break;
    case Type::Int: {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (!ok) {
            return fail(text);
        }
        v = static_cast<double>(n);
        break;
    }
    case Type::Double: {
        bool ok = false;
        QString t = text;
        if (t.startsWith(QLatin1Char('$'))) {
            t.remove(0, 1);
        }
        const double d = t.toDouble(&ok);
        if (!ok) {
            return fail(text);
        }
        v = d;
        break;
    }
    case Type::Bool:
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("on") ||
            lower == QLatin1String("1")) {
            v = true;
        } else if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("off") ||
                   lower == QLatin1String("0")) {
            v = false;
        } else {
            return fail(text);
        }
        break;
    case Type::Choice: {
        for (const QString& c : choices) {
            if (c.compare(text, Qt::CaseInsensitive) == 0) {
                v = c;
            }
        }
        if (key == QLatin1String("logging.level") && lower == QLatin1String("warn")) {
            v = QStringLiteral("WARNING");
        }
        if (v.isUndefined()) {
            return fail(text);
        }
        break;
    }
    case Type::ChoiceList:
    case Type::StringList: {
        QJsonArray arr;
        if (!saysNone) {
            for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString item = part.trimmed();
                if (item.isEmpty()) {
                    continue;
                }
                if (type == Type::ChoiceList) {
                    item = item.toLower();
                    if (!choices.contains(item)) {
                        return fail(item);
                    }
                }
                if (!arr.contains(item)) {
                    arr.append(item);
                }
            }
        }
        v = arr;
        break;
    }
    }
    if (const auto problem = check(v)) {
        if (type == Type::ChoiceList || type == Type::StringList) {
            if (error) {
                *error = *problem;
            }
            return std::nullopt;
        }
        return fail(text);
    }
    return v;
}

const QList<ConfigKey>& ConfigSchema::keys()
{
    static const QList<ConfigKey> all = buildKeys();
    return all;
}

const ConfigKey* ConfigSchema::find(const QString& canonicalKey)
{
    for (const ConfigKey& k : keys()) {
        if (k.key == canonicalKey) {
            return &k;
        }
    }
    return nullptr;
}

QString ConfigSchema::resolve(const QString& spelling)
{
    const QString n = normalize(spelling);
    if (n.isEmpty()) {
        return {};
    }
    for (const ConfigKey& k : keys()) {
        if (k.key == n) {
            return k.key;
        }
        for (const QString& a : k.aliases) {
            if (normalize(a) == n) {
                return k.key;
            }
        }
    }
    if (n.contains(QLatin1Char('.'))) {
        return {};
    }
    QString found;
    for (const ConfigKey& k : keys()) {
        if (k.key.section(QLatin1Char('.'), 1) == n) {
            if (!found.isEmpty()) {
                return {}; // ambiguous: ask for the dotted form
            }
            found = k.key;
        }
    }
    return found;
}

} // namespace autopod::config
