#include "confirmationlookup.h"

#include "core/api/apianswers.h"
#include "core/api/apicall.h"
#include "core/api/extractaclient.h"

#include <algorithm>

namespace {

// Answers after which every other lookup would fail the same way: asking again only adds load (or,
// after a 429, makes the limit last longer).
bool endsTheOthers(ApiOutcome::Kind kind)
{
    using Kind = ApiOutcome::Kind;
    switch (kind) {
    case Kind::RateLimited:
    case Kind::TokenRejected:
    case Kind::NetworkError:
    case Kind::OutcomeUnknown:
    case Kind::WrongApiUrl:
    case Kind::InsecureRefused:
    case Kind::RedirectRefused:
        return true;
    default:
        return false;
    }
}

} // namespace

ConfirmationLookup::ConfirmationLookup(ExtractaClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConfirmationLookup::onBoundPassed);
}

ConfirmationLookup::~ConfirmationLookup()
{
    // Calls still running belong to the client; they must not report to a lookup that is gone.
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->cancel();
    }
}

void ConfirmationLookup::setBound(std::chrono::milliseconds bound)
{
    m_bound = bound;
}

std::chrono::milliseconds ConfirmationLookup::bound() const
{
    return m_bound;
}

void ConfirmationLookup::start(const QStringList& classificationIds, const QString& batchId)
{
    m_facts = {};
    m_waiting.clear();
    for (const QString& id : classificationIds) {
        if (!m_facts.classifications.contains(id)) {
            m_facts.classifications.insert(id, {});
            m_waiting << Task{id, {}};
        }
    }
    if (!batchId.isEmpty() && !classificationIds.isEmpty())
        m_waiting << Task{classificationIds.constFirst(), batchId};
    m_running = true;
    // Started before the first request, so that with a bound equal to the client's timeout it is the
    // lookup's bound that passes first and says so.
    m_deadline.start(std::min(m_bound, m_client.timeout()));
    startNext();
}

bool ConfirmationLookup::isRunning() const
{
    return m_running;
}

ConfirmationFacts ConfirmationLookup::facts() const
{
    return m_facts;
}

void ConfirmationLookup::startNext()
{
    while (m_running && !m_waiting.isEmpty() && m_inFlight.size() < MaxInFlight) {
        const Task task = m_waiting.takeFirst();
        ApiCall* call = task.batchId.isEmpty() ? m_client.viewClassification(task.classificationId)
                                               : m_client.getResults(task.classificationId, task.batchId);
        m_inFlight.insert(call, task);
        // The answer's body can be read only inside finished(): the call deletes itself afterwards.
        connect(call, &ApiCall::finished, this, [this, call](const ApiOutcome& outcome) {
            onAnswer(m_inFlight.take(call), outcome, call->answerObject());
        });
    }
    if (m_running && m_waiting.isEmpty() && m_inFlight.isEmpty())
        finish();
}

void ConfirmationLookup::onAnswer(const Task& task, const ApiOutcome& outcome, const QJsonObject& answer)
{
    const LookupStatus status = statusFor(outcome);
    if (status.state == LookupStatus::State::Known && task.batchId.isEmpty()) {
        m_facts.classifications[task.classificationId].name =
            ApiAnswers::classificationDetails(answer, task.classificationId, nullptr).name;
    } else if (status.state == LookupStatus::State::Known) {
        const QList<FileRecord> files = ApiAnswers::batchFiles(answer);
        m_facts.batch.fileCount = int(files.size());
        for (const FileRecord& file : files.mid(0, MaxFileNames))
            m_facts.batch.fileNames << file.fileName;
    }
    record(task, status);
    if (endsTheOthers(outcome.kind)) {
        for (const Task& waiting : std::as_const(m_waiting))
            record(waiting, status);
        m_waiting.clear();
    }
    startNext();
}

void ConfirmationLookup::record(const Task& task, const LookupStatus& status)
{
    if (task.batchId.isEmpty())
        m_facts.classifications[task.classificationId].status = status;
    else
        m_facts.batch.status = status;
}

void ConfirmationLookup::onBoundPassed()
{
    if (!m_running)
        return;
    LookupStatus late;
    late.state = LookupStatus::State::NoAnswerInTime;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->cancel();
        record(it.value(), late);
    }
    m_inFlight.clear();
    for (const Task& waiting : std::as_const(m_waiting))
        record(waiting, late);
    m_waiting.clear();
    finish();
}

void ConfirmationLookup::finish()
{
    m_running = false;
    m_deadline.stop();
    emit finished();
}

LookupStatus ConfirmationLookup::statusFor(const ApiOutcome& outcome)
{
    using Kind = ApiOutcome::Kind;
    using State = LookupStatus::State;
    LookupStatus status;
    status.outcome = outcome;
    switch (outcome.kind) {
    case Kind::Succeeded:
        status.state = State::Known;
        break;
    case Kind::NotFound:
        status.state = State::NotFound;
        break;
    case Kind::RateLimited:
        status.state = State::RateLimited;
        break;
    case Kind::TokenRejected:
        status.state = State::TokenRejected;
        break;
    case Kind::NetworkError:
        status.state = State::Unreachable;
        break;
    case Kind::OutcomeUnknown:
        status.state = State::NoAnswer;
        break;
    default:
        status.state = State::Failed;
        break;
    }
    return status;
}
