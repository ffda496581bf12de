// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/PodRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace autopod::pods {

// Which of these records the user means by what they typed (surrounding white space ignored):
// the first whose pod id or name is exactly that, else the only one whose pod id or name starts
// with it. Nothing for an empty text, no match, or a prefix that more than one record shares.
std::optional<PodRecord> matchPod(const QList<PodRecord>& records, const QString& nameOrId);

} // namespace autopod::pods
