#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QWidget>

// Finds a widget the way a screen reader or UI automation would: by its accessible name.
template <typename T = QWidget>
T* findByAccessibleName(QWidget* root, const QString& name)
{
    if (root && root->accessibleName() == name)
        if (auto* match = qobject_cast<T*>(root))
            return match;
    const QList<T*> candidates = root->findChildren<T*>();
    for (T* candidate : candidates) {
        if (candidate->accessibleName() == name)
            return candidate;
    }
    return nullptr;
}

// What a user would find cut in `window` as it is laid out now: a label shorter than its text needs
// (or narrower, when it does not wrap), a button narrower or lower than its text, a field narrower
// than its minimum, a list or table with room for fewer than two rows, or any of them reaching
// outside a parent. Empty when everything can be read. Call after the window is shown and laid out.
inline QStringList clippedWidgets(QWidget* window)
{
    QStringList clipped;
    const auto describe = [](const QWidget* widget, const QString& why) {
        QString name = widget->objectName();
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            name += QStringLiteral(" \"%1\"").arg(label->text().left(40));
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            name += QStringLiteral(" \"%1\"").arg(button->text());
        return QStringLiteral("%1 %2: %3").arg(QLatin1String(widget->metaObject()->className()), name, why);
    };
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->isWindow())
            continue;
        // Inside a list or table's viewport, scrolling is how the rest is reached.
        bool scrolled = false;
        for (QWidget* ancestor = widget->parentWidget(); ancestor && ancestor != window;
             ancestor = ancestor->parentWidget())
            scrolled = scrolled || qobject_cast<QAbstractScrollArea*>(ancestor);
        if (scrolled)
            continue;
        const QSize size = widget->size();
        if (const auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
            // A line is as tall as what its glyphs draw (italic descenders reach below the font's
            // height), whatever the label asks for.
            const int needed = label->hasHeightForWidth()
                                   ? label->heightForWidth(size.width())
                                   : qMax(label->minimumSizeHint().height(),
                                          label->fontMetrics().boundingRect(label->text()).height());
            if (size.height() < needed)
                clipped << describe(widget, QStringLiteral("height %1 < %2").arg(size.height()).arg(needed));
            if (!label->wordWrap() && size.width() < label->minimumSizeHint().width())
                clipped << describe(
                    widget,
                    QStringLiteral("width %1 < %2").arg(size.width()).arg(label->minimumSizeHint().width()));
        } else if (qobject_cast<QAbstractButton*>(widget)) {
            const QSize hint = widget->sizeHint();
            if (size.width() < hint.width() || size.height() < hint.height())
                clipped << describe(widget, QStringLiteral("%1x%2 < %3x%4")
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(hint.width())
                                                .arg(hint.height()));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            const auto* table = qobject_cast<QTableView*>(view);
            const int rowHeight =
                table ? table->verticalHeader()->defaultSectionSize() : view->fontMetrics().lineSpacing() + 2;
            const int rows = view->viewport()->height() / rowHeight;
            if (rows < 2)
                clipped << describe(widget, QStringLiteral("room for %1 rows").arg(rows));
        } else if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget)) {
            if (size.width() < widget->minimumSizeHint().width())
                clipped << describe(
                    widget,
                    QStringLiteral("width %1 < %2").arg(size.width()).arg(widget->minimumSizeHint().width()));
        }
        for (QWidget* ancestor = widget->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            const QRect inAncestor(widget->mapTo(ancestor, QPoint(0, 0)), size);
            if (!ancestor->rect().contains(inAncestor)) {
                clipped << describe(widget, QStringLiteral("outside %1").arg(ancestor->objectName()));
                break;
            }
            if (ancestor == window)
                break;
        }
    }
    return clipped;
}

// What a user reads of `text` shown as `format` (a label's textFormat(), or Qt::AutoText for a
// tooltip): Qt renders AutoText that looks like markup as rich text. *markupObeyed says whether any
// of it was taken as markup rather than shown: a heading, a link, an image (which Qt would load),
// bold, italic or underlined text.
inline QString readAsShown(const QString& text, Qt::TextFormat format, bool* markupObeyed)
{
    *markupObeyed = false;
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            *markupObeyed = true;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat shown = fragment.fragment().charFormat();
            if (shown.isImageFormat() || shown.isAnchor() || shown.fontWeight() > QFont::Normal ||
                shown.fontItalic() || shown.fontUnderline())
                *markupObeyed = true;
        }
    }
    return document.toPlainText();
}
