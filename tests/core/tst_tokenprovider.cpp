#include "core/tokens/tokenprovider.h"
#include "core/tokens/tokenstore.h"

#include <QSignalSpy>
#include <QTest>

using Source = TokenProvider::Source;
using Destination = TokenProvider::Destination;
using Status = TokenStore::Status;

namespace {

// Obviously fake tokens; compared with QVERIFY so that a failure never prints them.
const QString envToken = QStringLiteral("fake-env-token-1111");
const QString savedToken = QStringLiteral("fake-saved-token-2222");
const QString newToken = QStringLiteral("fake-new-token-3333");
const QString connection = QStringLiteral("default");

// Puts a token straight into a store, as an earlier session would have.
bool preload(TokenStore& store, const QString& token, const QString& key = connection)
{
    QSignalSpy spy(&store, &TokenStore::writeFinished);
    store.write(key, token);
    return (!spy.isEmpty() || spy.wait(5000)) && spy.at(0).at(1).value<Status>() == Status::Ok;
}

// What a store holds for the connection: its status and token.
std::pair<Status, QString> stored(TokenStore& store, const QString& key = connection)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    if (spy.isEmpty() && !spy.wait(5000))
        return {Status::Failed, QString()};
    return {spy.at(0).at(1).value<Status>(), spy.at(0).at(2).toString()};
}

bool loadAndWait(TokenProvider& provider, Destination from)
{
    QSignalSpy spy(&provider, &TokenProvider::loadFinished);
    provider.load(from);
    return (spy.count() == 1 || spy.wait(5000)) && spy.count() == 1;
}

} // namespace

class TestTokenProvider : public QObject
{
    Q_OBJECT

private slots:
    void startsWithoutToken();
    void loadFromKeychain();
    void loadFromPlainFile();
    void loadNothingSaved();
    void loadKeychainUnavailable();
    void loadKeepsTokenChosenThisSession();
    void environmentWinsOverSaved();
    void environmentSetBeforeLoad();
    void saveToKeychain();
    void saveToUnavailableKeychain();
    void saveForSessionOnly();
    void saveToPlainFile();
    void saveTrimsToken();
    void forgetClearsEverything();
    void forgetWithUnavailableKeychain();
    void demoTokenTouchesNoStore();
    void describeEverySource();
};

void TestTokenProvider::startsWithoutToken()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QVERIFY(!provider.hasToken());
    QVERIFY(provider.token().isEmpty());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY(!provider.isBusy());
    QVERIFY(provider.loadProblem().isEmpty());
}

void TestTokenProvider::loadFromKeychain()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);

    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(provider.hasToken());
    QVERIFY(provider.token() == savedToken);
    QCOMPARE(provider.source(), Source::Keychain);
    QVERIFY(provider.loadProblem().isEmpty());
    QVERIFY(!provider.isBusy());
    QVERIFY(changed.count() >= 1);
}

void TestTokenProvider::loadFromPlainFile()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(plainFile, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);

    QVERIFY(loadAndWait(provider, Destination::PlainFile));
    QVERIFY(provider.token() == savedToken);
    QCOMPARE(provider.source(), Source::PlainFile);
    QVERIFY(!provider.isBusy());
}

void TestTokenProvider::loadNothingSaved()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    // A token for another connection is not ours.
    QVERIFY(preload(keychain, savedToken, QStringLiteral("another-connection")));
    TokenProvider provider(&keychain, &plainFile, connection);

    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(!provider.hasToken());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY(provider.loadProblem().isEmpty());
    QVERIFY(!provider.isBusy());
}

void TestTokenProvider::loadKeychainUnavailable()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    keychain.setUnavailable(true);
    TokenProvider provider(&keychain, &plainFile, connection);

    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(!provider.hasToken());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY(!provider.loadProblem().trimmed().isEmpty());
    QVERIFY(!provider.isBusy());

    // The problem goes away once the keychain answers again.
    keychain.setUnavailable(false);
    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(provider.loadProblem().isEmpty());
    QVERIFY(provider.token() == savedToken);
}

void TestTokenProvider::loadKeepsTokenChosenThisSession()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);

    provider.save(newToken, Destination::Session);
    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(provider.token() == newToken);
    QCOMPARE(provider.source(), Source::Session);
}

void TestTokenProvider::environmentWinsOverSaved()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);
    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QCOMPARE(provider.source(), Source::Keychain);

    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    provider.setEnvironmentToken(QStringLiteral("  ") + envToken + QStringLiteral("\n"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(provider.token() == envToken);
    QCOMPARE(provider.source(), Source::Environment);

    // Saving a token for later does not override the environment either.
    provider.save(newToken, Destination::Session);
    QVERIFY(provider.token() == envToken);
    QCOMPARE(provider.source(), Source::Environment);

    // A blank environment variable is a mistake to report, never a reason to use another token.
    provider.setEnvironmentToken(QStringLiteral("   "));
    QVERIFY(provider.token().isEmpty());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY2(provider.loadProblem().contains(QStringLiteral("EXTRACTA_API_TOKEN")),
             qPrintable(provider.loadProblem()));
}

void TestTokenProvider::environmentSetBeforeLoad()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);
    provider.setEnvironmentToken(envToken);

    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(provider.token() == envToken);
    QCOMPARE(provider.source(), Source::Environment);

    provider.setEnvironmentToken(QString());
    QVERIFY(provider.token().isEmpty());
    QCOMPARE(provider.source(), Source::None);
}

void TestTokenProvider::saveToKeychain()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);

    provider.save(newToken, Destination::Keychain);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<Destination>(), Destination::Keychain);
    QCOMPARE(saved.at(0).at(1).value<Status>(), Status::Ok);
    QVERIFY(saved.at(0).at(2).toString().isEmpty());
    QVERIFY(changed.count() >= 1);
    QVERIFY(provider.token() == newToken);
    QCOMPARE(provider.source(), Source::Keychain);
    QVERIFY(!provider.isBusy());

    const auto [keychainStatus, keychainToken] = stored(keychain);
    QCOMPARE(keychainStatus, Status::Ok);
    QVERIFY(keychainToken == newToken);
    QCOMPARE(stored(plainFile).first, Status::NotFound);
}

void TestTokenProvider::saveToUnavailableKeychain()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    provider.save(savedToken, Destination::Session);
    QVERIFY(provider.token() == savedToken);

    keychain.setUnavailable(true);
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    provider.save(newToken, Destination::Keychain);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<Destination>(), Destination::Keychain);
    QCOMPARE(saved.at(0).at(1).value<Status>(), Status::Unavailable);
    QVERIFY(!saved.at(0).at(2).toString().trimmed().isEmpty());
    QVERIFY2(!saved.at(0).at(2).toString().contains(newToken), "the message repeats the token");

    // Nothing changed: the token in use stays the one from before.
    QCOMPARE(changed.count(), 0);
    QVERIFY(provider.token() == savedToken);
    QCOMPARE(provider.source(), Source::Session);
    QVERIFY(!provider.isBusy());
    QCOMPARE(stored(plainFile).first, Status::NotFound);
}

void TestTokenProvider::saveForSessionOnly()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);

    provider.save(newToken, Destination::Session);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<Destination>(), Destination::Session);
    QCOMPARE(saved.at(0).at(1).value<Status>(), Status::Ok);
    QVERIFY(changed.count() >= 1);
    QVERIFY(provider.token() == newToken);
    QCOMPARE(provider.source(), Source::Session);
    // Session only: no store holds it.
    QCOMPARE(stored(keychain).first, Status::NotFound);
    QCOMPARE(stored(plainFile).first, Status::NotFound);
}

void TestTokenProvider::saveToPlainFile()
{
    MemoryTokenStore keychain;
    keychain.setUnavailable(true);
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);

    provider.save(newToken, Destination::PlainFile);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<Destination>(), Destination::PlainFile);
    QCOMPARE(saved.at(0).at(1).value<Status>(), Status::Ok);
    QVERIFY(provider.token() == newToken);
    QCOMPARE(provider.source(), Source::PlainFile);

    const auto [plainStatus, plainToken] = stored(plainFile);
    QCOMPARE(plainStatus, Status::Ok);
    QVERIFY(plainToken == newToken);
}

void TestTokenProvider::saveTrimsToken()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);

    // A token pasted with a trailing newline.
    provider.save(QStringLiteral(" ") + newToken + QStringLiteral("\r\n"), Destination::Keychain);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(provider.token() == newToken);
    QVERIFY(stored(keychain).second == newToken);
}

void TestTokenProvider::forgetClearsEverything()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(keychain, savedToken));
    QVERIFY(preload(plainFile, savedToken));
    // Another connection's token survives.
    QVERIFY(preload(keychain, newToken, QStringLiteral("another-connection")));
    TokenProvider provider(&keychain, &plainFile, connection);
    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(provider.hasToken());

    QSignalSpy forgotten(&provider, &TokenProvider::forgetFinished);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    provider.forget();
    QTRY_COMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.at(0).at(0).value<Status>(), Status::Ok);
    QVERIFY(changed.count() >= 1);
    QVERIFY(!provider.hasToken());
    QVERIFY(provider.token().isEmpty());
    QCOMPARE(provider.source(), Source::None);
    QVERIFY(!provider.isBusy());

    QCOMPARE(stored(keychain).first, Status::NotFound);
    QCOMPARE(stored(plainFile).first, Status::NotFound);
    QCOMPARE(stored(keychain, QStringLiteral("another-connection")).first, Status::Ok);

    // Nothing comes back on the next load.
    QVERIFY(loadAndWait(provider, Destination::Keychain));
    QVERIFY(!provider.hasToken());
}

void TestTokenProvider::forgetWithUnavailableKeychain()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    QVERIFY(preload(plainFile, savedToken));
    TokenProvider provider(&keychain, &plainFile, connection);
    QVERIFY(loadAndWait(provider, Destination::PlainFile));
    QVERIFY(provider.hasToken());

    keychain.setUnavailable(true);
    QSignalSpy forgotten(&provider, &TokenProvider::forgetFinished);
    provider.forget();
    QTRY_COMPARE(forgotten.count(), 1);
    // The token lived in the file and is gone from it: that is a successful removal, whatever the
    // (unused) keychain says.
    QCOMPARE(forgotten.at(0).at(0).value<Status>(), Status::Ok);
    QVERIFY(!provider.hasToken());
    QCOMPARE(stored(plainFile).first, Status::NotFound);

    // With nothing left anywhere, the keychain's trouble is what gets reported.
    QSignalSpy again(&provider, &TokenProvider::forgetFinished);
    provider.forget();
    QTRY_COMPARE(again.count(), 1);
    QCOMPARE(again.at(0).at(0).value<Status>(), Status::Unavailable);
    QVERIFY(!again.at(0).at(1).toString().isEmpty());
}

void TestTokenProvider::demoTokenTouchesNoStore()
{
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TokenProvider provider(&keychain, &plainFile, connection);
    QSignalSpy written(&keychain, &TokenStore::writeFinished);
    QSignalSpy writtenPlain(&plainFile, &TokenStore::writeFinished);

    provider.useDemoToken(QStringLiteral("fake-demo-token"));
    QVERIFY(provider.hasToken());
    QCOMPARE(provider.source(), Source::Demo);
    QCOMPARE(written.count(), 0);
    QCOMPARE(writtenPlain.count(), 0);
    QCOMPARE(stored(keychain).first, Status::NotFound);
}

void TestTokenProvider::describeEverySource()
{
    QStringList seen;
    for (const Source source : {Source::None, Source::Environment, Source::Session, Source::Keychain,
                                Source::PlainFile, Source::Demo}) {
        const QString text = TokenProvider::describe(source);
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen << text;
    }
    QVERIFY(TokenProvider::describe(Source::Environment).contains(QStringLiteral("EXTRACTA_API_TOKEN")));
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
