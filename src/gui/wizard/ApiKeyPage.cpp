// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/wizard/ApiKeyPage.h"

#include "ui_ApiKeyPage.h"

#include <QTimer>

namespace autopod::gui {

namespace {
constexpr int checkDelayMs = 500; // after the last keystroke; a paste is checked as quickly
}

ApiKeyPage::ApiKeyPage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ApiKeyPage>())
{
    m_ui->setupUi(this);
    registerField(QStringLiteral("apiKey*"), m_ui->apiKeyEdit);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(checkDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ApiKeyPage::requestCheck);
    connect(m_ui->apiKeyEdit, &QLineEdit::textChanged, this, &ApiKeyPage::onTextChanged);
    connect(m_ui->apiKeyEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            requestCheck();
        }
    });
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    setState(State::Empty, {});
}

ApiKeyPage::~ApiKeyPage() = default;

void ApiKeyPage::setApiKey(const QString& apiKey)
{
    m_ui->apiKeyEdit->setText(apiKey);
    if (!apiKey.trimmed().isEmpty()) {
        m_debounce->stop();
        requestCheck();
    }
}

QString ApiKeyPage::apiKey() const
{
    return m_ui->apiKeyEdit->text().trimmed();
}

QString ApiKeyPage::statusText() const
{
    return m_ui->statusLabel->text();
}

void ApiKeyPage::onTextChanged()
{
    if (apiKey().isEmpty()) {
        m_debounce->stop();
        setState(State::Empty, {});
        return;
    }
    setState(State::Checking, tr("Checking the key…"));
    m_debounce->start();
}

void ApiKeyPage::requestCheck()
{
    if (apiKey().isEmpty()) {
        return;
    }
    setState(State::Checking, tr("Checking the key…"));
    Q_EMIT apiKeyCheckRequested(apiKey());
}

void ApiKeyPage::showCheckResult(const QString& apiKey, bool ok, const QString& message)
{
    if (apiKey.trimmed() != this->apiKey() || m_debounce->isActive()) {
        return; // an answer about a key the user has since changed
    }
    setState(ok ? State::Valid : State::Invalid, message);
}

void ApiKeyPage::setState(State state, const QString& message)
{
    m_state = state;
    switch (state) {
    case State::Empty:
    case State::Checking:
        m_ui->statusIcon->clear();
        break;
    case State::Valid:
        m_ui->statusIcon->setText(QStringLiteral("<b style=\"color:#1b7f3b\">✓</b>"));
        break;
    case State::Invalid:
        m_ui->statusIcon->setText(QStringLiteral("<b style=\"color:#b00020\">✗</b>"));
        break;
    }
    m_ui->statusLabel->setText(message);
    Q_EMIT completeChanged();
}

bool ApiKeyPage::isComplete() const
{
    return QWizardPage::isComplete() && m_state == State::Valid;
}

} // namespace autopod::gui
