// Linked into every GUI test: the widgets are checked as the app shows them in English, which has the
// English plural forms installed ("1 entry", not "1 entries"). The tests run in the C locale, so
// nothing else is translated.
#include "core/settings/translationloader.h"

#include <QCoreApplication>

namespace {

void installEnglishPlurals()
{
    TranslationLoader::install(QLocale::c());
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)
