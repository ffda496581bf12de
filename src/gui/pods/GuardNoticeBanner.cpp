// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/GuardNoticeBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace autopod::gui {

GuardNoticeBanner::GuardNoticeBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep running"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("guardNoticeBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_keep->setToolTip(tr("Postpones the idle stop by the pod's idle period."));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_keep);
    layout->addWidget(m_dismiss);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        if (!m_podId.isEmpty()) {
            m_keep->setEnabled(false); // until the guard answered
            Q_EMIT keepRequested(m_podId);
        }
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { clearNotice(m_podId); });
    setVisible(false);
}

void GuardNoticeBanner::showNotice(const QString& podId, const QString& message, bool canKeep)
{
    m_podId = podId;
    m_label->setText(message);
    m_keep->setVisible(canKeep);
    m_keep->setEnabled(true);
    setVisible(true);
}

void GuardNoticeBanner::clearNotice(const QString& podId)
{
    if (podId != m_podId) {
        return;
    }
    m_podId.clear();
    m_label->clear();
    setVisible(false);
}

QString GuardNoticeBanner::text() const
{
    return m_label->text();
}

} // namespace autopod::gui
