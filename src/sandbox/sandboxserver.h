#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
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

// How an answer travels on the wire. The default is a well-behaved answer framed by Content-Length.
struct SandboxDelivery
{
    enum class Framing
    {
        ContentLength, // Content-Length: N (a body that never ends goes Chunked instead)
        Chunked,       // Transfer-Encoding: chunked, in chunks of up to 16 KiB, ended by a zero chunk
        UntilClose,    // neither: Connection: close, and the body ends when the sandbox closes
    };
    enum class Stop
    {
        Reset, // TCP RST: what the client has not read yet may be lost with it
        Close, // an orderly close (FIN) after every byte written has left
    };

    Framing framing = Framing::ContentLength;
    // Once this many bytes of the message body are on the wire (chunk framing counted, the header block
    // not), the answer stops and the connection ends as `stopWith` says: 0 is "right after the headers",
    // with Content-Length a truncated body. -1, or a body no longer than this, never stops.
    qint64 stopAfterBodyBytes = -1;
    Stop stopWith = Stop::Reset;
    // Writes the whole answer, status line included, one byte every this many ms.
    int dripIntervalMs = 0;
};

// A way to misbehave, so that the client's handling of every row of the outcome table can be shown.
// Only `kind` None and Delay act on the request (a deletion happens); every other kind answers instead.
// `headers`, `delivery` and `gzip` apply to whatever answer goes out, the normal one included. Recipes:
// a timeout is a delayMs beyond the client's; a reset after the headers is delivery.stopAfterBodyBytes
// 0; a truncated body is stopAfterBodyBytes N with Stop::Close; an empty 200 is Status 200 without a
// body; a server that drips is delivery.dripIntervalMs; a gzip bomb is HugeBody with gzip.
struct SandboxFault
{
    enum class Kind
    {
        None,
        Delay,
        ServerError,       // `status` (500 when 0) with a JSON error body
        RateLimited,       // 429 with a JSON error body
        GarbageBody,       // 200 whose "JSON" is not
        ConnectionReset,   // a TCP RST once the request is read: not one byte of an answer
        RedirectTo,        // `status` (307 when 0) with Location: `redirectUrl` as given (relative stays so)
        HtmlErrorPage,     // `status` (502 when 0) with an HTML page, as a proxy in front of the API sends
        Status,            // exactly `status` and `body`, as `contentType` (application/json when empty)
        EchoAuthorization, // `status` (401 when 0); its JSON "message" repeats the Authorization header
        HugeBody,          // 200 with a valid JSON success answer of exactly `bodyBytes` (64 MiB when 0)
        EndlessBody,       // 200 with a JSON success answer that never ends
    };

    Kind kind = Kind::None;
    int delayMs = 0;            // for Delay (and added before any other fault's answer)
    int retryAfterSeconds = -1; // for RateLimited and Status: send "Retry-After: N" when >= 0
    QUrl redirectUrl;           // for RedirectTo
    int status = 0;             // for Status, and the other kinds that say so
    QByteArray body;            // for Status
    QByteArray contentType;     // for Status
    qint64 bodyBytes = 0;       // for HugeBody
    // Header lines added to the answer exactly as given, after the sandbox's own; any text goes, e.g.
    // {"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}, {"Retry-After", "soon"} or a second one.
    QList<std::pair<QByteArray, QByteArray>> headers;
    SandboxDelivery delivery;
    // Sends the body as one gzip member with Content-Encoding: gzip. With HugeBody it is a gzip bomb:
    // about bodyBytes / 1000 on the wire, bodyBytes once inflated; with EndlessBody it never ends.
    bool gzip = false;
    // How many requests the fault applies to before it clears itself; -1 = until setFault({}).
    // Lets a test fail the first attempt only, or redirect once and then answer normally.
    int count = -1;
    // Only requests to this route are affected (the path after /api/v1, e.g.
    // "/documentClassification/getResults"); all when empty. Other routes answer normally and do not
    // use up `count`.
    QByteArray route;
};

// A built-in fake of the Extracta.ai API over plain HTTP/1.1 on 127.0.0.1. It serves the --demo
// mode and is the fake server of the tests, so it has to survive anything a client or a test sends.
// Paths it has no route for get a plain HTML 404, as a web server without the API would answer.
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
    QUrl baseUrl() const; // http://127.0.0.1:PORT/api/v1 (https:// when serving TLS)

    // From the next start() on, serves HTTPS with this certificate and key instead of plain HTTP: a
    // connection's requests are read only after its TLS handshake. Null ones switch back to HTTP.
    void setTlsCredentials(const QSslCertificate& certificate, const QSslKey& privateKey);
    bool isServingTls() const;

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
    // Counts completed TLS handshakes; a client that refuses the certificate completes none.
    int encryptedConnectionCount() const;

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
    SandboxResponse faultResponse(const SandboxFault& fault, const SandboxRequest& request) const;
    SandboxResponse route(const SandboxRequest& request);

    SandboxResponse viewClassification(const QJsonObject& body);
    SandboxResponse getResults(const QJsonObject& body);
    SandboxResponse creditsAnswer(const QJsonObject& body);
    SandboxResponse deleteBatch(const QJsonObject& body);
    SandboxResponse deleteFiles(const QJsonObject& body);
    SandboxResponse deleteClassification(const QJsonObject& body);
    QString fileUrl(const QString& fileId) const;

    std::unique_ptr<QTcpServer> m_listener;
    QSslCertificate m_tlsCertificate;
    QSslKey m_tlsKey;
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
    int m_encryptedConnections = 0;
    QList<SandboxRequest> m_requests;
};

Q_DECLARE_METATYPE(SandboxRequest)
Q_DECLARE_METATYPE(SandboxFault)
