// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QPushButton;

namespace autopod::gui {

// Above the pod list: a pod's guard will stop it within minutes. "Keep running" postpones an idle
// stop; a budget or runtime limit is only announced. Hidden when nothing is near.
class GuardNoticeBanner : public QFrame
{
    Q_OBJECT

public:
    explicit GuardNoticeBanner(QWidget* parent = nullptr);

    void showNotice(const QString& podId, const QString& message, bool canKeep);
    // Hides the notice if it is about this pod.
    void clearNotice(const QString& podId);
    QString podId() const { return m_podId; }
    QString text() const;
    QPushButton* keepButton() const { return m_keep; }

Q_SIGNALS:
    void keepRequested(const QString& podId);

private:
    QString m_podId;
    QLabel* m_label;
    QPushButton* m_keep;
    QPushButton* m_dismiss;
};

} // namespace autopod::gui
