#pragma once

#include "teamdatabaseaddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One connection to the team database, in the thread that makes it (Qt SQL connections belong to
// their thread): the app's team worker thread, or the CLI's main thread. Closed and removed from
// Qt's list of connections when it goes.
class TeamConnection
{
    Q_DECLARE_TR_FUNCTIONS(TeamConnection)

public:
    enum class Failure
    {
        None,
        NoDriver,    // Qt's PostgreSQL driver (libqt6sql6-psql) is missing
        Unreachable, // no answer at that host and port, or it refused the connection
        Refused,     // it answered and would not let this user in (password, pg_hba.conf, no such database)
        Tls,         // the TLS the address requires could not be set up or verified
        Failed,      // anything else, with the database's words
    };

    TeamConnection(TeamDatabaseAddress address, QString password);
    ~TeamConnection();
    TeamConnection(const TeamConnection&) = delete;
    TeamConnection& operator=(const TeamConnection&) = delete;

    // Opens it (waiting at most TeamDatabaseAddress::ConnectTimeoutSeconds for the server) and caps
    // each statement's time, so that a server that hangs cannot hold the caller for long.
    bool open();
    bool isOpen() const;
    // After a statement failed: whether the connection itself is gone (the server went away).
    bool isBroken() const;
    // Whether the server answered the last time (it may have refused): not gone, not unreachable
    // over TLS, and the driver is there.
    bool serverAnswered() const;
    void close();

    QSqlDatabase handle() const;
    const TeamDatabaseAddress& address() const
    {
        return m_address;
    }
    Failure failure() const
    {
        return m_failure;
    }
    // User-facing: what went wrong, with the database's own words made safe to show (one line,
    // never the password).
    QString errorMessage() const
    {
        return m_error;
    }
    // Records a failure of a statement run on the connection, in the same words as open()'s.
    void noteFailure(const QString& databaseText);

private:
    QString describe(Failure failure, const QString& databaseText) const;

    TeamDatabaseAddress m_address;
    QString m_password;
    QString m_connectionName;
    Failure m_failure = Failure::None;
    QString m_error;
};
