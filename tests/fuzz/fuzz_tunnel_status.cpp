// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The status lines of the background tunnel process, as its parent reads them: whatever the pipe
// delivers, in whatever pieces, the reader holds a bounded amount, reports READY only with a real
// port, and a line written by the writer reads back as the same event.

#include "FuzzSupport.h"
#include "core/ssh/tunnel/TunnelStatus.h"

using namespace autopod;
using Kind = ssh::TunnelStatusEvent::Kind;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    // The same bytes, delivered whole and in pieces whose sizes come from the input, give the same
    // events.
    ssh::TunnelStatusReader whole;
    const QList<ssh::TunnelStatusEvent> expected = whole.feed(input);
    ssh::TunnelStatusReader pieces;
    QList<ssh::TunnelStatusEvent> got;
    qsizetype at = 0;
    for (qsizetype i = 0; at < input.size(); ++i) {
        const qsizetype n = 1 + (static_cast<unsigned char>(input.at(i % input.size())) % 97);
        got += pieces.feed(input.mid(at, n));
        AUTOPOD_FUZZ_CHECK(pieces.buffered() < ssh::TunnelStatusReader::kMaxLine,
                           QStringLiteral("the reader holds %1 bytes").arg(pieces.buffered()));
        at += n;
    }
    AUTOPOD_FUZZ_CHECK(got.size() == expected.size(),
                       QStringLiteral("%1 events in pieces, %2 whole").arg(got.size()).arg(expected.size()));
    for (qsizetype i = 0; i < got.size(); ++i) {
        AUTOPOD_FUZZ_CHECK(got[i].kind == expected[i].kind && got[i].text == expected[i].text &&
                               got[i].localPort == expected[i].localPort,
                           QStringLiteral("event %1 differs when read in pieces").arg(i));
        if (got[i].kind == Kind::Ready) {
            AUTOPOD_FUZZ_CHECK(got[i].localPort >= 1 && got[i].localPort <= 65535,
                               QStringLiteral("READY with port %1").arg(got[i].localPort));
        }
    }

    // Any text the writer is given comes back as exactly one event of the same kind.
    const QString text = QString::fromUtf8(input.left(6000));
    for (const Kind kind : {Kind::Note, Kind::Failed, Kind::Fatal}) {
        ssh::TunnelStatusReader reader;
        const QList<ssh::TunnelStatusEvent> back = reader.feed(ssh::tunnelStatusLine(kind, text));
        AUTOPOD_FUZZ_CHECK(back.size() == 1 && back.first().kind == kind,
                           QStringLiteral("a written status line did not read back as one event"));
    }
    return 0;
}
