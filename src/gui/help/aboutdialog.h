#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help → About: what the app is, which version (from CMake, the one place it is set), the Qt it was
// built with and runs on, its license, and where to get help.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

    // The project's pages as shown in the dialog: home page, issue tracker, API documentation.
    static QString homepageUrl();
    static QString issuesUrl();
    static QString apiDocsUrl();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
