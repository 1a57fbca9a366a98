// A standalone sandbox API for manual runs of the app against a "real" server on loopback:
//   eba-sandbox [--port N] [--token-file PATH] [--delay-ms N] [--batches N [--batch-list PATH]]
//               [--quiet-requests] [--tls]
// It prints the base URL; the accepted token is written to the given file (mode 0600), never printed.
// --tls serves HTTPS with the self-signed test certificate of tests/wire/data, which no client trusts.
// The options after --token-file serve the benchmarks (bench/run-cli-and-app-benchmarks.sh): added latency,
// many batches to delete, and no request log growing for the whole run.
#include "sandbox/sandboxserver.h"
#include "testtlscredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

// The classification that --batches fills; its batch IDs are -BenchBatch000000000 upwards.
const auto BenchClassificationId = QStringLiteral("-BenchClassification");

QString benchBatchId(int n)
{
    return QStringLiteral("-BenchBatch%1").arg(n, 9, 10, QLatin1Char('0'));
}

bool writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && file.write(content) == content.size();
}

} // namespace

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
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Answer every request this many ms late."),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption batchesOption(
        QStringLiteral("batches"),
        QStringLiteral("Also serve N empty batches in classification %1.").arg(BenchClassificationId),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption batchListOption(
        QStringLiteral("batch-list"),
        QStringLiteral("Write those batches as classificationId,batchId lines to this file."),
        QStringLiteral("path"));
    const QCommandLineOption quietOption(QStringLiteral("quiet-requests"),
                                         QStringLiteral("Do not keep a log of the requests received."));
    const QCommandLineOption tlsOption(
        QStringLiteral("tls"),
        QStringLiteral("Serve HTTPS with the untrusted test certificate of tests/wire/data."));
    parser.addOptions(
        {portOption, tokenFileOption, delayOption, batchesOption, batchListOption, quietOption, tlsOption});
    parser.process(app);

    bool numbersOk = true;
    bool ok = false;
    const int delayMs = parser.value(delayOption).toInt(&ok);
    numbersOk = numbersOk && ok && delayMs >= 0 && delayMs <= 60000;
    const int batches = parser.value(batchesOption).toInt(&ok);
    numbersOk = numbersOk && ok && batches >= 0 && batches <= 10000000;
    if (!numbersOk) {
        std::fprintf(stderr, "--delay-ms must be 0..60000 and --batches 0..10000000\n");
        return 2;
    }

    SandboxServer server;
    if (parser.isSet(tlsOption)) {
        QString problem;
        if (!TestTlsCredentials::available(&problem)) {
            std::fprintf(stderr, "cannot serve TLS: %s\n", qPrintable(problem));
            return 1;
        }
        server.setTlsCredentials(TestTlsCredentials::certificate(), TestTlsCredentials::privateKey());
    }
    server.loadSampleData();
    server.setRecordingRequests(!parser.isSet(quietOption));
    if (delayMs > 0) {
        SandboxFault fault;
        fault.kind = SandboxFault::Kind::Delay;
        fault.delayMs = delayMs;
        server.setFault(fault);
    }
    if (batches > 0) {
        server.addClassification(BenchClassificationId, QStringLiteral("Benchmark"), QString(), {});
        QByteArray list;
        list.reserve(batches * 40);
        for (int i = 0; i < batches; ++i) {
            const QString batchId = benchBatchId(i);
            server.addBatch(BenchClassificationId, batchId, {});
            list += BenchClassificationId.toLatin1() + ',' + batchId.toLatin1() + '\n';
        }
        if (parser.isSet(batchListOption) && !writePrivateFile(parser.value(batchListOption), list)) {
            std::fprintf(stderr, "cannot write the batch list\n");
            return 1;
        }
    }
    if (!server.start(static_cast<quint16>(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    if (parser.isSet(tokenFileOption) &&
        !writePrivateFile(parser.value(tokenFileOption), server.token().toUtf8())) {
        std::fprintf(stderr, "cannot write the token file\n");
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
