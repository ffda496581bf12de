// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace autopod::gui {

// One autopod-desktop per autopod home: the first instance listens on a local socket in the run
// directory; a second launch finds it, asks it to show its window and ends, instead of starting a
// second tray icon and a second poller.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // socketPath: <run dir>/desktop.sock.
    explicit SingleInstance(QString socketPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the one instance (it now listens); false when another instance
    // answered and was asked to show itself. A socket nobody answers on is taken over.
    bool claim();
    QString socketPath() const { return m_path; }
    QString error() const { return m_error; }

Q_SIGNALS:
    // Another launch asked this instance to show its window.
    void activationRequested();

private:
    QString m_path;
    QString m_error;
    QLocalServer* m_server = nullptr;
};

} // namespace autopod::gui
