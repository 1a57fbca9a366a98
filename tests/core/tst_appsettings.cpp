#include "core/settings/appidentity.h"
#include "core/settings/appsettings.h"
#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenprovider.h"
#include "core/tokens/tokenstore.h"
#include "filemodes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using IdKind = AppSettings::IdKind;
using TokenStorage = AppSettings::TokenStorage;

namespace {

// A settings file of its own in a fresh temporary folder.
struct SettingsFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("settings.ini"));

    std::unique_ptr<QSettings> open() const
    {
        return std::make_unique<QSettings>(path, QSettings::IniFormat);
    }
};

QStringList ids(const QString& prefix, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("%1%2").arg(prefix).arg(i);
    return list;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void savedApiBaseUrl();
    void timeoutSetter_data();
    void timeoutSetter();
    void timeoutStoredValue_data();
    void timeoutStoredValue();
    void tokenStorageRoundTrip();
    void windowGeometryRoundTrip();
    void firstRunCompletedSurvivesReopening();
    void pushRecent_data();
    void pushRecent();
    void rememberIdKeepsHostsAndKindsApart();
    void rememberIdIsMostRecentFirstAndCapped();
    void rememberIdSurvivesReopening();
    void settingsFileHoldsNoToken();
    void settingsFileStaysPrivateWhenWritten();
};

void TestAppSettings::defaults()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    const AppSettings settings(*qsettings);

    QVERIFY(!settings.savedApiBaseUrl());
    QCOMPARE(settings.timeoutSeconds(), AppSettings::DefaultTimeoutSeconds);
    QCOMPARE(AppSettings::DefaultTimeoutSeconds, 30);
    QVERIFY(settings.tokenStorage() == TokenStorage::Keychain);
    QVERIFY(settings.recentIds(QStringLiteral("api.extracta.ai"), IdKind::Classification).isEmpty());
    QVERIFY(settings.recentIds(QStringLiteral("api.extracta.ai"), IdKind::Batch).isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(!settings.firstRunCompleted());
}

void TestAppSettings::savedApiBaseUrl()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);

    settings.setSavedApiBaseUrl(QStringLiteral("  https://api.example.com/api/v1 "));
    QCOMPARE(settings.savedApiBaseUrl(), QStringLiteral("https://api.example.com/api/v1"));
    settings.sync();
    {
        auto reopened = file.open();
        QCOMPARE(AppSettings(*reopened).savedApiBaseUrl(), QStringLiteral("https://api.example.com/api/v1"));
    }
    // A blank URL is kept as what it is, to be refused, not taken to mean the default.
    settings.setSavedApiBaseUrl(QStringLiteral("   "));
    QCOMPARE(settings.savedApiBaseUrl(), QStringLiteral(""));
    settings.clearSavedApiBaseUrl();
    QVERIFY(!settings.savedApiBaseUrl());
    QVERIFY(!qsettings->contains(QStringLiteral("api/baseUrl")));
}

void TestAppSettings::timeoutSetter_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("expected");

    QTest::newRow("default value") << 30 << 30;
    QTest::newRow("minimum") << AppSettings::MinTimeoutSeconds << AppSettings::MinTimeoutSeconds;
    QTest::newRow("maximum") << AppSettings::MaxTimeoutSeconds << AppSettings::MaxTimeoutSeconds;
    QTest::newRow("in range") << 90 << 90;
    QTest::newRow("below minimum is clamped")
        << AppSettings::MinTimeoutSeconds - 1 << AppSettings::MinTimeoutSeconds;
    QTest::newRow("zero is clamped") << 0 << AppSettings::MinTimeoutSeconds;
    QTest::newRow("negative is clamped") << -30 << AppSettings::MinTimeoutSeconds;
    QTest::newRow("above maximum is clamped")
        << AppSettings::MaxTimeoutSeconds + 1 << AppSettings::MaxTimeoutSeconds;
    QTest::newRow("huge is clamped") << 1000000 << AppSettings::MaxTimeoutSeconds;
}

void TestAppSettings::timeoutSetter()
{
    QFETCH(int, set);
    QFETCH(int, expected);

    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);
    settings.setTimeoutSeconds(set);
    QCOMPARE(settings.timeoutSeconds(), expected);
    settings.sync();
    auto reopened = file.open();
    QCOMPARE(AppSettings(*reopened).timeoutSeconds(), expected);
}

void TestAppSettings::timeoutStoredValue_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");

    QTest::newRow("valid number") << QVariant(45) << 45;
    QTest::newRow("valid text") << QVariant(QStringLiteral("120")) << 120;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << AppSettings::DefaultTimeoutSeconds;
    QTest::newRow("empty text") << QVariant(QString()) << AppSettings::DefaultTimeoutSeconds;
    QTest::newRow("below range") << QVariant(1) << AppSettings::DefaultTimeoutSeconds;
    QTest::newRow("negative") << QVariant(-10) << AppSettings::DefaultTimeoutSeconds;
    QTest::newRow("above range") << QVariant(100000) << AppSettings::DefaultTimeoutSeconds;
    QTest::newRow("fraction") << QVariant(QStringLiteral("12.5")) << AppSettings::DefaultTimeoutSeconds;
}

void TestAppSettings::timeoutStoredValue()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);

    SettingsFile file;
    QVERIFY(file.dir.isValid());
    {
        // As if someone edited the file by hand.
        auto writer = file.open();
        writer->setValue(QStringLiteral("api/timeoutSeconds"), stored);
        writer->sync();
        QCOMPARE(writer->status(), QSettings::NoError);
    }
    auto qsettings = file.open();
    QCOMPARE(AppSettings(*qsettings).timeoutSeconds(), expected);
}

void TestAppSettings::tokenStorageRoundTrip()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);

    settings.setTokenStorage(TokenStorage::PlainFile);
    QVERIFY(settings.tokenStorage() == TokenStorage::PlainFile);
    settings.sync();
    {
        auto reopened = file.open();
        QVERIFY(AppSettings(*reopened).tokenStorage() == TokenStorage::PlainFile);
    }
    settings.setTokenStorage(TokenStorage::Keychain);
    QVERIFY(settings.tokenStorage() == TokenStorage::Keychain);
    settings.sync();
    {
        auto reopened = file.open();
        QVERIFY(AppSettings(*reopened).tokenStorage() == TokenStorage::Keychain);
    }
    // An unknown stored value falls back to the safe choice.
    qsettings->setValue(QStringLiteral("token/storage"), QStringLiteral("carrier-pigeon"));
    QVERIFY(settings.tokenStorage() == TokenStorage::Keychain);
}

void TestAppSettings::windowGeometryRoundTrip()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);

    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03geometry\x00\xff", 16);
    settings.setWindowGeometry(geometry);
    settings.sync();
    auto reopened = file.open();
    QCOMPARE(AppSettings(*reopened).windowGeometry(), geometry);
}

void TestAppSettings::firstRunCompletedSurvivesReopening()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);

    settings.setFirstRunCompleted(true);
    settings.sync();
    auto reopened = file.open();
    QVERIFY(AppSettings(*reopened).firstRunCompleted());
}

void TestAppSettings::pushRecent_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("max");
    QTest::addColumn<QStringList>("expected");

    const auto a = QStringLiteral("a");
    const auto b = QStringLiteral("b");
    const auto c = QStringLiteral("c");
    const int max = AppSettings::MaxRecentIds;
    QCOMPARE(max, 20);

    QTest::newRow("into empty") << QStringList() << a << max << QStringList{a};
    QTest::newRow("new goes first") << QStringList{a, b} << c << max << QStringList{c, a, b};
    QTest::newRow("already first") << QStringList{a, b, c} << a << max << QStringList{a, b, c};
    QTest::newRow("middle moves to front") << QStringList{a, b, c} << b << max << QStringList{b, a, c};
    QTest::newRow("last moves to front") << QStringList{a, b, c} << c << max << QStringList{c, a, b};
    QTest::newRow("empty value ignored") << QStringList{a, b} << QString() << max << QStringList{a, b};
    QTest::newRow("case matters") << QStringList{QStringLiteral("abc")} << QStringLiteral("ABC") << max
                                  << QStringList{QStringLiteral("ABC"), QStringLiteral("abc")};
    QTest::newRow("leading dash ids")
        << QStringList{QStringLiteral("-OPXR1F82I0cRYJPcHNo")} << QStringLiteral("-OPXR1F82I0cRYJPcHNp")
        << max << QStringList{QStringLiteral("-OPXR1F82I0cRYJPcHNp"), QStringLiteral("-OPXR1F82I0cRYJPcHNo")};

    const QStringList full = ids(QStringLiteral("id"), max); // id0 (newest) .. id19 (oldest)
    QStringList expectedNew = QStringList{QStringLiteral("new")} + full.mid(0, max - 1);
    QTest::newRow("full list drops the oldest") << full << QStringLiteral("new") << max << expectedNew;
    QStringList expectedOldest = QStringList{QStringLiteral("id19")} + full.mid(0, max - 1);
    QTest::newRow("full list: oldest moves to front, nothing lost")
        << full << QStringLiteral("id19") << max << expectedOldest;
    QTest::newRow("over-long list is cut to the cap")
        << ids(QStringLiteral("x"), 30) << QStringLiteral("new") << max
        << QStringList{QStringLiteral("new")} + ids(QStringLiteral("x"), 30).mid(0, max - 1);
    QTest::newRow("custom cap") << QStringList{a, b, c} << QStringLiteral("d") << 3
                                << QStringList{QStringLiteral("d"), a, b};
    QTest::newRow("cap of one") << QStringList{a} << b << 1 << QStringList{b};
}

void TestAppSettings::pushRecent()
{
    QFETCH(QStringList, list);
    QFETCH(QString, value);
    QFETCH(int, max);
    QFETCH(QStringList, expected);

    const QStringList result = AppSettings::pushRecent(list, value, max);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= max);
    QCOMPARE(result.count(value), value.isEmpty() ? 0 : 1);
}

void TestAppSettings::rememberIdKeepsHostsAndKindsApart()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);

    const QString production = QStringLiteral("api.extracta.ai");
    const QString sandboxA = QStringLiteral("127.0.0.1:8080");
    const QString sandboxB = QStringLiteral("127.0.0.1:9090");
    const QString withPath = QStringLiteral("host/with/slashes:443");

    settings.rememberId(production, IdKind::Classification, QStringLiteral("prod-class"));
    settings.rememberId(production, IdKind::Batch, QStringLiteral("prod-batch"));
    settings.rememberId(sandboxA, IdKind::Classification, QStringLiteral("sandbox-a-class"));
    settings.rememberId(sandboxB, IdKind::Classification, QStringLiteral("sandbox-b-class"));
    settings.rememberId(withPath, IdKind::Batch, QStringLiteral("slashed-batch"));

    QCOMPARE(settings.recentIds(production, IdKind::Classification),
             QStringList{QStringLiteral("prod-class")});
    QCOMPARE(settings.recentIds(production, IdKind::Batch), QStringList{QStringLiteral("prod-batch")});
    QCOMPARE(settings.recentIds(sandboxA, IdKind::Classification),
             QStringList{QStringLiteral("sandbox-a-class")});
    QCOMPARE(settings.recentIds(sandboxB, IdKind::Classification),
             QStringList{QStringLiteral("sandbox-b-class")});
    QVERIFY(settings.recentIds(sandboxA, IdKind::Batch).isEmpty());
    QVERIFY(settings.recentIds(QStringLiteral("127.0.0.1"), IdKind::Classification).isEmpty());
    QCOMPARE(settings.recentIds(withPath, IdKind::Batch), QStringList{QStringLiteral("slashed-batch")});
    QVERIFY(settings.recentIds(QStringLiteral("host"), IdKind::Batch).isEmpty());
    // Host names are case-insensitive.
    QCOMPARE(settings.recentIds(QStringLiteral("API.Extracta.AI"), IdKind::Classification),
             QStringList{QStringLiteral("prod-class")});
}

void TestAppSettings::rememberIdIsMostRecentFirstAndCapped()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    auto qsettings = file.open();
    AppSettings settings(*qsettings);
    const QString host = QStringLiteral("127.0.0.1:8080");

    for (const QString& id : ids(QStringLiteral("batch-"), 25))
        settings.rememberId(host, IdKind::Batch, id);
    QStringList recent = settings.recentIds(host, IdKind::Batch);
    QCOMPARE(recent.size(), AppSettings::MaxRecentIds);
    QCOMPARE(recent.first(), QStringLiteral("batch-24"));
    QCOMPARE(recent.last(), QStringLiteral("batch-5"));

    settings.rememberId(host, IdKind::Batch, QStringLiteral("batch-10"));
    recent = settings.recentIds(host, IdKind::Batch);
    QCOMPARE(recent.size(), AppSettings::MaxRecentIds);
    QCOMPARE(recent.first(), QStringLiteral("batch-10"));
    QCOMPARE(recent.count(QStringLiteral("batch-10")), 1);
    QCOMPARE(recent.at(1), QStringLiteral("batch-24"));
}

void TestAppSettings::rememberIdSurvivesReopening()
{
    SettingsFile file;
    QVERIFY(file.dir.isValid());
    const QString host = QStringLiteral("[::1]:9000");
    {
        auto qsettings = file.open();
        AppSettings settings(*qsettings);
        settings.rememberId(host, IdKind::Classification, QStringLiteral("first"));
        settings.rememberId(host, IdKind::Classification, QStringLiteral("second"));
        settings.sync();
        QCOMPARE(qsettings->status(), QSettings::NoError);
    }
    auto qsettings = file.open();
    QCOMPARE(AppSettings(*qsettings).recentIds(host, IdKind::Classification),
             (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
}

void TestAppSettings::settingsFileHoldsNoToken()
{
    SettingsFile file;
    QTemporaryDir tokenDir;
    QVERIFY(file.dir.isValid());
    QVERIFY(tokenDir.isValid());
    const QString fakeToken = QStringLiteral("fake-token-for-settings-test-4242");

    // The user picks "save in the settings file (not encrypted)": the token goes to the token file,
    // never into QSettings.
    MemoryTokenStore keychain;
    keychain.setUnavailable(true);
    PlainFileTokenStore plainFile(tokenDir.filePath(QStringLiteral("token.json")));
    TokenProvider provider(&keychain, &plainFile, QStringLiteral("default"));
    QSignalSpy saved(&provider, &TokenProvider::saveFinished);
    provider.save(fakeToken, TokenProvider::Destination::PlainFile);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).value<TokenStore::Status>(), TokenStore::Status::Ok);
    QVERIFY(provider.token() == fakeToken);

    auto qsettings = file.open();
    AppSettings settings(*qsettings);
    settings.setSavedApiBaseUrl(QStringLiteral("https://api.example.com/api/v1"));
    settings.setTimeoutSeconds(45);
    settings.setTokenStorage(TokenStorage::PlainFile);
    settings.rememberId(QStringLiteral("api.example.com"), IdKind::Classification,
                        QStringLiteral("-Class01"));
    settings.rememberId(QStringLiteral("api.example.com"), IdKind::Batch, QStringLiteral("-Batch01"));
    settings.setWindowGeometry(QByteArray("geometry-bytes"));
    settings.sync();
    QCOMPARE(qsettings->status(), QSettings::NoError);

    QFile ini(file.path);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray contents = ini.readAll();
    // The file was written (the check below means something) ...
    QVERIFY(contents.contains("plain-file"));
    QVERIFY(contents.contains("-Batch01"));
    // ... and holds no token.
    QVERIFY2(!contents.contains(fakeToken.toUtf8()), "the settings file contains the token");

    // The token is where the user asked for it.
    QFile tokenFile(plainFile.filePath());
    QVERIFY(tokenFile.open(QIODevice::ReadOnly));
    QVERIFY(tokenFile.readAll().contains(fakeToken.toUtf8()));
    QVERIFY(QFileInfo(tokenFile).absolutePath() != QFileInfo(ini).absolutePath());
}

// QSettings writes a new file with the umask's permissions (a temporary file renamed into place, which
// keeps the permissions of a file that was there): the app's settings file, created private before,
// stays private through every write.
void TestAppSettings::settingsFileStaysPrivateWhenWritten()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    AppIdentity::applyNames();
    const QString path = QSettings().fileName();
    QVERIFY2(path.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME") + QLatin1Char('/')) &&
                 !qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"),
             "run through CTest: the settings file must be in the test's own home");
    const QString folder = QFileInfo(path).absolutePath();
    QFile::remove(path);
    QVERIFY(QDir(folder).removeRecursively());

    const Umask mask(022);
    AppIdentity::makeStoragePrivate();
    for (int write = 0; write < 2; ++write) {
        QSettings settings;
        AppSettings(settings).setTimeoutSeconds(40 + write);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);
    }
#endif
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
