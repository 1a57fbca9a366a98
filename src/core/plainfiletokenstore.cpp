#include "plainfiletokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

QJsonObject loadEntries(const QString& path, bool* readable)
{
    QFile file(path);
    if (!file.exists()) {
        *readable = true;
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *readable = false;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    *readable = doc.isObject();
    return doc.object();
}

bool saveEntries(const QString& path, const QJsonObject& entries, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    // Restrict before any byte of the token is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString unreadableMessage(const QString& path)
{
    return QCoreApplication::translate("PlainFileTokenStore", "The token file %1 cannot be read.").arg(path);
}

} // namespace

PlainFileTokenStore::PlainFileTokenStore(QString filePath, QObject* parent)
    : TokenStore(parent)
    , m_filePath(std::move(filePath))
{}

QString PlainFileTokenStore::filePath() const
{
    return m_filePath;
}

void PlainFileTokenStore::read(const QString& connection)
{
    bool readable = false;
    const QJsonObject entries = loadEntries(m_filePath, &readable);
    if (!readable) {
        emit readFinished(connection, Status::Failed, {}, unreadableMessage(m_filePath));
        return;
    }
    const QString token = entries.value(connection).toString();
    emit readFinished(connection, token.isEmpty() ? Status::NotFound : Status::Ok, token, {});
}

void PlainFileTokenStore::write(const QString& connection, const QString& token)
{
    bool readable = false;
    QJsonObject entries = loadEntries(m_filePath, &readable);
    entries.insert(connection, token);
    QString error;
    if (!saveEntries(m_filePath, entries, &error)) {
        emit writeFinished(connection, Status::Failed, error);
        return;
    }
    emit writeFinished(connection, Status::Ok, {});
}

void PlainFileTokenStore::remove(const QString& connection)
{
    bool readable = false;
    QJsonObject entries = loadEntries(m_filePath, &readable);
    if (!entries.contains(connection)) {
        emit removeFinished(connection, readable ? Status::NotFound : Status::Failed,
                            readable ? QString() : unreadableMessage(m_filePath));
        return;
    }
    entries.remove(connection);
    QString error;
    const bool ok = entries.isEmpty() ? QFile::remove(m_filePath) : saveEntries(m_filePath, entries, &error);
    emit removeFinished(connection, ok ? Status::Ok : Status::Failed, error);
}
