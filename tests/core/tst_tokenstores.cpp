#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenstore.h"
#include "filemodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

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

// A token file as the app writes it, holding `token` for connection A.
bool writeTokenFile(const QString& path, const QString& token)
{
    QFile file(path);
    const QByteArray bytes = QJsonDocument(QJsonObject{{connectionA, token}}).toJson();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

Q_DECLARE_METATYPE(PlainFileTokenStore::OpenFile)

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
    void plainFileOpenToOthers_data();
    void plainFileOpenToOthers();
    void plainFileOpenToOthersCanBeMadePrivate();
    void plainFileSymlinkIsNeverFollowed_data();
    void plainFileSymlinkIsNeverFollowed();
    void plainFileInASymlinkedFolder();
    void plainFileOfAnotherAccountIsRefused();
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

void TestTokenStores::plainFileOpenToOthers_data()
{
    QTest::addColumn<PlainFileTokenStore::OpenFile>("policy");
    QTest::newRow("refuse (the app)") << PlainFileTokenStore::OpenFile::Refuse;
    QTest::newRow("use with a warning (the CLI)") << PlainFileTokenStore::OpenFile::UseWithWarning;
}

// A token file that other accounts can read is never used without a word: the app refuses it, the CLI
// uses it and warns. It is not changed behind the user's back; a private file is used silently.
void TestTokenStores::plainFileOpenToOthers()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QFETCH(PlainFileTokenStore::OpenFile, policy);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    QVERIFY(writeTokenFile(path, tokenA));
    QVERIFY(setModeOf(path, 0644));
    PlainFileTokenStore store(path, policy);
    QVERIFY(store.isOpenToOthers());

    ReadResult read = readToken(store, connectionA);
    QVERIFY(read.answered);
    QVERIFY2(read.message.contains(QLatin1String("other user accounts")), qPrintable(read.message));
    QVERIFY2(read.message.contains(QLatin1String("0644")), qPrintable(read.message));
    QVERIFY2(read.message.contains(QDir::toNativeSeparators(path)), qPrintable(read.message));
    if (policy == PlainFileTokenStore::OpenFile::Refuse) {
        QCOMPARE(read.status, Status::Failed);
        QVERIFY(read.token.isEmpty());
    } else {
        QCOMPARE(read.status, Status::Ok);
        QVERIFY(read.token == tokenA);
    }
    QCOMPARE(modeOf(path), 0644);

    QVERIFY(setModeOf(path, 0600));
    QVERIFY(!store.isOpenToOthers());
    read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
    QVERIFY2(read.message.isEmpty(), qPrintable(read.message));
#endif
}

void TestTokenStores::plainFileOpenToOthersCanBeMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    QVERIFY(writeTokenFile(path, tokenA));
    QVERIFY(setModeOf(path, 0664));
    PlainFileTokenStore store(path);
    QCOMPARE(readToken(store, connectionA).status, Status::Failed);
    QString error;
    QVERIFY2(store.restrictAccess(&error), qPrintable(error));
    QCOMPARE(modeOf(path), 0600);
    const ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
#endif
}

void TestTokenStores::plainFileSymlinkIsNeverFollowed_data()
{
    QTest::addColumn<QByteArray>("victim"); // empty: the link leads nowhere
    QTest::newRow("to a file that is no token file") << QByteArray("precious data of someone else\n");
    QTest::newRow("to another token file")
        << QJsonDocument(QJsonObject{{connectionA, tokenB}}).toJson(QJsonDocument::Compact);
    QTest::newRow("leading nowhere") << QByteArray();
}

// Someone put a link where the token file goes. Saving the token replaces the link itself with a
// private file, leaving whatever it pointed to as it was; reading never goes through it either.
void TestTokenStores::plainFileSymlinkIsNeverFollowed()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links as POSIX has them");
#else
    QFETCH(QByteArray, victim);
    QTemporaryDir dir;
    const QString victimPath = dir.filePath(QStringLiteral("victim"));
    if (!victim.isEmpty()) {
        QFile file(victimPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(victim), victim.size());
        file.close();
        QVERIFY(setModeOf(victimPath, 0600));
    }
    const QString path = dir.filePath(QStringLiteral("config/credentials.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const auto placeLink = [&] {
        return QFile::link(victimPath, path);
    };

    QVERIFY(placeLink());
    PlainFileTokenStore store(path);
    const Result written = writeToken(store, connectionA, tokenA);
    QCOMPARE(written.status, Status::Ok);
    QVERIFY2(readBytes(victimPath) == victim, "the file behind the link was changed");
    QCOMPARE(QFileInfo::exists(victimPath), !victim.isEmpty());
    QVERIFY(!QFileInfo(path).isSymLink());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(modeOf(path), 0600);
    ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
    // No temporary file is left next to it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("credentials.json")});

    QVERIFY(QFile::remove(path));
    QVERIFY(placeLink());
    for (const auto policy :
         {PlainFileTokenStore::OpenFile::Refuse, PlainFileTokenStore::OpenFile::UseWithWarning}) {
        PlainFileTokenStore reader(path, policy);
        read = readToken(reader, connectionA);
        QCOMPARE(read.status, Status::Failed);
        QVERIFY(read.token.isEmpty());
        QVERIFY2(read.message.contains(QLatin1String("symbolic link")), qPrintable(read.message));
    }
    QVERIFY2(readBytes(victimPath) == victim, "the file behind the link was changed");
#endif
}

// A folder of the user's that is a link (dotfiles kept elsewhere) is used as the folder it leads to:
// the token file is written there, private, as a file of its own.
void TestTokenStores::plainFileInASymlinkedFolder()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links as POSIX has them");
#else
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("dotfiles/extracta-batch-admin"));
    QVERIFY(QDir().mkpath(real));
    QVERIFY(QFile::link(real, dir.filePath(QStringLiteral("config"))));
    const QString path = dir.filePath(QStringLiteral("config/credentials.json"));
    PlainFileTokenStore store(path);
    QCOMPARE(writeToken(store, connectionA, tokenA).status, Status::Ok);
    const QString written = real + QStringLiteral("/credentials.json");
    QVERIFY(QFileInfo(written).isFile());
    QVERIFY(!QFileInfo(written).isSymLink());
    QCOMPARE(modeOf(written), 0600);
    const ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.token == tokenA);
#endif
}

void TestTokenStores::plainFileOfAnotherAccountIsRefused()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX owners");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    QVERIFY(writeTokenFile(path, tokenA));
    QVERIFY(setModeOf(path, 0600));
    constexpr uid_t Nobody = 65534;
    if (::chown(QFile::encodeName(path).constData(), Nobody, gid_t(-1)) != 0)
        QSKIP("Only root can give a file to another account");
    PlainFileTokenStore store(path, PlainFileTokenStore::OpenFile::UseWithWarning);
    const ReadResult read = readToken(store, connectionA);
    QCOMPARE(read.status, Status::Failed);
    QVERIFY(read.token.isEmpty());
    QVERIFY2(read.message.contains(QLatin1String("another user account")), qPrintable(read.message));
#endif
}

QTEST_GUILESS_MAIN(TestTokenStores)
#include "tst_tokenstores.moc"
