#include "gui/widgets/guiresources.h"
#include "gui/widgets/readablecolors.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

namespace {

// A dark palette like the ones dark desktop themes hand to Qt (Breeze Dark, Adwaita-dark via qt6ct).
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette paletteOf(const QColor& window, const QColor& text, const QColor& base)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// Share of the icon's visible pixels that stand out from `background` by at least 3:1, the WCAG
// minimum for graphical objects: a shape someone can make out, not a faint smudge.
double legibleShare(const QIcon& icon, const QColor& background)
{
    QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        icon.paint(&painter, image.rect());
    }
    QImage bare(64, 64, QImage::Format_ARGB32_Premultiplied);
    bare.fill(Qt::transparent);
    {
        QPainter painter(&bare);
        icon.paint(&painter, bare.rect());
    }
    int covered = 0;
    int legible = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(bare.pixel(x, y)) < 128)
                continue;
            ++covered;
            legible += ReadableColors::contrastRatio(image.pixelColor(x, y), background) >= 3.0 ? 1 : 0;
        }
    }
    return covered == 0 ? 0.0 : double(legible) / covered;
}

} // namespace

class TestReadableColors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contrastRatioMatchesWcag();
    void coloursAreReadableOnEveryPalette_data();
    void coloursAreReadableOnEveryPalette();
    void darkThemesAreRecognised();
    void outcomeIconsAreLegibleOnLightAndDark_data();
    void outcomeIconsAreLegibleOnLightAndDark();
    void iconsAreVectorsSharpAtAnyScale();
};

void TestReadableColors::initTestCase()
{
    ensureGuiResources();
}

void TestReadableColors::contrastRatioMatchesWcag()
{
    QCOMPARE(qRound(ReadableColors::contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(ReadableColors::contrastRatio(Qt::white, Qt::white), 1.0);
    // WCAG's own example: #777 on white is just below 4.5:1.
    QVERIFY(ReadableColors::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QVERIFY(ReadableColors::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
}

void TestReadableColors::coloursAreReadableOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("Fusion light") << fusionPalette();
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("application default") << QApplication::palette();
    QTest::newRow("white") << paletteOf(Qt::white, Qt::black, Qt::white);
    QTest::newRow("black") << paletteOf(Qt::black, Qt::white, Qt::black);
    QTest::newRow("mid grey, dark text")
        << paletteOf(QColor(0x9e, 0x9e, 0x9e), Qt::black, QColor(0xb0, 0xb0, 0xb0));
    QTest::newRow("dark blue") << paletteOf(QColor(0x1a, 0x23, 0x3a), QColor(0xdd, 0xe6, 0xff),
                                            QColor(0x10, 0x16, 0x26));
    QTest::newRow("reddish dark") << paletteOf(QColor(0x5a, 0x10, 0x10), Qt::white, QColor(0x40, 0x08, 0x08));
}

void TestReadableColors::coloursAreReadableOnEveryPalette()
{
    QFETCH(QPalette, palette);
    const QColor problem = ReadableColors::problemText(palette);
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
        const double ratio = ReadableColors::contrastRatio(problem, palette.color(role));
        QVERIFY2(ratio >= ReadableColors::MinTextContrast,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(problem.name(), palette.color(role).name())
                                .arg(ratio, 0, 'f', 2)));
    }
    const ReadableColors::BannerColors banner = ReadableColors::demoBanner(palette);
    QVERIFY(ReadableColors::contrastRatio(banner.text, banner.background) >= ReadableColors::MinTextContrast);
}

void TestReadableColors::darkThemesAreRecognised()
{
    QVERIFY(ReadableColors::isDark(darkPalette()));
    QVERIFY(!ReadableColors::isDark(fusionPalette()));
    // The banner follows: a light banner on a dark window would glare.
    QVERIFY(ReadableColors::relativeLuminance(ReadableColors::demoBanner(darkPalette()).background) < 0.1);
    // The problem colour stays red in both.
    for (const QPalette& palette : {darkPalette(), fusionPalette()}) {
        const QColor problem = ReadableColors::problemText(palette).toHsv();
        QVERIFY(problem.hue() <= 15 || problem.hue() >= 345);
    }
}

void TestReadableColors::outcomeIconsAreLegibleOnLightAndDark_data()
{
    QTest::addColumn<QString>("icon");
    for (const char* name : {"outcome-success", "outcome-failed", "outcome-notfound", "outcome-cancelled",
                             "outcome-locked", "outcome-warning", "delete-batch", "app-icon"})
        QTest::newRow(name) << QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

void TestReadableColors::outcomeIconsAreLegibleOnLightAndDark()
{
    QFETCH(QString, icon);
    const QIcon loaded(icon);
    QVERIFY(!loaded.isNull());
    const QColor backgrounds[] = {Qt::white, QColor(0xef, 0xef, 0xef), QColor(0x2b, 0x2b, 0x2b),
                                  QColor(0x1e, 0x1e, 0x1e), Qt::black};
    for (const QColor& background : backgrounds) {
        const double share = legibleShare(loaded, background);
        QVERIFY2(share >= 0.3, qPrintable(QStringLiteral("%1 on %2: only %3% of the shape stands out")
                                              .arg(icon, background.name())
                                              .arg(qRound(share * 100))));
    }
}

void TestReadableColors::iconsAreVectorsSharpAtAnyScale()
{
    // Loaded by the SVG icon engine, an icon renders at any size; without it (no qt6-svg plugin)
    // QIcon would only have the SVG's nominal 16 px and blow that up, blurred, at 200%.
    const QIcon icon(QStringLiteral(":/icons/outcome-success.svg"));
    QCOMPARE(icon.actualSize(QSize(64, 64)), QSize(64, 64));
    const QPixmap doubled = icon.pixmap(QSize(16, 16), 2.0);
    QCOMPARE(doubled.size(), QSize(32, 32));
    QCOMPARE(doubled.devicePixelRatio(), 2.0);
}

QTEST_MAIN(TestReadableColors)
#include "tst_readablecolors.moc"
