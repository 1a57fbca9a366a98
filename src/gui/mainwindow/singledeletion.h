#pragma once

#include "core/deletion/deletionqueue.h"
#include "gui/deletion/confirmdeletedialog.h"

#include <QObject>
#include <QPointer>

class ActiveConnection;
class AppSettings;
class AuditLog;
class CatalogueService;
class QWidget;

class TeamSync;

// The deletion from the form, from the IDs to the result: describes the batch from the catalogue,
// asks ConfirmDeleteDialog (which checks on the server what the catalogue does not know), and once
// confirmed runs the core's one deletion path (a DeletionQueue of one, tried once) on the connection
// in force. Cancel aborts the request on its way. Says what came of it through signals: started(),
// recordWritten(), notSent() when the audit record could not be written (nothing left), finished()
// with the answer. The window applies them.
class SingleDeletion final : public QObject
{
    Q_OBJECT

public:
    SingleDeletion(ActiveConnection& connection, AppSettings& settings, CatalogueService& catalogue,
                   AuditLog& audit, QWidget* window);

    // The batch as the confirmation first shows it: the connection in force, and what the catalogue
    // knows (name, file count, file names).
    DeletionTarget describeTarget(const QString& classificationId, const QString& batchId) const;
    // Opens the confirmation (window-modal, open(), never exec()) unless one is open already. What the
    // catalogue does not know, or knows from long ago, the dialog checks while it is open
    // (TargetInfo); confirming does not wait for those checks.
    void confirm(const QString& classificationId, const QString& batchId);
    // The team trail the confirmation asks whether another desk already deleted the batch; null: none.
    void setTeamTrail(TeamSync* team);
    // The confirmation dialog while it is open.
    ConfirmDeleteDialog* pendingConfirmation() const;
    // Sends the confirmed deletion, unless one is already waiting for its answer.
    void start(const DeletionTarget& target);
    bool isRunning() const;
    // Aborts the request on its way: the server may already have acted, and the answer says so.
    void abort();

    // The status pane's word for a deletion from the form.
    static QString actionName();

signals:
    void started(const DeletionTarget& target);
    // The attempt's record is on disk and the request on its way.
    void recordWritten();
    // The record could not be written, so nothing was sent; `message` says why.
    void notSent(const DeletionTarget& target, const QString& message);
    void finished(const DeletionTarget& target, const DeletionResult& result);

private:
    void rememberIds(const DeletionTarget& target);
    void warnIfTeamDeleted(ConfirmDeleteDialog* dialog);

    ActiveConnection& m_connection;
    AppSettings& m_settings;
    CatalogueService& m_catalogue;
    AuditLog& m_audit;
    TeamSync* m_team = nullptr;
    QWidget* m_window;
    QPointer<DeletionQueue> m_queue;
    QPointer<ConfirmDeleteDialog> m_confirmation;
};
