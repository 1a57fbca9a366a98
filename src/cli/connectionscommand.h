#pragma once

#include "cliexitcode.h"
#include "core/connections/connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

class AppSettings;
class CliOutput;
class ConnectionStore;
struct CliArguments;

// `connections`: lists, adds and removes the saved connections the app and the CLI share, saves a
// connection's token in the store the app uses, and copies connections to and from a JSON file. A
// token is only ever written to the token store: never shown, never in a file of connections.
class ConnectionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionsCommand)

public:
    // The export format; import refuses any other.
    static inline const QString FileFormat = QStringLiteral("extracta-batch-connections");
    static constexpr int FileVersion = 1;
    // An import file larger than this is refused unread: a list of connections is a few KiB.
    static constexpr qint64 MaxImportBytes = 1024 * 1024;

    ConnectionsCommand(const CliArguments& arguments, ConnectionStore& store, AppSettings& settings,
                       CliOutput& output);

    ExitCode run();

    // The JSON file of `connections`: names, URLs, environments and notes, never ids or tokens.
    static QJsonObject exported(const QList<Connection>& connections);

private:
    ExitCode list();
    ExitCode add();
    ExitCode remove();
    ExitCode setToken();
    ExitCode exportFile();
    ExitCode importFile();
    // The entries of the file (or standard input) to import, checked to be an export of this tool;
    // nullopt, after saying why, when it is not.
    std::optional<QJsonArray> readImportFile();

    // The connection NAME names; nullopt, after saying which names exist, when none has that name.
    std::optional<Connection> named();
    // Whether each connection has a token saved, in the order given. Asks the keychain once per
    // connection, but stops asking (and says so once) when it is not available.
    QList<bool> tokensStored(const QList<Connection>& connections);

    const CliArguments& m_arguments;
    ConnectionStore& m_store;
    AppSettings& m_settings;
    CliOutput& m_output;
};
