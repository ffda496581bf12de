// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/pods/PodRecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace autopod::pods {

class PodStore;

struct SyncReport
{
    QStringList updated;   // names of records refreshed from RunPod
    QStringList gone;      // names newly marked gone: two lists in a row left them out
    QStringList unlisted;  // names this list left out for the first time: not proof, ask again
    QStringList untracked; // RunPod pods named autopod-* that pods.json does not know (ids): they
                           // bill unseen until the user adopts or terminates them
    QString error;         // the store could not be written
    bool ok() const { return error.isEmpty(); }
};

// Reconciles pods.json with what RunPod lists (RunPodApi::pods()). Only call it with a list that
// RunPod actually returned. A missing answer is no proof that a pod was terminated: a tracked pod
// one list leaves out is only noted (unlisted_at) and marked gone when the next list, a second
// well-formed answer, leaves it out too.
//
// Runtime and compute cost come from the API: the current run's uptime x costPerHr, plus the runs
// before it (a stop or restart closes a run). A stopped pod's volume storage is accumulated
// separately (storage_cost_usd). A pod RunPod no longer lists is marked gone, never left running.
class PodSync
{
public:
    static SyncReport reconcile(PodStore& store, const QList<api::Pod>& pods, const QDateTime& now);

    // The pure part, for one record and the pod RunPod reports for it.
    // A running pod found stopped that autopod did not stop ("Exited by user", not by RunPod) with
    // a guard autopod saw running gets guardStoppedReason: its guard's limit, marked as what autopod
    // infers ("idle 30 min (likely)"); the guard's own word replaces it once autopod reads it.
    static void apply(PodRecord& record, const api::Pod& pod, const QDateTime& now);
    // apply() for a stop autopod made itself (RunPod's answer to it): never put on the guard.
    static void applyOwnStop(PodRecord& record, const api::Pod& pod, const QDateTime& now);
    // A tracked pod RunPod no longer lists. False if it was already gone.
    static bool markGone(PodRecord& record, const QDateTime& now);
    // A pod autopod terminated (or saw disappear while it watched): no longer bills.
    static void markTerminated(PodRecord& record, const QDateTime& now);
    // Starts tracking a pod RunPod lists that pods.json does not know (the user chose to adopt it,
    // e.g. from another machine or an older pods.json). False with `error` when pods.json already
    // has a pod by that name or could not be written.
    static bool adopt(PodStore& store, const api::Pod& pod, const QDateTime& now, QString* error);
    // The pods of `pods` whose ids are in `ids`, in RunPod's order.
    static QList<api::Pod> podsWithIds(const QList<api::Pod>& pods, const QStringList& ids);
    // "running", "stopped", ... for RunPod's desiredStatus.
    static QString statusText(api::PodStatus status);
};

} // namespace autopod::pods
