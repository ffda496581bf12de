// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/ManualFlowClock.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

namespace autopod::test {

class ManualFlowClock::Timer : public lifecycle::FlowTimer
{
public:
    Timer(const ManualFlowClock& clock, QObject* parent)
        : lifecycle::FlowTimer(parent)
        , m_clock(clock)
    {}

    void start(int delayMs) override { dueAt = m_clock.nowMs() + qMax(0, delayMs); }
    void stop() override { dueAt = -1; }

    void fire()
    {
        dueAt = -1;
        Q_EMIT timeout();
    }

    qint64 dueAt = -1; // on the clock; -1: not running

private:
    const ManualFlowClock& m_clock;
};

ManualFlowClock::ManualFlowClock() = default;
ManualFlowClock::~ManualFlowClock() = default;

lifecycle::FlowTimer* ManualFlowClock::createTimer(QObject* parent)
{
    auto* timer = new Timer(*this, parent);
    m_timers.append(timer);
    return timer;
}

ManualFlowClock::Timer* ManualFlowClock::nextDue() const
{
    Timer* next = nullptr;
    for (const QPointer<Timer>& timer : m_timers) {
        if (timer && timer->dueAt >= 0 && (!next || timer->dueAt < next->dueAt)) {
            next = timer;
        }
    }
    return next;
}

void ManualFlowClock::advance(qint64 ms)
{
    const qint64 until = m_now + ms;
    while (Timer* next = nextDue()) {
        if (next->dueAt > until) {
            break;
        }
        m_now = qMax(m_now, next->dueAt);
        next->fire();
    }
    m_now = until;
    m_timers.removeAll(nullptr);
}

bool ManualFlowClock::runUntil(const std::function<bool()>& done, int realTimeoutMs)
{
    QElapsedTimer real;
    real.start();
    while (!done()) {
        if (real.hasExpired(realTimeoutMs)) {
            return false;
        }
        // Everything the flow has to do now first (queued answers, network events).
        bool busy = false;
        for (int round = 0; round < 100 && QAbstractEventDispatcher::instance()->processEvents(QEventLoop::AllEvents);
             ++round) {
            busy = true;
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (busy || done()) {
            continue;
        }
        if (Timer* next = nextDue()) {
            advance(next->dueAt - m_now);
        } else {
            QTest::qWait(1); // real work in flight (a TCP answer): wait for it
        }
    }
    return true;
}

} // namespace autopod::test
