// "Add IDs…" (issue 3, catalogue ways in): good lines are handed over, bad lines stay in the box
// with their line numbers so that nothing typed is lost, and a CSV file is read with the same rules.

#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/storage/cataloguestore.h"
#include "core/storage/database.h"
#include "gui/bulk/addidsdialog.h"
#include "guitesthelpers.h"

#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString IdsFieldName = QStringLiteral("IDs to add");
const QString ClassificationA = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
const QString ClassificationB = QStringLiteral("-OPXS7kLm3NbV2cXz9Qa");
const QString BatchA = QStringLiteral("-OPXR2aBcDeFgHiJkLmN");
const QString BatchB = QStringLiteral("-OPXR3xYzAbCdEfGhIjK");
const QString BatchC = QStringLiteral("-OPXR4qRsTuVwXyZaBcD");

// The catalogue the dialog adds to, in a throwaway database (no token: nothing is looked up).
struct Catalogue
{
    QTemporaryDir dir;
    Database database{QStringLiteral("tst_addidsdialog")};
    bool opened = database.open(dir.filePath(QStringLiteral("data.sqlite3"))).ok;
    QNetworkAccessManager network;
    ExtractaClient client{&network};
    CatalogueService service{database, client};
};

// The summary of adding this many new batches and classifications (the IDs do not matter).
QString added(int batches, int classifications, int known = 0)
{
    AddedEntries counts;
    for (int i = 0; i < batches; ++i)
        counts.batches << IdPair{ClassificationA, QString::number(i)};
    for (int i = 0; i < classifications; ++i)
        counts.classifications << QString::number(i);
    counts.alreadyKnown = known;
    return AddIdsDialog::describeAdded(counts);
}

QList<IdPair> emitted(const QSignalSpy& spy)
{
    QList<IdPair> all;
    for (const QList<QVariant>& call : spy)
        all += call.at(0).value<QList<IdPair>>();
    return all;
}

QStringList problemTexts(const AddIdsDialog& dialog)
{
    const auto* list = dialog.findChild<QListWidget*>(QStringLiteral("problemList"));
    QStringList texts;
    if (!list)
        return {QStringLiteral("<no problem list>")};
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

QString summaryText(const AddIdsDialog& dialog)
{
    const auto* label = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    return label ? label->text() : QStringLiteral("<no summary label>");
}

QPushButton* buttonWithText(QWidget* root, const QString& text)
{
    const QList<QPushButton*> buttons = root->findChildren<QPushButton*>();
    for (QPushButton* button : buttons) {
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

bool showAndActivate(QDialog& dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestAddIdsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accessibleNamesAndMonospaceField();
    void goodPasteEmitsEntriesAndAccepts();
    void mixedPasteKeepsOnlyBadLines();
    void fixedLinesCanBeAddedAgain();
    void onlyBadLinesEmitNothing();
    void emptyTextStaysOpen();
    void manyProblemsAreCapped();
    void markupInProblemsIsShownLiterally();
    void importFileEmitsItsEntries();
    void importFileWithBadLinesListsThem();
    void importKeepsTypedTextAndStaysOpen();
    void importMissingFileReportsError();
    void cancelEmitsNothing();
    void escapeEmitsNothing();
    void longListGoesInWithProgress();
    void importStaysWithTheCatalogueItStartedIn();
};

void TestAddIdsDialog::initTestCase()
{
    qRegisterMetaType<QList<IdPair>>();
}

void TestAddIdsDialog::accessibleNamesAndMonospaceField()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    auto* edit = findByAccessibleName<QPlainTextEdit>(&dialog, IdsFieldName);
    QVERIFY2(edit, "no text box named \"IDs to add\"");
    // Monospace, measured rather than asked: some mono fonts do not declare themselves fixed-pitch.
    const QFontMetrics metrics(edit->font());
    QCOMPARE(metrics.horizontalAdvance(QStringLiteral("iiii1lI-")),
             metrics.horizontalAdvance(QStringLiteral("WWWWMMM@")));
    QVERIFY(findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Add")));
    QVERIFY(findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Cancel")));
    QVERIFY(findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Import CSV…")));

    auto* addButton = buttonWithText(&dialog, QStringLiteral("Add"));
    QVERIFY(addButton);
    QVERIFY(addButton->isDefault());
    QVERIFY(addButton->text().contains(QLatin1Char('&'))); // has a mnemonic

    // The help paragraph names every accepted form.
    const auto* help = dialog.findChild<QLabel*>(QStringLiteral("formatHelp"));
    QVERIFY(help);
    for (const char* word : {"comma", "space", "tab", "header", "blank"})
        QVERIFY2(help->text().contains(QLatin1String(word), Qt::CaseInsensitive), word);

    QVERIFY(showAndActivate(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
}

void TestAddIdsDialog::goodPasteEmitsEntriesAndAccepts()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    dialog.setText(QStringLiteral("classificationId,batchId\n"
                                  "%1,%2\n"
                                  "\n"
                                  "%1 %3\n"
                                  "%4\t%5\n"
                                  "%4\n")
                       .arg(ClassificationA, BatchA, BatchB, ClassificationB, BatchC));
    auto* addButton = buttonWithText(&dialog, QStringLiteral("Add"));
    QVERIFY(addButton);
    QTest::mouseClick(addButton, Qt::LeftButton);

    QTRY_COMPARE(entries.count(), 1);
    const QList<IdPair> expected = {{ClassificationA, BatchA},
                                    {ClassificationA, BatchB},
                                    {ClassificationB, BatchC},
                                    {ClassificationB, QString()}};
    QCOMPARE(emitted(entries), expected);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestAddIdsDialog::mixedPasteKeepsOnlyBadLines()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    const QString badInnerSpace = QStringLiteral("%1,has inner space").arg(ClassificationA);
    const QString badTooLong = QString(300, QLatin1Char('x'));
    const QString badControl = QStringLiteral("%1,bad%2id").arg(ClassificationB, QChar(0x07));
    const QStringList lines = {
        QStringLiteral("classificationId,batchId"),            // 1: header
        QStringLiteral("%1,%2").arg(ClassificationA, BatchA),  // 2
        badInnerSpace,                                         // 3
        QString(),                                             // 4
        ClassificationB,                                       // 5
        badTooLong,                                            // 6
        QStringLiteral("%1\t%2").arg(ClassificationB, BatchC), // 7
        badControl,                                            // 8
    };
    auto* edit = findByAccessibleName<QPlainTextEdit>(&dialog, IdsFieldName);
    QVERIFY(edit);
    edit->setPlainText(lines.join(QLatin1Char('\n')));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // the "&Add" mnemonic (an animated click)

    QTRY_COMPARE(entries.count(), 1);
    const QList<IdPair> expected = {
        {ClassificationA, BatchA}, {ClassificationB, QString()}, {ClassificationB, BatchC}};
    QCOMPARE(emitted(entries), expected);

    // Still open, with exactly the lines that need fixing, in their original order.
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(edit->toPlainText(),
             QStringList({badInnerSpace, badTooLong, badControl}).join(QLatin1Char('\n')));

    const QStringList problems = problemTexts(dialog);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("Line 3: ")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QLatin1String("Line 6: ")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QLatin1String("Line 8: ")), qPrintable(problems.at(2)));
    for (const QString& problem : problems)
        QVERIFY2(problem.size() > QStringLiteral("Line 3: ").size(), qPrintable(problem)); // has a message

    const QString summary = summaryText(dialog);
    QVERIFY2(summary.contains(added(2, 2)), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("3 lines need attention")), qPrintable(summary));
}

void TestAddIdsDialog::fixedLinesCanBeAddedAgain()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    dialog.setText(QStringLiteral("%1,%2\n%1,%3 typo\n").arg(ClassificationA, BatchA, BatchB));
    dialog.addFromText();
    QTRY_VERIFY(!dialog.isAdding());
    QTRY_COMPARE(entries.count(), 1);
    QCOMPARE(dialog.text(), QStringLiteral("%1,%2 typo").arg(ClassificationA, BatchB));
    QCOMPARE(problemTexts(dialog).size(), 1);
    QVERIFY(problemTexts(dialog).at(0).startsWith(QLatin1String("Line 2: ")));

    // The user fixes the remaining line in place and adds again: the dialog now closes.
    auto* edit = findByAccessibleName<QPlainTextEdit>(&dialog, IdsFieldName);
    QVERIFY(edit);
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->toPlainText(), QStringLiteral("%1,%2").arg(ClassificationA, BatchB));
    QTest::mouseClick(buttonWithText(&dialog, QStringLiteral("Add")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isAdding());

    QTRY_COMPARE(entries.count(), 2);
    QCOMPARE(entries.at(1).at(0).value<QList<IdPair>>(), QList<IdPair>({{ClassificationA, BatchB}}));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAddIdsDialog::onlyBadLinesEmitNothing()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    const QString text = QStringLiteral("a b c d\n\n%1,with space").arg(ClassificationA);
    dialog.setText(text);
    dialog.addFromText();
    QTRY_VERIFY(!dialog.isAdding());

    QCOMPARE(entries.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.text(), QStringLiteral("a b c d\n%1,with space").arg(ClassificationA));
    const QStringList problems = problemTexts(dialog);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("Line 1: ")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QLatin1String("Line 3: ")), qPrintable(problems.at(1)));
    QVERIFY2(summaryText(dialog).contains(QLatin1String("Nothing added")), qPrintable(summaryText(dialog)));
}

void TestAddIdsDialog::emptyTextStaysOpen()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    dialog.setText(QStringLiteral("\n   \n"));
    dialog.addFromText();
    QTRY_VERIFY(!dialog.isAdding());

    QCOMPARE(entries.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(summaryText(dialog).contains(QLatin1String("Nothing to add")), qPrintable(summaryText(dialog)));
}

void TestAddIdsDialog::manyProblemsAreCapped()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);

    QStringList lines;
    lines << QStringLiteral("%1,%2").arg(ClassificationA, BatchA);
    for (int i = 0; i < 120; ++i)
        lines << QStringLiteral("bad line %1").arg(i);
    dialog.setText(lines.join(QLatin1Char('\n')));
    dialog.addFromText();
    QTRY_VERIFY(!dialog.isAdding());

    QTRY_COMPARE(entries.count(), 1);
    QCOMPARE(dialog.text(), lines.mid(1).join(QLatin1Char('\n'))); // all 120 kept, none lost
    const QStringList problems = problemTexts(dialog);
    QCOMPARE(problems.size(), AddIdsDialog::MaxProblemsShown + 1);
    QVERIFY2(problems.first().startsWith(QLatin1String("Line 2: ")), qPrintable(problems.first()));
    QVERIFY2(problems.at(AddIdsDialog::MaxProblemsShown - 1).startsWith(QLatin1String("Line 51: ")),
             qPrintable(problems.at(AddIdsDialog::MaxProblemsShown - 1)));
    QVERIFY2(problems.last().contains(QLatin1String("70 more")), qPrintable(problems.last()));
    QVERIFY2(summaryText(dialog).contains(QLatin1String("120 lines need attention")),
             qPrintable(summaryText(dialog)));
}

void TestAddIdsDialog::markupInProblemsIsShownLiterally()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    dialog.setText(QStringLiteral("<b>x</b> <i>y</i> z"));
    dialog.addFromText();
    QTRY_VERIFY(!dialog.isAdding());
    const auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    QCOMPARE(dialog.text(), QStringLiteral("<b>x</b> <i>y</i> z"));
}

void TestAddIdsDialog::importFileEmitsItsEntries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ids.csv"));
    const QByteArray csv = QByteArray("\xEF\xBB\xBF") + "classificationId,batchId\r\n" +
                           ClassificationA.toUtf8() + "," + BatchA.toUtf8() + "\r\n" + "\"" +
                           ClassificationB.toUtf8() + "\",\"" + BatchC.toUtf8() + "\"\r\n" + "\r\n" +
                           ClassificationB.toUtf8() + "\r\n";
    QVERIFY(writeFile(path, csv));

    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.importFile(path);
    QTRY_VERIFY(!dialog.isAdding());

    QTRY_COMPARE(entries.count(), 1);
    const QList<IdPair> expected = {
        {ClassificationA, BatchA}, {ClassificationB, BatchC}, {ClassificationB, QString()}};
    QCOMPARE(emitted(entries), expected);
    // Nothing typed was left behind, so a clean import closes the dialog like Add does.
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestAddIdsDialog::importFileWithBadLinesListsThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mixed.csv"));
    const QByteArray csv = "classificationId,batchId\r\n" + ClassificationA.toUtf8() + "," + BatchA.toUtf8() +
                           "\r\n" + "not an id at all\r\n" + ClassificationB.toUtf8() + "," +
                           BatchC.toUtf8() + "\r\n";
    QVERIFY(writeFile(path, csv));

    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.importFile(path);
    QTRY_VERIFY(!dialog.isAdding());

    QTRY_COMPARE(entries.count(), 1);
    const QList<IdPair> expected = {{ClassificationA, BatchA}, {ClassificationB, BatchC}};
    QCOMPARE(emitted(entries), expected);
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.text().isEmpty()); // the file is not copied into the box
    const QStringList problems = problemTexts(dialog);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).startsWith(QLatin1String("Line 3: ")), qPrintable(problems.at(0)));
    const QString summary = summaryText(dialog);
    QVERIFY2(summary.contains(QLatin1String("mixed.csv")), qPrintable(summary));
    QVERIFY2(
        summary.contains(added(2, 2) + QLatin1Char(' ') +
                         QCoreApplication::translate("AddIdsDialog", "%n lines need attention.", nullptr, 1)),
        qPrintable(summary));
}

void TestAddIdsDialog::importKeepsTypedTextAndStaysOpen()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("good.csv"));
    QVERIFY(writeFile(path, ClassificationA.toUtf8() + "," + BatchA.toUtf8() + "\n"));

    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    const QString typed = QStringLiteral("%1 %2").arg(ClassificationB, BatchC);
    dialog.setText(typed);
    dialog.importFile(path);
    QTRY_VERIFY(!dialog.isAdding());

    QTRY_COMPARE(entries.count(), 1);
    QCOMPARE(emitted(entries), QList<IdPair>({{ClassificationA, BatchA}}));
    // What the user typed is neither added behind their back nor thrown away.
    QCOMPARE(finished.count(), 0);
    QCOMPARE(dialog.text(), typed);
}

void TestAddIdsDialog::importMissingFileReportsError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);

    dialog.importFile(dir.filePath(QStringLiteral("missing.csv")));
    QTRY_VERIFY(!dialog.isAdding());
    QCOMPARE(entries.count(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY2(summaryText(dialog).contains(QLatin1String("missing.csv")), qPrintable(summaryText(dialog)));
}

void TestAddIdsDialog::cancelEmitsNothing()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.setText(QStringLiteral("%1,%2").arg(ClassificationA, BatchA));

    auto* cancel = findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QCOMPARE(entries.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestAddIdsDialog::escapeEmitsNothing()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    auto* edit = findByAccessibleName<QPlainTextEdit>(&dialog, IdsFieldName);
    QVERIFY(edit);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
    QTest::keyClicks(edit, QStringLiteral("%1,%2").arg(ClassificationA, BatchA));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);

    QCOMPARE(entries.count(), 0);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

// Issue 11, defect 23: a long list goes into the catalogue a slice per turn of the event loop, with
// a progress bar, while the dialog waits (nothing to press, Escape ignored) and then closes.
void TestAddIdsDialog::longListGoesInWithProgress()
{
    Catalogue catalogue;
    AddIdsDialog dialog(catalogue.service);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy entries(&dialog, &AddIdsDialog::entriesAdded);
    QSignalSpy finished(&dialog, &QDialog::finished);
    const int count = 20000;
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("%1,-Batch%2")
                     .arg(i % 2 ? ClassificationA : ClassificationB)
                     .arg(i, 12, 10, QLatin1Char('0'));
    dialog.setText(lines.join(QLatin1Char('\n')));
    auto* progress = findByAccessibleName<QProgressBar>(&dialog, QStringLiteral("Adding progress"));
    QVERIFY(progress);
    QTest::mouseClick(buttonWithText(&dialog, QStringLiteral("Add")), Qt::LeftButton);

    QVERIFY(dialog.isAdding());
    QVERIFY(!buttonWithText(&dialog, QStringLiteral("Add"))->isEnabled());
    QVERIFY(!buttonWithText(&dialog, QStringLiteral("Cancel"))->isEnabled());
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(dialog.isAdding());
    QVERIFY(progress->value() > 0 && progress->value() < progress->maximum());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(finished.count(), 0);
    QVERIFY(entries.wait(20000));
    QCOMPARE(entries.count(), 1);
    QCOMPARE(entries.at(0).at(1).value<AddedEntries>().batches.size(), count);
    QCOMPARE(catalogue.service.store().batches().size(), count);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

// Issue 11, defect 17: what a long import adds goes into the catalogue (the API host) it started
// in, even when the app switches to another one before it is done.
void TestAddIdsDialog::importStaysWithTheCatalogueItStartedIn()
{
    Catalogue catalogue;
    catalogue.service.setHost(QStringLiteral("first.example"));
    QList<IdPair> entries;
    for (int i = 0; i < 20000; ++i)
        entries << IdPair{ClassificationA, QStringLiteral("-Batch%1").arg(i, 12, 10, QLatin1Char('0'))};
    CatalogueImport* import = catalogue.service.startAdding(entries);
    QSignalSpy progress(import, &CatalogueImport::progress);
    QSignalSpy finished(import, &CatalogueImport::finished);
    QVERIFY(progress.wait(10000));
    QVERIFY(finished.isEmpty());
    catalogue.service.setHost(QStringLiteral("second.example"));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(1).value<AddedEntries>().batches.size(), entries.size());
    QCOMPARE(CatalogueStore(catalogue.database, QStringLiteral("first.example")).batches().size(),
             entries.size());
    QVERIFY(catalogue.service.store().batches().isEmpty());
}

QTEST_MAIN(TestAddIdsDialog)
#include "tst_addidsdialog.moc"
