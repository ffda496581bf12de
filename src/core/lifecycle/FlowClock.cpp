// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/FlowClock.h"

#include <QTimer>

#include <chrono>

namespace autopod::lifecycle {

namespace {

class SteadyTimer : public FlowTimer
{
public:
    explicit SteadyTimer(QObject* parent)
        : FlowTimer(parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FlowTimer::timeout);
    }

    void start(int delayMs) override { m_timer.start(qMax(0, delayMs)); }
    void stop() override { m_timer.stop(); }

private:
    QTimer m_timer;
};

} // namespace

qint64 SteadyFlowClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

FlowTimer* SteadyFlowClock::createTimer(QObject* parent)
{
    return new SteadyTimer(parent);
}

} // namespace autopod::lifecycle
