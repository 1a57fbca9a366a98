#include "adminapp.h"

#include "core/api/apiendpoint.h"
#include "core/connections/connectionchoice.h"
#include "core/connections/connectionmigration.h"
#include "core/settings/appidentity.h"
#include "gui/mainwindow/firstframe.h"
#include "gui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QProcess>
#include <QStatusBar>

namespace {

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/app-icon.svg"));
}

} // namespace

AdminApp::AdminApp(LaunchOptions options)
    : m_options(std::move(options))
    , m_settings(m_qsettings)
    , m_connections(m_qsettings)
    , m_hadSetup(m_settings.savedApiBaseUrl() || m_settings.firstRunCompleted())
    , m_migrated(ConnectionMigration::run(m_connections, m_settings))
    , m_plainTokenFile(AppIdentity::plainTokenFilePath())
    , m_keychain(AppIdentity::keychainService())
    , m_plainFile(m_plainTokenFile)
    , m_tokens(&m_keychain, &m_plainFile, AppIdentity::defaultConnection())
    , m_client(&m_network)
    , m_connection(m_client, m_tokens, m_settings, m_connections)
    , m_audit(m_database)
    , m_catalogue(m_database, m_client)
    , m_team(m_qsettings, m_settings, &m_keychain, &m_plainFile)
{
    if (m_options.demo)
        m_demoData.emplace();
}

AdminApp::~AdminApp() = default;

bool AdminApp::start()
{
    if (m_options.demo) {
        m_sandbox.loadSampleData();
        if (!m_sandbox.start()) {
            QApplication::setWindowIcon(appIcon());
            QMessageBox::critical(
                nullptr, QObject::tr("Demo mode"),
                QObject::tr("The demo sandbox could not start: %1").arg(m_sandbox.errorString()));
            return false;
        }
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_connection.setDemoEndpoint(ApiEndpoint::parse(m_sandbox.baseUrl().toString()));
        m_tokens.useDemoToken(m_sandbox.token());
    } else {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        m_connection.setOverrides(m_options.apiUrl, environmentValue("EXTRACTA_API_URL"));
        if (const std::optional<QString> environmentToken = environmentValue("EXTRACTA_API_TOKEN"))
            m_tokens.setEnvironmentToken(*environmentToken);
        const ConnectionChoice choice = ConnectionChoice::resolve(m_connections, m_options.connectionName,
                                                                  environmentValue("EXTRACTA_CONNECTION"));
        m_connectionProblem = choice.problem;
        // An unknown name leaves the app on the connection chosen last, and says so once it is up.
        const std::optional<Connection> connection =
            choice.connection ? choice.connection : m_connections.current();
        m_connection.use(connection.value_or(Connection{}));
    }
    m_connection.apply();

    // The window is on the screen first, as a light frame; its contents, and the database they read,
    // follow right after that frame (a large audit trail takes a while to check).
    m_window = std::make_unique<MainWindow>(m_connection, m_settings, m_catalogue, m_audit, m_plainTokenFile,
                                            MainWindow::ContentsBuild::WhenAsked);
    MainWindow* window = m_window.get();
    // The demo runs as a second process with its own sandbox and throwaway data; this window stays,
    // so that the user can come back to it and set up the real token after looking around.
    QObject::connect(window, &MainWindow::demoRequested, window, [window] {
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            window->statusBar()->showMessage(QObject::tr("The demo is opening in a separate window."), 10000);
        else
            window->showInfo(QObject::tr("The demo could not be started."));
    });
    if (!m_options.demo)
        window->setTeamTrail(&m_team);
    runAfterFirstFrame(*window, [this] { completeStart(); });
    window->show();
    return true;
}

void AdminApp::completeStart()
{
    // Every window, the task bar and the window switcher take this icon. Set here, after the first
    // frame, it spares that frame loading Qt's SVG plugin and library.
    QApplication::setWindowIcon(appIcon());
    const Database::OpenResult opened = m_database.open(
        m_demoData ? m_demoData->filePath(QStringLiteral("demo.sqlite3")) : Database::defaultPath());
    // Only entries whose process is gone: another copy of the app may be waiting for its answer.
    const int unfinished = m_audit.markAbandonedAsUnknown();
    // Entries made before connections existed belong to the connection carried over from that setup.
    if (const Connection connection = m_connection.connection(); !connection.legacyDataKey.isEmpty())
        m_audit.adoptLegacyEntries(connection.legacyDataKey, connection.id, connection.name);
    // The team trail is filled from the local one: after each completed entry, and now with what
    // waits from before (never in the demo, nor from a trail kept in memory only).
    if (!m_options.demo && m_audit.keepsRecordsOnDisk()) {
        m_audit.setCompletionListener([this] { m_team.syncSoon(); });
        m_team.start(m_database.filePath());
    }
    // Built first: it sets the catalogue to the host in use, which the demo's samples belong to.
    m_window->buildContents();
    if (m_options.demo) {
        QList<IdPair> samples;
        for (const QString& classificationId : m_sandbox.classificationIds()) {
            for (const QString& batchId : m_sandbox.batchIds(classificationId))
                samples << IdPair{classificationId, batchId};
        }
        m_catalogue.addEntries(samples);
    }
    if (!opened.message.isEmpty())
        m_window->showInfo(opened.message);
    if (m_migrated && m_hadSetup) {
        m_window->showInfo(QObject::tr("Your API URL and saved token are now the connection \"%1\". Add "
                                       "more accounts, and say which are production, in File → Connections…")
                               .arg(m_connection.connection().name));
    }
    if (!m_connectionProblem.isEmpty())
        m_window->showInfo(QObject::tr("%1 The app started on \"%2\".")
                               .arg(m_connectionProblem, m_connection.connection().name));
    if (unfinished > 0) {
        m_window->showInfo(
            QObject::tr("%n deletion(s) from an earlier session ended before the server's answer was "
                        "recorded. They are marked \"outcome unknown\" in the audit trail: check "
                        "those batches before trying again.",
                        nullptr, unfinished));
    }
}

MainWindow* AdminApp::window() const
{
    return m_window.get();
}

Database& AdminApp::database()
{
    return m_database;
}

CatalogueService& AdminApp::catalogue()
{
    return m_catalogue;
}

AuditLog& AdminApp::audit()
{
    return m_audit;
}

TeamSync& AdminApp::team()
{
    return m_team;
}

ActiveConnection& AdminApp::connection()
{
    return m_connection;
}
