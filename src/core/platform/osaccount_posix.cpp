#include "osaccount.h"

#include <QFile>

#include <cerrno>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace OsAccount {

QString name()
{
    const long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : size_t(16384));
    struct passwd entry = {};
    struct passwd* found = nullptr;
    int error = 0;
    while ((error = ::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found)) == ERANGE &&
           buffer.size() < (size_t(1) << 20))
        buffer.resize(buffer.size() * 2);
    if (error != 0 || found == nullptr || found->pw_name == nullptr)
        return {};
    return QFile::decodeName(found->pw_name);
}

QString numericId()
{
    return QStringLiteral("uid %1").arg(::geteuid());
}

const char* environmentVariable()
{
    return "USER";
}

} // namespace OsAccount
