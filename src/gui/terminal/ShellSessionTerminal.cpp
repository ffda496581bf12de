// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/terminal/ShellSessionTerminal.h"

namespace autopod::gui {

ShellSessionTerminal::ShellSessionTerminal(ssh::SshTarget target, ssh::ShellOptions options, QObject* parent)
    : TerminalSession(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
{}

ShellSessionTerminal::~ShellSessionTerminal() = default;

void ShellSessionTerminal::start(int cols, int rows)
{
    if (m_session) {
        return;
    }
    ssh::ShellOptions options = m_options;
    options.cols = cols > 0 ? cols : options.cols;
    options.rows = rows > 0 ? rows : options.rows;
    m_session = std::make_unique<ssh::ShellSession>(m_target, options);
    connect(m_session.get(), &ssh::ShellSession::started, this, &TerminalSession::started);
    connect(m_session.get(), &ssh::ShellSession::dataReceived, this, &TerminalSession::dataReceived);
    connect(m_session.get(), &ssh::ShellSession::finished, this, &TerminalSession::finished);
    connect(m_session.get(), &ssh::ShellSession::failed, this, &TerminalSession::failed);
    m_session->start();
}

void ShellSessionTerminal::write(const QByteArray& bytes)
{
    if (m_session) {
        m_session->write(bytes);
    }
}

void ShellSessionTerminal::resize(int cols, int rows)
{
    if (m_session) {
        m_session->resize(cols, rows);
    }
}

void ShellSessionTerminal::close()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
    }
}

} // namespace autopod::gui
