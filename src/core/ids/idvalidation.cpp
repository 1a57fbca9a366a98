#include "idvalidation.h"

#include <QCoreApplication>

IdCheck checkId(const QString& raw)
{
    IdCheck check;
    check.value = raw.trimmed();
    if (check.value.isEmpty()) {
        check.problem = QCoreApplication::translate("IdValidation", "Required.");
        return check;
    }
    if (check.value.size() > MaxIdLength) {
        check.problem = QCoreApplication::translate("IdValidation", "Too long: %1 characters (at most %2).")
                            .arg(check.value.size())
                            .arg(MaxIdLength);
        return check;
    }
    // Lone surrogates and U+FFFD (what undecodable bytes become) would not survive the trip to the
    // server as the same ID.
    if (!check.value.isValidUtf16() || check.value.contains(QChar::ReplacementCharacter)) {
        check.problem =
            QCoreApplication::translate("IdValidation", "Contains characters that could not be read.");
        return check;
    }
    for (const QChar c : check.value) {
        if (c.isSpace()) {
            check.problem = QCoreApplication::translate("IdValidation", "Must not contain spaces.");
            return check;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            check.problem =
                QCoreApplication::translate("IdValidation", "Must not contain control characters.");
            return check;
        }
    }
    check.valid = true;
    return check;
}

bool isValidId(const QString& id)
{
    const IdCheck check = checkId(id);
    return check.valid && check.value == id;
}
