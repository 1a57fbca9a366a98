// A standalone sandbox API for manual runs of the app against a "real" server on loopback:
//   eba-sandbox [--port N] [--token-file PATH]
// It prints the base URL; the accepted token is written to the given file (mode 0600), never printed.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Extracta sandbox API on 127.0.0.1 for manual testing."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             QStringLiteral("Write the accepted token to this file."),
                                             QStringLiteral("path"));
    parser.addOptions({portOption, tokenFileOption});
    parser.process(app);

    SandboxServer server;
    server.loadSampleData();
    if (!server.start(static_cast<quint16>(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    if (parser.isSet(tokenFileOption)) {
        QFile file(parser.value(tokenFileOption));
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            std::fprintf(stderr, "cannot write the token file\n");
            return 1;
        }
        file.write(server.token().toUtf8());
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
