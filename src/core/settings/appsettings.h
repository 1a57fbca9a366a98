#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

#include <optional>

// Every persistent setting in one place: key, default and the range it must stay in.
// Nothing secret is ever stored here.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class IdKind
    {
        Classification,
        Batch,
    };
    enum class TokenStorage
    {
        Keychain,
        PlainFile, // explicit user choice when no keychain service answers
    };

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int MaxRecentIds = 20;

    // `settings` must outlive this object.
    explicit AppSettings(QSettings& settings);

    // nullopt when no URL is saved (the default applies); a saved blank value is returned as it is, so
    // that it is refused rather than taken to mean the default.
    std::optional<QString> savedApiBaseUrl() const;
    void setSavedApiBaseUrl(const QString& url);
    // Back to the built-in default URL.
    void clearSavedApiBaseUrl();

    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    TokenStorage tokenStorage() const;
    void setTokenStorage(TokenStorage storage);

    // Most recent first, at most MaxRecentIds, kept per API host so production and test hosts never mix.
    QStringList recentIds(const QString& host, IdKind kind) const;
    void rememberId(const QString& host, IdKind kind, const QString& id);

    // Set once a real (not demo) API token has been available: from then on a missing token is a
    // problem to fix, not a first run, and the welcome page is not shown again.
    bool firstRunCompleted() const;
    void setFirstRunCompleted(bool completed);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

    // Pure helper behind rememberId(): moves `value` to the front, drops duplicates, caps the length.
    static QStringList pushRecent(QStringList list, const QString& value, int max = MaxRecentIds);

private:
    static QString recentKey(const QString& host, IdKind kind);

    QSettings& m_settings;
};
