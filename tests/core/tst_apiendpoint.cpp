#include "core/api/apiendpoint.h"

#include <QTest>

Q_DECLARE_METATYPE(SettingSource)

class TestApiEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void defaultBaseUrlIsAccepted();
    void defaultConstructedIsInvalid();
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void urlFor_data();
    void urlFor();
    void resolveApiBaseUrl_data();
    void resolveApiBaseUrl();
    void describeSourceNamesEverySource();
};

void TestApiEndpoint::defaultBaseUrlIsAccepted()
{
    QCOMPARE(ApiEndpoint::defaultBaseUrl(), QStringLiteral("https://api.extracta.ai/api/v1"));
    QString problem = QStringLiteral("stale");
    const ApiEndpoint endpoint = ApiEndpoint::parse(ApiEndpoint::defaultBaseUrl(), &problem);
    QVERIFY(endpoint.isValid());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(endpoint.baseUrl(), QUrl(QStringLiteral("https://api.extracta.ai/api/v1")));
    QCOMPARE(endpoint.hostLabel(), QStringLiteral("api.extracta.ai"));
    QVERIFY(!endpoint.isLoopback());
}

void TestApiEndpoint::defaultConstructedIsInvalid()
{
    QVERIFY(!ApiEndpoint().isValid());
}

void TestApiEndpoint::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("hostLabel");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("https") << QStringLiteral("https://api.example.com/api/v1")
                           << QStringLiteral("https://api.example.com/api/v1")
                           << QStringLiteral("api.example.com") << false;
    QTest::newRow("https with port") << QStringLiteral("https://api.example.com:8443/api/v1")
                                     << QStringLiteral("https://api.example.com:8443/api/v1")
                                     << QStringLiteral("api.example.com:8443") << false;
    QTest::newRow("https without path")
        << QStringLiteral("https://api.example.com") << QStringLiteral("https://api.example.com")
        << QStringLiteral("api.example.com") << false;
    QTest::newRow("trailing slash removed")
        << QStringLiteral("https://api.example.com/api/v1/")
        << QStringLiteral("https://api.example.com/api/v1") << QStringLiteral("api.example.com") << false;
    QTest::newRow("several trailing slashes removed")
        << QStringLiteral("https://api.example.com/api/v1///")
        << QStringLiteral("https://api.example.com/api/v1") << QStringLiteral("api.example.com") << false;
    QTest::newRow("root slash removed")
        << QStringLiteral("https://api.example.com/") << QStringLiteral("https://api.example.com")
        << QStringLiteral("api.example.com") << false;
    QTest::newRow("surrounding whitespace trimmed")
        << QStringLiteral("  https://api.example.com/api/v1 \n")
        << QStringLiteral("https://api.example.com/api/v1") << QStringLiteral("api.example.com") << false;
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("HTTPS://API.Example.COM/api/v1")
        << QStringLiteral("https://api.example.com/api/v1") << QStringLiteral("api.example.com") << false;
    QTest::newRow("https to a private address")
        << QStringLiteral("https://10.0.0.1/api") << QStringLiteral("https://10.0.0.1/api")
        << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("http 127.0.0.1 with port")
        << QStringLiteral("http://127.0.0.1:8080/api/v1") << QStringLiteral("http://127.0.0.1:8080/api/v1")
        << QStringLiteral("127.0.0.1:8080") << true;
    QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7/api")
                                    << QStringLiteral("http://127.5.6.7/api") << QStringLiteral("127.5.6.7")
                                    << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/")
                                    << QStringLiteral("http://localhost:3000")
                                    << QStringLiteral("localhost:3000") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/api")
                                    << QStringLiteral("http://localhost/api") << QStringLiteral("localhost")
                                    << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:9000/api")
                                << QStringLiteral("http://[::1]:9000/api") << QString() << true;
    QTest::newRow("upper-case HTTP to loopback")
        << QStringLiteral("HTTP://127.0.0.1/api") << QStringLiteral("http://127.0.0.1/api")
        << QStringLiteral("127.0.0.1") << true;
}

void TestApiEndpoint::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, base);
    QFETCH(QString, hostLabel);
    QFETCH(bool, loopback);

    QString problem = QStringLiteral("stale problem from an earlier call");
    const ApiEndpoint endpoint = ApiEndpoint::parse(text, &problem);
    QVERIFY2(endpoint.isValid(), qPrintable(problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(endpoint.baseUrl(), QUrl(base));
    QCOMPARE(endpoint.baseUrl().toString(), base);
    if (!hostLabel.isEmpty())
        QCOMPARE(endpoint.hostLabel(), hostLabel);
    QVERIFY(!endpoint.hostLabel().isEmpty());
    QCOMPARE(endpoint.isLoopback(), loopback);
    // Also fine without anyone asking for the problem.
    QVERIFY(ApiEndpoint::parse(text).isValid());
}

void TestApiEndpoint::refuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("garbage") << QStringLiteral("not a url");
    QTest::newRow("host without scheme") << QStringLiteral("api.example.com/api/v1");
    QTest::newRow("scheme only") << QStringLiteral("https://");
    QTest::newRow("no host") << QStringLiteral("https:///api/v1");
    QTest::newRow("space in host") << QStringLiteral("https://api example.com/api");
    QTest::newRow("http example.com") << QStringLiteral("http://example.com/api/v1");
    QTest::newRow("http to the real API") << QStringLiteral("http://api.extracta.ai/api/v1");
    QTest::newRow("http 10.0.0.1") << QStringLiteral("http://10.0.0.1/api");
    QTest::newRow("http 192.168.1.1") << QStringLiteral("http://192.168.1.1:8080/api");
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080/api");
    QTest::newRow("http name that starts like localhost")
        << QStringLiteral("http://localhost.example.com/api");
    QTest::newRow("http name that starts like 127") << QStringLiteral("http://127.0.0.1.example.com/api");
    QTest::newRow("http ipv6 non-loopback") << QStringLiteral("http://[2001:db8::1]/api");
    QTest::newRow("ftp") << QStringLiteral("ftp://api.example.com/api");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1/api");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("user info") << QStringLiteral("https://user:secret@api.example.com/api/v1");
    QTest::newRow("user name only") << QStringLiteral("https://user@api.example.com/api/v1");
    QTest::newRow("query") << QStringLiteral("https://api.example.com/api/v1?key=value");
    QTest::newRow("empty query") << QStringLiteral("https://api.example.com/api/v1?");
    QTest::newRow("fragment") << QStringLiteral("https://api.example.com/api/v1#section");
    QTest::newRow("loopback with user info") << QStringLiteral("http://user@127.0.0.1/api");
}

void TestApiEndpoint::refuses()
{
    QFETCH(QString, text);

    QString problem;
    const ApiEndpoint endpoint = ApiEndpoint::parse(text, &problem);
    QVERIFY(!endpoint.isValid());
    QVERIFY(!problem.trimmed().isEmpty());
    QVERIFY(!ApiEndpoint::parse(text).isValid());
}

void TestApiEndpoint::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.5.6.7") << QStringLiteral("127.5.6.7") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("192.168.1.1") << QStringLiteral("192.168.1.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("mylocalhost") << QStringLiteral("mylocalhost") << false;
}

void TestApiEndpoint::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);

    QCOMPARE(ApiEndpoint::isLoopbackHost(host), loopback);
}

void TestApiEndpoint::urlFor_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("credits") << QStringLiteral("https://h/api/v1") << QStringLiteral("credits")
                             << QStringLiteral("https://h/api/v1/credits");
    QTest::newRow("base with trailing slash")
        << QStringLiteral("https://h/api/v1/") << QStringLiteral("credits")
        << QStringLiteral("https://h/api/v1/credits");
    QTest::newRow("nested path") << QStringLiteral("https://h/api/v1")
                                 << QStringLiteral("documentClassification/deleteBatch")
                                 << QStringLiteral("https://h/api/v1/documentClassification/deleteBatch");
    QTest::newRow("base without path")
        << QStringLiteral("https://h") << QStringLiteral("credits") << QStringLiteral("https://h/credits");
    QTest::newRow("loopback with port")
        << QStringLiteral("http://127.0.0.1:8080/api/v1") << QStringLiteral("credits")
        << QStringLiteral("http://127.0.0.1:8080/api/v1/credits");
}

void TestApiEndpoint::urlFor()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    const ApiEndpoint endpoint = ApiEndpoint::parse(base);
    QVERIFY(endpoint.isValid());
    const QUrl url = endpoint.urlFor(path);
    QCOMPARE(url.toString(), expected);
    QCOMPARE(url, QUrl(expected));
    // The base itself stays untouched.
    QVERIFY(!endpoint.baseUrl().path().endsWith(path));
}

void TestApiEndpoint::resolveApiBaseUrl_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("value");
    QTest::addColumn<SettingSource>("source");

    const QString f = QStringLiteral("https://flag.example.com/api/v1");
    const QString e = QStringLiteral("https://env.example.com/api/v1");
    const QString s = QStringLiteral("https://saved.example.com/api/v1");
    const QString d = ApiEndpoint::defaultBaseUrl();
    const QString none;
    const QString blank = QStringLiteral(" \t ");

    QTest::newRow("all set: flag wins") << f << e << s << f << SettingSource::CommandLine;
    QTest::newRow("flag and saved: flag wins") << f << none << s << f << SettingSource::CommandLine;
    QTest::newRow("flag only") << f << none << none << f << SettingSource::CommandLine;
    QTest::newRow("env and saved: env wins") << none << e << s << e << SettingSource::Environment;
    QTest::newRow("env only") << none << e << none << e << SettingSource::Environment;
    QTest::newRow("saved only") << none << none << s << s << SettingSource::SavedSetting;
    QTest::newRow("nothing: default") << none << none << none << d << SettingSource::BuiltInDefault;
    // Only an absent value falls back: a given but empty or blank one wins and is then refused by
    // ApiEndpoint::parse(), so an unset variable in a script never means the production API.
    QTest::newRow("blank flag wins") << blank << e << s << QString() << SettingSource::CommandLine;
    QTest::newRow("empty flag wins") << QStringLiteral("") << e << s << QString()
                                     << SettingSource::CommandLine;
    QTest::newRow("blank env wins over saved")
        << none << blank << s << QString() << SettingSource::Environment;
    QTest::newRow("empty env wins over default")
        << none << QStringLiteral("") << none << QString() << SettingSource::Environment;
    QTest::newRow("blank saved wins over default")
        << none << none << blank << QString() << SettingSource::SavedSetting;
    QTest::newRow("values are trimmed")
        << QStringLiteral("  ") + f + QStringLiteral("\n") << e << s << f << SettingSource::CommandLine;
    QTest::newRow("env trimmed") << none << QStringLiteral(" ") + e + QStringLiteral(" ") << s << e
                                 << SettingSource::Environment;
}

void TestApiEndpoint::resolveApiBaseUrl()
{
    QFETCH(QString, flag);
    QFETCH(QString, environment);
    QFETCH(QString, saved);
    QFETCH(QString, value);
    QFETCH(SettingSource, source);

    // A null string stands for "not given".
    const auto given = [](const QString& text) {
        return text.isNull() ? std::nullopt : std::optional<QString>(text);
    };
    const ResolvedValue resolved = ::resolveApiBaseUrl(given(flag), given(environment), given(saved));
    QCOMPARE(resolved.value, value.isNull() ? QStringLiteral("") : value);
    if (value.isNull()) {
        QString problem;
        QVERIFY(!ApiEndpoint::parse(resolved.value, &problem).isValid());
        QVERIFY2(problem.contains(QStringLiteral("empty")), qPrintable(problem));
    }
    QCOMPARE(int(resolved.source), int(source));
    QCOMPARE(describeSource(resolved.source), describeSource(source));
}

void TestApiEndpoint::describeSourceNamesEverySource()
{
    const QList<SettingSource> sources = {SettingSource::CommandLine, SettingSource::Environment,
                                          SettingSource::SavedSetting, SettingSource::BuiltInDefault};
    QStringList descriptions;
    for (const SettingSource source : sources) {
        const QString description = describeSource(source);
        QVERIFY(!description.trimmed().isEmpty());
        QVERIFY2(!descriptions.contains(description), qPrintable(description));
        descriptions << description;
    }
    QVERIFY(describeSource(SettingSource::CommandLine).contains(QStringLiteral("--api-url")));
    QVERIFY(describeSource(SettingSource::Environment).contains(QStringLiteral("EXTRACTA_API_URL")));
}

QTEST_GUILESS_MAIN(TestApiEndpoint)
#include "tst_apiendpoint.moc"
