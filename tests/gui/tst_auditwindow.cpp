// The audit window (issue 3, audit trail): every recorded attempt newest first, narrowed by text,
// outcome, date range and connection (issue 14), exported as the exact CSV the audit log produces, and
// refreshable.

#include "abandonedentries.h"
#include "core/api/apioutcome.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "gui/audit/audittablemodel.h"
#include "gui/audit/auditwindow.h"
#include "guitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString TableName = QStringLiteral("Audit trail");
const QString ProductionHost = QStringLiteral("api.extracta.ai");
const QString StagingHost = QStringLiteral("staging.extracta.ai");
const QString DemoHost = QStringLiteral("127.0.0.1:40123");
const QString ProductionId = QStringLiteral("4c1d9a2e-production");
const QString ProductionName = QStringLiteral("acme-prod");
const QString StagingId = QStringLiteral("b73e0f15-staging");
const QString StagingName = QStringLiteral("acme-staging");

// Each sample is recorded at noon local time on a day relative to today, so that date filters
// picked in local days are unambiguous.
struct Sample
{
    int daysAgo;
    QString host;
    QString classificationId;
    QString classificationName;
    QString batchId;
    int fileCount;
    QString outcome; // a code, or AuditLog::UnknownOutcome / SentOutcome
    int httpStatus;
    QString message;
    QString connectionId; // empty: in no connection
    QString connectionName;
};

QList<Sample> samples()
{
    using Kind = ApiOutcome::Kind;
    return {
        {10, ProductionHost, QStringLiteral("-OPXR1F82I0cRYJPcHNo"), QStringLiteral("Invoices, \"Q1\""),
         QStringLiteral("-OPXR2aBcDeFgHiJkLmN"), 12, outcomeCode(Kind::Succeeded), 200,
         QStringLiteral("Batch deleted"), ProductionId, ProductionName},
        // Production's host too, but recorded before connections and not adopted: in no connection.
        {5, ProductionHost, QStringLiteral("=1+2"), QStringLiteral("Receipts"), QStringLiteral("@SUM(A1)"),
         -1, outcomeCode(Kind::NotFound), 404, QStringLiteral("Batch not found"), QString(), QString()},
        {2, StagingHost, QStringLiteral("-OPXS7kLm3NbV2cXz9Qa"), QString(),
         QStringLiteral("+OPXR3xYzAbCdEfGhIj"), 3, outcomeCode(Kind::ServerError), 500,
         QStringLiteral("Internal error\nretry later"), StagingId, StagingName},
        {1, ProductionHost, QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha"), QStringLiteral("Contracts"),
         QStringLiteral("-OPXR4qRsTuVwXyZaBcD"), 7, AuditLog::UnknownOutcome, 0, QString(), ProductionId,
         ProductionName},
        {0, DemoHost, QStringLiteral("demo-classification-1"), QStringLiteral("Demo: mixed documents"),
         QStringLiteral("demo-batch-1"), 2, outcomeCode(Kind::TokenRejected), 401,
         QStringLiteral("Invalid API key"), QString(), QString()},
    };
}

QDateTime noonDaysAgo(int daysAgo)
{
    return QDate::currentDate().addDays(-daysAgo).startOfDay().addSecs(12 * 3600).toUTC();
}

// A database in a temporary folder, filled with the samples above.
class AuditFixture
{
public:
    AuditFixture()
        : m_database(QStringLiteral("tst_auditwindow_%1").arg(++s_counter))
    {
        if (!m_dir.isValid())
            return;
        m_openOk = m_database.open(m_dir.filePath(QStringLiteral("audit.sqlite3"))).ok;
        m_log = std::make_unique<AuditLog>(m_database);
    }

    bool fill()
    {
        if (!m_openOk)
            return false;
        QList<qint64> unfinished;
        for (const Sample& sample : samples()) {
            const qint64 id = record(sample);
            if (id < 0)
                return false;
            if (sample.outcome == AuditLog::UnknownOutcome)
                continue; // completed below as an interrupted run would leave it
            if (!m_log->recordCompleted(id, sample.outcome, sample.httpStatus, sample.message, 1234))
                return false;
        }
        return markOpenEntriesAbandoned(m_database) == 1;
    }

    qint64 record(const Sample& sample)
    {
        AuditEntry entry;
        entry.startedUtc = noonDaysAgo(sample.daysAgo);
        entry.osUser = QStringLiteral("tester");
        entry.host = sample.host;
        entry.classificationId = sample.classificationId;
        entry.classificationName = sample.classificationName;
        entry.batchId = sample.batchId;
        entry.fileCount = sample.fileCount;
        entry.connectionId = sample.connectionId;
        entry.connectionName = sample.connectionName;
        return m_log->recordSent(entry);
    }

    AuditLog& log()
    {
        return *m_log;
    }

private:
    static inline int s_counter = 0;
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<AuditLog> m_log;
    bool m_openOk = false;
};

QTableView* auditTable(AuditWindow& window)
{
    return findByAccessibleName<QTableView>(&window, TableName);
}

QStringList columnTexts(QTableView* view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

QStringList batchIds(QTableView* view)
{
    return columnTexts(view, AuditTableModel::BatchIdColumn);
}

QStringList batchIdsOf(std::initializer_list<int> sampleIndexes)
{
    const QList<Sample> all = samples();
    QStringList ids;
    for (const int index : sampleIndexes)
        ids << all.at(index).batchId;
    return ids;
}

QString countText(AuditWindow& window)
{
    const auto* label = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    return label ? label->text() : QStringLiteral("<no count label>");
}

QComboBox* connectionCombo(AuditWindow& window)
{
    return findByAccessibleName<QComboBox>(&window, QStringLiteral("Connection filter"));
}

// Picks "All connections" in the connection filter; false when there is no such choice.
bool showAllConnections(AuditWindow& window)
{
    QComboBox* combo = connectionCombo(window);
    const int index = combo ? combo->findText(QStringLiteral("All connections")) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

bool showAndActivate(QWidget& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestAuditWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsEntriesNewestFirst();
    void thisConnectionIsShownByDefault();
    void withoutConnectionEverythingIsShown();
    void newEntriesFollowTheConnectionFilter();
    void textFilterNarrowsAsYouType_data();
    void textFilterNarrowsAsYouType();
    void outcomeFilterNarrows_data();
    void outcomeFilterNarrows();
    void outcomeChoicesAreWords();
    void dateRangeNarrows_data();
    void dateRangeNarrows();
    void exportWritesExactlyTheFilteredCsv();
    void exportIncludesTextTypedJustBefore();
    void exportToUnwritablePlaceFails();
    void refreshPicksUpNewEntry();
    void controlsHaveMnemonicsAndEscapeCloses();
};

void TestAuditWindow::showsEntriesNewestFirst()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QCOMPARE(window.windowTitle(), QStringLiteral("Audit trail"));
    QVERIFY(!window.isModal());
    QVERIFY(showAllConnections(window));

    QTableView* view = auditTable(window);
    QVERIFY2(view, "no table named \"Audit trail\"");
    QCOMPARE(batchIds(view), batchIdsOf({4, 3, 2, 1, 0}));
    QCOMPARE(countText(window), QStringLiteral("5 entries"));

    // Outcome as icon plus word, never colour alone; interrupted attempts say so.
    QCOMPARE(columnTexts(view, AuditTableModel::OutcomeColumn),
             QStringList({QStringLiteral("Token rejected"), QStringLiteral("Outcome unknown"),
                          QStringLiteral("Server error"), QStringLiteral("Not found"),
                          QStringLiteral("Deleted")}));
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QIcon icon =
            view->model()->index(row, AuditTableModel::OutcomeColumn).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY2(!icon.isNull(), qPrintable(QString::number(row)));
    }

    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->headerData(AuditTableModel::StartedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Started"));
    QCOMPARE(model->index(4, AuditTableModel::StartedColumn).data().toString(),
             noonDaysAgo(10).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(model->index(4, AuditTableModel::ClassificationNameColumn).data().toString(),
             QStringLiteral("Invoices, \"Q1\""));
    QCOMPARE(model->index(4, AuditTableModel::FilesColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model->index(4, AuditTableModel::HttpColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(model->index(4, AuditTableModel::UserColumn).data().toString(), QStringLiteral("tester"));
    QCOMPARE(model->index(4, AuditTableModel::HostColumn).data().toString(), ProductionHost);
    // Each entry names the connection it went through; one in none leaves the cell empty.
    QCOMPARE(model->headerData(AuditTableModel::ConnectionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Connection"));
    QCOMPARE(columnTexts(view, AuditTableModel::ConnectionColumn),
             QStringList({QString(), ProductionName, StagingName, QString(), ProductionName}));
    QVERIFY(!model->index(4, AuditTableModel::CompletedColumn).data().toString().isEmpty());
    QCOMPARE(model->index(3, AuditTableModel::FilesColumn).data().toString(), QString()); // unknown count
    QCOMPARE(model->index(1, AuditTableModel::HttpColumn).data().toString(), QString());  // no answer
    // A multi-line server message stays on one row, its line break shown as an escape.
    QCOMPARE(model->index(2, AuditTableModel::MessageColumn).data().toString(),
             QStringLiteral("Internal error\\nretry later"));
}

void TestAuditWindow::thisConnectionIsShownByDefault()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QTableView* view = auditTable(window);
    QVERIFY(view);
    QComboBox* combo = connectionCombo(window);
    QVERIFY2(combo, "no combo named \"Connection filter\"");
    QVERIFY(combo->isEnabled());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->itemText(0), QStringLiteral("This connection (acme-prod)"));
    QCOMPARE(combo->itemText(1), QStringLiteral("All connections"));

    // By the connection, not by the host: sample 1 went to the same host before connections.
    QCOMPARE(batchIds(view), batchIdsOf({3, 0}));
    QCOMPARE(countText(window), QStringLiteral("2 entries"));
    QCOMPARE(window.currentFilter().connectionId, ProductionId);
    QVERIFY(window.currentFilter().host.isEmpty());
    QVERIFY(showAllConnections(window));
    QCOMPARE(batchIds(view), batchIdsOf({4, 3, 2, 1, 0}));
    QVERIFY(window.currentFilter().connectionId.isEmpty());
    combo->setCurrentIndex(0);
    QCOMPARE(batchIds(view), batchIdsOf({3, 0}));

    AuditWindow stagingWindow(fixture.log(), StagingId, StagingName);
    QCOMPARE(connectionCombo(stagingWindow)->itemText(0), QStringLiteral("This connection (acme-staging)"));
    QCOMPARE(batchIds(auditTable(stagingWindow)), batchIdsOf({2}));
    QCOMPARE(countText(stagingWindow), QStringLiteral("1 entry"));
}

void TestAuditWindow::withoutConnectionEverythingIsShown()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), QString(), QString());
    QComboBox* combo = connectionCombo(window);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), QStringLiteral("All connections"));
    QVERIFY(!combo->isEnabled());
    QCOMPARE(batchIds(auditTable(window)), batchIdsOf({4, 3, 2, 1, 0}));
}

// Entries recorded while the window is open (showNewEntries(), after each deletion) come in only
// when they belong to the connection shown.
void TestAuditWindow::newEntriesFollowTheConnectionFilter()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    AuditWindow everything(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAllConnections(everything));
    QTableView* view = auditTable(window);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(auditTable(everything)->model()->rowCount(), 5);

    Sample elsewhere = samples().at(2); // staging
    elsewhere.daysAgo = 0;
    elsewhere.batchId = QStringLiteral("-OPXZ9stagingBatch01");
    Sample here = samples().at(0); // production
    here.daysAgo = 0;
    here.batchId = QStringLiteral("-OPXZ9productionBat1");
    QVERIFY(fixture.record(elsewhere) >= 0);
    QVERIFY(fixture.record(here) >= 0);
    window.showNewEntries();
    everything.showNewEntries();

    QCOMPARE(batchIds(view).first(), here.batchId);
    QVERIFY(!batchIds(view).contains(elsewhere.batchId));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(0, AuditTableModel::ConnectionColumn).data().toString(), ProductionName);
    QCOMPARE(auditTable(everything)->model()->rowCount(), 7);
    QVERIFY(batchIds(auditTable(everything)).contains(elsewhere.batchId));
}

void TestAuditWindow::textFilterNarrowsAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("classification name with quotes") << QStringLiteral("\"Q1\"") << batchIdsOf({0});
    QTest::newRow("name, other case") << QStringLiteral("INVOICES") << batchIdsOf({0});
    QTest::newRow("part of a batch ID") << QStringLiteral("4qRsTu") << batchIdsOf({3});
    QTest::newRow("classification ID with =") << QStringLiteral("=1+2") << batchIdsOf({1});
    QTest::newRow("server message") << QStringLiteral("internal error") << batchIdsOf({2});
    QTest::newRow("host") << QStringLiteral("staging.extracta") << batchIdsOf({2});
    QTest::newRow("connection name") << QStringLiteral("ACME-STAG") << batchIdsOf({2});
    QTest::newRow("connection names") << QStringLiteral("acme-") << batchIdsOf({3, 2, 0});
    QTest::newRow("shared prefix") << QStringLiteral("-OPX") << batchIdsOf({3, 2, 0});
    QTest::newRow("no match") << QStringLiteral("no such thing") << QStringList();
}

void TestAuditWindow::textFilterNarrowsAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);

    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAllConnections(window));
    QVERIFY(showAndActivate(window));
    QTableView* view = auditTable(window);
    QVERIFY(view);

    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QCOMPARE(search->placeholderText(), QStringLiteral("Search IDs, names, messages"));
    QTest::keyClicks(search, typed);
    QTRY_COMPARE(batchIds(view), expected);
    QTRY_COMPARE(countText(window), expected.size() == 1 ? QStringLiteral("1 entry")
                                                         : QStringLiteral("%1 entries").arg(expected.size()));

    // Clearing the box brings everything back.
    search->clear();
    QTRY_COMPARE(batchIds(view), batchIdsOf({4, 3, 2, 1, 0}));
}

void TestAuditWindow::outcomeFilterNarrows_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");

    using Kind = ApiOutcome::Kind;
    QTest::newRow("any") << QString() << batchIdsOf({4, 3, 2, 1, 0});
    QTest::newRow("deleted") << outcomeCode(Kind::Succeeded) << batchIdsOf({0});
    QTest::newRow("not found") << outcomeCode(Kind::NotFound) << batchIdsOf({1});
    QTest::newRow("server error") << outcomeCode(Kind::ServerError) << batchIdsOf({2});
    QTest::newRow("token rejected") << outcomeCode(Kind::TokenRejected) << batchIdsOf({4});
    QTest::newRow("outcome unknown") << AuditLog::UnknownOutcome << batchIdsOf({3});
    QTest::newRow("rate limited (none)") << outcomeCode(Kind::RateLimited) << QStringList();
    QTest::newRow("sent (none)") << AuditLog::SentOutcome << QStringList();
}

void TestAuditWindow::outcomeFilterNarrows()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);

    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAllConnections(window));
    auto* combo = findByAccessibleName<QComboBox>(&window, QStringLiteral("Outcome"));
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
    QCOMPARE(batchIds(auditTable(window)), expected);
    QCOMPARE(window.currentFilter().outcome, code);
}

void TestAuditWindow::outcomeChoicesAreWords()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    auto* combo = findByAccessibleName<QComboBox>(&window, QStringLiteral("Outcome"));
    QVERIFY(combo);
    QCOMPARE(combo->itemText(0), QStringLiteral("Any outcome"));
    QCOMPARE(combo->currentIndex(), 0);
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    for (const char* word : {"Deleted (succeeded)", "Not found", "Failed", "Rejected", "Token rejected",
                             "Rate limited", "Server error", "Network error", "Refused", "Cancelled",
                             "Outcome unknown", "Sent (no answer yet)"}) {
        const QString wanted = QLatin1String(word);
        QVERIFY2(
            std::any_of(texts.cbegin(), texts.cend(), [&](const QString& t) { return t.startsWith(wanted); }),
            word);
    }
    // Every stored outcome code can be picked, and each exactly once.
    using Kind = ApiOutcome::Kind;
    for (const Kind kind :
         {Kind::Succeeded, Kind::Failed, Kind::Rejected, Kind::TokenRejected, Kind::NotFound,
          Kind::WrongApiUrl, Kind::RateLimited, Kind::ServerError, Kind::NetworkError, Kind::OutcomeUnknown,
          Kind::InsecureRefused, Kind::RedirectRefused, Kind::Cancelled}) {
        QVERIFY2(combo->findData(outcomeCode(kind)) > 0, qPrintable(outcomeCode(kind)));
    }
    QCOMPARE(combo->count(), 13 + 2); // the kinds (unknown among them), sent and "Any outcome"
}

void TestAuditWindow::dateRangeNarrows_data()
{
    QTest::addColumn<int>("fromDaysAgo"); // -1 = open
    QTest::addColumn<int>("toDaysAgo");   // -1 = open
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("open range") << -1 << -1 << batchIdsOf({4, 3, 2, 1, 0});
    QTest::newRow("from 6 days ago") << 6 << -1 << batchIdsOf({4, 3, 2, 1});
    QTest::newRow("from 5 days ago includes that day") << 5 << -1 << batchIdsOf({4, 3, 2, 1});
    QTest::newRow("up to 2 days ago includes that day") << -1 << 2 << batchIdsOf({2, 1, 0});
    QTest::newRow("between") << 5 << 1 << batchIdsOf({3, 2, 1});
    QTest::newRow("one day") << 10 << 10 << batchIdsOf({0});
    QTest::newRow("day without entries") << 3 << 3 << QStringList();
    QTest::newRow("from after to") << 1 << 5 << QStringList();
}

void TestAuditWindow::dateRangeNarrows()
{
    QFETCH(int, fromDaysAgo);
    QFETCH(int, toDaysAgo);
    QFETCH(QStringList, expected);

    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAllConnections(window));
    QTableView* view = auditTable(window);
    auto* fromCheck = window.findChild<QCheckBox*>(QStringLiteral("fromCheck"));
    auto* toCheck = window.findChild<QCheckBox*>(QStringLiteral("toCheck"));
    auto* fromDate = findByAccessibleName<QDateEdit>(&window, QStringLiteral("From date"));
    auto* toDate = findByAccessibleName<QDateEdit>(&window, QStringLiteral("To date"));
    QVERIFY(view && fromCheck && toCheck && fromDate && toDate);
    QVERIFY(!fromCheck->isChecked() && !toCheck->isChecked()); // open by default
    QVERIFY(!fromDate->isEnabled() && !toDate->isEnabled());
    QVERIFY(fromDate->calendarPopup() && toDate->calendarPopup());

    const QDate today = QDate::currentDate();
    if (fromDaysAgo >= 0) {
        fromCheck->setChecked(true);
        QVERIFY(fromDate->isEnabled());
        fromDate->setDate(today.addDays(-fromDaysAgo));
    }
    if (toDaysAgo >= 0) {
        toCheck->setChecked(true);
        QVERIFY(toDate->isEnabled());
        toDate->setDate(today.addDays(-toDaysAgo));
    }
    QCOMPARE(batchIds(view), expected);

    // Unticking the boxes opens the range again, whatever dates are left in the fields.
    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QCOMPARE(batchIds(view), batchIdsOf({4, 3, 2, 1, 0}));
}

void TestAuditWindow::exportWritesExactlyTheFilteredCsv()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditWindow window(fixture.log(), ProductionId, ProductionName); // this connection: samples 3, 0
    QTableView* view = auditTable(window);
    QCOMPARE(batchIds(view), batchIdsOf({3, 0}));

    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    QString error;
    QVERIFY2(window.exportCsv(path, &error), qPrintable(error));
    const QByteArray written = readAll(path);

    AuditFilter filter;
    filter.connectionId = ProductionId;
    const QList<AuditEntry> expectedEntries = fixture.log().entries(filter);
    QCOMPARE(expectedEntries.size(), 2);
    QCOMPARE(written, AuditLog::toCsv(expectedEntries).toUtf8());

    // What a spreadsheet would see: quoted names intact, no cell that starts a formula.
    const QString csv = QString::fromUtf8(written);
    QVERIFY2(csv.contains(QLatin1String("\"Invoices, \"\"Q1\"\"\"")), qPrintable(csv));
    QVERIFY2(csv.contains(QLatin1String("'-OPXR2aBcDeFgHiJkLmN")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(",") + ProductionHost + QStringLiteral(",") + ProductionName +
                          QStringLiteral(",")),
             qPrintable(csv));
    QVERIFY2(!csv.contains(StagingHost), "an entry of another connection was exported");
    QVERIFY2(!csv.contains(QLatin1String("=1+2")), "an entry in no connection was exported");

    // All connections: every entry, a spreadsheet's formulas defused.
    QVERIFY(showAllConnections(window));
    QString allError;
    const QString allPath = dir.filePath(QStringLiteral("all.csv"));
    QVERIFY2(window.exportCsv(allPath, &allError), qPrintable(allError));
    QCOMPARE(readAll(allPath), AuditLog::toCsv(fixture.log().entries()).toUtf8());
    const QString allCsv = QString::fromUtf8(readAll(allPath));
    QVERIFY2(allCsv.contains(QLatin1String("'=1+2")), qPrintable(allCsv));
    QVERIFY2(allCsv.contains(QLatin1String("'@SUM(A1)")), qPrintable(allCsv));
    QVERIFY2(!allCsv.contains(QLatin1String(",=1+2")) && !allCsv.contains(QLatin1String(",@SUM")),
             qPrintable(allCsv));
    QVERIFY2(allCsv.contains(StagingName), qPrintable(allCsv));

    // Another filter, another file: still exactly what is shown.
    auto* combo = findByAccessibleName<QComboBox>(&window, QStringLiteral("Outcome"));
    combo->setCurrentIndex(combo->findData(outcomeCode(ApiOutcome::Kind::ServerError)));
    QCOMPARE(batchIds(view), batchIdsOf({2}));
    const QString secondPath = dir.filePath(QStringLiteral("errors.csv"));
    QVERIFY2(window.exportCsv(secondPath, &error), qPrintable(error));
    QCOMPARE(readAll(secondPath), AuditLog::toCsv(window.model()->entries()).toUtf8());
    QVERIFY(QString::fromUtf8(readAll(secondPath)).contains(QLatin1String("'+OPXR3xYzAbCdEfGhIj")));

    // Exporting again replaces the file rather than appending to it.
    QVERIFY(window.exportCsv(path, &error));
    QCOMPARE(readAll(path), readAll(secondPath));
}

void TestAuditWindow::exportIncludesTextTypedJustBefore()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAndActivate(window));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    // Typed and exported at once, before the as-you-type delay has run out.
    QTest::keyClicks(search, QStringLiteral("Contracts"));
    const QString path = dir.filePath(QStringLiteral("contracts.csv"));
    QVERIFY(window.exportCsv(path));
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(readAll(path), AuditLog::toCsv(window.model()->entries()).toUtf8());
    QVERIFY(!QString::fromUtf8(readAll(path)).contains(QLatin1String("Invoices")));
}

void TestAuditWindow::exportToUnwritablePlaceFails()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    const QString path = dir.filePath(QStringLiteral("no/such/folder/audit.csv"));
    QString error;
    QVERIFY(!window.exportCsv(path, &error));
    QVERIFY2(error.contains(QLatin1String("audit.csv")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestAuditWindow::refreshPicksUpNewEntry()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QTableView* view = auditTable(window);
    QCOMPARE(view->model()->rowCount(), 2);
    view->setCurrentIndex(view->model()->index(1, AuditTableModel::BatchIdColumn));

    Sample fresh{0,
                 ProductionHost,
                 QStringLiteral("-OPXZ9newClassific01"),
                 QStringLiteral("Fresh"),
                 QStringLiteral("-OPXZ9newBatch000001"),
                 1,
                 outcomeCode(ApiOutcome::Kind::Succeeded),
                 200,
                 QStringLiteral("Batch deleted"),
                 ProductionId,
                 ProductionName};
    const qint64 id = fixture.record(fresh);
    QVERIFY(id >= 0);
    QVERIFY(fixture.log().recordCompleted(id, fresh.outcome, 200, fresh.message, 321));
    QCOMPARE(view->model()->rowCount(), 2); // not until asked

    auto* refresh = findByAccessibleName<QPushButton>(&window, QStringLiteral("Refresh"));
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(batchIds(view).first(), fresh.batchId);
    QCOMPARE(countText(window), QStringLiteral("3 entries"));
    // The row the user was on is still the current one.
    QCOMPARE(view->currentIndex().data().toString(), samples().at(0).batchId);

    // reload() is what the main window calls after a deletion.
    const qint64 another = fixture.record(fresh);
    QVERIFY(another >= 0);
    window.reload();
    QCOMPARE(view->model()->rowCount(), 4);
    QCOMPARE(columnTexts(view, AuditTableModel::OutcomeColumn).first(),
             QStringLiteral("Sent (no answer yet)"));
}

void TestAuditWindow::controlsHaveMnemonicsAndEscapeCloses()
{
    AuditFixture fixture;
    QVERIFY(fixture.fill());
    AuditWindow window(fixture.log(), ProductionId, ProductionName);
    QVERIFY(showAndActivate(window));

    const QList<QAbstractButton*> buttons = window.findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (button->text().isEmpty())
            continue; // e.g. the date edits' internal parts
        QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->text()));
    }
    for (const char* name : {"searchLabel", "outcomeLabel", "connectionLabel", "tableCaption"}) {
        const auto* label = window.findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(label && label->buddy() && label->text().contains(QLatin1Char('&')), name);
    }

    // Alt+S jumps to the search box.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(search));
    // Enter in the search box does not close the window.
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(window.isVisible());

    QSignalSpy finished(&window, &QDialog::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"
