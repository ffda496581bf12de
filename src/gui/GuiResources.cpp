// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/GuiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initGuiQrc()
{
    Q_INIT_RESOURCE(gui);
}

namespace autopod::gui {

void initResources()
{
    initGuiQrc();
}

} // namespace autopod::gui
