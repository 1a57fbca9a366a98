#pragma once

#include "core/catalogue/catalogue.h"
#include "core/ids/idlistparser.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

namespace Ui {
class AddIdsDialog;
}
class CatalogueService;

// "Add IDs…": takes pasted lines or a CSV file of classification/batch IDs. Good lines go into the
// catalogue (entriesAdded); bad lines stay in the text box, listed with their line numbers, so that
// nothing typed is lost and the user can fix them and press Add again. A long list goes in a slice
// per turn of the event loop (CatalogueImport) with a progress bar; the dialog waits for it.
class AddIdsDialog final : public QDialog
{
    Q_OBJECT

public:
    // At most this many problems are listed; the rest are counted.
    static constexpr int MaxProblemsShown = 50;

    explicit AddIdsDialog(CatalogueService& catalogue, QWidget* parent = nullptr);
    ~AddIdsDialog() override;

    QString text() const;
    void setText(const QString& text);
    // Parses the text box, adds the good entries, then either accepts or keeps only the bad lines.
    void addFromText();
    // Reads a CSV or text file with the same rules (a file that cannot be read is reported).
    void importFile(const QString& path);
    // True from Add or Import until the entries are in the catalogue (buttons disabled, progress
    // shown): the list is read on a worker thread, then added a slice per turn of the event loop.
    bool isAdding() const;

    // What adding did, in the words the dialog and the main window's status bar both use.
    static QString describeAdded(const AddedEntries& added);

signals:
    // The good entries, once they are in the catalogue, and what was new among them.
    void entriesAdded(const QList<IdPair>& entries, const AddedEntries& added);

public slots:
    // Escape and Cancel: nothing while entries are being added, which takes a moment at most.
    void reject() override;

private:
    struct ParsedList;
    void chooseImportFile();
    // Runs `parse` on a worker thread (a long list takes a while to read), then adds the result.
    void parseThenAdd(std::function<ParsedList()> parse, const QString& source);
    void add(const IdListParseResult& result, const QList<IdPair>& inKeyOrder, const QString& source);
    void setAdding(bool adding);
    void showOutcome(const IdListParseResult& result, const QString& source, const AddedEntries& added);
    void showProblems(const QList<IdListProblem>& problems);

    std::unique_ptr<Ui::AddIdsDialog> m_ui;
    CatalogueService& m_catalogue;
    bool m_busy = false;
};
