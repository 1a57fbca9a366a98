#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// A throwaway PostgreSQL server for integration tests: a cluster in a temporary folder, started with
// scripts/team-db-cluster.sh on a free port of 127.0.0.1, with the database databaseName(). The
// superuser `postgres` connects from 127.0.0.1 without a password; every other role needs its
// password (scram-sha-256) unless allowWithoutPassword() lets it in. The destructor stops the server
// and removes the folder. Works as root (the server then runs as the user `postgres`) and as a
// normal user.
//
// Tests must check serverAvailable() first and FAIL (not skip) with its reason: the README's test
// command installs PostgreSQL and Qt's QPSQL driver, so a missing one is a broken set-up.
//
// Every database call opens its own connection and closes it, so the object may be used from any one
// thread at a time, and stop()/restart() never leave a connection behind.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // Whether the PostgreSQL server programs, Qt's QPSQL driver and the cluster script are here (and,
    // when running as root, the user `postgres`). False with a reason saying what to install.
    static bool serverAvailable(QString* reason = nullptr);

    // Makes the folder, picks a free port of 127.0.0.1 and starts the cluster (1-2 s). False with
    // the script's output and the end of the server's log in *error.
    bool start(QString* error = nullptr);
    // The same with TLS on (ssl=on): the server presents certPath (PEM, the server certificate, then
    // any intermediates) and uses keyPath (PEM). See PostgresTestTls for making both.
    bool startWithTls(const QString& certPath, const QString& keyPath, QString* error = nullptr);
    // Fast shutdown, waiting until the server is down; true when it is (or was not running).
    bool stop(QString* error = nullptr);
    // stop() then start again in the same folder, on the same port, with the same TLS files: the data
    // is kept. For outage tests.
    bool restart(QString* error = nullptr);
    bool isRunning() const;

    quint16 port() const;         // 0 before start()
    QString databaseName() const; // "extracta_team"
    QString superuserUri() const; // postgresql://postgres@127.0.0.1:PORT/extracta_team
    QString folder() const;       // the cluster's folder; empty before start()
    QString serverLog() const;    // the server's log so far, for failure messages

    // Runs sql (one or more statements, in one implicit transaction: so CREATE DATABASE must be
    // alone) as the superuser in database (databaseName() when empty). False with the error.
    bool runAsSuperuser(const QString& sql, QString* error = nullptr, const QString& database = {});
    // The first column of the first row of sql, run as the superuser in databaseName(); an invalid
    // QVariant on an error (in *error) or when there is no row.
    QVariant queryValue(const QString& sql, QString* error = nullptr);
    // CREATE ROLE name LOGIN PASSWORD password (not a superuser, no other rights). name is
    // letters, digits and underscores.
    bool createRole(const QString& name, const QString& password, QString* error = nullptr);
    // Lets role in from 127.0.0.1 without a password (a `trust` line above the password lines of
    // pg_hba.conf), reloads the configuration and waits until the server uses it.
    bool allowWithoutPassword(const QString& role, QString* error = nullptr);

private:
    bool startCluster(QString* error);
    bool runScript(const QStringList& arguments, QString* output, QString* error);

    std::unique_ptr<QTemporaryDir> m_folder;
    quint16 m_port = 0;
    QString m_certPath;
    QString m_keyPath;
    bool m_running = false;
};
