// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the fuzz targets: a QCoreApplication for code that needs one, a private folder for
// inputs that are files, and a check that aborts (so libFuzzer records the input) when an
// invariant breaks.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace autopod::fuzz {

// Creates the application object once, with the file-based parts of core (logging to a file,
// the keychain) kept out of the way: the targets only parse.
void initialize(int* argc, char*** argv);

// A folder that lives as long as the process.
QString scratchDir();
// Writes bytes to scratchDir()/name and returns the path.
QString writeScratchFile(const QString& name, const QByteArray& bytes);

// Prints what broke and aborts: a fuzzer finding, not an exception to recover from.
[[noreturn]] void fail(const char* invariant, const QString& detail = {});

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace autopod::fuzz

#define AUTOPOD_FUZZ_CHECK(condition, detail)                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::autopod::fuzz::fail(#condition, detail);                                                                 \
        }                                                                                                              \
    } while (false)
