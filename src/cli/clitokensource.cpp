#include "clitokensource.h"

#include "cliterminal.h"
#include "core/api/apiendpoint.h"
#include "core/settings/appidentity.h"
#include "core/tokens/keychainhelperprotocol.h"
#include "core/tokens/plainfiletokenstore.h"
#include "core/tokens/tokenprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifndef EBA_KEYCHAIN_HELPER_RELATIVE_DIR
#define EBA_KEYCHAIN_HELPER_RELATIVE_DIR "."
#endif

namespace {

CliTokenSource::Result failed(const QString& problem)
{
    CliTokenSource::Result result;
    result.problem = problem;
    return result;
}

CliTokenSource::Result checked(const QString& raw, const QString& where)
{
    const QString token = raw.trimmed();
    if (token.isEmpty())
        return failed(CliTokenSource::tr("%1 holds no token.").arg(where));
    if (!TokenProvider::isWellFormed(token))
        return failed(
            CliTokenSource::tr("The token from %1 contains spaces or control characters.").arg(where));
    CliTokenSource::Result result;
    result.token = token;
    return result;
}

// What the user is told for a token store's answer (the app's store, or the keychain helper's).
CliTokenSource::Result fromStoreAnswer(TokenStore::Status status, const QString& token,
                                       const QString& message)
{
    switch (status) {
    case TokenStore::Status::Ok:
        return checked(token, CliTokenSource::tr("the saved token"));
    case TokenStore::Status::NotFound:
        return failed(CliTokenSource::tr("No API token is saved."));
    case TokenStore::Status::Unavailable:
    case TokenStore::Status::Failed:
        break;
    }
    return failed(message.isEmpty() ? CliTokenSource::tr("The saved token could not be read.") : message);
}

QString helperFileName()
{
#ifdef Q_OS_WIN
    return QLatin1String(KeychainHelper::ProgramName) + QStringLiteral(".exe");
#else
    return QLatin1String(KeychainHelper::ProgramName);
#endif
}

// The helper's folders: beside this executable (the build tree, macOS bundle, Windows), then where
// the installation puts it relative to this executable (e.g. ../libexec/extracta-batch-admin).
QStringList helperFolders()
{
    const QString here = QCoreApplication::applicationDirPath();
    QStringList folders{here};
    const QString installed =
        QDir::cleanPath(here + QLatin1Char('/') + QStringLiteral(EBA_KEYCHAIN_HELPER_RELATIVE_DIR));
    if (!folders.contains(installed))
        folders << installed;
    return folders;
}

} // namespace

CliTokenSource::CliTokenSource(AppSettings& settings, bool fromStdin)
    : m_settings(settings)
    , m_fromStdin(fromStdin)
{}

CliTokenSource::Result CliTokenSource::resolve() const
{
    // Set but empty is a mistake to report (an unset variable in a script), not a reason to fall back.
    if (const std::optional<QString> environment = environmentValue("EXTRACTA_API_TOKEN")) {
        Result result = checked(*environment, tr("EXTRACTA_API_TOKEN"));
        if (m_fromStdin)
            result.note = tr("EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not "
                             "read.");
        return result;
    }
    if (m_fromStdin)
        return fromStandardInput();
    return fromSavedStore();
}

CliTokenSource::Result CliTokenSource::fromStandardInput() const
{
    if (CliTerminal::isStdinTerminal())
        CliTerminal::writeError(tr("API token (not shown): "));
    QString line;
    if (!CliTerminal::readSecretLine(&line))
        return failed(tr("--token-stdin: standard input ended before a token was read."));
    return checked(line, tr("standard input"));
}

CliTokenSource::Result CliTokenSource::fromSavedStore() const
{
    const auto hint = tr("Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it in "
                         "Extracta Batch Admin's settings.");
    Result result;
    if (m_settings.tokenStorage() == AppSettings::TokenStorage::PlainFile) {
        // A script must not stop working over a file's permissions, but the user must hear of them.
        PlainFileTokenStore store(plainTokenFilePath(), PlainFileTokenStore::OpenFile::UseWithWarning);
        result = readStored(store, AppIdentity::defaultConnection());
    } else {
        result = fromKeychainHelper(AppIdentity::defaultConnection());
    }
    if (!result.problem.isEmpty())
        result.problem += QLatin1Char(' ') + hint;
    return result;
}

CliTokenSource::Result CliTokenSource::readStored(TokenStore& store, const QString& connection)
{
    Result result;
    bool answered = false;
    QEventLoop loop;
    // Stores may answer before read() returns, so the answer is caught before the loop starts.
    QObject::connect(
        &store, &TokenStore::readFinished, &loop,
        [&](const QString&, TokenStore::Status status, const QString& token, const QString& message) {
            answered = true;
            result = fromStoreAnswer(status, token, message);
            if (status == TokenStore::Status::Ok && !result.token.isEmpty())
                result.warning = message;
            loop.quit();
        });
    store.read(connection);
    if (!answered)
        loop.exec();
    return result;
}

CliTokenSource::Result CliTokenSource::fromKeychainHelper(const QString& connection)
{
    const QString helper = keychainHelperPath();
    if (helper.isEmpty()) {
        QStringList folders;
        for (const QString& folder : helperFolders())
            folders << QDir::toNativeSeparators(folder);
        return failed(tr("Cannot read the keychain: the helper program %1 was not found (looked in %2).")
                          .arg(helperFileName(), folders.join(QStringLiteral(", "))));
    }

    const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(KeychainTimeout);
    QProcess process;
    process.setProgram(helper);
    process.setArguments({QStringLiteral("--service"), AppIdentity::keychainService(),
                          QStringLiteral("--connection"), connection, QStringLiteral("--timeout-ms"),
                          QString::number(timeout.count())});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted()) {
        return failed(tr("Cannot read the keychain: the helper program %1 could not be started (%2).")
                          .arg(QDir::toNativeSeparators(helper), process.errorString()));
    }
    // The helper gives up on the keychain after `timeout`; the margin covers its own start-up.
    if (!process.waitForFinished(static_cast<int>((timeout + HelperMargin).count()))) {
        process.kill();
        process.waitForFinished(1000);
        // The same words as KeychainTokenStore's own timeout.
        return failed(QCoreApplication::translate(
            "KeychainTokenStore", "The OS keychain did not answer in time (it may be locked)."));
    }
    QByteArray out = process.readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    const std::optional<TokenStore::Status> status =
        process.exitStatus() == QProcess::NormalExit ? KeychainHelper::statusForExitCode(process.exitCode())
                                                     : std::nullopt;
    if (!status) {
        out.fill('\0');
        const QString why = process.exitStatus() == QProcess::NormalExit
                                ? tr("exit code %1").arg(process.exitCode())
                                : tr("it crashed");
        return failed(tr("The keychain helper %1 failed (%2).").arg(QDir::toNativeSeparators(helper), why) +
                      (err.isEmpty() ? QString() : QLatin1Char(' ') + err));
    }

    const Result result = fromStoreAnswer(*status, QString::fromUtf8(out), err);
    out.fill('\0');
    return result;
}

QString CliTokenSource::keychainHelperPath()
{
    const QString name = helperFileName();
    for (const QString& folder : helperFolders()) {
        const QFileInfo candidate(folder + QLatin1Char('/') + name);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

QString CliTokenSource::plainTokenFilePath()
{
    return AppIdentity::plainTokenFilePath();
}
