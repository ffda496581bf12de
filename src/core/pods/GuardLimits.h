// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/GuardSettings.h"

#include <QString>

namespace autopod::pods {

// Changes one limit of a guard from the user's text, checked against the config key's range (the
// config schema is the one place that says what is allowed): "lifecycle.idle_stop_minutes",
// "costs.max_usd_per_pod" or "lifecycle.max_hours"; "off" or "none" turns a limit off. False with
// *error otherwise. The CLI's `pod guard` and the desktop's guard dialog both use it.
bool setGuardLimit(GuardSettings& settings, const QString& configKey, const QString& text, QString* error);

} // namespace autopod::pods
