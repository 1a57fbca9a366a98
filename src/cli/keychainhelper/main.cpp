// extracta-batch-keychain: reads the saved API token from the OS keychain for extracta-batch. A
// separate program so that extracta-batch does not load QtKeychain on every start; see
// keychainhelperprotocol.h for the arguments, output and exit codes.
#include "core/settings/appidentity.h"
#include "core/settings/translationloader.h"
#include "core/tokens/keychainhelperprotocol.h"
#include "core/tokens/keychaintokenstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <chrono>
#include <cstdio>

namespace {

void writeError(const QString& message)
{
    const QByteArray bytes = message.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TranslationLoader::install();
    AppIdentity::applyNames();

    QCommandLineParser parser;
    const QCommandLineOption serviceOption(QStringLiteral("service"), QStringLiteral("Keychain service."),
                                           QStringLiteral("name"), AppIdentity::keychainService());
    const QCommandLineOption connectionOption(QStringLiteral("connection"), QStringLiteral("Connection."),
                                              QStringLiteral("name"), AppIdentity::defaultConnection());
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout-ms"), QStringLiteral("Keychain timeout in milliseconds."),
        QStringLiteral("ms"),
        QString::number(std::chrono::milliseconds(KeychainTokenStore::DefaultTimeout).count()));
    parser.addOptions({serviceOption, connectionOption, timeoutOption});
    if (!parser.parse(QCoreApplication::arguments()) || !parser.positionalArguments().isEmpty()) {
        writeError(QStringLiteral("%1: %2").arg(
            QLatin1String(KeychainHelper::ProgramName),
            parser.errorText().isEmpty() ? QStringLiteral("unexpected arguments") : parser.errorText()));
        return KeychainHelper::UsageError;
    }
    bool timeoutOk = false;
    const qint64 timeoutMs = parser.value(timeoutOption).toLongLong(&timeoutOk);
    if (!timeoutOk || timeoutMs <= 0) {
        writeError(QStringLiteral("%1: --timeout-ms needs a positive number of milliseconds")
                       .arg(QLatin1String(KeychainHelper::ProgramName)));
        return KeychainHelper::UsageError;
    }

    KeychainTokenStore store(parser.value(serviceOption));
    store.setTimeout(std::chrono::milliseconds(timeoutMs));

    TokenStore::Status status = TokenStore::Status::Failed;
    QString token;
    QString message;
    bool answered = false;
    QEventLoop loop;
    // Stores may answer before read() returns, so the answer is caught before the loop starts.
    QObject::connect(&store, &TokenStore::readFinished, &loop,
                     [&](const QString&, TokenStore::Status readStatus, const QString& readToken,
                         const QString& readMessage) {
                         answered = true;
                         status = readStatus;
                         token = readToken;
                         message = readMessage;
                         loop.quit();
                     });
    store.read(parser.value(connectionOption));
    if (!answered)
        loop.exec();

    if (status == TokenStore::Status::Ok) {
        // The token goes to standard output only, for the extracta-batch process that started us.
        const QByteArray bytes = token.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return KeychainHelper::Found;
    }
    if (!message.isEmpty())
        writeError(message);
    return KeychainHelper::exitCodeFor(status);
}
