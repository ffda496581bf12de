// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace autopod::config {

class Config;

struct ConfigLoadResult;

// config.json in its original format (runpod, ssh, filters, defaults, logging) plus autopod's own
// sections (lifecycle, costs, ui). A value object: load() reads a file, getters give typed values
// with defaults, set() validates and changes one key, save() writes it back atomically.
//
// Unknown keys are kept. save() re-reads the file and applies only the keys changed through
// set() since load, so two processes changing different keys do not undo each other.
class Config
{
public:
    static constexpr auto kDefaultApiUrl = "https://api.runpod.io/graphql";

    Config() = default; // defaults, no file
    explicit Config(const QString& path)
        : m_path(path)
    {}

    // A missing file is not an error (defaults, existed() false). A malformed file is: the error
    // names the file, line and column, and the file is left exactly as it was.
    static ConfigLoadResult load(const QString& path);

    QString path() const { return m_path; }
    bool existed() const { return m_existed; }

    // runpod
    QString apiKey() const; // only the no-keychain fallback; SecretStore is the way to read the key
    QString apiUrl() const; // $AUTOPOD_API_URL, then runpod.api_url, then kDefaultApiUrl
    // REST v2's base, derived from apiUrl() so one setting points everything at one place: a path
    // ending in /graphql has that segment replaced by /v2 (https://api.runpod.io/graphql →
    // https://api.runpod.io/v2), any other path gets /v2 appended.
    QString restUrl() const;
    // "auto", "graphql" or "rest": $AUTOPOD_TRANSPORT (when it is one of those), then runpod.transport.
    QString transport() const;
    QString sshKeyPath() const;       // "~" expanded; empty = detect (agent, ~/.ssh/id_ed25519, ~/.ssh/id_rsa)
    QString defaultRegion() const;    // "NA", "EU", "AP"
    QString defaultCloudType() const; // "secure", "community"
    QString defaultTemplate() const;  // image or template, default runpod/comfyui:latest
    // ssh
    int tunnelPort() const;        // 8188
    int connectTimeout() const;    // seconds, 30
    int maxRetries() const;        // ssh.max_retries, 5
    bool insecureHostKeys() const; // ssh.insecure_host_keys, false
    // filters
    QStringList networkSpeeds() const; // subset of high, extreme; empty = any
    QString cudaVersion() const;       // "12.8"; empty = any
    QStringList favoriteGpus() const;
    // defaults
    QString defaultGpuType() const;       // empty = ask
    int defaultGpuCount() const;          // 1
    QString defaultNetworkVolume() const; // empty = none
    bool publishComfyUi() const;          // defaults.publish_comfyui, false: see api::podPorts()
    // logging
    QString logLevel() const;   // TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL
    int logMaxSizeMb() const;   // 10
    int logBackupCount() const; // 5
    // lifecycle
    int readyTimeoutSeconds() const; // 600
    int lifecycleMaxRetries() const; // lifecycle.max_retries, else ssh.max_retries
    // costs: a kill asks for an extra confirmation above either
    double warnAboveUsd() const;   // 5.00
    double warnAboveHours() const; // 4
    // The pod guard (the watchdog on the pod): 0 = no idle stop; nullopt = no limit.
    int idleStopMinutes() const;            // lifecycle.idle_stop_minutes, 30
    std::optional<double> maxHours() const; // lifecycle.max_hours, none
    std::optional<double> maxUsdPerPod() const;
    int volumeGb() const; // defaults.volume_gb, 20: a new pod's volume disk (0 = none) // costs.max_usd_per_pod, none
    // ui
    int maxGpusShown() const; // 5
    // outputs: where ComfyUI's outputs are copied, one folder per pod below it ("~" expanded)
    QString outputsDir() const; // ~/autopod/outputs

    // Changes one key after validating the value given as text (as typed after `config set`).
    // Accepts dotted keys ("ssh.tunnel_port"), kebab-case ("ssh.tunnel-port", "tunnel-port"), and
    // the short aliases ("api-key"). Lists are comma-separated; "null"/"none"/"" clear nullable keys.
    // On failure, *error names the key and the allowed values, and nothing changes.
    bool set(const QString& dottedKeyOrAlias, const QString& value, QString* error);
    // Removes a key from the file on save (e.g. runpod.api_key once it is in the keychain).
    bool unset(const QString& dottedKeyOrAlias, QString* error);
    // True for runpod.api_key (and its spellings): `config set api-key` should hand the value to
    // the SecretStore, which falls back to this file only without a keychain.
    static bool isSecret(const QString& dottedKeyOrAlias);
    // The canonical dotted key for a user spelling, or empty if unknown.
    static QString canonicalKey(const QString& dottedKeyOrAlias);
    static QStringList knownKeys();

    // Writes atomically (QSaveFile), mode 0600, directory 0700. Refuses to replace a file that
    // has become malformed since load. A new file gets every section and key.
    bool save(QString* error);

    // Every key with its effective value (defaults filled in) plus unknown keys, with the
    // API key replaced by a marker: for `config show`.
    QJsonObject redactedJson() const;
    // The same, unredacted.
    QJsonObject effectiveJson() const;
    // What the file holds (plus unsaved changes).
    QJsonObject rawJson() const { return m_root; }

private:
    QJsonValue value(const QString& dottedKey) const; // raw value or undefined
    void setValue(const QString& dottedKey, const QJsonValue& v);

    QString m_path;
    QJsonObject m_root;
    QSet<QString> m_dirty;
    QSet<QString> m_removed;
    bool m_existed = false;
};

struct ConfigLoadResult
{
    bool ok = false;
    Config config;
    QString error;        // "<file>:<line>:<column>: <what is wrong>"
    QStringList warnings; // invalid values replaced by defaults, permissions repaired
};

} // namespace autopod::config
