#pragma once

#include <QObject>

class ActiveConnection;
class AppSettings;
class ConnectionNotice;
class QLabel;
class WelcomePage;

// What the top of the main window says about the connection: the line naming the API host and the
// token, the welcome page of a first run (in place of the catalogue and the form), the notice of
// what keeps deletions from working, and the demo banner in colours that suit the theme.
class ConnectionStatus final : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QLabel* demoBanner = nullptr;
        ConnectionNotice* notice = nullptr;
        WelcomePage* welcomePage = nullptr;
        QLabel* connectionLabel = nullptr;
        // What the welcome page takes the place of.
        QWidget* mainSplitter = nullptr;
    };

    ConnectionStatus(ActiveConnection& connection, AppSettings& settings, const Widgets& widgets,
                     QWidget* window);

    void updateConnectionInfo();
    void updateWelcome();
    void updateNotice();
    // Whether the server rejected the token of the last request; the notice says so.
    void setTokenRejected(bool rejected);
    // From the window's palette, so that the banner stays readable when the theme turns dark.
    void applyThemeColors();

private:
    ActiveConnection& m_connection;
    AppSettings& m_settings;
    Widgets m_widgets;
    QWidget* m_window;
    bool m_tokenRejected = false;
};
