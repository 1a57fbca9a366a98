#include "clitokenstore.h"

#include "core/settings/appidentity.h"
#include "core/settings/appsettings.h"
#include "core/tokens/keychaintokenstore.h"
#include "core/tokens/plainfiletokenstore.h"

#include <QDir>
#include <QEventLoop>

#include <functional>

namespace {

// Waits for a store's answer, which may come before the call returns: it is caught before the loop
// starts.
class AnswerWait
{
public:
    QObject* context()
    {
        return &m_loop;
    }
    void answered()
    {
        m_answered = true;
        m_loop.quit();
    }
    void run(const std::function<void()>& call)
    {
        call();
        if (!m_answered)
            m_loop.exec();
    }

private:
    QEventLoop m_loop;
    bool m_answered = false;
};

} // namespace

CliTokenStore::CliTokenStore(const AppSettings& settings)
{
    if (settings.tokenStorage() == AppSettings::TokenStorage::PlainFile) {
        // A script must not stop working over a file's permissions, but the user must hear of them.
        m_store = std::make_unique<PlainFileTokenStore>(AppIdentity::plainTokenFilePath(),
                                                        PlainFileTokenStore::OpenFile::UseWithWarning);
        m_description =
            tr("the token file %1").arg(QDir::toNativeSeparators(AppIdentity::plainTokenFilePath()));
    } else {
        auto keychain = std::make_unique<KeychainTokenStore>(AppIdentity::keychainService());
        keychain->setTimeout(KeychainTimeout);
        m_store = std::move(keychain);
        m_description = tr("the OS keychain");
    }
}

CliTokenStore::~CliTokenStore() = default;

QString CliTokenStore::description() const
{
    return m_description;
}

CliTokenStore::Answer CliTokenStore::read(const QString& entry)
{
    Answer answer;
    AnswerWait wait;
    QObject::connect(
        m_store.get(), &TokenStore::readFinished, wait.context(),
        [&](const QString&, TokenStore::Status status, const QString& token, const QString& message) {
            answer = {status, token, message};
            wait.answered();
        });
    wait.run([&] { m_store->read(entry); });
    return answer;
}

CliTokenStore::Answer CliTokenStore::write(const QString& entry, const QString& token)
{
    Answer answer;
    AnswerWait wait;
    QObject::connect(m_store.get(), &TokenStore::writeFinished, wait.context(),
                     [&](const QString&, TokenStore::Status status, const QString& message) {
                         answer = {status, {}, message};
                         wait.answered();
                     });
    wait.run([&] { m_store->write(entry, token); });
    return answer;
}

CliTokenStore::Answer CliTokenStore::remove(const QString& entry)
{
    Answer answer;
    AnswerWait wait;
    QObject::connect(m_store.get(), &TokenStore::removeFinished, wait.context(),
                     [&](const QString&, TokenStore::Status status, const QString& message) {
                         answer = {status, {}, message};
                         wait.answered();
                     });
    wait.run([&] { m_store->remove(entry); });
    return answer;
}
