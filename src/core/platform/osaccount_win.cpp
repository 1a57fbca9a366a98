#include "osaccount.h"

#include <lmcons.h>
#include <windows.h>

namespace OsAccount {

QString name()
{
    wchar_t buffer[UNLEN + 1];
    DWORD size = UNLEN + 1; // in: the buffer's length; out: the name's, with its terminating zero
    if (!GetUserNameW(buffer, &size) || size == 0)
        return {};
    return QString::fromWCharArray(buffer, int(size) - 1);
}

QString numericId()
{
    return {};
}

const char* environmentVariable()
{
    return "USERNAME";
}

} // namespace OsAccount
