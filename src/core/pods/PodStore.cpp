// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/PodStore.h"

#include "core/config/FileLock.h"
#include "core/config/Paths.h"
#include "core/pods/PodMatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace autopod::pods {

namespace {
Q_LOGGING_CATEGORY(lcPods, "autopod.pods")

const QString kPodId = QStringLiteral("pod_id");
const QString kName = QStringLiteral("name");

bool isReservationObject(const QJsonObject& o)
{
    return o.value(QStringLiteral("status")).toString() == QLatin1String(PodRecord::kReserved) &&
           o.value(kPodId).toString().isEmpty();
}

// The key of the record with this pod id, else the record named so; empty if none.
QString findKey(const QJsonObject& root, const QString& podIdOrName)
{
    if (podIdOrName.isEmpty()) {
        return {};
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().value(kPodId).toString() == podIdOrName) {
            return it.key();
        }
    }
    if (root.value(podIdOrName).isObject()) {
        return podIdOrName;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().value(kName).toString() == podIdOrName) {
            return it.key();
        }
    }
    return {};
}

// The record's fields over what the file holds, so keys only the file knows survive.
QJsonObject merged(const QJsonObject& existing, const PodRecord& record)
{
    QJsonObject out = existing;
    for (const QString& key : PodRecord::knownKeys()) {
        out.remove(key); // a field the record no longer has must not come back from the file
    }
    const QJsonObject fields = record.toJson();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

void putRecord(QJsonObject& root, const QString& oldKey, PodRecord record)
{
    if (record.name.isEmpty()) {
        record.name = oldKey;
    }
    QJsonObject existing = root.value(oldKey.isEmpty() ? record.name : oldKey).toObject();
    if (!oldKey.isEmpty() && oldKey != record.name) {
        root.remove(oldKey);
    }
    root.insert(record.name, merged(existing, record));
}

} // namespace

PodStore::PodStore(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_path(filePath)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, &PodStore::onFileEvent);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
}

PodStore::~PodStore() = default;

void PodStore::setLockTimeouts(int staleMs, int waitMs)
{
    m_staleMs = staleMs;
    m_waitMs = waitMs;
}

void PodStore::watch()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(dir) && !m_watcher->directories().contains(dir)) {
        m_watcher->addPath(dir);
    }
    // An atomic replace gives the file a new inode; the old watch is gone, so arm it again.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
}

void PodStore::setRoot(const QJsonObject& root)
{
    if (root == m_root) {
        return;
    }
    m_root = root;
    Q_EMIT changed();
}

namespace {
struct FileRead
{
    enum class State
    {
        Ok,
        Unreadable,
        Corrupt
    } state = State::Ok;
    QJsonObject root;
    QString error;
};

FileRead readFile(const QString& path)
{
    FileRead r;
    QFile f(path);
    if (!f.exists()) {
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        r.state = FileRead::State::Unreadable;
        r.error = QCoreApplication::translate("PodStore", "Cannot read %1: %2").arg(path, f.errorString());
        return r;
    }
    const QByteArray data = f.readAll();
    if (data.trimmed().isEmpty()) {
        r.state = FileRead::State::Corrupt;
        r.error = QCoreApplication::translate("PodStore", "the file is empty");
        return r;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError) {
        r.state = FileRead::State::Corrupt;
        r.error = QCoreApplication::translate("PodStore", "invalid JSON at offset %1: %2")
                      .arg(err.offset)
                      .arg(err.errorString());
        return r;
    }
    if (!doc.isObject()) {
        r.state = FileRead::State::Corrupt;
        r.error = QCoreApplication::translate("PodStore", "the top level is not a JSON object");
        return r;
    }
    r.root = doc.object();
    return r;
}
} // namespace

PodStore::ReadResult PodStore::readLocked()
{
    ReadResult result;
    const FileRead f = readFile(m_path);
    switch (f.state) {
    case FileRead::State::Ok:
        result.ok = true;
        result.root = f.root;
        return result;
    case FileRead::State::Unreadable:
        result.error = f.error;
        return result;
    case FileRead::State::Corrupt:
        break;
    }
    const QString movedTo = m_path + QStringLiteral(".corrupt-") +
                            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(m_path, movedTo)) {
        result.error = QStringLiteral("%1 is corrupt (%2) and could not be moved aside; fix or remove it by hand")
                           .arg(m_path, f.error);
        qCCritical(lcPods).noquote() << result.error;
        return result;
    }
    result.ok = true; // start from an empty list, the old file is kept
    result.error = QStringLiteral("%1 was corrupt (%2); it was moved to %3 and autopod starts a new list. "
                                  "Pods in the old file are still on RunPod: check them in the pod list.")
                       .arg(m_path, f.error, movedTo);
    qCCritical(lcPods).noquote() << result.error;
    Q_EMIT corruptFileSetAside(movedTo, f.error);
    return result;
}

bool PodStore::load(QString* error)
{
    const FileRead f = readFile(m_path);
    bool ok = true;
    if (f.state == FileRead::State::Ok) {
        setRoot(f.root);
    } else {
        // Set it aside under the lock, so no writer is in the middle of it.
        ok = mutate([](QJsonObject&, QString*) { return false; }, error);
        ok = ok && f.state == FileRead::State::Ok;
        if (f.state == FileRead::State::Unreadable && error) {
            *error = f.error;
        }
    }
    watch();
    return ok;
}

bool PodStore::mutate(const std::function<bool(QJsonObject&, QString*)>& fn, QString* error)
{
    if (!config::Paths::ensurePrivateDir(QFileInfo(m_path).absolutePath(), error)) {
        return false;
    }
    config::FileLock lock(m_path, m_staleMs);
    QString lockError;
    if (!lock.acquire(&lockError, m_waitMs)) {
        if (error) {
            *error = lockError;
        }
        qCWarning(lcPods).noquote() << lockError;
        return false;
    }
    ReadResult read = readLocked();
    if (!read.ok) {
        if (error) {
            *error = read.error;
        }
        return false;
    }
    const bool setAside = !read.error.isEmpty();
    QJsonObject root = read.root;
    QString fnError;
    const bool changedRoot = fn(root, &fnError);
    if (!fnError.isEmpty()) {
        if (error) {
            *error = fnError;
        }
        setRoot(read.root);
        return false;
    }
    if (changedRoot && !writeLocked(root, error)) {
        return false;
    }
    lock.unlock();
    setRoot(changedRoot ? root : read.root);
    watch();
    if (setAside && error) {
        *error = read.error; // reported; the write itself succeeded
    }
    return !setAside || changedRoot;
}

bool PodStore::writeLocked(const QJsonObject& root, QString* error)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("PodStore", "Cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("PodStore", "Cannot write %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    return true;
}

void PodStore::onFileEvent()
{
    watch();
    const FileRead f = readFile(m_path);
    if (f.state == FileRead::State::Ok) {
        setRoot(f.root);
    } else if (f.state == FileRead::State::Corrupt && QFileInfo::exists(m_path)) {
        load(nullptr);
    }
}

QList<PodRecord> PodStore::records() const
{
    QList<PodRecord> out;
    for (auto it = m_root.begin(); it != m_root.end(); ++it) {
        if (!it.value().isObject()) {
            continue;
        }
        PodRecord r = PodRecord::fromJson(it.value().toObject(), it.key());
        if (!r.isReservation()) {
            out << r;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PodRecord& a, const PodRecord& b) {
        if (a.createdAt != b.createdAt) {
            return a.createdAt < b.createdAt;
        }
        return a.name < b.name;
    });
    return out;
}

std::optional<PodRecord> PodStore::find(const QString& nameOrId) const
{
    return matchPod(records(), nameOrId);
}

bool PodStore::upsert(const PodRecord& input, QString* error)
{
    PodRecord record = input;
    if (record.name.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("PodStore", "A pod record needs a name");
        }
        return false;
    }
    if (!record.createdAt.isValid() && !record.isReservation()) {
        record.createdAt = QDateTime::currentDateTimeUtc();
    }
    return mutate(
        [&record](QJsonObject& root, QString* err) {
            QString key = record.podId.isEmpty() ? QString() : findKey(root, record.podId);
            if (key.isEmpty() && root.value(record.name).isObject()) {
                const QJsonObject existing = root.value(record.name).toObject();
                const QString existingId = existing.value(kPodId).toString();
                if (!existingId.isEmpty() && existingId != record.podId) {
                    *err = QCoreApplication::translate("PodStore", "The name %1 is already used by pod %2")
                               .arg(record.name, existingId);
                    return false;
                }
                key = record.name;
            }
            putRecord(root, key, record);
            return true;
        },
        error);
}

bool PodStore::update(const QString& podIdOrName, const std::function<void(PodRecord&)>& fn, QString* error)
{
    return mutate(
        [&](QJsonObject& root, QString* err) {
            const QString key = findKey(root, podIdOrName);
            if (key.isEmpty()) {
                *err = QCoreApplication::translate("PodStore", "No pod %1 in %2").arg(podIdOrName, m_path);
                return false;
            }
            PodRecord r = PodRecord::fromJson(root.value(key).toObject(), key);
            fn(r);
            putRecord(root, key, r);
            return true;
        },
        error);
}

bool PodStore::updateAll(const std::function<void(QList<PodRecord>&)>& fn, QString* error)
{
    return mutate(
        [&](QJsonObject& root, QString*) {
            QList<PodRecord> list;
            QStringList keys;
            QStringList ids; // each record's pod id as read, to know it again after fn
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (it.value().isObject() && !isReservationObject(it.value().toObject())) {
                    list << PodRecord::fromJson(it.value().toObject(), it.key());
                    keys << it.key();
                    ids << list.last().podId;
                }
            }
            fn(list);
            for (qsizetype i = 0; i < list.size(); ++i) {
                const PodRecord& r = list.at(i);
                // A record still where fn was given it is written back under its own key: looked up
                // by pod id, two records a hand edit gave the same id would both land on the first.
                QString key = i < keys.size() && r.podId == ids.at(i) ? keys.at(i) : QString();
                if (key.isEmpty() && !r.podId.isEmpty()) {
                    key = findKey(root, r.podId);
                }
                if (key.isEmpty() && keys.contains(r.name)) {
                    key = r.name;
                }
                putRecord(root, key, r);
            }
            return true;
        },
        error);
}

bool PodStore::remove(const QString& podIdOrName, QString* error)
{
    return mutate(
        [&](QJsonObject& root, QString* err) {
            const QString key = findKey(root, podIdOrName);
            if (key.isEmpty()) {
                *err = QCoreApplication::translate("PodStore", "No pod %1 in %2").arg(podIdOrName, m_path);
                return false;
            }
            root.remove(key);
            return true;
        },
        error);
}

QString PodStore::nameMarker()
{
    // Four letters or digits: 1.7 million to one that another machine's same-numbered pod of the
    // day (or a name from a pods.json set aside) shares it.
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString marker;
    for (int i = 0; i < 4; ++i) {
        marker.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    }
    return marker;
}

QString PodStore::allocateName(const QDate& day, QString* error)
{
    const QString prefix = QStringLiteral("autopod-") + day.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-');
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(prefix) +
                                     QStringLiteral("(\\d{3,})(?:-[a-z0-9]+)?$"));
    QString name;
    const bool ok = mutate(
        [&](QJsonObject& root, QString*) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            int highest = 0;
            for (const QString& key : root.keys()) {
                const QJsonObject o = root.value(key).toObject();
                if (isReservationObject(o)) {
                    const PodRecord r = PodRecord::fromJson(o, key);
                    if (r.reservedAt.isValid() && r.reservedAt.secsTo(now) > 24 * 3600) {
                        root.remove(key); // a create that died long ago
                        continue;
                    }
                }
                for (const QString& candidate : {key, o.value(kName).toString()}) {
                    const QRegularExpressionMatch m = pattern.match(candidate);
                    bool isNumber = false;
                    const int counter = m.hasMatch() ? m.captured(1).toInt(&isNumber) : 0;
                    if (isNumber && counter < 1000000000) { // a hand-edited huge counter must not overflow
                        highest = std::max(highest, counter);
                    }
                }
            }
            name = prefix + QStringLiteral("%1-%2").arg(highest + 1, 3, 10, QLatin1Char('0')).arg(nameMarker());
            PodRecord reservation;
            reservation.name = name;
            reservation.status = QString::fromLatin1(PodRecord::kReserved);
            reservation.reservedAt = now;
            reservation.reservedByPid = QCoreApplication::applicationPid();
            root.insert(name, reservation.toJson());
            return true;
        },
        error);
    return ok ? name : QString();
}

} // namespace autopod::pods
