#pragma once

#include <QSslCertificate>
#include <QSslKey>

// The self-signed certificate for localhost and 127.0.0.1 in tests/wire/data and its key: what a
// test TLS server presents, and what no client trusts unless a test adds it as a CA on purpose.
class TestTlsCredentials
{
public:
    static QSslCertificate certificate();
    static QSslKey privateKey();
    // False (with a reason) when the files are missing or Qt has no TLS backend here.
    static bool available(QString* reason = nullptr);
};
