// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/GuardSettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace autopod::gui {

// The limits of one pod's guard: the idle stop, a budget and a maximum runtime, within the ranges
// the config schema allows. It only asks; the caller saves the settings and updates the pod.
class GuardSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    GuardSettingsDialog(const QString& podName, const pods::GuardSettings& current, QWidget* parent = nullptr);

    // The limits as entered (checked against the config keys' ranges); nullopt with *error when one
    // is out of range.
    std::optional<pods::GuardSettings> settings(QString* error) const;

    QSpinBox* idleSpin() const { return m_idle; }
    QCheckBox* budgetCheck() const { return m_budgetOn; }
    QDoubleSpinBox* budgetSpin() const { return m_budget; }
    QCheckBox* hoursCheck() const { return m_hoursOn; }
    QDoubleSpinBox* hoursSpin() const { return m_hours; }

private:
    QSpinBox* m_idle;
    QCheckBox* m_budgetOn;
    QDoubleSpinBox* m_budget;
    QCheckBox* m_hoursOn;
    QDoubleSpinBox* m_hours;
    QLabel* m_error;
};

} // namespace autopod::gui
