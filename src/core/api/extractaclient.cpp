#include "extractaclient.h"

#include "apirequestfactory.h"
#include "core/ids/idvalidation.h"
#include "core/tokens/tokenprovider.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ExtractaClient::ExtractaClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

QNetworkAccessManager* ExtractaClient::network() const
{
    return m_network;
}

void ExtractaClient::setEndpoint(const ApiEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

ApiEndpoint ExtractaClient::endpoint() const
{
    return m_endpoint;
}

void ExtractaClient::setToken(const QString& token)
{
    // Last line of defence against header injection: a malformed token is never sent.
    const QString trimmed = token.trimmed();
    m_token = TokenProvider::isWellFormed(trimmed) ? trimmed : QString();
}

bool ExtractaClient::hasToken() const
{
    return !m_token.isEmpty();
}

void ExtractaClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds ExtractaClient::timeout() const
{
    return m_timeout;
}

ApiCall* ExtractaClient::refusedUnlessValid(const QStringList& ids)
{
    for (const QString& id : ids) {
        if (isValidId(id))
            continue;
        ApiOutcome refused;
        refused.kind = ApiOutcome::Kind::Rejected;
        // The ID itself is not repeated: it is what could not be shown safely.
        refused.detail = tr("Not sent: an ID in the request is not valid. %1").arg(checkId(id).problem);
        return new ApiCall(refused, this);
    }
    return nullptr;
}

ApiCall* ExtractaClient::deleteBatch(const QString& classificationId, const QString& batchId)
{
    if (ApiCall* refused = refusedUnlessValid({classificationId, batchId}))
        return refused;
    const QNetworkRequest request =
        ApiRequestFactory::build(m_endpoint, ApiRequestFactory::deleteBatchPath(), m_token);
    // deleteResource() cannot carry a body; the API requires one, so it goes as a custom DELETE.
    return new ApiCall(
        m_network,
        {request, QByteArrayLiteral("DELETE"), ApiRequestFactory::deleteBatchBody(classificationId, batchId)},
        m_timeout, AnswerExpectations{{QStringLiteral("success")}}, this);
}

ApiCall* ExtractaClient::fetchCredits()
{
    QNetworkRequest request = ApiRequestFactory::build(m_endpoint, ApiRequestFactory::creditsPath(), m_token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    // Every Extracta API has /credits: a 404 from it means the base URL is not the API's.
    return new ApiCall(m_network, {request, QByteArrayLiteral("GET"), {}}, m_timeout,
                       AnswerExpectations{{QStringLiteral("ok"), QStringLiteral("success")}, true}, this);
}

ApiCall* ExtractaClient::viewClassification(const QString& classificationId)
{
    if (ApiCall* refused = refusedUnlessValid({classificationId}))
        return refused;
    return postJson(ApiRequestFactory::viewClassificationPath(),
                    {{QStringLiteral("classificationId"), classificationId}});
}

ApiCall* ExtractaClient::getResults(const QString& classificationId, const QString& batchId)
{
    if (ApiCall* refused = refusedUnlessValid({classificationId, batchId}))
        return refused;
    return postJson(
        ApiRequestFactory::getResultsPath(),
        {{QStringLiteral("classificationId"), classificationId}, {QStringLiteral("batchId"), batchId}});
}

ApiCall* ExtractaClient::postJson(const QString& path, const QJsonObject& body)
{
    const QNetworkRequest request = ApiRequestFactory::build(m_endpoint, path, m_token);
    return new ApiCall(
        m_network, {request, QByteArrayLiteral("POST"), QJsonDocument(body).toJson(QJsonDocument::Compact)},
        m_timeout, AnswerExpectations{{QStringLiteral("success")}}, this);
}
