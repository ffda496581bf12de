// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/setup/SetupController.h"

#include <QStringList>
#include <QWizard>

namespace autopod::gui {

class ApiKeyPage;
class DefaultsPage;
class SshKeyPage;
class TemplatePage;

// The setup wizard, for the first run and from the menu: API key (checked live), SSH key
// (detected or generated; uploaded with consent or added by hand), region and cloud defaults,
// template. It writes the same configuration as `autopod config init`.
//
// The pages are views; this class forwards their intents to the SetupController, which does the
// work, and its answers back. Finish saves through the controller and closes only once saved.
//
// Wiring (composition root / MainWindow):
//   setup::SetupController controller(services.apiFactory(), services.secrets(),
//                              config::Paths::configFile());
//   auto* wizard = new SetupWizard(controller, mainWindow);
//   connect(wizard, &SetupWizard::setupSaved, ...);  // reload config; show warnings (no keychain...)
//   wizard->open();                                    // never exec(): no nested event loop
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ApiKeyPageId,
        SshKeyPageId,
        DefaultsPageId,
        TemplatePageId
    };

    explicit SetupWizard(setup::SetupController& controller, QWidget* parent = nullptr);
    ~SetupWizard() override;

    setup::SetupChoices choices() const;

    ApiKeyPage* apiKeyPage() const { return m_apiKeyPage; }
    SshKeyPage* sshKeyPage() const { return m_sshKeyPage; }
    DefaultsPage* defaultsPage() const { return m_defaultsPage; }
    TemplatePage* templatePage() const { return m_templatePage; }

    void accept() override;

Q_SIGNALS:
    // config.json and the keychain are written; warnings are for the user (e.g. no keychain).
    void setupSaved(const QStringList& warnings);

private:
    void onSettingsLoaded(const setup::SetupChoices& choices, bool configExisted);

    setup::SetupController& m_controller;
    ApiKeyPage* m_apiKeyPage = nullptr;
    SshKeyPage* m_sshKeyPage = nullptr;
    DefaultsPage* m_defaultsPage = nullptr;
    TemplatePage* m_templatePage = nullptr;
    bool m_saving = false;
};

} // namespace autopod::gui
