#include "testhosts.h"

#include <QStringList>

namespace TestHosts {

QString unresolvableHost()
{
    // Five labels of 60 characters and "invalid": 312 characters, each label within the limit of 63.
    QStringList labels;
    for (const char letter : {'n', 'o', 'h', 'o', 's'})
        labels << QString(60, QLatin1Char(letter));
    labels << QStringLiteral("invalid");
    return labels.join(QLatin1Char('.'));
}

QString invalidTldHost()
{
    return QStringLiteral("eba-unresolvable.invalid");
}

} // namespace TestHosts
