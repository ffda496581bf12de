// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// pods.json as people (and older versions) leave it: any file either loads or is set aside with a
// reason, never silently replaced; one that loads is written back by autopod's next change without
// losing a record or a field, and a lookup by name, id or prefix finds only what it should.

#include "FuzzSupport.h"
#include "core/pods/PodStore.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

namespace {

QMap<QString, QJsonObject> byName(const QList<pods::PodRecord>& records)
{
    QMap<QString, QJsonObject> out;
    for (const pods::PodRecord& r : records) {
        out.insert(r.name, r.toJson());
    }
    return out;
}

void checkLookup(const pods::PodStore& store, const QString& query)
{
    const auto found = store.find(query);
    if (!found) {
        return;
    }
    // The lookup ignores white space around what was typed.
    const QString text = query.trimmed();
    AUTOPOD_FUZZ_CHECK(!text.isEmpty(), QStringLiteral("an empty name found a pod"));
    AUTOPOD_FUZZ_CHECK(found->name.startsWith(text) || found->podId.startsWith(text),
                       QStringLiteral("%1 found %2 (%3)").arg(query, found->name, found->podId));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString dir = fuzz::scratchDir() + QStringLiteral("/pods");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/pods.json");
    const QByteArray input = fuzz::bytes(data, size);
    {
        QFile file(path);
        AUTOPOD_FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(input) == input.size(), path);
    }

    pods::PodStore store(path);
    QString error;
    if (!store.load(&error)) {
        AUTOPOD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("a refused pods.json without a reason"));
        // Never replaced silently: the original bytes are kept beside it.
        const QStringList aside = QDir(dir).entryList({QStringLiteral("pods.json.corrupt-*")}, QDir::Files);
        AUTOPOD_FUZZ_CHECK(aside.size() == 1, QStringLiteral("a refused pods.json was not set aside"));
        QFile kept(dir + QLatin1Char('/') + aside.first());
        AUTOPOD_FUZZ_CHECK(kept.open(QIODevice::ReadOnly) && kept.readAll() == input,
                           QStringLiteral("the set-aside pods.json differs from the original"));
        return 0;
    }

    const QList<pods::PodRecord> before = store.records();
    for (const pods::PodRecord& r : before) {
        checkLookup(store, r.name);
        checkLookup(store, r.podId);
        checkLookup(store, r.name.left(r.name.size() / 2));
    }
    checkLookup(store, QString::fromUtf8(input.left(12)));

    // Any change rewrites the file; nothing that was there may go missing.
    AUTOPOD_FUZZ_CHECK(store.updateAll([](QList<pods::PodRecord>&) {}, &error), error);
    pods::PodStore reread(path);
    AUTOPOD_FUZZ_CHECK(reread.load(&error), QStringLiteral("pods.json unreadable after autopod wrote it: ") + error);
    const auto was = byName(before);
    const auto now = byName(reread.records());
    for (auto it = was.begin(); it != was.end(); ++it) {
        AUTOPOD_FUZZ_CHECK(now.contains(it.key()), QStringLiteral("record %1 lost on rewrite").arg(it.key()));
        AUTOPOD_FUZZ_CHECK(now.value(it.key()) == it.value(),
                           QStringLiteral("record %1 changed on rewrite").arg(it.key()));
    }
    return 0;
}
