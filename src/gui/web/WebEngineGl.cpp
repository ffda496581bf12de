// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/web/WebEngineGl.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOpenGLContext>
#include <QSurfaceFormat>

// QtGui's setter and getter of the global share context: exported, but declared only in a private
// header. QtWebEngineCore declares them the same way to install its own context.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext* context);
Q_GUI_EXPORT QOpenGLContext* qt_gl_global_share_context();
QT_END_NAMESPACE

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcWebGl, "autopod.web")

QOpenGLContext* g_deferred = nullptr;

void deleteDeferred()
{
    if (qt_gl_global_share_context() == g_deferred)
        qt_gl_set_global_share_context(nullptr);
    delete g_deferred;
    g_deferred = nullptr;
}
} // namespace

void deferWebEngineGl()
{
    if (QCoreApplication::instance() || qt_gl_global_share_context())
        return; // too late, or someone already decided
    g_deferred = new QOpenGLContext;
    qt_gl_set_global_share_context(g_deferred);
    qAddPostRoutine(deleteDeferred);
}

void ensureWebEngineGl()
{
    if (!g_deferred || g_deferred->isValid() || qt_gl_global_share_context() != g_deferred)
        return;
    g_deferred->setScreen(QGuiApplication::primaryScreen());
    g_deferred->setFormat(QSurfaceFormat::defaultFormat());
    if (g_deferred->create())
        qCInfo(lcWebGl) << "created the web views' shared OpenGL context on first use";
    else
        qCWarning(lcWebGl) << "no OpenGL context for the web views; they fall back to software rendering";
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}

bool isWebEngineGlCreated()
{
    const QOpenGLContext* shared = qt_gl_global_share_context();
    return shared && shared->isValid();
}

} // namespace autopod::gui
