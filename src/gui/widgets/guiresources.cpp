#include "guiresources.h"

#include <QHash>
#include <QIcon>
#include <QString>
#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

void ensureGuiResources()
{
    static const bool initialised = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(initialised);
}

QIcon resourceIcon(const QString& path)
{
    ensureGuiResources();
    static QHash<QString, QIcon> icons;
    auto icon = icons.constFind(path);
    if (icon == icons.cend())
        icon = icons.insert(path, QIcon(path));
    return *icon;
}
