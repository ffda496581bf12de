// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/NextStepText.h"

#include <QCoreApplication>

namespace autopod::gui {

QString nextStepText(NextStep step, const QString& podName)
{
    switch (step) {
    case NextStep::None:
        break;
    case NextStep::SetApiKey:
        return QCoreApplication::translate("NextStep",
                                           "Open File → Setup wizard and enter an API key with read and write access.");
    case NextStep::RunSetup:
        return QCoreApplication::translate("NextStep", "Open File → Setup wizard and go through the setup again.");
    case NextStep::ChangeGpuFilters:
        return QCoreApplication::translate(
            "NextStep", "Widen the filters in the new-pod dialog (File → New pod), then search again.");
    case NextStep::CheckPods:
        return QCoreApplication::translate(
            "NextStep", "Check the pod list (Pod → Refresh): it shows every pod on your RunPod account.");
    case NextStep::StopPod:
        return podName.isEmpty()
                   ? QCoreApplication::translate("NextStep", "Select the pod in the pod list and choose Pod → Stop.")
                   : QCoreApplication::translate("NextStep", "Select %1 in the pod list and choose Pod → Stop.")
                         .arg(podName);
    }
    return {};
}

QString withNextStep(const QString& text, NextStep step, const QString& podName)
{
    const QString how = nextStepText(step, podName);
    return how.isEmpty() ? text : text + QLatin1Char(' ') + how;
}

QString userText(const api::ApiError& error)
{
    return withNextStep(error.text(), error.nextStep);
}

} // namespace autopod::gui
