// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodRow.h"

#include "core/pods/Presentation.h"

namespace autopod::gui {

QString PodRow::gpuText() const
{
    return pods::Presentation::gpu(gpuCount, gpuDisplayName);
}

} // namespace autopod::gui
