// The app as a user starts it: the real executable, offscreen, with the start-up report
// (src/app/startupreport.cpp) telling when its first frame and its complete window were shown.
#include "apptesthelpers.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "filemodes.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const auto Token = QStringLiteral("tok-appstart-0123456789abcdef");

struct Started
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray output; // stdout and stderr
};

// Starts the app the way bench/cli_and_app_measure.py does and lets it quit after its complete window.
Started startApp()
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("EBA_REPORT_STARTUP_MS"), QStringLiteral("1"));
    env.insert(QStringLiteral("EBA_EXIT_AFTER_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("EXTRACTA_API_URL"), QStringLiteral("http://127.0.0.1:9/"));
    env.insert(QStringLiteral("EXTRACTA_API_TOKEN"), Token);
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(EXTRACTA_BATCH_ADMIN_EXE), {});
    Started started;
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return started;
    }
    started.exitCode = app.exitCode();
    started.exitStatus = app.exitStatus();
    started.output = app.readAll();
    return started;
}

} // namespace

class TestAppStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheWindowThenItsContentsAndOpensTheDatabaseBetween();
    void makesItsFilesPrivate();
    void secondCopyLeavesARunningDeletionAlone();

private:
    QTemporaryDir m_home;
};

void TestAppStart::initTestCase()
{
    // A throwaway home for this test and the app it starts, also when run by hand outside CTest.
    QVERIFY(useThrowawayHome(m_home));
}

void TestAppStart::showsTheWindowThenItsContentsAndOpensTheDatabaseBetween()
{
    // An earlier session ended between sending a deletion and recording its answer.
    const qint64 unfinishedId = recordUnfinishedDeletion();
    QVERIFY(unfinishedId > 0);
    const QString path = Database::defaultPath();

    const Started started = startApp();
    QCOMPARE(started.exitStatus, QProcess::NormalExit);
    QCOMPARE(started.exitCode, 0);
    const QString output = QString::fromUtf8(started.output);
    const QRegularExpression line(QStringLiteral(
        "eba-startup: (shown|complete) [-0-9.]+ ms after process start; monotonic ([0-9]+) ns"));
    QStringList frames;
    QList<qint64> times;
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        frames << match.captured(1);
        times << match.captured(2).toLongLong();
    }
    QCOMPARE(frames, QStringList({QStringLiteral("shown"), QStringLiteral("complete")}));
    QVERIFY(times.at(0) <= times.at(1));
    QVERIFY2(!output.contains(Token), "the token reached the app's output");

    // The contents were built on the database the app opened after its first frame: the unfinished
    // deletion is now marked "outcome unknown".
    Database database(QStringLiteral("tst_appstart_after"));
    QVERIFY(database.open(path).message.isEmpty());
    AuditLog audit(database);
    const std::optional<AuditEntry> entry = audit.entry(unfinishedId);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->outcome, AuditLog::UnknownOutcome);
}

// Folders 0700 and files 0600 whatever the umask, also where an earlier version left them open.
void TestAppStart::makesItsFilesPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    const QString settingsFile = QSettings().fileName();
    const QString path = Database::defaultPath();
    const QString dataFolder = QFileInfo(path).absolutePath();
    const QStringList folders = {QFileInfo(settingsFile).absolutePath(), QFileInfo(dataFolder).absolutePath(),
                                 dataFolder};
    QVERIFY(QDir().mkpath(dataFolder));
    QVERIFY(QDir().mkpath(folders.constFirst()));
    {
        QFile settings(settingsFile);
        QVERIFY(settings.open(QIODevice::Append));
    }
    for (const QString& folder : folders)
        QVERIFY(setModeOf(folder, 0755));
    QVERIFY(setModeOf(settingsFile, 0644));
    if (QFileInfo::exists(path))
        QVERIFY(setModeOf(path, 0644));

    const Umask mask(022);
    const Started started = startApp();
    QCOMPARE(started.exitStatus, QProcess::NormalExit);
    QCOMPARE(started.exitCode, 0);
    for (const QString& folder : folders)
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(folder + QLatin1Char(' ') + QString::number(modeOf(folder), 8)));
    for (const QString& file : {settingsFile, path})
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
#endif
}

// Another process of the app's (here the crash test's child) waits for the answer to a deletion while
// the app starts: its entry stays "sent"; once that process is gone, the next start marks it.
void TestAppStart::secondCopyLeavesARunningDeletionAlone()
{
    QProcess running;
    running.setProgram(QStringLiteral(AUDIT_CRASH_CHILD));
    running.setArguments({Database::defaultPath(), QStringLiteral("127.0.0.1:9"),
                          QStringLiteral("-OPXR1F82I0cRYJPcHNo"), QString(),
                          QStringLiteral("-OQb7Kx2LmNn8PqRsTuY"), QStringLiteral("1")});
    running.start();
    QVERIFY(running.waitForStarted());
    QVERIFY(running.waitForReadyRead(10000));
    const QByteArray line = running.readLine().trimmed();
    QVERIFY2(line.startsWith("SENT "), line.constData());
    const qint64 id = line.mid(5).toLongLong();
    const auto outcome = [id] {
        Database database(QStringLiteral("tst_appstart_running"));
        database.open(Database::defaultPath());
        return AuditLog(database).entry(id).value_or(AuditEntry()).outcome;
    };

    Started started = startApp();
    QCOMPARE(started.exitCode, 0);
    QCOMPARE(outcome(), AuditLog::SentOutcome);

    running.kill();
    QVERIFY(running.waitForFinished(10000));
    started = startApp();
    QCOMPARE(started.exitCode, 0);
    QCOMPARE(outcome(), AuditLog::UnknownOutcome);
}

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_appstart.moc"
