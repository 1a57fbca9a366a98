// The audit window's Team view (issue 15) against a real PostgreSQL server: two desks upload their
// entries to one team trail, and the window of one of them shows both, with user and machine, the
// same filters and CSV export; this desk's view comes back as it was; a team database that is down
// gives an error line and never holds the window; whatever a desk wrote is shown escaped.

#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamconnection.h"
#include "core/team/teamdatabaseaddress.h"
#include "core/team/teamoutbox.h"
#include "core/team/teamschema.h"
#include "core/team/teamsettings.h"
#include "core/team/teamsync.h"
#include "core/team/teamuploader.h"
#include "core/tokens/tokenstore.h"
#include "gui/audit/audittablemodel.h"
#include "gui/audit/auditwindow.h"
#include "gui/widgets/servertextlabel.h"
#include "guitesthelpers.h"
#include "postgrescluster.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

const QString ApiHost = QStringLiteral("api.extracta.ai");
const QString ConnectionId = QStringLiteral("4c1d9a2e-production");
const QString ConnectionName = QStringLiteral("acme-prod");
const QString DeskButtonName = QStringLiteral("This desk's entries");
const QString TeamButtonName = QStringLiteral("Every desk's entries (team)");
// The longest a read of the team trail may take here: a loopback server, but a busy CI machine.
constexpr int ReadTimeoutMs = 15000;

// One desk: its own local audit file, whose entries it uploads to the team trail as the app does
// (TeamOutbox + TeamUploader).
class Desk
{
public:
    Desk(const QString& name, QString user, QString machine)
        : m_database(QStringLiteral("tst_auditwindowteam_") + name)
        , m_user(std::move(user))
        , m_machine(std::move(machine))
    {
        m_openOk = m_dir.isValid() && m_database.open(path()).ok;
        m_log = std::make_unique<AuditLog>(m_database);
    }

    bool isOpen() const
    {
        return m_openOk;
    }

    QString path() const
    {
        return m_dir.filePath(QStringLiteral("audit.sqlite3"));
    }

    AuditLog& log()
    {
        return *m_log;
    }

    // An attempt `minutesAgo` minutes ago, completed with `outcome` (none: left "sent").
    qint64 add(const QString& batchId, int minutesAgo, const QString& outcome, const QString& message = {})
    {
        AuditEntry entry;
        entry.startedUtc = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        entry.osUser = m_user;
        entry.machine = m_machine;
        entry.host = ApiHost;
        entry.connectionId = ConnectionId;
        entry.connectionName = ConnectionName;
        entry.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
        entry.classificationName = QStringLiteral("Invoices 2025");
        entry.batchId = batchId;
        entry.fileCount = 3;
        const qint64 id = m_log->recordSent(entry);
        if (id < 0 || outcome.isEmpty())
            return id;
        const int status = outcome == QLatin1String("succeeded") ? 200 : 404;
        return m_log->recordCompleted(id, outcome, status, message, 120) ? id : -1;
    }

    // Uploads every pending entry to the team database at `uri`.
    bool upload(const QString& uri, QString* error)
    {
        const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, error);
        if (!address)
            return false;
        TeamOutbox outbox(m_database, address->displayName());
        TeamConnection connection(*address, {});
        if (!connection.open()) {
            *error = connection.errorMessage();
            return false;
        }
        const TeamSyncResult result = TeamUploader(outbox, connection).uploadPending();
        *error = result.error;
        return result.complete();
    }

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<AuditLog> m_log;
    QString m_user;
    QString m_machine;
    bool m_openOk = false;
};

// The app's side of the team trail as main() builds it, with its settings in a temporary folder and
// the password stores in memory (the superuser of the test cluster needs no password).
struct TeamObjects
{
    explicit TeamObjects(const QString& uri, const QString& localPath)
    {
        TeamSettings(qsettings).setSavedUri(uri);
        sync.start(localPath);
    }

    // The sync the start makes has reached the team database: its statusChanged() is behind us.
    bool startedUp()
    {
        return QTest::qWaitFor([this] { return sync.status().lastSyncUtc.isValid(); }, ReadTimeoutMs);
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TeamSync sync{qsettings, settings, &keychain, &plainFile};
};

QTableView* auditTable(AuditWindow& window)
{
    return findByAccessibleName<QTableView>(&window, QStringLiteral("Audit trail"));
}

QStringList columnTexts(AuditWindow& window, int column)
{
    QStringList texts;
    const QAbstractItemModel* model = auditTable(window)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

QString labelText(AuditWindow& window, const char* name)
{
    const auto* label = window.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

bool showAndActivate(QWidget& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Settled: the read answered and nothing is about to replace what is shown.
bool teamShown(AuditWindow& window)
{
    return window.source() == AuditWindow::Source::Team && !window.isReadingTeamTrail();
}

QWidget* exportButton(AuditWindow& window)
{
    return window.findChild<QWidget*>(QStringLiteral("exportButton"));
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAuditWindowTeam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void teamIsOfferedOnlyWithATeamTrail();
    void teamShowsEveryDeskWithUserAndMachine();
    void teamFiltersAndExport();
    void filterChangesMakeOneRead();
    void syncsCloseTogetherMakeOneRead();
    void hostileTextIsShownEscaped();
    void limitIsSaid();
    void syncRefreshesTheTeamView();
    void slowDatabaseNeverHoldsTheWindow();
    // Last: it stops the server.
    void databaseDownShowsAnErrorAndNeverBlocks();

private:
    // A team database of its own for a test, with the schema in it; its URI.
    QString newTeamDatabase(const QString& name);
    // Desk A (alice on desk-a, whose window is tested) and desk B (bob on desk-b), uploaded to `uri`.
    bool fillTwoDesks(Desk& a, Desk& b, const QString& uri);

    PostgresCluster m_cluster;
};

void TestAuditWindowTeam::initTestCase()
{
    // The team database is the one the tests set, not one from the environment.
    qunsetenv("EXTRACTA_TEAM_DB");
    qunsetenv("EXTRACTA_TEAM_DB_PASSWORD");
    QString reason;
    QVERIFY2(PostgresCluster::serverAvailable(&reason), qPrintable(reason));
    QVERIFY2(m_cluster.start(&reason), qPrintable(reason));
}

QString TestAuditWindowTeam::newTeamDatabase(const QString& name)
{
    QString error;
    if (!m_cluster.runAsSuperuser(QStringLiteral("CREATE DATABASE %1").arg(name), &error)) {
        qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(error));
        return {};
    }
    const QString uri =
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_cluster.port()).arg(name);
    const std::optional<TeamDatabaseAddress> address = TeamDatabaseAddress::parse(uri, &error);
    if (!address) {
        qWarning("%s: %s", qPrintable(uri), qPrintable(error));
        return {};
    }
    TeamConnection connection(*address, {});
    if (!connection.open()) {
        qWarning("%s: %s", qPrintable(uri), qPrintable(connection.errorMessage()));
        return {};
    }
    const TeamSchema::Migration migration = TeamSchema::migrate(connection.handle());
    if (!migration.ok) {
        qWarning("migrate %s: %s", qPrintable(uri), qPrintable(migration.error));
        return {};
    }
    return uri;
}

bool TestAuditWindowTeam::fillTwoDesks(Desk& a, Desk& b, const QString& uri)
{
    if (!a.isOpen() || !b.isOpen() || uri.isEmpty())
        return false;
    const bool added =
        a.add(QStringLiteral("a-batch-1"), 50, QStringLiteral("succeeded"), QStringLiteral("Deleted")) > 0 &&
        a.add(QStringLiteral("a-batch-2"), 40, QStringLiteral("not_found"), QStringLiteral("No such batch")) >
            0 &&
        b.add(QStringLiteral("b-batch-1"), 30, QStringLiteral("succeeded"), QStringLiteral("Deleted")) > 0 &&
        b.add(QStringLiteral("b-batch-2"), 20, QStringLiteral("not_found"), QStringLiteral("No such batch")) >
            0 &&
        b.add(QStringLiteral("b-batch-3"), 10, QStringLiteral("succeeded"), QStringLiteral("Deleted")) > 0;
    if (!added)
        return false;
    QString error;
    for (Desk* desk : {&a, &b}) {
        if (!desk->upload(uri, &error)) {
            qWarning("upload: %s", qPrintable(error));
            return false;
        }
    }
    return true;
}

void TestAuditWindowTeam::teamIsOfferedOnlyWithATeamTrail()
{
    Desk desk(QStringLiteral("offered"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    QVERIFY(desk.isOpen());
    AuditWindow window(desk.log(), ConnectionId, ConnectionName);
    auto* team = findByAccessibleName<QRadioButton>(&window, TeamButtonName);
    auto* thisDesk = findByAccessibleName<QRadioButton>(&window, DeskButtonName);
    QVERIFY(team && thisDesk);
    QVERIFY(thisDesk->isChecked());
    QVERIFY(thisDesk->text().contains(QLatin1Char('&')) && team->text().contains(QLatin1Char('&')));

    // No team trail (the demo, or before the app set one): Team is off and says how to set one up.
    QVERIFY(!team->isEnabled());
    QVERIFY2(team->toolTip().contains(QLatin1String("Settings > Team")), qPrintable(team->toolTip()));

    // A team trail with no database saved: still off.
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(qsettings);
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    TeamSync unset(qsettings, settings, &keychain, &plainFile);
    unset.start(desk.path());
    window.setTeamTrail(&unset);
    QVERIFY(!team->isEnabled());
    QVERIFY(team->toolTip().contains(QLatin1String("Settings > Team")));

    // Once a team database is saved (Settings > Team), it is on.
    TeamSettings(qsettings).setSavedUri(QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2")
                                            .arg(m_cluster.port())
                                            .arg(m_cluster.databaseName()));
    unset.reload();
    QTRY_VERIFY(team->isEnabled());
    QVERIFY(!team->toolTip().contains(QLatin1String("Settings > Team")));
}

void TestAuditWindowTeam::teamShowsEveryDeskWithUserAndMachine()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_every"));
    Desk a(QStringLiteral("every_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("every_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());

    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTableView* view = auditTable(window);
    QVERIFY(view);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn),
             QStringList({QStringLiteral("a-batch-2"), QStringLiteral("a-batch-1")}));
    QVERIFY(view->isColumnHidden(AuditTableModel::MachineColumn));
    auto* connection = window.findChild<QComboBox*>(QStringLiteral("connectionCombo"));
    QVERIFY(connection && connection->isEnabled());
    const QString deskConnectionChoice = connection->currentText();
    // The user is on a-batch-1's row (the second) in this desk's view.
    view->setCurrentIndex(window.model()->index(1, AuditTableModel::BatchIdColumn));
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("a-batch-1"));

    // Alt+A, as a user would.
    auto* teamButton = findByAccessibleName<QRadioButton>(&window, TeamButtonName);
    QVERIFY(teamButton && teamButton->isEnabled());
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(teamButton->isChecked()); // a mnemonic clicks after the button showed it pressed
    QCOMPARE(window.source(), AuditWindow::Source::Team);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QVERIFY2(labelText(window, "teamStateLabel").startsWith(QLatin1String("Read from the team database")),
             qPrintable(labelText(window, "teamStateLabel")));

    // Both desks, newest first, each with who and where.
    QCOMPARE(
        columnTexts(window, AuditTableModel::BatchIdColumn),
        QStringList({QStringLiteral("b-batch-3"), QStringLiteral("b-batch-2"), QStringLiteral("b-batch-1"),
                     QStringLiteral("a-batch-2"), QStringLiteral("a-batch-1")}));
    QCOMPARE(columnTexts(window, AuditTableModel::UserColumn),
             QStringList({QStringLiteral("bob"), QStringLiteral("bob"), QStringLiteral("bob"),
                          QStringLiteral("alice"), QStringLiteral("alice")}));
    QCOMPARE(columnTexts(window, AuditTableModel::MachineColumn),
             QStringList({QStringLiteral("desk-b"), QStringLiteral("desk-b"), QStringLiteral("desk-b"),
                          QStringLiteral("desk-a"), QStringLiteral("desk-a")}));
    QCOMPARE(columnTexts(window, AuditTableModel::OutcomeColumn).first(), QStringLiteral("Deleted"));
    QVERIFY(!view->isColumnHidden(AuditTableModel::MachineColumn));
    QCOMPARE(view->model()->headerData(AuditTableModel::MachineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Machine"));
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("5 entries"));
    // For a look at the Team view: EBA_AUDIT_TEAM_SCREENSHOT=/tmp/auditteam.png.
    if (const QString shot = qEnvironmentVariable("EBA_AUDIT_TEAM_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot));
    // Connections are each desk's own: the team view is not narrowed by this desk's.
    QVERIFY(!connection->isEnabled());
    QVERIFY2(!connection->toolTip().isEmpty(), "the connection filter does not say why it is off");

    // Back to this desk, with the mouse: its entries only, as before, and it follows new ones again.
    auto* deskButton = findByAccessibleName<QRadioButton>(&window, DeskButtonName);
    QTest::mouseClick(deskButton, Qt::LeftButton);
    QCOMPARE(window.source(), AuditWindow::Source::ThisDesk);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn),
             QStringList({QStringLiteral("a-batch-2"), QStringLiteral("a-batch-1")}));
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("2 entries"));
    QVERIFY(view->isColumnHidden(AuditTableModel::MachineColumn));
    QVERIFY(connection->isEnabled());
    QCOMPARE(connection->currentText(), deskConnectionChoice);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("a-batch-1"));
    QVERIFY(!window.findChild<QWidget*>(QStringLiteral("teamStateRow"))->isVisible());
    QVERIFY(a.add(QStringLiteral("a-batch-3"), 0, QString()) > 0);
    window.showNewEntries();
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn).first(), QStringLiteral("a-batch-3"));
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("3 entries"));

    // Shown again, the team view reads again (F5 too).
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5); // a-batch-3 is not uploaded yet
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(window.isReadingTeamTrail());
    QCOMPARE(labelText(window, "teamStateLabel"), QStringLiteral("Reading the team trail…"));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5);
}

void TestAuditWindowTeam::teamFiltersAndExport()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_filters"));
    Desk a(QStringLiteral("filters_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("filters_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5);

    // Outcome: not found, from both desks.
    auto* outcome = window.findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    QVERIFY(outcome);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("not_found")));
    QVERIFY(outcome->currentIndex() > 0);
    QCOMPARE(labelText(window, "teamStateLabel"), QStringLiteral("Reading the team trail…"));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn),
             QStringList({QStringLiteral("b-batch-2"), QStringLiteral("a-batch-2")}));

    // Text, as typed: a machine's name; with the outcome still in force.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("DESK-B"));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn), QStringList({QStringLiteral("b-batch-2")}));
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("1 entry"));

    // A date range: from tomorrow on, nothing; from today on, bob's entry again.
    auto* fromCheck = window.findChild<QCheckBox*>(QStringLiteral("fromCheck"));
    auto* fromDate = window.findChild<QDateEdit*>(QStringLiteral("fromDate"));
    QVERIFY(fromCheck && fromDate);
    fromDate->setDate(QDate::currentDate().addDays(1));
    fromCheck->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 0);
    // (the entries were made within the last hour: yesterday at the earliest, just after midnight)
    fromDate->setDate(QDate::currentDate().addDays(-1));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn), QStringList({QStringLiteral("b-batch-2")}));
    fromCheck->setChecked(false);

    // Any outcome again: bob's three.
    outcome->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(
        columnTexts(window, AuditTableModel::BatchIdColumn),
        QStringList({QStringLiteral("b-batch-3"), QStringLiteral("b-batch-2"), QStringLiteral("b-batch-1")}));

    // The export is AuditLog::toCsv() of exactly what is shown, machine column included.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("team.csv"));
    QString error;
    QVERIFY2(window.exportCsv(path, &error), qPrintable(error));
    const QByteArray csv = readAll(path);
    QCOMPARE(csv, AuditLog::toCsv(window.model()->entries()).toUtf8());
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the header and bob's three
    QVERIFY2(lines.first().contains("machine"), lines.first().constData());
    for (const QByteArray& line : lines.mid(1)) {
        QVERIFY2(line.contains("bob") && line.contains("desk-b"), line.constData());
        QVERIFY2(!line.contains("alice"), line.constData());
    }

    // While a read is on its way, what is shown is about to change: no export of it.
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.exportCsv(out.filePath(QStringLiteral("early.csv")), &error));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("early.csv"))));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
}

void TestAuditWindowTeam::filterChangesMakeOneRead()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_onefilter"));
    Desk a(QStringLiteral("onefilter_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("onefilter_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());
    QVERIFY(team.startedUp());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);

    // A user going through the outcomes with the arrow keys: one read, of the last one.
    QSignalSpy shown(&window, &AuditWindow::teamTrailShown);
    auto* outcome = window.findChild<QComboBox*>(QStringLiteral("outcomeCombo"));
    outcome->setFocus();
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(outcome, Qt::Key_Down);
    QCOMPARE(outcome->currentIndex(), 4);
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("succeeded")));
    // Not read yet (the filter may change again), but what is shown is about to go: no export of it.
    QVERIFY(window.isReadingTeamTrail());
    QVERIFY(!exportButton(window)->isEnabled());
    QVERIFY(shown.wait(ReadTimeoutMs));
    QVERIFY2(!shown.wait(AuditWindow::TeamFilterDelayMs + 500),
             "more than one read for one burst of changes");
    QCOMPARE(shown.count(), 1);
    QCOMPARE(
        columnTexts(window, AuditTableModel::BatchIdColumn),
        QStringList({QStringLiteral("b-batch-3"), QStringLiteral("b-batch-1"), QStringLiteral("a-batch-1")}));
}

void TestAuditWindowTeam::syncsCloseTogetherMakeOneRead()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_onesync"));
    Desk a(QStringLiteral("onesync_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("onesync_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());
    QVERIFY(team.startedUp());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QSignalSpy shown(&window, &AuditWindow::teamTrailShown);

    // A sync that did not reach the team database changes nothing there: no read for it.
    TeamStatus down = team.sync.status();
    down.reachable = false;
    emit team.sync.statusChanged(down);
    QVERIFY(!shown.wait(AuditWindow::TeamStatusDelayMs + 500));

    // A bulk run's uploads, one after another: one read for all of them.
    TeamStatus up = team.sync.status();
    up.reachable = true;
    for (int i = 0; i < 20; ++i) {
        emit team.sync.statusChanged(up);
        QTest::qWait(20);
    }
    QVERIFY(shown.wait(AuditWindow::TeamStatusDelayMs + ReadTimeoutMs));
    QVERIFY(!shown.wait(AuditWindow::TeamStatusDelayMs + 500));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(window.model()->rowCount(), 5);
}

void TestAuditWindowTeam::hostileTextIsShownEscaped()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_hostile"));
    Desk a(QStringLiteral("hostile_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    const QString machine = QStringLiteral("desk\x1b[31m\u202Eevil") + QString(5000, QLatin1Char('x'));
    const QString user = QStringLiteral("mallory\r\nalice\u200B");
    Desk evil(QStringLiteral("hostile_m"), user, machine);
    QVERIFY(a.isOpen() && evil.isOpen() && !uri.isEmpty());
    QVERIFY(evil.add(QStringLiteral("m-batch-1"), 5, QStringLiteral("succeeded"),
                     QStringLiteral("ok\nForged line\u202Etxt.exe") + QString(3000, QLatin1Char('y'))) > 0);
    QString error;
    QVERIFY2(evil.upload(uri, &error), qPrintable(error));
    TeamObjects team(uri, a.path());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 1);

    const auto hidesNothing = [](const QString& text) {
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                return false;
        }
        return true;
    };
    const QString shownMachine = columnTexts(window, AuditTableModel::MachineColumn).first();
    QVERIFY2(hidesNothing(shownMachine), qPrintable(shownMachine));
    QVERIFY2(shownMachine.startsWith(QLatin1String("desk\\x1B[31m\\u{202E}evil")), qPrintable(shownMachine));
    QVERIFY2(shownMachine.size() <= AuditTableModel::UserMaxChars + 1 && shownMachine.endsWith(QChar(0x2026)),
             qPrintable(QString::number(shownMachine.size())));
    const QString shownUser = columnTexts(window, AuditTableModel::UserColumn).first();
    QVERIFY2(hidesNothing(shownUser), qPrintable(shownUser));
    QVERIFY2(shownUser.startsWith(QLatin1String("mallory\\r\\nalice")), qPrintable(shownUser));
    const QString shownMessage = columnTexts(window, AuditTableModel::MessageColumn).first();
    QVERIFY2(hidesNothing(shownMessage), qPrintable(shownMessage.left(80)));
    QVERIFY2(shownMessage.startsWith(QLatin1String("ok\\nForged line\\u{202E}txt.exe")),
             qPrintable(shownMessage.left(80)));
    // The team trail cuts what it reads, whatever a desk wrote.
    QVERIFY2(shownMessage.size() < 2100, qPrintable(QString::number(shownMessage.size())));
    const QString tip =
        window.model()->index(0, AuditTableModel::MachineColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(hidesNothing(tip) && tip.size() < 400, qPrintable(tip));
}

void TestAuditWindowTeam::limitIsSaid()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_limit"));
    QVERIFY(!uri.isEmpty());
    // More entries than are shown at once, as another desk's years of work would leave them.
    QString error;
    QVERIFY2(
        m_cluster.runAsSuperuser(
            QStringLiteral("INSERT INTO extracta.attempts (attempt_id, started_utc, os_user, machine,"
                           " api_host, classification_id, batch_id, file_count)"
                           " SELECT gen_random_uuid(), now() - make_interval(mins => i), 'carol', 'desk-c',"
                           " 'api.extracta.ai', 'cls', 'c-batch-' || i, 1 FROM generate_series(1, %1) AS i")
                .arg(TeamTrail::DefaultLimit + 20),
            &error, QStringLiteral("t_limit")),
        qPrintable(error));
    Desk a(QStringLiteral("limit_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    QVERIFY(a.isOpen());
    TeamObjects team(uri, a.path());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), TeamTrail::DefaultLimit);
    QCOMPARE(columnTexts(window, AuditTableModel::BatchIdColumn).first(), QStringLiteral("c-batch-1"));
    const QString count = labelText(window, "countLabel");
    QVERIFY2(count.contains(QStringLiteral("newest %1").arg(QLocale().toString(TeamTrail::DefaultLimit))) &&
                 count.contains(QLatin1String("narrow")),
             qPrintable(count));

    // Narrowed below the limit, the count is plain again.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("c-batch-199"));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window) && window.model()->rowCount() < 100, ReadTimeoutMs);
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("%1 entries").arg(window.model()->rowCount()));
}

void TestAuditWindowTeam::syncRefreshesTheTeamView()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_refresh"));
    Desk a(QStringLiteral("refresh_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("refresh_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5);

    // A deletion on this desk, uploaded by the app's sync: the team view takes it in by itself.
    QVERIFY(a.add(QStringLiteral("a-batch-new"), 0, QStringLiteral("succeeded"), QStringLiteral("Deleted")) >
            0);
    team.sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(columnTexts(window, AuditTableModel::BatchIdColumn).value(0),
                              QStringLiteral("a-batch-new"), ReadTimeoutMs);
    QCOMPARE(columnTexts(window, AuditTableModel::MachineColumn).value(0), QStringLiteral("desk-a"));
}

void TestAuditWindowTeam::slowDatabaseNeverHoldsTheWindow()
{
    // A "database" that takes the connection and never answers: the read waits for its connect
    // timeout (TeamDatabaseAddress::ConnectTimeoutSeconds) in the team worker's thread.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    Desk a(QStringLiteral("slow_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    QVERIFY(a.isOpen());
    QVERIFY(a.add(QStringLiteral("a-batch-1"), 5, QStringLiteral("succeeded")) > 0);
    TeamObjects team(
        QStringLiteral("postgresql://postgres@127.0.0.1:%1/extracta_team").arg(silent.serverPort()),
        a.path());
    // A retry of the start's sync would only make the end of the test wait for its timeout.
    team.sync.setFirstRetryDelay(60 * 1000);
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));

    int ticks = 0;
    qint64 longestGapMs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start(10);
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(window.source(), AuditWindow::Source::Team);
    QVERIFY(window.isReadingTeamTrail());
    // Nothing of this desk passes for the team's while the read waits.
    QCOMPARE(window.model()->rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), 4 * ReadTimeoutMs);
    const qint64 waitedMs = clock.elapsed();
    ticker.stop();
    qDebug() << "waited" << waitedMs << "ms," << ticks << "ticks, longest gap" << longestGapMs << "ms";
    QVERIFY2(waitedMs >= 2000, qPrintable(QStringLiteral("answered after %1 ms").arg(waitedMs)));
    QVERIFY2(longestGapMs < 500,
             qPrintable(QStringLiteral("the window stood still for %1 ms").arg(longestGapMs)));
    QVERIFY2(ticks > waitedMs / 10 / 4,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(waitedMs)));
    QCOMPARE(labelText(window, "teamStateLabel"), QStringLiteral("The team trail could not be read:"));
}

void TestAuditWindowTeam::databaseDownShowsAnErrorAndNeverBlocks()
{
    const QString uri = newTeamDatabase(QStringLiteral("t_down"));
    Desk a(QStringLiteral("down_a"), QStringLiteral("alice"), QStringLiteral("desk-a"));
    Desk b(QStringLiteral("down_b"), QStringLiteral("bob"), QStringLiteral("desk-b"));
    QVERIFY(fillTwoDesks(a, b, uri));
    TeamObjects team(uri, a.path());
    AuditWindow window(a.log(), ConnectionId, ConnectionName);
    window.setTeamTrail(&team.sync);
    QVERIFY(showAndActivate(window));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5);

    QString error;
    QVERIFY2(m_cluster.stop(&error), qPrintable(error));
    QTest::keyClick(&window, Qt::Key_F5);
    // The key press returned before the read was done: it runs elsewhere.
    QVERIFY(window.isReadingTeamTrail());
    QCOMPARE(labelText(window, "teamStateLabel"), QStringLiteral("Reading the team trail…"));
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);

    QCOMPARE(labelText(window, "teamStateLabel"), QStringLiteral("The team trail could not be read:"));
    auto* why = window.findChild<ServerTextLabel*>(QStringLiteral("teamErrorLabel"));
    QVERIFY(why && why->isVisible());
    QVERIFY2(!why->serverText().isEmpty(), "no reason given");
    QVERIFY(!why->serverText().contains(QLatin1Char('\n')));
    // No rows that could pass for the team's: the table is empty and says so, and an empty export
    // cannot pass for an empty team trail.
    QCOMPARE(window.model()->rowCount(), 0);
    QCOMPARE(labelText(window, "countLabel"), QStringLiteral("No team entries shown"));
    QVERIFY(!exportButton(window)->isEnabled());
    if (QString shot = qEnvironmentVariable("EBA_AUDIT_TEAM_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot.replace(QLatin1String(".png"), QLatin1String("-error.png"))));
    QTemporaryDir out;
    QVERIFY(!window.exportCsv(out.filePath(QStringLiteral("down.csv")), &error));
    QVERIFY2(error.contains(QLatin1String("could not be read")), qPrintable(error));
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("down.csv"))));

    // The window answers the user meanwhile: this desk's view is there at once.
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(window.source(), AuditWindow::Source::ThisDesk);
    QCOMPARE(window.model()->rowCount(), 2);

    // The server back: Team reads it again.
    QVERIFY2(m_cluster.restart(&error), qPrintable(error));
    QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(teamShown(window), ReadTimeoutMs);
    QCOMPARE(window.model()->rowCount(), 5);
    QVERIFY(!why->isVisible());
}

QTEST_MAIN(TestAuditWindowTeam)
#include "tst_auditwindowteam.moc"
