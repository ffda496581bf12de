// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod::outputs {

// Where a copied file ended up.
struct Placement
{
    bool ok = false;
    bool alreadyThere = false; // a file of that name with the same bytes was there: the copy was dropped
    QString path;              // absolute path of the file now holding these bytes
    QString error;             // when !ok
};

// Moves a complete download (tempPath) to <folder>/<localPath> without ever replacing a file:
// when a different file of that name is there, it takes the next free name ("name (2).png", …);
// when a file of that name holds the same bytes, the download is dropped and that file is the
// result. File I/O (it reads both files whole to compare them): blocking, so the copier runs it
// on a worker thread, never on the thread it lives on (the desktop's GUI thread).
Placement placeOutput(const QString& folder, const QString& localPath, const QString& tempPath);

} // namespace autopod::outputs
