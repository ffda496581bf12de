// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod::gui {

// Registers the icons and translations compiled into autopod_gui (a static library, so its
// resources are not registered by themselves). Call once after QApplication exists.
void initResources();

} // namespace autopod::gui
