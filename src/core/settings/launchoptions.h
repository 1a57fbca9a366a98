#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The command line of the GUI. Parsed before any QApplication exists so that --version and --help
// work without a display. There is deliberately no option that takes a token: argv is visible in `ps`.
struct LaunchOptions
{
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    bool demo = false;
    bool showVersion = false;
    bool showHelp = false;
    std::optional<QString> apiUrl;         // nullopt when --api-url was not given
    std::optional<QString> connectionName; // --connection NAME, trimmed; nullopt when not given
    QString error;                         // non-empty when the command line could not be used

    static LaunchOptions parse(const QStringList& arguments);
    // Looked for in the raw argv before QApplication exists (which needs a display and strips its
    // own options such as -platform or -session, so the full parse happens after it).
    static bool asksForHelp(const QStringList& arguments);
    static bool asksForVersion(const QStringList& arguments);
    static QString helpText();
    static QString versionText();
};
