#pragma once

#include <QString>

// Host names for the "cannot resolve" rows of network tests.
namespace TestHosts {

// A host name that fails to resolve at once and without any packet leaving this machine: its labels
// are valid, so QUrl accepts it, but at over 253 characters no DNS query can carry it, so the C
// library refuses it before asking a server (measured: HostNotFoundError in about 1 ms, no query).
QString unresolvableHost();
// A name under .invalid (RFC 6761), which no DNS server will ever resolve. Unlike unresolvableHost()
// it is asked of the system's resolver, so how fast it fails depends on that resolver.
QString invalidTldHost();

} // namespace TestHosts
