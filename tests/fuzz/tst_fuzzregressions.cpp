#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

// Replays every checked-in fuzz input through the entry points the fuzzers use: the seed corpora
// (tests/fuzz/corpus/<entry>/) and the inputs that once crashed a fuzzer or broke a property
// (tests/fuzz/regressions/<entry>/). Built with the normal compiler in every build, so a finding
// stays fixed even where clang and libFuzzer are not used.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replaysInputs_data();
    void replaysInputs();
    void everyEntryHasSeeds();
};

void TestFuzzRegressions::replaysInputs_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("path");

    for (const FuzzEntries::Entry& entry : FuzzEntries::all()) {
        for (const char* kind : {"corpus", "regressions"}) {
            const QDir folder(
                QStringLiteral(EBA_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), QLatin1String(entry.name)));
            const QStringList files = folder.entryList(QDir::Files, QDir::Name);
            for (const QString& file : files) {
                if (file == QLatin1String("README.md"))
                    continue;
                const QString row =
                    QStringLiteral("%1/%2/%3").arg(QLatin1String(kind), QLatin1String(entry.name), file);
                QTest::newRow(qPrintable(row)) << QString::fromLatin1(entry.name) << folder.filePath(file);
            }
        }
    }
}

void TestFuzzRegressions::replaysInputs()
{
    QFETCH(QString, entry);
    QFETCH(QString, path);

    const FuzzEntries::Entry* run = FuzzEntries::find(entry.toLatin1());
    QVERIFY(run);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    const FuzzEntries::Findings findings = run->run(input);
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("input \"%1\": %2")
                            .arg(FuzzEntries::describe(input), findings.join(QLatin1String("; ")))));
}

void TestFuzzRegressions::everyEntryHasSeeds()
{
    for (const FuzzEntries::Entry& entry : FuzzEntries::all()) {
        const QDir folder(QStringLiteral(EBA_FUZZ_DIR "/corpus/%1").arg(QLatin1String(entry.name)));
        QVERIFY2(folder.entryList(QDir::Files).size() >= 3, entry.name);
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
