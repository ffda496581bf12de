// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/wizard/SetupWizard.h"

#include "gui/wizard/ApiKeyPage.h"
#include "gui/wizard/DefaultsPage.h"
#include "gui/wizard/SshKeyPage.h"
#include "gui/wizard/TemplatePage.h"

#include <QAbstractButton>

namespace autopod::gui {

SetupWizard::SetupWizard(setup::SetupController& controller, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("autopod setup"));
    setObjectName(QStringLiteral("SetupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(680, 560);

    m_apiKeyPage = new ApiKeyPage(this);
    m_sshKeyPage = new SshKeyPage(this);
    m_defaultsPage = new DefaultsPage(this);
    m_templatePage = new TemplatePage(this);
    setPage(ApiKeyPageId, m_apiKeyPage);
    setPage(SshKeyPageId, m_sshKeyPage);
    setPage(DefaultsPageId, m_defaultsPage);
    setPage(TemplatePageId, m_templatePage);

    // Intents of the pages → the controller.
    connect(m_apiKeyPage, &ApiKeyPage::apiKeyCheckRequested, &m_controller, &setup::SetupController::checkApiKey);
    connect(m_sshKeyPage, &SshKeyPage::detectRequested, &m_controller, &setup::SetupController::detectSshKeys);
    connect(m_sshKeyPage, &SshKeyPage::generateRequested, &m_controller, &setup::SetupController::generateSshKey);
    connect(m_sshKeyPage, &SshKeyPage::uploadRequested, &m_controller, &setup::SetupController::uploadPublicKey);

    // The controller's answers → the pages.
    connect(&m_controller, &setup::SetupController::apiKeyChecked, m_apiKeyPage, &ApiKeyPage::showCheckResult);
    connect(&m_controller, &setup::SetupController::sshKeysDetected, m_sshKeyPage, &SshKeyPage::showDetectedKeys);
    connect(&m_controller, &setup::SetupController::sshKeyGenerated, m_sshKeyPage, &SshKeyPage::showGeneratedKey);
    connect(&m_controller, &setup::SetupController::sshKeyGenerationFailed, m_sshKeyPage,
            &SshKeyPage::showGenerationFailed);
    connect(&m_controller, &setup::SetupController::publicKeyUploaded, m_sshKeyPage, &SshKeyPage::showUploadResult);
    connect(&m_controller, &setup::SetupController::busyChanged, m_sshKeyPage, &SshKeyPage::setBusy);
    connect(&m_controller, &setup::SetupController::currentSettingsLoaded, this, &SetupWizard::onSettingsLoaded);
    connect(&m_controller, &setup::SetupController::saved, this, [this](const QStringList& warnings) {
        if (!m_saving) {
            return;
        }
        m_saving = false;
        Q_EMIT setupSaved(warnings);
        QWizard::accept();
    });
    connect(&m_controller, &setup::SetupController::saveFailed, this, [this](const QString& message) {
        if (!m_saving) {
            return;
        }
        m_saving = false;
        button(QWizard::FinishButton)->setEnabled(true);
        m_templatePage->showSaveError(message);
    });

    const QString localeRegion = setup::SetupController::regionForLocale(QLocale());
    m_defaultsPage->setValues(localeRegion, QStringLiteral("secure"), localeRegion);
    m_controller.loadCurrentSettings();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::onSettingsLoaded(const setup::SetupChoices& choices, bool configExisted)
{
    const QString localeRegion = setup::SetupController::regionForLocale(QLocale());
    if (configExisted) {
        m_defaultsPage->setValues(choices.region, choices.cloudType, localeRegion);
        m_defaultsPage->setTransport(choices.transport);
        m_templatePage->setTemplate(choices.templateImage);
        m_sshKeyPage->setPreferredKeyPath(choices.sshKeyPath);
    }
    if (!choices.apiKey.isEmpty() && m_apiKeyPage->apiKey().isEmpty()) {
        m_apiKeyPage->setApiKey(choices.apiKey);
    }
}

setup::SetupChoices SetupWizard::choices() const
{
    setup::SetupChoices c;
    c.apiKey = field(QStringLiteral("apiKey")).toString().trimmed();
    c.sshKeyPath = field(QStringLiteral("sshKeyPath")).toString();
    c.region = field(QStringLiteral("region")).toString();
    c.cloudType = field(QStringLiteral("cloudType")).toString();
    c.transport = field(QStringLiteral("transport")).toString();
    c.templateImage = field(QStringLiteral("template")).toString().trimmed();
    return c;
}

void SetupWizard::accept()
{
    if (m_saving) {
        return;
    }
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_templatePage->showSaveError(QString());
    m_controller.save(choices());
}

} // namespace autopod::gui
