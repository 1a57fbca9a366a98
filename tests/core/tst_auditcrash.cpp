#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int WaitMs = 10000;

// Reads the child's stdout until a line starting with `prefix` arrives or the deadline passes.
QByteArray waitForLine(QProcess& process, const QByteArray& prefix, QDeadlineTimer deadline)
{
    QByteArray seen;
    while (!deadline.hasExpired()) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
            seen += line + '\n';
        }
        if (process.state() == QProcess::NotRunning)
            break;
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    qWarning("no '%s' line; stdout so far: %s; stderr: %s", prefix.constData(), seen.constData(),
             process.readAllStandardError().constData());
    return {};
}

} // namespace

class TestAuditCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedAfterSentShowsOutcomeUnknown();
    void entryOfARunningProcessStaysSent();
};

void TestAuditCrash::killedAfterSentShowsOutcomeUnknown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite3"));
    const QString host = QStringLiteral("api.extracta.ai");
    const QString classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    const QString classificationName = QStringLiteral("Invoices, \"2024\"");
    const QString batchId = QStringLiteral("-OPXR1F82I0cRYJPcHNp");

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QProcess child;
    child.setProgram(QStringLiteral(AUDIT_CRASH_CHILD));
    child.setArguments({path, host, classificationId, classificationName, batchId, QStringLiteral("12")});
    child.start();
    QVERIFY2(child.waitForStarted(WaitMs), qPrintable(child.errorString()));

    const QByteArray line = waitForLine(child, "SENT ", QDeadlineTimer(WaitMs));
    QVERIFY(!line.isEmpty());
    bool ok = false;
    const qint64 id = line.mid(5).toLongLong(&ok);
    QVERIFY(ok);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    // The app dies between "sent" and the answer.
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished(WaitMs));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Database database(QStringLiteral("tst_auditcrash"));
    const Database::OpenResult result = database.open(path);
    QVERIFY(result.ok);
    QVERIFY2(result.message.isEmpty(), qPrintable(result.message));
    QVERIFY(!database.isInMemory());
    AuditLog audit(database);
    QCOMPARE(audit.entry(id).value().outcome, AuditLog::SentOutcome);
    QCOMPARE(audit.markAbandonedAsUnknown(), 1);

    const QList<AuditEntry> entries = audit.entries();
    QCOMPARE(entries.size(), 1);
    const AuditEntry& entry = entries.first();
    QCOMPARE(entry.id, id);
    QCOMPARE(entry.outcome, AuditLog::UnknownOutcome);
    QCOMPARE(entry.host, host);
    QCOMPARE(entry.classificationId, classificationId);
    QCOMPARE(entry.classificationName, classificationName);
    QCOMPARE(entry.batchId, batchId);
    QCOMPARE(entry.fileCount, 12);
    QCOMPARE(entry.osUser, AuditLog::currentOsUser());
    QVERIFY(entry.startedUtc >= before.addMSecs(-1) && entry.startedUtc <= after);
    QCOMPARE(entry.httpStatus, 0);
    QVERIFY(entry.serverMessage.isEmpty());
    QCOMPARE(entry.durationMs, -1);
    QVERIFY(!entry.completedUtc.isValid());

    // Marked once: the next start finds nothing left to mark, and nothing of the session is left.
    QCOMPARE(audit.markAbandonedAsUnknown(), 0);
    Database another(QStringLiteral("tst_auditcrash-another"));
    QVERIFY(another.open(path).ok);
    QCOMPARE(AuditLog(another).markAbandonedAsUnknown(), 0);
    QVERIFY(QDir(dir.filePath(QStringLiteral("sessions"))).isEmpty());
}

// Two processes wrote "sent": one was killed, the other still waits for its answer. Whoever opens the
// trail marks only the killed one's entry; the other stays "sent" until its own process is gone.
void TestAuditCrash::entryOfARunningProcessStaysSent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite3"));
    const auto startChild = [&path](QProcess& child, const QString& batchId) {
        child.setProgram(QStringLiteral(AUDIT_CRASH_CHILD));
        child.setArguments({path, QStringLiteral("api.extracta.ai"), QStringLiteral("-OPXR1F82I0cRYJPcHNo"),
                            QString(), batchId, QStringLiteral("1")});
        child.start();
        const QByteArray line = waitForLine(child, "SENT ", QDeadlineTimer(WaitMs));
        return line.isEmpty() ? qint64(-1) : line.mid(5).toLongLong();
    };
    QProcess killed;
    QProcess running;
    const qint64 killedId = startChild(killed, QStringLiteral("-killed"));
    const qint64 runningId = startChild(running, QStringLiteral("-running"));
    QVERIFY(killedId > 0);
    QVERIFY(runningId > 0);
    killed.kill();
    QVERIFY(killed.waitForFinished(WaitMs));

    Database database(QStringLiteral("tst_auditcrash-running"));
    QVERIFY(database.open(path).message.isEmpty());
    AuditLog audit(database);
    QCOMPARE(audit.markAbandonedAsUnknown(), 1);
    QCOMPARE(audit.entry(killedId).value().outcome, AuditLog::UnknownOutcome);
    QCOMPARE(audit.entry(runningId).value().outcome, AuditLog::SentOutcome);
    QCOMPARE(audit.markAbandonedAsUnknown(), 0);

    running.kill();
    QVERIFY(running.waitForFinished(WaitMs));
    QCOMPARE(audit.markAbandonedAsUnknown(), 1);
    QCOMPARE(audit.entry(runningId).value().outcome, AuditLog::UnknownOutcome);
}

QTEST_GUILESS_MAIN(TestAuditCrash)
#include "tst_auditcrash.moc"
