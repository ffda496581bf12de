// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/PodMatch.h"

namespace autopod::pods {

std::optional<PodRecord> matchPod(const QList<PodRecord>& records, const QString& nameOrId)
{
    const QString needle = nameOrId.trimmed();
    if (needle.isEmpty()) {
        return std::nullopt;
    }
    for (const PodRecord& r : records) {
        if (r.podId == needle || r.name == needle) {
            return r;
        }
    }
    std::optional<PodRecord> found;
    for (const PodRecord& r : records) {
        if (r.podId.startsWith(needle) || r.name.startsWith(needle)) {
            if (found) {
                return std::nullopt; // ambiguous
            }
            found = r;
        }
    }
    return found;
}

} // namespace autopod::pods
