#include <QObject>

int probe()
{
    return QObject().objectName().size();
}
