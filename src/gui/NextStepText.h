// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/app/NextStep.h"

#include <QString>

namespace autopod::gui {

// How the desktop does a next step core names: the menu item or button, in one sentence ("Select
// NAME in the pod list and choose Pod → Stop."); empty for NextStep::None. `podName` is the pod a
// StopPod step is about.
QString nextStepText(NextStep step, const QString& podName = {});

// `text`, then how the desktop does `step` (`text` alone for NextStep::None).
QString withNextStep(const QString& text, NextStep step, const QString& podName = {});

// An error from RunPod as the desktop shows it: its message and how to do its next step here.
QString userText(const api::ApiError& error);

} // namespace autopod::gui
