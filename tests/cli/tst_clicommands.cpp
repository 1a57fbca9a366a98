// extracta-batch as scripts meet it: help, usage errors, where the URL and the token come from,
// credits, inspect and the audit command, run as a real process against the sandbox API.
#include "clitestharness.h"
#include "core/connections/connectionstore.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "sampleids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
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

// The data file the app and extracta-batch share under a runner's private home.
QString dataFilePath(CliRunner& runner)
{
    return runner.environment().value(QStringLiteral("XDG_DATA_HOME")) +
           QStringLiteral("/extracta-batch-admin/extracta-batch-admin/extracta-batch-admin.sqlite3");
}

// Saved connections (issue 14), as the app keeps them in the settings both programs share.
const auto ProductionId = QStringLiteral("6f0c2d8e-production");
const auto ProductionName = QStringLiteral("acme-prod");
const auto StagingId = QStringLiteral("91ab3c4d-staging");
const auto StagingName = QStringLiteral("acme-staging");
const auto LegacyHost = QStringLiteral("api.extracta.ai");

void saveConnections(const CliRunner& runner, const QList<Connection>& connections)
{
    QSettings settings(settingsPath(runner), QSettings::IniFormat);
    ConnectionStore store(settings);
    for (const Connection& connection : connections)
        store.saveUnchecked(connection);
    settings.sync();
}

Connection connection(const QString& id, const QString& name, EnvironmentType environment,
                      const QString& legacyDataKey = {})
{
    Connection made;
    made.id = id;
    made.name = name;
    made.apiUrl = QStringLiteral("https://api.extracta.ai/api/v1");
    made.environment = environment;
    made.legacyDataKey = legacyDataKey;
    return made;
}

// One completed entry, as the app or an earlier run would have left it.
struct RecordedEntry
{
    QString batchId;
    QString host;
    QString connectionId;
    QString connectionName;
};

// Writes the entries into the runner's data file, oldest first (one minute apart), through the same
// AuditLog the programs use.
bool recordEntries(CliRunner& runner, const QList<RecordedEntry>& recorded)
{
    static int counter = 0;
    Database database(QStringLiteral("tst_clicommands-%1").arg(++counter));
    if (!database.open(dataFilePath(runner)).ok || database.isInMemory())
        return false;
    AuditLog audit(database);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        AuditEntry entry;
        entry.startedUtc = start.addSecs(60 * i);
        entry.osUser = QStringLiteral("tester");
        entry.host = recorded.at(i).host;
        entry.connectionId = recorded.at(i).connectionId;
        entry.connectionName = recorded.at(i).connectionName;
        entry.classificationId = InvoicesClassification;
        entry.classificationName = QStringLiteral("Invoices");
        entry.batchId = recorded.at(i).batchId;
        entry.fileCount = 2;
        const qint64 id = audit.recordSent(entry);
        if (id < 0 ||
            !audit.recordCompleted(id, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 5))
            return false;
    }
    return true;
}

// The batch IDs of `audit --json` lines, newest first, and each one's "connection".
QStringList batchesWithConnection(const CliRun& run)
{
    QStringList shown;
    for (const QJsonObject& entry : run.jsonLines()) {
        const QJsonValue connection = entry.value(QLatin1String("connection"));
        shown << entry.value(QLatin1String("batchId")).toString() + QLatin1Char('@') +
                     (connection.isString() ? connection.toString() : QStringLiteral("<not a string>"));
    }
    return shown;
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
    void auditShowsEachEntrysConnection();
    void auditOfOneConnection();
    void auditOfAnUnknownConnection();
    void auditAdoptsTheEntriesMadeBeforeConnections();
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

// Issue 14: every entry says which connection it went through, by name ("" for none); every field
// of before stays.
void TestCliCommands::auditShowsEachEntrysConnection()
{
    CliRunner runner;
    QVERIFY(recordEntries(runner,
                          {{QStringLiteral("-OldBatch00000000001"), LegacyHost, {}, {}},
                           {QStringLiteral("-ProdBatch0000000001"), LegacyHost, ProductionId, ProductionName},
                           {QStringLiteral("-StagBatch0000000001"), QStringLiteral("staging.example"),
                            StagingId, StagingName}}));

    const CliRun json = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(batchesWithConnection(json),
             (QStringList{QStringLiteral("-StagBatch0000000001@") + StagingName,
                          QStringLiteral("-ProdBatch0000000001@") + ProductionName,
                          QStringLiteral("-OldBatch00000000001@")}));
    const QStringList fields = {QStringLiteral("id"),
                                QStringLiteral("attemptId"),
                                QStringLiteral("startedUtc"),
                                QStringLiteral("completedUtc"),
                                QStringLiteral("osUser"),
                                QStringLiteral("machine"),
                                QStringLiteral("host"),
                                QStringLiteral("connection"),
                                QStringLiteral("classificationId"),
                                QStringLiteral("classificationName"),
                                QStringLiteral("batchId"),
                                QStringLiteral("fileCount"),
                                QStringLiteral("outcome"),
                                QStringLiteral("httpStatus"),
                                QStringLiteral("serverMessage"),
                                QStringLiteral("durationMs")};
    for (const QJsonObject& entry : json.jsonLines()) {
        QStringList keys = entry.keys();
        QStringList expected = fields;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
    }
    // The connection's id is the program's, never shown.
    QVERIFY(!json.out.contains(StagingId.toUtf8()) && !json.out.contains(ProductionId.toUtf8()));
    QCOMPARE(json.jsonLines().at(1).value(QLatin1String("host")).toString(), LegacyHost);

    // Lines for people name the connection of each entry that has one.
    const CliRun text = runner.run({QStringLiteral("audit")});
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(StagingName.toUtf8()) && lines.at(0).contains("-StagBatch0000000001"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).contains(ProductionName.toUtf8()), lines.at(1).constData());
    QVERIFY2(!lines.at(2).contains("acme"), lines.at(2).constData());

    // CSV: the connection right after the host.
    const CliRun csv = runner.run({QStringLiteral("audit"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(
        csv.out.startsWith("started_utc,completed_utc,os_user,machine,host,connection,classification_id,"),
        csv.out.constData());
    QVERIFY2(csv.out.contains("," + LegacyHost.toUtf8() + "," + ProductionName.toUtf8() + ","),
             csv.out.constData());
}

// --connection NAME (or EXTRACTA_CONNECTION) narrows the trail to that connection's entries, in
// every output form; the flag wins over the environment.
void TestCliCommands::auditOfOneConnection()
{
    CliRunner runner;
    saveConnections(runner, {connection(ProductionId, ProductionName, EnvironmentType::Production),
                             connection(StagingId, StagingName, EnvironmentType::Staging)});
    QVERIFY(recordEntries(runner,
                          {{QStringLiteral("-ProdBatch0000000001"), LegacyHost, ProductionId, ProductionName},
                           {QStringLiteral("-StagBatch0000000001"), LegacyHost, StagingId, StagingName},
                           {QStringLiteral("-NoConnection0000001"), LegacyHost, {}, {}},
                           {QStringLiteral("-ProdBatch0000000002"), LegacyHost, ProductionId,
                            QStringLiteral("acme-prod-renamed-since")}}));
    const QStringList production = {QStringLiteral("-ProdBatch0000000002@acme-prod-renamed-since"),
                                    QStringLiteral("-ProdBatch0000000001@") + ProductionName};
    const QStringList staging = {QStringLiteral("-StagBatch0000000001@") + StagingName};

    // By id: an entry keeps the name it had then, and is still the connection's after a rename.
    CliRun run = runner.run(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"), ProductionName});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run), production);
    // Names are matched ignoring case, as everywhere.
    run = runner.run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"),
                      QStringLiteral("ACME-STAGING")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run), staging);

    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), StagingName);
    run = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run), staging);
    run = runner.run(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"), ProductionName});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run), production);

    // Lines and CSV follow the same filter.
    run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    QVERIFY2(run.out.contains("-StagBatch0000000001"), run.out.constData());
    run = runner.run({QStringLiteral("audit"), QStringLiteral("--csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 2);
    QVERIFY2(run.out.contains("-StagBatch0000000001"), run.out.constData());

    // Without either, every entry, as before connections.
    runner.environment().remove(QStringLiteral("EXTRACTA_CONNECTION"));
    run = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.jsonLines().size(), 4);
}

// A connection name that is not saved is an error (exit 2), never the whole trail instead.
void TestCliCommands::auditOfAnUnknownConnection()
{
    CliRunner runner;
    saveConnections(runner, {connection(ProductionId, ProductionName, EnvironmentType::Production),
                             connection(StagingId, StagingName, EnvironmentType::Staging)});
    QVERIFY(recordEntries(
        runner, {{QStringLiteral("-ProdBatch0000000001"), LegacyHost, ProductionId, ProductionName}}));
    const QString unknown = QStringLiteral("acme-typo-x1");

    CliRun run = runner.run(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"), unknown});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.contains("No connection has the name given by --connection"), run.err.constData());
    // The known ones are listed; the unknown name is not repeated (it might be a misplaced token).
    QVERIFY2(run.err.contains(ProductionName.toUtf8()) && run.err.contains(StagingName.toUtf8()),
             run.err.constData());
    QVERIFY2(!run.err.contains(unknown.toUtf8()), run.err.constData());

    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), unknown);
    for (const QStringList& arguments : {QStringList{QStringLiteral("audit")},
                                         QStringList{QStringLiteral("audit"), QStringLiteral("--csv")}}) {
        run = runner.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.contains("EXTRACTA_CONNECTION"), run.err.constData());
    }
}

// The connection made from the setup of a version before connections shows the entries that version
// recorded under its API host, and keeps them: they are its own from then on.
void TestCliCommands::auditAdoptsTheEntriesMadeBeforeConnections()
{
    CliRunner runner;
    saveConnections(runner, {connection(QStringLiteral("default"), ProductionName,
                                        EnvironmentType::Production, LegacyHost),
                             connection(StagingId, StagingName, EnvironmentType::Staging)});
    QVERIFY(recordEntries(
        runner,
        {{QStringLiteral("-OldBatch00000000001"), LegacyHost, {}, {}},
         {QStringLiteral("-OtherHost0000000001"), QStringLiteral("other.example"), {}, {}},
         {QStringLiteral("-StagBatch0000000001"), LegacyHost, StagingId, StagingName},
         {QStringLiteral("-NewBatch00000000001"), LegacyHost, QStringLiteral("default"), ProductionName}}));

    // Listing everything adopts nothing.
    CliRun run = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(batchesWithConnection(run).contains(QStringLiteral("-OldBatch00000000001@")));

    run = runner.run(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"), ProductionName});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run),
             (QStringList{QStringLiteral("-NewBatch00000000001@") + ProductionName,
                          QStringLiteral("-OldBatch00000000001@") + ProductionName}));

    // Adopted for good; the other host's entry and the other connection's stay as they were.
    run = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(batchesWithConnection(run),
             (QStringList{QStringLiteral("-NewBatch00000000001@") + ProductionName,
                          QStringLiteral("-StagBatch0000000001@") + StagingName,
                          QStringLiteral("-OtherHost0000000001@"),
                          QStringLiteral("-OldBatch00000000001@") + ProductionName}));
    run = runner.run(
        {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--connection"), StagingName});
    QCOMPARE(batchesWithConnection(run), QStringList{QStringLiteral("-StagBatch0000000001@") + StagingName});
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
