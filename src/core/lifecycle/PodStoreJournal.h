// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/PodJournal.h"

#include <QDateTime>

#include <functional>

namespace autopod::pods {
class PodStore;
}

namespace autopod::lifecycle {

// The lifecycle's journal kept in pods.json: what the CLI and the desktop app pass to
// ConnectFlow. Each event is one locked, atomic write, so a crash at any point leaves the pod
// findable (`autopod pods list`) with what was known about it.
class PodStoreJournal final : public PodJournal
{
public:
    using Clock = std::function<QDateTime()>;

    explicit PodStoreJournal(pods::PodStore& store, Clock clock = {});

    // autopod-<local date>-NNN-xxxx, reserved in pods.json. If the store cannot be written, a name
    // with the time of day instead of the counter (still unique, never empty) and an error in the log.
    QString allocateName() override;
    void podRequested(const QString& name, const api::CreatePodRequest& request) override;
    void podUpdated(const QString& name, const api::Pod& pod) override;
    void podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort, qint64 tunnelPid,
                      const QString& hostKeyFingerprint) override;
    void podFailed(const QString& name, const FailureReport& report) override;
    void podGone(const QString& name, const QString& podId) override;
    std::optional<pods::GuardSettings> guardSettings(const QString& name) const override;
    QDateTime hostKeyVerifiedAt(const QString& name) const override;
    void podGuarded(const QString& name, const pods::GuardSettings& settings, bool ok, const QString& status,
                    const QString& error) override;

    // The last write error (empty when the last write worked).
    QString lastError() const { return m_lastError; }

private:
    QDateTime now() const;
    void note(bool ok, const QString& error);

    pods::PodStore& m_store;
    Clock m_clock;
    QString m_lastError;
};

} // namespace autopod::lifecycle
