#include "connectiontokendialog.h"

#include "connectionband.h"
#include "connectiontest.h"
#include "core/tokens/connectiontokens.h"
#include "core/tokens/tokenprovider.h"
#include "gui/widgets/windowminimumsize.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

constexpr int MinimumWidthInCharacters = 64;

} // namespace

QDialogButtonBox* ConnectionTokenDialog::createButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save token"));
    m_saveButton->setAccessibleName(tr("Save token"));
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionTokenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionTokenDialog::reject);
    return buttons;
}

ConnectionTokenDialog::ConnectionTokenDialog(const Connection& connection, ConnectionTokens& tokens,
                                             QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_tokens(tokens)
    , m_test(new ConnectionTest(network, this))
    , m_tokenEdit(new QLineEdit(this))
    , m_showButton(new QPushButton(tr("S&how"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_state(new QLabel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Token of %1").arg(connection.title()));
    setModal(true);
    auto* band = new ConnectionBand(this);
    band->setConnection(connection);

    auto* caption = new QLabel(tr("API &token:"), this);
    caption->setBuddy(m_tokenEdit);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setAccessibleName(tr("API token"));
    m_tokenEdit->setPlaceholderText(tr("Paste the API token"));
    m_showButton->setObjectName(QStringLiteral("showTokenButton"));
    m_showButton->setCheckable(true);
    m_showButton->setAutoDefault(false);
    m_showButton->setAccessibleName(tr("Show token"));
    connect(m_showButton, &QPushButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setAccessibleName(tr("Test connection"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTokenDialog::testTyped);
    for (QLabel* label : {m_state, m_result}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_state->setObjectName(QStringLiteral("tokenState"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setAccessibleName(tr("Result"));
    m_state->setText(tr("Checking whether a token is saved for this connection…"));

    QDialogButtonBox* buttons = createButtons();

    auto* fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_tokenEdit, 1);
    fieldRow->addWidget(m_showButton);
    auto* content = new QVBoxLayout;
    content->addWidget(m_state);
    content->addWidget(caption);
    content->addLayout(fieldRow);
    content->addWidget(m_testButton, 0, Qt::AlignLeading);
    content->addWidget(m_result);
    content->addStretch(1);
    content->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(band);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    content->setContentsMargins(margin, margin, margin, margin);
    layout->addLayout(content);

    connect(&m_tokens, &ConnectionTokens::writeFinished, this, &ConnectionTokenDialog::onWriteFinished);
    connect(&m_tokens, &ConnectionTokens::checkFinished, this,
            [this](const QString& entry, bool stored, TokenStore::Status status, const QString& message) {
                if (entry != m_connection.tokenEntry())
                    return;
                if (stored)
                    m_state->setText(
                        tr("A token is saved for this connection. A token saved here replaces it."));
                else if (status == TokenStore::Status::NotFound)
                    m_state->setText(tr("No token is saved for this connection yet."));
                else
                    m_state->setText(tr("Whether a token is saved could not be checked: %1").arg(message));
            });
    connect(m_test, &ConnectionTest::finished, this, [this](bool, const QString& words) {
        m_testButton->setEnabled(true);
        m_result->setText(words);
    });
    m_tokenEdit->setFocus();
    keepMinimumSizeFittingContents(this, MinimumWidthInCharacters * fontMetrics().averageCharWidth());
    m_tokens.check(m_connection.tokenEntry());
}

ConnectionTokenDialog::~ConnectionTokenDialog() = default;

void ConnectionTokenDialog::setTestTimeout(std::chrono::milliseconds timeout)
{
    m_test->setTimeout(timeout);
}

void ConnectionTokenDialog::testTyped()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (!TokenProvider::isWellFormed(token)) {
        m_result->setText(
            token.isEmpty() ? tr("Enter a token first.")
                            : tr("The token must not contain spaces or line breaks. Check what you pasted."));
        m_tokenEdit->setFocus();
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Testing the connection…"));
    m_test->start(m_connection.apiUrl, token);
}

void ConnectionTokenDialog::accept()
{
    if (m_saving)
        return;
    const QString token = m_tokenEdit->text().trimmed();
    if (!TokenProvider::isWellFormed(token)) {
        m_result->setText(
            token.isEmpty() ? tr("Enter a token first.")
                            : tr("The token must not contain spaces or line breaks. Check what you pasted."));
        m_tokenEdit->setFocus();
        return;
    }
    m_test->cancel();
    m_testButton->setEnabled(true);
    setBusy(true);
    m_result->setText(tr("Saving the token…"));
    m_tokens.write(m_connection.tokenEntry(), token);
}

void ConnectionTokenDialog::reject()
{
    // A keychain write in flight cannot be taken back; closing now would save the token anyway.
    if (m_saving)
        return;
    QDialog::reject();
}

void ConnectionTokenDialog::onWriteFinished(const QString& entry, TokenStore::Status status,
                                            const QString& message)
{
    if (!m_saving || entry != m_connection.tokenEntry())
        return;
    setBusy(false);
    if (status == TokenStore::Status::Ok) {
        QDialog::accept();
        return;
    }
    m_result->setText(status == TokenStore::Status::Unavailable
                          ? tr("The token was not saved: %1 Choose where tokens are kept in Settings, then "
                               "try again.")
                                .arg(message)
                          : tr("The token was not saved: %1").arg(message));
}

void ConnectionTokenDialog::setBusy(bool busy)
{
    m_saving = busy;
    for (QWidget* widget : {static_cast<QWidget*>(m_tokenEdit), static_cast<QWidget*>(m_showButton),
                            static_cast<QWidget*>(m_testButton), static_cast<QWidget*>(m_saveButton),
                            static_cast<QWidget*>(m_cancelButton)})
        widget->setEnabled(!busy);
}
