// extracta-batch as scripts meet it: help, usage errors, where the URL and the token come from,
// credits, inspect and the audit command, run as a real process against the sandbox API.
#include "clitestharness.h"
#include "sampleids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

namespace {

using namespace SampleIds;

QStringList withUrl(const QString& url, QStringList arguments)
{
    return arguments << QStringLiteral("--api-url") << url;
}

// The app's settings file as QSettings finds it under XDG_CONFIG_HOME.
QString settingsPath(const CliRunner& runner)
{
    return runner.configHome() + QStringLiteral("/extracta-batch-admin/extracta-batch-admin.conf");
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void helpAndVersionNeedNoDisplay();
    void usageErrorsSendNothing_data();
    void usageErrorsSendNothing();
    void plainHttpToAnotherHostIsRefused();
    void urlPrecedence();
    void credits();
    void creditsJson();
    void creditsWithRejectedToken();
    void creditsConnectionRefused();
    void creditsTimeout();
    void tokenFromStdin();
    void malformedTokensAreRefused();
    void environmentTokenWinsOverStdin();
    void noTokenAnywhere();
    void tokenFromThePlainFileTheAppSaved();
    void inspectClassification();
    void inspectBatchJson();
    void inspectUnknownClassification();
    void auditOfAnEmptyTrail();
};

void TestCliCommands::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliCommands::helpAndVersionNeedNoDisplay()
{
    CliRunner runner;
    QVERIFY(!runner.environment().contains(QStringLiteral("DISPLAY")));
    const CliRun help = runner.run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: extracta-batch <command>"));
    QVERIFY(help.out.contains("Exit codes:"));
    QVERIFY(help.err.isEmpty());

    const CliRun version = runner.run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("extracta-batch " EBA_VERSION "\n"));
}

void TestCliCommands::usageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString d = QStringLiteral("delete");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
    QTest::newRow("token on the command line")
        << QStringList{QStringLiteral("credits"), QStringLiteral("--token"), QStringLiteral("secret-on-argv")}
        << QStringLiteral("never accepted as an argument");
    QTest::newRow("bad classification id") << QStringList{d,
                                                          QStringLiteral("--classification"),
                                                          QStringLiteral("two words"),
                                                          QStringLiteral("--batch"),
                                                          InvoicesFirstBatch,
                                                          QStringLiteral("--yes")}
                                           << QStringLiteral("Classification ID");
    QTest::newRow("bad batch id") << QStringList{QStringLiteral("inspect"),
                                                 QStringLiteral("--classification"), InvoicesClassification,
                                                 QStringLiteral("--batch"), QString(300, QLatin1Char('x'))}
                                  << QStringLiteral("Batch ID");
    QTest::newRow("timeout out of range")
        << QStringList{QStringLiteral("credits"), QStringLiteral("--timeout"), QStringLiteral("601")}
        << QStringLiteral("--timeout");
}

void TestCliCommands::usageErrorsSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    runner.addSecret(QStringLiteral("secret-on-argv")); // not echoed back either
    const CliRun run = runner.run(withUrl(sandbox.baseUrl(), arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.text().contains(expected), qPrintable(run.text()));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliCommands::plainHttpToAnotherHostIsRefused()
{
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_plain_http_secret"));
    CliRun run = runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"),
                             QStringLiteral("http://api.extracta.ai/api/v1")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.text().contains(QLatin1String("https://")), qPrintable(run.text()));

    // The same rule for a URL from the environment, named as such.
    runner.environment().insert(QStringLiteral("EXTRACTA_API_URL"), QStringLiteral("http://10.0.0.1/api/v1"));
    run = runner.run({QStringLiteral("credits")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.text().contains(QLatin1String("EXTRACTA_API_URL")), qPrintable(run.text()));
}

void TestCliCommands::urlPrecedence()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const QString dead = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
    {
        QSettings saved(settingsPath(runner), QSettings::IniFormat);
        saved.setValue(QStringLiteral("api/baseUrl"), sandbox.baseUrl());
    }
    // The app's saved setting is used when nothing else names a URL…
    QCOMPARE(runner.run({QStringLiteral("credits")}).exitCode, 0);
    // …the environment wins over it…
    runner.environment().insert(QStringLiteral("EXTRACTA_API_URL"), dead);
    QCOMPARE(runner.run({QStringLiteral("credits")}).exitCode, 3);
    // …and --api-url wins over both.
    QCOMPARE(runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")})).exitCode, 0);
    QCOMPARE(sandbox.requestCount(), 2);
}

void TestCliCommands::credits()
{
    SandboxThread sandbox;
    sandbox.call([](SandboxServer& server) { server.setCredits(4321); });
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("Credits: "), run.out.constData());
    QVERIFY(QString::fromUtf8(run.out).remove(QRegularExpression(QStringLiteral("\\D"))) ==
            QLatin1String("4321"));
    const QList<SandboxRequest> requests =
        sandbox.call([](SandboxServer& server) { return server.requests(); });
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().method, QByteArray("GET"));
    QCOMPARE(requests.constFirst().header("Authorization"), "Bearer " + sandbox.token().toUtf8());
}

void TestCliCommands::creditsJson()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().keys(), QStringList{QStringLiteral("credits")});
    QCOMPARE(lines.constFirst().value(QLatin1String("credits")).toInt(), 250);
}

void TestCliCommands::creditsWithRejectedToken()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_wrong_but_well_formed"));
    const CliRun run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("rejected the token"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliCommands::creditsConnectionRefused()
{
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_refused_secret"));
    const CliRun run = runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"),
                                   QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort())});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("refused the connection"), run.err.constData());
}

void TestCliCommands::creditsTimeout()
{
    SandboxThread sandbox;
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 3000;
    sandbox.setFault(slow);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run = runner.run(withUrl(
        sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--timeout"), QStringLiteral("1")}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("in time"), run.err.constData());
}

void TestCliCommands::tokenFromStdin()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--token-stdin"),
                                               QStringLiteral("--json")}),
                   sandbox.token().toUtf8() + "\r\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().size(), 1);
    QCOMPARE(run.jsonLines().constFirst().value(QLatin1String("credits")).toInt(), 250);
}

void TestCliCommands::malformedTokensAreRefused()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(QStringLiteral("tok_with"));
    CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--token-stdin")}),
                   "tok_with space\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("control characters"), run.err.constData());

    run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--token-stdin")}));
    QCOMPARE(run.exitCode, 2); // standard input ended without a token

    runner.environment().insert(QStringLiteral("EXTRACTA_API_TOKEN"), QStringLiteral("tok_with\x01control"));
    run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliCommands::environmentTokenWinsOverStdin()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    runner.addSecret(QStringLiteral("tok_unused_on_stdin"));
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits"), QStringLiteral("--token-stdin")}),
                   "tok_unused_on_stdin\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN is set"), run.err.constData());
}

void TestCliCommands::noTokenAnywhere()
{
    SandboxThread sandbox;
    CliRunner runner; // no token in the environment; the keychain's D-Bus address leads nowhere
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY(clock.elapsed() < 8000); // the keychain read has a timeout of its own
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliCommands::tokenFromThePlainFileTheAppSaved()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    {
        QSettings saved(settingsPath(runner), QSettings::IniFormat);
        saved.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
    }
    const QString credentials =
        runner.configHome() + QStringLiteral("/extracta-batch-admin/extracta-batch-admin/credentials.json");
    QVERIFY(QDir().mkpath(QFileInfo(credentials).absolutePath()));
    QFile file(credentials);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("default"), sandbox.token()}}).toJson());
    file.close();

    const CliRun run = runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("credits")}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sandbox.requestCount(), 1);
}

void TestCliCommands::inspectClassification()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("inspect"), QStringLiteral("--classification"),
                                               InvoicesClassification}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(InvoicesClassification.toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains("invoice, receipt"), run.out.constData());
    QCOMPARE(sandbox.requestCount(), 1); // no getResults without --batch

    const CliRun json =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("inspect"), QStringLiteral("--classification"),
                                               InvoicesClassification, QStringLiteral("--json")}));
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.jsonLines().size(), 1);
    const QJsonObject details = json.jsonLines().constFirst();
    QCOMPARE(details.value(QLatin1String("classificationId")).toString(), InvoicesClassification);
    QVERIFY(!details.value(QLatin1String("name")).toString().isEmpty());
    QVERIFY(details.contains(QLatin1String("description")));
    QVERIFY(details.value(QLatin1String("documentTypes")).toArray().contains(QStringLiteral("invoice")));
}

void TestCliCommands::inspectBatchJson()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("inspect"), QStringLiteral("--classification"),
                                               InvoicesClassification, QStringLiteral("--batch"),
                                               InvoicesFirstBatch, QStringLiteral("--json")}));
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> lines = run.jsonLines();
    QCOMPARE(lines.size(), 1 + 4); // the classification, then its four files
    for (const QJsonObject& file : lines.mid(1)) {
        for (const char* field : {"fileId", "fileName", "status", "documentType", "confidence"})
            QVERIFY2(file.contains(QLatin1String(field)), field);
    }
    QCOMPARE(lines.at(1).value(QLatin1String("fileName")).toString(),
             QStringLiteral("invoice-2024-0113.pdf"));
    QCOMPARE(lines.at(1).value(QLatin1String("confidence")).toDouble(), 0.98);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch)); // inspecting changes nothing

    const CliRun human = runner.run(
        withUrl(sandbox.baseUrl(), {QStringLiteral("inspect"), QStringLiteral("--classification"),
                                    InvoicesClassification, QStringLiteral("--batch"), InvoicesFirstBatch}));
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("receipt-taxi-2024-01-15.jpg"), human.out.constData());
}

void TestCliCommands::inspectUnknownClassification()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run(withUrl(sandbox.baseUrl(), {QStringLiteral("inspect"), QStringLiteral("--classification"),
                                               QStringLiteral("-NoSuchThing")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("404"), run.err.constData());
}

void TestCliCommands::auditOfAnEmptyTrail()
{
    CliRunner runner;
    CliRun run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("No deletions"), run.err.constData());

    run = runner.run({QStringLiteral("audit"), QStringLiteral("--csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("started_utc,"), run.out.constData());
    QCOMPARE(run.out.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
