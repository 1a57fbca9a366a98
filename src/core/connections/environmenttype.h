#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// What a connection's account is used for. Production asks for more before a deletion; every view
// that names a connection says its environment in words (colour is never the only sign).
enum class EnvironmentType
{
    Production,
    Staging,
    Development,
    Demo, // the built-in sandbox of --demo; never stored
};

class Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)

public:
    // "production", "staging", "development", "demo": the words settings, JSON and the CLI use.
    static QString code(EnvironmentType type);
    // The stored types from their code (case-insensitive); nullopt for anything else, "demo" included.
    static std::optional<EnvironmentType> fromCode(const QString& code);
    // "Production", "Staging", "Development", "Demo" in the user's language.
    static QString word(EnvironmentType type);
    // For a connection whose type was not said: Development for a loopback URL (a sandbox on this
    // computer), Production for anything else, so that an unknown server gets the careful treatment.
    static EnvironmentType defaultFor(const QString& apiUrl);
    // The codes a user may give, for help texts and errors: "production, staging, development".
    static QString storedCodes();
};
