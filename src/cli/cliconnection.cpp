#include "cliconnection.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "clitokensource.h"
#include "core/api/apicall.h"
#include "core/connections/connection.h"
#include "core/settings/appsettings.h"
#include "core/text/servertext.h"

#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

CliConnection::CliConnection()
    : m_client(&m_network)
{}

bool CliConnection::open(const CliArguments& arguments, AppSettings& settings, const Connection& connection,
                         CliOutput& output)
{
    QString problem;
    if (!configureEndpoint(arguments, settings, connection, &problem)) {
        output.error(problem);
        return false;
    }
    const CliTokenSource::Result token =
        CliTokenSource(settings, arguments.tokenFromStdin, connection).resolve();
    if (!token.note.isEmpty())
        output.note(token.note);
    if (!token.warning.isEmpty())
        output.error(token.warning);
    if (!token.problem.isEmpty()) {
        output.error(token.problem);
        return false;
    }
    m_client.setToken(token.token);
    return true;
}

bool CliConnection::configureEndpoint(const CliArguments& arguments, const AppSettings& settings,
                                      const Connection& connection, QString* problem)
{
    const ResolvedValue url =
        resolveApiBaseUrl(arguments.apiUrl, environmentValue("EXTRACTA_API_URL"), connection.apiUrl);
    QString why;
    const ApiEndpoint endpoint = ApiEndpoint::parse(url.value, &why);
    if (!endpoint.isValid()) {
        *problem =
            url.source == SettingSource::SavedSetting
                ? tr("The API URL of the connection %1 cannot be used: %2 Correct it in Extracta Batch "
                     "Admin, or give one with --api-url.")
                      .arg(ServerText::oneLine(connection.name), why)
                : tr("The API URL from the %1 cannot be used: %2").arg(describeSource(url.source), why);
        return false;
    }
    // A proxy from the environment must not carry traffic meant for this computer elsewhere.
    if (endpoint.isLoopback())
        m_network.setProxy(QNetworkProxy::NoProxy);
    else
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client.setEndpoint(endpoint);
    const int seconds = arguments.timeoutSeconds > 0 ? arguments.timeoutSeconds : settings.timeoutSeconds();
    m_client.setTimeout(std::chrono::seconds(seconds));
    return true;
}

ExtractaClient& CliConnection::client()
{
    return m_client;
}

ApiEndpoint CliConnection::endpoint() const
{
    return m_client.endpoint();
}

CliConnection::Answer CliConnection::wait(ApiCall* call)
{
    Answer answer;
    QEventLoop loop;
    // The call deletes itself after finished(): its body is read inside the signal.
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiOutcome& outcome) {
        answer.outcome = outcome;
        answer.body = call->answerObject();
        loop.quit();
    });
    loop.exec();
    return answer;
}
