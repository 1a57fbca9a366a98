#pragma once

#include "apicall.h"
#include "apiendpoint.h"
#include "apioutcome.h"

#include <QJsonObject>
#include <QObject>

#include <chrono>

class QNetworkAccessManager;

// Speaks the Extracta.ai classification API. Holds no widgets; the network access manager is
// injected so tests and the app decide about proxies and connection reuse.
class ExtractaClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{30};

    explicit ExtractaClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    QNetworkAccessManager* network() const;
    void setEndpoint(const ApiEndpoint& endpoint);
    ApiEndpoint endpoint() const;
    void setToken(const QString& token);
    bool hasToken() const;
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // A call whose IDs fail the ID validation (isValidId()) is not sent: it finishes Rejected on the
    // next turn of the event loop. Callers validate first; this is the last line of defence.
    ApiCall* deleteBatch(const QString& classificationId, const QString& batchId);
    ApiCall* fetchCredits();
    ApiCall* viewClassification(const QString& classificationId);
    ApiCall* getResults(const QString& classificationId, const QString& batchId);

private:
    // A call already finished as refused when one of `ids` is not a valid ID; nullptr otherwise.
    ApiCall* refusedUnlessValid(const QStringList& ids);
    ApiCall* postJson(const QString& path, const QJsonObject& body);

    QNetworkAccessManager* m_network;
    ApiEndpoint m_endpoint;
    QString m_token;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
