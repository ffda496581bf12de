// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/app/ProductDefaults.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class TemplatePage;
}

namespace autopod::gui {

// The template (container image) of new pods, runpod/comfyui:latest by default, and a summary of
// what Finish will save; a failed save is shown here. Field: "template".
class TemplatePage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr auto kDefaultTemplate = app::kDefaultImage;

    explicit TemplatePage(QWidget* parent = nullptr);
    ~TemplatePage() override;

    void setTemplate(const QString& image);
    QString templateImage() const;
    void showSaveError(const QString& message);
    QString errorText() const;

    void initializePage() override;
    bool isComplete() const override;

private:
    std::unique_ptr<Ui::TemplatePage> m_ui;
};

} // namespace autopod::gui
