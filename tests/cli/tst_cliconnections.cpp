// extracta-batch and named connections, run as a real process: which connection a command runs on
// (--connection, EXTRACTA_CONNECTION, the current one), each with its own URL and token; the
// connections commands (list, add, remove, set-token, export, import); and a setup of the version
// before connections, which keeps working without anything entered again. Tokens are kept in the
// plain token file here (no keychain in these runs); tst_clikeychain does the same with a real one.
#include "clitestharness.h"
#include "sampleids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace SampleIds;

const QString Connections = QStringLiteral("connections");

QString settingsPath(const CliRunner& runner)
{
    return runner.configHome() + QStringLiteral("/extracta-batch-admin/extracta-batch-admin.conf");
}

QString tokenFilePath(const CliRunner& runner)
{
    return runner.configHome() +
           QStringLiteral("/extracta-batch-admin/extracta-batch-admin/credentials.json");
}

// Tokens go to the app's plain file, as when the user chose it in the app's settings.
void useTokenFile(CliRunner& runner)
{
    QSettings settings(settingsPath(runner), QSettings::IniFormat);
    settings.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

CliRun add(CliRunner& runner, const QString& name, const QString& url, const QStringList& more = {})
{
    return runner.run(
        QStringList{Connections, QStringLiteral("add"), name, QStringLiteral("--api-url"), url} + more);
}

CliRun setToken(CliRunner& runner, const QString& name, const QString& token)
{
    runner.addSecret(token);
    return runner.run({Connections, QStringLiteral("set-token"), name, QStringLiteral("--token-stdin")},
                      token.toUtf8() + '\n');
}

// `connections list --json`, by name.
QHash<QString, QJsonObject> listed(CliRunner& runner)
{
    const CliRun run = runner.run({Connections, QStringLiteral("list"), QStringLiteral("--json")});
    QHash<QString, QJsonObject> byName;
    if (run.exitCode != 0)
        return byName;
    for (const QJsonObject& object : run.jsonLines())
        byName.insert(object.value(QLatin1String("name")).toString(), object);
    return byName;
}

QList<SandboxRequest> requests(SandboxThread& sandbox)
{
    return sandbox.call([](SandboxServer& server) { return server.requests(); });
}

QStringList credits(const QStringList& more = {})
{
    return QStringList{QStringLiteral("credits")} + more;
}

// The lines of an import report that start with `word` (added, skipped, would overwrite…).
QStringList reported(const CliRun& run, const QString& word)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        if (line.startsWith(word + QLatin1Char(' ')))
            lines << line.mid(word.size()).trimmed();
    }
    return lines;
}

} // namespace

class TestCliConnections : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void setupBeforeConnectionsKeepsWorking();
    void addListAndRemove();
    void addRefusesWhatCannotBeSaved_data();
    void addRefusesWhatCannotBeSaved();
    void lastConnectionIsNotRemoved();
    void unknownConnectionIsAUsageError();
    void eachConnectionUsesItsOwnUrlAndToken();
    void apiUrlFlagWinsOverTheConnection();
    void setTokenRefusesWhatIsNoToken();
    void setTokenWithoutAKeychainSaysSo();
    void listWithoutAKeychainSaysSoOnce();
    void exportHoldsNoTokenAndImportsElsewhere();
    void importReportsEachEntry();
    void importRefusesWhatIsNotAnExport_data();
    void importRefusesWhatIsNotAnExport();
    void confirmationNamesTheConnection();
};

void TestCliConnections::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

// A settings file of the version before connections (a saved URL, the token under "default"): the
// first command makes it a connection, which finds that token, and nothing has to be entered again.
void TestCliConnections::setupBeforeConnectionsKeepsWorking()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.addSecret(sandbox.token());
    {
        QSettings settings(settingsPath(runner), QSettings::IniFormat);
        settings.setValue(QStringLiteral("api/baseUrl"), sandbox.baseUrl());
        settings.setValue(QStringLiteral("token/storage"), QStringLiteral("plain-file"));
    }
    QVERIFY(QDir().mkpath(QFileInfo(tokenFilePath(runner)).absolutePath()));
    QVERIFY(writeFile(tokenFilePath(runner),
                      QJsonDocument(QJsonObject{{QStringLiteral("default"), sandbox.token()}}).toJson()));

    const CliRun run = runner.run(credits());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(requests(sandbox).size(), 1);
    QCOMPARE(requests(sandbox).constFirst().header("Authorization"), "Bearer " + sandbox.token().toUtf8());

    const QHash<QString, QJsonObject> connections = listed(runner);
    QCOMPARE(connections.size(), 1);
    const QJsonObject migrated = connections.constBegin().value();
    QCOMPARE(migrated.value(QLatin1String("apiUrl")).toString(), sandbox.baseUrl());
    QCOMPARE(migrated.value(QLatin1String("environment")).toString(), QStringLiteral("development"));
    QCOMPARE(migrated.value(QLatin1String("tokenStored")).toBool(), true);
    QCOMPARE(migrated.value(QLatin1String("current")).toBool(), true);
    // Named by its host, and usable by that name.
    const QString name = connections.constBegin().key();
    QVERIFY2(sandbox.baseUrl().contains(name), qPrintable(name));
    QCOMPARE(runner.run(credits({QStringLiteral("--connection"), name})).exitCode, 0);
    QCOMPARE(requests(sandbox).size(), 2);
}

void TestCliConnections::addListAndRemove()
{
    CliRunner runner;
    useTokenFile(runner);
    CliRun run =
        add(runner, QStringLiteral("acme-staging"), QStringLiteral("https://staging.acme.example/api/v1"),
            {QStringLiteral("--environment"), QStringLiteral("staging"), QStringLiteral("--note"),
             QStringLiteral("EU tenant")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("acme-staging"), run.out.constData());
    run = add(runner, QStringLiteral("local"), QStringLiteral("http://127.0.0.1:9/api/v1"));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(setToken(runner, QStringLiteral("local"), QStringLiteral("tok_local_4711")).exitCode == 0);

    QHash<QString, QJsonObject> connections = listed(runner);
    // The first command made the default connection of a new install; the two added come with it.
    QCOMPARE(connections.size(), 3);
    const QJsonObject staging = connections.value(QStringLiteral("acme-staging"));
    QCOMPARE(staging.value(QLatin1String("apiUrl")).toString(),
             QStringLiteral("https://staging.acme.example/api/v1"));
    QCOMPARE(staging.value(QLatin1String("environment")).toString(), QStringLiteral("staging"));
    QCOMPARE(staging.value(QLatin1String("note")).toString(), QStringLiteral("EU tenant"));
    QCOMPARE(staging.value(QLatin1String("tokenStored")).toBool(), false);
    QCOMPARE(staging.value(QLatin1String("current")).toBool(), false);
    // A URL on this computer is taken for development when no type is given.
    const QJsonObject local = connections.value(QStringLiteral("local"));
    QCOMPARE(local.value(QLatin1String("environment")).toString(), QStringLiteral("development"));
    QCOMPARE(local.value(QLatin1String("tokenStored")).toBool(), true);
    QCOMPARE(connections.value(QStringLiteral("api.extracta.ai")).value(QLatin1String("current")).toBool(),
             true);
    for (const QJsonObject& object : std::as_const(connections)) {
        QCOMPARE(object.keys(), (QStringList{QStringLiteral("apiUrl"), QStringLiteral("current"),
                                             QStringLiteral("environment"), QStringLiteral("name"),
                                             QStringLiteral("note"), QStringLiteral("tokenStored")}));
    }

    // The table: a header, one row per connection, the current one marked.
    run = runner.run({Connections});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).contains(QLatin1String("NAME")) &&
                 lines.at(0).contains(QLatin1String("ENVIRONMENT")),
             qPrintable(lines.at(0)));
    const auto row = [&lines](const QString& name) {
        for (const QString& line : lines) {
            if (line.mid(3).startsWith(name + QLatin1Char(' ')))
                return line;
        }
        return QString();
    };
    QVERIFY2(row(QStringLiteral("api.extracta.ai")).startsWith(QLatin1Char('*')), run.out.constData());
    QVERIFY2(row(QStringLiteral("acme-staging")).contains(QLatin1String("Staging")), run.out.constData());
    QVERIFY2(row(QStringLiteral("acme-staging")).contains(QLatin1String("EU tenant")), run.out.constData());
    QVERIFY2(row(QStringLiteral("local")).contains(QLatin1String("saved")), run.out.constData());
    QVERIFY2(!row(QStringLiteral("local")).startsWith(QLatin1Char('*')), run.out.constData());
    // Columns line up: each row's URL starts where the header's does.
    const qsizetype urlColumn = lines.at(0).indexOf(QLatin1String("API URL"));
    QCOMPARE(row(QStringLiteral("local")).indexOf(QLatin1String("http://")), urlColumn);
    QCOMPARE(row(QStringLiteral("acme-staging")).indexOf(QLatin1String("https://")), urlColumn);

    // Removing takes the token with it.
    run = runner.run({Connections, QStringLiteral("remove"), QStringLiteral("LOCAL")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Removed the connection local"), run.out.constData());
    QVERIFY2(run.out.contains("Removed its token"), run.out.constData());
    QVERIFY(!readFile(tokenFilePath(runner)).contains("tok_local_4711"));
    connections = listed(runner);
    QCOMPARE(connections.size(), 2);
    QVERIFY(!connections.contains(QStringLiteral("local")));

    // A name nobody has is not repeated, and the known ones are listed.
    run = runner.run({Connections, QStringLiteral("remove"), QStringLiteral("tok_not_a_name_9f8e")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("acme-staging") && run.err.contains("api.extracta.ai"), run.err.constData());
    QVERIFY(!run.text().contains(QLatin1String("9f8e")));
    QCOMPARE(listed(runner).size(), 2);
}

void TestCliConnections::addRefusesWhatCannotBeSaved_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString add = QStringLiteral("add");
    const QString url = QStringLiteral("--api-url");
    const QString good = QStringLiteral("https://api.acme.example/api/v1");
    QTest::newRow("existing name, other case")
        << QStringList{add, QStringLiteral("ACME-prod"), url, good} << QStringLiteral("exists already");
    QTest::newRow("plain http to another host")
        << QStringList{add, QStringLiteral("other"), url, QStringLiteral("http://10.0.0.1/api/v1")}
        << QStringLiteral("https://");
    QTest::newRow("empty url") << QStringList{add, QStringLiteral("other"), url, QString()} << QString();
    QTest::newRow("no url") << QStringList{add, QStringLiteral("other")} << QStringLiteral("--api-url");
    QTest::newRow("unknown environment")
        << QStringList{add,  QStringLiteral("other"),         url,
                       good, QStringLiteral("--environment"), QStringLiteral("qa")}
        << QStringLiteral("production, staging, development");
    QTest::newRow("demo is not a saved type")
        << QStringList{add,  QStringLiteral("other"),         url,
                       good, QStringLiteral("--environment"), QStringLiteral("demo")}
        << QStringLiteral("--environment");
    QTest::newRow("no name") << QStringList{add} << QStringLiteral("Name the connection");
    QTest::newRow("name too long") << QStringList{add, QString(65, QLatin1Char('n')), url, good}
                                   << QStringLiteral("at most 64");
    QTest::newRow("note on list") << QStringList{QStringLiteral("list"), QStringLiteral("--note"),
                                                 QStringLiteral("x")}
                                  << QStringLiteral("--note");
    QTest::newRow("--connection with connections")
        << QStringList{QStringLiteral("list"), QStringLiteral("--connection"), QStringLiteral("acme-prod")}
        << QStringLiteral("--connection");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("rename")} << QStringLiteral("rename");
}

void TestCliConnections::addRefusesWhatCannotBeSaved()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    CliRunner runner;
    QCOMPARE(
        add(runner, QStringLiteral("acme-prod"), QStringLiteral("https://api.acme.example/api/v1")).exitCode,
        0);
    const CliRun run = runner.run(QStringList{Connections} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(listed(runner).size(), 2);
}

void TestCliConnections::lastConnectionIsNotRemoved()
{
    CliRunner runner;
    QCOMPARE(
        add(runner, QStringLiteral("acme-prod"), QStringLiteral("https://api.acme.example/api/v1")).exitCode,
        0);
    QCOMPARE(runner.run({Connections, QStringLiteral("remove"), QStringLiteral("api.extracta.ai")}).exitCode,
             0);
    const CliRun run = runner.run({Connections, QStringLiteral("remove"), QStringLiteral("acme-prod")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("add another first"), run.err.constData());
    QCOMPARE(listed(runner).keys(), QStringList{QStringLiteral("acme-prod")});
    // And a command with no connection named now runs on the one left.
    QCOMPARE(listed(runner).value(QStringLiteral("acme-prod")).value(QLatin1String("current")).toBool(),
             true);
}

// An unknown name, from the option or the environment, is never a fall-back to another connection.
void TestCliConnections::unknownConnectionIsAUsageError()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QCOMPARE(add(runner, QStringLiteral("sandbox"), sandbox.baseUrl()).exitCode, 0);

    CliRun run = runner.run(credits({QStringLiteral("--connection"), QStringLiteral("tok_unknown_1a2b3c")}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--connection"), run.err.constData());
    QVERIFY2(run.err.contains("Known connections: api.extracta.ai, sandbox."), run.err.constData());
    QVERIFY(!run.text().contains(QLatin1String("1a2b3c")));

    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), QStringLiteral("nowhere"));
    run = runner.run(credits());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("EXTRACTA_CONNECTION"), run.err.constData());
    QVERIFY2(run.err.contains("sandbox"), run.err.constData());
    run = runner.run({QStringLiteral("delete"), QStringLiteral("--classification"), InvoicesClassification,
                      QStringLiteral("--batch"), InvoicesFirstBatch, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));

    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), QString());
    run = runner.run(credits());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("EXTRACTA_CONNECTION is empty"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);

    // The name, in any case, from the environment.
    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), QStringLiteral("SANDBOX"));
    run = runner.run(credits());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(sandbox.requestCount(), 1);
}

// Two connections to two servers, each with its own token: the connection named decides where the
// request goes and which token it carries.
void TestCliConnections::eachConnectionUsesItsOwnUrlAndToken()
{
    SandboxThread first;
    SandboxThread second;
    QVERIFY(first.token() != second.token());
    CliRunner runner;
    useTokenFile(runner);
    QCOMPARE(add(runner, QStringLiteral("first"), first.baseUrl()).exitCode, 0);
    QCOMPARE(add(runner, QStringLiteral("second"), second.baseUrl()).exitCode, 0);
    CliRun run = setToken(runner, QStringLiteral("first"), first.token());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Saved the token of the connection first"), run.out.constData());
    run = setToken(runner, QStringLiteral("second"), second.token());
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = runner.run(credits({QStringLiteral("--connection"), QStringLiteral("first")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(requests(first).size(), 1);
    QCOMPARE(requests(first).constLast().header("Authorization"), "Bearer " + first.token().toUtf8());
    QCOMPARE(second.requestCount(), 0);

    run = runner.run(credits({QStringLiteral("--connection"), QStringLiteral("second")}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(requests(second).size(), 1);
    QCOMPARE(requests(second).constLast().header("Authorization"), "Bearer " + second.token().toUtf8());
    QCOMPARE(first.requestCount(), 1);

    // EXTRACTA_CONNECTION names one when the option does not…
    runner.environment().insert(QStringLiteral("EXTRACTA_CONNECTION"), QStringLiteral("second"));
    QCOMPARE(runner.run(credits()).exitCode, 0);
    QCOMPARE(second.requestCount(), 2);
    // …and the option wins over it.
    QCOMPARE(runner.run(credits({QStringLiteral("--connection"), QStringLiteral("first")})).exitCode, 0);
    QCOMPARE(first.requestCount(), 2);
    QCOMPARE(second.requestCount(), 2);

    // Deletions go to the connection named, with its token.
    run = runner.run({QStringLiteral("delete"), QStringLiteral("--classification"), InvoicesClassification,
                      QStringLiteral("--batch"), InvoicesFirstBatch, QStringLiteral("--yes"),
                      QStringLiteral("--connection"), QStringLiteral("first")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!first.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QVERIFY(second.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QCOMPARE(requests(first).constLast().header("Authorization"), "Bearer " + first.token().toUtf8());

    const QHash<QString, QJsonObject> connections = listed(runner);
    QCOMPARE(connections.value(QStringLiteral("first")).value(QLatin1String("tokenStored")).toBool(), true);
    QCOMPARE(connections.value(QStringLiteral("second")).value(QLatin1String("tokenStored")).toBool(), true);
    QCOMPARE(
        connections.value(QStringLiteral("api.extracta.ai")).value(QLatin1String("tokenStored")).toBool(),
        false);
}

// --api-url (and EXTRACTA_API_URL) still win over the connection's URL, for ad-hoc use; the token is
// still the connection's.
void TestCliConnections::apiUrlFlagWinsOverTheConnection()
{
    SandboxThread sandbox;
    CliRunner runner;
    useTokenFile(runner);
    const QString dead = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
    QCOMPARE(add(runner, QStringLiteral("gone"), dead).exitCode, 0);
    QCOMPARE(setToken(runner, QStringLiteral("gone"), sandbox.token()).exitCode, 0);
    const QStringList onGone{QStringLiteral("--connection"), QStringLiteral("gone")};
    QCOMPARE(runner.run(credits(onGone)).exitCode, 3);
    QCOMPARE(
        runner.run(credits(onGone + QStringList{QStringLiteral("--api-url"), sandbox.baseUrl()})).exitCode,
        0);
    runner.environment().insert(QStringLiteral("EXTRACTA_API_URL"), sandbox.baseUrl());
    QCOMPARE(runner.run(credits(onGone)).exitCode, 0);
    QCOMPARE(requests(sandbox).size(), 2);
    QCOMPARE(requests(sandbox).constLast().header("Authorization"), "Bearer " + sandbox.token().toUtf8());
}

void TestCliConnections::setTokenRefusesWhatIsNoToken()
{
    CliRunner runner;
    useTokenFile(runner);
    const QStringList setTokenLocal{Connections, QStringLiteral("set-token"),
                                    QStringLiteral("api.extracta.ai"), QStringLiteral("--token-stdin")};
    runner.addSecret(QStringLiteral("tok_with space"));
    CliRun run = runner.run(setTokenLocal, "tok_with space\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("spaces or control characters"), run.err.constData());
    run = runner.run(setTokenLocal);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No token was saved"), run.err.constData());
    // Only from standard input: never from an argument.
    run = runner.run({Connections, QStringLiteral("set-token"), QStringLiteral("api.extracta.ai")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--token-stdin"), run.err.constData());
    run = runner.run(
        {Connections, QStringLiteral("set-token"), QStringLiteral("nobody"), QStringLiteral("--token-stdin")},
        "tok_for_nobody\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Known connections: api.extracta.ai"), run.err.constData());
    QVERIFY(!QFile::exists(tokenFilePath(runner)));
    QCOMPARE(
        listed(runner).value(QStringLiteral("api.extracta.ai")).value(QLatin1String("tokenStored")).toBool(),
        false);
}

// The OS keychain is where tokens go unless the app chose the file; without one, set-token says so.
void TestCliConnections::setTokenWithoutAKeychainSaysSo()
{
    CliRunner runner; // the harness's D-Bus address leads nowhere
    const CliRun run =
        setToken(runner, QStringLiteral("api.extracta.ai"), QStringLiteral("tok_nowhere_to_go"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("was not saved in the OS keychain"), run.err.constData());
    QVERIFY2(run.err.contains("The OS keychain is not available"), run.err.constData());
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliConnections::listWithoutAKeychainSaysSoOnce()
{
    CliRunner runner;
    for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        QCOMPARE(add(runner, name, QStringLiteral("https://%1.example/api/v1").arg(name)).exitCode, 0);
    const CliRun run = runner.run({Connections, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err.count("keychain is not available"), 1);
    const QList<QJsonObject> objects = run.jsonLines();
    QCOMPARE(objects.size(), 4);
    for (const QJsonObject& object : objects) {
        QCOMPARE(object.value(QLatin1String("tokenStored")), QJsonValue(false));
    }
}

// An export holds names, URLs, types and notes: never a token and never an id. It can be read on
// another computer (another home here), where the connections then work once their tokens are set.
void TestCliConnections::exportHoldsNoTokenAndImportsElsewhere()
{
    SandboxThread sandbox;
    CliRunner here;
    useTokenFile(here);
    QCOMPARE(add(here, QStringLiteral("acme-prod"), sandbox.baseUrl(),
                 {QStringLiteral("--environment"), QStringLiteral("production"), QStringLiteral("--note"),
                  QStringLiteral("billing: ask Dana")})
                 .exitCode,
             0);
    QCOMPARE(add(here, QStringLiteral("acme-staging"), QStringLiteral("https://staging.acme.example/api/v1"),
                 {QStringLiteral("--environment"), QStringLiteral("staging")})
                 .exitCode,
             0);
    QCOMPARE(setToken(here, QStringLiteral("acme-prod"), sandbox.token()).exitCode, 0);
    QVERIFY(readFile(tokenFilePath(here)).contains(sandbox.token().toUtf8()));

    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("connections.json"));
    CliRun run = here.run({Connections, QStringLiteral("export"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray bytes = readFile(file);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(sandbox.token().toUtf8()));
    QVERIFY(!bytes.toLower().contains("token"));
    const QJsonObject exported = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(exported.value(QLatin1String("format")).toString(),
             QStringLiteral("extracta-batch-connections"));
    QCOMPARE(exported.value(QLatin1String("version")).toInt(), 1);
    const QJsonArray entries = exported.value(QLatin1String("connections")).toArray();
    QCOMPARE(entries.size(), 3);
    for (const QJsonValue& entry : entries) {
        QCOMPARE(entry.toObject().keys(),
                 (QStringList{QStringLiteral("apiUrl"), QStringLiteral("environment"), QStringLiteral("name"),
                              QStringLiteral("note")}));
    }
    // The same on standard output.
    run = here.run({Connections, QStringLiteral("export"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object(), exported);

    CliRunner there;
    useTokenFile(there);
    run = there.run({Connections, QStringLiteral("import"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(reported(run, QStringLiteral("added")),
             (QStringList{QStringLiteral("acme-prod"), QStringLiteral("acme-staging")}));
    // The default connection of a new install is the same on both.
    QCOMPARE(reported(run, QStringLiteral("skipped")).size(), 1);
    QVERIFY(
        reported(run, QStringLiteral("skipped")).constFirst().startsWith(QLatin1String("api.extracta.ai")));

    const QHash<QString, QJsonObject> imported = listed(there);
    QCOMPARE(imported.size(), 3);
    const QJsonObject prod = imported.value(QStringLiteral("acme-prod"));
    QCOMPARE(prod.value(QLatin1String("apiUrl")).toString(), sandbox.baseUrl());
    QCOMPARE(prod.value(QLatin1String("environment")).toString(), QStringLiteral("production"));
    QCOMPARE(prod.value(QLatin1String("note")).toString(), QStringLiteral("billing: ask Dana"));
    QCOMPARE(prod.value(QLatin1String("tokenStored")).toBool(), false);
    QCOMPARE(imported.value(QStringLiteral("acme-staging")).value(QLatin1String("environment")).toString(),
             QStringLiteral("staging"));

    // No token came along: the connection needs its own before it can be used.
    const QStringList onProd = credits({QStringLiteral("--connection"), QStringLiteral("acme-prod")});
    run = there.run(onProd);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("No API token is saved"), run.err.constData());
    QCOMPARE(setToken(there, QStringLiteral("acme-prod"), sandbox.token()).exitCode, 0);
    QCOMPARE(there.run(onProd).exitCode, 0);
    QCOMPARE(sandbox.requestCount(), 1);
}

// Each entry is reported: added, skipped (the same), would overwrite (same name, other settings),
// replaced (with --overwrite, keeping the connection and its token) or invalid (and why).
void TestCliConnections::importReportsEachEntry()
{
    SandboxThread sandbox;
    CliRunner runner;
    useTokenFile(runner);
    QCOMPARE(add(runner, QStringLiteral("acme-prod"), sandbox.baseUrl(),
                 {QStringLiteral("--note"), QStringLiteral("old")})
                 .exitCode,
             0);
    QCOMPARE(setToken(runner, QStringLiteral("acme-prod"), sandbox.token()).exitCode, 0);
    const auto entry = [](const QString& name, const QString& url, const QString& environment,
                          const QString& note) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("apiUrl"), url},
                           {QStringLiteral("environment"), environment},
                           {QStringLiteral("note"), note}};
    };
    const QJsonArray entries{
        entry(QStringLiteral("Acme-Prod"), sandbox.baseUrl(), QStringLiteral("development"),
              QStringLiteral("new")),
        entry(QStringLiteral("api.extracta.ai"), QStringLiteral("https://api.extracta.ai/api/v1"),
              QStringLiteral("production"), QString()),
        entry(QStringLiteral("acme-dev"), QStringLiteral("https://dev.acme.example/api/v1"),
              QStringLiteral("development"), QString()),
        entry(QStringLiteral("insecure"), QStringLiteral("http://10.1.2.3/api/v1"),
              QStringLiteral("production"), QString()),
        entry(QStringLiteral("odd-type"), QStringLiteral("https://odd.example/api/v1"), QStringLiteral("qa"),
              QString()),
        QJsonValue(QStringLiteral("not an object")),
    };
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("connections.json"));
    QVERIFY(writeFile(file, QJsonDocument(QJsonObject{{QStringLiteral("format"),
                                                       QStringLiteral("extracta-batch-connections")},
                                                      {QStringLiteral("version"), 1},
                                                      {QStringLiteral("connections"), entries}})
                                .toJson()));

    CliRun run = runner.run({Connections, QStringLiteral("import"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(reported(run, QStringLiteral("added")), QStringList{QStringLiteral("acme-dev")});
    QCOMPARE(reported(run, QStringLiteral("skipped")).size(), 1);
    QCOMPARE(reported(run, QStringLiteral("would overwrite")).size(), 1);
    QVERIFY2(
        reported(run, QStringLiteral("would overwrite")).constFirst().contains(QLatin1String("--overwrite")),
        run.out.constData());
    const QStringList invalid = reported(run, QStringLiteral("invalid"));
    QCOMPARE(invalid.size(), 3);
    QVERIFY2(invalid.at(0).startsWith(QLatin1String("insecure")) &&
                 invalid.at(0).contains(QLatin1String("https")),
             qPrintable(invalid.at(0)));
    QVERIFY2(invalid.at(1).startsWith(QLatin1String("odd-type")) &&
                 invalid.at(1).contains(QLatin1String("environment")),
             qPrintable(invalid.at(1)));
    QVERIFY2(invalid.at(2).startsWith(QLatin1String("entry 6")), qPrintable(invalid.at(2)));
    QVERIFY2(run.err.contains("1 added, 1 skipped, 1 would overwrite, 0 replaced, 3 invalid."),
             run.err.constData());
    QHash<QString, QJsonObject> connections = listed(runner);
    QCOMPARE(connections.size(), 3);
    QCOMPARE(connections.value(QStringLiteral("acme-prod")).value(QLatin1String("note")).toString(),
             QStringLiteral("old"));

    // --overwrite replaces the settings and keeps the connection, its token with it.
    run = runner.run({Connections, QStringLiteral("import"), file, QStringLiteral("--overwrite")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(reported(run, QStringLiteral("replaced")), QStringList{QStringLiteral("Acme-Prod")});
    QCOMPARE(reported(run, QStringLiteral("skipped")).size(), 2); // acme-dev is there now
    connections = listed(runner);
    const QJsonObject prod = connections.value(QStringLiteral("acme-prod"));
    QCOMPARE(prod.value(QLatin1String("note")).toString(), QStringLiteral("new"));
    QCOMPARE(prod.value(QLatin1String("environment")).toString(), QStringLiteral("development"));
    QCOMPARE(prod.value(QLatin1String("tokenStored")).toBool(), true);
    QCOMPARE(runner.run(credits({QStringLiteral("--connection"), QStringLiteral("acme-prod")})).exitCode, 0);

    // A replacement that sends the saved token to another URL says so, with the old and new URL.
    const QString moved = folder.filePath(QStringLiteral("moved.json"));
    QVERIFY(writeFile(
        moved,
        QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("extracta-batch-connections")},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("connections"),
                                   QJsonArray{entry(QStringLiteral("acme-prod"),
                                                    QStringLiteral("https://prod2.acme.example/api/v1"),
                                                    QStringLiteral("production"), QStringLiteral("new"))}}})
            .toJson()));
    run = runner.run({Connections, QStringLiteral("import"), moved, QStringLiteral("--overwrite")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList replaced = reported(run, QStringLiteral("replaced"));
    QCOMPARE(replaced.size(), 1);
    QVERIFY2(replaced.first().contains(QLatin1String("now https://prod2.acme.example/api/v1 (production)")) &&
                 replaced.first().contains(QLatin1String("saved token goes to the new URL")),
             qPrintable(replaced.first()));
}

void TestCliConnections::importRefusesWhatIsNotAnExport_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("name,apiUrl\nacme,https://acme.example\n")
                              << QStringLiteral("not a JSON object");
    QTest::newRow("json array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("other format") << QByteArray(R"({"format":"something-else","version":1,"connections":[]})")
                                  << QStringLiteral("\"format\"");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"extracta-batch-connections","version":2,"connections":[]})")
        << QStringLiteral("version");
    QTest::newRow("connections not a list")
        << QByteArray(R"({"format":"extracta-batch-connections","version":1,"connections":{}})")
        << QStringLiteral("version");
    QByteArray huge = R"({"format":"extracta-batch-connections","version":1,"connections":[)";
    huge += QByteArray(1024 * 1024, ' ') + "]}";
    QTest::newRow("larger than 1 MiB") << huge << QStringLiteral("1 MiB");
}

void TestCliConnections::importRefusesWhatIsNotAnExport()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    CliRunner runner;
    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("connections.json"));
    QVERIFY(writeFile(file, contents));
    CliRun run = runner.run({Connections, QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // The same from standard input.
    run = runner.run({Connections, QStringLiteral("import"), QStringLiteral("-")}, contents);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
    QCOMPARE(listed(runner).size(), 1);

    // A file that is not there: exit 2, and its name is not repeated.
    run = runner.run(
        {Connections, QStringLiteral("import"), folder.filePath(QStringLiteral("tok_missing_77"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.text().contains(QLatin1String("tok_missing_77")));
}

// On a terminal, delete names the connection and its environment in words before its question.
void TestCliConnections::confirmationNamesTheConnection()
{
    if (!CliRunner::canRunInTerminal())
        QSKIP("script(1) is not installed");
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QCOMPARE(add(runner, QStringLiteral("acme-staging"), sandbox.baseUrl(),
                 {QStringLiteral("--environment"), QStringLiteral("staging")})
                 .exitCode,
             0);
    const CliRun run =
        runner.runInTerminal({QStringLiteral("delete"), QStringLiteral("--classification"),
                              InvoicesClassification, QStringLiteral("--batch"), InvoicesFirstBatch,
                              QStringLiteral("--connection"), QStringLiteral("acme-staging")},
                             "no\n");
    QCOMPARE(run.exitCode, 4);
    const QString screen = run.text();
    QVERIFY2(screen.contains(QStringLiteral("Connection:     Staging — acme-staging")), qPrintable(screen));
    QVERIFY2(screen.contains(QLatin1String("Type the batch ID to confirm")), qPrintable(screen));
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cliconnections.moc"
