#include "windowshell.h"

#include "core/api/activeconnection.h"
#include "core/settings/appsettings.h"

#include <QIcon>
#include <QLabel>
#include <QMainWindow>

namespace {

// The window's size on a first start, before the user has chosen one.
constexpr QSize DefaultWindowSize(1280, 760);

} // namespace

WindowShell::WindowShell(const ActiveConnection& connection, AppSettings& settings, QMainWindow* window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_window(window)
{}

void WindowShell::showStartupFrame()
{
    m_window->setWindowTitle(titleText());
    auto* message = new QLabel(tr("Opening the catalogue and the audit trail…"), m_window);
    message->setObjectName(QStringLiteral("startupMessage"));
    message->setAlignment(Qt::AlignCenter);
    m_window->setCentralWidget(message);
    restoreGeometry();
}

void WindowShell::setUpForContents()
{
    m_window->setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    m_window->setWindowTitle(titleText());
}

QString WindowShell::titleText() const
{
    // Qt appends the application's display name ("Extracta Batch Admin") where it differs: the
    // connection in force comes first, so that a task bar entry already says where deletions go.
    return m_connection.connection().title();
}

void WindowShell::updateTitle()
{
    m_window->setWindowTitle(titleText());
}

void WindowShell::restoreGeometry()
{
    m_window->resize(DefaultWindowSize);
    m_window->restoreGeometry(m_settings.windowGeometry());
}

void WindowShell::saveGeometry()
{
    m_settings.setWindowGeometry(m_window->saveGeometry());
    m_settings.sync();
}
