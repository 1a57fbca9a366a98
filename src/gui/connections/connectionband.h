#pragma once

#include "core/connections/connection.h"

#include <QFrame>

#include <optional>

class QHBoxLayout;
class QLabel;

// A full-width band in the colour of the connection's environment that says which connection
// everything below it works on, in words: "Production — acme-prod", and the API host in small type.
// Colour is never the only sign. Screen readers find it as "Current connection", its description
// naming the environment. Hidden until a connection is set. Follows palette changes (light/dark).
class ConnectionBand final : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBand(QWidget* parent = nullptr);

    // A connection of type Demo is the built-in sandbox and says so.
    void setConnection(const Connection& connection);
    void clear();
    // A control shown at the band's right end (the main window puts its Connection switcher there).
    void addTrailingWidget(QWidget* widget);
    // The line under the title: the API host, until whoever owns the band says more there (the main
    // window: the host, where its URL comes from and where the token comes from).
    QLabel* detailLabel() const;
    std::optional<Connection> connection() const;

    // What the band says: its title ("Production — acme-prod") and the host line.
    QString titleText() const;
    QString hostText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateLook();

    std::optional<Connection> m_connection;
    QLabel* m_title;
    QLabel* m_host;
    QHBoxLayout* m_layout;
};
