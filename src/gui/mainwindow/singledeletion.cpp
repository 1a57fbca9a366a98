#include "singledeletion.h"

#include "core/api/activeconnection.h"
#include "core/api/extractaclient.h"
#include "core/catalogue/catalogueservice.h"
#include "core/settings/appsettings.h"
#include "core/storage/auditlog.h"
#include "core/team/teamsync.h"
#include "gui/deletion/targetinfo.h"

#include <QWidget>

SingleDeletion::SingleDeletion(ActiveConnection& connection, AppSettings& settings,
                               CatalogueService& catalogue, AuditLog& audit, QWidget* window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_catalogue(catalogue)
    , m_audit(audit)
    , m_window(window)
{}

QString SingleDeletion::actionName()
{
    return tr("Delete batch");
}

DeletionTarget SingleDeletion::describeTarget(const QString& classificationId, const QString& batchId) const
{
    DeletionTarget target;
    target.classificationId = classificationId;
    target.batchId = batchId;
    target.apiHost = m_connection.endpoint().hostLabel();
    target.demo = m_connection.isDemo();
    target.connection = m_connection.connectionAsUsed();
    TargetInfo::fillKnown(m_catalogue.store(), target);
    return target;
}

void SingleDeletion::confirm(const QString& classificationId, const QString& batchId)
{
    if (m_confirmation)
        return;
    m_confirmation = new ConfirmDeleteDialog(describeTarget(classificationId, batchId), m_window);
    ConfirmDeleteDialog* dialog = m_confirmation;
    // What the catalogue does not know yet, or knew long ago, is checked while the dialog is open.
    // The catalogue asks only with a token (the form offers the deletion only then, but it may have
    // gone since): without one, nothing is checked and the dialog shows what is known.
    auto* info = new TargetInfo(m_catalogue, classificationId, batchId);
    dialog->follow(info);
    const ExtractaClient& client = m_connection.client();
    if (client.hasToken() && client.endpoint().isValid())
        info->check();
    warnIfTeamDeleted(dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        const DeletionTarget confirmed = dialog->target();
        dialog->deleteLater();
        m_confirmation = nullptr;
        if (result == QDialog::Accepted)
            start(confirmed);
    });
    dialog->open();
}

ConfirmDeleteDialog* SingleDeletion::pendingConfirmation() const
{
    return m_confirmation;
}

bool SingleDeletion::isRunning() const
{
    return m_queue != nullptr;
}

void SingleDeletion::abort()
{
    if (m_queue)
        m_queue->abort();
}

void SingleDeletion::rememberIds(const DeletionTarget& target)
{
    const QString host = m_connection.storageKey();
    // Every ID used in the form becomes known, so it can be picked and previewed later.
    m_catalogue.addEntries({IdPair{target.classificationId, target.batchId}});
    m_settings.rememberId(host, AppSettings::IdKind::Classification, target.classificationId);
    m_settings.rememberId(host, AppSettings::IdKind::Batch, target.batchId);
}

void SingleDeletion::start(const DeletionTarget& target)
{
    if (isRunning())
        return;
    rememberIds(target);
    // The core's one deletion path, as for a bulk run and the CLI: a queue of one, which records the
    // attempt before the request leaves and its answer when it arrives. Tried once: whether to try
    // again after a 429 or a refused connection is the user's decision.
    DeletionItem item;
    item.classificationId = target.classificationId;
    item.classificationName = target.classificationName;
    item.batchId = target.batchId;
    item.fileCount = target.fileCount;
    auto* queue = new DeletionQueue(m_connection.client(), &m_audit, m_connection.auditOrigin(),
                                    AuditLog::currentOsUser(), this);
    queue->setConcurrency(1);
    queue->setMaxAttempts(1);
    connect(queue, &DeletionQueue::itemStarted, this, &SingleDeletion::recordWritten);
    // A stop that leaves the batch unsent (nothing else would stop a queue of one) ends the run.
    connect(queue, &DeletionQueue::stopped, queue, &DeletionQueue::cancel);
    connect(queue, &DeletionQueue::finished, this, [this, queue, target] {
        const DeletionResult result = queue->results().value(0);
        queue->deleteLater();
        m_queue = nullptr;
        emit finished(target, result);
    });
    queue->start({item});
    if (queue->stopReason() == RunStopReason::AuditUnwritable) {
        delete queue;
        emit notSent(
            target,
            m_audit.keepsRecordsOnDisk()
                ? tr("Not sent: the audit record could not be written to disk. Nothing was deleted.")
                : tr("Not sent: the audit trail's data file cannot be used, so the record could not be "
                     "kept on disk. Nothing was deleted."));
        return;
    }
    m_queue = queue;
    emit started(target);
}

void SingleDeletion::warnIfTeamDeleted(ConfirmDeleteDialog* dialog)
{
    // Asked off the UI thread; the dialog neither waits for the answer nor hears one that comes after
    // it closed (it is the context).
    if (!m_team || !m_team->isConfigured())
        return;
    const QString batchId = dialog->target().batchId;
    m_team->readDeletions(m_connection.auditOrigin().host, dialog->target().classificationId, {batchId},
                          dialog, [dialog, batchId](const QHash<QString, TeamDeletion>& deletions) {
                              if (const auto found = deletions.constFind(batchId); found != deletions.cend())
                                  dialog->showTeamDeletion(*found);
                          });
}

void SingleDeletion::setTeamTrail(TeamSync* team)
{
    m_team = team;
}
