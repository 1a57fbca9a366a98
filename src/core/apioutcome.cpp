#include "apioutcome.h"

#include <QCoreApplication>

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
    case Kind::NetworkError:
        return QCoreApplication::translate("ApiOutcome", "Network error");
    case Kind::InsecureRefused:
    case Kind::RedirectRefused:
        return QCoreApplication::translate("ApiOutcome", "Refused");
    case Kind::Cancelled:
        break;
    }
    return QCoreApplication::translate("ApiOutcome", "Cancelled");
}
