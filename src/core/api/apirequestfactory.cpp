#include "apirequestfactory.h"

#include <QJsonDocument>
#include <QJsonObject>

QNetworkRequest ApiRequestFactory::build(const ApiEndpoint& endpoint, const QString& path,
                                         const QString& token)
{
    QNetworkRequest request(endpoint.urlFor(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // Answers are read as they are, never inflated: a small compressed answer can unpack to gigabytes.
    // (Qt decompresses only what it asked for itself, and asks only when no Accept-Encoding is set.)
    request.setRawHeader("Accept-Encoding", "identity");
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // ApiCall follows same-origin 307/308 itself; Qt must never follow anything on its own.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Our own timer decides about timeouts so that "timed out" and "cancelled" stay distinct.
    request.setTransferTimeout(0);
    return request;
}

QByteArray ApiRequestFactory::deleteBatchBody(const QString& classificationId, const QString& batchId)
{
    const QJsonObject body{
        {QStringLiteral("classificationId"), classificationId},
        {QStringLiteral("batchId"), batchId},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray ApiRequestFactory::userAgent()
{
    return QByteArrayLiteral("ExtractaBatchAdmin/" EBA_VERSION);
}

QString ApiRequestFactory::deleteBatchPath()
{
    return QStringLiteral("documentClassification/deleteBatch");
}

QString ApiRequestFactory::creditsPath()
{
    return QStringLiteral("credits");
}

QString ApiRequestFactory::viewClassificationPath()
{
    return QStringLiteral("documentClassification/viewClassification");
}

QString ApiRequestFactory::getResultsPath()
{
    return QStringLiteral("documentClassification/getResults");
}
