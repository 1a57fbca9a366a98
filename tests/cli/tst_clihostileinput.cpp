// extracta-batch facing hostile text and careless input: server text with escape sequences, NULs,
// forged lines and right-to-left overrides must reach the terminal (and every later `audit`)
// visibly escaped; an empty URL is never the production API; a rejected value is never echoed.
#include "clitestharness.h"
#include "sampleids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using namespace SampleIds;

// A message that, printed raw, retitles the terminal, clears it, rings the bell, hides text after
// a NUL and forges a result line of our own.
const QString HostileMessage = QStringLiteral("\x1b]0;pwned\x07\x1b[2J") + QChar(0) +
                               QStringLiteral("hidden\nDeleted       -FAKE -FAKE\r") + QChar(0x9b) +
                               QStringLiteral("31m") + QStringLiteral("invoice") + QChar(0x202e) +
                               QStringLiteral("fdp.exe");

// What must never reach a terminal: C0 controls other than line ends, DEL, C1 controls (as UTF-8),
// and the bidi and zero-width formatting characters (as UTF-8).
QString terminalProblem(const QByteArray& bytes, bool crlfAllowed)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n' || (crlfAllowed && c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n'))
            continue;
        if (c < 0x20 || c == 0x7f)
            return QStringLiteral("control byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control && c.unicode() >= 0x7f)
            return QStringLiteral("C1 control U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        if (category == QChar::Other_Format || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            return QStringLiteral("invisible U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

QByteArray hostileJsonBody()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                     {QStringLiteral("message"), HostileMessage}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void serverMessageIsShownEscapedNowAndInTheAudit();
    void serverNamesAndFilesAreShownEscaped();
    void emptyApiUrlIsAUsageError_data();
    void emptyApiUrlIsAUsageError();
    void emptyTokenIsAUsageError();
    void rejectedValuesAreNotEchoed_data();
    void rejectedValuesAreNotEchoed();
};

void TestCliHostileInput::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliHostileInput::serverMessageIsShownEscapedNowAndInTheAudit()
{
    SandboxThread sandbox;
    SandboxFault fault;
    fault.kind = SandboxFault::Kind::Status;
    fault.status = 400;
    fault.body = hostileJsonBody();
    sandbox.setFault(fault);
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());

    const CliRun run = runner.run({QStringLiteral("delete"), QStringLiteral("--classification"),
                                   InvoicesClassification, QStringLiteral("--batch"), InvoicesFirstBatch,
                                   QStringLiteral("--yes"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(terminalProblem(run.out, false).isEmpty(), qPrintable(terminalProblem(run.out, false)));
    QVERIFY2(terminalProblem(run.err, false).isEmpty(), qPrintable(terminalProblem(run.err, false)));
    // One result line, the server's words visibly escaped in it; nothing forged.
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith("Refused"), run.out.constData());
    QVERIFY2(run.out.contains("\\x1B]0;pwned\\x07\\x1B[2J\\x00hidden\\nDeleted"), run.out.constData());
    QVERIFY2(run.out.contains("invoice\\u{202E}fdp.exe"), run.out.constData());

    // Stored as the server said it, and replayed by every later audit just as safely.
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("audit")}, QStringList{QStringLiteral("audit"), QStringLiteral("--csv")},
          QStringList{QStringLiteral("audit"), QStringLiteral("--json")}}) {
        const CliRun audit = runner.run(arguments);
        QCOMPARE(audit.exitCode, 0);
        const bool csv = arguments.contains(QStringLiteral("--csv"));
        QVERIFY2(terminalProblem(audit.out, csv).isEmpty(),
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                            terminalProblem(audit.out, csv)));
        QCOMPARE(audit.out.count('\n'), csv ? 2 : 1); // (a header and) one entry: nothing forged
    }
    // JSON keeps the exact text for scripts: its escapes read back as the server's message.
    const CliRun json = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(json.jsonLines().size(), 1);
    QVERIFY2(json.jsonLines()
                 .first()
                 .value(QLatin1String("serverMessage"))
                 .toString()
                 .contains(QStringLiteral("\x1b]0;pwned")),
             json.out.constData());
}

void TestCliHostileInput::serverNamesAndFilesAreShownEscaped()
{
    SandboxThread sandbox;
    const QString classification = QStringLiteral("-HOSTILEclassif0001");
    const QString batch = QStringLiteral("-HOSTILEbatch000001");
    sandbox.call([&](SandboxServer& server) {
        server.addClassification(classification, QStringLiteral("Invoices\nBatch: b-DECOY (0 files)\x1b[2J"),
                                 QStringLiteral("<h1>desc</h1>\x07"), {QStringLiteral("type\x1b]0;x\x07")});
        server.addBatch(
            classification, batch,
            {SandboxFile{QStringLiteral("f\x1b[31m1"),
                         QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe\nfake line"),
                         QStringLiteral("processed\r"), QStringLiteral("invoice"), 0.5}});
    });
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const CliRun run =
        runner.run({QStringLiteral("inspect"), QStringLiteral("--classification"), classification,
                    QStringLiteral("--batch"), batch, QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(terminalProblem(run.out, false).isEmpty(), qPrintable(terminalProblem(run.out, false)));
    QVERIFY2(run.out.contains("Invoices\\nBatch: b-DECOY (0 files)\\x1B[2J"), run.out.constData());
    QVERIFY2(run.out.contains("invoice\\u{202E}fdp.exe\\nfake line"), run.out.constData());
    // The classification, its name, description, types, the batch heading and one file line.
    QCOMPARE(run.out.count('\n'), 6);
    QVERIFY(!run.out.contains("\nfake line"));
}

void TestCliHostileInput::emptyApiUrlIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentUrl"); // null: not set
    QTest::addColumn<QString>("source");

    const QStringList credits{QStringLiteral("credits")};
    QTest::newRow("--api-url \"\"") << (credits + QStringList{QStringLiteral("--api-url"), QString()})
                                    << QString() << QStringLiteral("--api-url");
    QTest::newRow("--api-url \" \"") << (credits +
                                         QStringList{QStringLiteral("--api-url"), QStringLiteral(" ")})
                                     << QString() << QStringLiteral("--api-url");
    QTest::newRow("--api-url=") << (credits + QStringList{QStringLiteral("--api-url=")}) << QString()
                                << QStringLiteral("--api-url");
    QTest::newRow("EXTRACTA_API_URL=\"\"")
        << credits << QStringLiteral("") << QStringLiteral("EXTRACTA_API_URL");
    QTest::newRow("EXTRACTA_API_URL=\" \"")
        << credits << QStringLiteral("  ") << QStringLiteral("EXTRACTA_API_URL");
    QTest::newRow("delete with --api-url=")
        << QStringList{QStringLiteral("delete"),    QStringLiteral("--classification"),
                       InvoicesClassification,      QStringLiteral("--batch"),
                       InvoicesFirstBatch,          QStringLiteral("--yes"),
                       QStringLiteral("--api-url=")}
        << QString() << QStringLiteral("--api-url");
}

void TestCliHostileInput::emptyApiUrlIsAUsageError()
{
    // An unset variable in a script must never mean the production API.
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentUrl);
    QFETCH(QString, source);
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_empty_url_secret_0123"));
    if (!environmentUrl.isNull())
        runner.environment().insert(QStringLiteral("EXTRACTA_API_URL"), environmentUrl);
    const CliRun run = runner.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(source.toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("empty"), run.err.constData());
    QVERIFY(!run.text().contains(QStringLiteral("api.extracta.ai")));
    QVERIFY(run.out.isEmpty());
}

void TestCliHostileInput::emptyTokenIsAUsageError()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.environment().insert(QStringLiteral("EXTRACTA_API_TOKEN"), QStringLiteral("   "));
    const CliRun run =
        runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("EXTRACTA_API_TOKEN"), run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
}

void TestCliHostileInput::rejectedValuesAreNotEchoed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("optionNamed");

    // A token pasted where a value belongs.
    const QString token = QStringLiteral("tok_live_pasted_9f8e7d6c5b4a3210");
    const QStringList del{QStringLiteral("delete"), QStringLiteral("--from-csv"), token};
    QTest::newRow("--timeout") << QStringList{QStringLiteral("credits"), QStringLiteral("--timeout"), token}
                               << QStringLiteral("--timeout");
    QTest::newRow("--concurrency") << (del + QStringList{QStringLiteral("--concurrency"), token,
                                                         QStringLiteral("--yes")})
                                   << QStringLiteral("--concurrency");
    QTest::newRow("--since") << QStringList{QStringLiteral("audit"), QStringLiteral("--since"), token}
                             << QStringLiteral("--since");
    QTest::newRow("--api-url") << QStringList{QStringLiteral("credits"), QStringLiteral("--api-url"), token}
                               << QStringLiteral("--api-url");
    QTest::newRow("--api-url with scheme")
        << QStringList{QStringLiteral("credits"), QStringLiteral("--api-url"),
                       QStringLiteral("ftp://") + token}
        << QStringLiteral("--api-url");
    QTest::newRow("--from-csv") << (del + QStringList{QStringLiteral("--yes")})
                                << QStringLiteral("--from-csv");
    QTest::newRow("as a command") << QStringList{token} << QStringLiteral("command");
    QTest::newRow("after the command")
        << QStringList{QStringLiteral("credits"), token} << QStringLiteral("argument");
}

void TestCliHostileInput::rejectedValuesAreNotEchoed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, optionNamed);
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok_env_for_echo_test_0123"));
    runner.addSecret(QStringLiteral("tok_live_pasted_9f8e7d6c5b4a3210"));
    runner.addSecret(QStringLiteral("9f8e7d6c5b4a3210"));
    const CliRun run = runner.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(optionNamed.toUtf8()), run.err.constData());
    // CliRunner fails the test (cleanup) when a secret appears anywhere in the output.
}

QTEST_GUILESS_MAIN(TestCliHostileInput)
#include "tst_clihostileinput.moc"
