#include "core/ids/idvalidation.h"

#include <QTest>

class TestIdValidation : public QObject
{
    Q_OBJECT

private slots:
    void acceptsUsableIds_data();
    void acceptsUsableIds();
    void refusesUnusableIds_data();
    void refusesUnusableIds();
    void lengthLimitCountsTrimmedCharacters_data();
    void lengthLimitCountsTrimmedCharacters();
    void validIdsAreThoseCheckIdPassesOnUnchanged();
};

void TestIdValidation::acceptsUsableIds_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    const QString documented = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    QTest::newRow("documented id with leading dash") << documented << documented;
    QTest::newRow("spaces around are trimmed") << QStringLiteral("   -OPXR1F82I0cRYJPcHNo  ") << documented;
    QTest::newRow("tab and newline around are trimmed")
        << QStringLiteral("\t-OPXR1F82I0cRYJPcHNo\r\n") << documented;
    QTest::newRow("single character") << QStringLiteral("x") << QStringLiteral("x");
    QTest::newRow("digits only") << QStringLiteral("1234567890") << QStringLiteral("1234567890");
    QTest::newRow("punctuation") << QStringLiteral("a.b_c-d:e/f+g=") << QStringLiteral("a.b_c-d:e/f+g=");
    QTest::newRow("latin letters with accents")
        << QStringLiteral("Übersicht-été") << QStringLiteral("Übersicht-été");
    QTest::newRow("cjk and cyrillic letters")
        << QStringLiteral("批次-идентификатор") << QStringLiteral("批次-идентификатор");
    QTest::newRow("emoji outside the BMP")
        << QStringLiteral("batch-\U0001F600") << QStringLiteral("batch-\U0001F600");
}

void TestIdValidation::acceptsUsableIds()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);

    const IdCheck check = checkId(raw);
    QVERIFY(check.valid);
    QCOMPARE(check.value, expected);
    QVERIFY2(check.problem.isEmpty(), qPrintable(check.problem));
}

void TestIdValidation::refusesUnusableIds_data()
{
    QTest::addColumn<QString>("raw");

    const QString a = QStringLiteral("abc");
    const QString b = QStringLiteral("def");
    QTest::newRow("empty") << QString();
    QTest::newRow("empty but not null") << QStringLiteral("");
    QTest::newRow("single space") << QStringLiteral(" ");
    QTest::newRow("whitespace only") << QStringLiteral(" \t\r\n ");
    QTest::newRow("inner space") << QStringLiteral("abc def");
    QTest::newRow("inner tab") << QStringLiteral("abc\tdef");
    QTest::newRow("inner newline") << QStringLiteral("abc\ndef");
    QTest::newRow("inner carriage return") << QStringLiteral("abc\rdef");
    QTest::newRow("inner no-break space") << a + QChar(0x00A0) + b;
    QTest::newRow("inner ideographic space") << a + QChar(0x3000) + b;
    QTest::newRow("two ids pasted together") << QStringLiteral("-OPXR1F82I0cRYJPcHNo -OPXR1F82I0cRYJPcHNp");
    QTest::newRow("inner \\x01") << a + QChar(0x01) + b;
    QTest::newRow("leading \\x01 (not trimmed away)") << QChar(0x01) + a;
    QTest::newRow("trailing \\x1b escape") << a + QChar(0x1b);
    QTest::newRow("inner \\x7f delete") << a + QChar(0x7f) + b;
    QTest::newRow("lone high surrogate") << a + QChar(0xD800) + b;
    QTest::newRow("lone low surrogate") << a + QChar(0xDC00);
    QTest::newRow("replacement character") << a + QChar(QChar::ReplacementCharacter) + b;
    QTest::newRow("inner NUL") << a + QChar(0x00) + b;
    QTest::newRow("C1 control \\x85") << a + QChar(0x0085) + b;
    QTest::newRow("zero-width space U+200B") << a + QChar(0x200B) + b;
    QTest::newRow("byte order mark U+FEFF") << QChar(0xFEFF) + a;
    QTest::newRow("right-to-left override U+202E") << a + QChar(0x202E) + b;
    QTest::newRow("257 characters") << QString(MaxIdLength + 1, QLatin1Char('a'));
    QTest::newRow("far too long") << QString(10000, QLatin1Char('z'));
}

void TestIdValidation::refusesUnusableIds()
{
    QFETCH(QString, raw);

    const IdCheck check = checkId(raw);
    QVERIFY(!check.valid);
    QVERIFY(!check.problem.trimmed().isEmpty());
}

void TestIdValidation::lengthLimitCountsTrimmedCharacters_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("valid");

    QCOMPARE(MaxIdLength, 256);
    const QString max(MaxIdLength, QLatin1Char('a'));
    QTest::newRow("255") << QString(MaxIdLength - 1, QLatin1Char('a')) << true;
    QTest::newRow("256") << max << true;
    QTest::newRow("256 with surrounding spaces") << QStringLiteral("  ") + max + QStringLiteral("  ") << true;
    QTest::newRow("257") << max + QLatin1Char('b') << false;
    QTest::newRow("257 with surrounding spaces") << QStringLiteral(" ") + max + QStringLiteral("b ") << false;
}

void TestIdValidation::lengthLimitCountsTrimmedCharacters()
{
    QFETCH(QString, raw);
    QFETCH(bool, valid);

    const IdCheck check = checkId(raw);
    QCOMPARE(check.valid, valid);
    QCOMPARE(check.problem.isEmpty(), valid);
    QCOMPARE(check.value, raw.trimmed());
}

void TestIdValidation::validIdsAreThoseCheckIdPassesOnUnchanged()
{
    QVERIFY(isValidId(QStringLiteral("-OPXR1F82I0cRYJPcHNo")));
    QVERIFY(isValidId(QString(MaxIdLength, QLatin1Char('a'))));
    // A look-alike is a valid ID of its own; it is told apart when shown, not refused.
    QVERIFY(isValidId(QStringLiteral("b\u20100001")));
    QVERIFY(!isValidId(QString()));
    QVERIFY(!isValidId(QStringLiteral(" -OPXR1F82I0cRYJPcHNo")));
    QVERIFY(!isValidId(QStringLiteral("-OPXR1F82I0cRYJPcHNo\n")));
    QVERIFY(!isValidId(QStringLiteral("b\u200B0001")));
    QVERIFY(!isValidId(QString(MaxIdLength + 1, QLatin1Char('a'))));
}

QTEST_GUILESS_MAIN(TestIdValidation)
#include "tst_idvalidation.moc"
