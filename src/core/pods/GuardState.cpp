// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/GuardState.h"

#include "core/pods/Presentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace autopod::pods {

GuardState GuardState::parse(const QByteArray& text)
{
    QHash<QString, QString> v;
    for (const QByteArray& line : text.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0) {
            v.insert(QString::fromUtf8(line.left(eq)).trimmed(), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
    }
    GuardState s;
    s.valid = v.contains(QStringLiteral("running"));
    s.running = v.value(QStringLiteral("running")) == QLatin1String("1");
    s.activity = v.value(QStringLiteral("activity"));
    s.action = v.value(QStringLiteral("action"), QStringLiteral("none"));
    bool ok = false;
    s.actionInSeconds = v.value(QStringLiteral("action_in")).toLongLong(&ok);
    if (!ok) {
        s.actionInSeconds = -1;
    }
    s.lastActivity = v.value(QStringLiteral("last_activity")).toLongLong();
    s.checkedAt = v.value(QStringLiteral("checked_at")).toLongLong();
    s.keepUntil = v.value(QStringLiteral("keep_until")).toLongLong();
    s.costUsd = v.value(QStringLiteral("cost_usd")).toDouble();
    s.idleStopMinutes = v.value(QStringLiteral("idle_stop_minutes")).toInt();
    s.stopping = v.value(QStringLiteral("stopping"));
    s.stopError = v.value(QStringLiteral("stop_error"));
    s.lastStopped = v.value(QStringLiteral("last_stopped"));
    return s;
}

QString GuardState::reasonText() const
{
    if (action == QLatin1String("idle")) {
        return QCoreApplication::translate("Guard", "idle %1")
            .arg(Presentation::duration(qint64(idleStopMinutes) * 60));
    }
    if (action == QLatin1String("budget")) {
        return QCoreApplication::translate("Guard", "budget");
    }
    if (action == QLatin1String("max_hours")) {
        return QCoreApplication::translate("Guard", "maximum runtime");
    }
    return {};
}

QString GuardState::summary() const
{
    if (!valid) {
        return QCoreApplication::translate("Guard", "unknown");
    }
    if (!stopping.isEmpty()) {
        return QCoreApplication::translate("Guard", "stopping the pod: %1").arg(stopping);
    }
    if (!running) {
        return QCoreApplication::translate("Guard", "not running: the pod is unguarded");
    }
    if (actionInSeconds < 0 || action == QLatin1String("none")) {
        return QCoreApplication::translate("Guard", "running, no stop planned");
    }
    return QCoreApplication::translate("Guard", "stops in %1: %2")
        .arg(Presentation::duration(actionInSeconds), reasonText());
}

} // namespace autopod::pods
