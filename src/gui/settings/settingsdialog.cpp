#include "settingsdialog.h"

#include "core/api/activeconnection.h"
#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/settings/appsettings.h"
#include "core/text/servertext.h"
#include "core/tokens/plainfiletokenstore.h"
#include "gui/widgets/windowminimumsize.h"
#include "teamsettingspage.h"
#include "ui_settingsdialog.h"

#include <QLocale>
#include <QPushButton>

namespace {

// Narrow enough for a small screen, wide enough that the explanations wrap into a few lines only.
constexpr int MinimumWidthInCharacters = 56;

} // namespace

SettingsDialog::SettingsDialog(ActiveConnection& connection, AppSettings& settings, QString plainFilePath,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_connection(connection)
    , m_settings(settings)
    , m_plainFilePath(std::move(plainFilePath))
{
    m_ui->setupUi(this);
    m_ui->fallbackGroup->hide();
    m_ui->plainFileWarning->setText(
        tr("Warning: the token is stored unencrypted in %1, readable only by your user account. Anyone "
           "with access to your files can use it.")
            .arg(m_plainFilePath));

    // The field always names the URL that applies; it is never left empty to mean "the default",
    // so that clearing it can never send anyone to production unawares.
    m_ui->urlEdit->setPlaceholderText(tr("Required: an https:// URL"));
    // The URL and token here are those of the connection in force; File → Connections… edits the others.
    const Connection current = m_connection.connection();
    const std::optional<QString> savedUrl = current.apiUrl;
    m_ui->urlEdit->setText(current.apiUrl);
    setWindowTitle(tr("Settings — %1").arg(current.title()));
    m_ui->urlEdit->setAccessibleDescription(tr("The API base URL of the connection %1").arg(current.name));
    connect(m_ui->defaultUrlButton, &QPushButton::clicked, this, [this] {
        m_ui->urlEdit->setText(ApiEndpoint::defaultBaseUrl());
        m_ui->urlProblem->clear();
        m_ui->urlEdit->setFocus();
    });
    m_ui->timeoutSpin->setRange(AppSettings::MinTimeoutSeconds, AppSettings::MaxTimeoutSeconds);
    m_ui->timeoutSpin->setValue(m_settings.timeoutSeconds());
    m_ui->advancedGroup->setVisible(false);
    connect(m_ui->advancedToggle, &QCheckBox::toggled, m_ui->advancedGroup, &QWidget::setVisible);
    if (m_connection.urlSource() == SettingSource::CommandLine ||
        m_connection.urlSource() == SettingSource::Environment) {
        const QString source = describeSource(m_connection.urlSource());
        m_ui->urlProblem->setText(m_connection.endpoint().isValid()
                                      ? tr("Currently overridden by the %1: %2")
                                            .arg(source, m_connection.endpoint().baseUrl().toDisplayString())
                                      : tr("Currently overridden by the %1, which cannot be used: %2")
                                            .arg(source, m_connection.endpointProblem()));
    } else if (savedUrl && savedUrl->trimmed().isEmpty()) {
        showUrlProblem(
            tr("The saved API URL is empty. Enter the URL to use, or press \"Use the default URL\"."));
    }
    connect(m_ui->urlEdit, &QLineEdit::textEdited, m_ui->urlProblem, &QLabel::clear);

    connect(m_ui->showTokenButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->removeTokenButton, &QPushButton::clicked, this, &SettingsDialog::removeToken);
    connect(m_ui->restrictTokenFileButton, &QPushButton::clicked, this, &SettingsDialog::restrictTokenFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    TokenProvider& tokens = m_connection.tokens();
    connect(&tokens, &TokenProvider::saveFinished, this, &SettingsDialog::onSaveFinished);
    connect(&tokens, &TokenProvider::loadFinished, this, &SettingsDialog::updateTokenState);
    connect(&tokens, &TokenProvider::forgetFinished, this,
            [this](TokenStore::Status status, const QString& message) {
                setBusy(false);
                if (status == TokenStore::Status::Ok || status == TokenStore::Status::NotFound) {
                    m_settings.setTokenStorage(AppSettings::TokenStorage::Keychain);
                    m_ui->testResult->setText(tr("The saved token was removed."));
                } else
                    m_ui->testResult->setText(
                        tr("The token could not be removed from the keychain: %1").arg(message));
                updateTokenState();
            });
    updateTokenState();
    if (m_connection.isDemo()) {
        // The demo runs on the sandbox's own token and URL; nothing here may replace them or reach
        // the real keychain.
        for (QWidget* widget :
             {static_cast<QWidget*>(m_ui->tokenEdit), static_cast<QWidget*>(m_ui->showTokenButton),
              static_cast<QWidget*>(m_ui->removeTokenButton), static_cast<QWidget*>(m_ui->advancedGroup)})
            widget->setEnabled(false);
        m_ui->testButton->setFocus();
    } else {
        m_ui->tokenEdit->setFocus();
    }
    // Messages appear under the fields as the user goes: the window keeps room for all of them.
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addTeamPage(TeamSync& team)
{
    if (m_teamPage)
        return;
    m_teamPage = new TeamSettingsPage(team, m_ui->pages);
    m_ui->pages->addTab(m_teamPage, tr("Tea&m"));
}

void SettingsDialog::showTeamPage()
{
    if (m_teamPage)
        m_ui->pages->setCurrentWidget(m_teamPage);
}

void SettingsDialog::updateTokenState()
{
    const TokenProvider& tokens = m_connection.tokens();
    QString text;
    switch (tokens.source()) {
    case TokenProvider::Source::Environment:
        text = tr("The token from the EXTRACTA_API_TOKEN environment variable is in use. A token saved here "
                  "takes effect only when that variable is not set.");
        break;
    case TokenProvider::Source::Keychain:
        text = tr("A token is saved in the OS keychain. Type a new one to replace it.");
        break;
    case TokenProvider::Source::Session:
        text = tr("A token is in use for this session only. It is forgotten when the app closes.");
        break;
    case TokenProvider::Source::PlainFile:
        text = tr("A token is saved unencrypted in %1.").arg(m_plainFilePath);
        break;
    case TokenProvider::Source::Demo:
        text = tr("Demo mode uses the sandbox's own token; nothing you type here is needed.");
        break;
    case TokenProvider::Source::None:
        text = tokens.loadProblem().isEmpty()
                   ? tr("No token is saved yet.")
                   : tr("No saved token could be read. %1").arg(tokens.loadProblem());
        break;
    }
    m_ui->tokenState->setText(text);
    m_ui->tokenEdit->setPlaceholderText(tokens.hasToken() ? tr("Token set; type to replace it")
                                                          : tr("Paste your API token"));
    const auto saved = tokens.source();
    m_ui->removeTokenButton->setEnabled(
        saved == TokenProvider::Source::Keychain || saved == TokenProvider::Source::PlainFile ||
        saved == TokenProvider::Source::Session || saved == TokenProvider::Source::None);
    // A token file other accounts can read is refused (the load problem above says why); it can be
    // made private here, or replaced by saving the token again.
    m_ui->restrictTokenFileButton->setVisible(
        !m_connection.isDemo() && m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile &&
        PlainFileTokenStore(m_plainFilePath).isOpenToOthers());
}

void SettingsDialog::restrictTokenFile()
{
    QString error;
    if (!PlainFileTokenStore(m_plainFilePath).restrictAccess(&error)) {
        m_ui->testResult->setText(error);
        return;
    }
    m_ui->testResult->setText(tr("The token file can now be read by your account only. If others may have "
                                 "read it, replace the token on the Extracta.ai dashboard."));
    m_connection.tokens().load(TokenProvider::Destination::PlainFile);
}

void SettingsDialog::setBusy(bool busy, const QString& what)
{
    m_saving = busy;
    m_ui->tokenGroup->setEnabled(!busy);
    m_ui->fallbackGroup->setEnabled(!busy);
    m_ui->advancedGroup->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (!what.isEmpty())
        m_ui->testResult->setText(what);
}

bool SettingsDialog::validateUrl(ApiEndpoint* endpoint)
{
    const QString text = m_ui->urlEdit->text().trimmed();
    if (text.isEmpty()) {
        *endpoint = ApiEndpoint();
        showUrlProblem(tr("Enter the API URL to use, or press \"Use the default URL\"."));
        return false;
    }
    QString problem;
    *endpoint = ApiEndpoint::parse(text, &problem);
    if (endpoint->isValid())
        return true;
    showUrlProblem(problem);
    return false;
}

void SettingsDialog::showUrlProblem(const QString& problem)
{
    m_ui->advancedToggle->setChecked(true);
    m_ui->urlProblem->setText(problem);
    m_ui->urlEdit->setFocus();
}

void SettingsDialog::testConnection()
{
    ApiEndpoint typedEndpoint;
    if (!validateUrl(&typedEndpoint))
        return;
    // Test what will be in force after saving: --api-url, EXTRACTA_API_URL and demo mode still win.
    const ApiEndpoint endpoint =
        m_connection.isDemo()
            ? m_connection.endpoint()
            : ApiEndpoint::parse(resolveApiBaseUrl(m_connection.flagUrl(), m_connection.environmentUrl(),
                                                   typedEndpoint.baseUrl().toString())
                                     .value);
    if (!endpoint.isValid()) {
        m_ui->testResult->setText(
            tr("The API URL in force cannot be used: %1").arg(m_connection.endpointProblem()));
        return;
    }
    const QString typed = m_ui->tokenEdit->text().trimmed();
    const QString token = typed.isEmpty() ? m_connection.tokens().token() : typed;
    if (token.isEmpty()) {
        m_ui->testResult->setText(tr("Enter a token first."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    if (m_testCall)
        m_testCall->cancel();

    auto* probe = new ExtractaClient(m_connection.client().network(), this);
    probe->setEndpoint(endpoint);
    probe->setToken(token);
    probe->setTimeout(std::chrono::seconds(m_ui->timeoutSpin->value()));
    m_ui->testResult->setText(tr("Testing the connection to %1…").arg(endpoint.hostLabel()));
    m_ui->testButton->setEnabled(false);
    m_testCall = probe->fetchCredits();
    ApiCall* call = m_testCall;
    connect(call, &ApiCall::finished, this,
            [this, call, probe, host = endpoint.hostLabel()](const ApiOutcome& outcome) {
                m_ui->testButton->setEnabled(true);
                if (outcome.isSuccess()) {
                    const qlonglong credits =
                        call->answerObject().value(QLatin1String("credits")).toVariant().toLongLong();
                    m_ui->testResult->setText(tr("Connected to %1. The token works: %2 credits available.")
                                                  .arg(host, QLocale().toString(credits)));
                } else {
                    // What the server said is shown as text, on one line, its credentials masked.
                    m_ui->testResult->setText(tr("%1: %2").arg(outcomeWord(outcome.kind, {}),
                                                               ServerText::oneLine(outcome.message())));
                }
                probe->deleteLater();
            });
}

void SettingsDialog::removeToken()
{
    m_ui->tokenEdit->clear();
    setBusy(true, tr("Removing the saved token…"));
    m_connection.tokens().forget();
}

void SettingsDialog::reject()
{
    // A keychain write in flight cannot be taken back; closing now would save the token anyway.
    if (m_saving)
        return;
    QDialog::reject();
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (m_connection.isDemo()) {
        QDialog::accept();
        return;
    }
    ApiEndpoint endpoint;
    if (!validateUrl(&endpoint))
        return;
    const QString token = m_ui->tokenEdit->text().trimmed();
    if (token.isEmpty()) {
        finish();
        return;
    }
    if (!TokenProvider::isWellFormed(token)) {
        m_ui->testResult->setText(
            tr("The token must not contain spaces or line breaks. Check what you pasted."));
        m_ui->tokenEdit->setFocus();
        return;
    }
    TokenProvider::Destination destination = TokenProvider::Destination::Keychain;
    if (m_ui->fallbackGroup->isVisible()) {
        destination = m_ui->plainFileRadio->isChecked() ? TokenProvider::Destination::PlainFile
                                                        : TokenProvider::Destination::Session;
    }
    setBusy(true, destination == TokenProvider::Destination::Keychain
                      ? tr("Saving the token in the keychain…")
                      : QString());
    m_connection.tokens().save(token, destination);
}

void SettingsDialog::onSaveFinished(TokenProvider::Destination destination, TokenStore::Status status,
                                    const QString& message)
{
    if (!m_saving)
        return;
    setBusy(false);
    if (status == TokenStore::Status::Ok) {
        if (destination == TokenProvider::Destination::Keychain)
            m_settings.setTokenStorage(AppSettings::TokenStorage::Keychain);
        else if (destination == TokenProvider::Destination::PlainFile)
            m_settings.setTokenStorage(AppSettings::TokenStorage::PlainFile);
        finish();
        return;
    }
    if (destination == TokenProvider::Destination::Keychain && status == TokenStore::Status::Unavailable) {
        showKeychainFallback(message);
        return;
    }
    m_ui->testResult->setText(tr("The token could not be saved: %1").arg(message));
}

void SettingsDialog::showKeychainFallback(const QString& reason)
{
    m_ui->fallbackExplanation->setText(
        tr("%1 Your token has not been saved. Choose how to keep it, then press Save again.")
            .arg(reason.isEmpty() ? tr("No keychain service answered.") : reason));
    m_ui->fallbackGroup->show();
    m_ui->sessionOnlyRadio->setFocus();
    m_ui->testResult->clear();
}

void SettingsDialog::finish()
{
    // Written only now: a save that stops half-way (keychain choice, bad token) and is then
    // cancelled must leave every setting as it was.
    // validateUrl() has refused a blank field and a URL that cannot be used. The demo's URL is its
    // sandbox's, never saved.
    if (!m_connection.isDemo()) {
        if (const QString problem = m_connection.saveApiUrl(m_ui->urlEdit->text()); !problem.isEmpty()) {
            showUrlProblem(problem);
            return;
        }
    }
    m_settings.setTimeoutSeconds(m_ui->timeoutSpin->value());
    m_settings.sync();
    m_connection.apply();
    QDialog::accept();
}
