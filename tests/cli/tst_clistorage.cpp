// extracta-batch and the files it keeps, run as a real process: who may read them (the audit trail,
// the settings, the token file), what it does with a data file it cannot use, which process an
// unfinished audit entry belongs to and whose name the audit records.
#include "clitestharness.h"
#include "filemodes.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

namespace {

const QString InvoicesId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
const QString InvoicesFirstBatch = QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha");
const QString InvoicesSecondBatch = QStringLiteral("-OPYa8cD3nR5tV1wX6Jb");

QStringList deleteBatch(const QString& url, const QString& batchId)
{
    return {QStringLiteral("delete"),
            QStringLiteral("--classification"),
            InvoicesId,
            QStringLiteral("--batch"),
            batchId,
            QStringLiteral("--api-url"),
            url,
            QStringLiteral("--yes")};
}

// Where the app and extracta-batch keep their files under a runner's private home.
struct AppFiles
{
    explicit AppFiles(CliRunner& runner)
        : configFolder(runner.configHome() + QStringLiteral("/extracta-batch-admin"))
        , settingsFile(configFolder + QStringLiteral("/extracta-batch-admin.conf"))
        , tokenFolder(configFolder + QStringLiteral("/extracta-batch-admin"))
        , tokenFile(tokenFolder + QStringLiteral("/credentials.json"))
        , dataOrganisationFolder(runner.environment().value(QStringLiteral("XDG_DATA_HOME")) +
                                 QStringLiteral("/extracta-batch-admin"))
        , dataFolder(dataOrganisationFolder + QStringLiteral("/extracta-batch-admin"))
        , database(dataFolder + QStringLiteral("/extracta-batch-admin.sqlite3"))
    {}

    QStringList folders() const
    {
        return {configFolder, dataOrganisationFolder, dataFolder};
    }
    QStringList files() const
    {
        return {settingsFile, database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm")};
    }

    QString configFolder;
    QString settingsFile;
    QString tokenFolder;
    QString tokenFile;
    QString dataOrganisationFolder;
    QString dataFolder;
    QString database;
};

} // namespace

class TestCliStorage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void filesArePrivateWhateverTheUmask_data();
    void filesArePrivateWhateverTheUmask();
    void filesLeftOpenToOthersAreMadePrivate();
};

void TestCliStorage::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliStorage::filesArePrivateWhateverTheUmask_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("022") << 022;
    QTest::newRow("002") << 002;
}

// Another account on the computer must not read the audit trail or the settings: folders 0700, files
// 0600, also the -wal and -shm SQLite creates itself.
void TestCliStorage::filesArePrivateWhateverTheUmask()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QFETCH(int, umask);
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    {
        const Umask mask(umask);
        const CliRun run = runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch));
        QCOMPARE(run.exitCode, 0);
    }
    for (const QString& folder : files.folders())
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(folder + QLatin1Char(' ') + QString::number(modeOf(folder), 8)));
    for (const QString& file : files.files())
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
#endif
}

// What an earlier version left readable by everyone is closed at the next start of any command.
void TestCliStorage::filesLeftOpenToOthersAreMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    const AppFiles files(runner);
    QCOMPARE(runner.run(deleteBatch(sandbox.baseUrl(), InvoicesFirstBatch)).exitCode, 0);
    QVERIFY(QDir().mkpath(files.tokenFolder));
    QFile settings(files.settingsFile); // as the app leaves it
    QVERIFY(settings.open(QIODevice::Append));
    settings.close();
    const QStringList folders = files.folders() << files.tokenFolder;
    for (const QString& folder : folders)
        QVERIFY2(setModeOf(folder, 0755), qPrintable(folder));
    for (const QString& file : files.files())
        QVERIFY2(setModeOf(file, 0644), qPrintable(file));

    const Umask mask(022);
    const CliRun run = runner.run({QStringLiteral("audit")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(InvoicesFirstBatch.toUtf8()), run.out.constData());
    for (const QString& folder : folders)
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(folder + QLatin1Char(' ') + QString::number(modeOf(folder), 8)));
    for (const QString& file : files.files())
        QVERIFY2(modeOf(file) == 0600,
                 qPrintable(file + QLatin1Char(' ') + QString::number(modeOf(file), 8)));
#endif
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_clistorage.moc"
