#include "connectionscommand.h"

#include "cliarguments.h"
#include "clioutput.h"
#include "cliterminal.h"
#include "clitokensource.h"
#include "clitokenstore.h"
#include "core/api/apiendpoint.h"
#include "core/connections/connectionstore.h"
#include "core/text/servertext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <utility>

namespace {

using Action = CliArguments::ConnectionsAction;

// A note is cut in the list's table; --json and export carry it whole.
constexpr int MaxNoteChars = 40;

QString shown(const QString& text, int maxChars = 0)
{
    return ServerText::oneLine(text, maxChars);
}

// "acme-prod (Production, https://api.acme.example/api/v1)"
QString described(const Connection& connection)
{
    return ConnectionsCommand::tr("%1 (%2, %3)")
        .arg(shown(connection.name), Environment::word(connection.environment), shown(connection.apiUrl));
}

QString shownPath(const QString& path)
{
    return shown(QDir::toNativeSeparators(path));
}

// Rows of cells, each column as wide as its widest cell, without spaces at the end of a line.
QStringList alignedRows(const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QStringList lines;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths.at(column) + 2);
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

// What import did with one entry of the file.
struct ImportOutcome
{
    enum class Kind
    {
        Added,
        Skipped,
        WouldOverwrite,
        Replaced,
        Invalid,
    };
    Kind kind = Kind::Invalid;
    QString name;   // as the file gives it (untrusted), or "entry N" when it has none
    QString detail; // why, for Skipped, WouldOverwrite and Invalid
};

QString kindWord(ImportOutcome::Kind kind)
{
    switch (kind) {
    case ImportOutcome::Kind::Added:
        return ConnectionsCommand::tr("added");
    case ImportOutcome::Kind::Skipped:
        return ConnectionsCommand::tr("skipped");
    case ImportOutcome::Kind::WouldOverwrite:
        return ConnectionsCommand::tr("would overwrite");
    case ImportOutcome::Kind::Replaced:
        return ConnectionsCommand::tr("replaced");
    case ImportOutcome::Kind::Invalid:
        break;
    }
    return ConnectionsCommand::tr("invalid");
}

// One entry of an import file as a connection; an empty `problem` when its fields can be used.
struct ImportEntry
{
    Connection connection;
    QString label; // its name, or "entry N"
    QString problem;
};

ImportEntry readEntry(const QJsonValue& value, int number)
{
    ImportEntry entry;
    entry.label = ConnectionsCommand::tr("entry %1").arg(number);
    if (!value.isObject()) {
        entry.problem = ConnectionsCommand::tr("not a JSON object.");
        return entry;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue name = object.value(QLatin1String("name"));
    const QJsonValue apiUrl = object.value(QLatin1String("apiUrl"));
    const QJsonValue environment = object.value(QLatin1String("environment"));
    const QJsonValue note = object.value(QLatin1String("note"));
    if (!name.isString()) {
        entry.problem = ConnectionsCommand::tr("\"name\" is missing or not text.");
        return entry;
    }
    entry.connection.name = name.toString().trimmed();
    if (!entry.connection.name.isEmpty())
        entry.label = entry.connection.name;
    if (!apiUrl.isString()) {
        entry.problem = ConnectionsCommand::tr("\"apiUrl\" is missing or not text.");
        return entry;
    }
    entry.connection.apiUrl = apiUrl.toString().trimmed();
    if (!note.isUndefined() && !note.isNull() && !note.isString()) {
        entry.problem = ConnectionsCommand::tr("\"note\" is not text.");
        return entry;
    }
    entry.connection.note = note.toString();
    if (environment.isUndefined() || environment.isNull()) {
        entry.connection.environment = Environment::defaultFor(entry.connection.apiUrl);
    } else if (const std::optional<EnvironmentType> type = Environment::fromCode(environment.toString());
               environment.isString() && type) {
        entry.connection.environment = *type;
    } else {
        entry.problem =
            ConnectionsCommand::tr("\"environment\" must be one of %1.").arg(Environment::storedCodes());
        return entry;
    }
    for (const QString& problem : {ConnectionStore::checkName(entry.connection.name),
                                   ConnectionStore::checkApiUrl(entry.connection.apiUrl),
                                   ConnectionStore::checkNote(entry.connection.note)}) {
        if (!problem.isEmpty()) {
            entry.problem = problem;
            break;
        }
    }
    return entry;
}

bool sameSettings(const Connection& a, const Connection& b)
{
    return a.apiUrl.trimmed() == b.apiUrl.trimmed() && a.environment == b.environment && a.note == b.note;
}

} // namespace

ConnectionsCommand::ConnectionsCommand(const CliArguments& arguments, ConnectionStore& store,
                                       AppSettings& settings, CliOutput& output)
    : m_arguments(arguments)
    , m_store(store)
    , m_settings(settings)
    , m_output(output)
{}

ExitCode ConnectionsCommand::run()
{
    switch (m_arguments.connectionsAction) {
    case Action::List:
        return list();
    case Action::Add:
        return add();
    case Action::Remove:
        return remove();
    case Action::SetToken:
        return setToken();
    case Action::Export:
        return exportFile();
    case Action::Import:
        break;
    }
    return importFile();
}

QJsonObject ConnectionsCommand::exported(const QList<Connection>& connections)
{
    QJsonArray entries;
    for (const Connection& connection : connections) {
        entries.append(QJsonObject{
            {QStringLiteral("name"), connection.name},
            {QStringLiteral("apiUrl"), connection.apiUrl},
            {QStringLiteral("environment"), Environment::code(connection.environment)},
            {QStringLiteral("note"), connection.note},
        });
    }
    return {
        {QStringLiteral("format"), FileFormat},
        {QStringLiteral("version"), FileVersion},
        {QStringLiteral("connections"), entries},
    };
}

ExitCode ConnectionsCommand::list()
{
    const QList<Connection> connections = m_store.list();
    const std::optional<Connection> current = m_store.current();
    const QList<bool> tokens = tokensStored(connections);
    const auto isCurrent = [&current](const Connection& connection) {
        return current && current->id == connection.id;
    };
    if (m_output.isJson()) {
        for (qsizetype i = 0; i < connections.size(); ++i) {
            const Connection& connection = connections.at(i);
            m_output.json({
                {QStringLiteral("name"), connection.name},
                {QStringLiteral("apiUrl"), connection.apiUrl},
                {QStringLiteral("environment"), Environment::code(connection.environment)},
                {QStringLiteral("tokenStored"), tokens.at(i)},
                {QStringLiteral("note"), connection.note},
                {QStringLiteral("current"), isCurrent(connection)},
            });
        }
        return ExitCode::Success;
    }
    QList<QStringList> rows{
        {QString(), tr("NAME"), tr("ENVIRONMENT"), tr("API URL"), tr("TOKEN"), tr("NOTE")}};
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const Connection& connection = connections.at(i);
        rows.append({isCurrent(connection) ? QStringLiteral("*") : QString(), shown(connection.name),
                     Environment::word(connection.environment), shown(connection.apiUrl),
                     tokens.at(i) ? tr("saved") : tr("none"), shown(connection.note, MaxNoteChars)});
    }
    for (const QString& line : alignedRows(rows))
        m_output.line(line);
    m_output.note(tr("* the connection used when none is named (--connection, EXTRACTA_CONNECTION)."));
    return ExitCode::Success;
}

QList<bool> ConnectionsCommand::tokensStored(const QList<Connection>& connections)
{
    CliTokenStore store(m_settings);
    QList<bool> stored;
    bool available = true;
    bool warned = false;
    for (const Connection& connection : connections) {
        if (!available) {
            stored.append(false);
            continue;
        }
        const CliTokenStore::Answer answer = store.read(connection.tokenEntry());
        switch (answer.status) {
        case TokenStore::Status::Ok:
            stored.append(!answer.token.trimmed().isEmpty());
            // A token file others can read: said once, not once per connection.
            if (!answer.message.isEmpty() && !warned) {
                m_output.error(answer.message);
                warned = true;
            }
            break;
        case TokenStore::Status::NotFound:
            stored.append(false);
            break;
        case TokenStore::Status::Unavailable:
            // One keychain that does not answer would make every connection wait its timeout.
            available = false;
            stored.append(false);
            m_output.error(tr("%1 Whether tokens are saved cannot be told; they are listed as not saved.")
                               .arg(answer.message));
            break;
        case TokenStore::Status::Failed:
            stored.append(false);
            m_output.error(
                tr("The token of %1 could not be read: %2").arg(shown(connection.name), answer.message));
            break;
        }
    }
    return stored;
}

ExitCode ConnectionsCommand::add()
{
    Connection connection;
    connection.name = m_arguments.connectionsTarget;
    connection.apiUrl = m_arguments.apiUrl.value_or(QString()).trimmed();
    connection.environment = m_arguments.environment.value_or(Environment::defaultFor(connection.apiUrl));
    connection.note = m_arguments.note;
    if (const QString problem = m_store.add(connection); !problem.isEmpty()) {
        m_output.error(tr("The connection was not added: %1").arg(problem));
        return ExitCode::UsageError;
    }
    m_output.line(tr("Added the connection %1.").arg(described(connection)));
    m_output.note(tr("Save its token with: extracta-batch connections set-token \"%1\" --token-stdin")
                      .arg(shown(connection.name)));
    return ExitCode::Success;
}

ExitCode ConnectionsCommand::remove()
{
    const std::optional<Connection> connection = named();
    if (!connection)
        return ExitCode::UsageError;
    if (m_store.list().size() <= 1) {
        m_output.error(tr("%1 is the only connection, so it is not removed: add another first "
                          "(extracta-batch connections add).")
                           .arg(shown(connection->name)));
        return ExitCode::UsageError;
    }
    CliTokenStore tokens(m_settings);
    const CliTokenStore::Answer answer = tokens.remove(connection->tokenEntry());
    m_store.remove(connection->id);
    m_output.line(tr("Removed the connection %1.").arg(described(*connection)));
    switch (answer.status) {
    case TokenStore::Status::Ok:
        m_output.line(tr("Removed its token from %1.").arg(tokens.description()));
        break;
    case TokenStore::Status::NotFound:
        m_output.line(tr("It had no token saved in %1.").arg(tokens.description()));
        break;
    case TokenStore::Status::Unavailable:
    case TokenStore::Status::Failed:
        m_output.error(tr("Its token could not be removed from %1: %2 No connection uses it any more; remove "
                          "it from the keychain by hand if you want it gone.")
                           .arg(tokens.description(), answer.message));
        break;
    }
    m_output.note(tr("Its entries in the audit trail stay."));
    if (const std::optional<Connection> current = m_store.current())
        m_output.note(tr("Used when no connection is named: %1.").arg(shown(current->title())));
    return ExitCode::Success;
}

ExitCode ConnectionsCommand::setToken()
{
    const std::optional<Connection> connection = named();
    if (!connection)
        return ExitCode::UsageError;
    const CliTokenSource::Result token =
        CliTokenSource::fromStandardInput(tr("API token for %1 (not shown): ").arg(shown(connection->name)));
    if (!token.problem.isEmpty()) {
        m_output.error(tr("No token was saved: %1").arg(token.problem));
        return ExitCode::UsageError;
    }
    CliTokenStore store(m_settings);
    const CliTokenStore::Answer answer = store.write(connection->tokenEntry(), token.token);
    if (answer.status != TokenStore::Status::Ok) {
        m_output.error(tr("The token of %1 was not saved in %2: %3 Until it can be, set EXTRACTA_API_TOKEN "
                          "or use --token-stdin for each run (or choose the settings file for tokens in "
                          "Extracta Batch Admin's settings).")
                           .arg(shown(connection->name), store.description(), answer.message));
        return ExitCode::UsageError;
    }
    m_output.line(
        tr("Saved the token of the connection %1 in %2.").arg(shown(connection->name), store.description()));
    if (environmentValue("EXTRACTA_API_TOKEN"))
        m_output.note(tr("EXTRACTA_API_TOKEN is set: as long as it is, it wins over every saved token."));
    return ExitCode::Success;
}

ExitCode ConnectionsCommand::exportFile()
{
    const QList<Connection> connections = m_store.list();
    const QJsonObject file = exported(connections);
    if (m_arguments.connectionsTarget == CliArguments::StandardInput) {
        m_output.json(file);
        return ExitCode::Success;
    }
    // Written whole or not at all: a cut-short file would import as "not JSON".
    QSaveFile out(m_arguments.connectionsTarget);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(file).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        m_output.error(tr("The export file could not be written: %1").arg(out.errorString()));
        return ExitCode::UsageError;
    }
    m_output.note(tr("Exported %n connection(s) to %1 (names, URLs, environments and notes; no tokens).",
                     nullptr, int(connections.size()))
                      .arg(shownPath(m_arguments.connectionsTarget)));
    return ExitCode::Success;
}

std::optional<QJsonArray> ConnectionsCommand::readImportFile()
{
    QByteArray bytes;
    bool tooLarge = false;
    if (m_arguments.connectionsTarget == CliArguments::StandardInput) {
        bytes = CliTerminal::readAll(MaxImportBytes, &tooLarge);
    } else {
        QFile in(m_arguments.connectionsTarget);
        if (!in.open(QIODevice::ReadOnly)) {
            // The name is not repeated: a mistyped word could be anything, a token included.
            m_output.error(tr("The import file cannot be read: %1").arg(in.errorString()));
            return std::nullopt;
        }
        bytes = in.read(MaxImportBytes + 1);
        tooLarge = bytes.size() > MaxImportBytes;
    }
    if (tooLarge) {
        m_output.error(tr("The import file is larger than 1 MiB, so it is not a file of connections. "
                          "Nothing was imported."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject file = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        m_output.error(tr("The import file is not a JSON object. Nothing was imported."));
        return std::nullopt;
    }
    if (file.value(QLatin1String("format")).toString() != FileFormat) {
        m_output.error(tr("The import file is not an export of extracta-batch connections (its \"format\" "
                          "is not \"%1\"). Nothing was imported.")
                           .arg(FileFormat));
        return std::nullopt;
    }
    if (file.value(QLatin1String("version")).toInt(-1) != FileVersion ||
        !file.value(QLatin1String("connections")).isArray()) {
        m_output.error(tr("The import file is of a version this tool cannot read (it reads version %1). "
                          "Nothing was imported.")
                           .arg(FileVersion));
        return std::nullopt;
    }
    return file.value(QLatin1String("connections")).toArray();
}

ExitCode ConnectionsCommand::importFile()
{
    const std::optional<QJsonArray> read = readImportFile();
    if (!read)
        return ExitCode::UsageError;
    const QJsonArray& entries = *read;
    QHash<ImportOutcome::Kind, int> counts;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ImportEntry entry = readEntry(entries.at(i), int(i + 1));
        ImportOutcome outcome{ImportOutcome::Kind::Invalid, entry.label, entry.problem};
        if (entry.problem.isEmpty()) {
            if (const std::optional<Connection> existing = m_store.byName(entry.connection.name)) {
                if (sameSettings(*existing, entry.connection)) {
                    outcome = {ImportOutcome::Kind::Skipped, entry.label, tr("saved already, the same")};
                } else if (!m_arguments.overwrite) {
                    outcome = {ImportOutcome::Kind::WouldOverwrite, entry.label,
                               tr("saved already with other settings; --overwrite replaces them")};
                } else {
                    // The id stays, and with it the token saved for the connection.
                    Connection changed = *existing;
                    changed.apiUrl = entry.connection.apiUrl;
                    changed.environment = entry.connection.environment;
                    changed.note = entry.connection.note;
                    const QString problem = m_store.update(changed);
                    // A saved token that now goes to another URL, or a type that asks for less, is said.
                    QString detail;
                    if (existing->apiUrl != changed.apiUrl || existing->environment != changed.environment)
                        detail = tr("was %1 (%2), now %3 (%4); its saved token goes to the new URL")
                                     .arg(existing->apiUrl, Environment::code(existing->environment),
                                          changed.apiUrl, Environment::code(changed.environment));
                    outcome = problem.isEmpty()
                                  ? ImportOutcome{ImportOutcome::Kind::Replaced, entry.label, detail}
                                  : ImportOutcome{ImportOutcome::Kind::Invalid, entry.label, problem};
                }
            } else {
                Connection added = entry.connection;
                const QString problem = m_store.add(added);
                outcome = problem.isEmpty()
                              ? ImportOutcome{ImportOutcome::Kind::Added, entry.label, {}}
                              : ImportOutcome{ImportOutcome::Kind::Invalid, entry.label, problem};
            }
        }
        ++counts[outcome.kind];
        QString line = shown(outcome.name, ConnectionStore::MaxNameLength);
        if (!outcome.detail.isEmpty())
            line += QStringLiteral("  (%1)").arg(shown(outcome.detail));
        rows.append({kindWord(outcome.kind), line});
    }
    for (const QString& line : alignedRows(rows))
        m_output.line(line);
    m_output.note(tr("%1 added, %2 skipped, %3 would overwrite, %4 replaced, %5 invalid.")
                      .arg(counts.value(ImportOutcome::Kind::Added))
                      .arg(counts.value(ImportOutcome::Kind::Skipped))
                      .arg(counts.value(ImportOutcome::Kind::WouldOverwrite))
                      .arg(counts.value(ImportOutcome::Kind::Replaced))
                      .arg(counts.value(ImportOutcome::Kind::Invalid)));
    return ExitCode::Success;
}

std::optional<Connection> ConnectionsCommand::named()
{
    std::optional<Connection> connection = m_store.byName(m_arguments.connectionsTarget);
    if (!connection) {
        // The name given is not repeated: a token pasted into the wrong place must not be shown.
        m_output.error(tr("No connection has that name. Known connections: %1.").arg(m_store.namesText()));
    }
    return connection;
}
