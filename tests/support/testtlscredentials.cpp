#include "testtlscredentials.h"

#include <QFile>
#include <QSslSocket>

namespace {

QByteArray readDataFile(const char* name)
{
    QFile file(QStringLiteral(EBA_TEST_TLS_DIR "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QSslCertificate TestTlsCredentials::certificate()
{
    return QSslCertificate(readDataFile("localhost.crt"), QSsl::Pem);
}

QSslKey TestTlsCredentials::privateKey()
{
    return QSslKey(readDataFile("localhost.key"), QSsl::Rsa, QSsl::Pem);
}

bool TestTlsCredentials::available(QString* reason)
{
    QString problem;
    if (!QSslSocket::supportsSsl())
        problem = QStringLiteral("Qt has no TLS backend here");
    else if (certificate().isNull() || privateKey().isNull())
        problem = QStringLiteral("the test certificate or key in " EBA_TEST_TLS_DIR " cannot be read");
    if (reason)
        *reason = problem;
    return problem.isEmpty();
}
