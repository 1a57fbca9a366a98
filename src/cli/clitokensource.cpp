#include "clitokensource.h"

#include "appidentity.h"
#include "cliterminal.h"
#include "keychaintokenstore.h"
#include "plainfiletokenstore.h"
#include "tokenprovider.h"

#include <QEventLoop>
#include <QStandardPaths>

namespace {

CliTokenSource::Result failed(const QString& problem)
{
    CliTokenSource::Result result;
    result.problem = problem;
    return result;
}

CliTokenSource::Result checked(const QString& raw, const QString& where)
{
    const QString token = raw.trimmed();
    if (token.isEmpty())
        return failed(CliTokenSource::tr("%1 holds no token.").arg(where));
    if (!TokenProvider::isWellFormed(token))
        return failed(
            CliTokenSource::tr("The token from %1 contains spaces or control characters.").arg(where));
    CliTokenSource::Result result;
    result.token = token;
    return result;
}

} // namespace

CliTokenSource::CliTokenSource(AppSettings& settings, bool fromStdin)
    : m_settings(settings)
    , m_fromStdin(fromStdin)
{}

CliTokenSource::Result CliTokenSource::resolve() const
{
    const QString environment = qEnvironmentVariable("EXTRACTA_API_TOKEN");
    if (!environment.trimmed().isEmpty()) {
        Result result = checked(environment, tr("EXTRACTA_API_TOKEN"));
        if (m_fromStdin)
            result.note = tr("EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not "
                             "read.");
        return result;
    }
    if (m_fromStdin)
        return fromStandardInput();
    return fromSavedStore();
}

CliTokenSource::Result CliTokenSource::fromStandardInput() const
{
    if (CliTerminal::isStdinTerminal())
        CliTerminal::writeError(tr("API token (not shown): "));
    QString line;
    if (!CliTerminal::readSecretLine(&line))
        return failed(tr("--token-stdin: standard input ended before a token was read."));
    return checked(line, tr("standard input"));
}

CliTokenSource::Result CliTokenSource::fromSavedStore() const
{
    const auto hint = tr("Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it in "
                         "Extracta Batch Admin's settings.");
    Result result;
    if (m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile) {
        PlainFileTokenStore store(plainTokenFilePath());
        result = readStored(store, AppIdentity::defaultConnection());
    } else {
        KeychainTokenStore store(AppIdentity::keychainService());
        store.setTimeout(KeychainTimeout);
        result = readStored(store, AppIdentity::defaultConnection());
    }
    if (!result.problem.isEmpty())
        result.problem += QLatin1Char(' ') + hint;
    return result;
}

CliTokenSource::Result CliTokenSource::readStored(TokenStore& store, const QString& connection)
{
    Result result;
    bool answered = false;
    QEventLoop loop;
    // Stores may answer before read() returns, so the answer is caught before the loop starts.
    QObject::connect(
        &store, &TokenStore::readFinished, &loop,
        [&](const QString&, TokenStore::Status status, const QString& token, const QString& message) {
            answered = true;
            switch (status) {
            case TokenStore::Status::Ok:
                result = checked(token, tr("the saved token"));
                break;
            case TokenStore::Status::NotFound:
                result.problem = tr("No API token is saved.");
                break;
            case TokenStore::Status::Unavailable:
            case TokenStore::Status::Failed:
                result.problem = message.isEmpty() ? tr("The saved token could not be read.") : message;
                break;
            }
            loop.quit();
        });
    store.read(connection);
    if (!answered)
        loop.exec();
    return result;
}

QString CliTokenSource::plainTokenFilePath()
{
    return AppIdentity::plainTokenFilePath();
}
