#include "core/ssh/HostKeyScan.h"

#include "core/ssh/SshConnection.h"

#include <QThread>

namespace autopod::ssh {

HostKeyScan::HostKeyScan(QObject* parent)
    : QObject(parent)
{}

HostKeyScan::~HostKeyScan()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool HostKeyScan::scan(const SshTarget& target, HostKeyCheck* check, SshError* error)
{
    SshConnection connection;
    return connection.fetchHostKey(target, check, error);
}

void HostKeyScan::start(const SshTarget& target)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, target] {
        HostKeyCheck check;
        SshError error;
        if (scan(target, &check, &error)) {
            QMetaObject::invokeMethod(
                this, [this, check] { Q_EMIT scanned(check); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, error] { Q_EMIT scanFailed(error); }, Qt::QueuedConnection);
        }
    });
    m_thread->start();
}

} // namespace autopod::ssh
