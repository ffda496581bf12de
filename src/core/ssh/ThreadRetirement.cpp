// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/ThreadRetirement.h"

#include <QLoggingCategory>
#include <QObject>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcThreads, "autopod.ssh.threads")

namespace autopod::ssh {

void retireThread(QThread* thread, QObject* worker, int graceMs)
{
    thread->quit();
    if (thread->wait(graceMs)) {
        delete worker;
        delete thread;
        return;
    }
    qCInfo(lcThreads) << "not waiting for" << thread->objectName() << "to finish a blocking call; it ends by itself";
    // finished is emitted by the ending thread; the QThread object lives on this thread, so the
    // clean-up is queued here. Both paths below may fire: only the first one deletes.
    auto done = std::make_shared<bool>(false);
    auto cleanUp = [thread, worker, done] {
        if (*done || !thread->isFinished()) {
            return;
        }
        *done = true;
        delete worker; // its thread has ended: safe to delete from here
        thread->deleteLater();
    };
    QObject::connect(thread, &QThread::finished, thread, cleanUp, Qt::QueuedConnection);
    if (thread->isFinished()) {
        QMetaObject::invokeMethod(thread, cleanUp, Qt::QueuedConnection);
    }
}

} // namespace autopod::ssh
