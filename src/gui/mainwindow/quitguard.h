#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QMessageBox;

// Quitting while deletions run. Closing the window (or the OS session ending) then asks "Stop and
// quit?"; "Stop and quit" sends nothing new (windingDown(): the window stops its runs), waits for
// the answers to what was sent, and closes the window once nothing runs any more (quitIfWoundDown()
// after each deletion that ends). Which deletions run, it learns from the probe it is given.
class QuitGuard final : public QObject
{
    Q_OBJECT

public:
    // What runs now, as the question names it.
    struct Running
    {
        bool request = false;        // a single deletion waits for its answer
        bool bulkRun = false;        // a bulk run is not over
        qsizetype bulkRemaining = 0; // its batches not done yet
        bool any() const
        {
            return request || bulkRun;
        }
    };
    using Probe = std::function<Running()>;

    // What closing the window does.
    enum class CloseDecision
    {
        Close,       // nothing runs: the window closes
        Ask,         // deletions run: ask whether to stop them and quit
        KeepWaiting, // already winding down: say so, close once it is done
    };
    static CloseDecision decideOnClose(const Running& running, bool windingDown);
    static QString questionText(const Running& running);

    QuitGuard(QMainWindow* window, Probe probe);

    // For the window's closeEvent(): true when it may close now; otherwise asks, or says it is
    // winding down.
    bool mayClose();
    bool isWindingDown() const;
    // The question while it is open (one just answered lingers, hidden, until deleted: not that).
    QMessageBox* pendingQuestion() const;
    // Asks, or raises the question already open.
    void ask();
    // "Stop and quit": nothing new is sent; the window closes once what runs has ended.
    void windDownAndQuit();
    // After a deletion ended: closes the window if winding down and nothing runs any more.
    void quitIfWoundDown();

signals:
    // Winding down has begun: stop sending.
    void windingDown();

private:
    void sayWindingDown();

    QMainWindow* m_window;
    Probe m_probe;
    QPointer<QMessageBox> m_question;
    bool m_windingDown = false;
};
