// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace autopod::lifecycle {

// A single-shot timer on a FlowClock.
class FlowTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Fires timeout() once, `delayMs` from now on its clock; restarts a running timer.
    virtual void start(int delayMs) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void timeout();
};

// The time a ConnectFlow reads (its elapsed time, the readiness deadline) and waits on (polls,
// retries, the create lookup). The product runs on SteadyFlowClock; tests inject a clock that
// runs ahead to the next timer instead of waiting for it.
class FlowClock
{
public:
    virtual ~FlowClock() = default;

    // Milliseconds on a monotonic scale (only differences mean anything).
    virtual qint64 nowMs() const = 0;
    virtual FlowTimer* createTimer(QObject* parent) = 0;
};

// The machine's monotonic clock and QTimer.
class SteadyFlowClock : public FlowClock
{
public:
    qint64 nowMs() const override;
    FlowTimer* createTimer(QObject* parent) override;
};

// Time since start() on a FlowClock, like QElapsedTimer on the machine's clock.
class FlowStopwatch
{
public:
    explicit FlowStopwatch(const FlowClock& clock)
        : m_clock(&clock)
    {}

    void start() { m_startedAt = m_clock->nowMs(); }
    bool isValid() const { return m_startedAt >= 0; }
    qint64 elapsed() const { return m_clock->nowMs() - m_startedAt; }

private:
    const FlowClock* m_clock;
    qint64 m_startedAt = -1;
};

} // namespace autopod::lifecycle
