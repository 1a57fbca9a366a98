#pragma once

#include "core/api/apiendpoint.h"
#include "core/api/apioutcome.h"
#include "core/api/extractaclient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

class AppSettings;
class CliOutput;
struct CliArguments;
struct Connection;

// The API endpoint, timeout and client of one run on a saved connection, resolved by the same
// precedence as the app: --api-url > EXTRACTA_API_URL > the connection's URL; EXTRACTA_API_TOKEN >
// --token-stdin > the connection's saved token.
class CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(CliConnection)

public:
    struct Answer
    {
        ApiOutcome outcome;
        QJsonObject body; // the parsed answer of a successful call
    };

    CliConnection();
    CliConnection(const CliConnection&) = delete;
    CliConnection& operator=(const CliConnection&) = delete;

    // Sets up endpoint, timeout and token. False, after saying why on `output`, when the URL in force
    // is not acceptable (e.g. plain http to another host) or no usable token was found.
    bool open(const CliArguments& arguments, AppSettings& settings, const Connection& connection,
              CliOutput& output);

    ExtractaClient& client();
    ApiEndpoint endpoint() const;

    // Runs an event loop until `call` has finished.
    static Answer wait(ApiCall* call);

private:
    bool configureEndpoint(const CliArguments& arguments, const AppSettings& settings,
                           const Connection& connection, QString* problem);

    QNetworkAccessManager m_network;
    ExtractaClient m_client;
};
