#include "teamconnection.h"

#include "core/text/servertext.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const auto DriverName = QStringLiteral("QPSQL");
constexpr int StatementTimeoutMs = 15000;
constexpr int MaxShownChars = 300;
constexpr qsizetype MinHiddenPasswordLength = 4;

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("eba-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

TeamConnection::Failure classify(const QString& text)
{
    const QString lower = text.toLower();
    const auto has = [&lower](const char* words) {
        return lower.contains(QLatin1String(words));
    };
    // The server's refusals first: they may name SSL ("no pg_hba.conf entry for host …, SSL off") or
    // a database or role whose name holds "ssl" or "certificate".
    if (has("password authentication failed") || has("no pg_hba.conf entry") || has("pg_hba.conf rejects") ||
        has("no password supplied") || has("permission denied") ||
        ((has("database \"") || has("role \"")) && has("does not exist")))
        return TeamConnection::Failure::Refused;
    // libpq's own words when TLS cannot be set up or verified ("root certificate file … does not exist").
    if (has("server does not support ssl") || has("ssl error") || has("ssl syscall") || has("certificate") ||
        has("ssl connection") || has("sslmode") || has("could not establish ssl") || has("tls"))
        return TeamConnection::Failure::Tls;
    if (has("authentication failed") || has("does not exist"))
        return TeamConnection::Failure::Refused;
    if (has("could not connect") || has("connection refused") || has("could not translate host name") ||
        has("timeout expired") || has("server closed the connection") || has("no connection to the server") ||
        has("terminating connection") || has("connection to server"))
        return TeamConnection::Failure::Unreachable;
    return TeamConnection::Failure::Failed;
}

} // namespace

TeamConnection::TeamConnection(TeamDatabaseAddress address, QString password)
    : m_address(std::move(address))
    , m_password(std::move(password))
    , m_connectionName(uniqueConnectionName())
{}

TeamConnection::~TeamConnection()
{
    close();
}

bool TeamConnection::open()
{
    close();
    m_failure = Failure::None;
    m_error.clear();
    if (!QSqlDatabase::isDriverAvailable(DriverName)) {
        m_failure = Failure::NoDriver;
        m_error = describe(m_failure, {});
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(DriverName, m_connectionName);
    db.setHostName(m_address.host().isEmpty() ? m_address.socketFolder() : m_address.host());
    db.setPort(m_address.port());
    db.setUserName(m_address.user());
    db.setDatabaseName(m_address.databaseName());
    if (!m_password.isEmpty())
        db.setPassword(m_password);
    db.setConnectOptions(m_address.connectOptions());
    if (!db.open()) {
        noteFailure(db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                            : db.lastError().databaseText());
        return false;
    }
    QSqlQuery setup(db);
    if (!setup.exec(QStringLiteral("SET statement_timeout = %1").arg(StatementTimeoutMs))) {
        noteFailure(setup.lastError().databaseText());
        return false;
    }
    return true;
}

bool TeamConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && handle().isOpen();
}

bool TeamConnection::isBroken() const
{
    return m_failure == Failure::Unreachable;
}

bool TeamConnection::serverAnswered() const
{
    return m_failure == Failure::None || m_failure == Failure::Refused || m_failure == Failure::Failed;
}

void TeamConnection::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamConnection::handle() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void TeamConnection::noteFailure(const QString& databaseText)
{
    // The first line of what libpq says, without its severity: "FATAL:  password authentication
    // failed for user …" becomes "password authentication failed for user …".
    QString text;
    for (const QString& line : databaseText.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            text = line.trimmed();
            break;
        }
    }
    static const QRegularExpression severity(QStringLiteral("\\b(ERROR|FATAL|PANIC):\\s+"));
    text.remove(severity);
    // Whatever the server says is shown as one line, and never with the password in it, even if
    // the server (or a proxy) echoes it.
    // A password of a few characters would match ordinary words and garble the message, telling where
    // its characters are: those are left alone (no server repeats a password anyway).
    if (m_password.size() >= MinHiddenPasswordLength)
        text.replace(m_password, QStringLiteral("[password]"));
    text = ServerText::oneLine(text.trimmed(), MaxShownChars);
    // The messages go on after it with their own full stop.
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    m_failure = classify(text);
    m_error = describe(m_failure, text);
}

QString TeamConnection::describe(Failure failure, const QString& databaseText) const
{
    const QString where = m_address.displayName();
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NoDriver:
        return tr("Qt's PostgreSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).");
    case Failure::Unreachable:
        return tr("The team database %1 cannot be reached: %2").arg(where, databaseText);
    case Failure::Refused:
        return tr("The team database %1 refused the connection: %2").arg(where, databaseText);
    case Failure::Tls:
        return tr("The team database %1 could not be reached over verified TLS (sslmode=%2): %3. For a "
                  "server certificate from your own authority, add sslrootcert=/path/to/ca.crt to the "
                  "address.")
            .arg(where, m_address.sslMode(), databaseText);
    case Failure::Failed:
        break;
    }
    return tr("The team database %1 answered with an error: %2").arg(where, databaseText);
}
