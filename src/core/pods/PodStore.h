// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/PodRecord.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace autopod::pods {

// pods.json: every pod autopod created, keyed by name.
//
// Every write takes pods.json.lock (QLockFile), re-reads the file, changes only the records it
// was asked to change, and replaces the file atomically (QSaveFile). The CLI and the desktop app
// can therefore write at the same moment without losing a record, and a reader never sees a
// half-written file. Keys and records autopod does not know survive every rewrite.
//
// A corrupt pods.json is never replaced silently: it is renamed to pods.json.corrupt-<time>,
// reported (corruptFileSetAside, a warning in the log, the error of load()), and the store
// starts from an empty list.
class PodStore : public QObject
{
    Q_OBJECT

public:
    explicit PodStore(const QString& filePath, QObject* parent = nullptr);
    ~PodStore() override;

    QString filePath() const { return m_path; }

    // Reads the file. False with *error for an unreadable or corrupt file (corrupt: set aside).
    bool load(QString* error = nullptr);
    // Real pods, reservations excluded, oldest first.
    QList<PodRecord> records() const;
    // By name or pod id (exact), or a unique prefix of either (matchPod()).
    std::optional<PodRecord> find(const QString& nameOrId) const;

    // Inserts or replaces the record with the same pod id, else the same name (which replaces the
    // name's reservation). Fields are taken as given; unknown keys in `extra` are kept.
    bool upsert(const PodRecord& record, QString* error);
    // Applies fn to the record with this pod id (or name) as it is in the file right now. False
    // when there is no such record.
    bool update(const QString& podIdOrName, const std::function<void(PodRecord&)>& fn, QString* error);
    // Applies fn to all records at once (one lock, one write): for sync. Records fn adds are
    // inserted, records it drops are left alone (use remove()).
    bool updateAll(const std::function<void(QList<PodRecord>&)>& fn, QString* error);
    bool remove(const QString& podIdOrName, QString* error);

    // The next free name for that day, autopod-YYYY-MM-DD-NNN-xxxx (001, 002, ...; xxxx a random
    // marker), reserved in the file inside the lock so two processes never get the same one. The
    // marker keeps names apart that this file cannot: another machine on the same account, or a
    // pods.json set aside as corrupt; a pod carrying the name is this create's, positively.
    // Empty (and *error) on failure.
    // The reservation becomes the pod's record through upsert() with that name; release it with
    // remove(name) if the pod is never created. Reservations older than a day are dropped.
    QString allocateName(const QDate& day, QString* error = nullptr);
    static QString nameMarker();

    // How long a lock may be held before another process treats it as stale (default 30 s), and
    // how long a writer waits for it (default 10 s).
    void setLockTimeouts(int staleMs, int waitMs);

Q_SIGNALS:
    // The records changed: our own write, or another process's (file watcher).
    void changed();
    // A corrupt pods.json was renamed to movedTo; reason says what was wrong with it.
    void corruptFileSetAside(const QString& movedTo, const QString& reason);

private:
    struct ReadResult
    {
        bool ok = false;
        QJsonObject root;
        QString error;
    };

    // Reads the file; a corrupt file is set aside (call with the lock held).
    ReadResult readLocked();
    bool mutate(const std::function<bool(QJsonObject&, QString*)>& fn, QString* error);
    bool writeLocked(const QJsonObject& root, QString* error);
    void setRoot(const QJsonObject& root);
    void watch();
    void onFileEvent();

    QString m_path;
    QJsonObject m_root;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_reloadTimer = nullptr;
    int m_staleMs = 30000;
    int m_waitMs = 10000;
};

} // namespace autopod::pods
