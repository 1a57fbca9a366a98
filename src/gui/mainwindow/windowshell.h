#pragma once

#include <QObject>

class ActiveConnection;
class AppSettings;
class QMainWindow;

// The main window around its contents: its title (which says when it is the demo) and icon, its
// size on a first start and the geometry the user left it at (restored, and saved as it closes),
// and the startup frame, one line saying what the window is doing until its contents are built.
class WindowShell final : public QObject
{
    Q_OBJECT

public:
    WindowShell(const ActiveConnection& connection, AppSettings& settings, QMainWindow* window);

    // As little as the first frame needs: the title, the size the user left the window at, and one
    // line of text. The menus, panels and tables follow with the contents.
    void showStartupFrame();
    // With the contents: the title and the app's icon.
    void setUpForContents();
    // The title names the connection in force ("Production — acme-prod"); again after a switch.
    void updateTitle();
    void restoreGeometry();
    // As the window closes.
    void saveGeometry();

private:
    QString titleText() const;

    const ActiveConnection& m_connection;
    AppSettings& m_settings;
    QMainWindow* m_window;
};
