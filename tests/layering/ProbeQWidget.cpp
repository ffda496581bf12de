#include <QWidget>

int probe()
{
    return QWidget().width();
}
