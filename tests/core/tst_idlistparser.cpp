#include "core/ids/idlistparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Cls = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
const QString Batch = QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha");
const QString Cls2 = QStringLiteral("-OQ2hT5nV8xC1bK7mZ3a");
const QString Batch2 = QStringLiteral("-OQ2jR4wY6pD9sF1gH8k");

using Entries = QList<IdPair>;

IdPair pair(const QString& classificationId, const QString& batchId = QString())
{
    return {classificationId, batchId};
}

QString describe(const IdListParseResult& result)
{
    QStringList lines;
    for (const IdPair& entry : result.entries)
        lines << QStringLiteral("entry [%1] [%2]").arg(entry.classificationId, entry.batchId);
    for (const IdListProblem& problem : result.problems)
        lines << QStringLiteral("problem line %1: %2").arg(problem.line).arg(problem.message);
    lines << QStringLiteral("ignored %1").arg(result.ignoredLines);
    return lines.join(QLatin1Char('\n'));
}

QList<int> problemLines(const IdListParseResult& result)
{
    QList<int> lines;
    for (const IdListProblem& problem : result.problems)
        lines << problem.line;
    return lines;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIdListParser : public QObject
{
    Q_OBJECT

private slots:
    void acceptedFormats_data();
    void acceptedFormats();
    void headersAreIgnored_data();
    void headersAreIgnored();
    void laterHeaderIsReported();
    void firstLineOfIdsIsNotAHeader();
    void blankLinesAreIgnored();
    void byteOrderMarkAndCrLf();
    void refusedLines_data();
    void refusedLines();
    void mixedInputKeepsEveryGoodLine();
    void duplicatesKeepFirstOccurrence();
    void classificationOnlyLinesAreNamed();
    void hostileInput_data();
    void hostileInput();
    void veryLongLineIsReportedBriefly();
    void hundredThousandLines();
    void parseFileWithBomAndCrLf();
    void parseFileMissing();
    void parseFileDirectory();
    void parseFileTooLarge();
    void parseFileInvalidUtf8IsReportedPerLine();
    void parseFileBinaryIsRefused();
    void parseFileUtf16WithBom();
    void parseFileEmpty();
    void parseBytesNamesTheSource();
};

void TestIdListParser::acceptedFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Entries>("expected");

    QTest::newRow("comma") << Cls + u',' + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("semicolon") << Cls + u';' + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("tab") << Cls + u'\t' + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("one space") << Cls + u' ' + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("run of spaces") << Cls + QStringLiteral("     ") + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("spaces around comma")
        << QStringLiteral("  ") + Cls + QStringLiteral(" ,  ") + Batch + u' ' << Entries{pair(Cls, Batch)};
    QTest::newRow("spaces around tab") << Cls + QStringLiteral(" \t ") + Batch << Entries{pair(Cls, Batch)};
    QTest::newRow("lone classification") << Cls << Entries{pair(Cls)};
    QTest::newRow("lone classification with spaces")
        << QStringLiteral("  ") + Cls + QStringLiteral("  ") << Entries{pair(Cls)};
    QTest::newRow("trailing comma") << Cls + u',' << Entries{pair(Cls)};
    QTest::newRow("trailing tab") << Cls + u'\t' << Entries{pair(Cls)};
    QTest::newRow("trailing empty fields")
        << Cls + u',' + Batch + QStringLiteral(",,") << Entries{pair(Cls, Batch)};
    QTest::newRow("quoted pair") << u'"' + Cls + QStringLiteral("\",\"") + Batch + u'"'
                                 << Entries{pair(Cls, Batch)};
    QTest::newRow("quoted and spaced")
        << QStringLiteral("\" ") + Cls + QStringLiteral(" \" ; \"") + Batch + u'"'
        << Entries{pair(Cls, Batch)};
    QTest::newRow("quoted fields separated by spaces")
        << u'"' + Cls + QStringLiteral("\"   \"") + Batch + u'"' << Entries{pair(Cls, Batch)};
    QTest::newRow("quoted fields holding separators")
        << QStringLiteral("\"a,b;c\"\t\"x,y\"")
        << Entries{pair(QStringLiteral("a,b;c"), QStringLiteral("x,y"))};
    QTest::newRow("quoted field holding spaces around the id")
        << QStringLiteral("\"  a  \",b") << Entries{pair(QStringLiteral("a"), QStringLiteral("b"))};
    QTest::newRow("doubled quotes") << QStringLiteral("\"a\"\"b\",\"\"\"c\"\"\"")
                                    << Entries{pair(QStringLiteral("a\"b"), QStringLiteral("\"c\""))};
    QTest::newRow("empty quoted batch") << u'"' + Cls + QStringLiteral("\",\"\"") << Entries{pair(Cls)};
    QTest::newRow("unicode ids") << QStringLiteral("批次-идентификатор,Übersicht-été")
                                 << Entries{pair(QStringLiteral("批次-идентификатор"),
                                                 QStringLiteral("Übersicht-été"))};
    QTest::newRow("several lines, all formats")
        << Cls + u',' + Batch + u'\n' + Cls2 + u'\t' + Batch2 + u'\n' + Cls + QStringLiteral("  ") + Batch2 +
               u'\n' + Cls2 + u'\n' + Cls2 + u';' + Batch
        << Entries{pair(Cls, Batch), pair(Cls2, Batch2), pair(Cls, Batch2), pair(Cls2), pair(Cls2, Batch)};
    QTest::newRow("no newline at end") << Cls + u'\n' + Cls2 << Entries{pair(Cls), pair(Cls2)};
}

void TestIdListParser::acceptedFormats()
{
    QFETCH(QString, text);
    QFETCH(Entries, expected);

    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.entries, expected);
    QCOMPARE(result.ignoredLines, 0);
}

void TestIdListParser::headersAreIgnored_data()
{
    QTest::addColumn<QString>("header");

    QTest::newRow("camelCase comma") << QStringLiteral("classificationId,batchId");
    QTest::newRow("capitalised") << QStringLiteral("ClassificationId,BatchId");
    QTest::newRow("upper case") << QStringLiteral("CLASSIFICATION_ID;BATCH_ID");
    QTest::newRow("snake_case semicolon") << QStringLiteral("classification_id;batch_id");
    QTest::newRow("words with tab") << QStringLiteral("Classification ID\tBatch ID");
    QTest::newRow("words with comma") << QStringLiteral("Classification ID, Batch ID");
    QTest::newRow("quoted") << QStringLiteral("\"classificationId\",\"batchId\"");
    QTest::newRow("kebab-case") << QStringLiteral("classification-id batch-id");
    QTest::newRow("ID suffix") << QStringLiteral("classificationID,batchID");
    QTest::newRow("lone classification column") << QStringLiteral("classificationId");
    QTest::newRow("plain words") << QStringLiteral("classification,batch");
    QTest::newRow("trailing separator") << QStringLiteral("classificationId,batchId,");
    QTest::newRow("CR at end") << QStringLiteral("classificationId,batchId\r");
}

void TestIdListParser::headersAreIgnored()
{
    QFETCH(QString, header);

    const QString text = header + u'\n' + Cls + u',' + Batch + u'\n';
    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.entries, Entries{pair(Cls, Batch)});
    QCOMPARE(result.ignoredLines, 1);

    // After blank lines, the first non-blank line is still the header.
    const IdListParseResult afterBlank = IdListParser::parse(QStringLiteral("\n  \n") + text);
    QVERIFY2(afterBlank.problems.isEmpty(), qPrintable(describe(afterBlank)));
    QCOMPARE(afterBlank.entries, Entries{pair(Cls, Batch)});
    QCOMPARE(afterBlank.ignoredLines, 3);
}

void TestIdListParser::laterHeaderIsReported()
{
    // A header further down (two files pasted together) must not become the ID "classificationId".
    const QString text = QStringLiteral("classificationId,batchId\n") + Cls + u',' + Batch +
                         QStringLiteral("\nclassificationId,batchId\n") + Cls2 + u',' + Batch2;
    const IdListParseResult result = IdListParser::parse(text);
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2, Batch2)}));
    QCOMPARE(problemLines(result), QList<int>{3});
    QCOMPARE(result.ignoredLines, 1);
}

void TestIdListParser::firstLineOfIdsIsNotAHeader()
{
    // IDs on the first line are data, even when they contain the words of a header.
    const QString text = QStringLiteral("batch-2024-01,classification7\nbatchXYZ\n") + Cls;
    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.entries,
             (Entries{pair(QStringLiteral("batch-2024-01"), QStringLiteral("classification7")),
                      pair(QStringLiteral("batchXYZ")), pair(Cls)}));
    QCOMPARE(result.ignoredLines, 0);
}

void TestIdListParser::blankLinesAreIgnored()
{
    const QString text = QStringLiteral("\n   \n\t\n") + Cls + QStringLiteral("\n\n \t \n,,\n\"\",\"\"\n") +
                         Cls2 + QStringLiteral("\n\n");
    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.entries, (Entries{pair(Cls), pair(Cls2)}));
    // Lines 1-3, 5-8 and 10; the newline ending line 10 does not start an 11th line.
    QCOMPARE(result.ignoredLines, 8);

    QCOMPARE(IdListParser::parse(QString()).ignoredLines, 0);
    QCOMPARE(IdListParser::parse(QString()).entries.size(), 0);
    QCOMPARE(IdListParser::parse(QStringLiteral("\n")).ignoredLines, 1);
}

void TestIdListParser::byteOrderMarkAndCrLf()
{
    const QString text = QChar(0xFEFF) + QStringLiteral("classificationId,batchId\r\n") + Cls + u',' + Batch +
                         QStringLiteral("\r\n\r\n") + Cls2 + QStringLiteral("\r\nbad id here\r\n") + Cls2 +
                         u'\t' + Batch2 + QStringLiteral("\r\n");
    const IdListParseResult result = IdListParser::parse(text);
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2), pair(Cls2, Batch2)}));
    QCOMPARE(result.ignoredLines, 2);
    QCOMPARE(problemLines(result), QList<int>{5});

    // Without a header, the BOM must not stick to the first ID.
    const IdListParseResult bare = IdListParser::parse(QChar(0xFEFF) + Cls + QStringLiteral("\r\n"));
    QVERIFY2(bare.problems.isEmpty(), qPrintable(describe(bare)));
    QCOMPARE(bare.entries, Entries{pair(Cls)});

    // A BOM anywhere else is a format character inside an ID, which checkId refuses.
    const IdListParseResult inner = IdListParser::parse(Cls + u'\n' + QChar(0xFEFF) + Cls2);
    QCOMPARE(inner.entries, Entries{pair(Cls)});
    QCOMPARE(problemLines(inner), QList<int>{2});
}

void TestIdListParser::refusedLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("three fields") << Cls + u',' + Batch + u',' + Batch2
                                  << QStringLiteral("classificationId,batchId");
    QTest::newRow("three space-separated")
        << QStringLiteral("a b c") << QStringLiteral("classificationId,batchId");
    QTest::newRow("empty middle field")
        << QStringLiteral("a,,b") << QStringLiteral("classificationId,batchId");
    QTest::newRow("two tabs") << QStringLiteral("a\t\tb") << QStringLiteral("classificationId,batchId");
    QTest::newRow("three short fields")
        << QStringLiteral("x1,y1,z1") << QStringLiteral("classificationId,batchId");
    QTest::newRow("empty classification")
        << QStringLiteral(",") + Batch << QStringLiteral("Classification ID");
    QTest::newRow("quoted empty classification")
        << QStringLiteral("\"\",") + Batch << QStringLiteral("Classification ID");
    QTest::newRow("inner space in quoted classification")
        << QStringLiteral("\"a b\",") + Batch << QStringLiteral("Classification ID");
    QTest::newRow("inner space in quoted batch")
        << Cls + QStringLiteral(",\"x y\"") << QStringLiteral("Batch ID");
    QTest::newRow("no-break space inside id")
        << Cls + QChar(0x00A0) + Batch << QStringLiteral("Classification ID");
    QTest::newRow("batch too long") << Cls + u',' + QString(300, u'x') << QStringLiteral("Batch ID");
    QTest::newRow("unterminated quote") << u'"' + Cls + u',' + Batch << QStringLiteral("quote");
    QTest::newRow("unterminated second field")
        << Cls + QStringLiteral(",\"") + Batch << QStringLiteral("quote");
    QTest::newRow("text after closing quote") << QStringLiteral("\"a\"b,c") << QStringLiteral("quote");
    QTest::newRow("quote inside an unquoted field") << QStringLiteral("ab\"c,d") << QStringLiteral("quote");
    QTest::newRow("rest of a quoted field from the line before")
        << Batch2 + QStringLiteral("\",") + Cls << QStringLiteral("quote");
    QTest::newRow("control character")
        << Cls + QChar(0x07) + u',' + Batch << QStringLiteral("Classification ID");
    QTest::newRow("NUL in batch") << Cls + u',' + Batch + QChar(0) << QStringLiteral("Batch ID");
    QTest::newRow("zero-width space") << Cls + QChar(0x200B) << QStringLiteral("Classification ID");
}

void TestIdListParser::refusedLines()
{
    QFETCH(QString, line);
    QFETCH(QString, expectedInMessage);

    // The refused line sits between two good ones: both survive, the bad one is line 2.
    const QString text = Cls2 + u'\n' + line + u'\n' + Cls2 + u',' + Batch2;
    const IdListParseResult result = IdListParser::parse(text);
    QCOMPARE(result.entries, (Entries{pair(Cls2), pair(Cls2, Batch2)}));
    QCOMPARE(problemLines(result), QList<int>{2});
    QVERIFY2(result.problems.at(0).message.contains(expectedInMessage), qPrintable(describe(result)));
    QVERIFY2(result.problems.at(0).message.size() < 200, qPrintable(describe(result)));
}

void TestIdListParser::mixedInputKeepsEveryGoodLine()
{
    const QStringList lines{
        QStringLiteral("classification_id;batch_id"),  // 1 header
        Cls + u';' + Batch,                            // 2
        QStringLiteral("a b c"),                       // 3 bad
        QString(),                                     // 4 blank
        u'"' + Cls2,                                   // 5 bad: unterminated quote
        Batch2 + u'"',                                 // 6 the rest of that "quoted field": bad too
        Cls2,                                          // 7
        QStringLiteral("x\x01y"),                      // 8 bad: control character
        Cls2 + u'\t' + Batch2,                         // 9
        QStringLiteral("classificationId,batchId"),    // 10 bad: header not on the first line
        QStringLiteral(" , , "),                       // 11 blank
        Cls + QStringLiteral(" , \"") + Batch2 + u'"', // 12
    };
    const IdListParseResult result = IdListParser::parse(lines.join(QLatin1Char('\n')));
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2), pair(Cls2, Batch2), pair(Cls, Batch2)}));
    QCOMPARE(problemLines(result), (QList<int>{3, 5, 6, 8, 10}));
    QCOMPARE(result.ignoredLines, 3);
    for (const IdListProblem& problem : result.problems)
        QVERIFY2(!problem.message.isEmpty(), qPrintable(describe(result)));
}

void TestIdListParser::duplicatesKeepFirstOccurrence()
{
    const QString text = Cls + u',' + Batch + u'\n' + Cls2 + u'\n' + u'"' + Cls + QStringLiteral("\";") +
                         Batch + u'\n' + QStringLiteral("  ") + Cls2 + QStringLiteral("  ,\n") + Cls + u'\n' +
                         Cls + u'\t' + Batch + u'\n' + Batch + u',' + Cls;
    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    // A lone classification and a batch of it are different entries; swapped IDs are too.
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2), pair(Cls), pair(Batch, Cls)}));
}

// Every line that holds a classification ID alone, repeated or not (a delete list refuses them).
void TestIdListParser::classificationOnlyLinesAreNamed()
{
    const QString text = Cls + u',' + Batch + u'\n' + Cls2 + u'\n' + u'\n' + Cls2 + QStringLiteral(" ,\n") +
                         Cls + u'\t' + Batch;
    const IdListParseResult result = IdListParser::parse(text);
    QVERIFY2(result.problems.isEmpty(), qPrintable(describe(result)));
    QCOMPARE(result.classificationOnlyLines, (QList<int>{2, 4}));
}

void TestIdListParser::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("goodEntries");
    QTest::addColumn<QList<int>>("badLines");

    const QString good = Cls + u',' + Batch;
    QString controls;
    for (char16_t c = 1; c < 32; ++c) {
        if (c != u'\n' && c != u'\t' && c != u'\r')
            controls += QChar(c);
    }
    QTest::newRow("every control character") << good + u'\n' + controls + u'\n' + good << 1 << QList<int>{2};
    QTest::newRow("NUL only") << QString(1, QChar(0)) + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("NULs between ids")
        << Cls + QString(3, QChar(0)) + Batch + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("lone CR in the middle") << Cls + u'\r' + Batch + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("bidi override") << QChar(0x202E) + Cls + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("only quotes") << QStringLiteral("\"\"\"\n") + good << 1 << QList<int>{1};
    QTest::newRow("many separators") << QString(4000, u',') + u'\n' + good << 1 << QList<int>{};
    QTest::newRow("many fields") << QStringLiteral("a,").repeated(2000) + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("many doubled quotes") << u'"' + QString(4000, u'"') + u'\n' + good << 1 << QList<int>{1};
    const QString padding(4096 - Cls2.size() - 1 - Batch2.size(), u' ');
    QTest::newRow("line just at the limit")
        << Cls2 + padding + u',' + Batch2 + u'\n' + good << 2 << QList<int>{};
    QTest::newRow("line one over the limit")
        << Cls2 + padding + QStringLiteral(" ,") + Batch2 + u'\n' + good << 1 << QList<int>{1};
    QTest::newRow("blank line over the limit") << QString(10'000, u' ') + u'\n' + good << 1 << QList<int>{};
    QTest::newRow("CR only line ends") << Cls + u'\r' + Cls2 + u'\r' << 0 << QList<int>{1};
}

void TestIdListParser::hostileInput()
{
    QFETCH(QString, text);
    QFETCH(int, goodEntries);
    QFETCH(QList<int>, badLines);

    const IdListParseResult result = IdListParser::parse(text);
    QCOMPARE(result.entries.size(), goodEntries);
    QCOMPARE(problemLines(result), badLines);
    for (const IdListProblem& problem : result.problems)
        QVERIFY2(problem.message.size() < 200, qPrintable(problem.message.left(300)));
}

void TestIdListParser::veryLongLineIsReportedBriefly()
{
    const QString megabyte(1024 * 1024, u'x');
    const QString text = Cls + u'\n' + megabyte + u'\n' + megabyte + u',' + Batch + u'\n' + Cls2;
    const IdListParseResult result = IdListParser::parse(text);
    QCOMPARE(result.entries, (Entries{pair(Cls), pair(Cls2)}));
    QCOMPARE(problemLines(result), (QList<int>{2, 3}));
    for (const IdListProblem& problem : result.problems) {
        QVERIFY2(problem.message.size() < 200, qPrintable(problem.message.left(300)));
        QVERIFY2(!problem.message.contains(QLatin1String("xxxxxxxx")), qPrintable(problem.message.left(300)));
        QVERIFY2(problem.message.contains(QLatin1String("too long"), Qt::CaseInsensitive),
                 qPrintable(problem.message));
    }
}

void TestIdListParser::hundredThousandLines()
{
    constexpr int Count = 100'000;
    QString text;
    text.reserve(Count * 44 + 32);
    text += QStringLiteral("classificationId,batchId\r\n");
    for (int i = 0; i < Count; ++i) {
        text += QStringLiteral("-OPXR1F82I0c%1,-OPXT4kQm2Zb%2\r\n")
                    .arg(i % 97, 8, 10, QLatin1Char('0'))
                    .arg(i, 8, 10, QLatin1Char('0'));
    }

    QElapsedTimer timer;
    timer.start();
    const IdListParseResult result = IdListParser::parse(text);
    const qint64 elapsedMs = timer.elapsed();
    qInfo("Parsed %d lines in %lld ms (for information; not asserted).", Count + 1, elapsedMs);

    QCOMPARE(result.entries.size(), Count);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.ignoredLines, 1);
    QCOMPARE(result.entries.constFirst(),
             pair(QStringLiteral("-OPXR1F82I0c00000000"), QStringLiteral("-OPXT4kQm2Zb00000000")));
    QCOMPARE(result.entries.constLast(),
             pair(QStringLiteral("-OPXR1F82I0c00000089"), QStringLiteral("-OPXT4kQm2Zb00099999")));
}

void TestIdListParser::parseFileWithBomAndCrLf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Classification ID;Batch ID\r\n" +
                             Cls.toUtf8() + ";" + Batch.toUtf8() + "\r\n\r\n\"" + Cls2.toUtf8() + "\";\"" +
                             Batch2.toUtf8() + "\"\r\nbad line with spaces\r\n" +
                             QStringLiteral("Übersicht-été").toUtf8() + "\r\n";
    QVERIFY(writeFile(path, bytes));

    QString error = QStringLiteral("stale");
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.entries,
             (Entries{pair(Cls, Batch), pair(Cls2, Batch2), pair(QStringLiteral("Übersicht-été"))}));
    QCOMPARE(problemLines(result), QList<int>{5});
    QCOMPARE(result.ignoredLines, 2);

    // A null error pointer is allowed.
    QCOMPARE(IdListParser::parseFile(path, nullptr).entries.size(), 3);
}

void TestIdListParser::parseFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const IdListParseResult result =
        IdListParser::parseFile(dir.filePath(QStringLiteral("nope.csv")), &error);
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("nope.csv")), qPrintable(error));
    IdListParser::parseFile(dir.filePath(QStringLiteral("nope.csv")), nullptr); // must not crash
}

void TestIdListParser::parseFileDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const IdListParseResult result = IdListParser::parseFile(dir.path(), &error);
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(!error.isEmpty(), "a directory must be refused with a message");
}

void TestIdListParser::parseFileTooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    {
        // resize() makes a sparse file on the usual file systems: nothing is written, nothing read.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (!file.resize(IdListParser::MaxFileBytes + 1))
            QSKIP("cannot create a sparse file here");
    }
    QString error;
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
}

void TestIdListParser::parseFileInvalidUtf8IsReportedPerLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("latin1.csv"));
    // A legacy code page export: the plain ASCII lines still count, the others are reported.
    const QByteArray bytes = "classificationId,batchId\n" + Cls.toUtf8() + ",caf\xE9-batch\n" + Cls.toUtf8() +
                             "," + Batch.toUtf8() + "\n\xFF\xFE\xFD\n" + Cls2.toUtf8() + "\n" +
                             "truncated-\xE2\x82\n" + "overlong-\xC0\xAF\n" + Cls2.toUtf8() + "," +
                             Batch2.toUtf8();
    QVERIFY(writeFile(path, bytes));

    QString error;
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2), pair(Cls2, Batch2)}));
    QCOMPARE(problemLines(result), (QList<int>{2, 4, 6, 7}));
    for (const IdListProblem& problem : result.problems)
        QVERIFY2(problem.message.contains(QLatin1String("UTF-8")), qPrintable(problem.message));
    QCOMPARE(result.ignoredLines, 1);

    // Invalid bytes as the very last bytes of a file without a final newline.
    QVERIFY(writeFile(path, Cls.toUtf8() + "\n" + "end\xE2"));
    const IdListParseResult truncated = IdListParser::parseFile(path, &error);
    QCOMPARE(truncated.entries, Entries{pair(Cls)});
    QCOMPARE(problemLines(truncated), QList<int>{2});
}

void TestIdListParser::parseFileBinaryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    QVERIFY(writeFile(path, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + Cls.toUtf8()));
    QString error;
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(error.contains(QLatin1String("not a text file")), qPrintable(error));
}

// The bytes of standard input or a pipe go through the same rules as a file's, under their own name.
void TestIdListParser::parseBytesNamesTheSource()
{
    QString error;
    IdListParseResult result = IdListParser::parseBytes(QByteArray("PK\x03\x04\x14\x00", 6) + Cls.toUtf8(),
                                                        QStringLiteral("Standard input"), &error);
    QVERIFY(result.entries.isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("Standard input is not a text file")), qPrintable(error));

    result = IdListParser::parseBytes(Cls.toUtf8() + ',' + Batch.toUtf8() + "\n\xff\xfe,x\n" + Cls2.toUtf8(),
                                      QStringLiteral("Standard input"), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(result.entries, (Entries{pair(Cls, Batch), pair(Cls2)}));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 2);
    QVERIFY(result.problems.first().message.contains(QLatin1String("UTF-8")));
}

void TestIdListParser::parseFileUtf16WithBom()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("unicode.txt"));
    const QString text = QChar(0xFEFF) + QStringLiteral("Classification ID\tBatch ID\r\n") + Cls + u'\t' +
                         Batch + QStringLiteral("\r\n");
    QByteArray bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    if (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
        for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
            std::swap(bytes[i], bytes[i + 1]);
    }
    QVERIFY(writeFile(path, bytes)); // UTF-16LE with BOM, as spreadsheets save "Unicode text"

    QString error;
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(result.entries, Entries{pair(Cls, Batch)});
    QCOMPARE(result.ignoredLines, 1);
}

void TestIdListParser::parseFileEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeFile(path, QByteArray()));
    QString error = QStringLiteral("stale");
    const IdListParseResult result = IdListParser::parseFile(path, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(result.entries.isEmpty());
    QVERIFY(result.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestIdListParser)
#include "tst_idlistparser.moc"
