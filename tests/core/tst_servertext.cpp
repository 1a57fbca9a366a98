// What a server, a file or a careless paste can put in front of the user: shown on one line with
// nothing hidden, the token never repeated, a rejected value never echoed at length.
#include "core/text/rejectedinput.h"
#include "core/text/secretredaction.h"
#include "core/text/servertext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestServerText : public QObject
{
    Q_OBJECT

private slots:
    void oneLine_data();
    void oneLine();
    void oneLineNeverLeavesAControlCharacter();
    void oneLineCutsLongText();
    void visibleIdTellsLookAlikesApart();
    void isolatedWrapsInIsolates();
    void redactsTheTokenWhereverItIs();
    void redactsEveryStringOfAnAnswer();
    void rejectedValuesAreEchoedOnlyWhenShort();
};

void TestServerText::oneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringLiteral("Batch deleted") << QStringLiteral("Batch deleted");
    QTest::newRow("non-ASCII stays") << QStringLiteral("Übersicht 批次 😀")
                                     << QStringLiteral("Übersicht 批次 😀");
    QTest::newRow("newline forging a result line")
        << QStringLiteral("ok\nDeleted       cls b-1") << QStringLiteral("ok\\nDeleted       cls b-1");
    QTest::newRow("CR overwriting the line") << QStringLiteral("bad\rgood") << QStringLiteral("bad\\rgood");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("title change") << QStringLiteral("\x1b]0;owned\x07")
                                  << QStringLiteral("\\x1B]0;owned\\x07");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H") << QStringLiteral("\\x1B[2J\\x1B[H");
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x") << QStringLiteral("\\x00x");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7F");
    QTest::newRow("C1 CSI") << QStringLiteral("a") + QChar(0x9b) + QStringLiteral("2J")
                            << QStringLiteral("a\\x9B2J");
    QTest::newRow("right-to-left override")
        << QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe")
        << QStringLiteral("invoice\\u{202E}fdp.exe");
    QTest::newRow("isolates and marks") << QString(QChar(0x2066)) + QChar(0x200f) + QChar(0x2069)
                                        << QStringLiteral("\\u{2066}\\u{200F}\\u{2069}");
    QTest::newRow("zero-width space")
        << QStringLiteral("b") + QChar(0x200b) + QStringLiteral("1") << QStringLiteral("b\\u{200B}1");
    QTest::newRow("byte order mark") << QString(QChar(0xfeff)) + QStringLiteral("x")
                                     << QStringLiteral("\\u{FEFF}x");
    QTest::newRow("line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")
                                    << QStringLiteral("a\\u{2028}b");
    QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b")
                                    << QStringLiteral("a") + QChar(QChar::ReplacementCharacter) +
                                           QStringLiteral("b");
    QTest::newRow("echoed credential") << QStringLiteral("bad header: Authorization: Bearer tok_live_12345")
                                       << QStringLiteral("bad header: Authorization: Bearer [hidden]");
    QTest::newRow("credential in JSON quotes") << QStringLiteral("{\"auth\":\"bearer abc.def\"}")
                                               << QStringLiteral("{\"auth\":\"bearer [hidden]\"}");
    QTest::newRow("HTML stays text") << QStringLiteral("<b>bold</b><img src=x>")
                                     << QStringLiteral("<b>bold</b><img src=x>");
}

void TestServerText::oneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ServerText::oneLine(text), shown);
}

void TestServerText::oneLineNeverLeavesAControlCharacter()
{
    QString every;
    for (char32_t c = 0; c < 0x3000; ++c) {
        if (!QChar::isSurrogate(c))
            every += QChar(char16_t(c));
    }
    const QString shown = ServerText::oneLine(every);
    for (const QChar c : shown) {
        const QChar::Category category = c.category();
        QVERIFY2(category != QChar::Other_Control && category != QChar::Other_Format &&
                     category != QChar::Separator_Line && category != QChar::Separator_Paragraph,
                 qPrintable(QString::number(c.unicode(), 16)));
    }
}

void TestServerText::oneLineCutsLongText()
{
    const QString shown = ServerText::oneLine(QString(1000, QLatin1Char('x')), 80);
    QCOMPARE(shown.size(), 80);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    // Never half a surrogate pair at the cut.
    QString emoji;
    for (int i = 0; i < 50; ++i)
        emoji += QStringLiteral("😀");
    const QString cut = ServerText::oneLine(emoji, 10);
    QVERIFY(cut.isValidUtf16());
    QVERIFY(cut.size() <= 10);
    // Short text is left whole.
    QCOMPARE(ServerText::oneLine(QStringLiteral("short"), 80), QStringLiteral("short"));
}

void TestServerText::visibleIdTellsLookAlikesApart()
{
    const QString plain = QStringLiteral("b-0001");
    const QString unicodeHyphen = QStringLiteral("b") + QChar(0x2010) + QStringLiteral("0001");
    const QString nonBreakingHyphen = QStringLiteral("b") + QChar(0x2011) + QStringLiteral("0001");
    const QString cyrillicB = QString(QChar(0x0432)) + QStringLiteral("-0001");
    QCOMPARE(ServerText::visibleId(plain), plain);
    QCOMPARE(ServerText::visibleId(QStringLiteral("-OPXR1F82I0cRYJPcHNo")),
             QStringLiteral("-OPXR1F82I0cRYJPcHNo"));
    QCOMPARE(ServerText::visibleId(unicodeHyphen), QStringLiteral("b\\u{2010}0001"));
    const QStringList shown{ServerText::visibleId(plain), ServerText::visibleId(unicodeHyphen),
                            ServerText::visibleId(nonBreakingHyphen), ServerText::visibleId(cyrillicB)};
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), 4);
    QCOMPARE(ServerText::visibleId(QStringLiteral("a b")), QStringLiteral("a\\x20b"));
    QCOMPARE(ServerText::visibleId(QStringLiteral("é")), QStringLiteral("\\xE9"));
    // An ID that spells out an escape is not shown like the ID holding the character.
    QCOMPARE(ServerText::visibleId(QStringLiteral("b\\u{2010}0001")), QStringLiteral("b\\x5Cu{2010}0001"));
}

void TestServerText::isolatedWrapsInIsolates()
{
    const QString text = ServerText::isolated(QStringLiteral("abc"));
    QCOMPARE(text.size(), 5);
    QCOMPARE(text.front(), QChar(0x2068));
    QCOMPARE(text.back(), QChar(0x2069));
}

void TestServerText::redactsTheTokenWhereverItIs()
{
    const QString token = QStringLiteral("tok_live_9f8e7d6c5b4a");
    const QStringList secrets{token};
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("Invalid key ") + token, secrets),
             QStringLiteral("Invalid key [hidden]"));
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("x") + token + token + QStringLiteral("y"), secrets),
             QStringLiteral("x[hidden][hidden]y"));
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("Authorization: Bearer ") + token, secrets),
             QStringLiteral("Authorization: Bearer [hidden]"));
    // Any credential after "Bearer", even one that is not ours.
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("BEARER other-token"), {}),
             QStringLiteral("BEARER [hidden]"));
    // Percent-encoded, as it would appear in an echoed URL.
    const QString special = QStringLiteral("tok/with+special=");
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("q=tok%2Fwith%2Bspecial%3D"), {special}),
             QStringLiteral("q=[hidden]"));
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("nothing secret"), secrets),
             QStringLiteral("nothing secret"));
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("kept"), {QString()}), QStringLiteral("kept"));
    // A control character followed by the rest of the token: escaped for JSON or for a shown line
    // ("\t" for a tab), it would spell the whole token (a fuzzer found this).
    const QString tail = token.mid(1);
    QCOMPARE(SecretRedaction::redacted(QStringLiteral("x\t") + tail, secrets), QStringLiteral("x[hidden]"));
    const QJsonObject answer{{QStringLiteral("message"), QStringLiteral("\t") + tail}};
    QVERIFY(!QJsonDocument(SecretRedaction::redacted(answer, secrets)).toJson().contains(token.toUtf8()));
}

void TestServerText::redactsEveryStringOfAnAnswer()
{
    const QString token = QStringLiteral("tok_live_9f8e7d6c5b4a");
    const QJsonObject answer{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("message"), QStringLiteral("hello ") + token},
        {token, QStringLiteral("as a key")},
        {QStringLiteral("files"),
         QJsonArray{QJsonObject{{QStringLiteral("fileName"), token + QStringLiteral(".pdf")}}, 42}},
    };
    const QJsonObject redacted = SecretRedaction::redacted(answer, {token});
    const QByteArray text = QJsonDocument(redacted).toJson();
    QVERIFY2(!text.contains(token.toUtf8()), text.constData());
    QCOMPARE(redacted.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(redacted.value(QStringLiteral("message")).toString(), QStringLiteral("hello [hidden]"));
    QCOMPARE(redacted.value(QStringLiteral("files")).toArray().at(1).toInt(), 42);
}

void TestServerText::rejectedValuesAreEchoedOnlyWhenShort()
{
    QCOMPARE(RejectedInput::quotedValue(QStringLiteral("abc")), QStringLiteral("\"abc\""));
    QVERIFY(RejectedInput::quotedValue(QStringLiteral("tok_live_9f8e7d6c5b4a")).isEmpty());
    QVERIFY(RejectedInput::quotedValue(QStringLiteral("1234567")).isEmpty());
    QVERIFY(RejectedInput::quotedValue(QStringLiteral("a\x1b")).isEmpty());
    QVERIFY(RejectedInput::isSafeName(QStringLiteral("concurency")));
    QVERIFY(RejectedInput::isSafeName(QStringLiteral("--concurency")));
    QVERIFY(!RejectedInput::isSafeName(QStringLiteral("tok_live_9f8e7d6c5b4a")));
    QVERIFY(!RejectedInput::isSafeName(QStringLiteral("abc123")));
}

QTEST_GUILESS_MAIN(TestServerText)
#include "tst_servertext.moc"
