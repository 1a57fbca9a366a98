// Renders the main window in demo mode, after two deletions so the status pane shows outcomes, once
// with the style's light palette and once with a dark one, and the window on a Production connection
// with File → Connections… open over it (issue 14):
//   eba-screenshots OUTPUT_DIR
// writes OUTPUT_DIR/main-window-light.png, OUTPUT_DIR/main-window-dark.png and
// OUTPUT_DIR/connections.png. Qt 6.4 on most Linux
// desktops does not pass a dark desktop theme on to Qt, so the dark palette is applied here the way a
// platform theme would (QApplication::setPalette) to check what users of dark themes will see.
#include "appwiring.h"
#include "core/connections/connectionstore.h"
#include "core/settings/translationloader.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/deletion/confirmdeletedialog.h"
#include "gui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>

#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

// Deletes the batch through the window like a user: form, "Delete batch…", typed confirmation.
bool deleteThroughTheWindow(MainWindow& window, const QString& classificationId, const QString& batchId)
{
    window.findChild<QComboBox*>(QStringLiteral("classificationCombo"))->setEditText(classificationId);
    window.findChild<QComboBox*>(QStringLiteral("batchCombo"))->setEditText(batchId);
    window.requestDeletion();
    ConfirmDeleteDialog* dialog = window.pendingConfirmation();
    if (!dialog)
        return false;
    QSignalSpy finished(&window, &MainWindow::deletionFinished);
    for (QLineEdit* field : dialog->findChildren<QLineEdit*>()) {
        if (field->accessibleName() == QLatin1String("Type the batch ID to confirm"))
            field->setText(batchId);
    }
    dialog->accept();
    return finished.wait(10000);
}

// The window on "acme-prod" (Production, a sandbox with the sample data standing in for the real
// API), two more connections in the store, and the connections manager open over the window.
bool renderConnections(const QDir& out)
{
    AppWiring wiring(QStringLiteral("eba-screenshots-connections"));
    wiring.server.loadSampleData();
    wiring.startSandbox();
    Connection prod = wiring.connection.connection();
    prod.name = QStringLiteral("acme-prod");
    prod.environment = EnvironmentType::Production;
    prod.note = QStringLiteral("Acme's production account");
    if (!wiring.connections.update(prod).isEmpty())
        return false;
    wiring.connection.refresh();
    Connection staging;
    staging.name = QStringLiteral("acme-staging");
    staging.apiUrl = QStringLiteral("https://staging.api.acme.example/api/v1");
    staging.environment = EnvironmentType::Staging;
    Connection local;
    local.name = QStringLiteral("local-sandbox");
    local.apiUrl = QStringLiteral("http://127.0.0.1:8080/api/v1");
    local.environment = EnvironmentType::Development;
    if (!wiring.connections.add(staging).isEmpty() || !wiring.connections.add(local).isEmpty())
        return false;
    MainWindow window(wiring.connection, wiring.settings, wiring.catalogue, wiring.audit, QString());
    wiring.catalogueEverySandboxBatch();
    window.resize(1280, 760);
    window.show();
    window.findChild<QAction*>(QStringLiteral("connectionsAction"))->trigger();
    auto* manager = window.findChild<QDialog*>(QStringLiteral("ConnectionsDialog"));
    if (!manager)
        return false;
    manager->resize(760, 420);
    QSignalSpy idle(&wiring.catalogue, &CatalogueService::classificationLookupFinished);
    idle.wait(1500);
    QCoreApplication::processEvents();
    QImage image = window.grab().toImage();
    QPainter painter(&image);
    const QPixmap dialog = manager->grab();
    const QPoint at((image.width() - dialog.width()) / 2, 150);
    painter.fillRect(QRect(at + QPoint(4, 4), dialog.size()), QColor(0, 0, 0, 60)); // a shadow
    painter.drawPixmap(at, dialog);
    painter.end();
    return image.save(out.filePath(QStringLiteral("connections.png")));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TranslationLoader::install(); // as the app does: English plurals, or the locale's language
    if (QCoreApplication::arguments().size() != 2) {
        std::fputs("usage: eba-screenshots OUTPUT_DIR\n", stderr);
        return 2;
    }
    const QDir out(QCoreApplication::arguments().at(1));
    QApplication::setApplicationDisplayName(QStringLiteral("Extracta Batch Admin"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    if (!renderConnections(out))
        return 1;

    // The demo as --demo runs it, at the app's pace of fetches.
    AppWiring wiring(QStringLiteral("eba-screenshots"), AppObjects::FetchPace::App);
    wiring.server.loadSampleData();
    wiring.startSandbox(AppWiring::Token::Demo);

    MainWindow window(wiring.connection, wiring.settings, wiring.catalogue, wiring.audit, QString());
    const QList<IdPair> samples = wiring.catalogueEverySandboxBatch();
    window.resize(1280, 760);
    window.show();

    // Deleted, then the same batch again (Not found), then a batch left selected with its files shown.
    const IdPair first = samples.at(0);
    if (!deleteThroughTheWindow(window, first.classificationId, first.batchId) ||
        !deleteThroughTheWindow(window, first.classificationId, first.batchId))
        return 1;
    const IdPair shown = samples.at(1);
    window.cataloguePanel()->selectBatch(shown.classificationId, shown.batchId);
    QSignalSpy fetched(&wiring.catalogue, &CatalogueService::batchFetchFinished);
    fetched.wait(10000);

    const auto save = [&](const QString& name) {
        QCoreApplication::processEvents();
        return window.grab().save(out.filePath(name));
    };
    if (!save(QStringLiteral("main-window-light.png")))
        return 1;
    QApplication::setPalette(darkPalette());
    if (!save(QStringLiteral("main-window-dark.png")))
        return 1;
    return 0;
}
