// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace autopod::ssh {

// The status lines a background tunnel process (`autopod tunnel --status-fd N`) writes to the
// process that started it, one event per line:
//
//   READY <local port>    the tunnel listens; the port is 1-65535
//   NOTE <text>           something to tell the user (the port was taken, another was chosen)
//   FAILED <reason>       the tunnel broke after READY and is being healed
//   FATAL <reason>        the tunnel cannot start (bad key, host key refused): do not retry
//
// Both ends use this file, so the format has one home. Texts are a single line: newlines and
// other control characters in a reason are replaced by spaces when the line is written.
struct TunnelStatusEvent
{
    enum class Kind
    {
        Ready,
        Note,
        Failed,
        Fatal,
        Malformed // a line that is none of the above (or too long): ignored, but logged by the reader
    };
    Kind kind = Kind::Malformed;
    int localPort = 0; // Ready
    QString text;      // Note, Failed, Fatal; the offending line (cut) for Malformed
};

QByteArray tunnelStatusLine(TunnelStatusEvent::Kind kind, const QString& text);
QByteArray tunnelReadyLine(int localPort);

// Splits what arrives on the pipe into events. Holds at most kMaxLine bytes of an unfinished line:
// a longer line is reported once as Malformed and the rest of it dropped, so a confused child can
// never make its parent buffer without end.
class TunnelStatusReader
{
public:
    static constexpr qsizetype kMaxLine = 4096;

    QList<TunnelStatusEvent> feed(const QByteArray& bytes);
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    bool m_discarding = false; // inside a line that was too long, until its newline
};

} // namespace autopod::ssh
