#include "secretredaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace {

QJsonValue redactedValue(const QJsonValue& value, const QStringList& secrets)
{
    if (value.isString())
        return SecretRedaction::redacted(value.toString(), secrets);
    if (value.isObject())
        return SecretRedaction::redacted(value.toObject(), secrets);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(redactedValue(item, secrets));
        return array;
    }
    return value;
}

} // namespace

namespace SecretRedaction {

QString mask()
{
    return QStringLiteral("[hidden]");
}

QString withoutBearerCredentials(const QString& text)
{
    static const QRegularExpression bearer(QStringLiteral("(\\bbearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    return result.replace(bearer, QStringLiteral("\\1") + mask());
}

QString redacted(const QString& text, const QStringList& secrets)
{
    QString result = text;
    for (const QString& secret : secrets) {
        if (secret.isEmpty())
            continue;
        result.replace(secret, mask());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            result.replace(encoded, mask(), Qt::CaseInsensitive);
    }
    return withoutBearerCredentials(result);
}

QJsonObject redacted(const QJsonObject& object, const QStringList& secrets)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        result.insert(redacted(it.key(), secrets), redactedValue(it.value(), secrets));
    return result;
}

} // namespace SecretRedaction
