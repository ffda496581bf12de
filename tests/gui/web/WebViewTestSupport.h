// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/web/ComfyUiView.h"
#include "gui/web/LocalOriginPage.h"

#include <QTest>
#include <QWebEngineView>

#include <memory>
#include <optional>

namespace autopod::webtest {

// A late answer (after the wait gave up) lands in the shared state, not in a dead stack frame.
inline QVariant runJs(QWebEnginePage* page, const QString& script)
{
    const auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant& v) { *result = v; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000)) {
        return QStringLiteral("<timeout>");
    }
    return **result;
}

// A real mouse click (press and release through the widget the web engine renders into, as the
// window system delivers them) on the element with `id`. False when the element is not there.
inline bool clickElement(gui::ComfyUiView& view, const QString& id)
{
    const QVariantList centre =
        runJs(view.page(), QStringLiteral("(() => { const e = document.getElementById('%1'); if (!e) return [];"
                                          " e.scrollIntoView(); const r = e.getBoundingClientRect();"
                                          " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                               .arg(id))
            .toList();
    QWidget* target = view.webView()->focusProxy();
    if (centre.size() != 2 || !target) {
        return false;
    }
    const QPoint at(qRound(centre.at(0).toDouble()), qRound(centre.at(1).toDouble()));
    QTest::mouseMove(target, at);
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    return true;
}

} // namespace autopod::webtest
