// The German translation as a user meets it: widgets built after the translator is installed show
// German text, and screen readers find the controls by their German accessible names.

#include "core/settings/translationloader.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "guitesthelpers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include <algorithm>

class TestTranslatedGui : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void confirmationDialogSpeaksGerman();
};

void TestTranslatedGui::cleanup()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
}

void TestTranslatedGui::confirmationDialogSpeaksGerman()
{
    TranslationLoader::install(QLocale(QLocale::German, QLocale::Germany));
    DeletionTarget target;
    target.classificationId = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
    target.batchId = QStringLiteral("-OPXR2aBcDeFgHiJkLmN");
    target.apiHost = QStringLiteral("api.extracta.ai");
    target.fileCount = 2;
    ConfirmDeleteDialog dialog(target);

    auto* deleteButton = findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Stapel löschen"));
    QVERIFY(deleteButton);
    QCOMPARE(deleteButton->text(), QStringLiteral("Stapel &löschen"));
    QVERIFY(!deleteButton->isEnabled());
    QVERIFY(findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Abbrechen")));
    auto* field =
        findByAccessibleName<QLineEdit>(&dialog, QStringLiteral("Zur Bestätigung die Stapel-ID eingeben"));
    QVERIFY(field);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Stapel endgültig löschen?"));

    // The plural form follows the number.
    const auto labels = dialog.findChildren<QLabel*>();
    const bool showsFileCount = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->text().contains(QLatin1String("(2 Dateien)"));
    });
    QVERIFY(showsFileCount);

    field->setText(target.batchId);
    QVERIFY(deleteButton->isEnabled());
}

QTEST_MAIN(TestTranslatedGui)
#include "tst_translatedgui.moc"
