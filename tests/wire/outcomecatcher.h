#pragma once

#include "core/api/apioutcome.h"

#include <QJsonObject>
#include <QObject>
#include <QSignalSpy>

#include <optional>

class ApiCall;

// Catches an ApiCall's single finished() and keeps what only exists during it (the call deletes
// itself afterwards). It connects at once, so a finished() emitted synchronously, as
// ApiCall::cancel() does, is not missed.
class OutcomeCatcher final : public QObject
{
public:
    explicit OutcomeCatcher(ApiCall* call);

    // Waits on the signal itself, not by polling.
    bool wait(int timeoutMs = 10'000);
    std::optional<ApiOutcome> outcome() const;
    QJsonObject answer() const;

private:
    std::optional<ApiOutcome> m_outcome;
    QJsonObject m_answer;
    QSignalSpy m_spy;
};
