// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod config set KEY VALUE` with any key and value: refused with a message, or accepted and
// then written so that the file loads again with the same effective value.
// Input: the key, a newline, the value.

#include "FuzzSupport.h"
#include "core/config/Config.h"

#include <QFile>
#include <QJsonObject>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(fuzz::bytes(data, size));
    const qsizetype nl = input.indexOf(QLatin1Char('\n'));
    const QString key = nl < 0 ? input : input.left(nl);
    const QString value = nl < 0 ? QString() : input.mid(nl + 1);

    const QString path = fuzz::scratchDir() + QStringLiteral("/config-set.json");
    QFile::remove(path);
    config::Config config(path);
    QString error;
    if (!config.set(key, value, &error)) {
        AUTOPOD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("config set refused %1 without a reason").arg(key));
        return 0;
    }
    const QString canonical = config::Config::canonicalKey(key);
    AUTOPOD_FUZZ_CHECK(!canonical.isEmpty(), QStringLiteral("config set accepted the unknown key %1").arg(key));
    const QJsonObject effective = config.effectiveJson();
    AUTOPOD_FUZZ_CHECK(config.save(&error), error);

    const config::ConfigLoadResult loaded = config::Config::load(path);
    AUTOPOD_FUZZ_CHECK(loaded.ok,
                       QStringLiteral("a value config set accepted made config.json unreadable: ") + loaded.error);
    AUTOPOD_FUZZ_CHECK(loaded.warnings.isEmpty(), QStringLiteral("a value config set accepted is refused on load: ") +
                                                      loaded.warnings.join(QLatin1Char('\n')));
    AUTOPOD_FUZZ_CHECK(loaded.config.effectiveJson() == effective,
                       QStringLiteral("%1 changed between set and load").arg(canonical));
    return 0;
}
