#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "outcomecatcher.h"
#include "sampleids.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <optional>

namespace {

using namespace SampleIds;

const QString Token = QStringLiteral("tls-test-token-3f9a7c");

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A TLS server with the self-signed certificate from data/. It records every byte that arrived
// after decryption, which is everything a client would have revealed to it.
class TlsRecordingServer final : public QTcpServer
{
public:
    TlsRecordingServer()
        : m_certificate(readResource(QStringLiteral(":/wire/localhost.crt")))
        , m_key(readResource(QStringLiteral(":/wire/localhost.key")), QSsl::Rsa)
    {}

    bool hasCredentials() const
    {
        return !m_certificate.isNull() && !m_key.isNull();
    }

    QSslCertificate certificate() const
    {
        return m_certificate;
    }

    int connections = 0;
    int completedHandshakes = 0;
    QByteArray plaintext;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++completedHandshakes; });
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { plaintext += socket->readAll(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        // Not handed to addPendingConnection(): nobody takes it from there, and ~QTcpServer would
        // delete it a second time after disconnected() already did.
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

// The client must refuse a server whose certificate it cannot verify, before any request byte
// (and so before the token) is sent.
class TestTlsWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void trustingClientReachesTheServer();
};

void TestTlsWire::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend with OpenSSL is available to Qt here; the TLS refusal cannot be tested.");
}

void TestTlsWire::untrustedCertificateIsRefused_data()
{
    QTest::addColumn<bool>("credits");

    QTest::newRow("delete batch") << false;
    QTest::newRow("credits") << true;
}

void TestTlsWire::untrustedCertificateIsRefused()
{
    QFETCH(bool, credits);

    TlsRecordingServer server;
    QVERIFY(server.hasCredentials());
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    ExtractaClient client(&network);
    QString problem;
    const ApiEndpoint endpoint =
        ApiEndpoint::parse(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(server.serverPort()), &problem);
    QVERIFY2(endpoint.isValid(), qPrintable(problem));
    client.setEndpoint(endpoint);
    client.setToken(Token);

    ApiCall* call =
        credits ? client.fetchCredits() : client.deleteBatch(InvoicesClassification, InvoicesFirstBatch);
    OutcomeCatcher catcher(call);
    QVERIFY(catcher.wait());
    const std::optional<ApiOutcome> outcome = catcher.outcome();

    QVERIFY2(outcome->kind == ApiOutcome::Kind::InsecureRefused, qPrintable(outcome->detail));
    QCOMPARE(outcome->httpStatus, 0);
    QVERIFY(!outcome->detail.isEmpty());
    QVERIFY2(server.connections > 0, "the client never reached the TLS server; the test proves nothing");
    QCOMPARE(server.completedHandshakes, 0);
    QVERIFY2(!server.plaintext.contains("Authorization"), server.plaintext.constData());
    QVERIFY(!server.plaintext.contains(Token.toUtf8()));
    QVERIFY(server.plaintext.isEmpty());
}

// The control experiment: a client that trusts the certificate completes the handshake and the
// server does read what it sends. So the refusal above is about trust, not a broken server.
void TestTlsWire::trustingClientReachesTheServer()
{
    TlsRecordingServer server;
    QVERIFY(server.hasCredentials());
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QSslSocket client;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({server.certificate()});
    client.setSslConfiguration(configuration);
    client.setProxy(QNetworkProxy::NoProxy);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(client.isEncrypted(), 10'000);
    client.write("GET /api/v1/credits HTTP/1.1\r\n\r\n");
    QTRY_VERIFY(server.plaintext.startsWith("GET /api/v1/credits"));
    QCOMPARE(server.completedHandshakes, 1);
}

QTEST_GUILESS_MAIN(TestTlsWire)
#include "tst_tlswire.moc"
