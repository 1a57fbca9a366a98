// The confirmations name the connection (issue 14): a band on top of the single and the bulk
// confirmation and the bulk run window, in words and its environment's colour; a bulk deletion on a
// Production connection also wants the connection's name typed, letter case included. Callers that
// give no connection keep the dialogs as they were.
#include "appobjects.h"
#include "core/api/boundconnection.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/connections/connectionband.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/deletion/connectionnameconfirmation.h"
#include "guitesthelpers.h"
#include "sampleids.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

using namespace SampleIds;

const QString Batches[] = {InvoicesFirstBatch, InvoicesSecondBatch, InvoicesThirdBatch};

QString batchId(int n)
{
    return Batches[n];
}

Connection connectionOf(EnvironmentType type, const QString& name)
{
    Connection connection;
    connection.id = QStringLiteral("id-%1").arg(name);
    connection.name = name;
    connection.apiUrl = QStringLiteral("https://api.extracta.ai/api/v1");
    connection.environment = type;
    return connection;
}

QList<DeletionItem> threeItems()
{
    QList<DeletionItem> items;
    for (int i = 0; i < 3; ++i)
        items << DeletionItem{InvoicesClassification, QStringLiteral("Invoices"), batchId(i), 2, false};
    return items;
}

QLineEdit* countField(QWidget* dialog)
{
    return findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the number of batches to confirm"));
}

QLineEdit* nameField(QWidget* dialog)
{
    return findByAccessibleName<QLineEdit>(dialog, QStringLiteral("Type the connection's name to confirm"));
}

QPushButton* deleteButton(QWidget* dialog)
{
    return dialog->findChild<QPushButton*>(QStringLiteral("deleteButton"));
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

DeletionTarget singleTarget()
{
    DeletionTarget target;
    target.classificationId = InvoicesClassification;
    target.batchId = batchId(0);
    target.apiHost = QStringLiteral("api.extracta.ai");
    return target;
}

} // namespace

class TestConnectionConfirmation : public QObject
{
    Q_OBJECT

private slots:
    void nameRuleIsExactAndOnlyForProduction();
    void productionBulkConfirmationWantsTheName();
    void stagingBulkConfirmationWantsTheNumberOnly();
    void bulkConfirmationWithoutAConnectionIsAsBefore();
    void singleConfirmationShowsTheConnection();
    void bulkRunWindowShowsTheConnection();
};

void TestConnectionConfirmation::nameRuleIsExactAndOnlyForProduction()
{
    const Connection prod = connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod"));
    QVERIFY(ConnectionNameConfirmation::isRequired(prod));
    QVERIFY(
        !ConnectionNameConfirmation::isRequired(connectionOf(EnvironmentType::Staging, QStringLiteral("s"))));
    QVERIFY(!ConnectionNameConfirmation::isRequired(
        connectionOf(EnvironmentType::Development, QStringLiteral("d"))));
    QVERIFY(
        !ConnectionNameConfirmation::isRequired(connectionOf(EnvironmentType::Demo, QStringLiteral("x"))));
    QVERIFY(!ConnectionNameConfirmation::isRequired(std::nullopt));

    QVERIFY(ConnectionNameConfirmation::matches(prod, QStringLiteral("acme-prod")));
    QVERIFY(ConnectionNameConfirmation::matches(prod, QStringLiteral("  acme-prod\n")));
    QVERIFY(!ConnectionNameConfirmation::matches(prod, QStringLiteral("ACME-prod")));
    QVERIFY(!ConnectionNameConfirmation::matches(prod, QStringLiteral("acme-pro")));
    QVERIFY(!ConnectionNameConfirmation::matches(prod, QStringLiteral("acme-prod2")));
    QVERIFY(!ConnectionNameConfirmation::matches(prod, QString()));
    QVERIFY(!ConnectionNameConfirmation::matches(connectionOf(EnvironmentType::Production, QString()),
                                                 QString()));
}

void TestConnectionConfirmation::productionBulkConfirmationWantsTheName()
{
    BulkConfirmDialog dialog(threeItems(), QStringLiteral("api.extracta.ai"), false);
    dialog.setConnection(connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isNameRequired());

    auto* band = findByAccessibleName<ConnectionBand>(&dialog, QStringLiteral("Current connection"));
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QCOMPARE(band->titleText(), QStringLiteral("Production — acme-prod"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Production — acme-prod")));

    QLineEdit* count = countField(&dialog);
    QLineEdit* name = nameField(&dialog);
    QPushButton* remove = deleteButton(&dialog);
    QVERIFY(count && name && remove);
    QVERIFY(name->isVisible());
    QVERIFY(count->hasFocus());

    // The number alone is not enough.
    QTest::keyClicks(count, QStringLiteral("3"));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!dialog.isConfirmationComplete());
    // Nor the name in another letter case, nor part of it.
    for (const QString& wrong :
         {QStringLiteral("ACME-PROD"), QStringLiteral("acme"), QStringLiteral("acme-prod x")}) {
        retype(name, wrong);
        QVERIFY2(!remove->isEnabled(), qPrintable(wrong));
    }
    auto* nameHint = dialog.findChild<QLabel*>(QStringLiteral("nameHint"));
    QVERIFY(nameHint->text().contains(QLatin1String("letter case")));
    retype(name, QStringLiteral("acme-prod"));
    QVERIFY(remove->isEnabled());
    // The name without the number is not enough either.
    retype(count, QStringLiteral("2"));
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    retype(count, QStringLiteral("3"));
    QVERIFY(remove->isEnabled());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestConnectionConfirmation::stagingBulkConfirmationWantsTheNumberOnly()
{
    BulkConfirmDialog dialog(threeItems(), QStringLiteral("staging.example"), false);
    dialog.setConnection(connectionOf(EnvironmentType::Staging, QStringLiteral("acme-staging")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isNameRequired());
    auto* band = findByAccessibleName<ConnectionBand>(&dialog, QStringLiteral("Current connection"));
    QVERIFY(band && band->isVisible());
    QCOMPARE(band->titleText(), QStringLiteral("Staging — acme-staging"));
    QVERIFY(!nameField(&dialog)->isVisible());
    QTest::keyClicks(countField(&dialog), QStringLiteral("3"));
    QVERIFY(deleteButton(&dialog)->isEnabled());
}

void TestConnectionConfirmation::bulkConfirmationWithoutAConnectionIsAsBefore()
{
    BulkConfirmDialog dialog(threeItems(), QStringLiteral("api.extracta.ai"), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.connection());
    QVERIFY(!dialog.findChild<ConnectionBand*>());
    QVERIFY(!nameField(&dialog)->isVisible());
    QTest::keyClicks(countField(&dialog), QStringLiteral("3"));
    QVERIFY(deleteButton(&dialog)->isEnabled());
}

void TestConnectionConfirmation::singleConfirmationShowsTheConnection()
{
    DeletionTarget target = singleTarget();
    {
        ConfirmDeleteDialog dialog(target);
        QVERIFY(!dialog.findChild<ConnectionBand*>());
    }
    target.connection = connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod"));
    ConfirmDeleteDialog dialog(target);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* band = findByAccessibleName<ConnectionBand>(&dialog, QStringLiteral("Current connection"));
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QCOMPARE(band->titleText(), QStringLiteral("Production — acme-prod"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Production — acme-prod")));
    // On top of everything else in the dialog.
    const QList<QWidget*> others = dialog.findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* other : others) {
        if (other != band && other->isVisible())
            QVERIFY2(other->geometry().top() >= band->geometry().bottom(), qPrintable(other->objectName()));
    }
    // The single deletion asks for the batch ID only, Production or not.
    auto* field = findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Type the batch ID to confirm"));
    if (!field)
        field = dialog.findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    QVERIFY(field);
    QTest::keyClicks(field, batchId(0));
    QVERIFY(deleteButton(&dialog)->isEnabled());
}

void TestConnectionConfirmation::bulkRunWindowShowsTheConnection()
{
    AppObjects app(QStringLiteral("tst_connectionconfirmation"));
    app.connectTo(AppObjects::NowhereUrl, QStringLiteral("eba-conn-confirm-token"));
    BulkDeletionWindow run(app.connection.bind(nullptr), app.audit, QStringLiteral("tester"));
    QVERIFY(!run.findChild<ConnectionBand*>());
    run.setConnectionShown(connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod")));
    run.show();
    QVERIFY(QTest::qWaitForWindowExposed(&run));
    auto* band = findByAccessibleName<ConnectionBand>(&run, QStringLiteral("Current connection"));
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QCOMPARE(band->titleText(), QStringLiteral("Production — acme-prod"));
    QVERIFY(run.windowTitle().contains(QStringLiteral("Production — acme-prod")));
}

QTEST_MAIN(TestConnectionConfirmation)
#include "tst_connectionconfirmation.moc"
