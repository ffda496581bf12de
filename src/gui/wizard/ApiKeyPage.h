// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

#include <memory>

class QTimer;

namespace Ui {
class ApiKeyPage;
}

namespace autopod::gui {

// The RunPod API key, checked live: a short pause after typing asks for a check
// (apiKeyCheckRequested); the answer comes back through showCheckResult as ✓ or ✗ with the
// message. Next is enabled only for a key RunPod accepted. Field: "apiKey".
class ApiKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Empty,
        Checking,
        Valid,
        Invalid
    };

    explicit ApiKeyPage(QWidget* parent = nullptr);
    ~ApiKeyPage() override;

    void setApiKey(const QString& apiKey); // prefill (the stored key); checked at once
    QString apiKey() const;
    State state() const { return m_state; }
    QString statusText() const;

    // The controller's answer; ignored when the key has changed since.
    void showCheckResult(const QString& apiKey, bool ok, const QString& message);

    bool isComplete() const override;

Q_SIGNALS:
    void apiKeyCheckRequested(const QString& apiKey);

private:
    void onTextChanged();
    void requestCheck();
    void setState(State state, const QString& message);

    std::unique_ptr<Ui::ApiKeyPage> m_ui;
    QTimer* m_debounce = nullptr;
    State m_state = State::Empty;
};

} // namespace autopod::gui
