// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pods/PodRow.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

#include <memory>
#include <optional>

namespace Ui {
class PodDetailsPanel;
}

namespace autopod::gui {

// Everything about the selected pod, including the line to connect with plain OpenSSH.
class PodDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PodDetailsPanel(QWidget* parent = nullptr);
    ~PodDetailsPanel() override;

    void setPod(const std::optional<PodRow>& row);
    QString sshCommand() const;
    QString statusText() const;     // "Running since 10:01 (2 h 14 min)"
    QString guardText() const;      // the guard's limits
    QString guardStateText() const; // "stops in 12 min: idle 30 min", "NOT guarded: why"
    // What the details panel says of a pod's guard now (empty: nothing to say).
    static QString guardStateFor(const PodRow& row);

    static QString sshCommandFor(const PodRow& row);

Q_SIGNALS:
    void localUrlActivated(const QString& url);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateStatusText();

    std::unique_ptr<Ui::PodDetailsPanel> m_ui;
    std::optional<PodRow> m_row;
    QTimer m_statusTicker;
    QLabel* m_outputsValue = nullptr;     // "12 saved in ~/autopod/outputs/<pod>"
    QPushButton* m_openOutputs = nullptr; // opens that folder
};

} // namespace autopod::gui
