// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshIdentity.h"

#include <QList>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SshKeyPage;
}

namespace autopod::gui {

// The SSH key: what was detected (agent, default files, a file the user picks) or a newly
// generated one; then, on the user's explicit request, the upload to the RunPod account, with
// the step-by-step instructions for doing it by hand always shown.
// Fields: "sshKeyPath" (empty for an agent key), "sshPublicKey".
class SshKeyPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString selectedKeyPath READ selectedKeyPath)
    Q_PROPERTY(QString selectedPublicKey READ selectedPublicKey)

public:
    explicit SshKeyPage(QWidget* parent = nullptr);
    ~SshKeyPage() override;

    // The key the configuration names already (preferred when detected again).
    void setPreferredKeyPath(const QString& path) { m_preferredPath = path; }

    void showDetectedKeys(const QList<autopod::ssh::SshIdentity>& identities, const QStringList& problems);
    void showGeneratedKey(const autopod::ssh::SshIdentity& identity);
    void showGenerationFailed(const QString& message);
    void showUploadResult(bool ok, const QString& message);
    void setBusy(bool busy);
    // True from a detectRequested() until showDetectedKeys(): the page says it is looking.
    bool isDetecting() const { return m_detecting; }
    // True from a generateRequested() until showGeneratedKey() or showGenerationFailed().
    bool isGenerating() const { return m_generating; }

    autopod::ssh::SshIdentity selectedIdentity() const;
    QString selectedKeyPath() const { return selectedIdentity().privateKeyPath; }
    QString selectedPublicKey() const { return selectedIdentity().publicKeyLine; }
    QString statusText() const;
    QString uploadStatusText() const;
    QString instructionsText() const;

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void detectRequested(const QString& userPath);
    void generateRequested();
    void uploadRequested(const QString& publicKeyLine);

private:
    void addIdentity(const autopod::ssh::SshIdentity& identity);
    void onSelectionChanged();
    void browse();
    void startDetecting(const QString& path);
    void setDetecting(bool detecting);
    void setGenerating(bool generating);
    void updateWorking();

    std::unique_ptr<Ui::SshKeyPage> m_ui;
    QList<autopod::ssh::SshIdentity> m_identities;
    QString m_preferredPath;
    bool m_detectedOnce = false;
    bool m_busy = false;
    bool m_detecting = false;
    bool m_generating = false;
};

} // namespace autopod::gui
