#include "plainfiletokenstore.h"
#include "tokenstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Status = TokenStore::Status;

namespace {

// Obviously fake tokens; compared with QVERIFY so that a failure never prints them.
const QString tokenA = QStringLiteral("fake-token-aaaa-0001");
const QString tokenB = QStringLiteral("fake-token-bbbb-0002");
const QString connectionA = QStringLiteral("default");
const QString connectionB = QStringLiteral("staging");

struct ReadResult
{
    Status status = Status::Failed;
    QString token;
    QString message;
    bool answered = false;
};

struct Result
{
    Status status = Status::Failed;
    QString message;
    bool answered = false;
};

// Each call must answer exactly once, for the connection asked about.
ReadResult readToken(TokenStore& store, const QString& connection)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(connection);
    ReadResult result;
    if (spy.isEmpty() && !spy.wait(5000))
        return result;
    if (spy.count() != 1 || spy.at(0).at(0).toString() != connection)
        return result;
    result.answered = true;
    result.status = spy.at(0).at(1).value<Status>();
    result.token = spy.at(0).at(2).toString();
    result.message = spy.at(0).at(3).toString();
    return result;
}

Result writeToken(TokenStore& store, const QString& connection, const QString& token)
{
    QSignalSpy spy(&store, &TokenStore::writeFinished);
    store.write(connection, token);
    Result result;
    if (spy.isEmpty() && !spy.wait(5000))
        return result;
    if (spy.count() != 1 || spy.at(0).at(0).toString() != connection)
        return result;
    result.answered = true;
    result.status = spy.at(0).at(1).value<Status>();
    result.message = spy.at(0).at(2).toString();
    return result;
}

Result removeToken(TokenStore& store, const QString& connection)
{
    QSignalSpy spy(&store, &TokenStore::removeFinished);
    store.remove(connection);
    Result result;
    if (spy.isEmpty() && !spy.wait(5000))
        return result;
    if (spy.count() != 1 || spy.at(0).at(0).toString() != connection)
        return result;
    result.answered = true;
    result.status = spy.at(0).at(1).value<Status>();
    result.message = spy.at(0).at(2).toString();
    return result;
}

} // namespace

class TestTokenStores : public QObject
{
    Q_OBJECT

private slots:
    void memoryRoundTrip();
    void memoryKeepsConnectionsApart();
    void memoryUnavailable();

    void plainFileRoundTrip();
    void plainFileTwoConnections();
    void plainFileOverwrite();
    void plainFilePermissions();
    void plainFileTightensExistingPermissions();
    void plainFileCorrupt_data();
    void plainFileCorrupt();
};

void TestTokenStores::memoryRoundTrip()
{
    MemoryTokenStore store;

    ReadResult read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.token.isEmpty());

    const Result written = writeToken(store, connectionA, tokenA);
    QVERIFY(written.answered);
    QCOMPARE(written.status, Status::Ok);

    read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);

    Result removed = removeToken(store, connectionA);
    QVERIFY(removed.answered);
    QCOMPARE(removed.status, Status::Ok);

    read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.token.isEmpty());

    removed = removeToken(store, connectionA);
    QVERIFY(removed.answered);
    QCOMPARE(removed.status, Status::NotFound);
}

void TestTokenStores::memoryKeepsConnectionsApart()
{
    MemoryTokenStore store;
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    QCOMPARE(writeToken(store, connectionB, tokenB).status, Status::Ok);

    ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
    read = readToken(store, connectionB);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenB);

    QCOMPARE(removeToken(store, connectionA).status, Status::Ok);
    QCOMPARE(readToken(store, connectionA).status, Status::NotFound);
    read = readToken(store, connectionB);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenB);
}

void TestTokenStores::memoryUnavailable()
{
    MemoryTokenStore store;
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);

    store.setUnavailable(true);
    const ReadResult read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::Unavailable);
    QVERIFY(read.token.isEmpty());
    QVERIFY(!read.message.isEmpty());

    const Result written = writeToken(store, connectionA, tokenB);
    QVERIFY(written.answered);
    QCOMPARE(written.status, Status::Unavailable);
    QVERIFY(!written.message.isEmpty());

    const Result removed = removeToken(store, connectionA);
    QVERIFY(removed.answered);
    QCOMPARE(removed.status, Status::Unavailable);
    QVERIFY(!removed.message.isEmpty());

    // Nothing changed while the service was away.
    store.setUnavailable(false);
    const ReadResult after = readToken(store, connectionA);
    QCOMPARE(after.status, Status::Ok);
    QVERIFY(after.token == tokenA);
}

void TestTokenStores::plainFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folder does not exist yet: the store creates it.
    const QString path = dir.filePath(QStringLiteral("config/extracta-batch-admin/token.json"));
    PlainFileTokenStore store(path);
    QCOMPARE(store.filePath(), path);

    ReadResult read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(!QFile::exists(path));

    const Result written = writeToken(store, connectionA, tokenA);
    QVERIFY(written.answered);
    QCOMPARE(written.status, Status::Ok);
    QVERIFY2(written.message.isEmpty(), qPrintable(written.message));
    QVERIFY(QFile::exists(path));

    // A second store on the same file (the next session) finds it.
    PlainFileTokenStore nextSession(path);
    read = readToken(nextSession, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);

    const Result removed = removeToken(store, connectionA);
    QVERIFY(removed.answered);
    QCOMPARE(removed.status, Status::Ok);
    // Removing the last entry removes the file: no empty token file lingers.
    QVERIFY(!QFile::exists(path));

    read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.token.isEmpty());
    QCOMPARE(removeToken(store, connectionA).status, Status::NotFound);
}

void TestTokenStores::plainFileTwoConnections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.json"));
    PlainFileTokenStore store(path);

    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    QCOMPARE(writeToken(store, connectionB, tokenB).status, Status::Ok);

    ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
    read = readToken(store, connectionB);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenB);
    QCOMPARE(readToken(store, QStringLiteral("unknown")).status, Status::NotFound);

    QCOMPARE(removeToken(store, connectionA).status, Status::Ok);
    QVERIFY(QFile::exists(path));
    QCOMPARE(readToken(store, connectionA).status, Status::NotFound);
    read = readToken(store, connectionB);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenB);

    QCOMPARE(removeToken(store, connectionB).status, Status::Ok);
    QVERIFY(!QFile::exists(path));
}

void TestTokenStores::plainFileOverwrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PlainFileTokenStore store(dir.filePath(QStringLiteral("token.json")));

    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    QCOMPARE(writeToken(store, connectionA, tokenB).status, Status::Ok);
    const ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenB);

    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(tokenA.toUtf8()), "the replaced token is still in the file");
}

void TestTokenStores::plainFilePermissions()
{
#ifdef Q_OS_WIN
    QSKIP("Unix file permissions do not apply on Windows.");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.json"));
    PlainFileTokenStore store(path);
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);

    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QCOMPARE(permissions & owner, owner);
    const QFileDevice::Permissions others =
        QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY2((permissions & others) == 0,
             qPrintable(QStringLiteral("permissions 0x%1").arg(int(permissions), 0, 16)));

    // Still so after a second write (the file is replaced, not appended to).
    QCOMPARE(writeToken(store, connectionB, tokenB).status, Status::Ok);
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
}

void TestTokenStores::plainFileTightensExistingPermissions()
{
#ifdef Q_OS_WIN
    QSKIP("Unix file permissions do not apply on Windows.");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.json"));
    {
        // Left behind world-readable by something else.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{}") == 2);
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
    }
    PlainFileTokenStore store(path);
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
#endif
}

void TestTokenStores::plainFileCorrupt_data()
{
    QTest::addColumn<QByteArray>("contents");

    QTest::newRow("not json") << QByteArray("this is not json {");
    QTest::newRow("truncated json") << QByteArray(R"({"default":"fake-tok)");
    QTest::newRow("json array") << QByteArray(R"(["fake-token"])");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
}

void TestTokenStores::plainFileCorrupt()
{
    QFETCH(QByteArray, contents);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }
    PlainFileTokenStore store(path);

    const ReadResult read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QCOMPARE(read.status, Status::Failed);
    QVERIFY(read.token.isEmpty());
    QVERIFY(!read.message.isEmpty());

    const Result removed = removeToken(store, connectionA);
    QVERIFY(removed.answered);
    QCOMPARE(removed.status, Status::Failed);
    QVERIFY(!removed.message.isEmpty());
    // A failed removal leaves the file alone.
    QVERIFY(QFile::exists(path));

    // Saving again replaces the unusable file with a usable one.
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    const ReadResult after = readToken(store, connectionA);
    QCOMPARE(after.status, Status::Ok);
    QVERIFY(after.token == tokenA);
}

QTEST_GUILESS_MAIN(TestTokenStores)
#include "tst_tokenstores.moc"
