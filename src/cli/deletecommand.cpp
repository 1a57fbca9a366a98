#include "deletecommand.h"

#include "cliarguments.h"
#include "cliaudittrail.h"
#include "cliconnection.h"
#include "clijson.h"
#include "clioutput.h"
#include "cliteamdatabase.h"
#include "cliterminal.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/text/servertext.h"
#include "deleteconfirmation.h"
#include "deletionlistreader.h"
#include "interruptwatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <utility>

namespace {

// A long list of bad lines is cut here; the first ones are enough to fix the file.
constexpr int MaxListedProblems = 50;
// How often the progress line on a terminal may change during a run.
constexpr qint64 ProgressIntervalMs = 100;

QString resultWord(DeletionResultKind kind)
{
    switch (kind) {
    case DeletionResultKind::Deleted:
        return DeleteCommand::tr("Deleted");
    case DeletionResultKind::NotFound:
        return DeleteCommand::tr("Not found");
    case DeletionResultKind::Refused:
        return DeleteCommand::tr("Refused");
    case DeletionResultKind::RateLimited:
        return DeleteCommand::tr("Rate limited");
    case DeletionResultKind::NetworkError:
        return DeleteCommand::tr("Network error");
    case DeletionResultKind::Unknown:
        return DeleteCommand::tr("Unknown");
    case DeletionResultKind::NotSent:
        return DeleteCommand::tr("Not sent");
    case DeletionResultKind::Cancelled:
        break;
    }
    return DeleteCommand::tr("Cancelled");
}

} // namespace

DeleteCommand::DeleteCommand(const CliArguments& arguments, AppSettings& settings, Connection connection,
                             CliOutput& output)
    : m_arguments(arguments)
    , m_settings(settings)
    , m_connection(std::move(connection))
    , m_output(output)
{}

ExitCode DeleteCommand::run()
{
    const QString unconfirmable = confirmationProblem();
    if (!unconfirmable.isEmpty()) {
        m_output.error(unconfirmable);
        return ExitCode::UsageError;
    }
    QList<DeletionItem> items;
    if (!readItems(&items))
        return ExitCode::UsageError;
    CliConnection connection;
    if (!connection.open(m_arguments, m_settings, m_connection, m_output))
        return ExitCode::UsageError;

    // The audit trail is the app's. A file that is no database, another program's or cut short is set
    // aside and a new one started (the message says so); one that must be left alone (newer, busy,
    // read-only) leaves only memory, and no deletion goes out without its record on disk.
    Database database;
    AuditLog audit(database);
    CliAuditTrail::open(database, audit, m_output);
    if (!audit.keepsRecordsOnDisk()) {
        m_output.error(tr("Nothing was sent: no deletion leaves without its audit record on disk."));
        return ExitCode::UsageError;
    }
    // The trail belongs to a connection: the entries made before connections existed go to the one
    // carried over from that setup.
    if (!m_connection.legacyDataKey.isEmpty())
        audit.adoptLegacyEntries(m_connection.legacyDataKey, m_connection.id, m_connection.name);

    const ConfirmationPlace place{connection.endpoint().hostLabel(), m_connection.title()};
    if (!m_arguments.assumeYes && !DeleteConfirmation::confirm(items, place, connection.client())) {
        m_output.error(tr("Not confirmed: nothing was deleted."));
        return ExitCode::Declined;
    }
    // From here on, Ctrl+C or SIGTERM winds the run down instead of ending it halfway with requests in
    // flight and their audit entries unfinished; a second one ends it at once. Before, nothing has been
    // sent, so an interrupt (at the confirmation question, say) just ends the process as usual.
    InterruptWatcher interrupts;
    const ExitCode code = summarize(deleteAll(items, connection, audit, interrupts));
    // The team trail is a copy: it gets the entries now if it can, and the run's exit code is the
    // deletions' whatever it answers (the entries it did not take are said to be pending).
    if (!interrupts.wasInterrupted())
        CliTeamDatabase(m_settings).syncAfterDeletions(database, m_output);
    return interrupts.wasInterrupted() ? ExitCode::Interrupted : code;
}

QList<DeletionResult> DeleteCommand::deleteAll(const QList<DeletionItem>& items, CliConnection& connection,
                                               AuditLog& audit, InterruptWatcher& interrupts)
{
    DeletionQueue queue(connection.client(), &audit,
                        AuditOrigin{connection.endpoint().hostLabel(), m_connection.id, m_connection.name},
                        AuditLog::currentOsUser());
    const int bulkConcurrency =
        m_arguments.concurrency > 0 ? m_arguments.concurrency : DeletionQueue::DefaultConcurrency;
    queue.setConcurrency(items.size() == 1 ? 1 : bulkConcurrency);
    QEventLoop loop;
    QObject::connect(&queue, &DeletionQueue::itemFinished, &loop,
                     [this](int, const DeletionResult& result) { printResult(result); });
    QElapsedTimer sinceProgress;
    if (items.size() > 1 && m_output.showsProgress()) {
        // A person reads a few updates a second; a fast run answers hundreds of times a second.
        QObject::connect(&queue, &DeletionQueue::progressChanged, &loop, [this, &queue, &sinceProgress] {
            const DeletionQueue::Progress progress = queue.progress();
            if (sinceProgress.isValid() && sinceProgress.elapsed() < ProgressIntervalMs &&
                progress.remaining > 0)
                return;
            sinceProgress.start();
            m_output.progress(progressText(progress));
        });
    }
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [this, &queue] {
        if (!queue.isRunning())
            return;
        const int inFlight = queue.progress().inFlight;
        if (inFlight > 0)
            m_output.error(tr("Interrupted: no new deletions start; waiting for the answer to %n deletion(s) "
                              "in flight… (Ctrl+C again to quit at once)",
                              nullptr, inFlight));
        else
            m_output.error(tr("Interrupted: no new deletions start."));
        // Waiting items end Cancelled, with no audit entry (none is written before a request leaves), and
        // the answers to the requests in flight are still recorded.
        queue.cancel();
    });
    // A script has nobody to ask: when the run stops by itself, the batches left are not sent.
    QObject::connect(&queue, &DeletionQueue::stopped, &loop,
                     [this, &queue](RunStopReason, const QString& why) {
                         m_output.error(tr("The run stopped: %1 The batches left are not sent.").arg(why));
                         queue.cancel();
                     });
    QObject::connect(&queue, &DeletionQueue::finished, &loop, &QEventLoop::quit);
    queue.start(items);
    if (queue.isRunning())
        loop.exec();
    m_output.endProgress();
    return queue.results();
}

QString DeleteCommand::confirmationProblem() const
{
    if (m_arguments.assumeYes)
        return {};
    if (m_arguments.csvSource == CliArguments::StandardInput)
        return tr("--from-csv - reads the list from standard input, so no confirmation can be typed "
                  "there. Add --yes to delete without confirmation. Nothing was sent.");
    if (!CliTerminal::isStdinTerminal())
        return tr("Standard input is not a terminal, so no confirmation can be typed. Add --yes to "
                  "delete without confirmation. Nothing was sent.");
    return {};
}

bool DeleteCommand::readItems(QList<DeletionItem>* items)
{
    if (m_arguments.csvSource.isEmpty()) {
        DeletionItem item;
        item.classificationId = m_arguments.classificationId;
        item.batchId = m_arguments.batchId;
        *items = {item};
        return true;
    }
    const DeletionListReader::List list = DeletionListReader::read(m_arguments.csvSource);
    if (!list.error.isEmpty()) {
        m_output.error(list.error);
        return false;
    }
    if (!list.problems.isEmpty()) {
        m_output.error(tr("%n line(s) of the list cannot be used; nothing was sent:", nullptr,
                          int(list.problems.size())));
        const qsizetype shown = std::min<qsizetype>(list.problems.size(), MaxListedProblems);
        for (qsizetype i = 0; i < shown; ++i) {
            const IdListProblem& problem = list.problems.at(i);
            CliTerminal::writeError(tr("  line %1: %2\n").arg(problem.line).arg(problem.message));
        }
        if (shown < list.problems.size())
            CliTerminal::writeError(tr("  … and %n more.\n", nullptr, int(list.problems.size() - shown)));
        return false;
    }
    *items = list.items;
    return true;
}

void DeleteCommand::printResult(const DeletionResult& result)
{
    if (m_output.isJson()) {
        m_output.json(CliJson::deletionResult(result));
        return;
    }
    if (m_output.isQuiet() && result.kind == DeletionResultKind::Deleted)
        return;
    m_output.line(resultLine(result));
}

QString DeleteCommand::resultLine(const DeletionResult& result)
{
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(resultWord(result.kind), -13)
                       .arg(ServerText::visibleId(result.item.classificationId),
                            ServerText::visibleId(result.item.batchId));
    QStringList details;
    if (result.outcome.httpStatus > 0)
        details << tr("HTTP %1").arg(result.outcome.httpStatus);
    if (!result.message.isEmpty())
        details << ServerText::oneLine(result.message);
    if (!details.isEmpty() && result.kind != DeletionResultKind::Deleted)
        line += QStringLiteral("  (%1)").arg(details.join(QStringLiteral(": ")));
    return line;
}

QString DeleteCommand::progressText(const DeletionQueue::Progress& progress)
{
    QString text = tr("%1/%2 done, %3 failed, %4 unknown")
                       .arg(progress.total - progress.remaining)
                       .arg(progress.total)
                       .arg(progress.failed)
                       .arg(progress.unknown);
    if (progress.remaining > 0 && progress.estimatedRemainingMs >= 0)
        text += tr(", ~%1 s left").arg((progress.estimatedRemainingMs + 999) / 1000);
    return text;
}

ExitCode DeleteCommand::summarize(const QList<DeletionResult>& results)
{
    ExitCode code = ExitCode::Success;
    bool tokenRejected = false;
    int unknown = 0;
    int cancelled = 0;
    int notSent = 0;
    for (const DeletionResult& result : results) {
        code = mostSerious(code, exitCodeFor(result));
        tokenRejected = tokenRejected || result.outcome.kind == ApiOutcome::Kind::TokenRejected;
        unknown += result.kind == DeletionResultKind::Unknown ? 1 : 0;
        cancelled += result.kind == DeletionResultKind::Cancelled ? 1 : 0;
        notSent += result.kind == DeletionResultKind::NotSent ? 1 : 0;
    }
    if (unknown > 0)
        m_output.error(tr("%n deletion(s) got no answer in time: the server may or may not have deleted "
                          "them. Check with the inspect command before trying again.",
                          nullptr, unknown));
    if (tokenRejected)
        m_output.error(tr("The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved for the "
                          "connection %1 (connections set-token).")
                           .arg(ServerText::oneLine(m_connection.name)));
    if (results.size() > 1 && !m_output.isJson()) {
        const auto count = [&results](DeletionResultKind kind) {
            return std::count_if(results.cbegin(), results.cend(),
                                 [kind](const DeletionResult& result) { return result.kind == kind; });
        };
        m_output.note(
            tr("%1 of %2 batches deleted.").arg(count(DeletionResultKind::Deleted)).arg(results.size()));
    }
    if (cancelled > 0 && !m_output.isJson())
        m_output.note(tr("%n batch(es) not sent because the run was interrupted.", nullptr, cancelled));
    if (notSent > 0 && !m_output.isJson())
        m_output.note(tr("%n batch(es) not sent because the run stopped.", nullptr, notSent));
    return code;
}
