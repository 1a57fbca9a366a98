#include "connectionsdialog.h"

#include "connectioneditdialog.h"
#include "connectiontest.h"
#include "connectiontokendialog.h"
#include "core/api/extractaclient.h"
#include "core/connections/connectionstore.h"
#include "core/text/servertext.h"
#include "core/tokens/connectiontokens.h"
#include "environmentlook.h"
#include "gui/widgets/plaintooltip.h"
#include "gui/widgets/windowminimumsize.h"
#include "ui_connectionsdialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace {

enum Column
{
    NameColumn,
    EnvironmentColumn,
    UrlColumn,
};

constexpr int MinimumWidthInCharacters = 72;
constexpr int IdRole = Qt::UserRole;

} // namespace

ConnectionsDialog::ConnectionsDialog(ConnectionStore& store, ConnectionTokens& tokens,
                                     QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionsDialog>())
    , m_store(store)
    , m_tokens(tokens)
    , m_network(network)
    , m_test(new ConnectionTest(network, this))
    , m_testTimeout(ExtractaClient::DefaultTimeout)
{
    m_ui->setupUi(this);
    QHeaderView* header = m_ui->connectionList->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EnvironmentColumn, QHeaderView::ResizeToContents);
    m_ui->connectionList->setMinimumHeight(6 * fontMetrics().lineSpacing());
    m_ui->connectionList->installEventFilter(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    connect(m_ui->connectionList, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        showNote();
        showResult({});
    });
    connect(m_ui->connectionList, &QTreeWidget::itemDoubleClicked, this, &ConnectionsDialog::editConnection);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ConnectionsDialog::editConnection);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ConnectionsDialog::duplicateConnection);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionsDialog::askToRemove);
    connect(m_ui->tokenButton, &QPushButton::clicked, this, &ConnectionsDialog::setToken);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionsDialog::testConnection);
    connect(m_ui->useButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<Connection> connection = selected(); connection && !m_switchingBlocked)
            emit switchRequested(connection->id);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(
        &m_tokens, &ConnectionTokens::readFinished, this,
        [this](const QString& entry, TokenStore::Status status, const QString& token,
               const QString& message) {
            if (!m_testing || entry != m_testing->tokenEntry())
                return;
            const Connection connection = *m_testing;
            m_testing.reset();
            if (status == TokenStore::Status::Ok && !token.isEmpty()) {
                m_test->setTimeout(m_testTimeout);
                m_test->start(connection.apiUrl, token);
                return;
            }
            updateButtons();
            showResult(
                status == TokenStore::Status::NotFound
                    ? tr("No token is saved for %1. Set one with \"Set token…\" first.").arg(connection.name)
                    : tr("The saved token of %1 could not be read: %2").arg(connection.name, message));
        });
    connect(m_test, &ConnectionTest::finished, this, [this](bool, const QString& words) {
        updateButtons();
        showResult(words);
    });
    refresh();
    if (m_ui->connectionList->topLevelItemCount() > 0)
        m_ui->connectionList->setCurrentItem(m_ui->connectionList->topLevelItem(0));
    m_ui->connectionList->setFocus();
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::setCurrentId(const QString& id)
{
    m_currentId = id;
    refresh();
}

void ConnectionsDialog::setSwitchingBlocked(bool blocked, const QString& reason)
{
    m_switchingBlocked = blocked;
    m_blockedReason = blocked ? reason : QString();
    updateButtons();
}

void ConnectionsDialog::setTestTimeout(std::chrono::milliseconds timeout)
{
    m_testTimeout = timeout;
}

void ConnectionsDialog::selectConnection(const QString& id)
{
    for (int i = 0; i < m_ui->connectionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_ui->connectionList->topLevelItem(i);
        if (item->data(NameColumn, IdRole).toString() == id)
            m_ui->connectionList->setCurrentItem(item);
    }
}

QString ConnectionsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_ui->connectionList->currentItem();
    return item ? item->data(NameColumn, IdRole).toString() : QString();
}

std::optional<Connection> ConnectionsDialog::selected() const
{
    return m_store.byId(selectedId());
}

QMessageBox* ConnectionsDialog::pendingQuestion() const
{
    return m_question && m_question->isVisible() ? m_question.data() : nullptr;
}

QDialog* ConnectionsDialog::pendingTokenDialog() const
{
    return m_tokenDialog && m_tokenDialog->isVisible() ? m_tokenDialog.data() : nullptr;
}

QDialog* ConnectionsDialog::pendingEditDialog() const
{
    return m_editDialog && m_editDialog->isVisible() ? m_editDialog.data() : nullptr;
}

bool ConnectionsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // In the list, Enter edits the connection selected and Delete removes it (after asking).
    if (watched == m_ui->connectionList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                editConnection();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                askToRemove();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ConnectionsDialog::refresh()
{
    const QString keep = selectedId();
    const QList<Connection> connections = m_store.list();
    const int chipSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QTreeWidget* list = m_ui->connectionList;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Connection& connection : connections) {
        auto* item = new QTreeWidgetItem(list);
        const bool inUse = connection.id == m_currentId;
        item->setText(NameColumn, inUse ? tr("%1 (in use)").arg(connection.name) : connection.name);
        item->setData(NameColumn, IdRole, connection.id);
        if (inUse) {
            QFont font = item->font(NameColumn);
            font.setBold(true);
            item->setFont(NameColumn, font);
        }
        item->setIcon(EnvironmentColumn, EnvironmentLook::chip(connection.environment, palette(), chipSize));
        item->setText(EnvironmentColumn, Environment::word(connection.environment));
        item->setText(UrlColumn, ServerText::oneLine(connection.apiUrl));
        item->setToolTip(UrlColumn, plainToolTip(connection.apiUrl));
        if (connection.id == keep)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    updateButtons();
    showNote();
}

void ConnectionsDialog::updateButtons()
{
    const std::optional<Connection> connection = selected();
    const bool any = connection.has_value();
    const bool testing = m_test->isRunning() || m_testing.has_value();
    m_ui->editButton->setEnabled(any);
    m_ui->duplicateButton->setEnabled(any);
    m_ui->removeButton->setEnabled(any);
    m_ui->tokenButton->setEnabled(any);
    m_ui->testButton->setEnabled(any && !testing);
    const bool inUse = any && connection->id == m_currentId;
    m_ui->useButton->setEnabled(any && !inUse && !m_switchingBlocked);
    QString why;
    if (any && m_switchingBlocked)
        why = m_blockedReason;
    else if (inUse)
        why = tr("This is the connection in use.");
    m_ui->useButton->setToolTip(plainToolTip(why));
    m_ui->useButton->setAccessibleDescription(why);
    m_ui->addButton->setEnabled(m_ui->connectionList->topLevelItemCount() < ConnectionStore::MaxConnections);
}

void ConnectionsDialog::showNote()
{
    const std::optional<Connection> connection = selected();
    const QString note = connection ? connection->note.trimmed() : QString();
    m_ui->noteValue->setText(note.isEmpty() ? QString() : tr("Note: %1").arg(note));
    m_ui->noteValue->setVisible(!note.isEmpty());
}

void ConnectionsDialog::showResult(const QString& text)
{
    m_ui->resultLabel->setText(text);
}

void ConnectionsDialog::addConnection()
{
    Connection start;
    start.apiUrl = ApiEndpoint::defaultBaseUrl();
    start.environment = Environment::defaultFor(start.apiUrl);
    openEditor(static_cast<int>(ConnectionEditDialog::Mode::Add), start);
}

void ConnectionsDialog::editConnection()
{
    if (const std::optional<Connection> connection = selected())
        openEditor(static_cast<int>(ConnectionEditDialog::Mode::Edit), *connection);
}

void ConnectionsDialog::duplicateConnection()
{
    std::optional<Connection> connection = selected();
    if (!connection)
        return;
    connection->name = copyName(connection->name);
    openEditor(static_cast<int>(ConnectionEditDialog::Mode::Duplicate), *connection);
}

QString ConnectionsDialog::copyName(const QString& name) const
{
    for (int n = 1; n < ConnectionStore::MaxConnections + 2; ++n) {
        const QString suffix = n == 1 ? tr(" (copy)") : tr(" (copy %1)").arg(n);
        const QString candidate = name.left(ConnectionStore::MaxNameLength - suffix.size()) + suffix;
        if (!m_store.byName(candidate))
            return candidate;
    }
    return name;
}

void ConnectionsDialog::openEditor(int mode, const Connection& start)
{
    const auto editMode = static_cast<ConnectionEditDialog::Mode>(mode);
    auto* editor = new ConnectionEditDialog(m_store, editMode, start, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog = editor;
    connect(editor, &QDialog::accepted, this, [this, editor, editMode] {
        const Connection saved = editor->connection();
        refresh();
        selectConnection(saved.id);
        switch (editMode) {
        case ConnectionEditDialog::Mode::Add:
            showResult(tr("Added %1. Set its token with \"Set token…\".").arg(saved.title()));
            break;
        case ConnectionEditDialog::Mode::Duplicate:
            showResult(
                tr("Added %1. Tokens are not copied: set its token with \"Set token…\".").arg(saved.title()));
            break;
        case ConnectionEditDialog::Mode::Edit:
            showResult(tr("Saved %1.").arg(saved.title()));
            break;
        }
        emit connectionsChanged();
    });
    editor->open();
}

void ConnectionsDialog::askToRemove()
{
    const std::optional<Connection> connection = selected();
    if (!connection)
        return;
    if (m_store.list().size() <= 1) {
        showResult(tr("%1 is the only connection and cannot be removed: the app always needs one. Add "
                      "another connection first.")
                       .arg(connection->name));
        return;
    }
    if (connection->id == m_currentId) {
        showResult(tr("%1 is the connection in use and cannot be removed. Switch to another connection "
                      "first.")
                       .arg(connection->name));
        return;
    }
    if (m_question)
        m_question->close();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove connection?"),
                                tr("Remove the connection %1?").arg(connection->title()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its saved token is removed from this computer too. The audit records made "
                               "through it stay."));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* removeButton = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    removeButton->setAccessibleName(tr("Remove"));
    QPushButton* cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, connection = *connection] {
        if (box->clickedButton() == removeButton)
            remove(connection);
    });
    m_question = box;
    box->open();
}

void ConnectionsDialog::remove(const Connection& connection)
{
    // The token goes first: a connection is removed only once no saved token of it is left behind.
    showResult(tr("Removing %1…").arg(connection.name));
    setEnabled(false);
    auto done = std::make_shared<QMetaObject::Connection>();
    *done = connect(
        &m_tokens, &ConnectionTokens::removeFinished, this,
        [this, done, connection](const QString& entry, TokenStore::Status status, const QString& message) {
            if (entry != connection.tokenEntry())
                return;
            disconnect(*done);
            setEnabled(true);
            if (status != TokenStore::Status::Ok && status != TokenStore::Status::NotFound) {
                showResult(tr("%1 was kept: its saved token could not be removed. %2")
                               .arg(connection.name, message));
                return;
            }
            m_store.remove(connection.id);
            refresh();
            m_ui->connectionList->setFocus();
            showResult(tr("Removed %1 and its saved token.").arg(connection.title()));
            emit tokenChanged(connection.id);
            emit connectionsChanged();
        });
    m_tokens.remove(connection.tokenEntry());
}

void ConnectionsDialog::setToken()
{
    const std::optional<Connection> connection = selected();
    if (!connection)
        return;
    auto* dialog = new ConnectionTokenDialog(*connection, m_tokens, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTestTimeout(m_testTimeout);
    m_tokenDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, connection = *connection] {
        showResult(tr("The token of %1 was saved.").arg(connection.name));
        emit tokenChanged(connection.id);
    });
    dialog->open();
}

void ConnectionsDialog::testConnection()
{
    const std::optional<Connection> connection = selected();
    if (!connection)
        return;
    m_test->cancel();
    m_testing = connection;
    m_ui->testButton->setEnabled(false);
    showResult(tr("Testing %1…").arg(connection->title()));
    m_tokens.read(connection->tokenEntry());
}
