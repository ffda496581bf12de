#include "gui/MainWindow.h"

#include <QLabel>

namespace autopod::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("autopod"));
    setCentralWidget(new QLabel(tr("No pods yet."), this));
    resize(960, 600);
}

} // namespace autopod::gui
