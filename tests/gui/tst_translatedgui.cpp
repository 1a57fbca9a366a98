// The German translation as a user meets it: widgets built after the translator is installed show
// German text, and screen readers find the controls by their German accessible names.

#include "appwiring.h"
#include "core/settings/translationloader.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/mainwindow/singledeletion.h"
#include "guitesthelpers.h"
#include "sampleids.h"

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
    void confirmationChecksSpeakGerman();
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

void TestTranslatedGui::confirmationChecksSpeakGerman()
{
    TranslationLoader::install(QLocale(QLocale::German, QLocale::Germany));
    AppWiring h(QStringLiteral("tst_translatedgui"));
    h.server.addClassification(SampleIds::InvoicesClassification, QStringLiteral("Rechnungen"), QString(),
                               {});
    SandboxFault slow;
    slow.kind = SandboxFault::Kind::Delay;
    slow.delayMs = 1200;
    h.server.setFault(slow);
    h.startSandbox();
    QWidget window;
    SingleDeletion single(h.connection, h.settings, h.catalogue, h.audit, &window);
    window.show();
    single.confirm(SampleIds::InvoicesClassification, QStringLiteral("-OQb7Kx2LmNn8PqRsZZZ"));
    ConfirmDeleteDialog* dialog = single.pendingConfirmation();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // While checking, and what the checks found, in German; screen readers hear the same words.
    const auto shown = [dialog](const QString& name) {
        const auto* label = findByAccessibleName<QLabel>(dialog, name);
        return label && label->isVisible();
    };
    QVERIFY(shown(QStringLiteral("Die Klassifizierung wird geprüft…")));
    QVERIFY(shown(QStringLiteral("Der Stapelinhalt wird geprüft…")));
    QVERIFY(shown(QStringLiteral("Name der Klassifizierung: noch nicht bekannt")));
    QTRY_VERIFY(shown(QStringLiteral("Name der Klassifizierung: Rechnungen")));
    const QString notFound = QStringLiteral(
        "Stapel auf dem Server nicht gefunden – die Löschung wird höchstwahrscheinlich abgelehnt");
    QTRY_VERIFY(shown(QStringLiteral("Warnung: ") + notFound));
    QCOMPARE(findByAccessibleName<QLabel>(dialog, QStringLiteral("Warnung: ") + notFound)->text(),
             QStringLiteral("⚠ ") + notFound);
    dialog->reject();
}

QTEST_MAIN(TestTranslatedGui)
#include "tst_translatedgui.moc"
