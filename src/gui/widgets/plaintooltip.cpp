#include "plaintooltip.h"

#include <QTextDocument>

QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return {};
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}
