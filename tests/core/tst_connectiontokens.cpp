// ConnectionTokens: each connection's token under its own entry, in the store the settings say is in
// force; a malformed token never reaches a store; removal clears both stores; one answer per call.
#include "core/settings/appsettings.h"
#include "core/tokens/connectiontokens.h"
#include "core/tokens/tokenstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Looks like a key, is not one. Never printed: compared with QVERIFY(a == b) only.
const QString Token = QStringLiteral("eba-conntokens-4Lq9ZxV2");
const QString Other = QStringLiteral("eba-conntokens-other-8Kp");

struct Fixture
{
    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    ConnectionTokens tokens{&keychain, &plainFile, settings};
};

TokenStore::Status statusIn(MemoryTokenStore& store, const QString& entry, QString* token = nullptr)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(entry);
    if (spy.isEmpty() && !spy.wait(2000))
        return TokenStore::Status::Failed;
    if (token)
        *token = spy.first().at(2).toString();
    return spy.first().at(1).value<TokenStore::Status>();
}

} // namespace

class TestConnectionTokens : public QObject
{
    Q_OBJECT

private slots:
    void writesUnderTheEntryInTheKeychain();
    void writesToThePlainFileWhenChosen();
    void refusesAMalformedToken();
    void readsAndChecksOneEntryOnly();
    void removeClearsBothStores();
    void removeReportsAnUnavailableKeychain();
    void answersComeFromTheEventLoopToo();
};

void TestConnectionTokens::writesUnderTheEntryInTheKeychain()
{
    Fixture f;
    QSignalSpy written(&f.tokens, &ConnectionTokens::writeFinished);
    f.tokens.write(QStringLiteral("a"), QStringLiteral("  ") + Token + QStringLiteral("\n"));
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.first().at(0).toString(), QStringLiteral("a"));
    QCOMPARE(written.first().at(1).value<TokenStore::Status>(), TokenStore::Status::Ok);
    QString stored;
    QCOMPARE(statusIn(f.keychain, QStringLiteral("a"), &stored), TokenStore::Status::Ok);
    QVERIFY(stored == Token);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("b")), TokenStore::Status::NotFound);
    QCOMPARE(statusIn(f.plainFile, QStringLiteral("a")), TokenStore::Status::NotFound);

    // Replacing keeps one token per entry.
    f.tokens.write(QStringLiteral("a"), Other);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("a"), &stored), TokenStore::Status::Ok);
    QVERIFY(stored == Other);
}

void TestConnectionTokens::writesToThePlainFileWhenChosen()
{
    Fixture f;
    f.settings.setTokenStorage(AppSettings::TokenStorage::PlainFile);
    QSignalSpy written(&f.tokens, &ConnectionTokens::writeFinished);
    f.tokens.write(QStringLiteral("a"), Token);
    QCOMPARE(written.count(), 1);
    QCOMPARE(statusIn(f.plainFile, QStringLiteral("a")), TokenStore::Status::Ok);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("a")), TokenStore::Status::NotFound);
}

void TestConnectionTokens::refusesAMalformedToken()
{
    Fixture f;
    QSignalSpy written(&f.tokens, &ConnectionTokens::writeFinished);
    QSignalSpy storeWrites(&f.keychain, &TokenStore::writeFinished);
    for (const QString& bad :
         {QString(), QStringLiteral("   "), QStringLiteral("two words"), QStringLiteral("line\nbreak")}) {
        f.tokens.write(QStringLiteral("a"), bad);
    }
    QCOMPARE(written.count(), 4);
    for (const QList<QVariant>& answer : std::as_const(written))
        QCOMPARE(answer.at(1).value<TokenStore::Status>(), TokenStore::Status::Failed);
    QCOMPARE(storeWrites.count(), 0);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("a")), TokenStore::Status::NotFound);
}

void TestConnectionTokens::readsAndChecksOneEntryOnly()
{
    Fixture f;
    f.keychain.write(QStringLiteral("a"), Token);
    QSignalSpy read(&f.tokens, &ConnectionTokens::readFinished);
    QSignalSpy checked(&f.tokens, &ConnectionTokens::checkFinished);
    f.tokens.read(QStringLiteral("a"));
    f.tokens.check(QStringLiteral("a"));
    f.tokens.check(QStringLiteral("b"));
    QCOMPARE(read.count(), 1);
    QVERIFY(read.first().at(2).toString() == Token);
    QCOMPARE(checked.count(), 2);
    QCOMPARE(checked.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(checked.at(0).at(1).toBool(), true);
    QCOMPARE(checked.at(1).at(0).toString(), QStringLiteral("b"));
    QCOMPARE(checked.at(1).at(1).toBool(), false);
    QCOMPARE(checked.at(1).at(2).value<TokenStore::Status>(), TokenStore::Status::NotFound);
    // The check never hands the token out.
    for (const QList<QVariant>& answer : std::as_const(checked)) {
        for (const QVariant& argument : answer)
            QVERIFY(argument.toString() != Token);
    }
}

void TestConnectionTokens::removeClearsBothStores()
{
    Fixture f;
    f.keychain.write(QStringLiteral("a"), Token);
    f.plainFile.write(QStringLiteral("a"), Token);
    f.keychain.write(QStringLiteral("b"), Other);
    QSignalSpy removed(&f.tokens, &ConnectionTokens::removeFinished);
    f.tokens.remove(QStringLiteral("a"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).value<TokenStore::Status>(), TokenStore::Status::Ok);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("a")), TokenStore::Status::NotFound);
    QCOMPARE(statusIn(f.plainFile, QStringLiteral("a")), TokenStore::Status::NotFound);
    QCOMPARE(statusIn(f.keychain, QStringLiteral("b")), TokenStore::Status::Ok);

    f.tokens.remove(QStringLiteral("a"));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(1).at(1).value<TokenStore::Status>(), TokenStore::Status::NotFound);
}

void TestConnectionTokens::removeReportsAnUnavailableKeychain()
{
    Fixture f;
    f.keychain.setUnavailable(true);
    QSignalSpy removed(&f.tokens, &ConnectionTokens::removeFinished);
    f.tokens.remove(QStringLiteral("a"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).value<TokenStore::Status>(), TokenStore::Status::Unavailable);
    QVERIFY(!removed.first().at(2).toString().isEmpty());
}

void TestConnectionTokens::answersComeFromTheEventLoopToo()
{
    Fixture f;
    f.keychain.setDeferredAnswers(true);
    f.plainFile.setDeferredAnswers(true);
    QSignalSpy written(&f.tokens, &ConnectionTokens::writeFinished);
    QSignalSpy removed(&f.tokens, &ConnectionTokens::removeFinished);
    f.tokens.write(QStringLiteral("a"), Token);
    f.tokens.write(QStringLiteral("b"), Other);
    QCOMPARE(written.count(), 0);
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(written.at(0).at(0).toString(), QStringLiteral("a"));
    QCOMPARE(written.at(1).at(0).toString(), QStringLiteral("b"));
    f.tokens.remove(QStringLiteral("b"));
    QTRY_COMPARE(removed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).value<TokenStore::Status>(), TokenStore::Status::Ok);
}

QTEST_MAIN(TestConnectionTokens)
#include "tst_connectiontokens.moc"
