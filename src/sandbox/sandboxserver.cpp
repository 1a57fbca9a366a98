#include "sandboxserver.h"

#include "sandboxanswerstream.h"
#include "sandboxconnection.h"
#include "sandboxdata.h"
#include "sandboxgzip.h"
#include "sandboxresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>

#include <algorithm>
#include <functional>

// Answer bodies imitate the real API, which speaks English whatever the client's language; they are
// protocol data, not user interface text, and therefore deliberately not translated.

namespace {

constexpr QByteArrayView ApiPrefix = "/api/v1";
constexpr qint64 DefaultHugeBodyBytes = 64 * 1024 * 1024;

// Counts every TCP connection it accepts, also those whose TLS handshake never completes and which
// QSslServer therefore never hands out.
class TlsListener final : public QSslServer
{
public:
    explicit TlsListener(std::function<void()> accepted)
        : m_accepted(std::move(accepted))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        m_accepted();
        QSslServer::incomingConnection(descriptor);
    }

private:
    std::function<void()> m_accepted;
};

SandboxResponse jsonAnswer(int status, const QJsonObject& body)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse errorAnswer(int status, const QString& message)
{
    return jsonAnswer(
        status, {{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
}

// What a web server in front of nothing answers, with none of the API's JSON: a client pointed at the
// wrong path must be able to tell this from the API's "batch not found".
SandboxResponse plainNotFoundAnswer()
{
    SandboxResponse response;
    response.status = 404;
    response.contentType = "text/html";
    response.body =
        QByteArrayLiteral("<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
                          "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n"
                          "</body>\r\n</html>\r\n");
    return response;
}

SandboxResponse htmlErrorPage(int status)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    const QByteArray title = QByteArray::number(status) + ' ' + SandboxAnswerStream::reasonPhrase(status);
    response.body = "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head><body><h1>" + title +
                    "</h1><hr><p>sandbox-proxy</p></body></html>\n";
    return response;
}

SandboxResponse successAnswer(const QString& message)
{
    return jsonAnswer(
        200, {{QStringLiteral("status"), QStringLiteral("success")}, {QStringLiteral("message"), message}});
}

// Reads a required string field; on failure `problem` holds the answer to send instead.
bool requiredString(const QJsonObject& body, const QString& key, QString* value, SandboxResponse* problem)
{
    const QJsonValue field = body.value(key);
    if (field.isUndefined() || field.isNull()) {
        *problem = errorAnswer(400, QStringLiteral("Missing required field: %1").arg(key));
        return false;
    }
    if (!field.isString() || field.toString().isEmpty()) {
        *problem = errorAnswer(400, QStringLiteral("Field %1 must be a non-empty string").arg(key));
        return false;
    }
    *value = field.toString();
    return true;
}

// Reads a required array of strings, at least one; on failure `problem` holds the answer to send.
bool requiredStringList(const QJsonObject& body, const QString& key, QStringList* values,
                        SandboxResponse* problem)
{
    const QJsonValue field = body.value(key);
    const QJsonArray array = field.toArray();
    const auto isString = [](const QJsonValue& value) {
        return value.isString();
    };
    if (!field.isArray() || array.isEmpty() || !std::all_of(array.begin(), array.end(), isString)) {
        *problem = errorAnswer(400, QStringLiteral("Field %1 must be a non-empty array of strings").arg(key));
        return false;
    }
    for (const QJsonValue& value : array)
        values->append(value.toString());
    return true;
}

// The classification and batch a request names, both required.
struct BatchKey
{
    QString classificationId;
    QString batchId;
};

// Reads the two required IDs of a batch request; on failure `problem` holds the answer to send.
bool requiredBatchKey(const QJsonObject& body, BatchKey* key, SandboxResponse* problem)
{
    return requiredString(body, QStringLiteral("classificationId"), &key->classificationId, problem) &&
           requiredString(body, QStringLiteral("batchId"), &key->batchId, problem);
}

SandboxResponse notFoundAnswer(SandboxData::Lookup lookup)
{
    switch (lookup) {
    case SandboxData::Lookup::NoClassification:
        return errorAnswer(404, QStringLiteral("Classification not found"));
    case SandboxData::Lookup::NoFile:
        return errorAnswer(404, QStringLiteral("File not found"));
    case SandboxData::Lookup::NoBatch:
    case SandboxData::Lookup::Found:
        break;
    }
    return errorAnswer(404, QStringLiteral("Batch not found"));
}

// The answer to a removal: `message` where what it names was there (and is gone now), else what
// was not found.
SandboxResponse removalAnswer(SandboxData::Lookup lookup, const QString& message)
{
    return lookup == SandboxData::Lookup::Found ? successAnswer(message) : notFoundAnswer(lookup);
}

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QStringLiteral("sandbox_") + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                                           QByteArray::OmitTrailingEquals));
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_listener(std::make_unique<QTcpServer>())
    , m_data(std::make_unique<SandboxData>())
{
    setToken(randomToken());
    m_routes.insert("/api/v1/documentClassification/deleteBatch",
                    {"DELETE", &SandboxServer::deleteBatch, true});
    m_routes.insert("/api/v1/documentClassification/deleteFiles",
                    {"DELETE", &SandboxServer::deleteFiles, true});
    m_routes.insert("/api/v1/documentClassification/deleteClassification",
                    {"DELETE", &SandboxServer::deleteClassification, true});
    m_routes.insert("/api/v1/documentClassification/viewClassification",
                    {"POST", &SandboxServer::viewClassification, true});
    m_routes.insert("/api/v1/documentClassification/getResults", {"POST", &SandboxServer::getResults, true});
    m_routes.insert("/api/v1/credits", {"GET", &SandboxServer::creditsAnswer, false});
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(quint16 port)
{
    stop();
    if (isServingTls()) {
        auto listener = std::make_unique<TlsListener>([this] { ++m_acceptedConnections; });
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_tlsCertificate);
        configuration.setPrivateKey(m_tlsKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        listener->setSslConfiguration(configuration);
        m_listener = std::move(listener);
    } else {
        m_listener = std::make_unique<QTcpServer>();
    }
    // Unlike newConnection, this also comes for connections a TLS listener hands out after their handshake.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this, &SandboxServer::onNewConnection);
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tr("The sandbox API could not listen on 127.0.0.1 port %1: %2")
                            .arg(port)
                            .arg(m_listener->errorString());
        return false;
    }
    m_errorString.clear();
    return true;
}

void SandboxServer::stop()
{
    m_listener->close();
    // Connections still in their TLS handshake belong to the listener until it completes.
    const QList<QAbstractSocket*> handshaking =
        m_listener->findChildren<QAbstractSocket*>(Qt::FindDirectChildrenOnly);
    for (QAbstractSocket* socket : handshaking) {
        socket->abort();
        socket->deleteLater();
    }
    const QList<SandboxConnection*> connections =
        findChildren<SandboxConnection*>(Qt::FindDirectChildrenOnly);
    for (SandboxConnection* connection : connections)
        connection->abort();
}

bool SandboxServer::isListening() const
{
    return m_listener->isListening();
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

quint16 SandboxServer::port() const
{
    return m_listener->isListening() ? m_listener->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_listener->isListening())
        return {};
    QUrl url;
    url.setScheme(qobject_cast<QSslServer*>(m_listener.get()) ? QStringLiteral("https")
                                                              : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_listener->serverPort());
    url.setPath(QString::fromLatin1(ApiPrefix));
    return url;
}

void SandboxServer::setTlsCredentials(const QSslCertificate& certificate, const QSslKey& privateKey)
{
    m_tlsCertificate = certificate;
    m_tlsKey = privateKey;
}

bool SandboxServer::isServingTls() const
{
    return !m_tlsCertificate.isNull() && !m_tlsKey.isNull();
}

QString SandboxServer::token() const
{
    return m_token;
}

void SandboxServer::setToken(const QString& token)
{
    m_token = token;
    // Computed once so that checking a request is a single byte comparison. An empty token
    // accepts nothing rather than a bare "Bearer ".
    m_expectedAuthorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

void SandboxServer::loadSampleData()
{
    m_data->loadSample();
}

void SandboxServer::addClassification(const QString& id, const QString& name, const QString& description,
                                      const QStringList& documentTypes)
{
    m_data->addClassification(id, {name, description, QDateTime::currentMSecsSinceEpoch(), documentTypes});
}

void SandboxServer::addBatch(const QString& classificationId, const QString& batchId,
                             const QList<SandboxFile>& files)
{
    m_data->addBatch(classificationId, batchId, files);
}

bool SandboxServer::hasBatch(const QString& classificationId, const QString& batchId) const
{
    return m_data->findBatch(classificationId, batchId, nullptr) == SandboxData::Lookup::Found;
}

QStringList SandboxServer::classificationIds() const
{
    return m_data->classificationIds();
}

QStringList SandboxServer::batchIds(const QString& classificationId) const
{
    return m_data->batchIds(classificationId);
}

QList<SandboxFile> SandboxServer::batchFiles(const QString& classificationId, const QString& batchId) const
{
    const QList<SandboxFile>* files = nullptr;
    if (m_data->findBatch(classificationId, batchId, &files) != SandboxData::Lookup::Found)
        return {};
    return *files;
}

void SandboxServer::setViewListsBatches(bool enabled)
{
    m_viewListsBatches = enabled;
}

void SandboxServer::setFault(const SandboxFault& fault)
{
    m_fault = fault;
}

SandboxFault SandboxServer::fault() const
{
    return m_fault;
}

void SandboxServer::setCredits(int credits)
{
    m_credits = credits;
}

int SandboxServer::credits() const
{
    return m_credits;
}

QList<SandboxRequest> SandboxServer::requests() const
{
    return m_requests;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
}

void SandboxServer::setRecordingRequests(bool enabled)
{
    m_recordingRequests = enabled;
}

int SandboxServer::acceptedConnectionCount() const
{
    return m_acceptedConnections;
}

int SandboxServer::encryptedConnectionCount() const
{
    return m_encryptedConnections;
}

void SandboxServer::onNewConnection()
{
    // A TLS listener hands out its connections only after their handshake and has counted them already.
    const bool tls = qobject_cast<QSslServer*>(m_listener.get()) != nullptr;
    while (QTcpSocket* socket = m_listener->nextPendingConnection()) {
        ++(tls ? m_encryptedConnections : m_acceptedConnections);
        new SandboxConnection(socket, this);
    }
}

SandboxResponse SandboxServer::respond(const SandboxRequest& request)
{
    if (m_recordingRequests)
        m_requests.append(request);
    // Emitted before the fault is read, so a test may still change the fault for this very request.
    const QPointer<SandboxServer> alive(this);
    emit requestReceived(request);
    if (!alive) {
        SandboxResponse gone;
        gone.abortConnection = true;
        return gone;
    }

    const bool faultApplies = m_fault.route.isEmpty() || request.path.endsWith(m_fault.route);
    const SandboxFault fault = faultApplies ? m_fault : SandboxFault();
    if (faultApplies && m_fault.count > 0 && --m_fault.count == 0)
        m_fault = SandboxFault();

    SandboxResponse response =
        fault.kind == SandboxFault::Kind::None || fault.kind == SandboxFault::Kind::Delay
            ? route(request)
            : faultResponse(fault, request);
    // A delayed answer has already been acted on, like a real server that is slow to reply: this is
    // what makes "the server may still have acted" true after a client timeout.
    response.delayMs = qMax(0, fault.delayMs);
    response.delivery = fault.delivery;
    if (fault.gzip) {
        response.headers.append({QByteArray("Content-Encoding"), QByteArray("gzip")});
        if (response.largeBody)
            response.largeBody = gzipMember(*response.largeBody);
        else
            response.body = gzipMember(response.body);
    }
    response.headers += fault.headers;
    return response;
}

SandboxResponse SandboxServer::faultResponse(const SandboxFault& fault, const SandboxRequest& request) const
{
    SandboxResponse response;
    switch (fault.kind) {
    case SandboxFault::Kind::None:
    case SandboxFault::Kind::Delay:
        break;
    case SandboxFault::Kind::ServerError:
        return errorAnswer(fault.status > 0 ? fault.status : 500, QStringLiteral("Internal server error"));
    case SandboxFault::Kind::RateLimited:
        response = errorAnswer(429, QStringLiteral("Too many requests"));
        if (fault.retryAfterSeconds >= 0)
            response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return response;
    case SandboxFault::Kind::GarbageBody:
        // Claims to be JSON but is not, like a proxy or a broken deployment might answer.
        response.body = QByteArrayLiteral("\x00\xff<<sandbox garbage>> {\"status\":\"succ");
        return response;
    case SandboxFault::Kind::ConnectionReset:
        response.abortConnection = true;
        return response;
    case SandboxFault::Kind::RedirectTo:
        response.status = fault.status > 0 ? fault.status : 307;
        response.headers.append({"Location", fault.redirectUrl.toEncoded()});
        return response;
    case SandboxFault::Kind::HtmlErrorPage:
        return htmlErrorPage(fault.status > 0 ? fault.status : 502);
    case SandboxFault::Kind::Status:
        response.status = fault.status;
        response.body = fault.body;
        if (!fault.contentType.isEmpty())
            response.contentType = fault.contentType;
        if (fault.retryAfterSeconds >= 0)
            response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        return response;
    case SandboxFault::Kind::EchoAuthorization: {
        // A careless server that reflects the credentials it was sent: the one answer that carries them.
        const int status = fault.status > 0 ? fault.status : 401;
        const QString authorization = QString::fromLatin1(request.header("Authorization"));
        if (status >= 300)
            return errorAnswer(status, QStringLiteral("Invalid API key: ") + authorization);
        response = successAnswer(QStringLiteral("Batch deleted for ") + authorization);
        response.status = status;
        return response;
    }
    case SandboxFault::Kind::HugeBody:
        response.largeBody = paddedSuccessBody(fault.bodyBytes > 0 ? fault.bodyBytes : DefaultHugeBodyBytes);
        return response;
    case SandboxFault::Kind::EndlessBody:
        response.largeBody = paddedSuccessBody(-1);
        return response;
    }
    return response;
}

SandboxResponse SandboxServer::route(const SandboxRequest& request)
{
    const auto it = m_routes.constFind(request.path);
    if (it == m_routes.cend())
        return plainNotFoundAnswer();
    if (request.method != it->method) {
        SandboxResponse response = errorAnswer(405, QStringLiteral("Method not allowed"));
        response.headers.append({"Allow", it->method});
        return response;
    }
    if (m_expectedAuthorization.isEmpty() || request.header("Authorization") != m_expectedAuthorization)
        return errorAnswer(401, QStringLiteral("Invalid API key"));

    QJsonObject body;
    if (it->takesJsonBody) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return errorAnswer(400, QStringLiteral("The request body must be a JSON object"));
        body = document.object();
    }
    return (this->*(it->handler))(body);
}

SandboxResponse SandboxServer::viewClassification(const QJsonObject& body)
{
    QString classificationId;
    SandboxResponse problem;
    if (!requiredString(body, QStringLiteral("classificationId"), &classificationId, &problem))
        return problem;
    const SandboxData::Classification* details = m_data->classification(classificationId);
    if (!details)
        return notFoundAnswer(SandboxData::Lookup::NoClassification);

    QJsonObject detailsObject{
        {QStringLiteral("name"), details->name},
        {QStringLiteral("description"), details->description},
        {QStringLiteral("createdAt"), details->createdAtMs},
        {QStringLiteral("documentTypes"), QJsonArray::fromStringList(details->documentTypes)},
    };
    QJsonObject answer{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("classificationId"), classificationId},
        {QStringLiteral("classificationDetails"), detailsObject},
    };
    if (m_viewListsBatches) {
        QJsonArray batches;
        const QStringList ids = m_data->batchIds(classificationId);
        for (const QString& batchId : ids) {
            const QList<SandboxFile>* files = nullptr;
            m_data->findBatch(classificationId, batchId, &files);
            batches.append(QJsonObject{{QStringLiteral("batchId"), batchId},
                                       {QStringLiteral("fileCount"), files ? files->size() : 0}});
        }
        answer.insert(QStringLiteral("batches"), batches);
    }
    return jsonAnswer(200, answer);
}

SandboxResponse SandboxServer::getResults(const QJsonObject& body)
{
    BatchKey key;
    SandboxResponse problem;
    if (!requiredBatchKey(body, &key, &problem))
        return problem;
    const QJsonValue fileIdValue = body.value(QStringLiteral("fileId"));
    if (!fileIdValue.isUndefined() && !fileIdValue.isNull() && !fileIdValue.isString())
        return errorAnswer(400, QStringLiteral("Field fileId must be a string"));
    const QString onlyFileId = fileIdValue.toString();

    const QList<SandboxFile>* files = nullptr;
    const SandboxData::Lookup lookup = m_data->findBatch(key.classificationId, key.batchId, &files);
    if (lookup != SandboxData::Lookup::Found)
        return notFoundAnswer(lookup);

    QJsonArray fileArray;
    for (const SandboxFile& file : *files) {
        if (!onlyFileId.isEmpty() && file.fileId != onlyFileId)
            continue;
        fileArray.append(QJsonObject{
            {QStringLiteral("fileId"), file.fileId},
            {QStringLiteral("fileName"), file.fileName},
            {QStringLiteral("status"), file.status},
            {QStringLiteral("result"), QJsonObject{{QStringLiteral("documentType"), file.documentType},
                                                   {QStringLiteral("confidence"), file.confidence}}},
            {QStringLiteral("url"), fileUrl(file.fileId)},
        });
    }
    if (!onlyFileId.isEmpty() && fileArray.isEmpty())
        return notFoundAnswer(SandboxData::Lookup::NoFile);
    return jsonAnswer(200, {
                               {QStringLiteral("status"), QStringLiteral("success")},
                               {QStringLiteral("classificationId"), key.classificationId},
                               {QStringLiteral("batchId"), key.batchId},
                               {QStringLiteral("files"), fileArray},
                           });
}

SandboxResponse SandboxServer::creditsAnswer(const QJsonObject&)
{
    return jsonAnswer(
        200, {{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("credits"), m_credits}});
}

SandboxResponse SandboxServer::deleteBatch(const QJsonObject& body)
{
    BatchKey key;
    SandboxResponse problem;
    if (!requiredBatchKey(body, &key, &problem))
        return problem;
    return removalAnswer(m_data->removeBatch(key.classificationId, key.batchId),
                         QStringLiteral("Batch deleted"));
}

SandboxResponse SandboxServer::deleteFiles(const QJsonObject& body)
{
    BatchKey key;
    SandboxResponse problem;
    QStringList fileIds;
    if (!requiredBatchKey(body, &key, &problem) ||
        !requiredStringList(body, QStringLiteral("fileIds"), &fileIds, &problem))
        return problem;
    return removalAnswer(m_data->removeFiles(key.classificationId, key.batchId, fileIds),
                         QStringLiteral("Files deleted"));
}

SandboxResponse SandboxServer::deleteClassification(const QJsonObject& body)
{
    QString classificationId;
    SandboxResponse problem;
    if (!requiredString(body, QStringLiteral("classificationId"), &classificationId, &problem))
        return problem;
    if (!m_data->removeClassification(classificationId))
        return notFoundAnswer(SandboxData::Lookup::NoClassification);
    return successAnswer(QStringLiteral("Classification deleted"));
}

QString SandboxServer::fileUrl(const QString& fileId) const
{
    // Real answers carry signed storage links; a loopback link keeps the demo from ever pointing away
    // from this machine.
    return QStringLiteral("http://127.0.0.1:%1/sandbox/files/%2").arg(port()).arg(fileId);
}
