#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
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
// than its minimum, a list or table with room for fewer than three lines, or any of them reaching
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
            const int needed = label->hasHeightForWidth() ? label->heightForWidth(size.width())
                                                          : label->minimumSizeHint().height();
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
            const int lines = view->viewport()->height() / view->fontMetrics().lineSpacing();
            if (lines < 3)
                clipped << describe(widget, QStringLiteral("room for %1 lines").arg(lines));
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
