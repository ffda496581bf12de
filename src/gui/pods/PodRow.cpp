#include "gui/pods/PodRow.h"

#include <QCoreApplication>

namespace autopod::gui {

QString PodRow::gpuText() const
{
    if (gpuDisplayName.isEmpty()) {
        return {};
    }
    if (gpuCount > 1) {
        return QCoreApplication::translate("PodRow", "%1 × %2").arg(gpuCount).arg(gpuDisplayName);
    }
    return gpuDisplayName;
}

PodRow::State PodRow::stateFor(const api::Pod& pod)
{
    switch (pod.desiredStatus) {
    case api::PodStatus::Created:
        return State::Starting;
    case api::PodStatus::Running:
    case api::PodStatus::Restarting:
        return pod.runtime ? State::Running : State::Starting;
    case api::PodStatus::Exited:
    case api::PodStatus::Paused:
    case api::PodStatus::Error: // REST v2 offers start/terminate for it, as for a stopped pod
        return State::Stopped;
    case api::PodStatus::Dead:
    case api::PodStatus::Terminated:
        return State::Terminated;
    case api::PodStatus::Unknown:
        break;
    }
    return State::Unknown;
}

QString PodRow::stateText(State state)
{

    switch (state) {
    case State::Creating:
        return QCoreApplication::translate("PodRow", "Creating");
    case State::Starting:
        return QCoreApplication::translate("PodRow", "Starting");
    case State::Running:
        return QCoreApplication::translate("PodRow", "Running");
    case State::Connected:
        return QCoreApplication::translate("PodRow", "Connected");
    case State::Stopping:
        return QCoreApplication::translate("PodRow", "Stopping");
    case State::Stopped:
        return QCoreApplication::translate("PodRow", "Stopped");
    case State::Terminated:
        return QCoreApplication::translate("PodRow", "Terminated");
    case State::Unknown:
        break;
    }
    return QCoreApplication::translate("PodRow", "Unknown");
}

} // namespace autopod::gui
