// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/shell/TerminalRawMode.h"

#include <cstring>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace autopod::ssh {

static_assert(sizeof(termios) <= 128, "termios does not fit the saved buffer");

TerminalRawMode::TerminalRawMode(int fd)
    : m_fd(fd)
{
    termios saved{};
    if (!::isatty(fd) || ::tcgetattr(fd, &saved) != 0)
        return;
    std::memcpy(m_saved, &saved, sizeof(saved));
    termios raw = saved;
    ::cfmakeraw(&raw);
    if (::tcsetattr(fd, TCSADRAIN, &raw) == 0)
        m_active = true;
}

TerminalRawMode::~TerminalRawMode()
{
    restore();
}

void TerminalRawMode::restore()
{
    if (!m_active)
        return;
    termios saved{};
    std::memcpy(&saved, m_saved, sizeof(saved));
    ::tcsetattr(m_fd, TCSADRAIN, &saved);
    m_active = false;
}

bool TerminalRawMode::size(int fd, int* cols, int* rows)
{
    winsize ws{};
    if (::ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0)
        return false;
    *cols = ws.ws_col;
    *rows = ws.ws_row;
    return true;
}

} // namespace autopod::ssh
