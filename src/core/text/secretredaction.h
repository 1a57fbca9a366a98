#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Takes the credentials a request carried out of whatever a server says back. A server that echoes
// the request (its Authorization header included) must not put the token on screen, in the audit
// trail, in the write-ahead log or in an export. Applied to every answer as it arrives (ApiCall),
// before anything else reads it.
namespace SecretRedaction {

// What a hidden credential reads as.
QString mask();

// Every occurrence of each secret (as is and percent-encoded) and the credential after any
// "Bearer " replaced by mask().
QString redacted(const QString& text, const QStringList& secrets);
// The same for every string in a parsed answer, object keys included.
QJsonObject redacted(const QJsonObject& object, const QStringList& secrets);

// Only the credential after any "Bearer ": for text whose request is not known any more (a record
// stored by an earlier version).
QString withoutBearerCredentials(const QString& text);

} // namespace SecretRedaction
