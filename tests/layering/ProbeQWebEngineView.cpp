#include <QWebEngineView>

int probe()
{
    return 0;
}
