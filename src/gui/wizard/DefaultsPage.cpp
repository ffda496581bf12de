// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/wizard/DefaultsPage.h"

#include "ui_DefaultsPage.h"

namespace autopod::gui {

DefaultsPage::DefaultsPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DefaultsPage>())
{
    m_ui->setupUi(this);
    m_ui->regionCombo->addItem(tr("North America"), QStringLiteral("NA"));
    m_ui->regionCombo->addItem(tr("Europe"), QStringLiteral("EU"));
    m_ui->regionCombo->addItem(tr("Asia-Pacific"), QStringLiteral("AP"));
    m_ui->cloudCombo->addItem(tr("Secure Cloud (recommended, more reliable)"), QStringLiteral("secure"));
    m_ui->cloudCombo->addItem(tr("Community Cloud (cheaper, variable availability)"), QStringLiteral("community"));
    registerField(QStringLiteral("region"), m_ui->regionCombo, "currentData");
    registerField(QStringLiteral("cloudType"), m_ui->cloudCombo, "currentData");
    m_ui->transportCombo->addItem(tr("Automatic: GraphQL, then REST v2 once RunPod retires GraphQL"),
                                  QStringLiteral("auto"));
    m_ui->transportCombo->addItem(tr("GraphQL only"), QStringLiteral("graphql"));
    m_ui->transportCombo->addItem(tr("REST v2 only"), QStringLiteral("rest"));
    registerField(QStringLiteral("transport"), m_ui->transportCombo, "currentData");
}

DefaultsPage::~DefaultsPage() = default;

void DefaultsPage::setValues(const QString& region, const QString& cloudType, const QString& localeRegion)
{
    const int r = m_ui->regionCombo->findData(region);
    m_ui->regionCombo->setCurrentIndex(r >= 0 ? r : 0);
    const int c = m_ui->cloudCombo->findData(cloudType);
    m_ui->cloudCombo->setCurrentIndex(c >= 0 ? c : 0);
    const int l = m_ui->regionCombo->findData(localeRegion);
    m_ui->hintLabel->setText(
        tr("Suggested for your locale: %1. Pods can run in any region; a nearby one keeps ComfyUI responsive.")
            .arg(m_ui->regionCombo->itemText(l >= 0 ? l : 0)));
}

void DefaultsPage::setTransport(const QString& transport)
{
    const int t = m_ui->transportCombo->findData(transport);
    m_ui->transportCombo->setCurrentIndex(t >= 0 ? t : 0);
}

QString DefaultsPage::region() const
{
    return m_ui->regionCombo->currentData().toString();
}

QString DefaultsPage::cloudType() const
{
    return m_ui->cloudCombo->currentData().toString();
}

} // namespace autopod::gui
