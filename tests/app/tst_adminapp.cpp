// AdminApp, the app's objects as main() starts them: the two-step start, against the demo sandbox
// and the real database path in a throwaway home.
#include "app/adminapp.h"
#include "apptesthelpers.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/widgets/guiresources.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestAdminApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoStartsWithItsSamplesInTheCatalogue();
    void databaseOpensAfterTheFirstFrameAndUnfinishedEntriesAreReported();
    void deletionOfAnotherRunningCopyIsLeftAlone();
    void dataFileIsCompleteWhenTheAppCloses();

private:
    QTemporaryDir m_home;
};

void TestAdminApp::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home));
    ensureGuiResources();
}

void TestAdminApp::demoStartsWithItsSamplesInTheCatalogue()
{
    LaunchOptions options;
    options.demo = true;
    AdminApp app(options);
    QVERIFY(app.start());
    MainWindow* window = app.window();
    QVERIFY(window);
    QVERIFY(!window->hasContents());
    QSignalSpy built(window, &MainWindow::contentsBuilt);
    QVERIFY(built.wait(5000));
    QVERIFY(app.database().isOpen());
    // The demo's data live in a throwaway folder, not in the user's database.
    QVERIFY(!QFileInfo::exists(Database::defaultPath()));
    QVERIFY(window->cataloguePanel());
    auto* tree = window->cataloguePanel()->findChild<QTreeView*>();
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() >= 2); // the sample classifications, under the demo host
    QCOMPARE(window->windowTitle(), QStringLiteral("Demo — Demo sandbox"));
}

void TestAdminApp::databaseOpensAfterTheFirstFrameAndUnfinishedEntriesAreReported()
{
    // An earlier session ended between sending a deletion and recording its answer.
    const qint64 unfinishedId = recordUnfinishedDeletion();
    QVERIFY(unfinishedId > 0);
    qputenv("EXTRACTA_API_URL", "http://127.0.0.1:9/");
    qputenv("EXTRACTA_API_TOKEN", "tok-adminapp-0123456789abcdef");
    AdminApp app{LaunchOptions()};
    QVERIFY(app.start());
    MainWindow* window = app.window();
    QVERIFY(window && window->isVisible());
    // A first start makes the connection of the default URL; the title names it.
    QCOMPARE(window->windowTitle(), QStringLiteral("Production — api.extracta.ai"));
    // The first frame needs no database.
    QVERIFY(!app.database().isOpen());
    QVERIFY(!window->hasContents());
    QSignalSpy built(window, &MainWindow::contentsBuilt);
    QVERIFY(built.wait(5000));
    QVERIFY(app.database().isOpen());
    QCOMPARE(app.audit().entry(unfinishedId)->outcome, AuditLog::UnknownOutcome);
    auto* note = window->findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("outcome unknown")), qPrintable(note->text()));
    qunsetenv("EXTRACTA_API_URL");
    qunsetenv("EXTRACTA_API_TOKEN");
}

// A second copy of the app starts while the first waits for the answer to a deletion: only the entry
// of the earlier session that ended is marked, and the note counts that one alone.
void TestAdminApp::deletionOfAnotherRunningCopyIsLeftAlone()
{
    const RunningCopy first;
    QVERIFY(first.entryId > 0);
    const qint64 unfinishedId = recordUnfinishedDeletion();
    QVERIFY(unfinishedId > 0);
    qputenv("EXTRACTA_API_URL", "http://127.0.0.1:9/");
    qputenv("EXTRACTA_API_TOKEN", "tok-adminapp-0123456789abcdef");
    AdminApp app{LaunchOptions()};
    QVERIFY(app.start());
    QSignalSpy built(app.window(), &MainWindow::contentsBuilt);
    QVERIFY(built.wait(5000));
    QCOMPARE(app.audit().entry(unfinishedId)->outcome, AuditLog::UnknownOutcome);
    QCOMPARE(app.audit().entry(first.entryId)->outcome, AuditLog::SentOutcome);
    auto* note = app.window()->findChild<QLabel*>(QStringLiteral("infoText"));
    QVERIFY(note);
    QVERIFY2(note->text().startsWith(QStringLiteral("1 deletion")), qPrintable(note->text()));
    qunsetenv("EXTRACTA_API_URL");
    qunsetenv("EXTRACTA_API_TOKEN");
}

// Issue 12: once the app has closed, the data file is complete on its own: no -wal, -shm or -journal
// stays next to it, and a copy of the file alone holds what the app wrote.
void TestAdminApp::dataFileIsCompleteWhenTheAppCloses()
{
    const QString path = Database::defaultPath();
    const QDir folder = QFileInfo(path).dir();
    const QStringList sideFilePatterns = {QStringLiteral("*-wal"), QStringLiteral("*-shm"),
                                          QStringLiteral("*-journal")};
    qputenv("EXTRACTA_API_URL", "http://127.0.0.1:9/");
    qputenv("EXTRACTA_API_TOKEN", "tok-adminapp-0123456789abcdef");
    qint64 entryId = -1;
    {
        AdminApp app{LaunchOptions()};
        QVERIFY(app.start());
        QSignalSpy built(app.window(), &MainWindow::contentsBuilt);
        QVERIFY(built.wait(5000));
        AuditEntry entry;
        entry.startedUtc = QDateTime::currentDateTimeUtc();
        entry.host = QStringLiteral("127.0.0.1:9");
        entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
        entry.batchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuY");
        entryId = app.audit().recordSent(entry);
        QVERIFY(entryId > 0);
        // While the app runs, its latest records are in SQLite's WAL.
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    qunsetenv("EXTRACTA_API_URL");
    qunsetenv("EXTRACTA_API_TOKEN");
    QVERIFY2(folder.entryList(sideFilePatterns, QDir::Files | QDir::Hidden | QDir::System).isEmpty(),
             qPrintable(folder.entryList(sideFilePatterns, QDir::Files | QDir::Hidden | QDir::System)
                            .join(QLatin1String(", "))));
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(QStringLiteral("copy.sqlite3"));
    QVERIFY(QFile::copy(path, copy));
    Database database(QStringLiteral("apptest_copy"));
    QVERIFY(database.open(copy).ok);
    QVERIFY(!database.isInMemory());
    const std::optional<AuditEntry> recorded = AuditLog(database).entry(entryId);
    QVERIFY(recorded);
    QCOMPARE(recorded->batchId, QStringLiteral("-OQb7Kx2LmNn8PqRsTuY"));
}

QTEST_MAIN(TestAdminApp)
#include "tst_adminapp.moc"
