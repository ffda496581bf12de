// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/wizard/SshKeyPage.h"

#include "core/setup/SetupController.h"

#include "ui_SshKeyPage.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>

namespace autopod::gui {

SshKeyPage::SshKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SshKeyPage>())
{
    m_ui->setupUi(this);
    registerField(QStringLiteral("sshKeyPath"), this, "selectedKeyPath");
    registerField(QStringLiteral("sshPublicKey"), this, "selectedPublicKey");

    connect(m_ui->keyCombo, &QComboBox::currentIndexChanged, this, &SshKeyPage::onSelectionChanged);
    connect(m_ui->generateButton, &QPushButton::clicked, this, [this] {
        m_ui->keyStatusLabel->setText(tr("Generating a new key…"));
        setGenerating(true);
        Q_EMIT generateRequested();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SshKeyPage::browse);
    connect(m_ui->uploadButton, &QPushButton::clicked, this, [this] {
        m_ui->uploadStatusLabel->setText(tr("Adding the key…"));
        Q_EMIT uploadRequested(selectedPublicKey());
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(selectedPublicKey()); });
    m_ui->searchProgress->hide();
    onSelectionChanged();
}

SshKeyPage::~SshKeyPage() = default;

void SshKeyPage::initializePage()
{
    if (!m_detectedOnce) {
        m_detectedOnce = true;
        m_ui->keyStatusLabel->setText(tr("Looking for your SSH keys…"));
        startDetecting(m_preferredPath);
    }
}

void SshKeyPage::addIdentity(const ssh::SshIdentity& identity)
{
    for (qsizetype i = 0; i < m_identities.size(); ++i) {
        if (m_identities.at(i).fingerprint == identity.fingerprint &&
            m_identities.at(i).privateKeyPath == identity.privateKeyPath) {
            m_ui->keyCombo->setCurrentIndex(int(i));
            return;
        }
    }
    m_identities << identity;
    m_ui->keyCombo->addItem(identity.describe());
}

void SshKeyPage::startDetecting(const QString& path)
{
    setDetecting(true);
    Q_EMIT detectRequested(path);
}

void SshKeyPage::setDetecting(bool detecting)
{
    m_detecting = detecting;
    updateWorking();
}

void SshKeyPage::setGenerating(bool generating)
{
    m_generating = generating;
    updateWorking();
}

void SshKeyPage::updateWorking()
{
    // The controller reads the agent and ~/.ssh, or makes a key, off the GUI thread; until it
    // answers, the keys shown would be stale and choosing one is pointless.
    const bool working = m_detecting || m_generating;
    m_ui->searchProgress->setVisible(working);
    m_ui->keyCombo->setEnabled(!working);
    m_ui->generateButton->setEnabled(!working);
    m_ui->browseButton->setEnabled(!working);
    onSelectionChanged();
}

void SshKeyPage::showDetectedKeys(const QList<ssh::SshIdentity>& identities, const QStringList& problems)
{
    const ssh::SshIdentity previous = selectedIdentity();
    m_identities.clear();
    m_ui->keyCombo->blockSignals(true);
    m_ui->keyCombo->clear();
    int preferred = -1;
    for (const ssh::SshIdentity& identity : identities) {
        addIdentity(identity);
        const bool wanted = (!m_preferredPath.isEmpty() &&
                             QDir::cleanPath(identity.privateKeyPath) == QDir::cleanPath(m_preferredPath)) ||
                            (previous.isValid() && identity.fingerprint == previous.fingerprint);
        if (wanted && preferred < 0) {
            preferred = int(m_identities.size() - 1);
        }
    }
    m_ui->keyCombo->setCurrentIndex(preferred >= 0 ? preferred : (m_identities.isEmpty() ? -1 : 0));
    m_ui->keyCombo->blockSignals(false);

    QString status;
    if (m_identities.isEmpty()) {
        status = tr("✗ No SSH key found in your ssh-agent or ~/.ssh. Generate a new key, or choose a key file.");
    } else {
        status = tr("✓ Found %n SSH key(s). autopod uses the one chosen below.", nullptr, int(m_identities.size()));
    }
    if (!problems.isEmpty()) {
        status += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    }
    m_ui->keyStatusLabel->setText(status);
    setDetecting(false);
}

void SshKeyPage::showGeneratedKey(const ssh::SshIdentity& identity)
{
    addIdentity(identity);
    m_ui->keyCombo->setCurrentIndex(int(m_identities.size() - 1));
    for (qsizetype i = 0; i < m_identities.size(); ++i) {
        if (m_identities.at(i).fingerprint == identity.fingerprint) {
            m_ui->keyCombo->setCurrentIndex(int(i));
        }
    }
    m_ui->keyStatusLabel->setText(tr("✓ Created %1").arg(QDir::toNativeSeparators(identity.privateKeyPath)));
    setGenerating(false);
}

void SshKeyPage::showGenerationFailed(const QString& message)
{
    m_ui->keyStatusLabel->setText(tr("✗ No key was generated: %1").arg(message));
    setGenerating(false);
}

void SshKeyPage::showUploadResult(bool ok, const QString& message)
{
    m_ui->uploadStatusLabel->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
}

void SshKeyPage::setBusy(bool busy)
{
    m_busy = busy;
    onSelectionChanged();
}

ssh::SshIdentity SshKeyPage::selectedIdentity() const
{
    const int index = m_ui->keyCombo->currentIndex();
    return index >= 0 && index < m_identities.size() ? m_identities.at(index) : ssh::SshIdentity{};
}

QString SshKeyPage::statusText() const
{
    return m_ui->keyStatusLabel->text();
}

QString SshKeyPage::uploadStatusText() const
{
    return m_ui->uploadStatusLabel->text();
}

QString SshKeyPage::instructionsText() const
{
    return m_ui->instructionsText->toPlainText();
}

void SshKeyPage::onSelectionChanged()
{
    const ssh::SshIdentity identity = selectedIdentity();
    const bool have = identity.isValid() && !m_detecting && !m_generating;
    m_ui->uploadButton->setEnabled(have && !m_busy);
    m_ui->copyButton->setEnabled(have);
    m_ui->accountGroup->setEnabled(have);
    const QString pubPath =
        identity.privateKeyPath.isEmpty() ? QString() : identity.privateKeyPath + QStringLiteral(".pub");
    m_ui->instructionsText->setPlainText(
        have ? setup::SetupController::manualInstructions(identity.publicKeyLine, pubPath) : QString());
    Q_EMIT completeChanged();
}

void SshKeyPage::browse()
{
    auto* dialog = new QFileDialog(this, tr("Choose your private SSH key"), QDir::homePath() + QStringLiteral("/.ssh"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_preferredPath = path;
        m_ui->keyStatusLabel->setText(tr("Checking %1…").arg(QDir::toNativeSeparators(path)));
        startDetecting(path);
    });
    dialog->open();
}

bool SshKeyPage::isComplete() const
{
    return !m_detecting && !m_generating && selectedIdentity().isValid();
}

} // namespace autopod::gui
