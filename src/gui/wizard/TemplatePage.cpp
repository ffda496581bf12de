// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/wizard/TemplatePage.h"

#include "ui_TemplatePage.h"

#include <QDir>

namespace autopod::gui {

TemplatePage::TemplatePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::TemplatePage>())
{
    m_ui->setupUi(this);
    m_ui->templateEdit->setText(QString::fromLatin1(kDefaultTemplate));
    m_ui->templateHintLabel->setText(tr("The official RunPod ComfyUI image is %1. Any image that serves ComfyUI on "
                                        "port 8188 and runs sshd works.")
                                         .arg(QString::fromLatin1(kDefaultTemplate)));
    registerField(QStringLiteral("template*"), m_ui->templateEdit);
    connect(m_ui->resetButton, &QPushButton::clicked, this,
            [this] { m_ui->templateEdit->setText(QString::fromLatin1(kDefaultTemplate)); });
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorLabel->clear();
        Q_EMIT completeChanged();
    });
}

TemplatePage::~TemplatePage() = default;

void TemplatePage::setTemplate(const QString& image)
{
    m_ui->templateEdit->setText(image.trimmed().isEmpty() ? QString::fromLatin1(kDefaultTemplate) : image.trimmed());
}

QString TemplatePage::templateImage() const
{
    return m_ui->templateEdit->text().trimmed();
}

void TemplatePage::showSaveError(const QString& message)
{
    m_ui->errorLabel->setText(message);
}

QString TemplatePage::errorText() const
{
    return m_ui->errorLabel->text();
}

void TemplatePage::initializePage()
{
    const QString keyPath = field(QStringLiteral("sshKeyPath")).toString();
    const QString sshKey = keyPath.isEmpty() ? tr("the key in your ssh-agent") : QDir::toNativeSeparators(keyPath);
    m_ui->summaryLabel->setText(
        tr("Finish saves: the API key (in your keychain), SSH key %1, region %2, %3 cloud, "
           "and this template — the same settings `autopod config init` writes.")
            .arg(sshKey, field(QStringLiteral("region")).toString(), field(QStringLiteral("cloudType")).toString()));
    m_ui->errorLabel->clear();
}

bool TemplatePage::isComplete() const
{
    const QString image = templateImage();
    return !image.isEmpty() && !image.contains(QLatin1Char(' '));
}

} // namespace autopod::gui
