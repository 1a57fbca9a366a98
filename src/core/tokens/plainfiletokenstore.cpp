#include "plainfiletokenstore.h"

#include "core/platform/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

struct PlainFileTokenStore::Contents
{
    QJsonObject entries;
    QString problem; // why the file cannot be used; then `entries` is empty
    QString warning; // why it should not be used as it is, though it was
};

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PlainFileTokenStore::PlainFileTokenStore(QString filePath, OpenFile openFile, QObject* parent)
    : TokenStore(parent)
    , m_filePath(std::move(filePath))
    , m_openFile(openFile)
{}

QString PlainFileTokenStore::filePath() const
{
    return m_filePath;
}

PlainFileTokenStore::Contents PlainFileTokenStore::load() const
{
    const PrivateFiles::Secret secret = PrivateFiles::readSecret(m_filePath);
    Contents contents;
    switch (secret.state) {
    case PrivateFiles::Secret::State::Missing:
        return contents;
    case PrivateFiles::Secret::State::SymbolicLink:
        contents.problem =
            tr("The token file %1 is a symbolic link. It was not used: a link is never followed, "
               "as it could lead to anyone's file. Save the token again to replace the link "
               "with a file of your own.")
                .arg(shown(m_filePath));
        return contents;
    case PrivateFiles::Secret::State::NotOwned:
        contents.problem =
            tr("The token file %1 belongs to another user account. It was not used.").arg(shown(m_filePath));
        return contents;
    case PrivateFiles::Secret::State::NotARegularFile:
        contents.problem =
            tr("The token file %1 is not a regular file. It was not used.").arg(shown(m_filePath));
        return contents;
    case PrivateFiles::Secret::State::Unreadable:
        contents.problem = tr("The token file %1 cannot be read (%2).").arg(shown(m_filePath), secret.error);
        return contents;
    case PrivateFiles::Secret::State::OpenToOthers:
        if (m_openFile == OpenFile::Refuse) {
            contents.problem =
                tr("The token file %1 can be read or changed by other user accounts (permissions %2), so it "
                   "was not used: anyone who read it may have your token. Restrict it to your account (or "
                   "save the token again), and consider replacing the token on the Extracta.ai dashboard.")
                    .arg(shown(m_filePath), secret.mode);
            return contents;
        }
        contents.warning =
            tr("Warning: the token file %1 can be read or changed by other user accounts (permissions %2): "
               "anyone who read it may have your token. Restrict it with \"chmod 600\" (or save the token "
               "again in Extracta Batch Admin), and consider replacing the token on the Extracta.ai "
               "dashboard.")
                .arg(shown(m_filePath), secret.mode);
        break;
    case PrivateFiles::Secret::State::Private:
        break;
    }
    const QJsonDocument document = QJsonDocument::fromJson(secret.content);
    if (!document.isObject()) {
        contents.problem = tr("The token file %1 cannot be read.").arg(shown(m_filePath));
        contents.warning.clear();
        return contents;
    }
    contents.entries = document.object();
    return contents;
}

void PlainFileTokenStore::read(const QString& connection)
{
    const Contents contents = load();
    if (!contents.problem.isEmpty()) {
        emit readFinished(connection, Status::Failed, {}, contents.problem);
        return;
    }
    const QString token = contents.entries.value(connection).toString();
    emit readFinished(connection, token.isEmpty() ? Status::NotFound : Status::Ok, token,
                      token.isEmpty() ? QString() : contents.warning);
}

void PlainFileTokenStore::write(const QString& connection, const QString& token)
{
    // The other connections' tokens stay, from a file that can be trusted; anything else is replaced.
    QJsonObject entries = load().entries;
    entries.insert(connection, token);
    QString error;
    if (!PrivateFiles::makeFolder(QFileInfo(m_filePath).absolutePath()) ||
        !PrivateFiles::writeSecret(m_filePath, QJsonDocument(entries).toJson(QJsonDocument::Indented),
                                   &error)) {
        emit writeFinished(connection, Status::Failed,
                           error.isEmpty() ? tr("The folder of %1 cannot be created.").arg(shown(m_filePath))
                                           : tr("%1 cannot be written (%2).").arg(shown(m_filePath), error));
        return;
    }
    emit writeFinished(connection, Status::Ok, {});
}

void PlainFileTokenStore::remove(const QString& connection)
{
    const Contents contents = load();
    QJsonObject entries = contents.entries;
    if (!entries.contains(connection)) {
        emit removeFinished(connection, contents.problem.isEmpty() ? Status::NotFound : Status::Failed,
                            contents.problem);
        return;
    }
    entries.remove(connection);
    QString error;
    // Removing the last entry removes the file (the name itself: never what a link points to).
    const bool ok = entries.isEmpty()
                        ? QFile::remove(m_filePath)
                        : PrivateFiles::writeSecret(
                              m_filePath, QJsonDocument(entries).toJson(QJsonDocument::Indented), &error);
    emit removeFinished(connection, ok ? Status::Ok : Status::Failed, error);
}

bool PlainFileTokenStore::isOpenToOthers() const
{
    return PrivateFiles::readSecret(m_filePath).state == PrivateFiles::Secret::State::OpenToOthers;
}

bool PlainFileTokenStore::restrictAccess(QString* error) const
{
    if (PrivateFiles::restrict(m_filePath) && !isOpenToOthers())
        return true;
    *error = tr("The permissions of %1 could not be changed.").arg(shown(m_filePath));
    return false;
}
