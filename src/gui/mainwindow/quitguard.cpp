#include "quitguard.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSessionManager>
#include <QStatusBar>

QuitGuard::QuitGuard(QMainWindow* window, Probe probe)
    : QObject(window)
    , m_window(window)
    , m_probe(std::move(probe))
{
    // The OS session ends while deletions run: the same question as Quit, if someone can be asked.
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager& manager) {
        if (!m_probe().any())
            return;
        if (manager.allowsInteraction()) {
            // The session ends only once the user has decided.
            manager.cancel();
            manager.release();
            ask();
        } else {
            // Nobody can be asked: at least nothing new is sent.
            windDownAndQuit();
        }
    });
}

QuitGuard::CloseDecision QuitGuard::decideOnClose(const Running& running, bool windingDown)
{
    if (!running.any())
        return CloseDecision::Close;
    return windingDown ? CloseDecision::KeepWaiting : CloseDecision::Ask;
}

QString QuitGuard::questionText(const Running& running)
{
    QStringList parts;
    if (running.bulkRun)
        parts << tr("A bulk deletion is running: %n batch(es) not done yet.", nullptr,
                    static_cast<int>(running.bulkRemaining));
    if (running.request)
        parts << tr("A deletion request is waiting for the server's answer.");
    return parts.join(QLatin1Char(' ')) + QStringLiteral("\n\n") +
           tr("Stop and quit? No new deletions are sent; the app waits for the answers to the requests "
              "already "
              "sent, records them, and then quits.");
}

bool QuitGuard::mayClose()
{
    switch (decideOnClose(m_probe(), m_windingDown)) {
    case CloseDecision::Close:
        return true;
    case CloseDecision::Ask:
        ask();
        return false;
    case CloseDecision::KeepWaiting:
        sayWindingDown();
        return false;
    }
    return false;
}

bool QuitGuard::isWindingDown() const
{
    return m_windingDown;
}

QMessageBox* QuitGuard::pendingQuestion() const
{
    return m_question && m_question->isVisible() ? m_question.data() : nullptr;
}

void QuitGuard::ask()
{
    if (m_question && m_question->isVisible()) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deletions are still running"),
                                questionText(m_probe()), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* stop = box->addButton(tr("&Stop and quit"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(stop, &QPushButton::clicked, this, &QuitGuard::windDownAndQuit);
    m_question = box;
    box->open();
}

void QuitGuard::windDownAndQuit()
{
    m_windingDown = true;
    // A single request is not cut off: its answer is waited for (at most the request timeout) and
    // recorded, as a bulk run's requests in flight are.
    emit windingDown();
    sayWindingDown();
    quitIfWoundDown();
}

void QuitGuard::quitIfWoundDown()
{
    if (!m_windingDown || m_probe().any())
        return;
    // After the signal that got here has been handled everywhere.
    QMetaObject::invokeMethod(
        m_window, [window = m_window] { window->close(); }, Qt::QueuedConnection);
}

void QuitGuard::sayWindingDown()
{
    m_window->statusBar()->showMessage(
        tr("Quitting once the answers to the requests already sent are recorded…"));
}
