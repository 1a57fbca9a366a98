#include "apioutcome.h"

#include <QCoreApplication>

bool ApiOutcome::isSuccess() const
{
    return kind == Kind::Succeeded;
}

QString ApiOutcome::message() const
{
    if (isSuccess())
        return serverMessage;
    if (serverMessage.isEmpty() || detail.contains(serverMessage))
        return detail;
    return QCoreApplication::translate("ApiOutcome", "%1 Server said: %2").arg(detail, serverMessage);
}

QString outcomeWord(ApiOutcome::Kind kind, const QString& successWord)
{
    using Kind = ApiOutcome::Kind;
    switch (kind) {
    case Kind::Succeeded:
        return successWord;
    case Kind::Failed:
        return QCoreApplication::translate("ApiOutcome", "Failed");
    case Kind::Rejected:
        return QCoreApplication::translate("ApiOutcome", "Rejected");
    case Kind::TokenRejected:
        return QCoreApplication::translate("ApiOutcome", "Token rejected");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiOutcome", "Not found");
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiOutcome", "Rate limited");
    case Kind::ServerError:
        return QCoreApplication::translate("ApiOutcome", "Server error");
    case Kind::WrongApiUrl:
        return QCoreApplication::translate("ApiOutcome", "Wrong API URL");
    case Kind::NetworkError:
        return QCoreApplication::translate("ApiOutcome", "Network error");
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate("ApiOutcome", "Outcome unknown");
    case Kind::InsecureRefused:
    case Kind::RedirectRefused:
        return QCoreApplication::translate("ApiOutcome", "Refused");
    case Kind::Cancelled:
        break;
    }
    return QCoreApplication::translate("ApiOutcome", "Cancelled");
}

std::optional<ApiOutcome::Kind> outcomeKindForCode(const QString& code)
{
    for (int value = 0; value <= int(ApiOutcome::Kind::Cancelled); ++value) {
        const auto kind = static_cast<ApiOutcome::Kind>(value);
        if (outcomeCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString outcomeCode(ApiOutcome::Kind kind)
{
    using Kind = ApiOutcome::Kind;
    switch (kind) {
    case Kind::Succeeded:
        return QStringLiteral("succeeded");
    case Kind::Failed:
        return QStringLiteral("failed");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    case Kind::TokenRejected:
        return QStringLiteral("token_rejected");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::ServerError:
        return QStringLiteral("server_error");
    case Kind::WrongApiUrl:
        return QStringLiteral("wrong_api_url");
    case Kind::NetworkError:
        return QStringLiteral("network_error");
    case Kind::OutcomeUnknown:
        return QStringLiteral("unknown");
    case Kind::InsecureRefused:
        return QStringLiteral("insecure");
    case Kind::RedirectRefused:
        return QStringLiteral("redirect_refused");
    case Kind::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}
