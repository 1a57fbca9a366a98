// The shipped translations: complete (nothing unfinished or left over from removed strings), faithful
// to their sources (same placeholders, one mnemonic where the source has one), in step with the code
// (lupdate finds no new or changed string), and actually loaded for the user's language.

#include "core/api/apioutcome.h"
#include "core/settings/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString TranslationsDir = QStringLiteral(EBA_TRANSLATIONS_DIR);

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one, or one per plural form

    QString key() const
    {
        return context + QLatin1Char('|') + source + QLatin1Char('|') + comment;
    }
    QString where() const
    {
        return QStringLiteral("[%1] \"%2\"").arg(context, source);
    }
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99, %L1 and %n, as a sorted list: a translation may reorder them but not lose or add one.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// A mnemonic is "&" before a letter or digit ("&&" is a literal ampersand).
int mnemonicCount(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?=[^&\\s])"));
    return int(text.count(pattern));
}

QStringList shippedTsFiles()
{
    return QDir(TranslationsDir).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void tsFileMatchesTheSources_data();
    void tsFileMatchesTheSources();
    void germanIsLoadedForAGermanLocale();
    void englishReadsRightInTheCLocale();
};

void TestTranslations::cleanup()
{
    // The loader parents its translators to the application; deleting them uninstalls them.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList files = shippedTsFiles();
    QVERIFY2(files.contains(QStringLiteral("eba_de.ts")), qPrintable(TranslationsDir));
    QVERIFY(files.contains(QStringLiteral("eba_en.ts")));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, fileName);
    QString error;
    const QList<TsMessage> messages = readTs(QDir(TranslationsDir).filePath(fileName), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const TsMessage& message : messages) {
        if (!message.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(message.type, message.where());
            continue;
        }
        if (message.numerus && message.translations.size() < 2)
            problems << QStringLiteral("plural forms missing: %1").arg(message.where());
        for (const QString& translation : message.translations) {
            if (translation.isEmpty()) {
                problems << QStringLiteral("empty: %1").arg(message.where());
            } else if (placeholders(translation) != placeholders(message.source)) {
                problems
                    << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(message.where(), translation);
            } else if (mnemonicCount(message.source) != mnemonicCount(translation)) {
                problems << QStringLiteral("mnemonic (&) count differs: %1 -> \"%2\"")
                                .arg(message.where(), translation);
            }
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in %2 (build update_translations, then translate):\n  %3")
                       .arg(problems.size())
                       .arg(fileName, problems.join(QStringLiteral("\n  ")))));
}

void TestTranslations::tsFileMatchesTheSources_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extraOptions");
    // English is the source language: its file holds the plural forms only.
    for (const QString& file : shippedTsFiles()) {
        QTest::newRow(qPrintable(file))
            << file
            << (file == QLatin1String("eba_en.ts") ? QStringList{QStringLiteral("-pluralonly")}
                                                   : QStringList{});
    }
}

// Runs lupdate over the sources into a copy: if the code has a string the .ts lacks (or the .ts
// keeps one the code dropped), the copy's set of strings differs from the shipped one.
void TestTranslations::tsFileMatchesTheSources()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extraOptions);
    const QString lupdate = QStringLiteral(EBA_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shipped = QDir(TranslationsDir).filePath(fileName);
    const QString copy = dir.filePath(fileName);
    QVERIFY(QFile::copy(shipped, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    const QDir sourceRoot(QStringLiteral(EBA_SOURCE_DIR));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, QStringList{sourceRoot.filePath(QStringLiteral("src")),
                                       sourceRoot.filePath(QStringLiteral("ui")),
                                       QStringLiteral("-locations"), QStringLiteral("none"),
                                       QStringLiteral("-no-obsolete"), QStringLiteral("-silent")} +
                               extraOptions + QStringList{QStringLiteral("-ts"), copy});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());

    QString error;
    const auto keys = [&error](const QString& path) {
        QSet<QString> set;
        for (const TsMessage& message : readTs(path, &error))
            set.insert(message.key());
        return set;
    };
    const QSet<QString> expected = keys(shipped);
    const QSet<QString> current = keys(copy);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList differences;
    for (const QString& key : current - expected)
        differences << QStringLiteral("new in the code: ") + key;
    for (const QString& key : expected - current)
        differences << QStringLiteral("no longer in the code: ") + key;
    differences.sort();
    QVERIFY2(differences.isEmpty(),
             qPrintable(QStringLiteral("%1 is out of date; build the update_translations target:\n  %2")
                            .arg(fileName, differences.join(QStringLiteral("\n  ")))));
}

void TestTranslations::germanIsLoadedForAGermanLocale()
{
    const QStringList loaded = TranslationLoader::install(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(loaded.contains(QStringLiteral(":/i18n/eba_de.qm")), qPrintable(loaded.join(u',')));

    QCOMPARE(outcomeWord(ApiOutcome::Kind::NotFound, {}), QStringLiteral("Nicht gefunden"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&Delete batch…"), QStringLiteral("Stapel &löschen…"));
    QCOMPARE(QCoreApplication::translate("ConfirmDeleteDialog", "Type the batch ID to confirm"),
             QStringLiteral("Zur Bestätigung die Stapel-ID eingeben"));
    QCOMPARE(QCoreApplication::translate("CataloguePanel", "%n classification(s)", nullptr, 1),
             QStringLiteral("1 Klassifizierung"));
    QCOMPARE(QCoreApplication::translate("CataloguePanel", "%n classification(s)", nullptr, 3),
             QStringLiteral("3 Klassifizierungen"));
}

void TestTranslations::englishReadsRightInTheCLocale()
{
    const QStringList loaded = TranslationLoader::install(QLocale::c());
    QCOMPARE(loaded, QStringList{QStringLiteral(":/i18n/eba_en.qm")});

    QCOMPARE(QCoreApplication::translate("CataloguePanel", "%n batch(es)", nullptr, 1),
             QStringLiteral("1 batch"));
    QCOMPARE(QCoreApplication::translate("CataloguePanel", "%n batch(es)", nullptr, 2),
             QStringLiteral("2 batches"));
    QCOMPARE(QCoreApplication::translate("AuditWindow", "%n entries", nullptr, 1), QStringLiteral("1 entry"));
    // Plural forms only: everything else stays the English source text.
    QCOMPARE(outcomeWord(ApiOutcome::Kind::NotFound, {}), QStringLiteral("Not found"));

    cleanup();
    // English with a country finds the same file, and installs it once.
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringList{QStringLiteral(":/i18n/eba_en.qm")});
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
