#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class ConnectionNotice;
}
class ActiveConnection;

// The notice at the top of the window saying what keeps deletions from working (an unusable API
// URL, no token, a token the server rejected) and offering the way out: Settings, or the demo.
// Hidden while nothing is wrong.
class ConnectionNotice final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionNotice(QWidget* parent = nullptr);
    ~ConnectionNotice() override;

    // Shows what is wrong with `connection`, if anything. No token is a problem to say here only
    // when the welcome page does not ask for one already, or when the token there is unusable.
    void refresh(const ActiveConnection& connection, bool welcomeShown, bool tokenRejected);
    void setSettingsEnabled(bool enabled);

signals:
    void settingsRequested();
    void demoRequested();

private:
    enum class Notice
    {
        None,
        EndpointProblem,
        NoToken,
        TokenRejected,
    };
    static Notice noticeFor(const ActiveConnection& connection, bool welcomeShown, bool tokenRejected);

    std::unique_ptr<Ui::ConnectionNotice> m_ui;
};
