// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace autopod::cli {

// Turns SIGINT/SIGTERM/SIGHUP into a Qt signal on the event loop (self-pipe), so Ctrl-C during a
// flow can ask what to do with the pod instead of killing the process mid-way.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(std::initializer_list<int> signals, QObject* parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void signalled(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
    QList<int> m_signals;
};

} // namespace autopod::cli
