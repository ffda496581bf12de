#pragma once

#include <QMainWindow>

namespace autopod::gui {

// The desktop window: composes the views and wires them to the core; it does no work itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace autopod::gui
