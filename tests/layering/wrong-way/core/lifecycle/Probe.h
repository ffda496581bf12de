// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// Lifecycle may use pods: this include alone is fine.
#include "core/pods/Probe.h"
