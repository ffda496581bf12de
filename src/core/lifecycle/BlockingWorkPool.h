// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace autopod::lifecycle {

// Blocking libssh work (the SSH probe, the guard's commands) on a QThreadPool of its own, answered
// on the application's main thread, where the pool is used. The pool's threads are kept for reuse
// and released when idle. One piece of work may block for a whole SSH connect timeout, so:
// - there are enough threads that a slow one never holds up the others (the machine's core count,
//   QThreadPool's default, would);
// - destroying the pool never waits for work still running (the app would hang at quit): that
//   work answers nobody, and the threads go once it has ended.
class BlockingWorkPool
{
public:
    static constexpr int kMaxThreads = 32;

    BlockingWorkPool();
    ~BlockingWorkPool();
    BlockingWorkPool(const BlockingWorkPool&) = delete;
    BlockingWorkPool& operator=(const BlockingWorkPool&) = delete;

    // Runs `work` on a pool thread named `name`, then `done(result)` on the main thread if `context`
    // and this pool still exist.
    template <typename Result>
    void run(const QString& name, QObject* context, std::function<Result()> work,
             std::function<void(const Result&)> done)
    {
        start(name, context, [work = std::move(work), done = std::move(done)]() -> std::function<void()> {
            Result result = work();
            return [done, result] {
                done(result);
            };
        });
    }

private:
    struct Shared;
    // `job` runs on a pool thread and returns what is to run on the main thread.
    void start(const QString& name, QObject* context, std::function<std::function<void()>()> job);

    Shared* m_shared; // outlives this pool while work still runs
};

} // namespace autopod::lifecycle
