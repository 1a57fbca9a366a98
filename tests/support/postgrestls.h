#pragma once

#include <QString>

// TLS files for tests of sslmode=verify-full against PostgresCluster: a certificate authority of
// its own and a server certificate for one host name signed by it, made with openssl (EC P-256,
// valid for 30 days from now, subjectAltName DNS:hostName). A client that connects with
// `host=HOSTNAME hostaddr=127.0.0.1 sslmode=verify-full sslrootcert=caCertificate` trusts the
// server; one that expects another name or another CA does not.
struct PostgresTestTls
{
    QString caCertificate;     // PEM, what a client trusts (sslrootcert)
    QString serverCertificate; // PEM, for PostgresCluster::startWithTls
    QString serverKey;         // PEM, unencrypted, mode 0600

    // Writes ca.crt, server.crt and server.key (and openssl's by-products) into folder, which must
    // exist. False with openssl's output in *error (or when openssl is missing).
    static bool generate(const QString& folder, const QString& hostName, PostgresTestTls* files,
                         QString* error = nullptr);
};
