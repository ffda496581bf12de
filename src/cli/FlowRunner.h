// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "core/ssh/SshIdentity.h"

#include <QObject>

#include <memory>

namespace autopod::api {
class RunPodApi;
}
namespace autopod::lifecycle {
class ConnectFlow;
class PodStoreJournal;
class SshPodConnector;
} // namespace autopod::lifecycle

namespace autopod::cli {

class BackgroundTunnelConnector;
class CliContext;
class SignalWatcher;

// Runs one ConnectFlow (create, resume or attach) for the CLI: prints the connect stages (requesting, starting, SSH,
// tunnel, connected) with the elapsed time, asks about host keys, handles Ctrl-C (stop / keep, terminate when the pod
// has nothing to lose), prints the connection details, and ends the event loop with the exit code.
class FlowRunner : public QObject
{
    Q_OBJECT

public:
    FlowRunner(CliContext& ctx, api::RunPodApi& api, ssh::SshIdentity identity, bool assumeYes,
               QObject* parent = nullptr);
    ~FlowRunner() override;

    QString allocateName();
    void create(const api::CreatePodRequest& request);
    void resume(const QString& name, const QString& podId, int gpuCount);
    void attach(const QString& name, const QString& podId);

private:
    void wire();
    void onInterrupted();
    void onConnected(int localPort, int latencyMs);
    void onFailed(const lifecycle::FailureReport& report);
    QString elapsed() const;

    CliContext& m_ctx;
    api::RunPodApi& m_api;
    ssh::SshIdentity m_identity;
    bool m_assumeYes = false;
    std::unique_ptr<lifecycle::PodStoreJournal> m_journal;
    std::unique_ptr<lifecycle::SshPodConnector> m_ssh;
    std::unique_ptr<BackgroundTunnelConnector> m_connector;
    std::unique_ptr<lifecycle::ConnectFlow> m_flow;
    SignalWatcher* m_signals = nullptr;
    bool m_interrupted = false;
    bool m_asking = false;
    bool m_abandonOffered = false; // Ctrl-C during the stop/terminate: the next one gives up waiting
};

} // namespace autopod::cli
