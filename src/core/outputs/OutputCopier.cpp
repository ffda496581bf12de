// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/outputs/OutputCopier.h"

#include "core/config/Config.h"
#include "core/outputs/OutputPlacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace autopod::outputs {

namespace {

Q_LOGGING_CATEGORY(lcOutputs, "autopod.outputs")

constexpr int kRetryMs = 1000; // finishPending() retries this often while the pod is unreachable

// Where downloads are moved into place (file I/O: never on the copier's own thread).
Q_GLOBAL_STATIC(QThreadPool, placementPool)

QString percentEncoded(const QString& value)
{
    // Everything but the unreserved characters: '+', '&' and '=' in a ComfyUI name stay themselves.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

OutputCopier::OutputCopier(QUrl comfyBase, QString folder, CopierOptions options, QObject* parent)
    : QObject(parent)
    , m_base(std::move(comfyBase))
    , m_options(options)
    , m_ledger(std::move(folder))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy); // the tunnel is on loopback; a system proxy must not see it
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutputCopier::poll);
    m_ledger.load();
}

OutputCopier::~OutputCopier()
{
    stop();
    const auto waiters = m_waiters;
    m_waiters.clear();
    for (Waiter* w : waiters) {
        delete w->timer;
        // Gone before it finished (its tunnel closed): whoever waits hears so, unless it is this copier.
        if (w->hasContext && w->context && w->context != this) {
            w->done(false);
        }
        delete w;
    }
}

QString OutputCopier::podFolder(const config::Config& config, const QString& podName)
{
    return podFolder(config.outputsDir(), podName);
}

QString OutputCopier::podFolder(const QString& outputsDir, const QString& podName)
{
    QString name = podName;
    if (!safeRelativePath({}, name)) {
        name = QStringLiteral("pod");
    }
    return QDir(outputsDir).filePath(name);
}

void OutputCopier::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_ledger.load(); // another process may have copied meanwhile (the CLI's tunnel, then the desktop)
    if (!m_inRound) {
        poll();
    }
}

void OutputCopier::stop()
{
    m_running = false;
    ++m_generation; // a placement still running on the worker no longer belongs to a round
    m_timer.stop();
    if (m_current) {
        m_current->disconnect(this);
        delete m_current; // removes its temporary file
    }
    m_pending.clear();
    m_inRound = false;
}

void OutputCopier::finishPending(int timeoutMs, QObject* context, std::function<void(bool)> done)
{
    auto* w = new Waiter;
    w->context = context;
    w->hasContext = context != nullptr;
    w->done = std::move(done);
    w->timer = new QTimer(this);
    w->timer->setSingleShot(true);
    connect(w->timer, &QTimer::timeout, this, [this, w] {
        m_waiters.removeOne(w);
        if (!w->hasContext || w->context) {
            w->done(false);
        }
        w->timer->deleteLater();
        delete w;
        if (m_waiters.isEmpty() && !m_running && m_inRound) {
            stop();
        }
    });
    w->timer->start(timeoutMs);
    m_waiters << w;
    if (m_inRound) {
        m_again = true;
    } else {
        m_timer.stop();
        poll();
    }
}

void OutputCopier::poll()
{
    if (!m_running && m_waiters.isEmpty()) {
        return;
    }
    m_inRound = true;
    m_again = false;
    QUrl url = m_base;
    url.setPath(QStringLiteral("/history"));
    auto* job = new OutputDownload(*m_nam, url, m_options.history, {}, this);
    m_current = job;
    connect(job, &OutputDownload::finished, this, [this, job](OutputDownload::Result result, const QString& error) {
        onHistory(result, error, job->body());
    });
    job->start();
}

void OutputCopier::onHistory(OutputDownload::Result result, const QString& error, const QByteArray& body)
{
    m_current = nullptr;
    if (result != OutputDownload::Result::Ok) {
        roundEnded(false, QStringLiteral("reading ComfyUI's history failed: ") + error);
        return;
    }
    const auto scan = parseHistory(body);
    if (!scan) {
        roundEnded(false, QStringLiteral("ComfyUI's history is not a JSON object"));
        return;
    }
    for (const QString& name : scan->refused) {
        if (!m_refusedLogged.contains(name)) {
            m_refusedLogged.insert(name);
            qCWarning(lcOutputs) << "not copied, the name could reach outside the output folder:" << name;
        }
    }
    m_pending.clear();
    m_notCopied.clear();
    for (const RemoteOutput& out : scan->outputs) {
        if (!m_ledger.contains(out.key()) && !m_missing.contains(out.key())) {
            m_pending << out;
            m_notCopied << out.localPath;
        }
    }
    m_listed = true;
    next();
}

QUrl OutputCopier::viewUrl(const RemoteOutput& out) const
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/view"));
    url.setQuery(QStringLiteral("filename=") + percentEncoded(out.filename) + QStringLiteral("&subfolder=") +
                     percentEncoded(out.subfolder) + QStringLiteral("&type=output"),
                 QUrl::StrictMode);
    return url;
}

void OutputCopier::next()
{
    if (m_pending.isEmpty()) {
        roundEnded(true, {});
        return;
    }
    const RemoteOutput out = m_pending.takeFirst();
    const QFileInfo target(QDir(m_ledger.folder()).filePath(out.localPath));
    if (!QDir().mkpath(target.path())) {
        roundEnded(false, QStringLiteral("cannot create %1").arg(target.path()));
        return;
    }
    const QString temp = QDir(target.path()).filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".part"));
    auto* job = new OutputDownload(*m_nam, viewUrl(out), m_options.file, temp, this);
    m_current = job;
    connect(
        job, &OutputDownload::finished, this,
        [this, out, temp](OutputDownload::Result result, const QString& error) { onFile(out, temp, result, error); });
    job->start();
}

void OutputCopier::onFile(const RemoteOutput& out, const QString& tempPath, OutputDownload::Result result,
                          const QString& error)
{
    m_current = nullptr;
    if (result == OutputDownload::Result::NotFound) {
        qCWarning(lcOutputs) << "listed by ComfyUI but gone from the pod:" << out.localPath;
        m_missing.insert(out.key());
        m_notCopied.removeOne(out.localPath);
        next();
        return;
    }
    if (result != OutputDownload::Result::Ok) {
        roundEnded(false, QStringLiteral("copying %1 failed: %2").arg(out.localPath, error));
        return;
    }
    // Moving it into place compares it with a file of the same name, which reads both whole: on a
    // worker, so the thread this copier lives on (the desktop's GUI thread) never waits for a disk.
    // The round goes on when it is done; a copier stopped or gone meanwhile ignores the result.
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Placement>(this);
    connect(watcher, &QFutureWatcher<Placement>::finished, this, [this, watcher, out, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            onPlaced(out, watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(placementPool(), placeOutput, m_ledger.folder(), out.localPath, tempPath));
}

void OutputCopier::onPlaced(const RemoteOutput& out, const Placement& placement)
{
    if (!placement.ok) {
        roundEnded(false, QStringLiteral("saving %1 failed: %2").arg(out.localPath, placement.error));
        return;
    }
    if (!placement.alreadyThere) {
        qCInfo(lcOutputs) << "saved" << out.localPath << "as" << placement.path;
        Q_EMIT outputSaved(placement.path);
    }
    m_notCopied.removeOne(out.localPath);
    QString ledgerError;
    if (!m_ledger.add(out.key(), QDir(m_ledger.folder()).relativeFilePath(placement.path), &ledgerError)) {
        qCWarning(lcOutputs) << "the list of copied outputs could not be saved:" << ledgerError;
    }
    Q_EMIT savedCountChanged(m_ledger.count());
    next();
}

void OutputCopier::roundEnded(bool complete, const QString& error)
{
    m_inRound = false;
    if (!complete) {
        qCInfo(lcOutputs) << error;
        Q_EMIT copyFailed(error);
    }
    if (complete && !m_again) {
        answerWaiters(true);
    }
    if (m_again || (!complete && !m_waiters.isEmpty())) {
        m_timer.start(m_again ? 0 : kRetryMs);
    } else if (m_running) {
        m_timer.start(m_options.pollMs);
    }
}

void OutputCopier::answerWaiters(bool complete)
{
    const auto waiters = m_waiters;
    m_waiters.clear();
    for (Waiter* w : waiters) {
        w->timer->stop();
        w->timer->deleteLater();
        if (!w->hasContext || w->context) {
            w->done(complete);
        }
        delete w;
    }
}

} // namespace autopod::outputs
