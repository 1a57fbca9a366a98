#include "abandonedentries.h"
#include "core/platform/osaccount.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/text/servertext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto Host = QStringLiteral("api.extracta.ai");
const QStringList CsvHeader = {QStringLiteral("started_utc"),
                               QStringLiteral("completed_utc"),
                               QStringLiteral("os_user"),
                               QStringLiteral("machine"),
                               QStringLiteral("host"),
                               QStringLiteral("connection"),
                               QStringLiteral("classification_id"),
                               QStringLiteral("classification_name"),
                               QStringLiteral("batch_id"),
                               QStringLiteral("file_count"),
                               QStringLiteral("outcome"),
                               QStringLiteral("http_status"),
                               QStringLiteral("server_message"),
                               QStringLiteral("duration_ms")};
const auto ProductionId = QStringLiteral("0b6f2a4e-prod");
const auto ProductionName = QStringLiteral("acme-prod");
const auto StagingId = QStringLiteral("5d1c9e7a-staging");
const auto StagingName = QStringLiteral("acme-staging");

// A database of its own in a fresh temporary folder.
struct TestDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("audit.sqlite3"));
    Database database{nextName()};

    TestDatabase()
    {
        const Database::OpenResult result = database.open(path);
        if (!result.ok || database.isInMemory())
            qFatal("cannot open the test database: %ls", qUtf16Printable(result.message));
    }

    static QString nextName()
    {
        static int counter = 0;
        return QStringLiteral("tst_auditlog-%1").arg(++counter);
    }
};

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

AuditEntry sample(const QString& batchId, const QDateTime& started = QDateTime::currentDateTimeUtc())
{
    AuditEntry entry;
    entry.startedUtc = started;
    entry.osUser = QStringLiteral("alice");
    entry.host = Host;
    entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    entry.classificationName = QStringLiteral("Invoices");
    entry.batchId = batchId;
    entry.fileCount = 3;
    return entry;
}

// A strict RFC 4180 reader: records end with CRLF (a bare CR or LF outside quotes is an error),
// quoted fields may hold anything with quotes doubled, and a quote inside an unquoted field is an error.
QList<QStringList> parseCsv(const QString& text, QString* error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !quoted) {
            quoted = inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            quoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            quoted = false;
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n') || quoted) {
            *error = QStringLiteral("unexpected character %1 at offset %2").arg(c.unicode()).arg(i);
            return {};
        } else {
            field += c;
        }
    }
    if (inQuotes || !field.isEmpty() || !record.isEmpty())
        *error = QStringLiteral("the last record does not end with CRLF");
    return records;
}

QList<QStringList> parseOrFail(const QString& csv)
{
    QString error;
    const QList<QStringList> records = parseCsv(csv, &error);
    if (!error.isEmpty())
        qWarning("CSV not RFC 4180: %ls", qUtf16Printable(error));
    return error.isEmpty() ? records : QList<QStringList>();
}

QString neutralised(const QString& cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !cell.isEmpty() && triggers.contains(cell.front()) ? QLatin1Char('\'') + cell : cell;
}

QStringList batchIds(const QList<AuditEntry>& entries)
{
    QStringList ids;
    for (const AuditEntry& entry : entries)
        ids << entry.batchId;
    return ids;
}

// Restores an environment variable when the test ends, however it ends.
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const char* name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {}
    ~EnvironmentGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    const char* m_name;
    bool m_wasSet;
    QByteArray m_value;
};

} // namespace

Q_DECLARE_METATYPE(AuditFilter)

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void sentThenCompleted();
    void completingTwiceChangesNothing();
    void completingUnknownIdFails();
    void entriesOfAnEndedSessionBecomeUnknown();
    void entriesOfARunningSessionStaySent();
    void sessionNamesNeverLeadOutOfTheirFolder();
    void openEntriesAreFoundWithoutAScan();
    void lateAnswerStillCompletesAnUnknownEntry();
    void missingUserAndTimeAreFilledIn();
    void writeFailureReturnsMinusOne();
    void aGroupOfAttemptsIsRecordedWholeOrNotAtAll();
    void aGroupOfAnswersIsRecordedTogether();
    void memoryOnlyTrailRecordsNothing();
    void changesSinceACursorFollowTheTrail();
    void connectionIsRecordedAndReadBack();
    void changesSinceFollowOneConnection();
    void legacyEntriesAreAdoptedByTheirConnection();
    void adoptionFindsUnownedEntriesWithoutAScan();
    void osUserText_data();
    void osUserText();
    void currentOsUserComesFromTheSystem();
    void filters_data();
    void filters();
    void csvHeaderAndEmptyList();
    void csvQuotesAndNeutralisesCells_data();
    void csvQuotesAndNeutralisesCells();
    void csvRoundTripOfRecordedEntries();
    void csvConnectionColumnFollowsHost();
    void tokenHasNoPlaceInTheAudit();
};

void TestAuditLog::sentThenCompleted()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const AuditEntry entry = sample(QStringLiteral("-OPXR1F82I0cRYJPcHNp"), utc("2024-06-07T08:09:10.111Z"));
    const qint64 id = audit.recordSent(entry);
    QVERIFY(id > 0);

    std::optional<AuditEntry> stored = audit.entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->outcome, AuditLog::SentOutcome);
    QCOMPARE(stored->startedUtc, entry.startedUtc);
    QCOMPARE(stored->startedUtc.timeSpec(), Qt::UTC);
    QCOMPARE(stored->osUser, entry.osUser);
    QCOMPARE(stored->host, entry.host);
    QCOMPARE(stored->classificationId, entry.classificationId);
    QCOMPARE(stored->classificationName, entry.classificationName);
    QCOMPARE(stored->batchId, entry.batchId);
    QCOMPARE(stored->fileCount, 3);
    QCOMPARE(stored->httpStatus, 0);
    QVERIFY(stored->serverMessage.isEmpty());
    QCOMPARE(stored->durationMs, -1);
    QVERIFY(!stored->completedUtc.isValid());

    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(
        audit.recordCompleted(id, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 345));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    stored = audit.entry(id);
    QVERIFY(stored);
    QCOMPARE(stored->outcome, QStringLiteral("succeeded"));
    QCOMPARE(stored->httpStatus, 200);
    QCOMPARE(stored->serverMessage, QStringLiteral("Batch deleted"));
    QCOMPARE(stored->durationMs, 345);
    QVERIFY(stored->completedUtc >= before.addMSecs(-1) && stored->completedUtc <= after);
    QCOMPARE(stored->startedUtc, entry.startedUtc);
    QCOMPARE(stored->batchId, entry.batchId);
}

void TestAuditLog::completingTwiceChangesNothing()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const qint64 id = audit.recordSent(sample(QStringLiteral("b")));
    QVERIFY(audit.recordCompleted(id, QStringLiteral("not_found"), 404, QStringLiteral("No such batch"), 10));
    const AuditEntry first = audit.entry(id).value();
    QVERIFY(
        !audit.recordCompleted(id, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 20));
    const AuditEntry second = audit.entry(id).value();
    QCOMPARE(second.outcome, QStringLiteral("not_found"));
    QCOMPARE(second.httpStatus, 404);
    QCOMPARE(second.serverMessage, QStringLiteral("No such batch"));
    QCOMPARE(second.durationMs, 10);
    QCOMPARE(second.completedUtc, first.completedUtc);
}

void TestAuditLog::completingUnknownIdFails()
{
    TestDatabase db;
    AuditLog audit(db.database);
    QVERIFY(!audit.recordCompleted(12345, QStringLiteral("succeeded"), 200, {}, 1));
    QVERIFY(!audit.entry(12345));
    QVERIFY(audit.entries().isEmpty());
}

// A log whose process ended (here: the log itself) leaves its open entries to whoever opens the trail
// next, who marks them "outcome unknown", once.
void TestAuditLog::entriesOfAnEndedSessionBecomeUnknown()
{
    TestDatabase db;
    qint64 done = -1;
    qint64 open1 = -1;
    qint64 open2 = -1;
    {
        AuditLog ended(db.database);
        done = ended.recordSent(sample(QStringLiteral("done")));
        open1 = ended.recordSent(sample(QStringLiteral("open1")));
        open2 = ended.recordSent(sample(QStringLiteral("open2")));
        QVERIFY(ended.recordCompleted(done, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"),
                                      5));
    }
    AuditLog audit(db.database);
    QCOMPARE(audit.markAbandonedAsUnknown(), 2);
    QCOMPARE(audit.entry(done).value().outcome, QStringLiteral("succeeded"));
    for (const qint64 id : {open1, open2}) {
        const AuditEntry entry = audit.entry(id).value();
        QCOMPARE(entry.outcome, AuditLog::UnknownOutcome);
        QCOMPARE(entry.fileCount, 3);
        QCOMPARE(entry.classificationName, QStringLiteral("Invoices"));
        QVERIFY(!entry.completedUtc.isValid());
    }
    QCOMPARE(audit.markAbandonedAsUnknown(), 0);
    AuditFilter filter;
    filter.outcome = AuditLog::UnknownOutcome;
    QCOMPARE(audit.entries(filter).size(), 2);
    // Nothing is left behind of the ended session.
    QVERIFY(QDir(db.dir.filePath(QStringLiteral("sessions"))).isEmpty());
}

// Another copy of the app, or the CLI, still waiting for its answer: its entries stay "sent" for
// every other opener, and a log never takes its own entries for abandoned.
void TestAuditLog::entriesOfARunningSessionStaySent()
{
    TestDatabase db;
    AuditLog running(db.database);
    const qint64 live = running.recordSent(sample(QStringLiteral("live")));
    qint64 lost = -1;
    {
        AuditLog ended(db.database);
        lost = ended.recordSent(sample(QStringLiteral("lost")));
    }
    QCOMPARE(running.markAbandonedAsUnknown(), 1);
    QCOMPARE(running.entry(lost).value().outcome, AuditLog::UnknownOutcome);

    Database other(QStringLiteral("tst_auditlog-other-process"));
    QVERIFY(other.open(db.path).ok);
    AuditLog opener(other);
    QCOMPARE(opener.markAbandonedAsUnknown(), 0);
    QCOMPARE(opener.entry(live).value().outcome, AuditLog::SentOutcome);
    // Both open at once: still one session each, and each its own.
    const qint64 mine = opener.recordSent(sample(QStringLiteral("mine")));
    QCOMPARE(running.markAbandonedAsUnknown(), 0);
    QCOMPARE(opener.entry(mine).value().outcome, AuditLog::SentOutcome);

    QVERIFY(running.recordCompleted(live, QStringLiteral("succeeded"), 200, {}, 9));
    QCOMPARE(opener.entry(live).value().outcome, QStringLiteral("succeeded"));
}

// The session named in an entry comes from the file, which anyone with access could have edited: it
// never leads to a file outside the folder of sessions. Such an entry counts as abandoned.
void TestAuditLog::sessionNamesNeverLeadOutOfTheirFolder()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const qint64 id = audit.recordSent(sample(QStringLiteral("b")));
    const QString victim = db.dir.filePath(QStringLiteral("victim.lock"));
    {
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QSqlQuery edit(db.database.handle());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit SET session = '../victim' WHERE id = %1").arg(id)));
    edit.finish();

    QCOMPARE(audit.markAbandonedAsUnknown(), 1);
    QCOMPARE(audit.entry(id).value().outcome, AuditLog::UnknownOutcome);
    QVERIFY(QFileInfo::exists(victim));
}

// Every start asks for the open entries: through the index of open entries, never the whole table.
void TestAuditLog::openEntriesAreFoundWithoutAScan()
{
    TestDatabase db;
    QSqlQuery plan(db.database.handle());
    QVERIFY(plan.exec(
        QStringLiteral("EXPLAIN QUERY PLAN SELECT DISTINCT session FROM audit WHERE outcome = 'sent'")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    QVERIFY2(
        steps.join(QLatin1Char(';')).contains(QLatin1String("USING INDEX audit_open_sessions")) ||
            steps.join(QLatin1Char(';')).contains(QLatin1String("USING COVERING INDEX audit_open_sessions")),
        qPrintable(steps.join(QLatin1Char(';'))));
}

void TestAuditLog::lateAnswerStillCompletesAnUnknownEntry()
{
    // Another opener took this run for gone while it waited for the answer (its session's file was
    // removed): the answer, when it comes, is better than "unknown".
    TestDatabase db;
    AuditLog audit(db.database);
    const qint64 id = audit.recordSent(sample(QStringLiteral("b")));
    Database second(QStringLiteral("tst_auditlog-second-app"));
    QVERIFY(second.open(db.path).ok);
    QCOMPARE(markOpenEntriesAbandoned(second), 1);

    QVERIFY(audit.recordCompleted(id, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 7));
    QCOMPARE(audit.entry(id).value().outcome, QStringLiteral("succeeded"));
    QVERIFY(!audit.recordCompleted(id, QStringLiteral("failed"), 200, {}, 7));
}

void TestAuditLog::missingUserAndTimeAreFilledIn()
{
    TestDatabase db;
    AuditLog audit(db.database);
    AuditEntry entry = sample(QStringLiteral("b"));
    entry.osUser.clear();
    entry.startedUtc = QDateTime();
    entry.fileCount = -1;
    entry.classificationName.clear();
    // Fields that belong to the answer are not taken from the caller at this point.
    entry.outcome = QStringLiteral("succeeded");
    entry.httpStatus = 200;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = audit.recordSent(entry);
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const AuditEntry stored = audit.entry(id).value();
    QCOMPARE(stored.osUser, AuditLog::currentOsUser());
    QVERIFY(stored.startedUtc >= before.addMSecs(-1) && stored.startedUtc <= after);
    QCOMPARE(stored.fileCount, -1);
    QVERIFY(stored.classificationName.isEmpty());
    QCOMPARE(stored.outcome, AuditLog::SentOutcome);
    QCOMPARE(stored.httpStatus, 0);
}

void TestAuditLog::writeFailureReturnsMinusOne()
{
    TestDatabase db;
    db.database.close();
    AuditLog audit(db.database);
    QCOMPARE(audit.recordSent(sample(QStringLiteral("b"))), -1);
    QVERIFY(!audit.recordCompleted(1, QStringLiteral("succeeded"), 200, {}, 1));
    QCOMPARE(audit.markAbandonedAsUnknown(), 0);
    QVERIFY(audit.entries().isEmpty());
}

// Attempts that leave together are recorded with one wait for the disk (DeletionQueue), and a group
// that cannot be written leaves none of its attempts on record: none of their requests may leave.
void TestAuditLog::aGroupOfAttemptsIsRecordedWholeOrNotAtAll()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const QList<qint64> ids = audit.recordSent(
        {sample(QStringLiteral("g1")), sample(QStringLiteral("g2")), sample(QStringLiteral("g3"))});
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids.at(0) > 0 && ids.at(0) < ids.at(1) && ids.at(1) < ids.at(2));
    for (int i = 0; i < 3; ++i) {
        const std::optional<AuditEntry> stored = audit.entry(ids.at(i));
        QVERIFY(stored);
        QCOMPARE(stored->batchId, QStringLiteral("g%1").arg(i + 1));
        QCOMPARE(stored->outcome, AuditLog::SentOutcome);
    }
    QVERIFY(audit.recordSent(QList<AuditEntry>{}).isEmpty());

    // The second of three is refused by the database: the first, already written, goes too.
    QSqlQuery refuse(db.database.handle());
    QVERIFY2(
        refuse.exec(QStringLiteral("CREATE TRIGGER refuse_bad BEFORE INSERT ON audit"
                                   " WHEN NEW.batch_id = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END")),
        qPrintable(refuse.lastError().text()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
    QVERIFY(audit
                .recordSent({sample(QStringLiteral("ok1")), sample(QStringLiteral("bad")),
                             sample(QStringLiteral("ok3"))})
                .isEmpty());
    QCOMPARE(audit.entries().size(), 3);
    // The connection is usable afterwards: the failed group left no transaction open.
    QVERIFY(audit.recordSent(sample(QStringLiteral("after"))) > ids.at(2));
}

void TestAuditLog::aGroupOfAnswersIsRecordedTogether()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const QList<qint64> ids = audit.recordSent({sample(QStringLiteral("a")), sample(QStringLiteral("b"))});
    QCOMPARE(ids.size(), 2);
    const int completed = audit.recordCompleted(QList<AuditCompletion>{
        {ids.at(0), QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 12},
        {ids.at(1), QStringLiteral("not_found"), 404, QStringLiteral("No such batch"), 34},
        {ids.at(1) + 1000, QStringLiteral("succeeded"), 200, {}, 1}});
    QCOMPARE(completed, 2); // the unknown id completes nothing
    const std::optional<AuditEntry> first = audit.entry(ids.at(0));
    const std::optional<AuditEntry> second = audit.entry(ids.at(1));
    QVERIFY(first && second);
    QCOMPARE(first->outcome, QStringLiteral("succeeded"));
    QCOMPARE(first->durationMs, 12);
    QCOMPARE(second->outcome, QStringLiteral("not_found"));
    QCOMPARE(second->httpStatus, 404);
    QCOMPARE(second->serverMessage, QStringLiteral("No such batch"));
    QVERIFY(second->completedUtc.isValid());
    QCOMPARE(audit.recordCompleted(QList<AuditCompletion>{}), 0);
}

// When the data file cannot be used, Database falls back to memory. A record there would vanish with
// the process: the audit trail refuses it, so that app and CLI send nothing (one rule for both).
void TestAuditLog::memoryOnlyTrailRecordsNothing()
{
    Database database(QStringLiteral("tst_auditlog-memory"));
    QVERIFY(database.open(QStringLiteral(":memory:")).ok);
    QVERIFY(database.isInMemory());
    AuditLog audit(database);
    QVERIFY(!audit.keepsRecordsOnDisk());
    QCOMPARE(audit.recordSent(sample(QStringLiteral("b"))), -1);
    QVERIFY(audit.entries().isEmpty());

    TestDatabase onDisk;
    QVERIFY(AuditLog(onDisk.database).keepsRecordsOnDisk());
}

// A view following the trail learns of new entries, answers to open ones and open ones another
// opener marked "unknown", each sorted by its filter, without reading the rest again.
void TestAuditLog::changesSinceACursorFollowTheTrail()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const qint64 old = audit.recordSent(sample(QStringLiteral("old")));
    QVERIFY(audit.recordCompleted(old, QStringLiteral("succeeded"), 200, {}, 5));
    const qint64 open = audit.recordSent(sample(QStringLiteral("open")));
    AuditCursor cursor = audit.cursor();
    QCOMPARE(cursor.lastId, open);
    QCOMPARE(cursor.openIds, QList<qint64>{open});

    AuditFilter succeeded;
    succeeded.outcome = QStringLiteral("succeeded");
    // Nothing happened: nothing to show, nothing to hide except the open entry, which the filter
    // does not show as long as it waits.
    AuditChanges changes = audit.changesSince(cursor, succeeded);
    QVERIFY(changes.shown.isEmpty());
    QCOMPARE(changes.hidden, QList<qint64>{open});

    // The open one is answered, two more are sent, one of them answered 404, and an entry of
    // another host comes in.
    QVERIFY(audit.recordCompleted(open, QStringLiteral("succeeded"), 200, {}, 5));
    const QList<qint64> later{audit.recordSent(sample(QStringLiteral("a"))),
                              audit.recordSent(sample(QStringLiteral("b")))};
    QVERIFY(later.at(0) > 0 && later.at(1) > later.at(0));
    QVERIFY(audit.recordCompleted(later.at(0), QStringLiteral("not_found"), 404, {}, 5));
    AuditEntry elsewhere = sample(QStringLiteral("elsewhere"));
    elsewhere.host = QStringLiteral("staging.example");
    const qint64 other = audit.recordSent(elsewhere);
    QVERIFY(audit.recordCompleted(other, QStringLiteral("succeeded"), 200, {}, 5));
    changes = audit.changesSince(cursor, succeeded);
    QList<qint64> shown;
    for (const AuditEntry& entry : changes.shown)
        shown << entry.id;
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QList<qint64>{open, other}));
    std::sort(changes.hidden.begin(), changes.hidden.end());
    QCOMPARE(changes.hidden, later);
    QCOMPARE(cursor.lastId, other);
    QCOMPARE(cursor.openIds, QList<qint64>{later.at(1)});

    // The one still open turns "unknown" (another opener took its process for gone): with a host
    // filter it is shown as it is now, and it is open no more.
    QCOMPARE(markOpenEntriesAbandoned(db.database), 1);
    AuditFilter thisHost;
    thisHost.host = Host;
    changes = audit.changesSince(cursor, thisHost);
    QCOMPARE(changes.shown.size(), 1);
    QCOMPARE(changes.shown.at(0).id, later.at(1));
    QCOMPARE(changes.shown.at(0).outcome, AuditLog::UnknownOutcome);
    QVERIFY(changes.hidden.isEmpty());
    QVERIFY(cursor.openIds.isEmpty());
    changes = audit.changesSince(cursor, thisHost);
    QVERIFY(changes.shown.isEmpty() && changes.hidden.isEmpty());
}

// Issue 14: each entry records the connection it went through, by id (which survives a rename) and by
// the name it had then; both overloads of recordSent() write them and every read gives them back.
void TestAuditLog::connectionIsRecordedAndReadBack()
{
    TestDatabase db;
    AuditLog audit(db.database);
    AuditEntry single = sample(QStringLiteral("single"), utc("2024-06-07T08:09:10.111Z"));
    single.connectionId = ProductionId;
    single.connectionName = ProductionName;
    const qint64 singleId = audit.recordSent(single);
    QVERIFY(singleId > 0);

    AuditEntry grouped = sample(QStringLiteral("grouped"), utc("2024-06-07T08:09:11.111Z"));
    grouped.connectionId = StagingId;
    grouped.connectionName = StagingName;
    const AuditEntry unowned = sample(QStringLiteral("unowned"), utc("2024-06-07T08:09:12.111Z"));
    const QList<qint64> groupIds = audit.recordSent(QList<AuditEntry>{grouped, unowned});
    QCOMPARE(groupIds.size(), 2);

    std::optional<AuditEntry> stored = audit.entry(singleId);
    QVERIFY(stored);
    QCOMPARE(stored->connectionId, ProductionId);
    QCOMPARE(stored->connectionName, ProductionName);
    QCOMPARE(stored->host, Host);
    stored = audit.entry(groupIds.at(0));
    QVERIFY(stored);
    QCOMPARE(stored->connectionId, StagingId);
    QCOMPARE(stored->connectionName, StagingName);
    stored = audit.entry(groupIds.at(1));
    QVERIFY(stored);
    QVERIFY(stored->connectionId.isEmpty());
    QVERIFY(stored->connectionName.isEmpty());
    // In no connection is NULL in the file, never an id that could be taken for one.
    QSqlQuery raw(db.database.handle());
    QVERIFY(raw.exec(
        QStringLiteral("SELECT connection_id, connection FROM audit WHERE id = %1").arg(groupIds.at(1))));
    QVERIFY(raw.next());
    QVERIFY(raw.value(0).isNull());
    QCOMPARE(raw.value(1).toString(), QString());
    raw.finish();

    // Completing an entry leaves its connection as recorded.
    QVERIFY(audit.recordCompleted(singleId, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"),
                                  5));
    const QList<AuditEntry> entries = audit.entries();
    QCOMPARE(batchIds(entries),
             (QStringList{QStringLiteral("unowned"), QStringLiteral("grouped"), QStringLiteral("single")}));
    QCOMPARE(entries.at(2).connectionId, ProductionId);
    QCOMPARE(entries.at(2).connectionName, ProductionName);
    QCOMPARE(entries.at(2).outcome, QStringLiteral("succeeded"));
    QCOMPARE(entries.at(1).connectionId, StagingId);
    QCOMPARE(entries.at(1).connectionName, StagingName);
    QVERIFY(entries.at(0).connectionId.isEmpty());
}

// A view of one connection follows only its entries; one of every connection (an empty id) all.
void TestAuditLog::changesSinceFollowOneConnection()
{
    TestDatabase db;
    AuditLog audit(db.database);
    AuditCursor cursor = audit.cursor();
    AuditEntry production = sample(QStringLiteral("production"));
    production.connectionId = ProductionId;
    production.connectionName = ProductionName;
    AuditEntry staging = sample(QStringLiteral("staging"));
    staging.connectionId = StagingId;
    staging.connectionName = StagingName;
    const qint64 productionId = audit.recordSent(production);
    const qint64 stagingId = audit.recordSent(staging);
    QVERIFY(productionId > 0 && stagingId > productionId);

    AuditCursor everyConnection = cursor;
    AuditFilter thisConnection;
    thisConnection.connectionId = ProductionId;
    AuditChanges changes = audit.changesSince(cursor, thisConnection);
    QCOMPARE(changes.shown.size(), 1);
    QCOMPARE(changes.shown.at(0).id, productionId);
    QCOMPARE(changes.shown.at(0).connectionId, ProductionId);
    QCOMPARE(changes.shown.at(0).connectionName, ProductionName);
    QCOMPARE(changes.hidden, QList<qint64>{stagingId});

    changes = audit.changesSince(everyConnection, AuditFilter{});
    QCOMPARE(changes.shown.size(), 2);
    QVERIFY(changes.hidden.isEmpty());
    for (const AuditEntry& entry : std::as_const(changes.shown))
        QCOMPARE(entry.connectionName, entry.id == productionId ? ProductionName : StagingName);
}

// The entries a version before named connections made carry only the API host. The connection made
// from that setup adopts those of its host, and only those; it runs at every start, so doing it again
// changes nothing.
void TestAuditLog::legacyEntriesAreAdoptedByTheirConnection()
{
    TestDatabase db;
    AuditLog audit(db.database);
    const QString otherHost = QStringLiteral("staging.example");
    const auto record = [&audit](const char* batchId, const QString& host, const QString& connectionId,
                                 const QString& connectionName) {
        AuditEntry entry = sample(QString::fromLatin1(batchId));
        entry.host = host;
        entry.connectionId = connectionId;
        entry.connectionName = connectionName;
        return audit.recordSent(entry);
    };
    const qint64 legacy = record("legacy", Host, {}, {});
    const qint64 legacyOpen = record("legacy-open", Host, {}, {}); // still "sent"
    const qint64 owned = record("owned", Host, StagingId, StagingName);
    const qint64 elsewhere = record("elsewhere", otherHost, {}, {});
    QVERIFY(legacy > 0 && legacyOpen > 0 && owned > 0 && elsewhere > 0);
    QVERIFY(audit.recordCompleted(legacy, QStringLiteral("succeeded"), 200, {}, 5));

    QCOMPARE(audit.adoptLegacyEntries(Host, ProductionId, ProductionName), 2);

    const auto connectionOf = [&audit](qint64 id) {
        const std::optional<AuditEntry> entry = audit.entry(id);
        return entry ? std::make_pair(entry->connectionId, entry->connectionName)
                     : std::make_pair(QStringLiteral("<missing>"), QStringLiteral("<missing>"));
    };
    QCOMPARE(connectionOf(legacy), std::make_pair(ProductionId, ProductionName));
    QCOMPARE(connectionOf(legacyOpen), std::make_pair(ProductionId, ProductionName));
    QCOMPARE(connectionOf(owned), std::make_pair(StagingId, StagingName));   // never taken over
    QCOMPARE(connectionOf(elsewhere), std::make_pair(QString(), QString())); // another host
    // Nothing else about them changed.
    QCOMPARE(audit.entry(legacy)->outcome, QStringLiteral("succeeded"));
    QCOMPARE(audit.entry(legacyOpen)->outcome, AuditLog::SentOutcome);
    QCOMPARE(audit.entry(legacy)->host, Host);

    AuditFilter production;
    production.connectionId = ProductionId;
    QCOMPARE(batchIds(audit.entries(production)),
             (QStringList{QStringLiteral("legacy-open"), QStringLiteral("legacy")}));

    // Again, at the next start: nothing left to adopt, even under another name.
    QCOMPARE(audit.adoptLegacyEntries(Host, ProductionId, ProductionName), 0);
    QCOMPARE(audit.adoptLegacyEntries(Host, StagingId, StagingName), 0);
    QCOMPARE(connectionOf(legacy), std::make_pair(ProductionId, ProductionName));
    // Nothing to adopt with: no host or no connection.
    QCOMPARE(audit.adoptLegacyEntries(QString(), ProductionId, ProductionName), 0);
    QCOMPARE(audit.adoptLegacyEntries(otherHost, QString(), ProductionName), 0);
    QCOMPARE(connectionOf(elsewhere), std::make_pair(QString(), QString()));
    // An entry recorded later without a connection is adopted at the next start.
    const qint64 later = record("later", Host, {}, {});
    QCOMPARE(audit.adoptLegacyEntries(Host, ProductionId, ProductionName), 1);
    QCOMPARE(connectionOf(later), std::make_pair(ProductionId, ProductionName));
}

// Adoption runs at every start: it finds the entries in no connection through an index of those
// alone, never by reading the trail.
void TestAuditLog::adoptionFindsUnownedEntriesWithoutAScan()
{
    TestDatabase db;
    QSqlQuery plan(db.database.handle());
    QVERIFY(
        plan.exec(QStringLiteral("EXPLAIN QUERY PLAN UPDATE audit SET connection_id = 'x', connection = 'y'"
                                 " WHERE connection_id IS NULL AND host = 'h'")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString shown = steps.join(QLatin1Char(';'));
    QVERIFY2(shown.contains(QLatin1String("INDEX audit_unowned_by_host")), qPrintable(shown));
    QVERIFY2(!shown.contains(QLatin1String("SCAN audit")), qPrintable(shown));
}

void TestAuditLog::osUserText_data()
{
    QTest::addColumn<QString>("claimed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no claim") << QString() << QStringLiteral("alice");
    QTest::newRow("blank claim") << QStringLiteral("  ") << QStringLiteral("alice");
    QTest::newRow("the same") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("another name") << QStringLiteral("bob") << QStringLiteral("alice (USER says bob)");
    QTest::newRow("non-ASCII") << QStringLiteral("jörg") << QStringLiteral("alice (USER says jörg)");
    QTest::newRow("line break and escape")
        << QStringLiteral("bob\nDeleted \x1b[2J") << QStringLiteral("alice (USER says bob?Deleted ?[2J)");
    QTest::newRow("very long") << QString(100, QLatin1Char('x'))
                               << QStringLiteral("alice (USER says %1…)").arg(QString(64, QLatin1Char('x')));
}

void TestAuditLog::osUserText()
{
    QFETCH(QString, claimed);
    QFETCH(QString, expected);
    QCOMPARE(AuditLog::osUserText(QStringLiteral("alice"), QStringLiteral("USER"), claimed), expected);
}

// The account comes from the operating system; the environment's word is only added as a claim.
void TestAuditLog::currentOsUserComesFromTheSystem()
{
    const char* variable = OsAccount::environmentVariable();
    const EnvironmentGuard guard(variable);
    qunsetenv(variable);
    const QString account = AuditLog::currentOsUser();
    QVERIFY(!account.isEmpty());
    QVERIFY(account != QLatin1String("unknown"));
    QVERIFY2(!account.contains(QLatin1Char(' ')), qPrintable(account));
#ifdef Q_OS_UNIX
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    if (id.waitForFinished(5000) && id.exitCode() == 0)
        QCOMPARE(account, QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed());
#endif

    qputenv(variable, account.toUtf8());
    QCOMPARE(AuditLog::currentOsUser(), account);
    qputenv(variable, "somebody-else");
    QCOMPARE(AuditLog::currentOsUser(),
             QStringLiteral("%1 (%2 says somebody-else)").arg(account, QLatin1String(variable)));
}

void TestAuditLog::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // batch IDs, newest first

    const QStringList all = {QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e3"),
                             QStringLiteral("e2"), QStringLiteral("e1")};
    QTest::newRow("no filter: all, newest first") << AuditFilter{} << all;

    AuditFilter filter;
    filter.fromUtc = utc("2024-03-01T00:00:00.000Z");
    QTest::newRow("from is inclusive")
        << filter << QStringList{QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e3")};
    filter = {};
    filter.toUtc = utc("2024-03-01T00:00:00.000Z");
    QTest::newRow("to is exclusive") << filter << QStringList{QStringLiteral("e2"), QStringLiteral("e1")};
    filter.fromUtc = utc("2024-02-01T00:00:00.000Z");
    QTest::newRow("range") << filter << QStringList{QStringLiteral("e2")};
    filter = {};
    filter.fromUtc = QDateTime(QDate(2024, 3, 1), QTime(1, 0), Qt::OffsetFromUTC, 3600);
    QTest::newRow("bounds in another time zone")
        << filter << QStringList{QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e3")};
    filter = {};
    filter.outcome = QStringLiteral("succeeded");
    QTest::newRow("outcome") << filter << QStringList{QStringLiteral("e4"), QStringLiteral("e1")};
    filter.outcome = AuditLog::SentOutcome;
    QTest::newRow("outcome sent") << filter << QStringList{QStringLiteral("e5")};
    filter = {};
    filter.host = QStringLiteral("127.0.0.1:8765");
    QTest::newRow("host") << filter << QStringList{QStringLiteral("e3")};
    filter = {};
    filter.text = QStringLiteral("übersicht");
    QTest::newRow("text: name, non-ASCII case folding") << filter << QStringList{QStringLiteral("e2")};
    filter.text = QStringLiteral("CAROL");
    QTest::newRow("text: user") << filter << QStringList{QStringLiteral("e4")};
    filter.text = QStringLiteral("no such batch");
    QTest::newRow("text: server message") << filter << QStringList{QStringLiteral("e3")};
    filter.text = QStringLiteral("e5");
    QTest::newRow("text: batch ID") << filter << QStringList{QStringLiteral("e5")};
    filter.text = QStringLiteral("-opxr1f82i0cryjpchno");
    QTest::newRow("text: classification ID")
        << filter << QStringList{QStringLiteral("e5"), QStringLiteral("e1")};
    filter.text = QStringLiteral("127.0.0");
    QTest::newRow("text: host") << filter << QStringList{QStringLiteral("e3")};
    filter.text = QStringLiteral("%");
    QTest::newRow("text: wildcard characters are literal") << filter << QStringList{QStringLiteral("e4")};
    filter.text = QStringLiteral("nothing matches this");
    QTest::newRow("text: no match") << filter << QStringList{};
    filter = {};
    filter.connectionId = ProductionId;
    QTest::newRow("connection") << filter << QStringList{QStringLiteral("e4"), QStringLiteral("e1")};
    filter.connectionId = StagingId;
    QTest::newRow("another connection") << filter << QStringList{QStringLiteral("e2")};
    filter.connectionId = QStringLiteral("no-such-connection");
    QTest::newRow("connection without entries") << filter << QStringList{};
    filter = {};
    filter.text = QStringLiteral("ACME-STAG");
    QTest::newRow("text: connection name") << filter << QStringList{QStringLiteral("e2")};
    filter.text = QStringLiteral("acme");
    QTest::newRow("text: connection names")
        << filter << QStringList{QStringLiteral("e4"), QStringLiteral("e2"), QStringLiteral("e1")};
    filter.text = StagingId;
    QTest::newRow("text: never the connection's id") << filter << QStringList{};
    filter = {};
    filter.text = QStringLiteral("invoices");
    filter.outcome = QStringLiteral("succeeded");
    filter.host = Host;
    filter.fromUtc = utc("2024-01-01T00:00:00.000Z");
    QTest::newRow("everything combined") << filter << QStringList{QStringLiteral("e4"), QStringLiteral("e1")};
    filter.connectionId = ProductionId;
    QTest::newRow("everything combined, with the connection")
        << filter << QStringList{QStringLiteral("e4"), QStringLiteral("e1")};
    filter.connectionId = StagingId;
    QTest::newRow("everything combined, another connection") << filter << QStringList{};
}

void TestAuditLog::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QStringList, expected);

    TestDatabase db;
    AuditLog audit(db.database);
    const auto add = [&audit](const char* batchId, const char* started, const QString& classificationId,
                              const QString& name, const QString& host, const QString& user) {
        AuditEntry entry = sample(QString::fromLatin1(batchId), utc(started));
        entry.classificationId = classificationId;
        entry.classificationName = name;
        entry.host = host;
        entry.osUser = user;
        // e1 and e4 went through the production connection, e2 through staging; e3 and e5 through
        // none (recorded before connections, or outside any).
        if (entry.batchId == QLatin1String("e1") || entry.batchId == QLatin1String("e4")) {
            entry.connectionId = ProductionId;
            entry.connectionName = ProductionName;
        } else if (entry.batchId == QLatin1String("e2")) {
            entry.connectionId = StagingId;
            entry.connectionName = StagingName;
        }
        return audit.recordSent(entry);
    };
    const QString c1 = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    const QString c2 = QStringLiteral("c-two");
    // Recorded out of time order on purpose: newest first means by start time.
    const qint64 e3 = add("e3", "2024-03-01T00:00:00.000Z", c2, QStringLiteral("Receipts"),
                          QStringLiteral("127.0.0.1:8765"), QStringLiteral("dave"));
    const qint64 e1 =
        add("e1", "2024-01-15T12:00:00.000Z", c1, QStringLiteral("Invoices"), Host, QStringLiteral("alice"));
    const qint64 e2 =
        add("e2", "2024-02-15T12:00:00.000Z", c2, QStringLiteral("Übersicht"), Host, QStringLiteral("bob"));
    const qint64 e4 = add("e4", "2024-04-01T00:00:00.000Z", c2, QStringLiteral("Invoices 100%"), Host,
                          QStringLiteral("Carol"));
    add("e5", "2024-05-01T00:00:00.000Z", c1, QStringLiteral("Invoices"), Host, QStringLiteral("alice"));
    QVERIFY(audit.recordCompleted(e1, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 1));
    QVERIFY(audit.recordCompleted(e2, QStringLiteral("rejected"), 400, QStringLiteral("Bad request"), 1));
    QVERIFY(audit.recordCompleted(e3, QStringLiteral("not_found"), 404, QStringLiteral("No such batch"), 1));
    QVERIFY(audit.recordCompleted(e4, QStringLiteral("succeeded"), 200, QStringLiteral("Batch deleted"), 1));

    QCOMPARE(batchIds(audit.entries(filter)), expected);
}

void TestAuditLog::csvHeaderAndEmptyList()
{
    const QString csv = AuditLog::toCsv({});
    QCOMPARE(csv, CsvHeader.join(QLatin1Char(',')) + QStringLiteral("\r\n"));
    QCOMPARE(parseOrFail(csv), QList<QStringList>{CsvHeader});
}

void TestAuditLog::csvQuotesAndNeutralisesCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");     // what a CSV reader gets back
    QTest::addColumn<QString>("rawField"); // how it is written in the file

    const auto row = [](const char* name, const QString& value, const QString& cell, const QString& raw) {
        QTest::newRow(name) << value << cell << raw;
    };
    row("plain", QStringLiteral("Batch deleted"), QStringLiteral("Batch deleted"),
        QStringLiteral("Batch deleted"));
    row("empty", QString(), QString(), QString());
    row("comma", QStringLiteral("a, b"), QStringLiteral("a, b"), QStringLiteral("\"a, b\""));
    row("quotes", QStringLiteral("say \"hi\""), QStringLiteral("say \"hi\""),
        QStringLiteral("\"say \"\"hi\"\"\""));
    row("only a quote", QStringLiteral("\""), QStringLiteral("\""), QStringLiteral("\"\"\"\""));
    // Server text is one line with nothing hidden: a line break shows as an escape.
    row("LF", QStringLiteral("one\ntwo"), QStringLiteral("one\\ntwo"), QStringLiteral("one\\ntwo"));
    row("CRLF", QStringLiteral("one\r\ntwo"), QStringLiteral("one\\r\\ntwo"), QStringLiteral("one\\r\\ntwo"));
    // Quoted for its ';' (spreadsheets in many locales split cells on it).
    row("escape sequence", QStringLiteral("\x1b]0;pwned\x07red"), QStringLiteral("\\x1B]0;pwned\\x07red"),
        QStringLiteral("\"\\x1B]0;pwned\\x07red\""));
    row("right-to-left override", QStringLiteral("invoice\u202Efdp.exe"),
        QStringLiteral("invoice\\u{202E}fdp.exe"), QStringLiteral("invoice\\u{202E}fdp.exe"));
    row("non-ASCII", QStringLiteral("Übersicht 批次"), QStringLiteral("Übersicht 批次"),
        QStringLiteral("Übersicht 批次"));
    row("formula =", QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("'=HYPERLINK(\"http://x\")"),
        QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    row("formula + ", QStringLiteral("+1+1"), QStringLiteral("'+1+1"), QStringLiteral("'+1+1"));
    row("formula -", QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'-2+3+cmd|' /C calc'!A0"),
        QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    row("formula @", QStringLiteral("@SUM(A1:A2)"), QStringLiteral("'@SUM(A1:A2)"),
        QStringLiteral("'@SUM(A1:A2)"));
    row("leading tab", QStringLiteral("\t=1"), QStringLiteral("\\t=1"), QStringLiteral("\\t=1"));
    row("leading CR", QStringLiteral("\r=1"), QStringLiteral("\\r=1"), QStringLiteral("\\r=1"));
    // Documented Extracta IDs may start with '-': they are neutralised like any other cell.
    row("ID starting with a dash", QStringLiteral("-OPXR1F82I0cRYJPcHNo"),
        QStringLiteral("'-OPXR1F82I0cRYJPcHNo"), QStringLiteral("'-OPXR1F82I0cRYJPcHNo"));
    row("= later in the cell", QStringLiteral("a=b"), QStringLiteral("a=b"), QStringLiteral("a=b"));
    row("apostrophe first", QStringLiteral("'quoted"), QStringLiteral("'quoted"), QStringLiteral("'quoted"));
}

void TestAuditLog::csvQuotesAndNeutralisesCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QFETCH(QString, rawField);

    AuditEntry entry = sample(QStringLiteral("b1"), utc("2024-06-07T08:09:10.111Z"));
    entry.outcome = AuditLog::SentOutcome;
    entry.serverMessage = value;
    const QString csv = AuditLog::toCsv({entry});

    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    QVERIFY2(csv.contains(QStringLiteral(",sent,,") + rawField + QStringLiteral(",\r\n")), qPrintable(csv));

    const QList<QStringList> records = parseOrFail(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0), CsvHeader);
    QCOMPARE(records.at(1).size(), CsvHeader.size());
    QCOMPARE(records.at(1).at(CsvHeader.indexOf(QStringLiteral("server_message"))), cell);
    QCOMPARE(records.at(1).at(CsvHeader.indexOf(QStringLiteral("classification_id"))),
             QStringLiteral("'-OPXR1F82I0cRYJPcHNo"));
}

void TestAuditLog::csvRoundTripOfRecordedEntries()
{
    TestDatabase db;
    AuditLog audit(db.database);
    AuditEntry first = sample(QStringLiteral("batch, \"one\""), utc("2024-01-02T03:04:05.006Z"));
    first.classificationName = QStringLiteral("Names with\r\nline breaks, commas and \"quotes\"");
    first.osUser = QStringLiteral("=cmd");
    first.connectionId = ProductionId;
    first.connectionName = ProductionName;
    const qint64 firstId = audit.recordSent(first);
    QVERIFY(audit.recordCompleted(firstId, QStringLiteral("rejected"), 400, QStringLiteral("@bad\nrequest"),
                                  250));
    AuditEntry second = sample(QStringLiteral("b2"), utc("2024-01-03T00:00:00.000Z"));
    second.fileCount = -1;
    second.classificationId = QStringLiteral("plain-id");
    audit.recordSent(second);
    QCOMPARE(markOpenEntriesAbandoned(db.database), 1);

    const QList<AuditEntry> entries = audit.entries();
    const QList<QStringList> records = parseOrFail(AuditLog::toCsv(entries));
    QCOMPARE(records.size(), entries.size() + 1);
    QCOMPARE(records.at(0), CsvHeader);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry& entry = entries.at(i);
        const QString fileCount = entry.fileCount < 0 ? QString() : QString::number(entry.fileCount);
        const QString http = entry.httpStatus == 0 ? QString() : QString::number(entry.httpStatus);
        const QString duration = entry.durationMs < 0 ? QString() : QString::number(entry.durationMs);
        const QString completed =
            entry.completedUtc.isValid() ? entry.completedUtc.toString(Qt::ISODateWithMs) : QString();
        // Every cell is one line with nothing hidden, then neutralised against formulas.
        const auto shown = [](const QString& text) {
            return neutralised(ServerText::oneLine(text));
        };
        const QStringList expected = {entry.startedUtc.toString(Qt::ISODateWithMs),
                                      completed,
                                      shown(entry.osUser),
                                      shown(entry.machine),
                                      shown(entry.host),
                                      shown(entry.connectionName),
                                      shown(entry.classificationId),
                                      shown(entry.classificationName),
                                      shown(entry.batchId),
                                      fileCount,
                                      entry.outcome,
                                      http,
                                      shown(entry.serverMessage),
                                      duration};
        QCOMPARE(records.at(i + 1), expected);
    }
    QCOMPARE(records.at(1).at(0), QStringLiteral("2024-01-03T00:00:00.000Z"));
    QCOMPARE(records.at(1).at(5), QString()); // recorded in no connection
    QCOMPARE(records.at(1).at(10), AuditLog::UnknownOutcome);
    QCOMPARE(records.at(2).at(2), QStringLiteral("'=cmd"));
    QCOMPARE(records.at(2).at(5), ProductionName);
    QCOMPARE(records.at(2).at(7), QStringLiteral("Names with\\r\\nline breaks, commas and \"quotes\""));
    QCOMPARE(records.at(2).at(8), first.batchId);
    QCOMPARE(records.at(2).at(12), QStringLiteral("'@bad\\nrequest"));
}

// The connection's name comes right after the host; the name of a spreadsheet formula is defused
// like any other cell.
void TestAuditLog::csvConnectionColumnFollowsHost()
{
    const int column = static_cast<int>(CsvHeader.indexOf(QStringLiteral("connection")));
    QCOMPARE(column, CsvHeader.indexOf(QStringLiteral("host")) + 1);

    AuditEntry named = sample(QStringLiteral("b1"), utc("2024-06-07T08:09:10.111Z"));
    named.outcome = AuditLog::SentOutcome;
    named.connectionId = ProductionId;
    named.connectionName = ProductionName;
    AuditEntry formula = named;
    formula.connectionName = QStringLiteral("=HYPERLINK(\"http://x\")");
    AuditEntry none = named;
    none.connectionId.clear();
    none.connectionName.clear();
    const QList<QStringList> records = parseOrFail(AuditLog::toCsv({named, formula, none}));
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), CsvHeader);
    QCOMPARE(records.at(1).size(), CsvHeader.size());
    QCOMPARE(records.at(1).at(column), ProductionName);
    QCOMPARE(records.at(1).at(column - 1), Host);
    QCOMPARE(records.at(2).at(column), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(records.at(3).at(column), QString());
    // The id is for the program, never in the export.
    QVERIFY(!AuditLog::toCsv({named}).contains(ProductionId));
}

void TestAuditLog::tokenHasNoPlaceInTheAudit()
{
    const QByteArray token("eba-test-token-7f3c9a1e5b2d4c6f8a0b");
    const EnvironmentGuard guard("EXTRACTA_API_TOKEN");
    qputenv("EXTRACTA_API_TOKEN", token);

    TestDatabase db;
    {
        AuditLog audit(db.database);
        const qint64 id = audit.recordSent(sample(QStringLiteral("b1")));
        QVERIFY(audit.recordCompleted(id, QStringLiteral("token_rejected"), 401,
                                      QStringLiteral("Unauthorized"), 9));

        // The audit table has exactly these columns: a new one must be added here deliberately.
        const QSqlRecord columns = db.database.handle().record(QStringLiteral("audit"));
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        QCOMPARE(names, QStringList({QStringLiteral("id"),
                                     QStringLiteral("started_utc"),
                                     QStringLiteral("os_user"),
                                     QStringLiteral("host"),
                                     QStringLiteral("classification_id"),
                                     QStringLiteral("classification_name"),
                                     QStringLiteral("batch_id"),
                                     QStringLiteral("file_count"),
                                     QStringLiteral("outcome"),
                                     QStringLiteral("http_status"),
                                     QStringLiteral("server_message"),
                                     QStringLiteral("duration_ms"),
                                     QStringLiteral("completed_utc"),
                                     QStringLiteral("session"),
                                     QStringLiteral("connection_id"),
                                     QStringLiteral("connection"),
                                     QStringLiteral("attempt_id"),
                                     QStringLiteral("machine"),
                                     QStringLiteral("team_sent"),
                                     QStringLiteral("team_done")}));
        QVERIFY(!AuditLog::toCsv(audit.entries()).toUtf8().contains(token));
    }
    db.database.close();
    const QStringList files = QDir(db.dir.path()).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files) {
        QFile file(db.dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
