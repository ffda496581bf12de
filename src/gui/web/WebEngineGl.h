// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

namespace autopod::gui {

// Qt WebEngine creates the OpenGL context that all web views share as soon as the QApplication is
// constructed (a start-up routine of QtWebEngineCore), whether a web view is ever shown or not. With
// Mesa that maps LLVM and the software rasterizer: about 50 MB of an app that sits in the tray all
// day. These two calls move that cost to the first ComfyUI or shell tab.

// Call before constructing the QApplication: installs a not-yet-created context as Qt's global share
// context, so WebEngine's start-up routine finds one and creates none.
void deferWebEngineGl();

// Call before creating any QWebEngineProfile, page or view: creates the deferred context (once) and
// sets Qt::AA_ShareOpenGLContexts, as WebEngine's own start-up would have. Does nothing when
// deferWebEngineGl() was not called (WebEngine then created the context at start-up itself).
void ensureWebEngineGl();

// True once the shared context exists (created by ensureWebEngineGl() or by WebEngine at start-up).
bool isWebEngineGlCreated();

} // namespace autopod::gui
