#pragma once

#include "apiendpoint.h"
#include "core/connections/connection.h"
#include "core/storage/auditlog.h"
#include "extractaclient.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ActiveConnection;
class QNetworkAccessManager;

// The connection one run was confirmed for: the endpoint, token and timeout in force at that moment,
// copied into a client of its own (ActiveConnection::bind()). Whatever the settings say later, the
// run's requests go to this endpoint with this token, from its first request to its last, and what
// it records belongs to this connection (storageKey()).
class BoundConnection final : public QObject
{
    Q_OBJECT

public:
    BoundConnection(QNetworkAccessManager* network, const ApiEndpoint& endpoint, const QString& token,
                    std::chrono::milliseconds timeout, Connection connection, QString storageKey,
                    const ActiveConnection* origin, QObject* parent = nullptr);

    ExtractaClient& client();
    ApiEndpoint endpoint() const;
    // The host the user confirmed, as shown to them.
    QString hostLabel() const;
    // Under which key its audit entries and catalogue records are kept.
    QString storageKey() const;
    bool isDemo() const;
    // The connection the run was confirmed on, as it was then.
    Connection connection() const;
    // Where the run's audit entries come from: this endpoint's host and this connection.
    AuditOrigin auditOrigin() const;
    // True while the connection in force is still this one (same endpoint): settings changed since
    // have not moved it elsewhere.
    bool isStillCurrent() const;
    // Takes the token now saved for this connection, for a deliberate new start (Resume, Retry) after
    // the user replaced a rejected token. Only while isStillCurrent(): a run never follows the settings
    // to another server. Returns whether the token was taken.
    bool renewToken();

private:
    ExtractaClient m_client;
    Connection m_connection;
    QString m_storageKey;
    QPointer<const ActiveConnection> m_origin;
};
