#pragma once

#include "connection.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSettings;

// The named connections, in the settings the app and the CLI share. list() (and what uses it) reads
// the settings file again, so that what the other program changed is seen. Nothing secret is stored here:
// tokens are in the OS keychain under each connection's tokenEntry().
class ConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStore)

public:
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxNoteLength = 500;
    static constexpr int MaxConnections = 100;

    // `settings` must outlive this object.
    explicit ConnectionStore(QSettings& settings);

    // Sorted by name, ignoring case.
    QList<Connection> list() const;
    bool isEmpty() const;
    std::optional<Connection> byId(const QString& id) const;
    // Names are unique ignoring case; "Acme-Prod" finds "acme-prod".
    std::optional<Connection> byName(const QString& name) const;

    // Checks `connection` (check()) and saves it under a new id (set in `connection`). Returns the
    // problem in plain words, or an empty string when it was saved.
    QString add(Connection& connection);
    // Saves the changed name, URL, type or note of the connection with the same id.
    QString update(const Connection& connection);
    // False when there is no such connection.
    bool remove(const QString& id);
    // Saves a connection as it is, unchecked: for a setup carried over from an older version, whose
    // saved URL may be one the user still has to correct.
    void saveUnchecked(const Connection& connection);

    // The connection the app and the CLI use when none is named: the one chosen last, else the first.
    std::optional<Connection> current() const;
    void setCurrentId(const QString& id);

    // Why a value cannot be used, in plain words; empty when it can.
    static QString checkName(const QString& name);
    static QString checkApiUrl(const QString& apiUrl);
    static QString checkNote(const QString& note);
    // All three, the name's uniqueness among the others and the number of connections.
    QString check(const Connection& connection) const;
    // "acme-prod", "acme-staging": for messages that list what exists.
    QString namesText() const;

private:
    std::optional<Connection> read(const QString& id) const;
    void write(const Connection& connection);

    QSettings& m_settings;
};
