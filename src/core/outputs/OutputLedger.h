// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace autopod::outputs {

// Which of a pod's outputs autopod has copied: `.autopod-outputs.json` in the pod's output folder
// ({"version":1,"copied":{"<prompt id>/<subfolder>/<filename>":"<local path>"}}), rewritten
// atomically after every file. Kept beside the files so that it moves and goes with them; a lost
// or unreadable ledger costs only a re-check (an identical file is never copied twice).
class OutputLedger
{
public:
    static constexpr auto kFileName = ".autopod-outputs.json";

    explicit OutputLedger(QString folder);

    // Reads the ledger (missing or unreadable: empty). Never fails.
    void load();
    bool contains(const QString& key) const { return m_copied.contains(key); }
    // Records a copied output and saves; false (with *error) when the file could not be written.
    bool add(const QString& key, const QString& localPath, QString* error = nullptr);
    int count() const { return int(m_copied.size()); }
    QString folder() const { return m_folder; }

    // How many outputs the ledger in `folder` lists (0 when there is none): for `pods list`.
    static int countIn(const QString& folder);

private:
    QString m_folder;
    QHash<QString, QString> m_copied;
};

} // namespace autopod::outputs
