// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/config/Config.h"

#include "core/config/FileLock.h"

#include <QCoreApplication>

#include "core/config/ConfigSchema.h"
#include "core/config/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

namespace autopod::config {

namespace {
Q_LOGGING_CATEGORY(lcConfig, "autopod.config")

const QString kRedacted = QStringLiteral("******** (hidden)");

// 1-based line and column of a byte offset in UTF-8 text.
std::pair<int, int> lineColumn(const QByteArray& data, int offset)
{
    int line = 1;
    int column = 1;
    const int end = std::min(offset, static_cast<int>(data.size()));
    for (int i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

struct Parsed
{
    bool ok = false;
    bool existed = false;
    QJsonObject root;
    QString error;
};

Parsed readFile(const QString& path)
{
    Parsed p;
    QFile f(path);
    if (!f.exists()) {
        p.ok = true;
        return p;
    }
    p.existed = true;
    if (!f.open(QIODevice::ReadOnly)) {
        p.error = QCoreApplication::translate("Config", "%1: cannot be read: %2").arg(path, f.errorString());
        return p;
    }
    const QByteArray data = f.readAll();
    if (data.trimmed().isEmpty()) {
        p.ok = true; // an empty file is an empty config
        return p;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(data, err.offset);
        p.error = QCoreApplication::translate(
                      "Config", "%1:%2:%3: invalid JSON: %4 (the file was not changed; fix it or move it away)")
                      .arg(path)
                      .arg(line)
                      .arg(column)
                      .arg(err.errorString());
        return p;
    }
    if (!doc.isObject()) {
        p.error = QCoreApplication::translate(
                      "Config", "%1:1:1: the top level must be a JSON object {...} (the file was not changed)")
                      .arg(path);
        return p;
    }
    p.ok = true;
    p.root = doc.object();
    return p;
}

QJsonValue getPath(const QJsonObject& root, const QString& dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    QJsonValue v = root;
    for (const QString& part : parts) {
        if (!v.isObject()) {
            return QJsonValue(QJsonValue::Undefined);
        }
        v = v.toObject().value(part);
    }
    return v;
}

void setPath(QJsonObject& root, const QStringList& parts, int index, const QJsonValue& v)
{
    const QString& part = parts.at(index);
    if (index == parts.size() - 1) {
        if (v.isUndefined()) {
            root.remove(part);
        } else {
            root.insert(part, v);
        }
        return;
    }
    QJsonObject child = root.value(part).toObject();
    setPath(child, parts, index + 1, v);
    root.insert(part, child);
}

void setPath(QJsonObject& root, const QString& dotted, const QJsonValue& v)
{
    setPath(root, dotted.split(QLatin1Char('.')), 0, v);
}

} // namespace

ConfigLoadResult Config::load(const QString& path)
{
    ConfigLoadResult result;
    result.config.m_path = path;
    const Parsed parsed = readFile(path);
    if (!parsed.ok) {
        result.error = parsed.error;
        qCWarning(lcConfig).noquote() << parsed.error;
        return result;
    }
    result.ok = true;
    result.config.m_root = parsed.root;
    result.config.m_existed = parsed.existed;
    if (parsed.existed) {
        QString permError;
        const QFileInfo info(path);
        if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                  QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther)) {
            result.warnings << QCoreApplication::translate(
                                   "Config", "%1 was readable by other users; its permissions are now 0600")
                                   .arg(path);
        }
        if (!Paths::repairPrivateFile(path, &permError)) {
            result.warnings << permError;
        }
    }
    // A section that is not an object ("ui": 3) hides its settings: say so, once per section.
    QSet<QString> sections;
    for (const ConfigKey& k : ConfigSchema::keys()) {
        const QString section = k.key.section(QLatin1Char('.'), 0, 0);
        const QJsonValue s = parsed.root.value(section);
        if (k.key.contains(QLatin1Char('.')) && !s.isUndefined() && !s.isObject() && !sections.contains(section)) {
            sections.insert(section);
            result.warnings << QCoreApplication::translate(
                                   "Config", "%1: \"%2\" is not a section {...} of settings; its settings use their "
                                             "defaults, and setting one replaces it")
                                   .arg(path, section);
        }
        const QJsonValue v = getPath(parsed.root, k.key);
        if (v.isUndefined()) {
            continue;
        }
        if (const auto problem = k.check(v)) {
            result.warnings << QCoreApplication::translate("Config", "%1: %2; using the default").arg(path, *problem);
        }
    }
    for (const QString& w : std::as_const(result.warnings)) {
        qCWarning(lcConfig).noquote() << w;
    }
    return result;
}

QJsonValue Config::value(const QString& dottedKey) const
{
    const ConfigKey* k = ConfigSchema::find(dottedKey);
    const QJsonValue v = getPath(m_root, dottedKey);
    if (!k) {
        return v;
    }
    if (v.isUndefined() || k->check(v)) {
        return k->defaultValue;
    }
    if (k->type == ConfigKey::Type::Choice) {
        for (const QString& c : k->choices) {
            if (c.compare(v.toString(), Qt::CaseInsensitive) == 0) {
                return c;
            }
        }
    }
    return v;
}

void Config::setValue(const QString& dottedKey, const QJsonValue& v)
{
    setPath(m_root, dottedKey, v);
    if (v.isUndefined()) {
        m_dirty.remove(dottedKey);
        m_removed.insert(dottedKey);
    } else {
        m_removed.remove(dottedKey);
        m_dirty.insert(dottedKey);
    }
}

namespace {
QStringList toStringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}
} // namespace

QString Config::apiKey() const
{
    return value(QStringLiteral("runpod.api_key")).toString();
}

QString Config::apiUrl() const
{
    const QString env = qEnvironmentVariable("AUTOPOD_API_URL");
    if (!env.isEmpty()) {
        return env;
    }
    return value(QStringLiteral("runpod.api_url")).toString();
}

QString Config::restUrl() const
{
    QUrl url(apiUrl());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    if (path.endsWith(QLatin1String("/graphql"), Qt::CaseInsensitive)) {
        path.chop(int(qstrlen("/graphql")));
    }
    url.setPath(path + QStringLiteral("/v2"));
    url.setQuery(QString());
    return url.toString();
}

QString Config::transport() const
{
    const QString env = qEnvironmentVariable("AUTOPOD_TRANSPORT").trimmed().toLower();
    if (env == QLatin1String("auto") || env == QLatin1String("graphql") || env == QLatin1String("rest")) {
        return env;
    }
    return value(QStringLiteral("runpod.transport")).toString();
}

QString Config::outputsDir() const
{
    return QDir::cleanPath(Paths::expandTilde(value(QStringLiteral("outputs.dir")).toString()));
}

QString Config::sshKeyPath() const
{
    return Paths::expandTilde(value(QStringLiteral("runpod.ssh_key_path")).toString());
}

QString Config::defaultRegion() const
{
    return value(QStringLiteral("runpod.default_region")).toString();
}

QString Config::defaultCloudType() const
{
    return value(QStringLiteral("runpod.default_cloud_type")).toString();
}

QString Config::defaultTemplate() const
{
    return value(QStringLiteral("runpod.default_template")).toString();
}

int Config::tunnelPort() const
{
    return value(QStringLiteral("ssh.tunnel_port")).toInt();
}

int Config::connectTimeout() const
{
    return value(QStringLiteral("ssh.connect_timeout")).toInt();
}

int Config::maxRetries() const
{
    return value(QStringLiteral("ssh.max_retries")).toInt();
}

bool Config::insecureHostKeys() const
{
    return value(QStringLiteral("ssh.insecure_host_keys")).toBool();
}

QStringList Config::networkSpeeds() const
{
    return toStringList(value(QStringLiteral("filters.network_speed")));
}

QString Config::cudaVersion() const
{
    return value(QStringLiteral("filters.cuda_version")).toString();
}

QStringList Config::favoriteGpus() const
{
    return toStringList(value(QStringLiteral("filters.favorite_gpus")));
}

QString Config::defaultGpuType() const
{
    return value(QStringLiteral("defaults.gpu_type")).toString();
}

int Config::defaultGpuCount() const
{
    return value(QStringLiteral("defaults.gpu_count")).toInt();
}

bool Config::publishComfyUi() const
{
    return value(QStringLiteral("defaults.publish_comfyui")).toBool();
}

QString Config::defaultNetworkVolume() const
{
    return value(QStringLiteral("defaults.network_volume")).toString();
}

QString Config::logLevel() const
{
    return value(QStringLiteral("logging.level")).toString();
}

int Config::logMaxSizeMb() const
{
    return value(QStringLiteral("logging.max_size_mb")).toInt();
}

int Config::logBackupCount() const
{
    return value(QStringLiteral("logging.backup_count")).toInt();
}

int Config::readyTimeoutSeconds() const
{
    return value(QStringLiteral("lifecycle.ready_timeout_seconds")).toInt();
}

int Config::lifecycleMaxRetries() const
{
    const QJsonValue v = value(QStringLiteral("lifecycle.max_retries"));
    return v.isDouble() ? v.toInt() : maxRetries();
}

double Config::warnAboveUsd() const
{
    return value(QStringLiteral("costs.warn_above_usd")).toDouble();
}

double Config::warnAboveHours() const
{
    return value(QStringLiteral("costs.warn_above_hours")).toDouble();
}

int Config::idleStopMinutes() const
{
    return value(QStringLiteral("lifecycle.idle_stop_minutes")).toInt();
}

std::optional<double> Config::maxHours() const
{
    const QJsonValue v = value(QStringLiteral("lifecycle.max_hours"));
    return v.isDouble() && v.toDouble() > 0 ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> Config::maxUsdPerPod() const
{
    const QJsonValue v = value(QStringLiteral("costs.max_usd_per_pod"));
    return v.isDouble() && v.toDouble() > 0 ? std::optional<double>(v.toDouble()) : std::nullopt;
}

int Config::volumeGb() const
{
    return value(QStringLiteral("defaults.volume_gb")).toInt();
}

int Config::maxGpusShown() const
{
    return value(QStringLiteral("ui.max_gpus_shown")).toInt();
}

QString Config::canonicalKey(const QString& dottedKeyOrAlias)
{
    return ConfigSchema::resolve(dottedKeyOrAlias);
}

bool Config::isSecret(const QString& dottedKeyOrAlias)
{
    const ConfigKey* k = ConfigSchema::find(ConfigSchema::resolve(dottedKeyOrAlias));
    return k && k->secret;
}

QStringList Config::knownKeys()
{
    QStringList out;
    for (const ConfigKey& k : ConfigSchema::keys()) {
        out << k.key;
    }
    return out;
}

bool Config::set(const QString& dottedKeyOrAlias, const QString& text, QString* error)
{
    const QString key = ConfigSchema::resolve(dottedKeyOrAlias);
    const ConfigKey* spec = ConfigSchema::find(key);
    if (!spec) {
        if (error) {
            *error = QCoreApplication::translate("Config", "Unknown setting \"%1\". Known settings: %2")
                         .arg(dottedKeyOrAlias, knownKeys().join(QStringLiteral(", ")));
        }
        return false;
    }
    const std::optional<QJsonValue> v = spec->parse(text, error);
    if (!v) {
        return false;
    }
    setValue(key, *v);
    return true;
}

bool Config::unset(const QString& dottedKeyOrAlias, QString* error)
{
    const QString key = ConfigSchema::resolve(dottedKeyOrAlias);
    if (key.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Config", "Unknown setting \"%1\"").arg(dottedKeyOrAlias);
        }
        return false;
    }
    setValue(key, QJsonValue(QJsonValue::Undefined));
    return true;
}

QJsonObject Config::effectiveJson() const
{
    QJsonObject out = m_root;
    for (const ConfigKey& k : ConfigSchema::keys()) {
        const QJsonValue raw = getPath(m_root, k.key);
        if (k.secret && raw.isUndefined()) {
            continue; // the API key is written only when there is one
        }
        QJsonValue v = value(k.key);
        if (v.isUndefined()) {
            v = QJsonValue(QJsonValue::Null);
        }
        setPath(out, k.key, v);
    }
    return out;
}

QJsonObject Config::redactedJson() const
{
    QJsonObject out = effectiveJson();
    for (const ConfigKey& k : ConfigSchema::keys()) {
        if (k.secret) {
            const QJsonValue v = getPath(out, k.key);
            if (v.isString() && !v.toString().isEmpty()) {
                setPath(out, k.key, kRedacted);
            }
        }
    }
    if (!qEnvironmentVariableIsEmpty("AUTOPOD_API_URL")) {
        setPath(out, QStringLiteral("runpod.api_url"), apiUrl());
    }
    if (!qEnvironmentVariableIsEmpty("AUTOPOD_TRANSPORT")) {
        setPath(out, QStringLiteral("runpod.transport"), transport());
    }
    return out;
}

bool Config::save(QString* error)
{
    if (m_path.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Config", "This configuration has no file to be saved to");
        }
        return false;
    }
    if (!Paths::ensurePrivateDir(QFileInfo(m_path).absolutePath(), error)) {
        return false;
    }
    // Apply our changes on top of what is on disk now, under the lock, so a concurrent writer's keys
    // survive (without it, two writers reading at once each write back the other's old values).
    FileLock lock(m_path);
    if (!lock.acquire(error)) {
        return false;
    }
    const Parsed current = readFile(m_path);
    if (!current.ok) {
        if (error) {
            *error = current.error;
        }
        return false;
    }
    QJsonObject out;
    if (current.existed) {
        out = current.root;
        for (const QString& key : std::as_const(m_dirty)) {
            setPath(out, key, getPath(m_root, key));
        }
        for (const QString& key : std::as_const(m_removed)) {
            setPath(out, key, QJsonValue(QJsonValue::Undefined));
        }
    } else {
        Config fresh = *this;
        out = fresh.effectiveJson();
    }

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("Config", "Cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(out).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("Config", "Cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    if (!Paths::repairPrivateFile(m_path, error)) {
        return false;
    }
    m_root = out;
    m_dirty.clear();
    m_removed.clear();
    m_existed = true;
    return true;
}

} // namespace autopod::config
