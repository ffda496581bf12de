#pragma once

#include "core/lifecycle/PodJournal.h"

namespace autopod::pods {
class PodStore;
}

namespace autopod::lifecycle {

// The lifecycle's journal written to pods.json through the pod store (FR2.10): the CLI and the
// desktop app both use it. Store errors are logged, never thrown at the flow.
class PodStoreJournal : public PodJournal
{
public:
    explicit PodStoreJournal(pods::PodStore& store);

    QString allocateName() override;
    void podRequested(const QString& name, const api::CreatePodRequest& request) override;
    void podUpdated(const QString& name, const api::Pod& pod) override;
    void podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort, qint64 tunnelPid,
                      const QString& hostKeyFingerprint) override;
    void podFailed(const QString& name, const FailureReport& report) override;
    void podGone(const QString& name, const QString& podId) override;

private:
    pods::PodStore& m_store;
};

} // namespace autopod::lifecycle
