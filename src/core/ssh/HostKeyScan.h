#pragma once

#include "core/ssh/SshTarget.h"

#include <QObject>

class QThread;

namespace autopod::ssh {

// Reads a pod's host key off the GUI thread, so the UI can ask for consent (trust on first use)
// before the tunnel or shell connect with HostKeyPolicy::RequireKnown. Emits exactly one of the signals.
class HostKeyScan : public QObject
{
    Q_OBJECT
public:
    explicit HostKeyScan(QObject* parent = nullptr);
    ~HostKeyScan() override;

    void start(const SshTarget& target);

    // The same, blocking: for the CLI and tests.
    static bool scan(const SshTarget& target, HostKeyCheck* check, SshError* error);

Q_SIGNALS:
    void scanned(const autopod::ssh::HostKeyCheck& check);
    void scanFailed(const autopod::ssh::SshError& error);

private:
    QThread* m_thread = nullptr;
};

} // namespace autopod::ssh
