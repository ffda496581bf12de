// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// known_hosts as people edit it: checking a pod's key against any file never crashes, and trusting
// a key keeps every other line of the file as it was and makes the key known.

#include "FuzzSupport.h"
#include "core/ssh/keys/KnownHosts.h"

#include <QFile>

using namespace autopod;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

namespace {

QList<QByteArray> otherLines(const QByteArray& content, const QByteArray& pattern)
{
    QList<QByteArray> out;
    for (const QByteArray& line : content.split('\n')) {
        // Surrounding white space (a stray CR) may be tidied; the content of a line may not change.
        if (!line.trimmed().isEmpty() && !line.contains(pattern)) {
            out.append(line.trimmed());
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString path = fuzz::writeScratchFile(QStringLiteral("known_hosts"), input);
    const QString host = QStringLiteral("203.0.113.7");
    const int port = 17445;
    ssh::HostKey key;
    key.type = QStringLiteral("ssh-ed25519");
    key.blob = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHNpbXVsYXRvci1ob3N0LWtleS1mb3ItZnV6emluZw==");

    ssh::KnownHosts hosts(path);
    const ssh::HostKeyCheck first = hosts.check(host, port, key);
    if (first.status == ssh::HostKeyStatus::Changed) {
        AUTOPOD_FUZZ_CHECK(!first.stored.isNull(), QStringLiteral("a changed key without the stored one"));
    }

    QString error;
    if (!hosts.trust(host, port, key, &error)) {
        AUTOPOD_FUZZ_CHECK(!error.isEmpty(), QStringLiteral("trust failed without a reason"));
        return 0;
    }
    AUTOPOD_FUZZ_CHECK(hosts.check(host, port, key).status == ssh::HostKeyStatus::Known,
                       QStringLiteral("a trusted key is not known"));
    QFile file(path);
    AUTOPOD_FUZZ_CHECK(file.open(QIODevice::ReadOnly), path);
    const QByteArray pattern = ssh::KnownHosts::hostPattern(host, port).toUtf8();
    AUTOPOD_FUZZ_CHECK(otherLines(file.readAll(), pattern) == otherLines(input, pattern),
                       QStringLiteral("trusting one key changed other lines of known_hosts"));
    return 0;
}
