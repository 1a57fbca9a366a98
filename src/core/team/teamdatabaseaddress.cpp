#include "teamdatabaseaddress.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QStringList EncryptingModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                                     QStringLiteral("require")};
const QStringList AllModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                              QStringLiteral("require"),     QStringLiteral("prefer"),
                              QStringLiteral("allow"),       QStringLiteral("disable")};

bool isLoopbackName(const QString& host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A value written into libpq's connection string as 'value': quotes and backslashes escaped. Qt's
// driver turns every ';' of the options into a space, so a value may not hold one.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool hasControlCharacters(const QString& value)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

std::optional<TeamDatabaseAddress> TeamDatabaseAddress::parse(const QString& uri, QString* error)
{
    const auto fail = [error](const QString& message) -> std::optional<TeamDatabaseAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return fail(tr("No team database is set."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(tr("The team database must be given as postgresql://USER@HOST:PORT/DATABASE."));
    if (!url.password().isEmpty())
        return fail(tr("The team database address holds a password. Leave it out: the address is saved in "
                       "plain text. Save the password in the keychain (Settings > Team) or set "
                       "EXTRACTA_TEAM_DB_PASSWORD."));
    TeamDatabaseAddress address;
    address.m_user = url.userName();
    address.m_host = url.host();
    address.m_database = url.path().mid(1);
    if (address.m_user.isEmpty())
        return fail(tr("The team database address names no user: postgresql://USER@HOST:PORT/DATABASE."));
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/')))
        return fail(tr("The team database address names no database: postgresql://USER@HOST:PORT/DATABASE."));
    address.m_port = url.port(DefaultPort);
    if (address.m_port < 1 || address.m_port > 65535)
        return fail(tr("The team database port must be between 1 and 65535."));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (hasControlCharacters(value) || value.contains(QLatin1Char(';')))
            return fail(tr("The team database parameter \"%1\" holds a character it may not hold.")
                            .arg(key.left(32)));
        if (key == QLatin1String("sslmode"))
            address.m_sslMode = value;
        else if (key == QLatin1String("sslrootcert"))
            address.m_sslRootCert = value;
        else if (key == QLatin1String("sslcert"))
            address.m_sslCert = value;
        else if (key == QLatin1String("sslkey"))
            address.m_sslKey = value;
        else if (key == QLatin1String("hostaddr"))
            address.m_hostAddress = value;
        else if (key == QLatin1String("host") && value.startsWith(QLatin1Char('/')))
            address.m_socketFolder = value;
        else if (key == QLatin1String("password"))
            return fail(
                tr("The team database address holds a password. Leave it out: the address is saved in "
                   "plain text. Save the password in the keychain (Settings > Team) or set "
                   "EXTRACTA_TEAM_DB_PASSWORD."));
        else
            return fail(tr("The team database parameter \"%1\" is not supported (supported: sslmode, "
                           "sslrootcert, sslcert, sslkey, hostaddr, host=/socket/folder).")
                            .arg(key.left(32)));
    }
    if (address.m_host.isEmpty() && address.m_socketFolder.isEmpty())
        return fail(tr("The team database address names no host: postgresql://USER@HOST:PORT/DATABASE."));
    if (!address.m_hostAddress.isEmpty() && QHostAddress(address.m_hostAddress).isNull())
        return fail(tr("The team database parameter hostaddr must be an IP address."));

    if (address.m_sslMode.isEmpty())
        address.m_sslMode = address.isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!AllModes.contains(address.m_sslMode))
        return fail(tr("The team database parameter sslmode must be one of: %1.")
                        .arg(AllModes.join(QStringLiteral(", "))));
    if (!address.isLoopback() && !EncryptingModes.contains(address.m_sslMode))
        return fail(tr("The team database is on another machine, so the connection must be encrypted: "
                       "sslmode=%1 is not allowed there (use verify-full, the default).")
                        .arg(address.m_sslMode));
    return address;
}

bool TeamDatabaseAddress::isLoopback() const
{
    if (m_host.isEmpty())
        return !m_socketFolder.isEmpty();
    // With hostaddr, the name is what TLS checks and the address is where the connection goes: both
    // must stay on this machine.
    return isLoopbackName(m_host) && (m_hostAddress.isEmpty() || QHostAddress(m_hostAddress).isLoopback());
}

QString TeamDatabaseAddress::uri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (!m_socketFolder.isEmpty())
        query.addQueryItem(QStringLiteral("host"), m_socketFolder);
    if (!m_hostAddress.isEmpty())
        query.addQueryItem(QStringLiteral("hostaddr"), m_hostAddress);
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode);
    if (!m_sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), m_sslRootCert);
    if (!m_sslCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslcert"), m_sslCert);
    if (!m_sslKey.isEmpty())
        query.addQueryItem(QStringLiteral("sslkey"), m_sslKey);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString TeamDatabaseAddress::displayName() const
{
    const QString where = m_host.isEmpty() ? m_socketFolder : m_host;
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, where).arg(m_port).arg(m_database);
}

QString TeamDatabaseAddress::keychainKey() const
{
    return QStringLiteral("team-db/") + displayName();
}

QString TeamDatabaseAddress::connectOptions() const
{
    QStringList options;
    const auto add = [&options](const char* key, const QString& value) {
        if (!value.isEmpty())
            options << QString::fromLatin1(key) + QLatin1Char('=') + quoted(value);
    };
    add("sslmode", m_sslMode);
    add("sslrootcert", m_sslRootCert);
    add("sslcert", m_sslCert);
    add("sslkey", m_sslKey);
    add("hostaddr", m_hostAddress);
    add("connect_timeout", QString::number(ConnectTimeoutSeconds));
    if (!m_host.isEmpty()) {
        // A server that goes silent after the connection is made (its machine gone, a network cut)
        // is given up on within about half a minute instead of the OS's many minutes.
        add("keepalives", QStringLiteral("1"));
        add("keepalives_idle", QStringLiteral("10"));
        add("keepalives_interval", QStringLiteral("5"));
        add("keepalives_count", QStringLiteral("3"));
        add("tcp_user_timeout", QStringLiteral("30000"));
    }
    add("application_name", QStringLiteral("extracta-batch-admin"));
    return options.join(QLatin1Char(';'));
}
