#include "guiresources.h"

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
