// The last stop before an irreversible deletion (PRODUCT.md, core flow step 2): what the dialog shows,
// when "Delete batch" becomes clickable, and that every accidental key press lands on Cancel.

#include "gui/deletion/confirmdeletedialog.h"
#include "guitesthelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

const QString ConfirmFieldName = QStringLiteral("Type the batch ID to confirm");
const QString DeleteButtonName = QStringLiteral("Delete batch");
const QString CancelButtonName = QStringLiteral("Cancel");

const QString ClassificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
const QString BatchId = QStringLiteral("-OPXR2aBcDeFgHiJkLmN");

DeletionTarget sampleTarget()
{
    DeletionTarget target;
    target.classificationId = ClassificationId;
    target.batchId = BatchId;
    target.apiHost = QStringLiteral("api.extracta.ai");
    return target;
}

QString labelText(const QWidget& dialog, const char* objectName)
{
    const auto* label = dialog.findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

// Shows the dialog the way the main window does (modeless here, so that the test keeps running)
// and waits until it can take keyboard input.
bool showAndActivate(QDialog& dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

} // namespace

class TestConfirmDeleteDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsIdsAndHostWithUnknownWording();
    void showsNameAndFileCountWhenKnown_data();
    void showsNameAndFileCountWhenKnown();
    void showsMarkupLiterally();
    void demoFlagMentionsSandboxInHostLine();
    void accessibleNamesArePresent();
    void confirmationFieldHasFocusWhenShown();
    void deleteEnabledOnlyForExactBatchId_data();
    void deleteEnabledOnlyForExactBatchId();
    void pastedIdWithSurroundingWhitespaceEnablesDelete();
    void editingAwayFromMatchDisablesDeleteAgain();
    void clickingDisabledDeleteDoesNotAccept();
    void clickingEnabledDeleteAccepts();
    void cancelIsDefaultAndClickingItRejects();
    void escapeRejects_data();
    void escapeRejects();
    void enterInMatchingFieldDoesNotDelete_data();
    void enterInMatchingFieldDoesNotDelete();
    void enterOnFocusedDeleteButtonDeletes();
    void serverTextCannotForgeTheDialogsRows();
    void rightToLeftOverrideIsShownNotObeyed();
    void serverTextIsMarkedAsTheServers();
    void lookAlikeIdsAreShownEscaped();
    void nothingIsClippedAtTheNarrowestSize_data();
    void nothingIsClippedAtTheNarrowestSize();
};

void TestConfirmDeleteDialog::showsIdsAndHostWithUnknownWording()
{
    ConfirmDeleteDialog dialog(sampleTarget());

    const QString classification = labelText(dialog, "classificationValue");
    QCOMPARE(classification, ClassificationId);
    const QString name = labelText(dialog, "classificationName");
    QCOMPARE(name, QStringLiteral("not known"));

    const QString batch = labelText(dialog, "batchValue");
    QVERIFY2(batch.contains(BatchId), qPrintable(batch));
    QVERIFY2(batch.contains(QLatin1String("number of files not known")), qPrintable(batch));

    const QString host = labelText(dialog, "hostValue");
    QCOMPARE(host, QStringLiteral("api.extracta.ai"));

    // The dialog says plainly that this is for good (wherever in its labels it says it).
    QStringList texts;
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (const QLabel* each : labels)
        texts << each->text();
    const QString allText = texts.join(QLatin1Char(' '));
    QVERIFY2(allText.contains(QLatin1String("permanently"), Qt::CaseInsensitive), qPrintable(allText));
    QVERIFY2(allText.contains(QLatin1String("cannot be undone"), Qt::CaseInsensitive), qPrintable(allText));
    QVERIFY2(allText.contains(QLatin1String("results and files"), Qt::CaseInsensitive), qPrintable(allText));

    QCOMPARE(dialog.target().classificationId, ClassificationId);
    QCOMPARE(dialog.target().batchId, BatchId);
}

void TestConfirmDeleteDialog::showsNameAndFileCountWhenKnown_data()
{
    QTest::addColumn<int>("fileCount");
    QTest::addColumn<QString>("expectedCount");

    QTest::newRow("no files") << 0 << QStringLiteral("(0 file");
    QTest::newRow("one file") << 1 << QStringLiteral("(1 file");
    QTest::newRow("seven files") << 7 << QStringLiteral("(7 file");
    QTest::newRow("many files") << 250 << QStringLiteral("(250 file");
}

void TestConfirmDeleteDialog::showsNameAndFileCountWhenKnown()
{
    QFETCH(int, fileCount);
    QFETCH(QString, expectedCount);

    DeletionTarget target = sampleTarget();
    target.classificationName = QStringLiteral("Invoices and receipts");
    target.fileCount = fileCount;
    ConfirmDeleteDialog dialog(target);

    const QString classification = labelText(dialog, "classificationValue");
    QCOMPARE(classification, ClassificationId);
    const QString name = labelText(dialog, "classificationName");
    QVERIFY2(name.contains(QLatin1String("Invoices and receipts")), qPrintable(name));
    QVERIFY2(!name.contains(QLatin1String("not known")), qPrintable(name));

    const QString batch = labelText(dialog, "batchValue");
    QVERIFY2(batch.contains(BatchId), qPrintable(batch));
    QVERIFY2(batch.contains(expectedCount), qPrintable(batch));
    QVERIFY2(!batch.contains(QLatin1String("not known")), qPrintable(batch));
    QVERIFY2(!batch.contains(QLatin1String("%n")) && !batch.contains(QLatin1String("%1")), qPrintable(batch));
}

void TestConfirmDeleteDialog::showsMarkupLiterally()
{
    DeletionTarget target;
    target.classificationId = QStringLiteral("<b>x</b>");
    target.classificationName = QStringLiteral("<i>name</i> & <a href=\"http://evil.example\">co</a>");
    target.batchId = QStringLiteral("<b>y</b>");
    target.fileCount = 2;
    target.apiHost = QStringLiteral("<u>host</u>");
    ConfirmDeleteDialog dialog(target);

    const struct
    {
        const char* objectName;
        QString mustContain;
    } expectations[] = {
        {"classificationValue", QStringLiteral("<b>x</b>")},
        {"classificationName", QStringLiteral("<i>name</i> & <a href=\"http://evil.example\">co</a>")},
        {"batchValue", QStringLiteral("<b>y</b>")},
        {"hostValue", QStringLiteral("<u>host</u>")},
    };
    for (const auto& expected : expectations) {
        const auto* label = dialog.findChild<QLabel*>(QLatin1String(expected.objectName));
        QVERIFY2(label, expected.objectName);
        // Plain text: the tags are shown as typed, never interpreted (no bold, no links).
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(expected.mustContain), qPrintable(label->text()));
        QVERIFY(!label->openExternalLinks());
    }

    // The ID with markup is still what must be typed, character for character.
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QTest::keyClicks(edit, QStringLiteral("y"));
    QVERIFY(!deleteButton->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("<b>y</b>"));
    QVERIFY(deleteButton->isEnabled());
}

void TestConfirmDeleteDialog::demoFlagMentionsSandboxInHostLine()
{
    DeletionTarget target = sampleTarget();
    target.apiHost = QStringLiteral("127.0.0.1:40123");

    {
        ConfirmDeleteDialog realDialog(target);
        const QString host = labelText(realDialog, "hostValue");
        QVERIFY2(host.contains(QLatin1String("127.0.0.1:40123")), qPrintable(host));
        QVERIFY2(!host.contains(QLatin1String("sandbox"), Qt::CaseInsensitive), qPrintable(host));
    }

    target.demo = true;
    ConfirmDeleteDialog demoDialog(target);
    const QString host = labelText(demoDialog, "hostValue");
    QVERIFY2(host.contains(QLatin1String("127.0.0.1:40123")), qPrintable(host));
    QVERIFY2(host.contains(QLatin1String("sandbox"), Qt::CaseInsensitive), qPrintable(host));
}

void TestConfirmDeleteDialog::accessibleNamesArePresent()
{
    ConfirmDeleteDialog dialog(sampleTarget());

    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    auto* cancelButton = findByAccessibleName<QPushButton>(&dialog, CancelButtonName);
    QVERIFY2(edit, "no line edit named \"Type the batch ID to confirm\"");
    QVERIFY2(deleteButton, "no button named \"Delete batch\"");
    QVERIFY2(cancelButton, "no button named \"Cancel\"");
    QVERIFY(deleteButton != cancelButton);

    // The visible texts say the same thing as the accessible names.
    QVERIFY2(deleteButton->text().remove(QLatin1Char('&')).contains(QLatin1String("Delete batch")),
             qPrintable(deleteButton->text()));
    QVERIFY2(cancelButton->text().remove(QLatin1Char('&')).contains(QLatin1String("Cancel")),
             qPrintable(cancelButton->text()));
}

void TestConfirmDeleteDialog::confirmationFieldHasFocusWhenShown()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    QVERIFY(edit);

    QVERIFY(showAndActivate(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
    QVERIFY(edit->hasFocus());
    QVERIFY(edit->text().isEmpty());

    // Keys typed straight after the dialog opens land in the confirmation field.
    QTest::keyClicks(QApplication::focusWidget(), BatchId);
    QCOMPARE(edit->text(), BatchId);
}

void TestConfirmDeleteDialog::deleteEnabledOnlyForExactBatchId_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");

    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("wrong ID") << QStringLiteral("-OPXR9zzzzzzzzzzzzzz") << false;
    QTest::newRow("classification ID instead") << ClassificationId << false;
    QTest::newRow("prefix") << BatchId.left(BatchId.size() - 1) << false;
    QTest::newRow("one character more") << BatchId + QLatin1Char('x') << false;
    QTest::newRow("without the leading dash") << BatchId.mid(1) << false;
    QTest::newRow("upper case") << BatchId.toUpper() << false;
    QTest::newRow("lower case") << BatchId.toLower() << false;
    QTest::newRow("inner space") << BatchId.left(6) + QLatin1Char(' ') + BatchId.mid(6) << false;
    QTest::newRow("exact") << BatchId << true;
    QTest::newRow("exact with surrounding spaces") << QStringLiteral("  %1  ").arg(BatchId) << true;
}

void TestConfirmDeleteDialog::deleteEnabledOnlyForExactBatchId()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);

    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));

    QVERIFY2(!deleteButton->isEnabled(), "\"Delete batch\" must start disabled");
    QVERIFY(!dialog.isConfirmationComplete());

    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->text(), typed);
    QCOMPARE(deleteButton->isEnabled(), enabled);
    QCOMPARE(dialog.isConfirmationComplete(), enabled);

    // The hint next to the field tells the user where they stand, in words.
    const QString hint = labelText(dialog, "matchHint");
    QVERIFY2(!hint.isEmpty(), "the match hint is empty");
    QCOMPARE(hint.contains(QLatin1String("now enabled"), Qt::CaseInsensitive), enabled);
}

void TestConfirmDeleteDialog::pastedIdWithSurroundingWhitespaceEnablesDelete()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));

    QClipboard* clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard);
    // What a copy from a table cell or a terminal tends to carry along.
    clipboard->setText(QStringLiteral(" \t%1 ").arg(BatchId));
    QTRY_VERIFY(clipboard->text().contains(BatchId));

    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(edit->text().contains(BatchId), qPrintable(edit->text()));
    QVERIFY(edit->text() != BatchId); // the whitespace really arrived
    QVERIFY(deleteButton->isEnabled());

    // A pasted wrong ID with the same whitespace stays refused.
    edit->clear();
    QVERIFY(!deleteButton->isEnabled());
    clipboard->setText(QStringLiteral(" %1 ").arg(BatchId.toLower()));
    QTRY_VERIFY(clipboard->text().contains(BatchId.toLower()));
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
    QVERIFY2(edit->text().contains(BatchId.toLower()), qPrintable(edit->text()));
    QVERIFY(!deleteButton->isEnabled());
}

void TestConfirmDeleteDialog::editingAwayFromMatchDisablesDeleteAgain()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));

    // Typing the ID character by character: disabled at every step before the last.
    for (qsizetype i = 0; i < BatchId.size(); ++i) {
        QVERIFY2(!deleteButton->isEnabled(), qPrintable(edit->text()));
        QTest::keyClick(edit, BatchId.at(i).toLatin1());
    }
    QCOMPARE(edit->text(), BatchId);
    QVERIFY(deleteButton->isEnabled());

    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(edit, BatchId.right(1));
    QVERIFY(deleteButton->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("Z"));
    QVERIFY(!deleteButton->isEnabled());
}

void TestConfirmDeleteDialog::clickingDisabledDeleteDoesNotAccept()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::keyClicks(edit, BatchId.left(5));
    QVERIFY(!deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    // Its keyboard mnemonic (Alt+D) must not get around the disabled state either.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QCoreApplication::processEvents();

    QCOMPARE(accepted.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
}

void TestConfirmDeleteDialog::clickingEnabledDeleteAccepts()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);

    QTest::keyClicks(edit, BatchId);
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);

    QCOMPARE(accepted.count(), 1);
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestConfirmDeleteDialog::cancelIsDefaultAndClickingItRejects()
{
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    auto* cancelButton = findByAccessibleName<QPushButton>(&dialog, CancelButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(cancelButton);
    QVERIFY(showAndActivate(dialog));

    QVERIFY(cancelButton->isDefault());
    QVERIFY(!deleteButton->isDefault());
    // Even once the ID matches, the delete button does not take over as default.
    QTest::keyClicks(edit, BatchId);
    QVERIFY(deleteButton->isEnabled());
    QVERIFY(cancelButton->isDefault());
    QVERIFY(!deleteButton->isDefault());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::mouseClick(cancelButton, Qt::LeftButton);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestConfirmDeleteDialog::escapeRejects_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("empty field") << QString();
    QTest::newRow("partial ID") << BatchId.left(4);
    QTest::newRow("matching ID") << BatchId;
}

void TestConfirmDeleteDialog::escapeRejects()
{
    QFETCH(QString, typed);

    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    QVERIFY(edit);
    QVERIFY(showAndActivate(dialog));
    QTest::keyClicks(edit, typed);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy finished(&dialog, &QDialog::finished);
    // Escape pressed where the keyboard focus is: in the confirmation field.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(!dialog.isVisible());
}

void TestConfirmDeleteDialog::enterInMatchingFieldDoesNotDelete_data()
{
    QTest::addColumn<int>("key");

    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter);
}

void TestConfirmDeleteDialog::enterInMatchingFieldDoesNotDelete()
{
    QFETCH(int, key);

    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(edit);
    QVERIFY(deleteButton);
    QVERIFY(showAndActivate(dialog));

    QTest::keyClicks(edit, BatchId);
    QVERIFY(deleteButton->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy finished(&dialog, &QDialog::finished);
    // A habitual Enter after typing the ID must not delete: Cancel is the default button, so Enter
    // cancels. The deletion takes a deliberate click (or Tab to the button and Space).
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key));

    QCOMPARE(accepted.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

void TestConfirmDeleteDialog::enterOnFocusedDeleteButtonDeletes()
{
    // Keyboard users Tab to "Delete batch" on purpose; Enter there presses it (not the default Cancel).
    ConfirmDeleteDialog dialog(sampleTarget());
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QVERIFY(showAndActivate(dialog));
    QTest::keyClicks(edit, BatchId);
    QSignalSpy finished(&dialog, &QDialog::finished);
    deleteButton->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(deleteButton));
    QTest::keyClick(deleteButton, Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
}

namespace {

QStringList allLabelTexts(const QWidget& dialog)
{
    QStringList texts;
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts << label->text();
    return texts;
}

// Anything that would break a label's text into lines or reorder it.
bool hasLineBreakOrBidiControl(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c.unicode() == 0x2028 ||
               c.unicode() == 0x2029 || (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
               c.unicode() == 0x200E || c.unicode() == 0x200F;
    });
}

} // namespace

void TestConfirmDeleteDialog::serverTextCannotForgeTheDialogsRows()
{
    // The review's forgery: a name whose line breaks lay out a decoy block above the real rows.
    DeletionTarget target = sampleTarget();
    target.classificationName = QStringLiteral("Invoices\nBatch: b-DECOY (0 files)\nFiles: none\r\n");
    target.fileCount = 3;
    target.fileNames = {QStringLiteral("a.pdf\u2028Batch: b-DECOY"), QStringLiteral("b.pdf\nAPI host: evil"),
                        QStringLiteral("c.pdf\u2029x")};
    ConfirmDeleteDialog dialog(target);
    QVERIFY(showAndActivate(dialog));

    const QStringList texts = allLabelTexts(dialog);
    for (const QString& text : texts)
        QVERIFY2(!hasLineBreakOrBidiControl(text), qPrintable(text));
    // The line breaks are there to see, as escapes, on one line.
    QVERIFY2(texts.join(QLatin1Char('|'))
                 .contains(QLatin1String("Invoices\\nBatch: b-DECOY (0 files)\\nFiles: none")),
             qPrintable(texts.join(QLatin1Char('|'))));
    // Only the dialog's own captions start a row.
    for (const QString& caption :
         {QStringLiteral("Batch:"), QStringLiteral("Files"), QStringLiteral("API host:")}) {
        const auto rows = std::count_if(texts.cbegin(), texts.cend(),
                                        [&](const QString& text) { return text.startsWith(caption); });
        QVERIFY2(rows == 1, qPrintable(caption + QLatin1String(": ") + texts.join(QLatin1Char('|'))));
    }
}

void TestConfirmDeleteDialog::rightToLeftOverrideIsShownNotObeyed()
{
    DeletionTarget target = sampleTarget();
    target.classificationName = QStringLiteral("\u202Eseciovni");
    target.fileCount = 1;
    target.fileNames = {QStringLiteral("invoice\u202Efdp.exe")};
    ConfirmDeleteDialog dialog(target);
    QVERIFY(showAndActivate(dialog));

    const QString all = allLabelTexts(dialog).join(QLatin1Char('|'));
    QVERIFY2(all.contains(QLatin1String("invoice\\u{202E}fdp.exe")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\\u{202E}seciovni")), qPrintable(all));
    QVERIFY2(!all.contains(QChar(0x202E)), qPrintable(all));
}

void TestConfirmDeleteDialog::serverTextIsMarkedAsTheServers()
{
    DeletionTarget target = sampleTarget();
    target.classificationName = QStringLiteral("Invoices and receipts");
    target.fileCount = 1;
    target.fileNames = {QStringLiteral("a.pdf")};
    ConfirmDeleteDialog dialog(target);
    QVERIFY(showAndActivate(dialog));

    // Quoted, isolated (right-to-left text in it cannot reorder the quotes), in italics, under a
    // caption that says whose words they are.
    const QString quotedName = QStringLiteral("“\u2068Invoices and receipts\u2069”");
    const QString quotedFile = QStringLiteral("“\u2068a.pdf\u2069”");
    int found = 0;
    const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->text() != quotedName && label->text() != quotedFile)
            continue;
        ++found;
        QVERIFY(label->font().italic());
        // Tall enough for what italic glyphs draw below the line (a "p" in "receipts").
        QVERIFY2(label->height() >= label->fontMetrics().boundingRect(label->text()).height(),
                 qPrintable(QString::number(label->height())));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(!label->wordWrap());
    }
    QCOMPARE(found, 2);
    const QString all = allLabelTexts(dialog).join(QLatin1Char('|'));
    QVERIFY2(all.contains(QLatin1String("from the server")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("named by the server")), qPrintable(all));
}

void TestConfirmDeleteDialog::lookAlikeIdsAreShownEscaped()
{
    // U+2010 HYPHEN passes the ID validation (it is an ID of its own) but reads like "-".
    DeletionTarget target = sampleTarget();
    target.classificationId = QStringLiteral("c\u2010001");
    target.batchId = QStringLiteral("b\u20100001");
    ConfirmDeleteDialog dialog(target);
    QVERIFY(showAndActivate(dialog));

    const QString all = allLabelTexts(dialog).join(QLatin1Char('|'));
    QVERIFY2(all.contains(QLatin1String("b\\u{2010}0001")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("c\\u{2010}001")), qPrintable(all));
    QVERIFY2(!all.contains(QChar(0x2010)), qPrintable(all));

    // What looks like the ID is not it; the ID as shown, or the real one pasted, is.
    auto* edit = findByAccessibleName<QLineEdit>(&dialog, ConfirmFieldName);
    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, DeleteButtonName);
    QTest::keyClicks(edit, QStringLiteral("b-0001"));
    QVERIFY(!deleteButton->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("b\\u{2010}0001"));
    QVERIFY(deleteButton->isEnabled());
    edit->setText(target.batchId);
    QVERIFY(deleteButton->isEnabled());
}

void TestConfirmDeleteDialog::nothingIsClippedAtTheNarrowestSize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("fileCount");

    const QString longName = QStringLiteral(
        "Quarterly supplier invoices, credit notes and delivery receipts for the northern region, "
        "kept for the annual audit and then removed");
    QTest::newRow("long name, more files than shown") << longName << 7;
    QTest::newRow("long name, files not known") << longName << -1;
    QTest::newRow("no name, no files") << QString() << 0;
}

void TestConfirmDeleteDialog::nothingIsClippedAtTheNarrowestSize()
{
    QFETCH(QString, name);
    QFETCH(int, fileCount);

    DeletionTarget target = sampleTarget();
    target.classificationName = name;
    target.fileCount = fileCount;
    for (int i = 0; i < qMax(0, fileCount); ++i)
        target.fileNames
            << QStringLiteral("scan-%1-of-the-northern-region-delivery-receipts-2026.pdf").arg(i);
    ConfirmDeleteDialog dialog(target);
    QVERIFY(showAndActivate(dialog));
    QVERIFY2(clippedWidgets(&dialog).isEmpty(), qPrintable(clippedWidgets(&dialog).join(QLatin1Char('\n'))));

    // Made as small as the window allows: still nothing cut, and the "… and 2 more" line is there.
    dialog.resize(120, 80);
    QTRY_VERIFY(dialog.layout()->geometry().size() == dialog.size());
    QVERIFY2(dialog.width() < 600, "the dialog must be able to shrink for small screens");
    QVERIFY2(clippedWidgets(&dialog).isEmpty(), qPrintable(clippedWidgets(&dialog).join(QLatin1Char('\n'))));
    // The IDs are read as a whole: "-OPXR…" never breaks after its leading hyphen.
    for (const char* id : {"classificationValue", "batchValue"}) {
        const auto* label = dialog.findChild<QLabel*>(QLatin1String(id));
        QVERIFY2(label->height() < 2 * label->fontMetrics().lineSpacing(), id);
    }
    if (fileCount > DeletionTarget::FileNamesShown) {
        const auto labels = dialog.findChildren<QLabel*>();
        const bool saysMore = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->isVisible() && label->text() == QStringLiteral("… and 2 more");
        });
        QVERIFY(saysMore);
    }
}

QTEST_MAIN(TestConfirmDeleteDialog)
#include "tst_confirmdeletedialog.moc"
