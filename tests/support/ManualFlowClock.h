// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/FlowClock.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace autopod::test {

// A FlowClock for tests that stands still until told to move: advance() moves it and fires the
// timers that fall due on the way, in order; runUntil() runs the event loop and, whenever nothing
// else is pending, jumps to the next timer. A flow's polls, retries and deadlines then take no real
// time, while its real work (RunPod answers, SSH, the readiness check over TCP) still happens.
// The fakes that wait for something (FakeRunPodApi's runtimeAfterMs, FakePodConnector's
// comfyReadyAtMs) read the same clock when given it.
class ManualFlowClock : public lifecycle::FlowClock
{
public:
    ManualFlowClock();
    ~ManualFlowClock() override;

    qint64 nowMs() const override { return m_now; }
    lifecycle::FlowTimer* createTimer(QObject* parent) override;

    void advance(qint64 ms);
    // False when `done` is still false after `realTimeoutMs` of real time.
    bool runUntil(const std::function<bool()>& done, int realTimeoutMs = 10000);

private:
    class Timer;
    Timer* nextDue() const;

    qint64 m_now = 0;
    QList<QPointer<Timer>> m_timers;
};

} // namespace autopod::test
