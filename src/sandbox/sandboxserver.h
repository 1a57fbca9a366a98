#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <memory>
#include <utility>

class QJsonObject;
class SandboxConnection;
class SandboxData;
struct SandboxResponse;

// One HTTP request as the sandbox received it, byte for byte (header values are only trimmed).
struct SandboxRequest
{
    QByteArray method;
    QByteArray path; // includes the /api/v1 prefix, excludes the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Case-insensitive; the first occurrence wins; empty when absent.
    QByteArray header(const QByteArray& name) const;
};

struct SandboxFile
{
    QString fileId;
    QString fileName;
    QString status;
    QString documentType;
    double confidence = 0.0;
};

// A way to misbehave, so that the client's handling of every row of the outcome table can be shown.
struct SandboxFault
{
    enum class Kind
    {
        None,
        Delay,
        ServerError,
        RateLimited,
        GarbageBody,
        ConnectionReset,
        RedirectTo,
        HtmlErrorPage,
        Status,
    };

    Kind kind = Kind::None;
    int delayMs = 0;            // for Delay (and added before any other fault's answer)
    int retryAfterSeconds = -1; // for RateLimited and Status: send "Retry-After: N" when >= 0
    QUrl redirectUrl;           // for RedirectTo: answer 307 with Location = this URL
    int status = 0;             // for Status: answer exactly this status + body (application/json)
    QByteArray body;
    // How many requests the fault applies to before it clears itself; -1 = until setFault({}).
    // Lets a test fail the first attempt only, or redirect once and then answer normally.
    int count = -1;
};

// A built-in fake of the Extracta.ai API over plain HTTP/1.1 on 127.0.0.1. It serves the --demo
// mode and is the fake server of the tests, so it has to survive anything a client or a test sends.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port. False, with errorString(), on failure.
    bool start(quint16 port = 0);
    // Stops listening and drops every open connection; start() may be called again.
    void stop();
    bool isListening() const;
    QString errorString() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v1

    QString token() const;
    void setToken(const QString& token);

    void loadSampleData();
    void addClassification(const QString& id, const QString& name, const QString& description,
                           const QStringList& documentTypes);
    // Creates the classification (without a name) when it does not exist; replaces an existing batch.
    void addBatch(const QString& classificationId, const QString& batchId, const QList<SandboxFile>& files);
    bool hasBatch(const QString& classificationId, const QString& batchId) const;
    QStringList classificationIds() const;
    QStringList batchIds(const QString& classificationId) const;
    QList<SandboxFile> batchFiles(const QString& classificationId, const QString& batchId) const;
    // The real API documents no way to list batches; turning this on adds a "batches" array to
    // viewClassification answers so that the client's optional use of it can be exercised.
    void setViewListsBatches(bool enabled);

    void setFault(const SandboxFault& fault);
    SandboxFault fault() const;
    void setCredits(int credits);
    int credits() const;

    QList<SandboxRequest> requests() const;
    void clearRequests();
    // Long benchmarks can switch recording off; requestReceived is emitted regardless.
    void setRecordingRequests(bool enabled);
    // Counts accepted TCP connections, so tests can tell whether a client reused one.
    int acceptedConnectionCount() const;

signals:
    void requestReceived(const SandboxRequest& request);

private:
    friend class SandboxConnection;

    using Handler = SandboxResponse (SandboxServer::*)(const QJsonObject& body);
    struct Route
    {
        QByteArray method;
        Handler handler = nullptr;
        bool takesJsonBody = true;
    };

    void onNewConnection();
    // Called by a connection for every complete request; decides the whole answer.
    SandboxResponse respond(const SandboxRequest& request);
    SandboxResponse faultResponse(const SandboxFault& fault) const;
    SandboxResponse route(const SandboxRequest& request);

    SandboxResponse viewClassification(const QJsonObject& body);
    SandboxResponse getResults(const QJsonObject& body);
    SandboxResponse creditsAnswer(const QJsonObject& body);
    SandboxResponse deleteBatch(const QJsonObject& body);
    SandboxResponse deleteFiles(const QJsonObject& body);
    SandboxResponse deleteClassification(const QJsonObject& body);
    QString fileUrl(const QString& fileId) const;

    QTcpServer m_listener;
    QString m_errorString;
    QString m_token;
    QByteArray m_expectedAuthorization;
    QHash<QByteArray, Route> m_routes;
    std::unique_ptr<SandboxData> m_data;
    SandboxFault m_fault;
    int m_credits = 250;
    bool m_viewListsBatches = false;
    bool m_recordingRequests = true;
    int m_acceptedConnections = 0;
    QList<SandboxRequest> m_requests;
};

Q_DECLARE_METATYPE(SandboxRequest)
Q_DECLARE_METATYPE(SandboxFault)
