// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/shell/ShellSession.h"
#include "gui/terminal/TerminalSession.h"

#include <memory>

namespace autopod::gui {

// The shell tab's session on a pod: the core's ssh::ShellSession (libssh PTY on its own thread),
// opened when the terminal is ready, at the terminal's size.
//
//   auto session = std::make_unique<ShellSessionTerminal>(target);   // SshTarget of the pod
//   auto* tab = new ShellTab(podName, std::move(session), tabs);
class ShellSessionTerminal : public TerminalSession
{
    Q_OBJECT

public:
    explicit ShellSessionTerminal(ssh::SshTarget target, ssh::ShellOptions options = {}, QObject* parent = nullptr);
    ~ShellSessionTerminal() override;

    void start(int cols, int rows) override;
    void write(const QByteArray& bytes) override;
    void resize(int cols, int rows) override;
    void close() override;

private:
    ssh::SshTarget m_target;
    ssh::ShellOptions m_options;
    std::unique_ptr<ssh::ShellSession> m_session;
};

} // namespace autopod::gui
