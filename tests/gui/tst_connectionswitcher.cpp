// The main window's connection switcher (issue 14): "acme-prod (Production)" per connection, the
// current one selected, a choice asks to switch and never switches by itself, and switching can be
// blocked with the reason said.
#include "core/connections/connection.h"
#include "gui/connections/connectionswitcher.h"
#include "guitesthelpers.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Connection connectionOf(const QString& id, const QString& name, EnvironmentType type)
{
    Connection connection;
    connection.id = id;
    connection.name = name;
    connection.apiUrl = QStringLiteral("https://api.extracta.ai/api/v1");
    connection.environment = type;
    return connection;
}

QList<Connection> threeConnections()
{
    return {connectionOf(QStringLiteral("p"), QStringLiteral("acme-prod"), EnvironmentType::Production),
            connectionOf(QStringLiteral("s"), QStringLiteral("acme-staging"), EnvironmentType::Staging),
            connectionOf(QStringLiteral("d"), QStringLiteral("local"), EnvironmentType::Development)};
}

} // namespace

class TestConnectionSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void listsNamesWithEnvironmentsInWords();
    void choosingAnotherAsksAndStaysUntilSwitched();
    void choosingTheCurrentOneAsksNothing();
    void blockedSwitchingSaysWhyAndAsksNothing();
};

void TestConnectionSwitcher::listsNamesWithEnvironmentsInWords()
{
    QWidget window;
    auto* switcher = new ConnectionSwitcher(&window);
    switcher->setConnections(threeConnections(), QStringLiteral("s"));
    QCOMPARE(findByAccessibleName<QComboBox>(&window, QStringLiteral("Connection")), switcher);
    QCOMPARE(switcher->count(), 3);
    QCOMPARE(switcher->itemText(0), QStringLiteral("acme-prod (Production)"));
    QCOMPARE(switcher->itemText(1), QStringLiteral("acme-staging (Staging)"));
    QCOMPARE(switcher->itemText(2), QStringLiteral("local (Development)"));
    QCOMPARE(switcher->currentIndex(), 1);
    QCOMPARE(switcher->currentConnectionId(), QStringLiteral("s"));
    // Each item has its colour chip next to the words.
    for (int i = 0; i < switcher->count(); ++i)
        QVERIFY(!switcher->itemIcon(i).isNull());
    QVERIFY2(switcher->accessibleDescription().contains(QStringLiteral("Staging — acme-staging")),
             qPrintable(switcher->accessibleDescription()));
}

void TestConnectionSwitcher::choosingAnotherAsksAndStaysUntilSwitched()
{
    QWidget window;
    auto* switcher = new ConnectionSwitcher(&window);
    switcher->setConnections(threeConnections(), QStringLiteral("p"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy asked(switcher, &ConnectionSwitcher::switchRequested);

    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("s"));
    // Not switched yet: the app decides, and the switcher shows what is in force.
    QCOMPARE(switcher->currentIndex(), 0);
    QCOMPARE(switcher->currentConnectionId(), QStringLiteral("p"));

    switcher->setCurrentConnection(QStringLiteral("s"));
    QCOMPARE(switcher->currentIndex(), 1);
    QCOMPARE(asked.count(), 1);
    QVERIFY(switcher->accessibleDescription().contains(QStringLiteral("Staging — acme-staging")));
}

void TestConnectionSwitcher::choosingTheCurrentOneAsksNothing()
{
    ConnectionSwitcher switcher;
    switcher.setConnections(threeConnections(), QStringLiteral("d"));
    QSignalSpy asked(&switcher, &ConnectionSwitcher::switchRequested);
    emit switcher.activated(2);
    QCOMPARE(asked.count(), 0);
    emit switcher.activated(0);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("p"));
    QCOMPARE(switcher.currentIndex(), 2);
}

void TestConnectionSwitcher::blockedSwitchingSaysWhyAndAsksNothing()
{
    QWidget window;
    auto* switcher = new ConnectionSwitcher(&window);
    switcher->setConnections(threeConnections(), QStringLiteral("p"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy asked(switcher, &ConnectionSwitcher::switchRequested);
    const QString reason = QStringLiteral("A deletion is running on acme-prod.");

    switcher->setSwitchingBlocked(true, reason);
    QVERIFY(switcher->isSwitchingBlocked());
    QVERIFY(!switcher->isEnabled());
    QVERIFY2(switcher->toolTip().contains(reason), qPrintable(switcher->toolTip()));
    QVERIFY2(switcher->accessibleDescription().contains(reason),
             qPrintable(switcher->accessibleDescription()));
    // Still says which connection is in force.
    QVERIFY(switcher->accessibleDescription().contains(QStringLiteral("Production — acme-prod")));
    emit switcher->activated(1);
    QCOMPARE(asked.count(), 0);
    QCOMPARE(switcher->currentIndex(), 0);

    switcher->setSwitchingBlocked(false);
    QVERIFY(switcher->isEnabled());
    QVERIFY(!switcher->accessibleDescription().contains(reason));
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(asked.count(), 1);
}

QTEST_MAIN(TestConnectionSwitcher)
#include "tst_connectionswitcher.moc"
