// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace autopod::api {

// Every RunPod request, response, retry and error is logged here; the logging module forwards Qt
// categories to the log file and redacts the API key before anything is written.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace autopod::api
