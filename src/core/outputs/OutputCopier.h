// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/outputs/OutputDownload.h"
#include "core/outputs/OutputHistory.h"
#include "core/outputs/OutputLedger.h"
#include "core/outputs/OutputPlacement.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace autopod::config {
class Config;
}

namespace autopod::outputs {

struct CopierOptions
{
    int pollMs = 3000;
    ReadLimits history{64LL * 1024 * 1024, 30000, 60000};
    ReadLimits file{32LL * 1024 * 1024 * 1024, 60000, 4 * 3600 * 1000};
};

// Copies every finished ComfyUI output of one pod to the user's disk while the pod's tunnel is up:
// polls GET /history through the tunnel's local port, fetches each new file with GET /view into a
// temporary name beside its place, and renames it when complete. A different file never replaces
// one of the same name (it becomes "name (2).png"); the same file is never copied twice (the
// ledger, and a byte comparison when a file of that name is already there). Fully asynchronous:
// it runs on the thread it lives on without blocking it (the network is QNetworkAccessManager's,
// moving a file into place and that comparison run on a worker). One file at a time.
class OutputCopier : public QObject
{
    Q_OBJECT

public:
    // comfyBase: http://127.0.0.1:<tunnel port>; folder: this pod's output folder.
    OutputCopier(QUrl comfyBase, QString folder, CopierOptions options = {}, QObject* parent = nullptr);
    ~OutputCopier() override;

    void start(); // copies now, then every pollMs
    void stop();  // stops polling; a transfer in flight is abandoned (its temporary file removed)
    bool isRunning() const { return m_running; }
    void setBaseUrl(const QUrl& comfyBase) { m_base = comfyBase; }

    QString folder() const { return m_ledger.folder(); }
    int savedCount() const { return m_ledger.count(); }

    // Copies what ComfyUI lists now, retrying while the pod cannot be reached, for at most
    // timeoutMs. done(true) when nothing is left to copy, done(false) otherwise. Runs even when
    // the copier is stopped (then only for this). done runs only while context lives; when the
    // copier is destroyed first, done(false) runs then (unless context is the copier itself).
    void finishPending(int timeoutMs, QObject* context, std::function<void(bool)> done);

    // What ComfyUI listed at the last look that is not on the user's disk yet (ComfyUI's
    // subfolder/name). Empty also when the list could never be read: see hasListed().
    QStringList notCopied() const { return m_notCopied; }
    bool hasListed() const { return m_listed; }

    // The folder a pod's outputs go to: <outputs.dir>/<pod name>.
    static QString podFolder(const config::Config& config, const QString& podName);
    static QString podFolder(const QString& outputsDir, const QString& podName);

Q_SIGNALS:
    void outputSaved(const QString& path); // absolute path of a new file
    void savedCountChanged(int count);
    void copyFailed(const QString& reason); // one round could not finish (it is tried again)

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
        QTimer* timer = nullptr;
        bool hasContext = false;
    };

    void poll();
    void onHistory(OutputDownload::Result result, const QString& error, const QByteArray& body);
    void next();
    void onFile(const RemoteOutput& out, const QString& tempPath, OutputDownload::Result result, const QString& error);
    void onPlaced(const RemoteOutput& out, const Placement& placement);
    void roundEnded(bool complete, const QString& error);
    void answerWaiters(bool complete);
    QUrl viewUrl(const RemoteOutput& out) const;

    QUrl m_base;
    CopierOptions m_options;
    OutputLedger m_ledger;
    QNetworkAccessManager* m_nam;
    QTimer m_timer;
    bool m_running = false;
    bool m_inRound = false;
    bool m_again = false;     // a finishPending() came while a round ran: one more round after it
    quint64 m_generation = 0; // counts stop()s: a file placed for an earlier round is not this round's
    QList<RemoteOutput> m_pending;
    QStringList m_notCopied;
    bool m_listed = false;
    QSet<QString> m_missing; // 404 on the pod: not asked for again while this copier lives
    QSet<QString> m_refusedLogged;
    QPointer<OutputDownload> m_current;
    QList<Waiter*> m_waiters;
};

} // namespace autopod::outputs
