// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// config.json as people edit it by hand: any file either loads or is refused with a message, and
// one that loads keeps every key autopod does not know (another version's settings) when autopod
// changes a setting and saves it.

#include "FuzzSupport.h"
#include "core/config/Config.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

namespace {

const QSet<QString>& sectionNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> out;
        for (const QString& key : config::Config::knownKeys()) {
            out.insert(key.section(QLatin1Char('.'), 0, 0));
        }
        return out;
    }();
    return names;
}

// autopod's sections that the file gives a value other than an object.
QStringList brokenSections(const QJsonObject& root)
{
    QStringList out;
    for (const QString& section : sectionNames()) {
        if (root.contains(section) && !root.value(section).isObject()) {
            out << section;
        }
    }
    return out;
}

// Every setting in the file that is not one of autopod's, as its path ({section, key}, or {key})
// and value. A path, not a dotted name: a section's own name may contain a dot ("ru.pod"). One of
// autopod's section names with a value that is not a section ("ui": 3) is not unknown: it is a
// broken section, which load() names in a warning and setting one of its keys replaces.
QList<QPair<QStringList, QJsonValue>> unknownEntries(const QJsonObject& root)
{
    static const QSet<QString> known = [] {
        const QStringList keys = config::Config::knownKeys();
        return QSet<QString>(keys.begin(), keys.end());
    }();
    const QSet<QString>& sections = sectionNames();
    QList<QPair<QStringList, QJsonValue>> out;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject()) {
            if (!known.contains(it.key()) && !sections.contains(it.key())) {
                out.append({{it.key()}, it.value()});
            }
            continue;
        }
        const QJsonObject section = it.value().toObject();
        for (auto kv = section.begin(); kv != section.end(); ++kv) {
            if (!known.contains(it.key() + QLatin1Char('.') + kv.key())) {
                out.append({{it.key(), kv.key()}, kv.value()});
            }
        }
    }
    return out;
}

QJsonValue lookup(const QJsonObject& root, const QStringList& path)
{
    return path.size() == 1 ? root.value(path.first()) : root.value(path.first()).toObject().value(path.last());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString path = fuzz::writeScratchFile(QStringLiteral("config.json"), input);
    config::ConfigLoadResult loaded = config::Config::load(path);
    if (!loaded.ok) {
        AUTOPOD_FUZZ_CHECK(!loaded.error.isEmpty(), QStringLiteral("a refused config.json without a reason"));
        QFile file(path);
        AUTOPOD_FUZZ_CHECK(file.open(QIODevice::ReadOnly) && file.readAll() == input,
                           QStringLiteral("a refused config.json was changed"));
        return 0;
    }
    const QJsonObject root = QJsonDocument::fromJson(input).object();
    const auto before = unknownEntries(root);
    for (const QString& section : brokenSections(root)) {
        AUTOPOD_FUZZ_CHECK(
            loaded.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("\"%1\" is not a section").arg(section)),
            QStringLiteral("section %1 is not an object and no warning says so").arg(section));
    }

    QString error;
    AUTOPOD_FUZZ_CHECK(loaded.config.set(QStringLiteral("ui.max_gpus_shown"), QStringLiteral("7"), &error), error);
    AUTOPOD_FUZZ_CHECK(loaded.config.save(&error), error);

    QFile file(path);
    AUTOPOD_FUZZ_CHECK(file.open(QIODevice::ReadOnly), path);
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    for (const auto& [key, value] : before) {
        AUTOPOD_FUZZ_CHECK(lookup(saved, key) == value,
                           QStringLiteral("unknown key %1 lost on save").arg(key.join(QLatin1Char('.'))));
    }
    const config::ConfigLoadResult again = config::Config::load(path);
    AUTOPOD_FUZZ_CHECK(again.ok, again.error);
    AUTOPOD_FUZZ_CHECK(again.config.maxGpusShown() == 7, QStringLiteral("the setting did not survive a save"));
    return 0;
}
