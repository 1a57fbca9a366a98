#include "sessionlock.h"

#include "core/platform/privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace {

const auto Suffix = QStringLiteral(".lock");

} // namespace

SessionLock::~SessionLock()
{
    release();
}

bool SessionLock::acquire(const QString& folder)
{
    release();
    if (!PrivateFiles::makeFolder(folder))
        return false;
    // A process that crashed while none of its entries was open leaves a file nobody asks about.
    removeEnded(folder);
    // A fresh id is already taken only when a sweeping process holds the file of that name for a
    // moment: take another one.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        const qintptr handle = createHeld(pathOf(folder, id));
        if (handle != -1) {
            m_folder = folder;
            m_id = id;
            m_handle = handle;
            return true;
        }
    }
    return false;
}

void SessionLock::release()
{
    if (m_handle != -1)
        releaseHeld(m_handle, pathOf(m_folder, m_id));
    m_handle = -1;
    m_id.clear();
    m_folder.clear();
}

bool SessionLock::isHeld() const
{
    return m_handle != -1;
}

QString SessionLock::id() const
{
    return m_id;
}

QString SessionLock::folder() const
{
    return m_folder;
}

bool SessionLock::hasEnded(const QString& folder, const QString& id)
{
    // The id comes from the database: it must never name a file outside the folder.
    return !isSessionId(id) || probe(pathOf(folder, id)) != Probe::Held;
}

bool SessionLock::isSessionId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[0-9a-f]{32}\\z"));
    return pattern.match(id).hasMatch();
}

QString SessionLock::pathOf(const QString& folder, const QString& id)
{
    return folder + QLatin1Char('/') + id + Suffix;
}

void SessionLock::removeEnded(const QString& folder)
{
    const QStringList names = QDir(folder).entryList({QLatin1Char('*') + Suffix}, QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        const QString id = name.chopped(Suffix.size());
        if (isSessionId(id))
            probe(pathOf(folder, id));
    }
}
