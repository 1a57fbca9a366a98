#pragma once

#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/settings/launchoptions.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/team/teamsync.h"
#include "core/tokens/keychaintokenstore.h"
#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenprovider.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class MainWindow;

// Everything the running app consists of, wired together, built and torn down in the order the
// members are declared (the demo's throwaway folder outlives the database in it; the window goes
// first). start() does the two-step start: the main window's first frame, then, once it is painted,
// the database and the window's contents.
class AdminApp final
{
public:
    explicit AdminApp(LaunchOptions options);
    ~AdminApp();
    AdminApp(const AdminApp&) = delete;
    AdminApp& operator=(const AdminApp&) = delete;

    // Shows the main window's first frame; the rest follows after it (MainWindow::contentsBuilt).
    // False, after telling the user, when the demo sandbox could not start.
    bool start();

    MainWindow* window() const;
    Database& database();
    CatalogueService& catalogue();
    AuditLog& audit();
    ActiveConnection& connection();
    TeamSync& team();

private:
    void completeStart();

    const LaunchOptions m_options;
    QSettings m_qsettings;
    AppSettings m_settings;
    ConnectionStore m_connections;
    // A version before connections was set up here (a URL saved, or a token used): its setup
    // becoming a connection is worth a note; a first start's is not.
    const bool m_hadSetup;
    // Today's setup became a connection (ConnectionMigration), before anything reads the connections.
    const bool m_migrated;
    // Why the connection asked for (--connection, EXTRACTA_CONNECTION) is not the one in force.
    QString m_connectionProblem;
    const QString m_plainTokenFile;
    KeychainTokenStore m_keychain;
    PlainFileTokenStore m_plainFile;
    TokenProvider m_tokens;
    QNetworkAccessManager m_network;
    ExtractaClient m_client;
    ActiveConnection m_connection;
    // The demo keeps its catalogue and audit trail in a throwaway folder: sample deletions must not
    // mix with real records.
    std::optional<QTemporaryDir> m_demoData;
    // Opened after the window's first frame; nothing reads or writes it before.
    Database m_database;
    AuditLog m_audit;
    CatalogueService m_catalogue;
    // Fills the team trail, in a thread of its own; inert without a team database and in the demo.
    TeamSync m_team;
    SandboxServer m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};
