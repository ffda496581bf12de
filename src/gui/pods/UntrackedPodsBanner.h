// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"

#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;

namespace autopod::gui {

// Above the pod list: the pods on the RunPod account, named like autopod's, that pods.json does not
// track (created on another machine, or their record lost). They bill unseen unless the user is
// told; one click tracks them, another (after a confirmation) terminates them. Hidden when there
// are none.
class UntrackedPodsBanner : public QFrame
{
    Q_OBJECT

public:
    explicit UntrackedPodsBanner(QWidget* parent = nullptr);

    void setPods(const QList<api::Pod>& pods);
    QString text() const;

Q_SIGNALS:
    void adoptRequested(const QStringList& podIds);
    // Emitted after the user confirmed.
    void terminateRequested(const QStringList& podIds);

private:
    void confirmTerminate();
    QStringList ids() const;

    QList<api::Pod> m_pods;
    QLabel* m_label;
    QPushButton* m_adopt;
    QPushButton* m_terminate;
};

} // namespace autopod::gui
