#include "clitokensource.h"

#include "cliterminal.h"
#include "core/api/apiendpoint.h"
#include "core/text/servertext.h"
#include "core/tokens/tokenprovider.h"

namespace {

CliTokenSource::Result failed(const QString& problem)
{
    CliTokenSource::Result result;
    result.problem = problem;
    return result;
}

// What the user is told for a token store's answer.
CliTokenSource::Result fromStoreAnswer(TokenStore::Status status, const QString& token,
                                       const QString& message)
{
    switch (status) {
    case TokenStore::Status::Ok:
        return CliTokenSource::checked(token, CliTokenSource::tr("the saved token"));
    case TokenStore::Status::NotFound:
        return failed(CliTokenSource::tr("No API token is saved."));
    case TokenStore::Status::Unavailable:
    case TokenStore::Status::Failed:
        break;
    }
    return failed(message.isEmpty() ? CliTokenSource::tr("The saved token could not be read.") : message);
}

} // namespace

CliTokenSource::CliTokenSource(AppSettings& settings, bool fromStdin, const Connection& connection)
    : m_settings(settings)
    , m_fromStdin(fromStdin)
    , m_tokenEntry(connection.tokenEntry())
    , m_connectionName(connection.name)
{}

CliTokenSource::Result CliTokenSource::checked(const QString& raw, const QString& where)
{
    const QString token = raw.trimmed();
    if (token.isEmpty())
        return failed(tr("%1 holds no token.").arg(where));
    if (!TokenProvider::isWellFormed(token))
        return failed(tr("The token from %1 contains spaces or control characters.").arg(where));
    Result result;
    result.token = token;
    return result;
}

CliTokenSource::Result CliTokenSource::resolve() const
{
    // Set but empty is a mistake to report (an unset variable in a script), not a reason to fall back.
    if (const std::optional<QString> environment = environmentValue("EXTRACTA_API_TOKEN")) {
        Result result = checked(*environment, tr("EXTRACTA_API_TOKEN"));
        if (m_fromStdin)
            result.note = tr("EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not "
                             "read.");
        return result;
    }
    if (m_fromStdin)
        return fromStandardInput(tr("API token (not shown): "));
    return fromSavedStore();
}

CliTokenSource::Result CliTokenSource::fromStandardInput(const QString& prompt)
{
    if (CliTerminal::isStdinTerminal())
        CliTerminal::writeError(prompt);
    QString line;
    if (!CliTerminal::readSecretLine(&line))
        return failed(tr("--token-stdin: standard input ended before a token was read."));
    return checked(line, tr("standard input"));
}

CliTokenSource::Result CliTokenSource::fromSavedStore() const
{
    CliTokenStore store(m_settings);
    const CliTokenStore::Answer answer = store.read(m_tokenEntry);
    Result result = fromStoreAnswer(answer.status, answer.token, answer.message);
    if (answer.status == TokenStore::Status::Ok && !result.token.isEmpty())
        result.warning = answer.message;
    if (!result.problem.isEmpty())
        result.problem +=
            QLatin1Char(' ') + tr("Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it for "
                                  "the connection %1 with \"extracta-batch connections set-token NAME "
                                  "--token-stdin\" or in Extracta Batch Admin.")
                                   .arg(ServerText::oneLine(m_connectionName));
    return result;
}
