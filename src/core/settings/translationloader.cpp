#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

const auto ResourceFolder = QStringLiteral(":/i18n");
const auto AppCatalogue = QStringLiteral("eba");

// The translator belongs to the application object, so it lives exactly as long as it is installed.
bool installTranslator(QStringList& loaded, const auto& load)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    // A file already installed (English found again as the "locale" file) is not installed twice.
    if (!load(*translator) || loaded.contains(translator->filePath()) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    loaded << translator->filePath();
    return true;
}

} // namespace

QStringList TranslationLoader::install(const QLocale& locale)
{
    QStringList loaded;
    if (!QCoreApplication::instance())
        return loaded;
    // Installed first, so searched last: any real translation installed below takes precedence.
    installTranslator(
        loaded, [](QTranslator& t) { return t.load(AppCatalogue + QStringLiteral("_en"), ResourceFolder); });
    // The locale's user-interface languages decide (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG), in order
    // of preference; "C", as tests and scripts run, finds no file and stays English.
    installTranslator(loaded, [&locale](QTranslator& t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    installTranslator(loaded, [&locale](QTranslator& t) {
        return t.load(locale, AppCatalogue, QStringLiteral("_"), ResourceFolder);
    });
    return loaded;
}
