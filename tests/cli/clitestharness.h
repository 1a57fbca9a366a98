#pragma once

#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

#include <type_traits>
#include <utility>

// A sandbox API served from a thread of its own, so that the test thread may block on the
// extracta-batch process while the server keeps answering.
class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();
    SandboxThread(const SandboxThread&) = delete;
    SandboxThread& operator=(const SandboxThread&) = delete;

    // Runs `work(server)` on the server's thread and returns its result.
    template <typename Work>
    auto call(Work work)
    {
        using Result = std::invoke_result_t<Work, SandboxServer&>;
        SandboxServer& server = *m_server;
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                m_context, [&] { work(server); }, Qt::BlockingQueuedConnection);
        } else {
            Result result{};
            QMetaObject::invokeMethod(
                m_context, [&] { result = work(server); }, Qt::BlockingQueuedConnection);
            return result;
        }
    }

    QString baseUrl();
    QString token();
    // Restarts the sandbox as an HTTPS server with the self-signed test certificate of tests/wire/data,
    // which extracta-batch must refuse; baseUrl() then starts with https://. False, with a reason, when
    // TLS is not available here.
    bool serveTls(QString* problem = nullptr);
    int requestCount();
    void setFault(const SandboxFault& fault);
    bool hasBatch(const QString& classificationId, const QString& batchId);
    // When each request arrived, in ms since the server started.
    QList<qint64> arrivalTimes() const;
    // The largest number of requests waiting for their answer at one moment, when every answer is
    // delayed by `answerDelayMs`.
    int maxInFlight(int answerDelayMs) const;

private:
    QThread m_thread;
    QObject* m_context = nullptr;
    SandboxServer* m_server = nullptr;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<qint64> m_arrivals;
};

struct CliRun
{
    int exitCode = -1; // -1 when the process did not exit by itself (signal, or killed after a timeout)
    int signal = 0;    // the signal that ended the process (POSIX), 0 when it exited
    QByteArray out;
    QByteArray err;
    // With CliRunner::setMeasurePeakMemory(true): the process's peak resident set size in KiB; else -1.
    qint64 peakRssKiB = -1;

    QString text() const; // stdout and stderr together
    QList<QJsonObject> jsonLines() const;
};

// Runs the real extracta-batch executable with private HOME and XDG folders, no display and a D-Bus
// address that leads nowhere. Every run is checked for the secrets it was given.
class CliRunner
{
public:
    CliRunner();

    QProcessEnvironment& environment();
    void setEnvironmentToken(const QString& token);
    // Words that must never appear in any output (tokens).
    void addSecret(const QString& secret);
    QString configHome() const;
    // Runs extracta-batch under tests/tools/eba-peakrss, which passes standard input, output, error and
    // the exit status or signal through unchanged, so that every CliRun carries peakRssKiB (run(),
    // start()/finish(); not runInTerminal()). False where the wrapper does not exist (not Linux).
    bool setMeasurePeakMemory(bool enabled);

    CliRun run(const QStringList& arguments, const QByteArray& input = {});
    // For a test that acts on the process while it runs: start() it with this runner's environment,
    // then collect it with finish(), which waits up to `timeoutMs` (then kills it, exitCode -1) and
    // checks the output for secrets like run(). `earlierErr` is standard error already read from it.
    void start(QProcess& process, const QStringList& arguments);
    CliRun finish(QProcess& process, int timeoutMs, const QByteArray& earlierErr = {});
    // Runs inside a pseudo-terminal made by script(1), typing `typed`. Empty exitCode -1 when script
    // is missing.
    CliRun runInTerminal(const QStringList& arguments, const QByteArray& typed);
    static bool canRunInTerminal();

    // How many runs, over the whole test program, showed a secret. Checked after every test.
    static int leakCount();

private:
    void checkSecrets(const CliRun& run);
    // The program and arguments that run extracta-batch with `arguments`, through the wrapper if asked.
    std::pair<QString, QStringList> command(const QStringList& arguments);
    void readPeakMemory(CliRun* run) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QStringList m_secrets;
    bool m_measurePeakMemory = false;
};

// A port on 127.0.0.1 where nothing listens.
quint16 closedPort();
