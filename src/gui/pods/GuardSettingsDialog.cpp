// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/GuardSettingsDialog.h"

#include "core/config/ConfigSchema.h"
#include "core/pods/GuardLimits.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace autopod::gui {

namespace {
// The spin box takes the config key's range: the schema is the one place that says it.
template <typename Spin>
void rangeOf(Spin* spin, const char* key)
{
    if (const config::ConfigKey* k = config::ConfigSchema::find(QLatin1String(key))) {
        spin->setRange(k->min, k->max);
    }
}
} // namespace

GuardSettingsDialog::GuardSettingsDialog(const QString& podName, const pods::GuardSettings& current, QWidget* parent)
    : QDialog(parent)
    , m_idle(new QSpinBox(this))
    , m_budgetOn(new QCheckBox(tr("Stop when its cost reaches"), this))
    , m_budget(new QDoubleSpinBox(this))
    , m_hoursOn(new QCheckBox(tr("Stop when its runtime reaches"), this))
    , m_hours(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("guardSettingsDialog"));
    setWindowTitle(tr("Guard of %1").arg(podName));
    rangeOf(m_idle, "lifecycle.idle_stop_minutes");
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("off"));
    m_idle->setValue(current.idleStopMinutes);
    m_budget->setObjectName(QStringLiteral("budgetSpin"));
    rangeOf(m_budget, "costs.max_usd_per_pod");
    m_budget->setPrefix(QStringLiteral("$"));
    m_budget->setDecimals(2);
    m_budget->setValue(current.maxUsd.value_or(5.0));
    m_budgetOn->setChecked(current.maxUsd.has_value());
    rangeOf(m_hours, "lifecycle.max_hours");
    m_hours->setSuffix(tr(" h"));
    m_hours->setDecimals(2);
    m_hours->setValue(current.maxHours.value_or(8.0));
    m_hoursOn->setChecked(current.maxHours.has_value());
    m_budget->setEnabled(m_budgetOn->isChecked());
    m_hours->setEnabled(m_hoursOn->isChecked());
    connect(m_budgetOn, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    connect(m_hoursOn, &QCheckBox::toggled, m_hours, &QWidget::setEnabled);

    auto* intro = new QLabel(tr("The guard on the pod stops it (never terminates it) when one of these holds, "
                                "also while autopod is closed. A running pod's guard takes new limits at once."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Stop after this long idle:"), m_idle);
    auto* budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budgetOn);
    budgetRow->addWidget(m_budget);
    form->addRow(budgetRow);
    auto* hoursRow = new QHBoxLayout;
    hoursRow->addWidget(m_hoursOn);
    hoursRow->addWidget(m_hours);
    form->addRow(hoursRow);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (!settings(&error)) {
            m_error->setText(error);
            m_error->setVisible(true);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

std::optional<pods::GuardSettings> GuardSettingsDialog::settings(QString* error) const
{
    pods::GuardSettings s;
    const QLocale c = QLocale::c();
    if (!pods::setGuardLimit(s, QStringLiteral("lifecycle.idle_stop_minutes"), QString::number(m_idle->value()),
                             error) ||
        !pods::setGuardLimit(s, QStringLiteral("costs.max_usd_per_pod"),
                             m_budgetOn->isChecked() ? c.toString(m_budget->value(), 'f', 2) : QStringLiteral("off"),
                             error) ||
        !pods::setGuardLimit(s, QStringLiteral("lifecycle.max_hours"),
                             m_hoursOn->isChecked() ? c.toString(m_hours->value(), 'f', 2) : QStringLiteral("off"),
                             error)) {
        return std::nullopt;
    }
    return s;
}

} // namespace autopod::gui
