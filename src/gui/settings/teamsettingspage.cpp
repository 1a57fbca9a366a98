#include "teamsettingspage.h"

#include "core/team/teamdatabaseaddress.h"
#include "core/team/teamsettings.h"
#include "core/team/teamsync.h"
#include "ui_teamsettingspage.h"

#include <QLocale>
#include <QPushButton>
#include <QSettings>

namespace {

QString whenText(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

TeamSettingsPage::TeamSettingsPage(TeamSync& team, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TeamSettingsPage>())
    , m_team(team)
{
    m_ui->setupUi(this);
    for (QLabel* label : {m_ui->statusMessage, m_ui->databaseValue, m_ui->overrideNote})
        label->setTextFormat(Qt::PlainText);
    m_ui->addressEdit->setText(m_team.status().configured ? m_team.configuredUri() : QString());
    m_ui->passwordEdit->setPlaceholderText(tr("Leave empty to keep the saved one"));
    m_ui->passwordHelp->setText(
        tr("Kept where this app keeps tokens (the OS keychain unless you chose otherwise), never with the "
           "address. Leave it empty to keep the saved password, or when the database needs none (trust, peer "
           "or certificate set-ups)."));
    QStringList overrides;
    if (TeamSync::isSetByEnvironment())
        overrides << tr("EXTRACTA_TEAM_DB is set, so this session uses the address it gives; what you save "
                        "here applies when it is not set.");
    bool passwordSet = false;
    TeamSettings::passwordFromEnvironment(&passwordSet);
    if (passwordSet)
        overrides << tr("EXTRACTA_TEAM_DB_PASSWORD is set and is used instead of the saved password.");
    m_ui->overrideNote->setText(overrides.join(QLatin1Char(' ')));
    m_ui->overrideNote->setVisible(!overrides.isEmpty());

    connect(m_ui->connectButton, &QPushButton::clicked, this, &TeamSettingsPage::connectDatabase);
    connect(m_ui->testButton, &QPushButton::clicked, this, &TeamSettingsPage::test);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, &TeamSettingsPage::disconnectDatabase);
    connect(m_ui->syncButton, &QPushButton::clicked, this, [this] {
        m_ui->statusMessage->setText(tr("Uploading…"));
        m_team.syncNow();
    });
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &TeamSettingsPage::updateButtons);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &TeamSettingsPage::connectDatabase);
    connect(&m_team, &TeamSync::statusChanged, this, &TeamSettingsPage::showStatus);
    showStatus(m_team.status());
    m_team.refreshStatus();
}

TeamSettingsPage::~TeamSettingsPage() = default;

void TeamSettingsPage::updateButtons()
{
    const bool typed = !m_ui->addressEdit->text().trimmed().isEmpty();
    m_ui->connectButton->setEnabled(!m_busy && typed);
    m_ui->testButton->setEnabled(!m_busy && typed);
    m_ui->syncButton->setEnabled(!m_busy && m_team.isConfigured());
    m_ui->disconnectButton->setEnabled(!m_busy && !m_team.configuredUri().isEmpty() &&
                                       !TeamSync::isSetByEnvironment());
}

void TeamSettingsPage::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    if (!what.isEmpty())
        m_ui->statusMessage->setText(what);
    updateButtons();
}

void TeamSettingsPage::connectDatabase()
{
    if (m_busy)
        return;
    QString problem;
    if (!TeamDatabaseAddress::parse(m_ui->addressEdit->text(), &problem)) {
        m_ui->statusMessage->setText(problem);
        m_ui->addressEdit->setFocus();
        return;
    }
    const QString password = m_ui->passwordEdit->text();
    setBusy(true, tr("Saving…"));
    m_team.save(
        m_ui->addressEdit->text(), password.isEmpty() ? std::nullopt : std::optional<QString>(password),
        [self = QPointer<TeamSettingsPage>(this)](const QString& error) {
            if (!self)
                return;
            self->m_ui->passwordEdit->clear();
            self->setBusy(false, error.isEmpty() ? tr("Saved. Checking the team database…")
                                                 : tr("The password could not be saved: %1").arg(error));
        });
}

void TeamSettingsPage::disconnectDatabase()
{
    if (m_busy)
        return;
    m_team.save({}, std::nullopt, [self = QPointer<TeamSettingsPage>(this)](const QString&) {
        if (!self)
            return;
        self->m_ui->addressEdit->clear();
        self->m_ui->statusMessage->setText(
            tr("This desk no longer uploads to a team database. Its own audit trail is unchanged."));
        self->updateButtons();
    });
}

void TeamSettingsPage::test()
{
    if (m_busy)
        return;
    const QString password = m_ui->passwordEdit->text();
    setBusy(true, tr("Testing…"));
    m_team.test(
        m_ui->addressEdit->text(), password.isEmpty() ? std::nullopt : std::optional<QString>(password),
        [self = QPointer<TeamSettingsPage>(this)](const TeamStatus& status) {
            if (!self)
                return;
            self->setBusy(false);
            if (!status.reachable)
                self->m_ui->statusMessage->setText(status.error);
            else if (!status.error.isEmpty())
                self->m_ui->statusMessage->setText(tr("It answers, but: %1").arg(status.error));
            else
                self->m_ui->statusMessage->setText(
                    tr("It answers and has the team trail (schema version %1). Press Connect to use it.")
                        .arg(status.schemaVersion));
        });
}

void TeamSettingsPage::showStatus(const TeamStatus& status)
{
    updateButtons();
    if (!status.configured) {
        m_ui->databaseValue->setText(tr("none: this desk's audit trail stays on this computer"));
        m_ui->reachableValue->setText(QStringLiteral("—"));
        m_ui->schemaValue->setText(QStringLiteral("—"));
        m_ui->pendingValue->setText(QStringLiteral("—"));
        return;
    }
    m_ui->databaseValue->setText(status.database);
    m_ui->reachableValue->setText(status.reachable         ? tr("yes")
                                  : status.error.isEmpty() ? tr("checking…")
                                                           : tr("no"));
    m_ui->schemaValue->setText(status.schemaVersion < 0 ? tr("unknown")
                               : status.schemaVersion == 0
                                   ? tr("none (its owner runs extracta-batch team init)")
                                   : QString::number(status.schemaVersion));
    QString pending = tr("%n entries", nullptr, status.pending);
    if (status.lastSyncUtc.isValid())
        pending += QStringLiteral(" · ") + tr("last upload %1").arg(whenText(status.lastSyncUtc));
    m_ui->pendingValue->setText(pending);
    if (!m_busy)
        m_ui->statusMessage->setText(status.error);
}
