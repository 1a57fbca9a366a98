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

// A control character whose escape ("\t" in JSON and in a shown line) is a backslash and the
// secret's first letter, followed by the rest of the secret: escaped, it would spell the secret.
QString withoutEscapeSpelledSecret(QString text, const QString& secret)
{
    static const QList<std::pair<QChar, QChar>> escapes{
        {u'b', u'\b'}, {u'f', u'\f'}, {u'n', u'\n'}, {u'r', u'\r'}, {u't', u'\t'}};
    for (const auto& [letter, control] : escapes) {
        if (secret.size() > 1 && secret.front() == letter)
            text.replace(control + secret.mid(1), SecretRedaction::mask());
    }
    return text;
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
        result = withoutEscapeSpelledSecret(result, secret);
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
