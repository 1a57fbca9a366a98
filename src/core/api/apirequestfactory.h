#pragma once

#include "apiendpoint.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

// Builds the requests the API expects. Every request carries the same headers and the same redirect
// policy: a redirect to another origin must never receive the token.
class ApiRequestFactory
{
public:
    static QNetworkRequest build(const ApiEndpoint& endpoint, const QString& path, const QString& token);
    static QByteArray deleteBatchBody(const QString& classificationId, const QString& batchId);
    static QByteArray userAgent();

    static QString deleteBatchPath();
    static QString creditsPath();
    static QString viewClassificationPath();
    static QString getResultsPath();
};
