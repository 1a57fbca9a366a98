#include "postgrestls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace {

bool writeFile(const QString& path, const QString& text, QString* error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0 &&
        file.flush())
        return true;
    if (error)
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool runOpenssl(const QString& folder, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted()) {
        if (error)
            *error = QStringLiteral("cannot run openssl (Debian: apt-get install openssl): ") +
                     process.errorString();
        return false;
    }
    if (process.waitForFinished(60 * 1000) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    if (error)
        *error = QStringLiteral("openssl %1 failed:\n%2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
    return false;
}

} // namespace

bool PostgresTestTls::generate(const QString& folder, const QString& hostName, PostgresTestTls* files,
                               QString* error)
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    if (!hostPattern.match(hostName).hasMatch()) {
        if (error)
            *error = QStringLiteral("not a host name: %1").arg(hostName);
        return false;
    }
    const QDir dir(folder);
    const QString caConfig = QStringLiteral("[req]\n"
                                            "distinguished_name = dn\n"
                                            "prompt = no\n"
                                            "x509_extensions = v3_ca\n"
                                            "[dn]\n"
                                            "CN = Extracta Batch Admin test CA\n"
                                            "[v3_ca]\n"
                                            "basicConstraints = critical, CA:TRUE\n"
                                            "keyUsage = critical, keyCertSign, cRLSign\n"
                                            "subjectKeyIdentifier = hash\n");
    const QString serverConfig = QStringLiteral("[req]\n"
                                                "distinguished_name = dn\n"
                                                "prompt = no\n"
                                                "[dn]\n"
                                                "CN = %1\n"
                                                "[v3_server]\n"
                                                "basicConstraints = critical, CA:FALSE\n"
                                                "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                                "extendedKeyUsage = serverAuth\n"
                                                "subjectAltName = DNS:%1\n"
                                                "subjectKeyIdentifier = hash\n"
                                                "authorityKeyIdentifier = keyid\n")
                                     .arg(hostName);
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const bool ok =
        writeFile(dir.filePath(QStringLiteral("ca.cnf")), caConfig, error) &&
        writeFile(dir.filePath(QStringLiteral("server.cnf")), serverConfig, error) &&
        runOpenssl(folder,
                   QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-config"),
                               QStringLiteral("ca.cnf"), QStringLiteral("-days"), QStringLiteral("30"),
                               QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                               QStringLiteral("ca.crt")} +
                       ecKey,
                   error) &&
        runOpenssl(folder,
                   QStringList{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-config"),
                               QStringLiteral("server.cnf"), QStringLiteral("-keyout"),
                               QStringLiteral("server.key"), QStringLiteral("-out"),
                               QStringLiteral("server.csr")} +
                       ecKey,
                   error) &&
        runOpenssl(folder,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-extfile"),
                    QStringLiteral("server.cnf"), QStringLiteral("-extensions"), QStringLiteral("v3_server"),
                    QStringLiteral("-out"), QStringLiteral("server.crt")},
                   error);
    if (!ok)
        return false;
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QFile::setPermissions(dir.filePath(QStringLiteral("ca.key")), ownerOnly);
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")), ownerOnly);
    if (files) {
        files->caCertificate = dir.filePath(QStringLiteral("ca.crt"));
        files->serverCertificate = dir.filePath(QStringLiteral("server.crt"));
        files->serverKey = dir.filePath(QStringLiteral("server.key"));
    }
    return true;
}
