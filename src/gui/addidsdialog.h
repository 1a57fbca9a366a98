#pragma once

#include "catalogue.h"
#include "idlistparser.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AddIdsDialog;
}
class CatalogueService;

// "Add IDs…": takes pasted lines or a CSV file of classification/batch IDs. Good lines go into the
// catalogue at once (entriesAdded); bad lines stay in the text box, listed with their line numbers,
// so that nothing typed is lost and the user can fix them and press Add again.
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
    // Parses the text box: emits the good entries and either accepts or keeps only the bad lines.
    void addFromText();
    // Reads a CSV or text file with the same rules. Returns false when the file could not be read.
    bool importFile(const QString& path);

    // What adding did, in the words the dialog and the main window's status bar both use.
    static QString describeAdded(const AddedEntries& added);

signals:
    // The good entries, once they are in the catalogue, and what was new among them.
    void entriesAdded(const QList<IdPair>& entries, const AddedEntries& added);

private:
    void chooseImportFile();
    void showOutcome(const IdListParseResult& result, const QString& source);
    void showProblems(const QList<IdListProblem>& problems);

    std::unique_ptr<Ui::AddIdsDialog> m_ui;
    CatalogueService& m_catalogue;
};
