#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class WelcomePage;
}

// The page a first run opens on, in place of the catalogue and the form: what the app does, and
// the two ways to start (set up an API token, or try the demo). Hidden until shown.
class WelcomePage final : public QFrame
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void focusSetupButton();

signals:
    void setupRequested();
    void demoRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};
