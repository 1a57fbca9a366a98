#include "readcommands.h"

#include "cliarguments.h"
#include "cliconnection.h"
#include "clijson.h"
#include "clioutput.h"
#include "core/api/apianswers.h"
#include "core/text/servertext.h"

#include <QLocale>

#include <utility>

ReadCommands::ReadCommands(const CliArguments& arguments, AppSettings& settings, Connection connection,
                           CliOutput& output)
    : m_arguments(arguments)
    , m_settings(settings)
    , m_connection(std::move(connection))
    , m_output(output)
{}

ExitCode ReadCommands::credits()
{
    CliConnection connection;
    if (!connection.open(m_arguments, m_settings, m_connection, m_output))
        return ExitCode::UsageError;
    const CliConnection::Answer answer = CliConnection::wait(connection.client().fetchCredits());
    if (!answer.outcome.isSuccess())
        return failure(tr("Checking the token"), answer.outcome);
    const QJsonValue credits = answer.body.value(QLatin1String("credits"));
    if (m_output.isJson())
        m_output.json(CliJson::credits(credits));
    else if (credits.isDouble())
        m_output.line(tr("Credits: %1").arg(QLocale().toString(credits.toDouble(), 'f', 0)));
    else
        m_output.line(tr("The token works; the answer named no number of credits."));
    return ExitCode::Success;
}

ExitCode ReadCommands::inspect()
{
    CliConnection connection;
    if (!connection.open(m_arguments, m_settings, m_connection, m_output))
        return ExitCode::UsageError;
    const CliConnection::Answer answer =
        CliConnection::wait(connection.client().viewClassification(m_arguments.classificationId));
    if (!answer.outcome.isSuccess())
        return failure(tr("Classification %1").arg(ServerText::visibleId(m_arguments.classificationId)),
                       answer.outcome);

    const ClassificationRecord record =
        ApiAnswers::classificationDetails(answer.body, m_arguments.classificationId, nullptr);
    if (m_output.isJson()) {
        m_output.json(CliJson::classification(record));
    } else {
        m_output.line(tr("Classification %1").arg(ServerText::visibleId(record.id)));
        m_output.line(tr("  Name:           %1").arg(ServerText::oneLine(record.name)));
        if (!record.description.isEmpty())
            m_output.line(tr("  Description:    %1").arg(ServerText::oneLine(record.description)));
        QStringList types;
        for (const QString& type : record.documentTypes)
            types << ServerText::oneLine(type);
        m_output.line(tr("  Document types: %1").arg(types.join(QStringLiteral(", "))));
    }
    return m_arguments.batchId.isEmpty() ? ExitCode::Success : inspectBatch(connection);
}

ExitCode ReadCommands::inspectBatch(CliConnection& connection)
{
    const CliConnection::Answer answer = CliConnection::wait(
        connection.client().getResults(m_arguments.classificationId, m_arguments.batchId));
    if (!answer.outcome.isSuccess())
        return failure(tr("Batch %1").arg(ServerText::visibleId(m_arguments.batchId)), answer.outcome);
    const QList<FileRecord> files = ApiAnswers::batchFiles(answer.body);
    if (m_output.isJson()) {
        for (const FileRecord& file : files)
            m_output.json(CliJson::file(file));
        return ExitCode::Success;
    }
    m_output.line(tr("Batch %1: %n file(s)", nullptr, int(files.size()))
                      .arg(ServerText::visibleId(m_arguments.batchId)));
    for (const FileRecord& file : files) {
        const QString confidence = file.confidence < 0
                                       ? QStringLiteral("-")
                                       : QLocale().toString(file.confidence * 100, 'f', 0) + u'%';
        m_output.line(QStringLiteral("  %1  %2  %3  %4  %5")
                          .arg(ServerText::visibleId(file.fileId), ServerText::oneLine(file.fileName),
                               ServerText::oneLine(file.status),
                               file.documentType.isEmpty() ? QStringLiteral("-")
                                                           : ServerText::oneLine(file.documentType),
                               confidence));
    }
    return ExitCode::Success;
}

ExitCode ReadCommands::failure(const QString& what, const ApiOutcome& outcome)
{
    QString text = outcome.kind == ApiOutcome::Kind::TokenRejected
                       ? tr("The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved for "
                            "the connection %1 (connections set-token).")
                             .arg(ServerText::oneLine(m_connection.name))
                       : outcome.detail;
    if (outcome.httpStatus > 0)
        text += tr(" (HTTP %1)").arg(outcome.httpStatus);
    if (!outcome.serverMessage.isEmpty() && !text.contains(outcome.serverMessage))
        text += tr(" Server message: %1").arg(outcome.serverMessage);
    m_output.error(tr("%1: %2").arg(what, ServerText::oneLine(text)));
    return exitCodeFor(outcome);
}
