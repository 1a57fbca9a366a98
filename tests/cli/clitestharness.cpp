#include "clitestharness.h"

#include "testtlscredentials.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>
#include <atomic>

namespace {

std::atomic<int> leaks{0};

constexpr int RunTimeoutMs = 30000;

QString shellQuoted(const QString& word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

CliRun collect(QProcess& process, int timeoutMs = RunTimeoutMs)
{
    CliRun run;
    bool timedOut = false;
    if (!process.waitForFinished(timeoutMs)) {
        timedOut = true;
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    // On Unix, QProcess reports the number of the signal that ended a process as its exit code.
    run.signal = process.exitStatus() == QProcess::CrashExit && !timedOut ? process.exitCode() : 0;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

SandboxThread::SandboxThread()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_server = new SandboxServer;
            m_server->loadSampleData();
            m_server->start();
            m_clock.start();
            QObject::connect(m_server, &SandboxServer::requestReceived, m_context, [this] {
                const QMutexLocker lock(&m_mutex);
                m_arrivals.append(m_clock.elapsed());
            });
        },
        Qt::BlockingQueuedConnection);
}

SandboxThread::~SandboxThread()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

QString SandboxThread::baseUrl()
{
    return call([](SandboxServer& server) { return server.baseUrl().toString(); });
}

bool SandboxThread::serveTls(QString* problem)
{
    if (!TestTlsCredentials::available(problem))
        return false;
    const bool started = call([](SandboxServer& server) {
        server.setTlsCredentials(TestTlsCredentials::certificate(), TestTlsCredentials::privateKey());
        return server.start();
    });
    if (!started && problem)
        *problem = QStringLiteral("the sandbox could not listen for TLS");
    return started;
}

QString SandboxThread::token()
{
    return call([](SandboxServer& server) { return server.token(); });
}

int SandboxThread::requestCount()
{
    return call([](SandboxServer& server) { return int(server.requests().size()); });
}

void SandboxThread::setFault(const SandboxFault& fault)
{
    call([fault](SandboxServer& server) { server.setFault(fault); });
}

bool SandboxThread::hasBatch(const QString& classificationId, const QString& batchId)
{
    return call([&](SandboxServer& server) { return server.hasBatch(classificationId, batchId); });
}

QList<qint64> SandboxThread::arrivalTimes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_arrivals;
}

int SandboxThread::maxInFlight(int answerDelayMs) const
{
    // A request counts as in flight from its arrival until shortly before its answer leaves; the next
    // request of the same client slot can only arrive after that answer.
    const qint64 margin = answerDelayMs / 5;
    const QList<qint64> arrivals = arrivalTimes();
    int most = 0;
    for (const qint64 moment : arrivals) {
        const auto overlapping = std::count_if(arrivals.cbegin(), arrivals.cend(), [&](qint64 start) {
            return start <= moment && moment < start + answerDelayMs - margin;
        });
        most = std::max(most, int(overlapping));
    }
    return most;
}

QString CliRun::text() const
{
    return QString::fromUtf8(out + err);
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray& line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        // A line that is not one JSON object shows up as an empty object, which no test expects.
        objects.append(error.error == QJsonParseError::NoError && doc.isObject() ? doc.object()
                                                                                 : QJsonObject());
    }
    return objects;
}

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    const QString home = m_home.path();
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("unix:path=/nonexistent-eba-test-bus"));
    for (const char* name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "EXTRACTA_API_TOKEN", "EXTRACTA_API_URL",
          "EXTRACTA_CONNECTION", "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"})
        m_environment.remove(QString::fromLatin1(name));
}

QProcessEnvironment& CliRunner::environment()
{
    return m_environment;
}

void CliRunner::setEnvironmentToken(const QString& token)
{
    m_environment.insert(QStringLiteral("EXTRACTA_API_TOKEN"), token);
    addSecret(token);
}

void CliRunner::addSecret(const QString& secret)
{
    if (!secret.trimmed().isEmpty())
        m_secrets << secret.trimmed();
}

QString CliRunner::configHome() const
{
    return m_environment.value(QStringLiteral("XDG_CONFIG_HOME"));
}

bool CliRunner::setMeasurePeakMemory(bool enabled)
{
#ifdef EBA_PEAKRSS_EXE
    m_measurePeakMemory = enabled;
    return true;
#else
    m_measurePeakMemory = false;
    return !enabled;
#endif
}

std::pair<QString, QStringList> CliRunner::command(const QStringList& arguments)
{
#ifdef EBA_PEAKRSS_EXE
    if (m_measurePeakMemory) {
        QFile::remove(m_home.filePath(QStringLiteral("peak-rss")));
        return {QStringLiteral(EBA_PEAKRSS_EXE),
                QStringList{QStringLiteral("--output"), m_home.filePath(QStringLiteral("peak-rss")),
                            QStringLiteral("--"), QStringLiteral(EXTRACTA_BATCH_EXE)} +
                    arguments};
    }
#endif
    return {QStringLiteral(EXTRACTA_BATCH_EXE), arguments};
}

void CliRunner::readPeakMemory(CliRun* run) const
{
    if (!m_measurePeakMemory)
        return;
    QFile file(m_home.filePath(QStringLiteral("peak-rss")));
    bool ok = false;
    const qint64 kib = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong(&ok) : 0;
    run->peakRssKiB = ok ? kib : -1;
}

CliRun CliRunner::run(const QStringList& arguments, const QByteArray& input)
{
    const auto [program, programArguments] = command(arguments);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(program, programArguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    CliRun run = collect(process);
    readPeakMemory(&run);
    checkSecrets(run);
    return run;
}

void CliRunner::start(QProcess& process, const QStringList& arguments)
{
    const auto [program, programArguments] = command(arguments);
    process.setProcessEnvironment(m_environment);
    process.start(program, programArguments);
    process.waitForStarted();
    process.closeWriteChannel();
}

CliRun CliRunner::finish(QProcess& process, int timeoutMs, const QByteArray& earlierErr)
{
    CliRun run = collect(process, timeoutMs);
    run.err.prepend(earlierErr);
    readPeakMemory(&run);
    checkSecrets(run);
    return run;
}

bool CliRunner::canRunInTerminal()
{
    return !QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty();
}

CliRun CliRunner::runInTerminal(const QStringList& arguments, const QByteArray& typed)
{
    QStringList words{shellQuoted(QStringLiteral(EXTRACTA_BATCH_EXE))};
    for (const QString& argument : arguments)
        words << shellQuoted(argument);
    QProcess process;
    process.setProcessEnvironment(m_environment);
    // script(1) gives the program a pseudo-terminal as standard input, output and error, and passes
    // what we write on to it as if typed; -e returns the program's exit code.
    process.start(QStringLiteral("script"),
                  {QStringLiteral("-qec"), words.join(QLatin1Char(' ')), QStringLiteral("/dev/null")});
    process.waitForStarted();
    process.write(typed);
    const CliRun run = collect(process);
    checkSecrets(run);
    return run;
}

int CliRunner::leakCount()
{
    return leaks.load();
}

void CliRunner::checkSecrets(const CliRun& run)
{
    const QString all = run.text();
    for (const QString& secret : std::as_const(m_secrets)) {
        if (all.contains(secret)) {
            ++leaks;
            qWarning("a token appeared in the output of extracta-batch");
        }
    }
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}
