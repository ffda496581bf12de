// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace autopod::lifecycle {

// Every step of a connect, resume or attach, the cost-safe policy's actions, and the pod actions
// (stop, resume, terminate); defined in ConnectFlow.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcLifecycle)

} // namespace autopod::lifecycle
