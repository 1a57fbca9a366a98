#pragma once

#include <QLabel>

// One piece of text from a server (a classification name, a file name) shown so that it can never
// pass for the window's own words: on one line with control and invisible characters made visible
// (ServerText::oneLine), isolated so that right-to-left text cannot reorder what surrounds it, in
// quotes and italics, and elided to the width it gets instead of wrapping or widening the window.
// The whole text is in the tooltip. Always plain text.
class ServerTextLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ServerTextLabel(QWidget* parent = nullptr);

    // `text` as the server sent it. When it is empty, `whenEmpty` (the app's own words, such as
    // "not known") is shown instead, in the normal style and without quotes.
    void setServerText(const QString& text, const QString& whenEmpty = QString());
    // What is shown before eliding: the server's text made one line; empty when there is none.
    QString serverText() const;
    // True when the text is cut short to fit.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShownText();

    QString m_serverText;
    QString m_whenEmpty;
    bool m_elided = false;
};
