#pragma once

#include <QLocale>
#include <QStringList>

// Installs the translations for the user's language into the running QCoreApplication: Qt's own
// (standard dialogs and buttons) and the app's, which are compiled into the binary under :/i18n.
// The GUI and the CLI both call it right after creating their application object.
class TranslationLoader
{
public:
    // English plural forms ("1 batch", "2 batches") are always installed, underneath the locale's
    // language, so that English — the source language and the fallback for languages without a
    // translation — reads correctly too. Returns the files that were loaded, for diagnostics and tests.
    static QStringList install(const QLocale& locale = QLocale());
};
