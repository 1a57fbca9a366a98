#include "postgrescluster.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <functional>
#include <pwd.h>
#include <unistd.h>

namespace {

const QString kScript = QStringLiteral(EBA_TEAM_DB_CLUSTER_SCRIPT);
const QString kServerUser = QStringLiteral("postgres");
const QString kDatabase = QStringLiteral("extracta_team");
constexpr int kScriptTimeoutMs = 120 * 1000;

bool isRoot()
{
    return ::geteuid() == 0;
}

// A port of 127.0.0.1 that nothing listens on right now. Another process may take it before the
// server binds it; start() then tries another.
quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool isRoleName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

// Opens a connection of its own as the superuser, runs work on it and removes it again.
bool withSuperuser(quint16 port, const QString& database, QString* error,
                   const std::function<bool(QSqlDatabase&, QString*)>& work)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("eba-postgrescluster-%1").arg(counter.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(kServerUser);
        db.setDatabaseName(database);
        // Explicit, so that PGHOSTADDR or PGSSLMODE in the environment cannot send it elsewhere.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;hostaddr=127.0.0.1;sslmode=prefer"));
        if (!db.open())
            setError(error, QStringLiteral("cannot connect as the superuser: ") + db.lastError().text());
        else
            ok = work(db, error);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    if (m_folder)
        runScript({QStringLiteral("destroy"), m_folder->path(), QStringLiteral("--immediate")}, nullptr,
                  nullptr);
}

bool PostgresCluster::serverAvailable(QString* reason)
{
    const QString install = QStringLiteral(" (scripts/install-deps.sh --with-test-tools installs it)");
    QString problem;
    if (!QFileInfo(kScript).isFile()) {
        problem = QStringLiteral("the cluster script %1 is missing").arg(kScript);
    } else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        problem = QStringLiteral("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql)") + install;
    } else if (isRoot() && !::getpwnam("postgres")) {
        problem = QStringLiteral("running as root, but there is no user postgres to run the server as "
                                 "(it comes with the postgresql package)") +
                  install;
    } else {
        QProcess process;
        process.start(QStringLiteral("bash"), {kScript, QStringLiteral("bindir")});
        if (!process.waitForFinished(30 * 1000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            problem = QStringLiteral("no PostgreSQL server programs: %1")
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()) +
                      install;
        }
    }
    if (reason)
        *reason = problem;
    return problem.isEmpty();
}

bool PostgresCluster::start(QString* error)
{
    m_certPath.clear();
    m_keyPath.clear();
    return startCluster(error);
}

bool PostgresCluster::startWithTls(const QString& certPath, const QString& keyPath, QString* error)
{
    m_certPath = certPath;
    m_keyPath = keyPath;
    return startCluster(error);
}

bool PostgresCluster::startCluster(QString* error)
{
    if (m_running) {
        setError(error, QStringLiteral("the cluster is already running"));
        return false;
    }
    if (!m_folder) {
        m_folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/eba-pg-XXXXXX"));
        if (!m_folder->isValid()) {
            setError(error, QStringLiteral("cannot make a temporary folder: ") + m_folder->errorString());
            m_folder.reset();
            return false;
        }
        // The server runs as postgres when we are root; the script gives it the folder too.
        if (isRoot()) {
            const passwd* user = ::getpwnam("postgres");
            if (!user ||
                ::chown(QFile::encodeName(m_folder->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                setError(error, QStringLiteral("cannot give %1 to the user postgres").arg(m_folder->path()));
                return false;
            }
        }
    }
    // A port picked anew may be taken by another process before the server binds it: then try another.
    // restart() keeps its port.
    const bool keepPort = m_port != 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!keepPort)
            m_port = freeLoopbackPort();
        QStringList arguments{QStringLiteral("start"), m_folder->path(), QStringLiteral("--port"),
                              QString::number(m_port)};
        if (!m_certPath.isEmpty())
            arguments << QStringLiteral("--tls") << m_certPath << m_keyPath;
        QString problem;
        if (runScript(arguments, nullptr, &problem)) {
            m_running = true;
            return true;
        }
        setError(error, problem);
        if (keepPort || !problem.contains(QStringLiteral("could not bind")))
            break;
    }
    if (!keepPort)
        m_port = 0;
    return false;
}

bool PostgresCluster::stop(QString* error)
{
    if (!m_folder)
        return true;
    if (!runScript({QStringLiteral("stop"), m_folder->path()}, nullptr, error))
        return false;
    m_running = false;
    return true;
}

bool PostgresCluster::restart(QString* error)
{
    if (!m_folder) {
        setError(error, QStringLiteral("restart() before start()"));
        return false;
    }
    return stop(error) && startCluster(error);
}

bool PostgresCluster::isRunning() const
{
    return m_running;
}

quint16 PostgresCluster::port() const
{
    return m_port;
}

QString PostgresCluster::databaseName() const
{
    return kDatabase;
}

QString PostgresCluster::superuserUri() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(kDatabase);
}

QString PostgresCluster::folder() const
{
    return m_folder ? m_folder->path() : QString();
}

QString PostgresCluster::serverLog() const
{
    if (!m_folder)
        return {};
    QFile log(m_folder->filePath(QStringLiteral("postgres.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PostgresCluster::runAsSuperuser(const QString& sql, QString* error, const QString& database)
{
    return withSuperuser(m_port, database.isEmpty() ? kDatabase : database, error,
                         [&sql](QSqlDatabase& db, QString* problem) {
                             QSqlQuery query(db);
                             if (query.exec(sql))
                                 return true;
                             setError(problem, query.lastError().text());
                             return false;
                         });
}

QVariant PostgresCluster::queryValue(const QString& sql, QString* error)
{
    QVariant value;
    withSuperuser(m_port, kDatabase, error, [&sql, &value](QSqlDatabase& db, QString* problem) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            setError(problem, query.lastError().text());
            return false;
        }
        if (query.next())
            value = query.value(0);
        return true;
    });
    return value;
}

bool PostgresCluster::createRole(const QString& name, const QString& password, QString* error)
{
    if (!isRoleName(name)) {
        setError(error, QStringLiteral("not a role name for tests: %1").arg(name));
        return false;
    }
    QString literal = password;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    return runAsSuperuser(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, literal), error);
}

bool PostgresCluster::allowWithoutPassword(const QString& role, QString* error)
{
    if (!isRoleName(role)) {
        setError(error, QStringLiteral("not a role name for tests: %1").arg(role));
        return false;
    }
    if (!m_folder) {
        setError(error, QStringLiteral("allowWithoutPassword() before start()"));
        return false;
    }
    // Rewritten in place, not replaced, so that the file keeps its owner (postgres when we are root).
    QFile hba(m_folder->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadWrite)) {
        setError(error, QStringLiteral("cannot open %1: %2").arg(hba.fileName(), hba.errorString()));
        return false;
    }
    QStringList lines = QString::fromUtf8(hba.readAll()).split(QLatin1Char('\n'));
    qsizetype at = 0;
    while (at < lines.size() && !(lines.at(at).startsWith(QLatin1String("host")) &&
                                  lines.at(at).contains(QLatin1String("scram-sha-256"))))
        ++at;
    lines.insert(at, QStringLiteral("host    all       \"%1\"  ::1/128        trust").arg(role));
    lines.insert(at, QStringLiteral("host    all       \"%1\"  127.0.0.1/32   trust").arg(role));
    hba.seek(0);
    hba.resize(0);
    if (hba.write(lines.join(QLatin1Char('\n')).toUtf8()) < 0 || !hba.flush()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(hba.fileName(), hba.errorString()));
        return false;
    }
    hba.close();

    const QVariant hbaErrors = queryValue(
        QStringLiteral("SELECT string_agg(error, '; ') FROM pg_hba_file_rules WHERE error IS NOT NULL"),
        error);
    if (!hbaErrors.isNull() && !hbaErrors.toString().isEmpty()) {
        setError(error, QStringLiteral("pg_hba.conf has errors: ") + hbaErrors.toString());
        return false;
    }
    // The reload is a signal to the server, which applies it a moment later; a session started
    // after that reports the new load time.
    const QVariant before = queryValue(QStringLiteral("SELECT pg_conf_load_time()::text"), error);
    if (!before.isValid() || !runAsSuperuser(QStringLiteral("SELECT pg_reload_conf()"), error))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 10 * 1000) {
        const QVariant now = queryValue(QStringLiteral("SELECT pg_conf_load_time()::text"), error);
        if (!now.isValid())
            return false;
        if (now != before)
            return true;
        QThread::msleep(20);
    }
    setError(error, QStringLiteral("the server did not reload its configuration within 10 s"));
    return false;
}

bool PostgresCluster::runScript(const QStringList& arguments, QString* output, QString* error)
{
    QProcess process;
    process.start(QStringLiteral("bash"), QStringList{kScript} + arguments);
    const bool finished = process.waitForFinished(kScriptTimeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (output)
        *output = out;
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    setError(error, QStringLiteral("%1 %2 %3:\n%4\n%5")
                        .arg(kScript, arguments.join(QLatin1Char(' ')),
                             finished ? QStringLiteral("failed") : QStringLiteral("did not finish in time"),
                             err, out)
                        .trimmed());
    return false;
}
