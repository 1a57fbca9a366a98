#include "outcomecatcher.h"

#include "core/api/extractaclient.h"

OutcomeCatcher::OutcomeCatcher(ApiCall* call)
    : m_spy(call, &ApiCall::finished)
{
    // Runs in the same emission as the spy's slot, so before wait() returns.
    connect(call, &ApiCall::finished, this, [this, call](const ApiOutcome& outcome) {
        m_outcome = outcome;
        m_answer = call->answerObject();
    });
}

bool OutcomeCatcher::wait(int timeoutMs)
{
    return m_outcome.has_value() || (m_spy.wait(timeoutMs) && m_outcome.has_value());
}

std::optional<ApiOutcome> OutcomeCatcher::outcome() const
{
    return m_outcome;
}

QJsonObject OutcomeCatcher::answer() const
{
    return m_answer;
}
