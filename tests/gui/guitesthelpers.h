#pragma once

#include <QAccessible>
#include <QApplication>
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
