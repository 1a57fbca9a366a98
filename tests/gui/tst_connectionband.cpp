// The connection band and the environment colours (issue 14): the environment and the name in words
// for every environment, colour never the only sign, text readable (WCAG 4.5:1) on light and dark
// palettes, the band painted in its environment's colour and following a change of palette.
#include "core/connections/connection.h"
#include "gui/connections/connectionband.h"
#include "gui/connections/environmentlook.h"
#include "gui/widgets/readablecolors.h"
#include "guitesthelpers.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(EnvironmentType)

namespace {

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

// A dark palette like the ones dark desktop themes hand to Qt.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

Connection connectionOf(EnvironmentType type, const QString& name)
{
    Connection connection;
    connection.id = QStringLiteral("c-%1").arg(static_cast<int>(type));
    connection.name = name;
    connection.apiUrl = QStringLiteral("https://api.extracta.ai/api/v1");
    connection.environment = type;
    return connection;
}

const QList<EnvironmentType> AllTypes = {EnvironmentType::Production, EnvironmentType::Staging,
                                         EnvironmentType::Development, EnvironmentType::Demo};

} // namespace

class TestConnectionBand : public QObject
{
    Q_OBJECT

private slots:
    void saysEnvironmentAndNameInWords_data();
    void saysEnvironmentAndNameInWords();
    void textIsReadableOnLightAndDark_data();
    void textIsReadableOnLightAndDark();
    void environmentsLookDifferent();
    void bandIsPaintedInItsEnvironmentsColour();
    void followsAPaletteChange();
    void demoSaysItIsTheSandbox();
    void markupInANameIsShownAsText();
    void hiddenUntilAConnectionIsSet();
};

void TestConnectionBand::saysEnvironmentAndNameInWords_data()
{
    QTest::addColumn<EnvironmentType>("type");
    QTest::addColumn<QString>("word");
    QTest::newRow("production") << EnvironmentType::Production << QStringLiteral("Production");
    QTest::newRow("staging") << EnvironmentType::Staging << QStringLiteral("Staging");
    QTest::newRow("development") << EnvironmentType::Development << QStringLiteral("Development");
    QTest::newRow("demo") << EnvironmentType::Demo << QStringLiteral("Demo");
}

void TestConnectionBand::saysEnvironmentAndNameInWords()
{
    QFETCH(EnvironmentType, type);
    QFETCH(QString, word);
    QWidget window;
    auto* band = new ConnectionBand(&window);
    band->setConnection(connectionOf(type, QStringLiteral("acme-prod")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(band->titleText(), word + QStringLiteral(" — acme-prod"));
    // What is read on screen is those words, as plain text.
    auto* title = band->findChild<QLabel*>(QStringLiteral("connectionBandTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), word + QStringLiteral(" — acme-prod"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->isVisible());
    QVERIFY2(band->hostText().contains(QLatin1String("api.extracta.ai")), qPrintable(band->hostText()));
    // A screen reader finds it by name and hears the environment.
    QCOMPARE(findByAccessibleName<ConnectionBand>(&window, QStringLiteral("Current connection")), band);
    QVERIFY2(band->accessibleDescription().contains(word), qPrintable(band->accessibleDescription()));
    QVERIFY(band->accessibleDescription().contains(QLatin1String("acme-prod")));
    // Full width of what holds it.
    QVERIFY(band->sizePolicy().horizontalPolicy() != QSizePolicy::Fixed);
}

void TestConnectionBand::textIsReadableOnLightAndDark_data()
{
    QTest::addColumn<EnvironmentType>("type");
    QTest::addColumn<QPalette>("palette");
    for (const EnvironmentType type : AllTypes) {
        const QString word = Environment::word(type);
        QTest::newRow(qPrintable(word + QStringLiteral(", light"))) << type << lightPalette();
        QTest::newRow(qPrintable(word + QStringLiteral(", dark"))) << type << darkPalette();
    }
}

void TestConnectionBand::textIsReadableOnLightAndDark()
{
    QFETCH(EnvironmentType, type);
    QFETCH(QPalette, palette);
    const EnvironmentLook::Colors look = EnvironmentLook::colors(type, palette);
    const double ratio = ReadableColors::contrastRatio(look.text, look.background);
    QVERIFY2(ratio >= ReadableColors::MinTextContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1")
                            .arg(look.text.name(), look.background.name())
                            .arg(ratio, 0, 'f', 2)));
    // A dark theme gets a dark band, a light theme a band that is not darker than needed.
    if (ReadableColors::isDark(palette))
        QVERIFY(ReadableColors::relativeLuminance(look.background) < 0.15);
    // The chip in a list stands out from the list (3:1 for a shape) on its outline.
    const QImage chip = EnvironmentLook::chip(type, palette, 16).pixmap(16, 16).toImage();
    const QColor outline = chip.pixelColor(8, 1);
    QVERIFY2(ReadableColors::contrastRatio(outline, palette.color(QPalette::Base)) >= 3.0,
             qPrintable(outline.name()));
}

void TestConnectionBand::environmentsLookDifferent()
{
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        for (qsizetype a = 0; a < AllTypes.size(); ++a) {
            for (qsizetype b = a + 1; b < AllTypes.size(); ++b) {
                const QColor first = EnvironmentLook::colors(AllTypes.at(a), palette).background.toHsv();
                const QColor second = EnvironmentLook::colors(AllTypes.at(b), palette).background.toHsv();
                const int hueDistance = qAbs(first.hue() - second.hue());
                QVERIFY2(qMin(hueDistance, 360 - hueDistance) >= 30,
                         qPrintable(first.name() + QLatin1Char(' ') + second.name()));
            }
        }
    }
    // Production is red, as everywhere else.
    const QColor production = EnvironmentLook::colors(EnvironmentType::Production, lightPalette()).background;
    QVERIFY(production.toHsv().hue() <= 15 || production.toHsv().hue() >= 345);
}

void TestConnectionBand::bandIsPaintedInItsEnvironmentsColour()
{
    for (const EnvironmentType type : AllTypes) {
        QWidget window;
        window.setPalette(lightPalette());
        auto* band = new ConnectionBand(&window);
        band->setConnection(connectionOf(type, QStringLiteral("x")));
        band->resize(400, band->sizeHint().height());
        window.resize(400, 100);
        const QImage image = band->grab().toImage();
        const EnvironmentLook::Colors look = EnvironmentLook::colors(type, band->palette());
        QCOMPARE(image.pixelColor(2, 2).rgb(), look.background.rgb());
        auto* title = band->findChild<QLabel*>(QStringLiteral("connectionBandTitle"));
        QCOMPARE(title->palette().color(QPalette::WindowText), look.text);
    }
}

void TestConnectionBand::followsAPaletteChange()
{
    QWidget window;
    window.setPalette(lightPalette());
    auto* band = new ConnectionBand(&window);
    band->setConnection(connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod")));
    auto* title = band->findChild<QLabel*>(QStringLiteral("connectionBandTitle"));
    const QColor lightText = title->palette().color(QPalette::WindowText);
    QCOMPARE(lightText, EnvironmentLook::colors(EnvironmentType::Production, lightPalette()).text);

    window.setPalette(darkPalette());
    const EnvironmentLook::Colors dark = EnvironmentLook::colors(EnvironmentType::Production, darkPalette());
    QTRY_COMPARE(title->palette().color(QPalette::WindowText), dark.text);
    band->resize(400, band->sizeHint().height());
    QCOMPARE(band->grab().toImage().pixelColor(2, 2).rgb(), dark.background.rgb());
}

void TestConnectionBand::demoSaysItIsTheSandbox()
{
    ConnectionBand band;
    Connection demo = connectionOf(EnvironmentType::Demo, QStringLiteral("Sandbox"));
    demo.apiUrl = QStringLiteral("http://127.0.0.1:4567/api/v1");
    band.setConnection(demo);
    QCOMPARE(band.titleText(), QStringLiteral("Demo — Sandbox"));
    QVERIFY2(band.hostText().contains(QLatin1String("demo sandbox on this computer")),
             qPrintable(band.hostText()));
    QVERIFY(band.accessibleDescription().contains(QLatin1String("Nothing real is deleted")));
}

void TestConnectionBand::markupInANameIsShownAsText()
{
    ConnectionBand band;
    band.setConnection(connectionOf(EnvironmentType::Staging, QStringLiteral("<b>prod</b>")));
    auto* title = band.findChild<QLabel*>(QStringLiteral("connectionBandTitle"));
    bool markupObeyed = true;
    QCOMPARE(readAsShown(title->text(), title->textFormat(), &markupObeyed),
             QStringLiteral("Staging — <b>prod</b>"));
    QVERIFY(!markupObeyed);
}

void TestConnectionBand::hiddenUntilAConnectionIsSet()
{
    QWidget window;
    auto* band = new ConnectionBand(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!band->isVisible());
    band->setConnection(connectionOf(EnvironmentType::Production, QStringLiteral("acme-prod")));
    QVERIFY(band->isVisible());
    QVERIFY(band->connection().has_value());
    band->clear();
    QVERIFY(!band->isVisible());
    QVERIFY(!band->connection().has_value());
    QVERIFY(band->titleText().isEmpty());
}

QTEST_MAIN(TestConnectionBand)
#include "tst_connectionband.moc"
