// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/TunnelStatus.h"

namespace autopod::ssh {

namespace {

QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

const char* keyword(TunnelStatusEvent::Kind kind)
{
    switch (kind) {
    case TunnelStatusEvent::Kind::Ready:
        return "READY";
    case TunnelStatusEvent::Kind::Note:
        return "NOTE";
    case TunnelStatusEvent::Kind::Failed:
        return "FAILED";
    case TunnelStatusEvent::Kind::Fatal:
    case TunnelStatusEvent::Kind::Malformed:
        break;
    }
    return "FATAL";
}

TunnelStatusEvent parse(const QByteArray& line)
{
    TunnelStatusEvent e;
    const qsizetype space = line.indexOf(' ');
    const QByteArray word = space < 0 ? line : line.left(space);
    const QString rest = space < 0 ? QString() : QString::fromUtf8(line.mid(space + 1));
    if (word == "READY") {
        bool ok = false;
        const int port = rest.toInt(&ok);
        if (ok && port >= 1 && port <= 65535) {
            e.kind = TunnelStatusEvent::Kind::Ready;
            e.localPort = port;
            return e;
        }
    } else if (word == "NOTE") {
        e.kind = TunnelStatusEvent::Kind::Note;
    } else if (word == "FAILED") {
        e.kind = TunnelStatusEvent::Kind::Failed;
    } else if (word == "FATAL") {
        e.kind = TunnelStatusEvent::Kind::Fatal;
    }
    e.text = e.kind == TunnelStatusEvent::Kind::Malformed ? oneLine(QString::fromUtf8(line.left(200))) : oneLine(rest);
    return e;
}

} // namespace

QByteArray tunnelStatusLine(TunnelStatusEvent::Kind kind, const QString& text)
{
    QByteArray line = QByteArray(keyword(kind)) + ' ' + oneLine(text).toUtf8();
    if (line.size() >= TunnelStatusReader::kMaxLine) {
        line.truncate(TunnelStatusReader::kMaxLine - 1);
    }
    return line + '\n';
}

QByteArray tunnelReadyLine(int localPort)
{
    return "READY " + QByteArray::number(localPort) + '\n';
}

QList<TunnelStatusEvent> TunnelStatusReader::feed(const QByteArray& bytes)
{
    QList<TunnelStatusEvent> events;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype nl = bytes.indexOf('\n', from);
        const qsizetype end = nl < 0 ? bytes.size() : nl;
        if (!m_discarding) {
            m_buffer.append(bytes.constData() + from, end - from);
            if (m_buffer.size() >= kMaxLine) {
                TunnelStatusEvent e;
                e.text = oneLine(QString::fromUtf8(m_buffer.left(200)));
                events.append(e);
                m_buffer.clear();
                m_discarding = true;
            }
        }
        if (nl < 0) {
            break;
        }
        if (!m_discarding) {
            events.append(parse(m_buffer));
        }
        m_buffer.clear();
        m_discarding = false;
        from = nl + 1;
    }
    return events;
}

} // namespace autopod::ssh
