// The CLI harness's own measuring tools, checked against the real extracta-batch: its peak memory
// through tests/tools/eba-peakrss, the TLS sandbox it must refuse, and a host that cannot resolve. The
// fault matrix relies on them; what the CLI should answer in each case is the matrix's business.
#include "clitestharness.h"
#include "testhosts.h"

#include <QElapsedTimer>
#include <QTest>

class TestCliHarness : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void peakMemoryIsMeasured();
    void measuringChangesNoOutcome();
    void tlsSandboxIsNotTrusted();
    void unresolvableHostFailsWithoutHanging();
};

void TestCliHarness::cleanup()
{
    QCOMPARE(CliRunner::leakCount(), 0);
}

void TestCliHarness::peakMemoryIsMeasured()
{
    CliRunner runner;
    if (!runner.setMeasurePeakMemory(true))
        QSKIP("eba-peakrss is built on Linux only.");
    const CliRun measured = runner.run({QStringLiteral("--version")});
    QCOMPARE(measured.exitCode, 0);
    QVERIFY(measured.out.contains(EBA_VERSION));
    QVERIFY2(measured.peakRssKiB > 1024 && measured.peakRssKiB < 256 * 1024,
             qPrintable(QString::number(measured.peakRssKiB)));
    qInfo("extracta-batch --version: peak resident set %lld KiB", measured.peakRssKiB);

    runner.setMeasurePeakMemory(false);
    const CliRun plain = runner.run({QStringLiteral("--version")});
    QCOMPARE(plain.peakRssKiB, -1);
    QCOMPARE(plain.out, measured.out);
}

void TestCliHarness::measuringChangesNoOutcome()
{
    SandboxThread sandbox;
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    if (!runner.setMeasurePeakMemory(true))
        QSKIP("eba-peakrss is built on Linux only.");
    const QStringList credits{QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()};
    const QStringList refused{QStringLiteral("credits"), QStringLiteral("--api-url"),
                              QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort())};
    const QStringList usage{QStringLiteral("credits"), QStringLiteral("--api-url"), QStringLiteral(" ")};
    for (const QStringList& arguments : {credits, refused, usage}) {
        runner.setMeasurePeakMemory(true);
        const CliRun measured = runner.run(arguments);
        runner.setMeasurePeakMemory(false);
        const CliRun plain = runner.run(arguments);
        QCOMPARE(measured.exitCode, plain.exitCode);
        QCOMPARE(measured.signal, plain.signal);
        QCOMPARE(measured.out.isEmpty(), plain.out.isEmpty());
        QCOMPARE(measured.err.isEmpty(), plain.err.isEmpty());
        QVERIFY(measured.peakRssKiB > 0);
    }
}

void TestCliHarness::tlsSandboxIsNotTrusted()
{
    SandboxThread sandbox;
    QString problem;
    if (!sandbox.serveTls(&problem))
        QSKIP(qPrintable(problem));
    QVERIFY(sandbox.baseUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
    CliRunner runner;
    runner.setEnvironmentToken(sandbox.token());
    QElapsedTimer clock;
    clock.start();
    const CliRun run =
        runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"), sandbox.baseUrl()});
    QVERIFY2(run.exitCode > 0, run.err.constData());
    QCOMPARE(sandbox.requestCount(), 0);
    const int handshakes =
        sandbox.call([](SandboxServer& server) { return server.acceptedConnectionCount(); });
    const int encrypted =
        sandbox.call([](SandboxServer& server) { return server.encryptedConnectionCount(); });
    QVERIFY(handshakes >= 1);
    QCOMPARE(encrypted, 0);
    qInfo("credits against the TLS sandbox: exit %d after %lld ms, %d handshake(s): %s", run.exitCode,
          clock.elapsed(), handshakes, run.err.trimmed().constData());
}

void TestCliHarness::unresolvableHostFailsWithoutHanging()
{
    CliRunner runner;
    runner.setEnvironmentToken(QStringLiteral("tok-harness-3c9e"));
    QElapsedTimer clock;
    clock.start();
    const CliRun run = runner.run({QStringLiteral("credits"), QStringLiteral("--api-url"),
                                   QStringLiteral("https://%1/api/v1").arg(TestHosts::unresolvableHost())});
    QVERIFY2(run.exitCode > 0, run.err.constData());
    qInfo("credits against an unresolvable host: exit %d after %lld ms", run.exitCode, clock.elapsed());
}

QTEST_GUILESS_MAIN(TestCliHarness)
#include "tst_cliharness.moc"
