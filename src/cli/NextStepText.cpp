// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/NextStepText.h"

namespace autopod::cli {

QString commandFor(NextStep step, const QString& podName)
{
    switch (step) {
    case NextStep::None:
        break;
    case NextStep::SetApiKey:
        return QStringLiteral("autopod config set api-key");
    case NextStep::RunSetup:
        return QStringLiteral("autopod config init");
    case NextStep::ChangeGpuFilters:
        // The filters are settings (filters.*, runpod.default_region, runpod.default_cloud_type).
        return QStringLiteral("autopod config set KEY VALUE");
    case NextStep::CheckPods:
        return QStringLiteral("autopod pods list");
    case NextStep::StopPod:
        return QStringLiteral("autopod pod stop %1").arg(podName.isEmpty() ? QStringLiteral("NAME") : podName);
    }
    return {};
}

QString withNextStep(const QString& text, NextStep step, const QString& podName)
{
    const QString command = commandFor(step, podName);
    if (command.isEmpty()) {
        return text;
    }
    if (step == NextStep::ChangeGpuFilters) {
        return QStringLiteral("%1 `autopod config show` lists the filters; `%2` changes one.").arg(text, command);
    }
    return QStringLiteral("%1 Run `%2`.").arg(text, command);
}

QString userText(const api::ApiError& error)
{
    return withNextStep(error.text(), error.nextStep);
}

} // namespace autopod::cli
