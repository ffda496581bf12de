// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod::ssh {

// Puts a terminal (stdin by default) into raw mode for an interactive shell and restores it when
// destroyed. Does nothing when the fd is not a terminal.
class TerminalRawMode
{
public:
    explicit TerminalRawMode(int fd = 0);
    ~TerminalRawMode();
    TerminalRawMode(const TerminalRawMode&) = delete;
    TerminalRawMode& operator=(const TerminalRawMode&) = delete;

    bool isActive() const { return m_active; }
    void restore();
    // Current size of the terminal on fd; false when it is not a terminal.
    static bool size(int fd, int* cols, int* rows);

private:
    int m_fd;
    bool m_active = false;
    unsigned char m_saved[128]; // struct termios, kept opaque to keep <termios.h> out of the header
};

} // namespace autopod::ssh
