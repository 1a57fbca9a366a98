#pragma once

#include "cliexitcode.h"
#include "core/connections/connection.h"
#include "core/deletion/deletionqueue.h"

#include <QCoreApplication>

class AppSettings;
class AuditLog;
class CliConnection;
class CliOutput;
class InterruptWatcher;
struct CliArguments;

// `delete`: one batch or a list, confirmed, sent through the deletion queue shared with the app and
// recorded in the app's audit trail under the run's connection.
class DeleteCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)

public:
    DeleteCommand(const CliArguments& arguments, AppSettings& settings, Connection connection,
                  CliOutput& output);

    ExitCode run();

    // "12/40 done, 1 failed, 0 unknown, ~8 s left"
    static QString progressText(const DeletionQueue::Progress& progress);
    // The human line for one batch: "Deleted       <classification> <batch>", then any message.
    static QString resultLine(const DeletionResult& result);

private:
    // Why the run cannot ask for confirmation; empty when it can (or need not).
    QString confirmationProblem() const;
    bool readItems(QList<DeletionItem>* items);
    // Runs the deletion queue to its end, printing each result as it arrives. An interrupt cancels the
    // queue: nothing new is sent, requests in flight are answered and recorded.
    QList<DeletionResult> deleteAll(const QList<DeletionItem>& items, CliConnection& connection,
                                    AuditLog& audit, InterruptWatcher& interrupts);
    void printResult(const DeletionResult& result);
    ExitCode summarize(const QList<DeletionResult>& results);

    const CliArguments& m_arguments;
    AppSettings& m_settings;
    Connection m_connection;
    CliOutput& m_output;
};
