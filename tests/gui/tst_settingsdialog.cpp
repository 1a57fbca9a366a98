// The settings dialog (PRODUCT.md, interface contract): the token goes to the keychain; without a
// keychain service the user chooses "this session only" (default) or the unencrypted file; Test
// connection asks the loopback sandbox for /credits; URL and timeout are validated before saving.
// Everything runs against in-memory token stores, a temporary ini file and a loopback server.

#include "appobjects.h"
#include "core/api/activeconnection.h"
#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/connections/connectionmigration.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenprovider.h"
#include "core/tokens/tokenstore.h"
#include "filemodes.h"
#include "gui/settings/settingsdialog.h"
#include "guitesthelpers.h"
#include "sandbox/sandboxserver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

namespace {

const QString ConnectionKey = QStringLiteral("default");
const QString TokenFieldName = QStringLiteral("API token");
const QString TestButtonName = QStringLiteral("Test connection");
// Looks like a key, is not one. Never printed: compared with QVERIFY(a == b) only.
const QString Token = QStringLiteral("eba-gui-test-7f3K9qLmZ2xVb81");

// Everything the dialog works on, the way main() wires it (tests/support), applied as at a start
// with no URL given. Holds no widgets.
struct DialogSetup : ConnectionObjects
{
    DialogSetup()
    {
        connection.apply();
    }

    QString iniPath() const
    {
        return qsettings.fileName();
    }
    QString plainFilePath() const
    {
        return dir.filePath(QStringLiteral("token"));
    }
    // The API URL saved for the connection in force (the one a first start makes).
    QString savedUrl() const
    {
        return connections.current().value_or(Connection{}).apiUrl;
    }
    // Saves `url` for the connection in force as it is (blank included), as an edited settings file
    // would, and lets the app take it.
    void saveUrl(const QString& url)
    {
        Connection current = connections.current().value_or(Connection{});
        current.apiUrl = url;
        connections.saveUnchecked(current);
        connection.refresh();
    }
};

struct StoreContent
{
    TokenStore::Status status = TokenStore::Status::Failed;
    QString token;
};

// Asks a store what it holds for the test connection (the answer may come synchronously).
StoreContent readStore(MemoryTokenStore& store)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(ConnectionKey);
    if (spy.isEmpty() && !spy.wait(2000))
        return {};
    const QList<QVariant> arguments = spy.takeFirst();
    if (arguments.at(0).toString() != ConnectionKey)
        return {};
    return {arguments.at(1).value<TokenStore::Status>(), arguments.at(2).toString()};
}

QByteArray fileContent(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool showAndActivate(QDialog& dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QPushButton* saveButton(QDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    return box ? box->button(QDialogButtonBox::Save) : nullptr;
}

QLabel* label(QDialog& dialog, const char* objectName)
{
    return dialog.findChild<QLabel*>(QLatin1String(objectName));
}

// Clicks a check box or radio button on its indicator, where a user would.
void clickIndicator(QAbstractButton* button)
{
    QStyleOptionButton option;
    option.initFrom(button);
    const QStyle::SubElement element =
        qobject_cast<QRadioButton*>(button) ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator;
    const QRect indicator = button->style()->subElementRect(element, &option, button);
    QTest::mouseClick(button, Qt::LeftButton, {}, indicator.center());
}

// Replaces the whole text of a line edit (or spin box) by typing, as a user would: click, select all, type.
void retype(QWidget* field, const QString& text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

// Opens the "advanced" part (URL and timeout) through its check box; returns false when that fails.
bool openAdvanced(QDialog& dialog)
{
    auto* toggle = dialog.findChild<QCheckBox*>(QStringLiteral("advancedToggle"));
    auto* group = dialog.findChild<QGroupBox*>(QStringLiteral("advancedGroup"));
    if (!toggle || !group)
        return false;
    if (!toggle->isChecked())
        clickIndicator(toggle);
    return toggle->isChecked() && group->isVisible();
}

const SandboxRequest* findRequest(const QList<SandboxRequest>& requests, const QByteArray& method,
                                  const QByteArray& path)
{
    for (const SandboxRequest& request : requests) {
        if (request.method == method && request.path == path)
            return &request;
    }
    return nullptr;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void accessibleNamesArePresent();
    void testConnectionUsesTheUrlInForce();
    void saveWritesTokenToKeychain_data();
    void saveWritesTokenToKeychain();
    void tokenFieldIsMaskedAndShowToggles();
    void unavailableKeychainKeepsTokenForSessionByDefault();
    void unavailableKeychainPlainFileChoiceStoresInPlainFile();
    void tokenWithWhitespaceIsRefused_data();
    void tokenWithWhitespaceIsRefused();
    void testConnectionShowsCredits_data();
    void testConnectionShowsCredits();
    void testConnectionWithWrongTokenSaysTokenRejected();
    void invalidBaseUrlIsRefused_data();
    void invalidBaseUrlIsRefused();
    void validUrlAndTimeoutAreSaved_data();
    void validUrlAndTimeoutAreSaved();
    void cancelAfterUnfinishedSaveChangesNothing_data();
    void cancelAfterUnfinishedSaveChangesNothing();
    void removeSavedTokenClearsProviderAndStores();
    void settingsFileNeverContainsToken();
    void cancelIsRefusedWhileTheKeychainWrites();
    void demoModeCannotReplaceTheSandboxToken();
    void blankUrlIsRefusedNotTakenForTheDefault_data();
    void blankUrlIsRefusedNotTakenForTheDefault();
    void theDefaultUrlIsAnExplicitChoice();
    void savedBlankUrlIsShownAsAProblem();
    void blankUrlInTheEnvironmentIsNamedAsTheProblem();
    void testConnectionShowsAnEchoedTokenMasked();
    void testConnectionShowsServerTextLiterally();
    void tokenFileOpenToOthersIsRefusedAndCanBeMadePrivate();
};

void TestSettingsDialog::accessibleNamesArePresent()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());

    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    QVERIFY2(tokenEdit, "no line edit named \"API token\"");
    QVERIFY2(testButton, "no button named \"Test connection\"");
    QVERIFY(testButton->text().remove(QLatin1Char('&')).contains(QLatin1String("Test connection")));

    // With no token saved yet, the dialog says so and the token field takes the keyboard.
    QVERIFY(showAndActivate(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tokenEdit));
    QVERIFY(label(dialog, "tokenState"));
    QVERIFY2(label(dialog, "tokenState")->text().contains(QLatin1String("No token")),
             qPrintable(label(dialog, "tokenState")->text()));
}

void TestSettingsDialog::saveWritesTokenToKeychain_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("as typed") << Token;
    QTest::newRow("pasted with surrounding spaces") << QStringLiteral("  %1 ").arg(Token);
}

void TestSettingsDialog::saveWritesTokenToKeychain()
{
    QFETCH(QString, typed);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    QVERIFY(tokenEdit);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::keyClicks(tokenEdit, typed);
    QVERIFY(tokenEdit->text() == typed);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    QCOMPARE(env.tokens.source(), TokenProvider::Source::Keychain);
    QVERIFY(env.tokens.token() == Token); // trimmed
    QVERIFY(env.client.hasToken());
    QVERIFY(env.connection.isReady());

    const StoreContent keychain = readStore(env.keychain);
    QCOMPARE(keychain.status, TokenStore::Status::Ok);
    QVERIFY(keychain.token == Token);
    QCOMPARE(readStore(env.plainFile).status, TokenStore::Status::NotFound);
    QCOMPARE(env.settings.tokenStorage(), AppSettings::TokenStorage::Keychain);
}

void TestSettingsDialog::tokenFieldIsMaskedAndShowToggles()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* showButton = dialog.findChild<QPushButton*>(QStringLiteral("showTokenButton"));
    QVERIFY(tokenEdit);
    QVERIFY(showButton);
    QVERIFY(showAndActivate(dialog));

    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(tokenEdit, Token);
    QVERIFY(tokenEdit->text() == Token);
    QVERIFY(!tokenEdit->displayText().contains(Token));
    QVERIFY(!showButton->isChecked());

    QTest::mouseClick(showButton, Qt::LeftButton);
    QVERIFY(showButton->isChecked());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(tokenEdit->displayText() == Token);
    QVERIFY2(showButton->text().remove(QLatin1Char('&')).contains(QLatin1String("Hide")),
             qPrintable(showButton->text()));

    QTest::mouseClick(showButton, Qt::LeftButton);
    QVERIFY(!showButton->isChecked());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!tokenEdit->displayText().contains(Token));
    QVERIFY2(showButton->text().remove(QLatin1Char('&')).contains(QLatin1String("Show")),
             qPrintable(showButton->text()));
    // Showing and hiding never touches what was typed.
    QVERIFY(tokenEdit->text() == Token);
}

void TestSettingsDialog::unavailableKeychainKeepsTokenForSessionByDefault()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    env.keychain.setUnavailable(true);
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* fallbackGroup = dialog.findChild<QGroupBox*>(QStringLiteral("fallbackGroup"));
    auto* sessionOnly = dialog.findChild<QRadioButton*>(QStringLiteral("sessionOnlyRadio"));
    auto* plainFile = dialog.findChild<QRadioButton*>(QStringLiteral("plainFileRadio"));
    QVERIFY(tokenEdit);
    QVERIFY(fallbackGroup);
    QVERIFY(sessionOnly);
    QVERIFY(plainFile);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QVERIFY(!fallbackGroup->isVisible());
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::keyClicks(tokenEdit, Token);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    // No keychain: the dialog stays open and offers the choice, "session only" preselected.
    QTRY_VERIFY(fallbackGroup->isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(sessionOnly->isChecked());
    QVERIFY(!plainFile->isChecked());
    QVERIFY(saveButton(dialog)->isEnabled());
    QVERIFY(label(dialog, "fallbackExplanation"));
    QVERIFY2(label(dialog, "fallbackExplanation")->text().contains(QLatin1String("not been saved")),
             qPrintable(label(dialog, "fallbackExplanation")->text()));
    // Nothing is lost, and nothing is in use yet.
    QVERIFY(tokenEdit->text() == Token);
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QVERIFY(!env.tokens.hasToken());

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::Session);
    QVERIFY(env.tokens.token() == Token);
    QVERIFY(env.client.hasToken());

    // Kept for the session only: no store holds it.
    env.keychain.setUnavailable(false);
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
    QCOMPARE(readStore(env.plainFile).status, TokenStore::Status::NotFound);
    QCOMPARE(env.settings.tokenStorage(), AppSettings::TokenStorage::Keychain);
    QVERIFY(!fileContent(env.iniPath()).contains(Token.toUtf8()));
}

void TestSettingsDialog::unavailableKeychainPlainFileChoiceStoresInPlainFile()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    env.keychain.setUnavailable(true);
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* fallbackGroup = dialog.findChild<QGroupBox*>(QStringLiteral("fallbackGroup"));
    auto* sessionOnly = dialog.findChild<QRadioButton*>(QStringLiteral("sessionOnlyRadio"));
    auto* plainFile = dialog.findChild<QRadioButton*>(QStringLiteral("plainFileRadio"));
    QVERIFY(tokenEdit);
    QVERIFY(fallbackGroup);
    QVERIFY(sessionOnly);
    QVERIFY(plainFile);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::keyClicks(tokenEdit, Token);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(fallbackGroup->isVisible());

    // The unencrypted file is an explicit choice behind a plain warning that names the file.
    clickIndicator(plainFile);
    QVERIFY(plainFile->isChecked());
    QVERIFY(!sessionOnly->isChecked());
    QLabel* warning = label(dialog, "plainFileWarning");
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(env.plainFilePath()), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("unencrypted")), qPrintable(warning->text()));
    QCOMPARE(finished.count(), 0);

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::PlainFile);
    QVERIFY(env.tokens.token() == Token);

    const StoreContent stored = readStore(env.plainFile);
    QCOMPARE(stored.status, TokenStore::Status::Ok);
    QVERIFY(stored.token == Token);
    env.keychain.setUnavailable(false);
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);

    // The choice is remembered so the next start reads the plain file; the settings file itself
    // says where the token is, never what it is.
    QCOMPARE(env.settings.tokenStorage(), AppSettings::TokenStorage::PlainFile);
    QSettings reread(env.iniPath(), QSettings::IniFormat);
    QCOMPARE(AppSettings(reread).tokenStorage(), AppSettings::TokenStorage::PlainFile);
    QVERIFY(!fileContent(env.iniPath()).contains(Token.toUtf8()));
}

void TestSettingsDialog::tokenWithWhitespaceIsRefused_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("paste");

    QTest::newRow("typed inner space") << QStringLiteral("eba-gui-test abc") << false;
    QTest::newRow("pasted inner space") << QStringLiteral("eba-gui-test abc") << true;
    QTest::newRow("pasted tab") << QStringLiteral("eba-gui-test\tabc") << true;
    QTest::newRow("pasted non-breaking space") << QStringLiteral("eba-gui-test\u00a0abc") << true;
}

void TestSettingsDialog::tokenWithWhitespaceIsRefused()
{
    QFETCH(QString, token);
    QFETCH(bool, paste);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    QLabel* result = label(dialog, "testResult");
    QVERIFY(tokenEdit);
    QVERIFY(result);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);

    if (paste) {
        QGuiApplication::clipboard()->setText(token);
        QTRY_VERIFY(QGuiApplication::clipboard()->text() == token);
        QTest::mouseClick(tokenEdit, Qt::LeftButton);
        QTest::keyClick(tokenEdit, Qt::Key_V, Qt::ControlModifier);
    } else {
        QTest::keyClicks(tokenEdit, token);
    }
    QVERIFY(tokenEdit->text() == token);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();

    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(result->text().contains(QLatin1String("spaces or line breaks")), qPrintable(result->text()));
    QVERIFY(tokenEdit->text() == token); // left for the user to correct
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QVERIFY(!env.tokens.hasToken());
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
    QCOMPARE(readStore(env.plainFile).status, TokenStore::Status::NotFound);
}

void TestSettingsDialog::testConnectionShowsCredits_data()
{
    QTest::addColumn<int>("credits");

    QTest::newRow("none left") << 0;
    QTest::newRow("four digits") << 1234;
    QTest::newRow("seven digits") << 2500000;
}

void TestSettingsDialog::testConnectionShowsCredits()
{
    QFETCH(int, credits);

    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    server.setCredits(credits);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QLabel* result = label(dialog, "testResult");
    QVERIFY(tokenEdit);
    QVERIFY(testButton);
    QVERIFY(urlEdit);
    QVERIFY(result);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);

    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, server.baseUrl().toString());
    retype(tokenEdit, Token);
    QTest::mouseClick(testButton, Qt::LeftButton);

    const QString host = QStringLiteral("127.0.0.1:%1").arg(server.port());
    QTRY_VERIFY_WITH_TIMEOUT(
        !result->text().isEmpty() && !result->text().startsWith(QLatin1String("Testing")), 15000);
    QVERIFY(testButton->isEnabled());
    QVERIFY2(result->text().contains(QLatin1String("Connected to ") + host), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(Token), "the result must never show the token");
    const QString expected = QLocale().toString(credits) + QLatin1String(" credits");
    QVERIFY2(result->text().contains(expected), qPrintable(result->text()));

    // The server saw exactly the documented call, with the typed token.
    const QList<SandboxRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    const SandboxRequest* request = findRequest(requests, "GET", "/api/v1/credits");
    QVERIFY2(request, requests.isEmpty() ? "no request" : requests.first().path.constData());
    QVERIFY(request->header("Authorization") == QByteArray("Bearer ") + Token.toUtf8());

    // Testing is not saving: nothing stored, URL not saved, dialog still open.
    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
    QCOMPARE(env.savedUrl(), ApiEndpoint::defaultBaseUrl());
}

void TestSettingsDialog::testConnectionWithWrongTokenSaysTokenRejected()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    const QString wrongToken = QStringLiteral("eba-gui-test-wrong-Q4ntz8");

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QLabel* result = label(dialog, "testResult");
    QVERIFY(tokenEdit);
    QVERIFY(testButton);
    QVERIFY(urlEdit);
    QVERIFY(result);
    QVERIFY(showAndActivate(dialog));

    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, server.baseUrl().toString());
    retype(tokenEdit, wrongToken);
    QTest::mouseClick(testButton, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(
        !result->text().isEmpty() && !result->text().startsWith(QLatin1String("Testing")), 15000);
    const QString text = result->text();
    QVERIFY2(text.contains(QLatin1String("token"), Qt::CaseInsensitive) &&
                 text.contains(QLatin1String("rejected"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("credits available")), qPrintable(text));
    QVERIFY2(!text.contains(wrongToken), "the result must never show the token");
    QVERIFY(testButton->isEnabled());

    const QList<SandboxRequest> requests = server.requests();
    const SandboxRequest* request = findRequest(requests, "GET", "/api/v1/credits");
    QVERIFY(request);
    QVERIFY(request->header("Authorization") == QByteArray("Bearer ") + wrongToken.toUtf8());
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
}

void TestSettingsDialog::invalidBaseUrlIsRefused_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("plain http to another host") << QStringLiteral("http://example.com/api/v1");
    QTest::newRow("not a url") << QStringLiteral("not a url");
    QTest::newRow("other scheme") << QStringLiteral("ftp://api.extracta.ai/api/v1");
    QTest::newRow("user info") << QStringLiteral("https://user:secret@api.extracta.ai/api/v1");
}

void TestSettingsDialog::invalidBaseUrlIsRefused()
{
    QFETCH(QString, url);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    const QString savedUrl = QStringLiteral("https://eu.api.extracta.test/api/v1");
    env.saveUrl(savedUrl);
    env.settings.setTimeoutSeconds(40);
    env.settings.sync();
    const QByteArray iniBefore = fileContent(env.iniPath());
    QVERIFY(iniBefore.contains("eu.api.extracta.test"));

    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    auto* timeoutSpin = dialog.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"));
    QLabel* urlProblem = label(dialog, "urlProblem");
    QLabel* result = label(dialog, "testResult");
    QVERIFY(tokenEdit);
    QVERIFY(testButton);
    QVERIFY(urlEdit);
    QVERIFY(timeoutSpin);
    QVERIFY(urlProblem);
    QVERIFY(result);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QCOMPARE(urlEdit->text(), savedUrl);
    QCOMPARE(timeoutSpin->value(), 40);
    QSignalSpy finished(&dialog, &QDialog::finished);

    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, url);
    QCOMPARE(urlEdit->text(), url);
    retype(timeoutSpin, QStringLiteral("90"));
    QCOMPARE(timeoutSpin->value(), 90);
    QTest::keyClicks(tokenEdit, Token);

    // Test connection refuses the URL before anything goes on the wire.
    QVERIFY(urlProblem->text().isEmpty());
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY2(!urlProblem->text().isEmpty(), "no problem shown for the URL");
    QVERIFY2(!result->text().startsWith(QLatin1String("Testing")), qPrintable(result->text()));

    // Editing clears the message; Save shows it again and keeps the dialog open.
    retype(urlEdit, url);
    QVERIFY(urlProblem->text().isEmpty());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();

    QCOMPARE(finished.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(!urlProblem->text().isEmpty(), "no problem shown for the URL");
    QVERIFY(urlProblem->isVisible());
    QCOMPARE(urlEdit->text(), url); // left for the user to correct

    // Nothing was saved: neither the URL, nor the timeout typed with it, nor the token.
    QCOMPARE(env.savedUrl(), savedUrl);
    QCOMPARE(env.settings.timeoutSeconds(), 40);
    env.settings.sync();
    QSettings reread(env.iniPath(), QSettings::IniFormat);
    QCOMPARE(ConnectionStore(reread).current()->apiUrl, savedUrl);
    QCOMPARE(fileContent(env.iniPath()), iniBefore);
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
}

void TestSettingsDialog::validUrlAndTimeoutAreSaved_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("hostLabel");

    QTest::newRow("https") << QStringLiteral("https://eu.api.extracta.test/api/v1") << 45
                           << QStringLiteral("eu.api.extracta.test");
    QTest::newRow("https with port") << QStringLiteral("https://api.extracta.test:8443/api/v1") << 5
                                     << QStringLiteral("api.extracta.test:8443");
    QTest::newRow("plain http on loopback")
        << QStringLiteral("http://127.0.0.1:8080/api/v1") << 120 << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("plain http on localhost")
        << QStringLiteral("http://localhost:9000/api/v1") << 600 << QStringLiteral("localhost:9000");
}

void TestSettingsDialog::validUrlAndTimeoutAreSaved()
{
    QFETCH(QString, url);
    QFETCH(int, timeout);
    QFETCH(QString, hostLabel);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    auto* timeoutSpin = dialog.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"));
    QLabel* urlProblem = label(dialog, "urlProblem");
    QVERIFY(urlEdit);
    QVERIFY(timeoutSpin);
    QVERIFY(urlProblem);
    QVERIFY(saveButton(dialog));
    QVERIFY(showAndActivate(dialog));
    QCOMPARE(urlEdit->text(), ApiEndpoint::defaultBaseUrl()); // nothing saved yet: the default applies
    QCOMPARE(timeoutSpin->value(), AppSettings::DefaultTimeoutSeconds);
    QSignalSpy finished(&dialog, &QDialog::finished);

    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, url);
    retype(timeoutSpin, QString::number(timeout));
    QCOMPARE(timeoutSpin->value(), timeout);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY2(urlProblem->text().isEmpty(), qPrintable(urlProblem->text()));

    QCOMPARE(env.savedUrl(), url);
    QCOMPARE(env.settings.timeoutSeconds(), timeout);
    // Written to the file, not only held in memory.
    QSettings reread(env.iniPath(), QSettings::IniFormat);
    const AppSettings fromFile(reread);
    QCOMPARE(ConnectionStore(reread).current()->apiUrl, url);
    QCOMPARE(fromFile.timeoutSeconds(), timeout);
    // And in force right away.
    QCOMPARE(env.connection.urlSource(), SettingSource::SavedSetting);
    QVERIFY(env.connection.endpoint().isValid());
    QCOMPARE(env.connection.endpoint().hostLabel(), hostLabel);
    QCOMPARE(env.client.endpoint().hostLabel(), hostLabel);
    QCOMPARE(env.client.timeout(), std::chrono::milliseconds(std::chrono::seconds(timeout)));
}

void TestSettingsDialog::cancelAfterUnfinishedSaveChangesNothing_data()
{
    QTest::addColumn<QString>("typedToken");
    QTest::addColumn<bool>("keychainAvailable");

    QTest::newRow("token refused") << QStringLiteral("eba-gui-test abc") << true;
    QTest::newRow("keychain unavailable") << Token << false;
}

void TestSettingsDialog::cancelAfterUnfinishedSaveChangesNothing()
{
    QFETCH(QString, typedToken);
    QFETCH(bool, keychainAvailable);

    DialogSetup env;
    QVERIFY(env.dir.isValid());
    const QString savedUrl = QStringLiteral("https://eu.api.extracta.test/api/v1");
    env.saveUrl(savedUrl);
    env.settings.setTimeoutSeconds(40);
    env.settings.sync();
    env.connection.apply();
    env.keychain.setUnavailable(!keychainAvailable);

    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    auto* timeoutSpin = dialog.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"));
    auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(tokenEdit);
    QVERIFY(urlEdit);
    QVERIFY(timeoutSpin);
    QVERIFY(box);
    QVERIFY(box->button(QDialogButtonBox::Cancel));
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);

    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, QStringLiteral("https://other.api.extracta.test/api/v1"));
    retype(timeoutSpin, QStringLiteral("90"));
    QTest::keyClicks(tokenEdit, typedToken);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();
    // The save could not complete (refused token, or the keychain fallback question is open)...
    QCOMPARE(finished.count(), 0);

    // ...and the user gives up.
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QCOMPARE(env.connection.endpoint().hostLabel(), QStringLiteral("eu.api.extracta.test"));

    // Cancel means nothing changes: the URL and timeout typed with the unfinished save are not kept.
    QCOMPARE(env.savedUrl(), savedUrl);
    QCOMPARE(env.settings.timeoutSeconds(), 40);
}

void TestSettingsDialog::removeSavedTokenClearsProviderAndStores()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    {
        QSignalSpy saved(&env.tokens, &TokenProvider::saveFinished);
        env.tokens.save(Token, TokenProvider::Destination::Keychain);
        QTRY_COMPARE(saved.count(), 1);
    }
    // A stale copy in the plain file must go as well.
    env.plainFile.write(ConnectionKey, Token);
    QCOMPARE(env.tokens.source(), TokenProvider::Source::Keychain);
    QVERIFY(env.client.hasToken());

    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* removeButton = dialog.findChild<QPushButton*>(QStringLiteral("removeTokenButton"));
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    QLabel* result = label(dialog, "testResult");
    QLabel* state = label(dialog, "tokenState");
    QVERIFY(removeButton);
    QVERIFY(tokenEdit);
    QVERIFY(result);
    QVERIFY(state);
    QVERIFY(showAndActivate(dialog));
    QVERIFY2(state->text().contains(QLatin1String("keychain")), qPrintable(state->text()));
    QVERIFY(tokenEdit->text().isEmpty()); // the saved token is never shown in the field
    QVERIFY(removeButton->isEnabled());
    QSignalSpy finished(&dialog, &QDialog::finished);

    QTest::mouseClick(removeButton, Qt::LeftButton);

    QTRY_VERIFY(result->text().contains(QLatin1String("removed")));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
    QVERIFY(!env.tokens.hasToken());
    QVERIFY(env.tokens.token().isEmpty());
    QVERIFY(!env.client.hasToken());
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
    QCOMPARE(readStore(env.plainFile).status, TokenStore::Status::NotFound);
    QVERIFY2(state->text().contains(QLatin1String("No token")), qPrintable(state->text()));
    QVERIFY(saveButton(dialog)->isEnabled()); // no longer busy
    QCOMPARE(finished.count(), 0);
}

void TestSettingsDialog::settingsFileNeverContainsToken()
{
    DialogSetup env;
    QVERIFY(env.dir.isValid());
    const QByteArray secret = Token.toUtf8();

    // 1. Saved to the keychain, together with a URL and timeout so the file really gets written.
    {
        SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
        auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
        auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
        auto* timeoutSpin = dialog.findChild<QSpinBox*>(QStringLiteral("timeoutSpin"));
        QVERIFY(tokenEdit);
        QVERIFY(urlEdit);
        QVERIFY(timeoutSpin);
        QVERIFY(showAndActivate(dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        QVERIFY(openAdvanced(dialog));
        retype(urlEdit, QStringLiteral("https://eu.api.extracta.test/api/v1"));
        retype(timeoutSpin, QStringLiteral("75"));
        QTest::keyClicks(tokenEdit, Token);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(env.tokens.source(), TokenProvider::Source::Keychain);
    }
    QByteArray ini = fileContent(env.iniPath());
    QVERIFY(ini.contains("eu.api.extracta.test"));
    QVERIFY(ini.contains("75"));
    QVERIFY2(!ini.contains(secret), "the keychain token ended up in the settings file");

    // 2. No keychain any more: kept for the session, then saved in the plain-file store by choice.
    env.keychain.setUnavailable(true);
    const QList<QString> choices = {QStringLiteral("sessionOnlyRadio"), QStringLiteral("plainFileRadio")};
    for (const QString& choice : choices) {
        SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
        auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
        auto* fallbackGroup = dialog.findChild<QGroupBox*>(QStringLiteral("fallbackGroup"));
        auto* radio = dialog.findChild<QRadioButton*>(choice);
        QVERIFY(tokenEdit);
        QVERIFY(fallbackGroup);
        QVERIFY(radio);
        QVERIFY(showAndActivate(dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::keyClicks(tokenEdit, Token);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(fallbackGroup->isVisible());
        clickIndicator(radio);
        QVERIFY(radio->isChecked());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));

        ini = fileContent(env.iniPath());
        QVERIFY(!ini.isEmpty());
        QVERIFY2(!ini.contains(secret),
                 qPrintable(QStringLiteral("token in the settings file after %1").arg(choice)));
    }
    QCOMPARE(env.tokens.source(), TokenProvider::Source::PlainFile);
    QVERIFY(ini.contains("plain-file"));
}

void TestSettingsDialog::testConnectionUsesTheUrlInForce()
{
    // With --api-url in force and no saved URL, Test connection must ask that server, not the default.
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    DialogSetup env;
    env.connection.setOverrides(server.baseUrl().toString(), QString());
    env.connection.apply();
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    QLabel* result = label(dialog, "testResult");
    QVERIFY(showAndActivate(dialog));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text(), ApiEndpoint::defaultBaseUrl());
    QTest::keyClicks(tokenEdit, Token);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected to 127.0.0.1")), 15000);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().path, QByteArray("/api/v1/credits"));
}

void TestSettingsDialog::cancelIsRefusedWhileTheKeychainWrites()
{
    // A keychain answers later, from its own event; closing the dialog meanwhile must not leave a
    // token saved behind the user's back, so Cancel waits for the write to finish.
    DialogSetup env;
    env.keychain.setDeferredAnswers(true);
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QTest::keyClicks(findByAccessibleName<QLineEdit>(&dialog, TokenFieldName), Token);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    auto* box = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(!box->button(QDialogButtonBox::Cancel)->isEnabled());
    dialog.reject(); // Escape
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::Keychain);
}

void TestSettingsDialog::demoModeCannotReplaceTheSandboxToken()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    DialogSetup env;
    env.connection.setDemoEndpoint(ApiEndpoint::parse(server.baseUrl().toString()));
    env.tokens.useDemoToken(server.token());
    env.connection.apply();
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    QVERIFY(showAndActivate(dialog));
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    QVERIFY(!tokenEdit->isEnabled());
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("advancedGroup"))->isEnabled());
    // Test connection still works, against the sandbox.
    QTest::mouseClick(findByAccessibleName<QPushButton>(&dialog, TestButtonName), Qt::LeftButton);
    QLabel* result = label(dialog, "testResult");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QLatin1String("Connected to 127.0.0.1")), 15000);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(env.tokens.source(), TokenProvider::Source::Demo);
    QVERIFY(env.tokens.token() == server.token());
    QCOMPARE(readStore(env.keychain).status, TokenStore::Status::NotFound);
    QCOMPARE(env.savedUrl(), ApiEndpoint::defaultBaseUrl());
}

void TestSettingsDialog::blankUrlIsRefusedNotTakenForTheDefault_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("cleared") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
}

void TestSettingsDialog::blankUrlIsRefusedNotTakenForTheDefault()
{
    QFETCH(QString, typed);

    // Clearing the field must never quietly mean production (issue 11, defect 2).
    DialogSetup env;
    const QString staging = QStringLiteral("https://staging.api.extracta.test/api/v1");
    env.saveUrl(staging);
    env.connection.apply();
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    auto* testButton = findByAccessibleName<QPushButton>(&dialog, TestButtonName);
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    QLabel* urlProblem = label(dialog, "urlProblem");
    QLabel* result = label(dialog, "testResult");
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, typed);
    QTest::keyClicks(tokenEdit, Token);

    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY2(!urlProblem->text().isEmpty(), "a blank URL must be refused next to the field");
    QVERIFY2(!result->text().startsWith(QLatin1String("Testing")), qPrintable(result->text()));

    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QVERIFY(urlProblem->isVisible());
    QVERIFY2(urlProblem->text().contains(QLatin1String("Use the default URL")),
             qPrintable(urlProblem->text()));
    QCOMPARE(env.savedUrl(), staging);
    QCOMPARE(env.connection.endpoint().hostLabel(), QStringLiteral("staging.api.extracta.test"));
    QCOMPARE(env.tokens.source(), TokenProvider::Source::None);
}

void TestSettingsDialog::theDefaultUrlIsAnExplicitChoice()
{
    DialogSetup env;
    env.saveUrl(QStringLiteral("https://staging.api.extracta.test/api/v1"));
    env.connection.apply();
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QVERIFY(openAdvanced(dialog));
    auto* useDefault = findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Use the default URL"));
    QVERIFY(useDefault);
    QTest::mouseClick(useDefault, Qt::LeftButton);
    // The user sees where the app will go before saving.
    QCOMPARE(urlEdit->text(), ApiEndpoint::defaultBaseUrl());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    // Saved as the connection's URL, written out: what the user saw is what applies.
    QCOMPARE(env.savedUrl(), ApiEndpoint::defaultBaseUrl());
    QCOMPARE(env.connection.urlSource(), SettingSource::SavedSetting);
    QCOMPARE(env.connection.endpoint().baseUrl().toString(), ApiEndpoint::defaultBaseUrl());
}

void TestSettingsDialog::savedBlankUrlIsShownAsAProblem()
{
    // A settings file whose URL is blank: in force nothing is usable, and the dialog says why.
    DialogSetup env;
    env.saveUrl(QStringLiteral(" "));
    env.connection.apply();
    QVERIFY(!env.connection.endpoint().isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QLabel* urlProblem = label(dialog, "urlProblem");
    QVERIFY(showAndActivate(dialog));
    QSignalSpy finished(&dialog, &QDialog::finished);
    QVERIFY(urlProblem->isVisible());
    QVERIFY2(urlProblem->text().contains(QLatin1String("empty")), qPrintable(urlProblem->text()));
    QVERIFY(urlEdit->text().trimmed().isEmpty());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QVERIFY(env.savedUrl().trimmed().isEmpty()); // left as it was, not turned into "the default"
}

void TestSettingsDialog::blankUrlInTheEnvironmentIsNamedAsTheProblem()
{
    DialogSetup env;
    env.connection.setOverrides(std::nullopt, QString());
    env.connection.apply();
    QVERIFY(!env.connection.endpoint().isValid());
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    QVERIFY(showAndActivate(dialog));
    const QString problem = label(dialog, "urlProblem")->text();
    QVERIFY2(problem.contains(QLatin1String("EXTRACTA_API_URL")) && problem.contains(QLatin1String("empty")),
             qPrintable(problem));
}

void TestSettingsDialog::testConnectionShowsAnEchoedTokenMasked()
{
    // A server that repeats the Authorization header in its error message (issue 11, defect 18).
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SandboxFault echo;
    echo.kind = SandboxFault::Kind::EchoAuthorization;
    server.setFault(echo);
    DialogSetup env;
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* tokenEdit = findByAccessibleName<QLineEdit>(&dialog, TokenFieldName);
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QLabel* result = label(dialog, "testResult");
    QVERIFY(showAndActivate(dialog));
    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, server.baseUrl().toString());
    retype(tokenEdit, Token);
    QTest::mouseClick(findByAccessibleName<QPushButton>(&dialog, TestButtonName), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !result->text().isEmpty() && !result->text().startsWith(QLatin1String("Testing")), 15000);
    // The server did echo it; the dialog shows it masked.
    QVERIFY(server.requests().constFirst().header("Authorization").endsWith(Token.toUtf8()));
    QVERIFY2(!result->text().contains(Token), "the typed token must not show under the masked field");
    QVERIFY2(result->text().contains(QLatin1String("Bearer")), qPrintable(result->text()));
    QVERIFY(!result->toolTip().contains(Token));
    QVERIFY(!QGuiApplication::clipboard()->text().contains(Token));
}

void TestSettingsDialog::testConnectionShowsServerTextLiterally()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    SandboxFault markup;
    markup.kind = SandboxFault::Kind::Status;
    markup.status = 400;
    markup.body =
        R"({"status":"error","message":"<h1>Big</h1><a href=\"http://evil.example\">x</a><img src=\"file:///etc/hostname\">\nline two"})";
    server.setFault(markup);
    DialogSetup env;
    SettingsDialog dialog(env.connection, env.settings, env.plainFilePath());
    auto* urlEdit = dialog.findChild<QLineEdit*>(QStringLiteral("urlEdit"));
    QLabel* result = label(dialog, "testResult");
    QVERIFY(showAndActivate(dialog));
    QVERIFY(openAdvanced(dialog));
    retype(urlEdit, server.baseUrl().toString());
    retype(findByAccessibleName<QLineEdit>(&dialog, TokenFieldName), Token);
    QTest::mouseClick(findByAccessibleName<QPushButton>(&dialog, TestButtonName), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        !result->text().isEmpty() && !result->text().startsWith(QLatin1String("Testing")), 15000);
    bool obeyed = true;
    const QString read = readAsShown(result->text(), result->textFormat(), &obeyed);
    QVERIFY2(!obeyed, qPrintable(result->text()));
    QVERIFY2(read.contains(QLatin1String("<h1>Big</h1><a href=\"http://evil.example\">x</a><img "
                                         "src=\"file:///etc/hostname\">\\nline two")),
             qPrintable(read));
}

// The unencrypted token file can be read by other accounts: the app does not use it, the dialog says
// why and offers to make it private (saving the token again would replace it too).
void TestSettingsDialog::tokenFileOpenToOthersIsRefusedAndCanBeMadePrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX permissions");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{ConnectionKey, Token}}).toJson());
    }
    QVERIFY(setModeOf(path, 0644));
    QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(qsettings);
    settings.setTokenStorage(AppSettings::TokenStorage::PlainFile);
    MemoryTokenStore keychain;
    PlainFileTokenStore plainFile(path);
    QNetworkAccessManager network;
    ExtractaClient client(&network);
    TokenProvider tokens(&keychain, &plainFile, ConnectionKey);
    ConnectionStore connections(qsettings);
    ConnectionMigration::run(connections, settings);
    ActiveConnection connection(client, tokens, settings, connections);
    connection.apply();
    tokens.load(TokenProvider::Destination::PlainFile);
    QVERIFY(!tokens.hasToken());

    SettingsDialog dialog(connection, settings, path);
    QVERIFY(showAndActivate(dialog));
    auto* state = dialog.findChild<QLabel*>(QStringLiteral("tokenState"));
    QVERIFY(state);
    QVERIFY2(state->text().contains(QLatin1String("other user accounts")), qPrintable(state->text()));
    auto* makePrivate = findByAccessibleName<QPushButton>(&dialog, QStringLiteral("Make token file private"));
    QVERIFY(makePrivate);
    QVERIFY(makePrivate->isVisible());

    QTest::mouseClick(makePrivate, Qt::LeftButton);
    QTRY_VERIFY(tokens.hasToken());
    QVERIFY(tokens.token() == Token);
    QCOMPARE(tokens.source(), TokenProvider::Source::PlainFile);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(!makePrivate->isVisible());
    QVERIFY2(state->text().contains(QLatin1String("saved unencrypted")), qPrintable(state->text()));
#endif
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
