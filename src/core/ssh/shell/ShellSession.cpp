// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/shell/ShellSession.h"

#include "core/ssh/ThreadRetirement.h"
#include "core/ssh/shell/ShellWorker.h"

#include <QThread>

namespace autopod::ssh {

ShellSession::ShellSession(SshTarget target, ShellOptions options, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
{}

ShellSession::~ShellSession()
{
    close();
}

void ShellSession::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh-shell"));
    m_worker = new ShellWorker(m_target, m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &ShellWorker::run);
    connect(m_worker, &ShellWorker::started, this, [this] {
        m_running = true;
        Q_EMIT started();
    });
    // Acknowledged once delivered: while this thread does not get to it, the worker stops reading (flow control).
    connect(m_worker, &ShellWorker::dataReceived, this, [this](const QByteArray& bytes) {
        Q_EMIT dataReceived(bytes);
        if (m_worker)
            m_worker->acknowledge(bytes.size());
    });
    connect(m_worker, &ShellWorker::warningRaised, this, &ShellSession::warningRaised);
    connect(m_worker, &ShellWorker::finished, this, [this](int status) {
        m_running = false;
        Q_EMIT finished(status);
    });
    connect(m_worker, &ShellWorker::failed, this, [this](const QString& reason) {
        m_running = false;
        Q_EMIT failed(reason);
    });
    m_thread->start();
}

void ShellSession::write(const QByteArray& bytes)
{
    if (m_worker)
        m_worker->enqueueWrite(bytes);
}

void ShellSession::resize(int cols, int rows)
{
    m_options.cols = cols;
    m_options.rows = rows;
    if (m_worker)
        m_worker->requestResize(cols, rows);
}

void ShellSession::sendEof()
{
    if (m_worker)
        m_worker->requestEof();
}

void ShellSession::close()
{
    if (!m_thread)
        return;
    m_worker->requestClose();
    disconnect(m_worker, nullptr, this, nullptr);
    retireThread(m_thread, m_worker); // run() returns once the channel is closed, or its connect gives up
    m_worker = nullptr;
    m_thread = nullptr;
    m_running = false;
}

} // namespace autopod::ssh
