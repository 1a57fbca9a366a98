#include "launchoptions.h"

#include "core/text/rejectedinput.h"

#include <QCommandLineParser>

namespace {

struct ParserSetup
{
    QCommandLineParser parser;
    QCommandLineOption apiUrl{QStringLiteral("api-url"),
                              QCoreApplication::translate("LaunchOptions",
                                                          "Use this API base URL (overrides EXTRACTA_API_URL "
                                                          "and the saved setting)."),
                              QStringLiteral("url")};
    QCommandLineOption connection{QStringLiteral("connection"),
                                  QCoreApplication::translate("LaunchOptions",
                                                              "Start on the saved connection with this name "
                                                              "(overrides EXTRACTA_CONNECTION)."),
                                  QStringLiteral("name")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("LaunchOptions",
                                                        "Start a built-in sandbox API on this computer with "
                                                        "sample data. No account or token needed.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("LaunchOptions", "Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("LaunchOptions", "Show the version and exit.")};

    ParserSetup()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "LaunchOptions",
            "Extracta Batch Admin: delete Extracta.ai document-classification batches safely."));
        parser.addOptions({apiUrl, connection, demo, help, version});
    }
};

} // namespace

LaunchOptions LaunchOptions::parse(const QStringList& arguments)
{
    ParserSetup setup;
    LaunchOptions options;
    // Rejected words are repeated only when they cannot be a token pasted in the wrong place.
    if (!setup.parser.parse(arguments)) {
        const QStringList unknownNames = setup.parser.unknownOptionNames();
        const QString unknown = unknownNames.value(0);
        // errorText() lists every unknown option: only for other errors (a value missing).
        if (unknownNames.isEmpty())
            options.error = setup.parser.errorText();
        else if (RejectedInput::isSafeName(unknown))
            options.error = tr("Unknown option \"%1\".").arg(unknown);
        else
            options.error = tr("Unknown option.");
        return options;
    }
    if (!setup.parser.positionalArguments().isEmpty()) {
        const QString quoted = RejectedInput::quotedValue(setup.parser.positionalArguments().constFirst());
        options.error = quoted.isEmpty() ? tr("Unexpected argument: options start with --.")
                                         : tr("Unexpected argument %1: options start with --.").arg(quoted);
        return options;
    }
    options.showHelp = setup.parser.isSet(setup.help);
    options.showVersion = setup.parser.isSet(setup.version);
    options.demo = setup.parser.isSet(setup.demo);
    if (setup.parser.isSet(setup.apiUrl))
        options.apiUrl = setup.parser.value(setup.apiUrl);
    if (setup.parser.isSet(setup.connection)) {
        options.connectionName = setup.parser.value(setup.connection).trimmed();
        if (options.connectionName->isEmpty())
            options.error = tr("--connection needs the name of a connection.");
    }
    if (options.demo && options.apiUrl)
        options.error = tr("--demo and --api-url cannot be used together.");
    if (options.demo && options.connectionName)
        options.error = tr("--demo and --connection cannot be used together.");
    return options;
}

bool LaunchOptions::asksForHelp(const QStringList& arguments)
{
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

bool LaunchOptions::asksForVersion(const QStringList& arguments)
{
    return arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"));
}

QString LaunchOptions::helpText()
{
    ParserSetup setup;
    QString text = setup.parser.helpText();
    // helpText() names the program from QCoreApplication, which may not exist yet.
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    text.replace(0, firstLineEnd, tr("Usage: extracta-batch-admin [options]"));
    text += tr("\nEnvironment:\n"
               "  EXTRACTA_API_TOKEN  API token to use instead of the saved one.\n"
               "  EXTRACTA_API_URL    API base URL (the --api-url option wins).\n"
               "  EXTRACTA_CONNECTION Saved connection to start on (the --connection option wins).\n");
    return text;
}

QString LaunchOptions::versionText()
{
    return QStringLiteral("extracta-batch-admin " EBA_VERSION "\n");
}
