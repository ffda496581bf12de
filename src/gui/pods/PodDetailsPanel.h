#pragma once

#include "gui/pods/PodRow.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class PodDetailsPanel;
}

namespace autopod::gui {

// Everything about the selected pod, including the line to connect with plain OpenSSH (FR3.8).
class PodDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PodDetailsPanel(QWidget* parent = nullptr);
    ~PodDetailsPanel() override;

    void setPod(const std::optional<PodRow>& row);
    QString sshCommand() const;

    static QString sshCommandFor(const PodRow& row);

Q_SIGNALS:
    void localUrlActivated(const QString& url);

private:
    std::unique_ptr<Ui::PodDetailsPanel> m_ui;
};

} // namespace autopod::gui
