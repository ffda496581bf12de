// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class DefaultsPage;
}

namespace autopod::gui {

// Default region (NA, EU, AP; the locale's by default) and cloud type (secure, community), and
// in the advanced part how autopod talks to RunPod (runpod.transport: auto, graphql, rest).
// Fields: "region", "cloudType", "transport" (the config values, not the labels).
class DefaultsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DefaultsPage(QWidget* parent = nullptr);
    ~DefaultsPage() override;

    // localeRegion is named in the hint ("suggested for your locale").
    void setValues(const QString& region, const QString& cloudType, const QString& localeRegion);
    QString region() const;
    QString cloudType() const;
    void setTransport(const QString& transport);

private:
    std::unique_ptr<Ui::DefaultsPage> m_ui;
};

} // namespace autopod::gui
