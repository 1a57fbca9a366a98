// The confirmation question of `extracta-batch delete` as a person meets it: the real executable on a
// pseudo-terminal (standard input and error on its slave side, the test reading and typing on the
// master side), against the sandbox. What the prompt tells before the ID is typed, and that --yes
// asks nothing.
#include "clitestharness.h"
#include "sampleids.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

using namespace SampleIds;

const QString UnknownId = QStringLiteral("-OZZZZZZZZZZZZZZZZZZ");
const QString SingleQuestion = QStringLiteral("Type the batch ID to confirm:");
constexpr int WaitMs = 15000;

QStringList singleDelete(const QString& url, const QString& classificationId, const QString& batchId)
{
    return {QStringLiteral("delete"), QStringLiteral("--api-url"), url,    QStringLiteral("--classification"),
            classificationId,         QStringLiteral("--batch"),   batchId};
}

// The requests the sandbox received, as "METHOD path-without-prefix".
QStringList requestLines(SandboxThread& sandbox)
{
    const QList<SandboxRequest> requests =
        sandbox.call([](SandboxServer& server) { return server.requests(); });
    QStringList lines;
    for (const SandboxRequest& request : requests)
        lines << QString::fromLatin1(request.method + ' ' + request.path).remove(QStringLiteral("/api/v1/"));
    return lines;
}

const QString ViewLine = QStringLiteral("POST documentClassification/viewClassification");
const QString ResultsLine = QStringLiteral("POST documentClassification/getResults");
const QString DeleteLine = QStringLiteral("DELETE documentClassification/deleteBatch");

#ifdef Q_OS_UNIX
// extracta-batch with its standard input and error on the slave side of a pseudo-terminal made here
// (its controlling terminal, so that Ctrl+C typed there interrupts it) and its standard output on a
// pipe, so that results and prompt stay apart.
class PtySession
{
public:
    PtySession() = default;
    ~PtySession()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
        if (m_master >= 0)
            close(m_master);
    }
    PtySession(const PtySession&) = delete;
    PtySession& operator=(const PtySession&) = delete;

    bool start(CliRunner& runner, const QStringList& arguments)
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
            return false;
        const char* name = ptsname(m_master);
        if (!name)
            return false;
        fcntl(m_master, F_SETFD, FD_CLOEXEC);
        fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
        const QByteArray slave(name);
        m_process.setProcessEnvironment(runner.environment());
        m_process.setChildProcessModifier([slave] {
            // A session of its own whose controlling terminal is the slave.
            setsid();
            const int fd = open(slave.constData(), O_RDWR);
            if (fd < 0)
                _exit(127);
            ioctl(fd, TIOCSCTTY, 0);
            dup2(fd, STDIN_FILENO);
            dup2(fd, STDERR_FILENO);
            if (fd > STDERR_FILENO)
                close(fd);
        });
        m_process.start(QStringLiteral(EXTRACTA_BATCH_EXE), arguments);
        return m_process.waitForStarted();
    }

    // Reads what the terminal shows until `text` appears; false after `timeoutMs` without it.
    bool waitFor(const QString& text, int timeoutMs = WaitMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!screen().contains(text)) {
            if (clock.elapsed() > timeoutMs)
                return false;
            readSome(20);
        }
        return true;
    }

    void type(const QByteArray& keys)
    {
        [[maybe_unused]] const ssize_t written = write(m_master, keys.constData(), size_t(keys.size()));
    }

    // Waits for the process to end, reading the terminal all along (a full terminal would block it).
    bool finish(int timeoutMs = WaitMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_process.waitForFinished(10)) {
            readSome(10);
            if (clock.elapsed() > timeoutMs)
                return false;
        }
        readSome(10);
        m_out += m_process.readAllStandardOutput();
        return true;
    }

    // Everything the terminal showed (typed keys echoed), without the carriage returns it adds.
    QString screen() const
    {
        return QString::fromUtf8(m_screen).remove(QLatin1Char('\r'));
    }
    QByteArray out() const
    {
        return m_out;
    }
    QProcess& process()
    {
        return m_process;
    }

private:
    void readSome(int waitMs)
    {
        pollfd poller{m_master, POLLIN, 0};
        if (poll(&poller, 1, waitMs) <= 0)
            return;
        char buffer[4096];
        for (ssize_t n = read(m_master, buffer, sizeof buffer); n > 0;
             n = read(m_master, buffer, sizeof buffer))
            m_screen.append(buffer, n);
    }

    int m_master = -1;
    QProcess m_process;
    QByteArray m_screen;
    QByteArray m_out;
};
#endif

} // namespace

class TestCliConfirmPrompt : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void promptShowsNameFilesAndDeletes();
    void unknownClassificationIsSaidAndTheDeletionStillAsked();
    void unknownBatchIsSaidAndTheDeletionStillSent();
    void rateLimitedLookupIsSaid();
    void echoedTokenNeverShows();
    void listPromptNamesEachClassification();
    void yesMakesNoLookups();
    void interruptDuringTheLookupEndsAsAtTheQuestion();

    void cleanup();
};

void TestCliConfirmPrompt::init()
{
#ifndef Q_OS_UNIX
    QSKIP("The pseudo-terminal of these tests is POSIX only");
#endif
}

void TestCliConfirmPrompt::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

#ifdef Q_OS_UNIX
void TestCliConfirmPrompt::promptShowsNameFilesAndDeletes()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    PtySession session;
    QVERIFY(
        session.start(runner, singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY2(session.waitFor(SingleQuestion), qPrintable(session.screen()));
    const QString prompt = session.screen();
    QVERIFY2(prompt.contains(QLatin1String("Name:           Invoices and receipts\n")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QLatin1String("Files:          4\n")), qPrintable(prompt));
    for (const char* file : {"invoice-2024-0113.pdf", "invoice-2024-0114.pdf", "receipt-taxi-2024-01-15.jpg",
                             "credit-note-CN-0042.pdf"})
        QVERIFY2(prompt.contains(QLatin1String(file)), file);
    QVERIFY(prompt.contains(InvoicesFirstBatch));
    QVERIFY(!prompt.contains(sandbox.token()));
    // Looked up, and nothing deleted before the ID is typed.
    QCOMPARE(requestLines(sandbox), (QStringList{ViewLine, ResultsLine}));
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));

    session.type(InvoicesFirstBatch.toUtf8() + '\n');
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 0);
    QVERIFY2(session.out().startsWith("Deleted "), session.out().constData());
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
    QCOMPARE(requestLines(sandbox).constLast(), DeleteLine);
    // What the lookup learnt is in the audit trail too, as for a batch picked in the app's catalogue.
    const CliRun audit = runner.run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QList<QJsonObject> entries = audit.jsonLines();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().value(QLatin1String("classificationName")).toString(),
             QStringLiteral("Invoices and receipts"));
    QCOMPARE(entries.constFirst().value(QLatin1String("fileCount")).toInt(), 4);
}

void TestCliConfirmPrompt::unknownClassificationIsSaidAndTheDeletionStillAsked()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    PtySession session;
    QVERIFY(session.start(runner, singleDelete(sandbox.baseUrl(), UnknownId, InvoicesFirstBatch)));
    QVERIFY2(session.waitFor(SingleQuestion), qPrintable(session.screen()));
    QVERIFY2(
        session.screen().contains(QLatin1String("Name:           Classification not found on the server")),
        qPrintable(session.screen()));
    QVERIFY2(session.screen().contains(QLatin1String("Batch not found on the server")),
             qPrintable(session.screen()));
    // A wrong ID still declines, as it always did.
    session.type("-OPXT4kQm2ZbW9sLe7H\n");
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 4);
    QCOMPARE(requestLines(sandbox), (QStringList{ViewLine, ResultsLine}));
}

void TestCliConfirmPrompt::unknownBatchIsSaidAndTheDeletionStillSent()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    PtySession session;
    QVERIFY(session.start(runner, singleDelete(sandbox.baseUrl(), InvoicesClassification, UnknownId)));
    QVERIFY2(session.waitFor(SingleQuestion), qPrintable(session.screen()));
    const QString prompt = session.screen();
    QVERIFY2(prompt.contains(QLatin1String("Invoices and receipts")), qPrintable(prompt));
    QVERIFY2(prompt.contains(QStringLiteral(
                 "Files:          Batch not found on the server — the deletion will most likely be refused")),
             qPrintable(prompt));
    session.type(UnknownId.toUtf8() + '\n');
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 1);
    QVERIFY2(session.out().startsWith("Not found "), session.out().constData());
    QCOMPARE(requestLines(sandbox), (QStringList{ViewLine, ResultsLine, DeleteLine}));
}

void TestCliConfirmPrompt::rateLimitedLookupIsSaid()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    // Both lookups are limited; the deletion after them is not.
    SandboxFault limited;
    limited.kind = SandboxFault::Kind::RateLimited;
    limited.retryAfterSeconds = 20;
    limited.count = 2;
    sandbox.setFault(limited);
    PtySession session;
    QVERIFY(
        session.start(runner, singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY2(session.waitFor(SingleQuestion), qPrintable(session.screen()));
    QCOMPARE(session.screen().count(QLatin1String("Could not check: rate limited")), 2);
    session.type(InvoicesFirstBatch.toUtf8() + '\n');
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 0);
    QVERIFY(!sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}

void TestCliConfirmPrompt::echoedTokenNeverShows()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    // The lookups' answers repeat the Authorization header, the token with it.
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    echo.count = 2;
    sandbox.setFault(echo);
    PtySession session;
    QVERIFY(
        session.start(runner, singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY2(session.waitFor(SingleQuestion), qPrintable(session.screen()));
    QCOMPARE(session.screen().count(QLatin1String("Could not check: the API rejected the token")), 2);
    session.type(InvoicesFirstBatch.toUtf8() + '\n');
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 0);
    QVERIFY(!session.screen().contains(sandbox.token()));
    QVERIFY(!session.out().contains(sandbox.token().toUtf8()));
}

void TestCliConfirmPrompt::listPromptNamesEachClassification()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    QFile list(path);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(QStringLiteral("classificationId,batchId\n%1,%2\n%3,%4\n%1,%5\n%6,%7\n")
                   .arg(InvoicesClassification, InvoicesFirstBatch, HrClassification, HrFirstBatch,
                        InvoicesSecondBatch, UnknownId, ClaimsFirstBatch)
                   .toUtf8());
    list.close();
    PtySession session;
    QVERIFY(session.start(runner, {QStringLiteral("delete"), QStringLiteral("--from-csv"), path,
                                   QStringLiteral("--api-url"), sandbox.baseUrl()}));
    QVERIFY2(session.waitFor(QStringLiteral("Type 4 to confirm:")), qPrintable(session.screen()));
    const QString prompt = session.screen();
    QVERIFY2(prompt.contains(QStringLiteral("Classification %1 — Invoices and receipts (2 batches):")
                                 .arg(InvoicesClassification)),
             qPrintable(prompt));
    QVERIFY2(
        prompt.contains(
            QStringLiteral("Classification %1 — HR onboarding documents (1 batch):").arg(HrClassification)),
        qPrintable(prompt));
    QVERIFY2(prompt.contains(
                 QStringLiteral("Classification %1 — Classification not found on the server (1 batch):")
                     .arg(UnknownId)),
             qPrintable(prompt));
    // One name lookup per classification, no batch contents.
    QCOMPARE(requestLines(sandbox), (QStringList{ViewLine, ViewLine, ViewLine}));
    session.type("4\n");
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 1); // the unknown classification's batch: not found
    QCOMPARE(requestLines(sandbox).count(DeleteLine), 4);
    QVERIFY(!sandbox.hasBatch(HrClassification, HrFirstBatch));
}

void TestCliConfirmPrompt::yesMakesNoLookups()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    PtySession session;
    QStringList arguments = singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch);
    arguments << QStringLiteral("--yes");
    QVERIFY(session.start(runner, arguments));
    QVERIFY(session.finish());
    QCOMPARE(session.process().exitCode(), 0);
    QCOMPARE(requestLines(sandbox), QStringList{DeleteLine});
    QVERIFY(!session.screen().contains(QLatin1String("Looking up")));
}

void TestCliConfirmPrompt::interruptDuringTheLookupEndsAsAtTheQuestion()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    // Long enough for the interrupt to come first, however busy the machine; not waited for.
    slow.delayMs = 600;
    sandbox.setFault(slow);
    PtySession during;
    QVERIFY(
        during.start(runner, singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY2(during.waitFor(QStringLiteral("Looking up")), qPrintable(during.screen()));
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.requestCount() >= 1, WaitMs);
    during.type("\x03");
    QVERIFY(during.finish());

    sandbox.setFault({});
    PtySession atQuestion;
    QVERIFY(atQuestion.start(runner,
                             singleDelete(sandbox.baseUrl(), InvoicesClassification, InvoicesFirstBatch)));
    QVERIFY(atQuestion.waitFor(SingleQuestion));
    atQuestion.type("\x03");
    QVERIFY(atQuestion.finish());

    for (PtySession* session : {&during, &atQuestion}) {
        QCOMPARE(session->process().exitStatus(), QProcess::CrashExit);
        QCOMPARE(session->process().exitCode(), int(SIGINT));
    }
    QVERIFY(!during.screen().contains(SingleQuestion));
    QVERIFY(!requestLines(sandbox).contains(DeleteLine));
    QVERIFY(sandbox.hasBatch(InvoicesClassification, InvoicesFirstBatch));
}
#else
void TestCliConfirmPrompt::promptShowsNameFilesAndDeletes()
{}
void TestCliConfirmPrompt::unknownClassificationIsSaidAndTheDeletionStillAsked()
{}
void TestCliConfirmPrompt::unknownBatchIsSaidAndTheDeletionStillSent()
{}
void TestCliConfirmPrompt::rateLimitedLookupIsSaid()
{}
void TestCliConfirmPrompt::echoedTokenNeverShows()
{}
void TestCliConfirmPrompt::listPromptNamesEachClassification()
{}
void TestCliConfirmPrompt::yesMakesNoLookups()
{}
void TestCliConfirmPrompt::interruptDuringTheLookupEndsAsAtTheQuestion()
{}
#endif

QTEST_GUILESS_MAIN(TestCliConfirmPrompt)
#include "tst_cliconfirmprompt.moc"
