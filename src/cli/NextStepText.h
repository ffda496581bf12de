// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/app/NextStep.h"

#include <QString>

namespace autopod::cli {

// How the CLI does a next step core names: the command that does it ("autopod pod stop NAME");
// empty for NextStep::None. `podName` is the pod a StopPod step is about.
QString commandFor(NextStep step, const QString& podName = {});

// `text`, then the command that does `step`: "… Run `autopod config set api-key`." (`text` alone
// for NextStep::None).
QString withNextStep(const QString& text, NextStep step, const QString& podName = {});

// An error from RunPod as the CLI prints it: its message and the command for its next step.
QString userText(const api::ApiError& error);

} // namespace autopod::cli
