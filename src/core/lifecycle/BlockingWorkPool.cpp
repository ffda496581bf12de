// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/BlockingWorkPool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace autopod::lifecycle {

struct BlockingWorkPool::Shared
{
    QThreadPool pool;
    int unanswered = 0;               // started and not yet back on the main thread (main thread only)
    std::atomic<bool> retired{false}; // the BlockingWorkPool is gone: nobody is answered
};

BlockingWorkPool::BlockingWorkPool()
    : m_shared(new Shared)
{
    m_shared->pool.setMaxThreadCount(kMaxThreads);
}

BlockingWorkPool::~BlockingWorkPool()
{
    if (m_shared->unanswered == 0) {
        delete m_shared; // idle: its threads have nothing to finish
        return;
    }
    // Work still runs (an SSH connect to an unreachable pod lasts the whole connect timeout): not
    // waited for. Work not started yet is skipped; the last one back deletes the pool.
    m_shared->retired = true;
}

void BlockingWorkPool::start(const QString& name, QObject* context, std::function<std::function<void()>()> job)
{
    Shared* shared = m_shared;
    ++shared->unanswered;
    shared->pool.start([shared, name, context = QPointer<QObject>(context), job = std::move(job)] {
        std::function<void()> deliver;
        if (!shared->retired) {
            QThread::currentThread()->setObjectName(name);
            deliver = job();
        }
        QCoreApplication* app = QCoreApplication::instance();
        if (!app) {
            return; // the application is ending: nobody is left to answer
        }
        QMetaObject::invokeMethod(
            app,
            [shared, context, deliver] {
                --shared->unanswered;
                if (shared->retired) {
                    if (shared->unanswered == 0) {
                        // The pool thread that posted this returns from its task right after: this
                        // waits microseconds at most.
                        delete shared;
                    }
                    return;
                }
                if (context && deliver) {
                    deliver();
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace autopod::lifecycle
