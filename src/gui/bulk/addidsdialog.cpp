#include "addidsdialog.h"

#include "core/catalogue/catalogueservice.h"
#include "ui_addidsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <memory>

AddIdsDialog::AddIdsDialog(CatalogueService& catalogue, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddIdsDialog>())
    , m_catalogue(catalogue)
{
    m_ui->setupUi(this);
    m_ui->idsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->idsEdit->setPlaceholderText(
        tr("-OPXR1F82I0cRYJPcHNo,-OPXR2aBcDeFgHiJkLmN\n-OPXR1F82I0cRYJPcHNo\t-OPXR3xYzAbCdEfGhIjK\n"
           "-OPXR4qRsTuVwXyZaBcD"));
    m_ui->summaryLabel->hide();
    m_ui->problemList->hide();
    m_ui->addProgress->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, &AddIdsDialog::addFromText);
    connect(m_ui->importButton, &QPushButton::clicked, this, &AddIdsDialog::chooseImportFile);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->idsEdit->setFocus();
}

AddIdsDialog::~AddIdsDialog() = default;

QString AddIdsDialog::text() const
{
    return m_ui->idsEdit->toPlainText();
}

void AddIdsDialog::setText(const QString& text)
{
    m_ui->idsEdit->setPlainText(text);
}

// What the worker thread hands back: the parse, the text to leave in the box, or why a file could
// not be read.
struct AddIdsDialog::ParsedList
{
    IdListParseResult result;
    QString badLines;
    QString readError;
    // The entries in the order of the catalogue's index: a long list then goes into the database
    // a key range per slice, which writes a fraction of the pages that list order would.
    QList<IdPair> inKeyOrder;
};

bool AddIdsDialog::isAdding() const
{
    return m_busy;
}

void AddIdsDialog::reject()
{
    if (!isAdding())
        QDialog::reject();
}

void AddIdsDialog::addFromText()
{
    if (isAdding())
        return;
    parseThenAdd(
        [original = text()] {
            ParsedList parsed;
            parsed.result = IdListParser::parse(original);
            if (!parsed.result.problems.isEmpty()) {
                // Only what still needs the user's attention stays; the good lines are added.
                const QStringList lines = original.split(QLatin1Char('\n'));
                QStringList badLines;
                for (const IdListProblem& problem : std::as_const(parsed.result.problems)) {
                    if (problem.line >= 1 && problem.line <= lines.size())
                        badLines << lines.at(problem.line - 1);
                }
                parsed.badLines = badLines.join(QLatin1Char('\n'));
            }
            return parsed;
        },
        QString());
}

void AddIdsDialog::importFile(const QString& path)
{
    if (isAdding())
        return;
    parseThenAdd(
        [path] {
            ParsedList parsed;
            QString error;
            parsed.result = IdListParser::parseFile(path, &error);
            if (!error.isEmpty())
                parsed.readError = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), error);
            return parsed;
        },
        QFileInfo(path).fileName());
}

void AddIdsDialog::parseThenAdd(std::function<ParsedList()> parse, const QString& source)
{
    setAdding(true);
    auto parsed = std::make_shared<ParsedList>();
    QThread* worker = QThread::create([parse = std::move(parse), parsed] {
        *parsed = parse();
        parsed->inKeyOrder = parsed->result.entries;
        std::sort(parsed->inKeyOrder.begin(), parsed->inKeyOrder.end(), [](const IdPair& a, const IdPair& b) {
            const int byClassification = a.classificationId.compare(b.classificationId);
            return byClassification != 0 ? byClassification < 0 : a.batchId < b.batchId;
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, parsed, source] {
        if (!parsed->readError.isEmpty()) {
            setAdding(false);
            m_ui->summaryLabel->setText(parsed->readError);
            m_ui->summaryLabel->show();
            showProblems({});
            return;
        }
        if (source.isEmpty() && !parsed->result.problems.isEmpty())
            setText(parsed->badLines);
        add(parsed->result, parsed->inKeyOrder, source);
    });
    worker->start();
}

void AddIdsDialog::add(const IdListParseResult& result, const QList<IdPair>& inKeyOrder,
                       const QString& source)
{
    if (result.entries.isEmpty()) {
        setAdding(false);
        showOutcome(result, source, {});
        return;
    }
    CatalogueImport* import = m_catalogue.startAdding(inKeyOrder);
    connect(import, &CatalogueImport::progress, this, [this](qsizetype done, qsizetype total) {
        // Shown only when it takes more than one turn: a short list is in at once.
        m_ui->addProgress->setRange(0, static_cast<int>(total));
        m_ui->addProgress->setValue(static_cast<int>(done));
        m_ui->addProgress->setVisible(done < total);
    });
    connect(import, &CatalogueImport::finished, this,
            [this, result, source](const QList<IdPair>&, const AddedEntries& added) {
                setAdding(false);
                emit entriesAdded(result.entries, added);
                showOutcome(result, source, added);
            });
}

void AddIdsDialog::setAdding(bool adding)
{
    m_busy = adding;
    for (QWidget* control :
         {static_cast<QWidget*>(m_ui->idsEdit), static_cast<QWidget*>(m_ui->addButton),
          static_cast<QWidget*>(m_ui->importButton), static_cast<QWidget*>(m_ui->cancelButton)})
        control->setEnabled(!adding);
    if (!adding)
        m_ui->addProgress->hide();
}

void AddIdsDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import IDs"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

QString AddIdsDialog::describeAdded(const AddedEntries& added)
{
    QString text = tr("%n new batch(es)", nullptr, static_cast<int>(added.batches.size()));
    if (!added.classifications.isEmpty())
        text = tr("%1, %2").arg(
            text, tr("%n new classification(s)", nullptr, static_cast<int>(added.classifications.size())));
    if (added.alreadyKnown > 0)
        text = tr("%1; %2").arg(text, tr("%n already known", nullptr, added.alreadyKnown));
    return tr("Added to the catalogue: %1.").arg(text);
}

void AddIdsDialog::showOutcome(const IdListParseResult& result, const QString& source,
                               const AddedEntries& added)
{
    const bool good = !result.entries.isEmpty();
    const int bad = static_cast<int>(result.problems.size());

    // A file that was read cleanly closes the dialog only when nothing typed is left behind.
    const bool nothingLeft = source.isEmpty() || text().trimmed().isEmpty();
    if (good && bad == 0 && nothingLeft) {
        accept();
        return;
    }

    const QString badText = tr("%n lines need attention.", nullptr, bad);
    QString summary;
    if (!good && bad == 0)
        summary = source.isEmpty() ? tr("Nothing to add: paste or type at least one ID.")
                                   : tr("%1 holds no IDs.").arg(source);
    else if (bad == 0)
        summary = describeAdded(added);
    else if (!good)
        summary = tr("Nothing added; %1").arg(badText);
    else
        summary = tr("%1 %2").arg(describeAdded(added), badText);
    if (!source.isEmpty())
        summary = tr("From %1: %2").arg(source, summary);
    if (bad > 0 && source.isEmpty())
        summary +=
            QLatin1Char(' ') + tr("The lines left in the box are the ones to fix; then press Add again.");
    else if (bad > 0)
        summary +=
            QLatin1Char(' ') + tr("Fix those lines in the file and import it again, or paste them here.");
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->show();
    showProblems(result.problems);
}

void AddIdsDialog::showProblems(const QList<IdListProblem>& problems)
{
    QListWidget* list = m_ui->problemList;
    list->clear();
    const qsizetype shown = std::min<qsizetype>(problems.size(), MaxProblemsShown);
    for (qsizetype i = 0; i < shown; ++i) {
        const IdListProblem& problem = problems.at(i);
        list->addItem(tr("Line %1: %2").arg(QString::number(problem.line), problem.message));
    }
    if (problems.size() > shown)
        list->addItem(tr("… and %n more", nullptr, static_cast<int>(problems.size() - shown)));
    list->setVisible(!problems.isEmpty());
}
