#pragma once

#include <QSettings>
#include <QString>

// Which team database this desk uploads to and reads from, shared by the app and extracta-batch:
// EXTRACTA_TEAM_DB for one process, else the address saved by `team connect` or Settings > Team.
// Only the address is saved; the password never is (TeamPassword).
class TeamSettings
{
public:
    static inline const char* EnvironmentVariable = "EXTRACTA_TEAM_DB";
    static inline const char* PasswordVariable = "EXTRACTA_TEAM_DB_PASSWORD";

    explicit TeamSettings(QSettings& settings);

    QString savedUri() const;
    void setSavedUri(const QString& uri);
    void clearSavedUri();

    // The address in force (empty: no team trail), and whether it came from the environment.
    QString uri(bool* fromEnvironment = nullptr) const;
    // EXTRACTA_TEAM_DB_PASSWORD when set (even empty: "no password"), else nullopt-like: `set` false.
    static QString passwordFromEnvironment(bool* set);

private:
    QSettings& m_settings;
};
