#include "connectionstore.h"

#include "core/api/apiendpoint.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

const auto Group = QStringLiteral("connections");
const auto CurrentKey = QStringLiteral("connection/current");
const auto NameKey = QStringLiteral("name");
const auto UrlKey = QStringLiteral("apiUrl");
const auto EnvironmentKey = QStringLiteral("environment");
const auto NoteKey = QStringLiteral("note");
const auto LegacyDataKey = QStringLiteral("legacyDataKey");

// Letters, digits, '-' and '_' only: an id is a settings group and a keychain entry's name.
bool isPlainId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_';
    });
}

bool hasControlCharacters(const QString& text, bool allowLineBreaks)
{
    return std::any_of(text.cbegin(), text.cend(), [allowLineBreaks](QChar c) {
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            return false;
        const auto category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format ||
               category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
    });
}

} // namespace

ConnectionStore::ConnectionStore(QSettings& settings)
    : m_settings(settings)
{}

QList<Connection> ConnectionStore::list() const
{
    // Takes in what the other program (the app, the CLI) wrote since.
    m_settings.sync();
    m_settings.beginGroup(Group);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<Connection> connections;
    for (const QString& id : ids) {
        if (std::optional<Connection> connection = read(id))
            connections.append(*connection);
    }
    std::sort(connections.begin(), connections.end(), [](const Connection& a, const Connection& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return connections;
}

bool ConnectionStore::isEmpty() const
{
    return list().isEmpty();
}

std::optional<Connection> ConnectionStore::byId(const QString& id) const
{
    return read(id);
}

std::optional<Connection> ConnectionStore::byName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const Connection& connection : list()) {
        if (connection.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return connection;
    }
    return std::nullopt;
}

QString ConnectionStore::add(Connection& connection)
{
    Connection candidate = connection;
    candidate.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    candidate.name = candidate.name.trimmed();
    candidate.apiUrl = candidate.apiUrl.trimmed();
    if (const QString problem = check(candidate); !problem.isEmpty())
        return problem;
    write(candidate);
    connection = candidate;
    return {};
}

QString ConnectionStore::update(const Connection& connection)
{
    const std::optional<Connection> saved = read(connection.id);
    if (!saved)
        return tr("The connection no longer exists.");
    Connection changed = connection;
    changed.name = changed.name.trimmed();
    changed.apiUrl = changed.apiUrl.trimmed();
    changed.legacyDataKey = saved->legacyDataKey;
    if (const QString problem = check(changed); !problem.isEmpty())
        return problem;
    write(changed);
    return {};
}

bool ConnectionStore::remove(const QString& id)
{
    if (!read(id))
        return false;
    m_settings.remove(Group + u'/' + id);
    if (m_settings.value(CurrentKey).toString() == id)
        m_settings.remove(CurrentKey);
    m_settings.sync();
    return true;
}

void ConnectionStore::saveUnchecked(const Connection& connection)
{
    if (isPlainId(connection.id))
        write(connection);
}

std::optional<Connection> ConnectionStore::current() const
{
    if (std::optional<Connection> chosen = read(m_settings.value(CurrentKey).toString()))
        return chosen;
    const QList<Connection> all = list();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

void ConnectionStore::setCurrentId(const QString& id)
{
    if (!read(id))
        return;
    m_settings.setValue(CurrentKey, id);
    m_settings.sync();
}

QString ConnectionStore::checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A connection needs a name.");
    if (trimmed.size() > MaxNameLength)
        return tr("A connection's name can be at most %1 characters long.").arg(MaxNameLength);
    if (hasControlCharacters(trimmed, false))
        return tr("A connection's name cannot contain control or invisible formatting characters.");
    return {};
}

QString ConnectionStore::checkApiUrl(const QString& apiUrl)
{
    QString problem;
    if (!ApiEndpoint::parse(apiUrl.trimmed(), &problem).isValid())
        return problem;
    return {};
}

QString ConnectionStore::checkNote(const QString& note)
{
    if (note.size() > MaxNoteLength)
        return tr("A note can be at most %1 characters long.").arg(MaxNoteLength);
    if (hasControlCharacters(note, true))
        return tr("A note cannot contain control or invisible formatting characters.");
    return {};
}

QString ConnectionStore::check(const Connection& connection) const
{
    for (const QString& problem :
         {checkName(connection.name), checkApiUrl(connection.apiUrl), checkNote(connection.note)}) {
        if (!problem.isEmpty())
            return problem;
    }
    if (connection.environment == EnvironmentType::Demo)
        return tr("The demo sandbox is built in; a saved connection is Production, Staging or Development.");
    const QList<Connection> others = list();
    int count = 0;
    for (const Connection& other : others) {
        if (other.id == connection.id)
            continue;
        ++count;
        if (other.name.compare(connection.name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("A connection named \"%1\" exists already.").arg(other.name);
    }
    if (count >= MaxConnections)
        return tr("There can be at most %1 connections.").arg(MaxConnections);
    return {};
}

QString ConnectionStore::namesText() const
{
    QStringList names;
    for (const Connection& connection : list())
        names.append(connection.name);
    return names.join(QStringLiteral(", "));
}

std::optional<Connection> ConnectionStore::read(const QString& id) const
{
    if (!isPlainId(id))
        return std::nullopt;
    const QString prefix = Group + u'/' + id + u'/';
    if (!m_settings.contains(prefix + NameKey) && !m_settings.contains(prefix + UrlKey))
        return std::nullopt;
    Connection connection;
    connection.id = id;
    connection.name = m_settings.value(prefix + NameKey).toString().trimmed();
    // A name lost or spoilt by a hand edit: the connection stays usable and can be renamed.
    if (!checkName(connection.name).isEmpty())
        connection.name = id;
    connection.apiUrl = m_settings.value(prefix + UrlKey).toString();
    // An unknown type is taken for the careful one.
    connection.environment = Environment::fromCode(m_settings.value(prefix + EnvironmentKey).toString())
                                 .value_or(EnvironmentType::Production);
    connection.note = m_settings.value(prefix + NoteKey).toString();
    connection.legacyDataKey = m_settings.value(prefix + LegacyDataKey).toString();
    return connection;
}

void ConnectionStore::write(const Connection& connection)
{
    const QString prefix = Group + u'/' + connection.id + u'/';
    m_settings.setValue(prefix + NameKey, connection.name);
    m_settings.setValue(prefix + UrlKey, connection.apiUrl);
    m_settings.setValue(prefix + EnvironmentKey, Environment::code(connection.environment));
    m_settings.setValue(prefix + NoteKey, connection.note);
    if (connection.legacyDataKey.isEmpty())
        m_settings.remove(prefix + LegacyDataKey);
    else
        m_settings.setValue(prefix + LegacyDataKey, connection.legacyDataKey);
    m_settings.sync();
}
