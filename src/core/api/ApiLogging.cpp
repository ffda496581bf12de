// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/ApiLogging.h"

namespace autopod::api {

Q_LOGGING_CATEGORY(lcApi, "autopod.api")

} // namespace autopod::api
