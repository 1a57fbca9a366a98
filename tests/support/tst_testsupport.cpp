#include "processmemory.h"
#include "secretscan.h"
#include "testhosts.h"
#include "testtlscredentials.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <vector>

// The measuring tools of the fault matrix must themselves be right, or the matrix proves nothing.
class TestTestSupport : public QObject
{
    Q_OBJECT

private slots:
    void tlsCredentialsLoad();
    void processMemory();
    void unresolvableHostFailsAtOnce();
    void secretScanReadsEveryFile();

    void peakRssPassesExitCodeAndOutput();
    void peakRssPassesSignals();
    void peakRssMeasuresTheChild();
    void killingPeakRssKillsTheChild();

private:
    struct Wrapped
    {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int code = -1;
        QByteArray out;
        QByteArray err;
        qint64 peakKiB = -1;
    };
    Wrapped runWrapped(const QStringList& command, const QByteArray& input = {});
};

void TestTestSupport::tlsCredentialsLoad()
{
    QString problem;
    if (!TestTlsCredentials::available(&problem))
        QSKIP(qPrintable(problem));
    const QSslCertificate certificate = TestTlsCredentials::certificate();
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.isSelfSigned());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("localhost")});
    QVERIFY(!TestTlsCredentials::privateKey().isNull());
}

void TestTestSupport::processMemory()
{
    if (ProcessMemory::currentRssKiB() < 0)
        QSKIP("No /proc here.");
    const qint64 before = ProcessMemory::currentRssKiB();
    QVERIFY(before > 1024);
    QVERIFY(ProcessMemory::peakRssKiB() >= before);
    {
        // Touched, so that the pages are really resident.
        std::vector<char> block(64 * 1024 * 1024);
        for (std::size_t i = 0; i < block.size(); i += 4096)
            block[i] = char(i);
        QVERIFY(ProcessMemory::currentRssKiB() >= before + 60 * 1024);
    }
    const qint64 peak = ProcessMemory::peakRssKiB();
    QVERIFY(peak >= before + 60 * 1024);
    if (!ProcessMemory::resetPeak())
        QSKIP("The kernel does not let the peak be reset (/proc/self/clear_refs).");
    if (!ProcessMemory::measuresWhatIsHeld())
        QSKIP("AddressSanitizer keeps the freed block resident (its quarantine).");
    QVERIFY(ProcessMemory::peakRssKiB() < peak - 32 * 1024);
}

void TestTestSupport::unresolvableHostFailsAtOnce()
{
    const QString host = TestHosts::unresolvableHost();
    const QUrl url(QStringLiteral("https://%1/api/v1").arg(host));
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.host(), host);
    QVERIFY(QUrl(QStringLiteral("https://%1/").arg(TestHosts::invalidTldHost())).isValid());

    QElapsedTimer clock;
    clock.start();
    const QHostInfo info = QHostInfo::fromName(host);
    QCOMPARE(info.error(), QHostInfo::HostNotFound);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url.toString() + QStringLiteral("/credits"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::HostNotFoundError);
    reply->deleteLater();
}

#ifdef EBA_PEAKRSS_EXE

TestTestSupport::Wrapped TestTestSupport::runWrapped(const QStringList& command, const QByteArray& input)
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("peak"));
    QProcess process;
    process.start(QStringLiteral(EBA_PEAKRSS_EXE),
                  QStringList{QStringLiteral("--output"), output, QStringLiteral("--")} + command);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30'000);
    Wrapped wrapped;
    wrapped.status = process.exitStatus();
    wrapped.code = process.exitCode();
    wrapped.out = process.readAllStandardOutput();
    wrapped.err = process.readAllStandardError();
    QFile file(output);
    bool ok = false;
    if (file.open(QIODevice::ReadOnly))
        wrapped.peakKiB = file.readAll().trimmed().toLongLong(&ok);
    if (!ok)
        wrapped.peakKiB = -1;
    return wrapped;
}

void TestTestSupport::secretScanReadsEveryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        return QDir().mkpath(QFileInfo(file).path()) && file.open(QIODevice::WriteOnly) &&
               file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("plain.sqlite3"), QByteArray("nothing to see")));
    QVERIFY(write(QStringLiteral(".hidden"), QByteArray("x tok-scan-1 y")));
    QVERIFY(write(QStringLiteral("a/b/c.sqlite3-wal"), QByteArray(70'000, '\0') + "tok-scan-1"));
    QStringList found = SecretScan::filesContaining(dir.path(), "tok-scan-1");
    found.sort();
    QCOMPARE(found, (QStringList{dir.filePath(QStringLiteral(".hidden")),
                                 dir.filePath(QStringLiteral("a/b/c.sqlite3-wal"))}));
    QCOMPARE(SecretScan::filesContaining(dir.path(), "tok-absent"), QStringList());
}

void TestTestSupport::peakRssPassesExitCodeAndOutput()
{
    const Wrapped exited =
        runWrapped({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat; echo oops >&2; exit 7")},
                   "in\nput");
    QCOMPARE(exited.status, QProcess::NormalExit);
    QCOMPARE(exited.code, 7);
    QCOMPARE(exited.out, QByteArray("in\nput"));
    QCOMPARE(exited.err, QByteArray("oops\n"));
    QVERIFY(exited.peakKiB > 0);

    const Wrapped missing = runWrapped({QStringLiteral("/nonexistent/eba-no-such-program")});
    QCOMPARE(missing.code, 127);
    QVERIFY(missing.err.contains("cannot run"));

    QProcess wrongUse;
    wrongUse.start(QStringLiteral(EBA_PEAKRSS_EXE), {QStringLiteral("true")});
    QVERIFY(wrongUse.waitForFinished());
    QCOMPARE(wrongUse.exitCode(), 125);
}

void TestTestSupport::peakRssPassesSignals()
{
    for (const int signal : {SIGKILL, SIGTERM, SIGSEGV}) {
        const Wrapped killed = runWrapped({QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("ulimit -c 0; kill -%1 $$").arg(signal)});
        QCOMPARE(killed.status, QProcess::CrashExit);
        // On Unix QProcess reports the number of the signal that ended the process as its exit code.
        QCOMPARE(killed.code, signal);
        QVERIFY(killed.peakKiB > 0);
    }
}

void TestTestSupport::peakRssMeasuresTheChild()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dd")).isEmpty())
        QSKIP("dd is not installed.");
    const Wrapped small = runWrapped({QStringLiteral("true")});
    QVERIFY2(small.peakKiB > 0 && small.peakKiB < 16 * 1024, qPrintable(QString::number(small.peakKiB)));
    // dd fills one 48 MiB buffer, so its peak is at least that.
    const Wrapped large =
        runWrapped({QStringLiteral("dd"), QStringLiteral("if=/dev/zero"), QStringLiteral("of=/dev/null"),
                    QStringLiteral("bs=48M"), QStringLiteral("count=1")});
    QCOMPARE(large.code, 0);
    QVERIFY2(large.peakKiB >= 48 * 1024, qPrintable(QString::number(large.peakKiB)));
}

void TestTestSupport::killingPeakRssKillsTheChild()
{
    QTemporaryDir dir;
    QProcess process;
    process.start(QStringLiteral(EBA_PEAKRSS_EXE),
                  {QStringLiteral("--output"), dir.filePath(QStringLiteral("peak")), QStringLiteral("--"),
                   QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $$; exec sleep 600")});
    QVERIFY(process.waitForReadyRead(5000));
    const qint64 child = process.readLine().trimmed().toLongLong();
    QVERIFY(child > 0);
    const auto alive = [child] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        // "pid (comm) state ...": a zombie is as good as gone.
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
    };
    QVERIFY(alive());
    process.kill(); // SIGKILL: the wrapper cannot pass it on, the kernel does (PR_SET_PDEATHSIG)
    QVERIFY(process.waitForFinished());
    QTRY_VERIFY(!alive());
}

#else

TestTestSupport::Wrapped TestTestSupport::runWrapped(const QStringList&, const QByteArray&)
{
    return {};
}

void TestTestSupport::peakRssPassesExitCodeAndOutput()
{
    QSKIP("eba-peakrss is built on Linux only.");
}

void TestTestSupport::peakRssPassesSignals()
{
    QSKIP("eba-peakrss is built on Linux only.");
}

void TestTestSupport::peakRssMeasuresTheChild()
{
    QSKIP("eba-peakrss is built on Linux only.");
}

void TestTestSupport::killingPeakRssKillsTheChild()
{
    QSKIP("eba-peakrss is built on Linux only.");
}

#endif

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
