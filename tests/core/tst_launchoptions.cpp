#include "core/settings/launchoptions.h"

#include <QTest>

namespace {

const QString program = QStringLiteral("/usr/bin/extracta-batch-admin");

// Obviously fake; it must never be accepted, nor echoed in an error message.
const QString fakeToken = QStringLiteral("fake-cli-token-0000");

QStringList argv(const QStringList& arguments)
{
    return QStringList{program} + arguments;
}

} // namespace

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void noArguments();
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void noOptionTakesAToken_data();
    void noOptionTakesAToken();
    void helpText();
    void versionText();
    void helpAndVersionAreFoundBeforeQtStripsItsOptions_data();
    void helpAndVersionAreFoundBeforeQtStripsItsOptions();
};

void TestLaunchOptions::noArguments()
{
    const LaunchOptions options = LaunchOptions::parse(argv({}));
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QVERIFY(!options.demo);
    QVERIFY(!options.showHelp);
    QVERIFY(!options.showVersion);
    QVERIFY(!options.apiUrl);
}

void TestLaunchOptions::accepted_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("version");
    QTest::addColumn<bool>("help");
    QTest::addColumn<QString>("apiUrl");

    const QString url = QStringLiteral("https://api.example.com/api/v1");
    QTest::newRow("--demo") << QStringList{QStringLiteral("--demo")} << true << false << false << QString();
    QTest::newRow("--api-url URL") << QStringList{QStringLiteral("--api-url"), url} << false << false << false
                                   << url;
    QTest::newRow("--api-url=URL") << QStringList{QStringLiteral("--api-url=") + url} << false << false
                                   << false << url;
    QTest::newRow("--api-url loopback")
        << QStringList{QStringLiteral("--api-url"), QStringLiteral("http://127.0.0.1:8080")} << false << false
        << false << QStringLiteral("http://127.0.0.1:8080");
    // Given but empty is kept (and refused when the URL is used), not taken for "not given".
    QTest::newRow("--api-url=") << QStringList{QStringLiteral("--api-url=")} << false << false << false
                                << QStringLiteral("");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << true << false
                               << QString();
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << false << true << false << QString();
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false << false << true << QString();
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << false << false << true << QString();
    QTest::newRow("--demo --version") << QStringList{QStringLiteral("--demo"), QStringLiteral("--version")}
                                      << true << true << false << QString();
}

void TestLaunchOptions::accepted()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, demo);
    QFETCH(bool, version);
    QFETCH(bool, help);
    QFETCH(QString, apiUrl);

    const LaunchOptions options = LaunchOptions::parse(argv(arguments));
    QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
    QCOMPARE(options.demo, demo);
    QCOMPARE(options.showVersion, version);
    QCOMPARE(options.showHelp, help);
    QCOMPARE(options.apiUrl.has_value(), !apiUrl.isNull());
    QCOMPARE(options.apiUrl.value_or(QString()), apiUrl.isNull() ? QString() : apiUrl);
}

void TestLaunchOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");

    const QString url = QStringLiteral("https://api.example.com/api/v1");
    QTest::newRow("unknown long option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown short option") << QStringList{QStringLiteral("-x")};
    QTest::newRow("positional argument") << QStringList{QStringLiteral("batch-123")};
    QTest::newRow("positional after option")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("extra")};
    QTest::newRow("--api-url without value") << QStringList{QStringLiteral("--api-url")};
    QTest::newRow("--demo with --api-url")
        << QStringList{QStringLiteral("--demo"), QStringLiteral("--api-url"), url};
    QTest::newRow("--api-url= with --demo")
        << QStringList{QStringLiteral("--api-url=") + url, QStringLiteral("--demo")};
    QTest::newRow("value given to --demo") << QStringList{QStringLiteral("--demo=yes")};
}

void TestLaunchOptions::refused()
{
    QFETCH(QStringList, arguments);

    const LaunchOptions options = LaunchOptions::parse(argv(arguments));
    QVERIFY2(!options.error.trimmed().isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
}

void TestLaunchOptions::noOptionTakesAToken_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("--token x") << QStringList{QStringLiteral("--token"), fakeToken};
    QTest::newRow("--token=x") << QStringList{QStringLiteral("--token=") + fakeToken};
    QTest::newRow("--api-token x") << QStringList{QStringLiteral("--api-token"), fakeToken};
    QTest::newRow("--api-key=x") << QStringList{QStringLiteral("--api-key=") + fakeToken};
    QTest::newRow("-t x") << QStringList{QStringLiteral("-t"), fakeToken};
    QTest::newRow("--token x --demo")
        << QStringList{QStringLiteral("--token"), fakeToken, QStringLiteral("--demo")};
}

void TestLaunchOptions::noOptionTakesAToken()
{
    QFETCH(QStringList, arguments);

    const LaunchOptions options = LaunchOptions::parse(argv(arguments));
    QVERIFY(!options.error.trimmed().isEmpty());
    QVERIFY2(!options.error.contains(fakeToken), "the error message repeats the token");
    QVERIFY(!options.apiUrl.value_or(QString()).contains(fakeToken));
}

void TestLaunchOptions::helpText()
{
    const QString help = LaunchOptions::helpText();
    QVERIFY(help.startsWith(QStringLiteral("Usage: extracta-batch-admin")));
    for (const QString& needle : {QStringLiteral("--api-url"), QStringLiteral("--demo"),
                                  QStringLiteral("--version"), QStringLiteral("--help"),
                                  QStringLiteral("EXTRACTA_API_TOKEN"), QStringLiteral("EXTRACTA_API_URL")}) {
        QVERIFY2(help.contains(needle), qPrintable(needle));
    }
    QVERIFY(!help.contains(QStringLiteral("--token")));
}

void TestLaunchOptions::versionText()
{
    const QString version = LaunchOptions::versionText();
    QVERIFY(version.startsWith(QStringLiteral("extracta-batch-admin ")));
    QVERIFY(version.contains(QStringLiteral(EBA_VERSION)));
    QVERIFY(version.endsWith(QLatin1Char('\n')));
}

void TestLaunchOptions::helpAndVersionAreFoundBeforeQtStripsItsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("version");

    const QString app = QStringLiteral("extracta-batch-admin");
    QTest::newRow("--help") << QStringList{app, QStringLiteral("--help")} << true << false;
    QTest::newRow("-h with a Qt option")
        << QStringList{app, QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-h")}
        << true << false;
    QTest::newRow("--version") << QStringList{app, QStringLiteral("--version")} << false << true;
    QTest::newRow("-v") << QStringList{app, QStringLiteral("-v")} << false << true;
    QTest::newRow("neither") << QStringList{app, QStringLiteral("--demo")} << false << false;
    QTest::newRow("only the program") << QStringList{app} << false << false;
}

void TestLaunchOptions::helpAndVersionAreFoundBeforeQtStripsItsOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, help);
    QFETCH(bool, version);
    QCOMPARE(LaunchOptions::asksForHelp(arguments), help);
    QCOMPARE(LaunchOptions::asksForVersion(arguments), version);
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
