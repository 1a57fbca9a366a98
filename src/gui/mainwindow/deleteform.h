#pragma once

#include <QGroupBox>

#include <memory>

namespace Ui {
class DeleteForm;
}
class ActiveConnection;
class AppSettings;
class QComboBox;
class QLabel;

// The form to delete one batch: its classification and batch ID fields (each offering the IDs used
// lately with the connection in force), what is wrong with what was typed, a hint on what is
// missing, and the Delete button, enabled only while a deletion can start. It asks for a deletion
// (deleteRequested()) and never runs one.
class DeleteForm final : public QGroupBox
{
    Q_OBJECT

public:
    // Made by the main window's form, which passes no arguments: setUp() before anything else.
    explicit DeleteForm(QWidget* parent = nullptr);
    ~DeleteForm() override;

    // What the form checks against (the API URL and token in force) and keeps recent IDs in.
    void setUp(ActiveConnection& connection, AppSettings& settings);

    // The IDs in the fields as checkId() reads them: trimmed, whether valid or not.
    QString classificationId() const;
    QString batchId() const;
    // Whether the Delete button is enabled: both IDs valid, the connection ready, nothing running.
    bool canDelete() const;

    // Checks the fields again and updates the problems, the hint and the Delete button, then emits
    // validated(). A field's problem shows once it was edited or while it holds text.
    void validate();
    // While a deletion request waits for its answer the fields are locked and the busy bar and
    // "Cancel request" show (focused); afterwards the focus returns to the batch field.
    void setRequestRunning(bool running);
    // The app quits once what runs is over: no new deletion starts from the form.
    void setQuitting();
    // A pick from the catalogue: a batch fills both fields; a classification replaces the batch
    // with nothing unless the classification stays the same.
    void fill(const QString& classificationId, const QString& batchId);
    void fillClassification(const QString& classificationId);
    // After the batch in the form was deleted: an ID left there would invite a second attempt. The
    // emptied field counts as untouched, so it shows no problem.
    void clearBatch();
    // The fields' lists: the IDs used lately with the connection in force (AppSettings).
    void reloadRecentIds();
    void focusClassification();
    void focusBatch();

    // What is known of the classification ID in the field (TypedIdLookup decides): its name from
    // the server, shown as server text; a line of the app's own (looking it up, a warning); or nothing.
    enum class CheckTone
    {
        Plain,
        Warning,
    };
    void showClassificationName(const QString& name);
    void showClassificationCheck(const QString& text, CheckTone tone);
    void clearClassificationNote();

signals:
    void deleteRequested();
    void cancelRequested();
    void validated(bool canDelete);
    // An ID field changed (typed, or filled from a pick), after validate().
    void idsEdited();
    // The user seems done with an ID for now: it was pasted (or filled from a pick), or the focus
    // left a field.
    void idsCommitted();
    // Enter in an ID field: done with the IDs, and a check that failed may be tried again.
    void idsConfirmed();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEdited(bool& touched, QString& lastText, const QString& text);
    void showIdProblem(QComboBox* field, QLabel* problemLabel, const QString& problem, bool touched);
    QString hint(bool idsValid) const;
    void applyThemeColors();

    std::unique_ptr<Ui::DeleteForm> m_ui;
    ActiveConnection* m_connection = nullptr;
    AppSettings* m_settings = nullptr;
    QString m_classificationText;
    QString m_batchText;
    bool m_classificationCheckWarns = false;
    bool m_classificationTouched = false;
    bool m_batchTouched = false;
    bool m_requestRunning = false;
    bool m_quitting = false;
};
