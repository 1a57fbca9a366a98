#pragma once

#include <QString>

// The account this process runs as, as the operating system knows it. The environment's USER or
// USERNAME is only a claim: anyone can set it, and a service may run without it.
namespace OsAccount {

// The login name of the account (POSIX: the password database's entry of the effective user id;
// Windows: GetUserNameW). Empty when the system has no name for it.
QString name();
// How to name the account when the system has no name for it ("uid 1001" on POSIX); may be empty.
QString numericId();
// The variable in which a login shell puts the account's name: "USER" (POSIX), "USERNAME" (Windows).
const char* environmentVariable();

} // namespace OsAccount
