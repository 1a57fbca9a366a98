// The delete form on its own: which problems it shows and when, when "Delete batch…" can be
// pressed and what the hint says otherwise, the recent IDs it offers, and how picks and a
// deletion change its fields.
#include "appwiring.h"
#include "core/api/activeconnection.h"
#include "core/settings/appsettings.h"
#include "gui/mainwindow/deleteform.h"
#include "guitesthelpers.h"
#include "sampleids.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

using namespace SampleIds;

const auto BatchId = QStringLiteral("-OQb7Kx2LmNn8PqRsTuV");

struct FormHarness : AppWiring
{
    explicit FormHarness(Token token = Token::Session)
        : AppWiring(QStringLiteral("tst_deleteform"))
    {
        startSandbox(token);
        form.setUp(connection, settings);
        form.reloadRecentIds();
        form.validate();
    }

    QComboBox* combo(const char* name)
    {
        return form.findChild<QComboBox*>(QLatin1String(name));
    }
    QLabel* label(const char* name)
    {
        return form.findChild<QLabel*>(QLatin1String(name));
    }
    QPushButton* deleteButton()
    {
        return form.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    }

    DeleteForm form;
};

void type(QComboBox* combo, const QString& text)
{
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), text);
}

} // namespace

class TestDeleteForm : public QObject
{
    Q_OBJECT

private slots:
    void untouchedEmptyFieldsShowNoProblem();
    void aFieldsProblemShowsOnceItWasEdited();
    void deleteIsEnabledForTwoValidIdsAndAReadyConnection();
    void noTokenKeepsDeleteDisabledAndSaysWhy();
    void aRunningRequestLocksTheFormAndQuittingKeepsDeleteOff();
    void recentIdsAreThoseOfTheConnectionInForce();
    void picksFillTheFieldsAndADeletionEmptiesTheBatch();
    void pressingDeleteAsksForADeletion();
};

void TestDeleteForm::untouchedEmptyFieldsShowNoProblem()
{
    FormHarness h;
    QVERIFY(h.label("classificationProblem")->isHidden());
    QVERIFY(h.label("batchProblem")->isHidden());
    QCOMPARE(h.label("actionHint")->text(), QStringLiteral("Enter a valid classification ID and batch ID."));
    QVERIFY(!h.form.canDelete());
}

void TestDeleteForm::aFieldsProblemShowsOnceItWasEdited()
{
    FormHarness h;
    type(h.combo("classificationCombo"), QStringLiteral("has space"));
    QVERIFY(!h.label("classificationProblem")->isHidden());
    QCOMPARE(h.label("classificationProblem")->text(), QStringLiteral("⚠ Must not contain spaces."));
    // The other field was not touched: its problem (empty) is not shown yet.
    QVERIFY(h.label("batchProblem")->isHidden());

    // Edited and emptied again, a field says it is required.
    type(h.combo("batchCombo"), QStringLiteral("x"));
    h.combo("batchCombo")->lineEdit()->clear();
    QVERIFY(!h.label("batchProblem")->isHidden());
    QCOMPARE(h.label("batchProblem")->text(), QStringLiteral("⚠ Required."));

    type(h.combo("classificationCombo"), InvoicesClassification);
    QVERIFY(h.label("classificationProblem")->isHidden());
    QCOMPARE(h.form.classificationId(), InvoicesClassification);
}

void TestDeleteForm::deleteIsEnabledForTwoValidIdsAndAReadyConnection()
{
    FormHarness h;
    QSignalSpy validated(&h.form, &DeleteForm::validated);
    QSignalSpy edited(&h.form, &DeleteForm::idsEdited);
    type(h.combo("classificationCombo"), InvoicesClassification);
    QVERIFY(!h.deleteButton()->isEnabled());
    type(h.combo("batchCombo"), QStringLiteral("  ") + BatchId + QStringLiteral(" "));
    QVERIFY(h.deleteButton()->isEnabled());
    QVERIFY(h.form.canDelete());
    QCOMPARE(h.form.batchId(), BatchId); // as checkId() reads it: trimmed
    QCOMPARE(h.label("actionHint")->text(), QString());
    QVERIFY(!validated.isEmpty());
    QCOMPARE(validated.last().at(0).toBool(), true);
    QCOMPARE(edited.size(), validated.size());
}

void TestDeleteForm::noTokenKeepsDeleteDisabledAndSaysWhy()
{
    FormHarness h(AppWiring::Token::None);
    type(h.combo("classificationCombo"), InvoicesClassification);
    type(h.combo("batchCombo"), BatchId);
    QVERIFY(!h.deleteButton()->isEnabled());
    QCOMPARE(h.label("actionHint")->text(), QStringLiteral("No API token yet: add one in Settings."));
}

void TestDeleteForm::aRunningRequestLocksTheFormAndQuittingKeepsDeleteOff()
{
    FormHarness h;
    h.form.fill(InvoicesClassification, BatchId);
    QVERIFY(h.form.canDelete());
    auto* busyBar = h.form.findChild<QWidget*>(QStringLiteral("busyBar"));
    auto* cancel = h.form.findChild<QPushButton*>(QStringLiteral("cancelRequestButton"));
    QVERIFY(busyBar->isHidden());
    QVERIFY(cancel->isHidden());

    h.form.setRequestRunning(true);
    QVERIFY(!h.form.canDelete());
    QVERIFY(!h.combo("classificationCombo")->isEnabled());
    QVERIFY(!h.combo("batchCombo")->isEnabled());
    QVERIFY(!busyBar->isHidden());
    QVERIFY(!cancel->isHidden());
    QCOMPARE(h.label("actionHint")->text(),
             QStringLiteral("Deleting… You can cancel, but the server may already have acted."));
    QSignalSpy cancelled(&h.form, &DeleteForm::cancelRequested);
    cancel->click();
    QCOMPARE(cancelled.size(), 1);

    h.form.setRequestRunning(false);
    QVERIFY(h.form.canDelete());
    QVERIFY(busyBar->isHidden());
    QVERIFY(h.combo("batchCombo")->isEnabled());

    h.form.setQuitting();
    QVERIFY(!h.form.canDelete());
}

void TestDeleteForm::recentIdsAreThoseOfTheConnectionInForce()
{
    FormHarness h;
    const QString host = h.connection.storageKey();
    h.settings.rememberId(host, AppSettings::IdKind::Classification, InvoicesClassification);
    h.settings.rememberId(host, AppSettings::IdKind::Batch, BatchId);
    h.settings.rememberId(QStringLiteral("elsewhere.example"), AppSettings::IdKind::Batch,
                          QStringLiteral("-OQbOtherHostBatch00"));
    type(h.combo("batchCombo"), QStringLiteral("typed"));
    QSignalSpy edited(&h.form, &DeleteForm::idsEdited);

    h.form.reloadRecentIds();
    QCOMPARE(h.combo("classificationCombo")->count(), 1);
    QCOMPARE(h.combo("classificationCombo")->itemText(0), InvoicesClassification);
    QCOMPARE(h.combo("batchCombo")->count(), 1);
    QCOMPARE(h.combo("batchCombo")->itemText(0), BatchId);
    // What was typed stays, and reloading is no edit.
    QCOMPARE(h.combo("batchCombo")->currentText(), QStringLiteral("typed"));
    QCOMPARE(edited.size(), 0);
}

void TestDeleteForm::picksFillTheFieldsAndADeletionEmptiesTheBatch()
{
    FormHarness h;
    h.form.fill(InvoicesClassification, BatchId);
    QCOMPARE(h.form.classificationId(), InvoicesClassification);
    QCOMPARE(h.form.batchId(), BatchId);

    // The same classification picked again keeps the batch; another one empties it.
    h.form.fillClassification(InvoicesClassification);
    QCOMPARE(h.form.batchId(), BatchId);
    h.form.fillClassification(HrClassification);
    QCOMPARE(h.form.classificationId(), HrClassification);
    QCOMPARE(h.form.batchId(), QString());

    // After a deletion the emptied batch field is untouched again: no "Required." under it.
    h.form.fill(InvoicesClassification, BatchId);
    h.form.clearBatch();
    QCOMPARE(h.form.batchId(), QString());
    h.form.validate();
    QVERIFY(h.label("batchProblem")->isHidden());
}

void TestDeleteForm::pressingDeleteAsksForADeletion()
{
    FormHarness h;
    QSignalSpy requested(&h.form, &DeleteForm::deleteRequested);
    h.form.fill(InvoicesClassification, BatchId);
    QTest::mouseClick(h.deleteButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

QTEST_MAIN(TestDeleteForm)
#include "tst_deleteform.moc"
