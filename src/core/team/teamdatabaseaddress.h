#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the team trail is: a PostgreSQL database named by a URI like
// postgresql://USER@HOST:PORT/DBNAME[?sslmode=…&sslrootcert=…]. The URI never holds a password (it is
// saved in the settings, which are plain text): the password comes from the OS keychain or
// EXTRACTA_TEAM_DB_PASSWORD, or there is none (trust, peer or certificate set-ups).
// TLS is required by default for a database on another machine (sslmode=verify-full); a weaker
// mode that still encrypts (verify-ca, require) may be asked for, none that does not.
class TeamDatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabaseAddress)

public:
    static constexpr int DefaultPort = 5432;
    static constexpr int ConnectTimeoutSeconds = 5;

    // The address, or nullopt with a message in `error` that never repeats the URI (it might hold
    // a password pasted by mistake).
    static std::optional<TeamDatabaseAddress> parse(const QString& uri, QString* error);

    QString user() const
    {
        return m_user;
    }
    // The host name; empty with a unix socket folder in socketFolder().
    QString host() const
    {
        return m_host;
    }
    QString socketFolder() const
    {
        return m_socketFolder;
    }
    int port() const
    {
        return m_port;
    }
    QString databaseName() const
    {
        return m_database;
    }
    QString sslMode() const
    {
        return m_sslMode;
    }
    // True for 127.0.0.0/8, ::1, "localhost" and a unix socket: no TLS needed.
    bool isLoopback() const;

    // The address as a URI again, normalised (every parameter spelt out), without a password.
    QString uri() const;
    // "user@host:port/dbname", for messages and the status line.
    QString displayName() const;
    // The key under which the desk's password for it is kept in the keychain.
    QString keychainKey() const;
    // Connection parameters for Qt's QPSQL driver besides host, port, user and database name:
    // sslmode and the TLS files, hostaddr, connect_timeout and application_name.
    QString connectOptions() const;

private:
    QString m_user;
    QString m_host;
    QString m_socketFolder;
    QString m_hostAddress; // hostaddr: the IP to connect to, while host names the certificate
    int m_port = DefaultPort;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_sslCert;
    QString m_sslKey;
};
