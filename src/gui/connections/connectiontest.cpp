#include "connectiontest.h"

#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/text/servertext.h"

#include <QJsonValue>
#include <QLocale>

ConnectionTest::ConnectionTest(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_timeout(ExtractaClient::DefaultTimeout)
{}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

bool ConnectionTest::isRunning() const
{
    return !m_call.isNull();
}

void ConnectionTest::cancel()
{
    if (m_call) {
        // The answer of a cancelled test is no one's business any more.
        m_call->disconnect(this);
        m_call->cancel();
    }
    m_call = nullptr;
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
}

void ConnectionTest::start(const QString& apiUrl, const QString& token)
{
    cancel();
    QString problem;
    const ApiEndpoint endpoint = ApiEndpoint::parse(apiUrl.trimmed(), &problem);
    if (!endpoint.isValid()) {
        emit finished(false, tr("The API URL cannot be used: %1").arg(problem));
        return;
    }
    m_client = new ExtractaClient(m_network, this);
    m_client->setEndpoint(endpoint);
    m_client->setToken(token.trimmed());
    m_client->setTimeout(m_timeout);
    m_call = m_client->fetchCredits();
    connect(m_call, &ApiCall::finished, this,
            [this, call = m_call.data(), host = endpoint.hostLabel()](const ApiOutcome& outcome) {
                QString words;
                if (outcome.isSuccess()) {
                    const qlonglong credits =
                        call->answerObject().value(QLatin1String("credits")).toVariant().toLongLong();
                    words = tr("Connected to %1. The token works: %2 credits available.")
                                .arg(host, QLocale().toString(credits));
                } else {
                    // What the server said is shown as text, on one line, its credentials masked.
                    words = tr("%1: %2").arg(outcomeWord(outcome.kind, {}),
                                             ServerText::oneLine(outcome.message()));
                }
                m_call = nullptr;
                if (m_client)
                    m_client->deleteLater();
                m_client = nullptr;
                emit finished(outcome.isSuccess(), words);
            });
}
