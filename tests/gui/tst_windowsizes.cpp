// Windows made as small as they go (issue 11, item 29): at 640×400, in English and in German,
// nothing is cut — no label clipped, no button shortening its text, no table collapsed. Where a
// window cannot be that small, its minimum size keeps it from getting there.

#include "appwiring.h"
#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/settings/appsettings.h"
#include "core/settings/translationloader.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/tokens/tokenprovider.h"
#include "gui/audit/auditwindow.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/settings/settingsdialog.h"
#include "guitesthelpers.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"

#include <QLayout>
#include <QTest>
#include <QTranslator>

namespace {

using namespace SampleIds;

// What main() wires, against a loopback sandbox with a little sample data.
struct Harness : AppWiring
{
    Harness()
        : AppWiring(QStringLiteral("tst_windowsizes"))
    {
        server.loadSampleData();
        startSandbox();
        catalogueEverySandboxBatch();
    }
};

QStringList clippedAt(QWidget* window, const QSize& size)
{
    window->resize(size);
    // Layout requests travel up one widget per turn of the event loop; let them all arrive.
    for (int turn = 0; turn < 20; ++turn)
        QCoreApplication::processEvents();
    QStringList clipped = clippedWidgets(window);
    for (QString& each : clipped)
        each.prepend(QStringLiteral("at %1×%2: ").arg(window->width()).arg(window->height()));
    return clipped;
}

// Asks for 640×400, then for the smallest size the window takes, as a user dragging the corner
// would, and reports what is cut at the sizes the window actually took.
QStringList clippedAtSmallSize(QWidget* window)
{
    return clippedAt(window, QSize(640, 400)) + clippedAt(window, QSize(1, 1));
}

} // namespace

class TestWindowSizes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void auditWindow_data();
    void auditWindow();
    void runWindow_data();
    void runWindow();
    void settingsDialog_data();
    void settingsDialog();
    void bulkConfirmation_data();
    void bulkConfirmation();

private:
    void languages();
    void installLanguage();
};

void TestWindowSizes::init()
{
    installLanguage();
}

void TestWindowSizes::cleanup()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    TranslationLoader::install(QLocale::c());
}

void TestWindowSizes::languages()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale::c();
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

void TestWindowSizes::installLanguage()
{
    if (!QTest::currentDataTag())
        return;
    const QLocale locale = QTest::currentDataTag() == QByteArray("German")
                               ? QLocale(QLocale::German, QLocale::Germany)
                               : QLocale::c();
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
    TranslationLoader::install(locale);
}

void TestWindowSizes::mainWindow_data()
{
    languages();
}

void TestWindowSizes::mainWindow()
{
    Harness h;
    MainWindow window(h.connection, h.settings, h.catalogue, h.audit, QString());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clipped = clippedAtSmallSize(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    // Sensible: it fits a small laptop screen with a task bar (1366×768, less what the system takes)
    // and is no wider than 800 pixels. Until issue 14 it fitted 800×600; the band that names the
    // connection in force costs its line (about 20 pixels more than the connection line it replaced).
    QVERIFY2(window.width() <= 800 && window.height() <= 640,
             qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
}

void TestWindowSizes::auditWindow_data()
{
    languages();
}

void TestWindowSizes::auditWindow()
{
    Harness h;
    AuditWindow window(h.audit, QStringLiteral("default"), QStringLiteral("acme-production-eu"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clipped = clippedAtSmallSize(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    QVERIFY2(window.width() <= 800 && window.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
}

void TestWindowSizes::runWindow_data()
{
    languages();
}

void TestWindowSizes::runWindow()
{
    Harness h;
    BulkDeletionWindow window(h.connection.bind(nullptr), h.audit, QStringLiteral("tester"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clipped = clippedAtSmallSize(&window);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    QVERIFY2(window.width() <= 800 && window.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
}

void TestWindowSizes::settingsDialog_data()
{
    languages();
}

void TestWindowSizes::settingsDialog()
{
    Harness h;
    SettingsDialog dialog(h.connection, h.settings, QStringLiteral("/home/someone/.config/extracta/token"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList clipped = clippedAtSmallSize(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

void TestWindowSizes::bulkConfirmation_data()
{
    languages();
}

void TestWindowSizes::bulkConfirmation()
{
    QList<DeletionItem> items;
    for (int i = 0; i < 40; ++i)
        items << DeletionItem{InvoicesClassification, QStringLiteral("Invoices"),
                              QStringLiteral("-Batch%1").arg(i), i, false};
    BulkConfirmDialog dialog(items, QStringLiteral("api.extracta.ai"), false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList clipped = clippedAtSmallSize(&dialog);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
