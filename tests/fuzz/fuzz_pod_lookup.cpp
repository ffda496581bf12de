// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The CLI's pod lookup (`autopod pod stop NAME`, `pod info`, `tunnel`...): whatever the user types
// and whatever names and ids pods.json holds, the lookup answers a record only when the text is
// that record's name or pod id, or a prefix no other record shares, and never picks one of two
// records a prefix fits. A wrong answer here stops or terminates the wrong pod.
//
// Input: the first line is what the user typed; each further line is one record, "pod id<TAB>name".

#include "FuzzSupport.h"
#include "core/pods/PodMatch.h"

#include <algorithm>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

namespace {

bool same(const pods::PodRecord& a, const pods::PodRecord& b)
{
    return a.podId == b.podId && a.name == b.name;
}

QString describe(const QString& typed, const QList<pods::PodRecord>& records)
{
    QStringList lines{QStringLiteral("typed: \"%1\"").arg(typed)};
    for (const pods::PodRecord& r : records) {
        lines << QStringLiteral("record: id \"%1\" name \"%2\"").arg(r.podId, r.name);
    }
    return lines.join(QLatin1Char('\n'));
}

void checkLookup(const QList<pods::PodRecord>& records, const QString& typed)
{
    const std::optional<pods::PodRecord> found = pods::matchPod(records, typed);
    const QString text = typed.trimmed();
    const QString context = describe(typed, records);

    if (text.isEmpty()) {
        AUTOPOD_FUZZ_CHECK(!found, QStringLiteral("empty text found a pod\n") + context);
        return;
    }
    const pods::PodRecord* exact = nullptr;
    int fitting = 0;
    for (const pods::PodRecord& r : records) {
        if (!exact && (r.podId == text || r.name == text)) {
            exact = &r;
        }
        if (r.podId.startsWith(text) || r.name.startsWith(text)) {
            ++fitting;
        }
    }
    if (found) {
        const bool known =
            std::any_of(records.begin(), records.end(), [&](const pods::PodRecord& r) { return same(r, *found); });
        AUTOPOD_FUZZ_CHECK(known, QStringLiteral("the lookup answered a record it was not given\n") + context);
        AUTOPOD_FUZZ_CHECK(found->podId.startsWith(text) || found->name.startsWith(text),
                           QStringLiteral("the answer's name and id do not start with the text\n") + context);
    }
    if (exact) {
        // A name or id typed in full always means that pod, whatever else starts with it.
        AUTOPOD_FUZZ_CHECK(found && same(*found, *exact),
                           QStringLiteral("a full name or id did not find its pod\n") + context);
    } else if (fitting == 1) {
        AUTOPOD_FUZZ_CHECK(found.has_value(), QStringLiteral("a unique prefix found nothing\n") + context);
    } else {
        AUTOPOD_FUZZ_CHECK(!found, QStringLiteral("%1 records fit, yet one was picked\n").arg(fitting) + context);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList lines = QString::fromUtf8(fuzz::bytes(data, size)).split(QLatin1Char('\n'));
    const QString typed = lines.value(0);
    QList<pods::PodRecord> records;
    for (qsizetype i = 1; i < lines.size() && records.size() < 64; ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        pods::PodRecord r;
        r.podId = fields.value(0);
        r.name = fields.value(1);
        records << r;
    }

    checkLookup(records, typed);
    for (const pods::PodRecord& r : std::as_const(records)) {
        checkLookup(records, r.podId);
        checkLookup(records, r.name);
        checkLookup(records, r.name.left(r.name.size() / 2));
        checkLookup(records, QLatin1Char(' ') + r.podId.left(3) + QLatin1Char('\t'));
    }
    return 0;
}
