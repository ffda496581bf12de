// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// A pods header reaching up into lifecycle: CheckCoreFolders.cmake must reject this tree.
#include "core/lifecycle/Probe.h"
