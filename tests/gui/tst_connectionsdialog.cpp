// File → Connections… (issue 14): add, edit, duplicate and remove named connections, each checked
// with the store's rules and its problems shown under the field; removal asks first and removes the
// saved token too; the only connection and the one in use stay; Set token… keeps a token under the
// connection's own entry; Test connection asks the loopback sandbox for /credits with the saved token.
// Everything runs on a temporary settings file and token stores in memory.
#include "core/api/apiendpoint.h"
#include "core/connections/connectionstore.h"
#include "core/settings/appsettings.h"
#include "core/tokens/connectiontokens.h"
#include "core/tokens/tokenstore.h"
#include "gui/connections/connectioneditdialog.h"
#include "gui/connections/connectionsdialog.h"
#include "guitesthelpers.h"
#include "sandbox/sandboxserver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <chrono>

namespace {

// Looks like a key, is not one. Never printed: compared with QVERIFY(a == b) only.
const QString Token = QStringLiteral("eba-conn-test-Xq81LmZ2xVb7");
const QString ProductionUrl = QStringLiteral("https://api.extracta.ai/api/v1");

struct Fixture
{
    Fixture()
    {
        network.setProxy(QNetworkProxy::NoProxy);
    }

    Connection add(const QString& name, EnvironmentType type, const QString& url = ProductionUrl)
    {
        Connection connection;
        connection.name = name;
        connection.apiUrl = url;
        connection.environment = type;
        const QString problem = store.add(connection);
        if (!problem.isEmpty())
            qFatal("could not add %s: %s", qPrintable(name), qPrintable(problem));
        return connection;
    }

    QTemporaryDir dir;
    QSettings qsettings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    AppSettings settings{qsettings};
    ConnectionStore store{qsettings};
    MemoryTokenStore keychain;
    MemoryTokenStore plainFile;
    ConnectionTokens tokens{&keychain, &plainFile, settings};
    QNetworkAccessManager network;
};

struct StoreContent
{
    TokenStore::Status status = TokenStore::Status::Failed;
    QString token;
};

StoreContent readStore(MemoryTokenStore& store, const QString& entry)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(entry);
    if (spy.isEmpty() && !spy.wait(2000))
        return {};
    const QList<QVariant> arguments = spy.takeFirst();
    return {arguments.at(1).value<TokenStore::Status>(), arguments.at(2).toString()};
}

bool showAndActivate(QDialog& dialog)
{
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QPushButton* button(QWidget* root, const QString& accessibleName)
{
    return findByAccessibleName<QPushButton>(root, accessibleName);
}

QTreeWidget* list(QDialog& dialog)
{
    return findByAccessibleName<QTreeWidget>(&dialog, QStringLiteral("Connections"));
}

QString resultText(QDialog& dialog)
{
    auto* label = findByAccessibleName<QLabel>(&dialog, QStringLiteral("Result"));
    return label ? label->text() : QStringLiteral("(no result label)");
}

QString problemOf(QDialog* editor, const char* objectName)
{
    auto* label = editor->findChild<QLabel*>(QLatin1String(objectName));
    return label && label->isVisible() ? label->text() : QString();
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// The edit form opened by `trigger`, once it is open.
QDialog* openEditor(ConnectionsDialog& dialog, const QString& buttonName)
{
    QPushButton* trigger = button(&dialog, buttonName);
    if (!trigger || !trigger->isEnabled())
        return nullptr;
    QTest::mouseClick(trigger, Qt::LeftButton);
    QDialog* editor = nullptr;
    for (int i = 0; i < 100 && !(editor = dialog.pendingEditDialog()); ++i)
        QTest::qWait(20);
    return editor;
}

// Every control a user can reach has a name a screen reader can say.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget);
        // Line edits inside combo boxes and item views' own parts (headers) are named by their owner.
        bool part = false;
        for (QWidget* owner = widget->parentWidget(); owner && owner != root; owner = owner->parentWidget())
            part = part || qobject_cast<QComboBox*>(owner) || qobject_cast<QAbstractItemView*>(owner);
        if (!control || part || !widget->isVisibleTo(root))
            continue;
        if (widget->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(QLatin1String(widget->metaObject()->className()),
                                                   widget->objectName());
    }
    return unnamed;
}

} // namespace

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsConnectionsWithEnvironmentInWords();
    void addSavesAConnection();
    void addFollowsTheUrlForTheEnvironmentUntilChosen();
    void duplicateNameIsRefusedInline();
    void badUrlIsRefusedInline();
    void editChangesTheConnectionInPlace();
    void duplicateAddsACopy();
    void removeAsksFirstAndRemovesTheToken();
    void onlyConnectionCannotBeRemoved();
    void connectionInUseCannotBeRemoved();
    void removalKeptWhenTheTokenCannotBeRemoved();
    void testConnectionShowsCredits();
    void testConnectionWithoutTokenSaysSo();
    void setTokenStoresUnderTheConnectionsOwnEntry();
    void setTokenGoesToThePlainFileWhenChosen();
    void setTokenTestsTheTypedToken();
    void useAsksToSwitchUnlessBlocked();
    void keyboardEditsAndRemoves();
    void everyControlHasAnAccessibleName();
};

void TestConnectionsDialog::listsConnectionsWithEnvironmentInWords()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging,
          QStringLiteral("https://staging.example/api/v1"));
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    QTreeWidget* rows = list(dialog);
    QVERIFY(rows);
    QCOMPARE(rows->topLevelItemCount(), 2);
    QCOMPARE(rows->topLevelItem(0)->text(0), QStringLiteral("acme-prod (in use)"));
    QCOMPARE(rows->topLevelItem(0)->text(1), QStringLiteral("Production"));
    QCOMPARE(rows->topLevelItem(0)->text(2), ProductionUrl);
    QVERIFY(!rows->topLevelItem(0)->icon(1).isNull());
    QCOMPARE(rows->topLevelItem(1)->text(0), QStringLiteral("acme-staging"));
    QCOMPARE(rows->topLevelItem(1)->text(1), QStringLiteral("Staging"));
}

void TestConnectionsDialog::addSavesAConnection()
{
    Fixture f;
    f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy changed(&dialog, &ConnectionsDialog::connectionsChanged);

    QDialog* editor = openEditor(dialog, QStringLiteral("Add connection"));
    QVERIFY(editor);
    auto* name = findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"));
    auto* url = findByAccessibleName<QLineEdit>(editor, QStringLiteral("API URL"));
    auto* environment = findByAccessibleName<QComboBox>(editor, QStringLiteral("Environment"));
    auto* note = findByAccessibleName<QPlainTextEdit>(editor, QStringLiteral("Note"));
    QVERIFY(name && url && environment && note);
    QCOMPARE(url->text(), ApiEndpoint::defaultBaseUrl());
    retype(url, QStringLiteral("https://staging.acme.example/api/v1"));
    environment->setCurrentIndex(environment->findText(QStringLiteral("Staging")));
    emit environment->activated(environment->currentIndex());
    note->setPlainText(QStringLiteral("Shared with the QA team"));
    retype(name, QStringLiteral("acme-staging"));
    // Enter saves.
    QTest::keyClick(name, Qt::Key_Return);

    QTRY_VERIFY(!dialog.pendingEditDialog());
    const std::optional<Connection> saved = f.store.byName(QStringLiteral("acme-staging"));
    QVERIFY(saved);
    QCOMPARE(saved->apiUrl, QStringLiteral("https://staging.acme.example/api/v1"));
    QCOMPARE(saved->environment, EnvironmentType::Staging);
    QCOMPARE(saved->note, QStringLiteral("Shared with the QA team"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list(dialog)->topLevelItemCount(), 2);
    QCOMPARE(dialog.selectedId(), saved->id);
    QVERIFY2(resultText(dialog).contains(QStringLiteral("Added Staging — acme-staging")),
             qPrintable(resultText(dialog)));
}

void TestConnectionsDialog::addFollowsTheUrlForTheEnvironmentUntilChosen()
{
    Fixture f;
    ConnectionStore& store = f.store;
    ConnectionEditDialog editor(store, ConnectionEditDialog::Mode::Add,
                                Connection{{}, {}, ProductionUrl, EnvironmentType::Production, {}, {}});
    QVERIFY(showAndActivate(editor));
    auto* url = findByAccessibleName<QLineEdit>(&editor, QStringLiteral("API URL"));
    auto* environment = findByAccessibleName<QComboBox>(&editor, QStringLiteral("Environment"));
    QCOMPARE(environment->currentText(), QStringLiteral("Production"));
    retype(url, QStringLiteral("http://127.0.0.1:8080/api/v1"));
    QCOMPARE(environment->currentText(), QStringLiteral("Development"));
    retype(url, QStringLiteral("https://example.com/api/v1"));
    QCOMPARE(environment->currentText(), QStringLiteral("Production"));
    // Once chosen, the choice stays.
    environment->setCurrentIndex(environment->findText(QStringLiteral("Staging")));
    emit environment->activated(environment->currentIndex());
    retype(url, QStringLiteral("http://127.0.0.1:8080/api/v1"));
    QCOMPARE(environment->currentText(), QStringLiteral("Staging"));
}

void TestConnectionsDialog::duplicateNameIsRefusedInline()
{
    Fixture f;
    f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy changed(&dialog, &ConnectionsDialog::connectionsChanged);

    QDialog* editor = openEditor(dialog, QStringLiteral("Add connection"));
    QVERIFY(editor);
    auto* name = findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"));
    auto* url = findByAccessibleName<QLineEdit>(editor, QStringLiteral("API URL"));
    retype(url, QStringLiteral("https://other.example/api/v1"));
    retype(name, QStringLiteral("ACME-prod"));
    QTest::mouseClick(button(editor, QStringLiteral("Add")), Qt::LeftButton);

    // Still open, the problem under the name, nothing typed lost, nothing saved.
    QVERIFY(dialog.pendingEditDialog() == editor);
    QVERIFY2(problemOf(editor, "nameProblem").contains(QLatin1String("exists already")),
             qPrintable(problemOf(editor, "nameProblem")));
    QVERIFY(problemOf(editor, "urlProblem").isEmpty());
    QCOMPARE(name->text(), QStringLiteral("ACME-prod"));
    QCOMPARE(url->text(), QStringLiteral("https://other.example/api/v1"));
    QCOMPARE(editor->focusWidget(), name);
    QCOMPARE(f.store.list().size(), 1);
    QCOMPARE(changed.count(), 0);

    // Fixed, it saves.
    retype(name, QStringLiteral("acme-other"));
    QVERIFY(problemOf(editor, "nameProblem").isEmpty());
    QTest::mouseClick(button(editor, QStringLiteral("Add")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.pendingEditDialog());
    QCOMPARE(f.store.list().size(), 2);
}

void TestConnectionsDialog::badUrlIsRefusedInline()
{
    Fixture f;
    f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));

    QDialog* editor = openEditor(dialog, QStringLiteral("Edit connection"));
    QVERIFY(editor);
    auto* url = findByAccessibleName<QLineEdit>(editor, QStringLiteral("API URL"));
    auto* note = findByAccessibleName<QPlainTextEdit>(editor, QStringLiteral("Note"));
    note->setPlainText(QStringLiteral("kept"));
    // A token must never travel over plain http to another computer.
    retype(url, QStringLiteral("http://api.extracta.ai/api/v1"));
    QTest::keyClick(url, Qt::Key_Return);

    QVERIFY(dialog.pendingEditDialog() == editor);
    QVERIFY2(!problemOf(editor, "urlProblem").isEmpty(), "the URL problem is shown under the URL");
    QVERIFY(problemOf(editor, "nameProblem").isEmpty());
    QCOMPARE(url->text(), QStringLiteral("http://api.extracta.ai/api/v1"));
    QCOMPARE(note->toPlainText(), QStringLiteral("kept"));
    QCOMPARE(editor->focusWidget(), url);
    QCOMPARE(f.store.list().first().apiUrl, ProductionUrl);

    // Escape leaves everything as it was.
    QTest::keyClick(url, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.pendingEditDialog());
    QCOMPARE(f.store.list().first().apiUrl, ProductionUrl);
    QCOMPARE(f.store.list().first().note, QString());
}

void TestConnectionsDialog::editChangesTheConnectionInPlace()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy changed(&dialog, &ConnectionsDialog::connectionsChanged);

    QDialog* editor = openEditor(dialog, QStringLiteral("Edit connection"));
    QVERIFY(editor);
    auto* name = findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"));
    QCOMPARE(name->text(), QStringLiteral("acme-prod"));
    retype(name, QStringLiteral("acme-production"));
    QTest::mouseClick(button(editor, QStringLiteral("Save")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.pendingEditDialog());

    QCOMPARE(f.store.list().size(), 1);
    const std::optional<Connection> saved = f.store.byId(prod.id);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("acme-production"));
    QCOMPARE(saved->environment, EnvironmentType::Production);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list(dialog)->topLevelItem(0)->text(0), QStringLiteral("acme-production"));
}

void TestConnectionsDialog::duplicateAddsACopy()
{
    Fixture f;
    Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    prod.note = QStringLiteral("Main account");
    QCOMPARE(f.store.update(prod), QString());
    f.keychain.write(prod.tokenEntry(), Token);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));

    QDialog* editor = openEditor(dialog, QStringLiteral("Duplicate connection"));
    QVERIFY(editor);
    auto* name = findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"));
    QCOMPARE(name->text(), QStringLiteral("acme-prod (copy)"));
    QTest::mouseClick(button(editor, QStringLiteral("Add")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.pendingEditDialog());

    const std::optional<Connection> copy = f.store.byName(QStringLiteral("acme-prod (copy)"));
    QVERIFY(copy);
    QVERIFY(copy->id != prod.id);
    QCOMPARE(copy->apiUrl, prod.apiUrl);
    QCOMPARE(copy->environment, EnvironmentType::Production);
    QCOMPARE(copy->note, QStringLiteral("Main account"));
    QVERIFY(f.store.byId(prod.id));
    // The token is not copied, and the dialog says so.
    QCOMPARE(readStore(f.keychain, copy->tokenEntry()).status, TokenStore::Status::NotFound);
    QVERIFY2(resultText(dialog).contains(QLatin1String("not copied")), qPrintable(resultText(dialog)));
    // A second copy gets a name of its own.
    dialog.selectConnection(prod.id);
    editor = openEditor(dialog, QStringLiteral("Duplicate connection"));
    QVERIFY(editor);
    QCOMPARE(findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"))->text(),
             QStringLiteral("acme-prod (copy 2)"));
    editor->reject();
}

void TestConnectionsDialog::removeAsksFirstAndRemovesTheToken()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection staging = f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    f.keychain.write(staging.tokenEntry(), Token);
    f.keychain.write(prod.tokenEntry(), Token);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy changed(&dialog, &ConnectionsDialog::connectionsChanged);
    QSignalSpy tokenChanged(&dialog, &ConnectionsDialog::tokenChanged);
    dialog.selectConnection(staging.id);

    // Cancel keeps everything.
    QTest::mouseClick(button(&dialog, QStringLiteral("Remove connection")), Qt::LeftButton);
    QMessageBox* question = dialog.pendingQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(QStringLiteral("Staging — acme-staging")),
             qPrintable(question->text()));
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QVERIFY(question->informativeText().contains(QLatin1String("token")));
    QPushButton* cancel = button(question, QStringLiteral("Cancel"));
    QVERIFY(cancel);
    QCOMPARE(question->defaultButton(), cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(f.store.byId(staging.id));
    QCOMPARE(readStore(f.keychain, staging.tokenEntry()).status, TokenStore::Status::Ok);
    QCOMPARE(changed.count(), 0);

    // Remove removes the connection and its token, and nothing of the other one.
    QTest::mouseClick(button(&dialog, QStringLiteral("Remove connection")), Qt::LeftButton);
    question = dialog.pendingQuestion();
    QVERIFY(question);
    QTest::mouseClick(button(question, QStringLiteral("Remove")), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!f.store.byId(staging.id));
    QCOMPARE(readStore(f.keychain, staging.tokenEntry()).status, TokenStore::Status::NotFound);
    QVERIFY(f.store.byId(prod.id));
    QCOMPARE(readStore(f.keychain, prod.tokenEntry()).status, TokenStore::Status::Ok);
    QCOMPARE(tokenChanged.count(), 1);
    QCOMPARE(tokenChanged.at(0).at(0).toString(), staging.id);
    QCOMPARE(list(dialog)->topLevelItemCount(), 1);
    QVERIFY(dialog.isEnabled());
}

void TestConnectionsDialog::onlyConnectionCannotBeRemoved()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QTest::mouseClick(button(&dialog, QStringLiteral("Remove connection")), Qt::LeftButton);
    QVERIFY(!dialog.pendingQuestion());
    QVERIFY2(resultText(dialog).contains(QLatin1String("only connection")), qPrintable(resultText(dialog)));
    QVERIFY(f.store.byId(prod.id));
}

void TestConnectionsDialog::connectionInUseCannotBeRemoved()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    dialog.selectConnection(prod.id);
    QVERIFY(showAndActivate(dialog));
    QTest::mouseClick(button(&dialog, QStringLiteral("Remove connection")), Qt::LeftButton);
    QVERIFY(!dialog.pendingQuestion());
    QVERIFY2(resultText(dialog).contains(QLatin1String("in use")), qPrintable(resultText(dialog)));
    QVERIFY(f.store.byId(prod.id));
}

void TestConnectionsDialog::removalKeptWhenTheTokenCannotBeRemoved()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection staging = f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    f.keychain.setUnavailable(true);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    dialog.selectConnection(staging.id);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy changed(&dialog, &ConnectionsDialog::connectionsChanged);
    QTest::mouseClick(button(&dialog, QStringLiteral("Remove connection")), Qt::LeftButton);
    QMessageBox* question = dialog.pendingQuestion();
    QVERIFY(question);
    QTest::mouseClick(button(question, QStringLiteral("Remove")), Qt::LeftButton);
    QTRY_VERIFY2(resultText(dialog).contains(QLatin1String("was kept")), qPrintable(resultText(dialog)));
    QVERIFY(f.store.byId(staging.id));
    QCOMPARE(changed.count(), 0);
    QVERIFY(dialog.isEnabled());
}

void TestConnectionsDialog::testConnectionShowsCredits()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    server.setCredits(4321);
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection local =
        f.add(QStringLiteral("local"), EnvironmentType::Development, server.baseUrl().toString());
    f.keychain.write(local.tokenEntry(), Token);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    dialog.setTestTimeout(std::chrono::seconds(10));
    dialog.selectConnection(local.id);
    QVERIFY(showAndActivate(dialog));

    QPushButton* test = button(&dialog, QStringLiteral("Test connection"));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(resultText(dialog).contains(QLatin1String("credits")), 15000);
    const QString text = resultText(dialog);
    QVERIFY2(text.contains(QLatin1String("Connected to 127.0.0.1:") + QString::number(server.port())),
             qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(4321) + QLatin1String(" credits available")), qPrintable(text));
    QVERIFY2(!text.contains(Token), "the result must never show the token");
    QVERIFY(test->isEnabled());
    const QList<SandboxRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, QByteArray("/api/v1/credits"));
    QVERIFY(requests.first().header("Authorization") == QByteArray("Bearer ") + Token.toUtf8());
}

void TestConnectionsDialog::testConnectionWithoutTokenSaysSo()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Fixture f;
    const Connection local =
        f.add(QStringLiteral("local"), EnvironmentType::Development, server.baseUrl().toString());
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QTest::mouseClick(button(&dialog, QStringLiteral("Test connection")), Qt::LeftButton);
    QTRY_VERIFY2(resultText(dialog).contains(QLatin1String("No token is saved for local")),
                 qPrintable(resultText(dialog)));
    QVERIFY(server.requests().isEmpty());
    QVERIFY(button(&dialog, QStringLiteral("Test connection"))->isEnabled());
    QVERIFY(f.store.byId(local.id));
}

void TestConnectionsDialog::setTokenStoresUnderTheConnectionsOwnEntry()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection staging = f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    f.keychain.setDeferredAnswers(true);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    dialog.selectConnection(staging.id);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy tokenChanged(&dialog, &ConnectionsDialog::tokenChanged);

    QTest::mouseClick(button(&dialog, QStringLiteral("Set token")), Qt::LeftButton);
    QDialog* tokenDialog = dialog.pendingTokenDialog();
    QVERIFY(tokenDialog);
    // It says whose token it is, in words.
    QVERIFY2(tokenDialog->windowTitle().contains(QStringLiteral("Staging — acme-staging")),
             qPrintable(tokenDialog->windowTitle()));
    auto* field = findByAccessibleName<QLineEdit>(tokenDialog, QStringLiteral("API token"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(tokenDialog->findChild<QLabel*>(QStringLiteral("tokenState"))
                    ->text()
                    .contains(QLatin1String("No token is saved")));
    QTest::keyClicks(field, Token);
    QTest::mouseClick(button(tokenDialog, QStringLiteral("Save token")), Qt::LeftButton);
    QTRY_VERIFY(!dialog.pendingTokenDialog());

    f.keychain.setDeferredAnswers(false);
    const StoreContent saved = readStore(f.keychain, staging.tokenEntry());
    QCOMPARE(saved.status, TokenStore::Status::Ok);
    QVERIFY(saved.token == Token);
    QCOMPARE(readStore(f.keychain, prod.tokenEntry()).status, TokenStore::Status::NotFound);
    QCOMPARE(readStore(f.plainFile, staging.tokenEntry()).status, TokenStore::Status::NotFound);
    QCOMPARE(tokenChanged.count(), 1);
    QCOMPARE(tokenChanged.at(0).at(0).toString(), staging.id);
    QVERIFY(!resultText(dialog).contains(Token));
}

void TestConnectionsDialog::setTokenGoesToThePlainFileWhenChosen()
{
    Fixture f;
    f.settings.setTokenStorage(AppSettings::TokenStorage::PlainFile);
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QTest::mouseClick(button(&dialog, QStringLiteral("Set token")), Qt::LeftButton);
    QDialog* tokenDialog = dialog.pendingTokenDialog();
    QVERIFY(tokenDialog);
    auto* field = findByAccessibleName<QLineEdit>(tokenDialog, QStringLiteral("API token"));
    // A token with a space in it is refused before any store sees it.
    QTest::keyClicks(field, QStringLiteral("two words"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(dialog.pendingTokenDialog());
    QCOMPARE(readStore(f.plainFile, prod.tokenEntry()).status, TokenStore::Status::NotFound);
    field->clear();
    QTest::keyClicks(field, Token);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!dialog.pendingTokenDialog());
    const StoreContent saved = readStore(f.plainFile, prod.tokenEntry());
    QCOMPARE(saved.status, TokenStore::Status::Ok);
    QVERIFY(saved.token == Token);
    QCOMPARE(readStore(f.keychain, prod.tokenEntry()).status, TokenStore::Status::NotFound);
}

void TestConnectionsDialog::setTokenTestsTheTypedToken()
{
    SandboxServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setToken(Token);
    const QString wrong = QStringLiteral("eba-conn-test-wrong-7Hq");
    Fixture f;
    const Connection local =
        f.add(QStringLiteral("local"), EnvironmentType::Development, server.baseUrl().toString());
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QTest::mouseClick(button(&dialog, QStringLiteral("Set token")), Qt::LeftButton);
    QDialog* tokenDialog = dialog.pendingTokenDialog();
    QVERIFY(tokenDialog);
    auto* field = findByAccessibleName<QLineEdit>(tokenDialog, QStringLiteral("API token"));
    auto* result = findByAccessibleName<QLabel>(tokenDialog, QStringLiteral("Result"));
    QTest::keyClicks(field, wrong);
    QTest::mouseClick(button(tokenDialog, QStringLiteral("Test connection")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("rejected"), Qt::CaseInsensitive), 15000);
    QVERIFY(!result->text().contains(wrong));
    // Testing is not saving.
    QVERIFY(dialog.pendingTokenDialog());
    QCOMPARE(readStore(f.keychain, local.tokenEntry()).status, TokenStore::Status::NotFound);
    const QList<SandboxRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests.first().header("Authorization") == QByteArray("Bearer ") + wrong.toUtf8());
    tokenDialog->reject();
}

void TestConnectionsDialog::useAsksToSwitchUnlessBlocked()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection staging = f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    QVERIFY(showAndActivate(dialog));
    QSignalSpy asked(&dialog, &ConnectionsDialog::switchRequested);
    QPushButton* use = button(&dialog, QStringLiteral("Use this connection"));
    QVERIFY(use);

    dialog.selectConnection(prod.id);
    QVERIFY(!use->isEnabled());
    dialog.selectConnection(staging.id);
    QVERIFY(use->isEnabled());
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), staging.id);

    const QString reason = QStringLiteral("A deletion is running.");
    dialog.setSwitchingBlocked(true, reason);
    QVERIFY(!use->isEnabled());
    QCOMPARE(use->accessibleDescription(), reason);
    dialog.setSwitchingBlocked(false);
    QVERIFY(use->isEnabled());
}

void TestConnectionsDialog::keyboardEditsAndRemoves()
{
    Fixture f;
    const Connection prod = f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    const Connection staging = f.add(QStringLiteral("acme-staging"), EnvironmentType::Staging);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    dialog.setCurrentId(prod.id);
    QVERIFY(showAndActivate(dialog));
    QTreeWidget* rows = list(dialog);
    QVERIFY(rows->hasFocus());
    dialog.selectConnection(staging.id);

    QTest::keyClick(rows, Qt::Key_Return);
    QDialog* editor = dialog.pendingEditDialog();
    QVERIFY(editor);
    QCOMPARE(findByAccessibleName<QLineEdit>(editor, QStringLiteral("Connection name"))->text(),
             QStringLiteral("acme-staging"));
    QTest::keyClick(editor->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog.pendingEditDialog());

    rows->setFocus();
    QTest::keyClick(rows, Qt::Key_Delete);
    QMessageBox* question = dialog.pendingQuestion();
    QVERIFY(question);
    QVERIFY(question->text().contains(QLatin1String("acme-staging")));
    // Escape is Cancel.
    QTest::keyClick(question, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.pendingQuestion());
    QVERIFY(f.store.byId(staging.id));
}

void TestConnectionsDialog::everyControlHasAnAccessibleName()
{
    Fixture f;
    f.add(QStringLiteral("acme-prod"), EnvironmentType::Production);
    ConnectionsDialog dialog(f.store, f.tokens, &f.network);
    QVERIFY(showAndActivate(dialog));
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u'\n')));

    QDialog* editor = openEditor(dialog, QStringLiteral("Edit connection"));
    QVERIFY(editor);
    QVERIFY2(unnamedControls(editor).isEmpty(), qPrintable(unnamedControls(editor).join(u'\n')));
    editor->reject();
    QTRY_VERIFY(!dialog.pendingEditDialog());

    QTest::mouseClick(button(&dialog, QStringLiteral("Set token")), Qt::LeftButton);
    QDialog* tokenDialog = dialog.pendingTokenDialog();
    QVERIFY(tokenDialog);
    QVERIFY2(unnamedControls(tokenDialog).isEmpty(), qPrintable(unnamedControls(tokenDialog).join(u'\n')));
    tokenDialog->reject();
}

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
