// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace autopod::outputs {

// One file ComfyUI lists in a prompt's history entry (outputs.<node>.<list>[i]), with the path
// autopod gives it under the pod's output folder.
struct RemoteOutput
{
    QString promptId;
    QString subfolder; // as ComfyUI sent it: the /view parameter
    QString filename;  // as ComfyUI sent it: the /view parameter
    QString localPath; // sanitised "sub/folder/name.png", relative to the destination folder

    // The ledger's key: a prompt id is unique, so a file of the same name from a later prompt
    // (ComfyUI's counter restarted after its folder was emptied) is a new output.
    QString key() const;
};

struct HistoryScan
{
    QList<RemoteOutput> outputs; // type "output" only, in history order, each key once
    QStringList refused;         // names a pod sent that could reach outside the folder (for the log)
};

// Parses GET /history ({prompt_id: {outputs: {node: {<list>: [{filename, subfolder, type}]}}}}).
// Any list of objects with filename/subfolder/type counts (images, gifs, videos, audio…). Returns
// nullopt when the text is not a JSON object.
std::optional<HistoryScan> parseHistory(const QByteArray& json);

// "sub/folder/name.png" for ComfyUI's subfolder and filename, or nullopt when a part is unsafe
// on the user's disk: "..", ".", an absolute path, a backslash, a control
// character, a name starting with "." (autopod's own files there do), an over-long name.
std::optional<QString> safeRelativePath(const QString& subfolder, const QString& filename);

// "name (2).png" for n = 2: the name a different file of the same name gets.
QString numberedName(const QString& fileName, int n);

} // namespace autopod::outputs
