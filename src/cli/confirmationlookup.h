#pragma once

#include "confirmationfacts.h"
#include "core/api/apioutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

class ApiCall;
class ExtractaClient;

// Looks up what the confirmation of a deletion can show: the names of classifications
// (viewClassification) and, for a single batch, its files (getResults). Only reads, and bounded: at
// most MaxInFlight requests at a time, none after an answer that would fail the rest the same way
// (rate limited, token rejected, server unreachable), and the whole lookup ends after bound().
// A lookup that fails only leaves the reason in the facts; the confirmation goes on.
class ConfirmationLookup final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultBound{10};
    static constexpr int MaxInFlight = 2;
    static constexpr int MaxFileNames = 5;

    // The client's own timeout still applies to each request; the lookup's bound is the shorter one.
    explicit ConfirmationLookup(ExtractaClient& client, QObject* parent = nullptr);
    ~ConfirmationLookup() override;
    ConfirmationLookup(const ConfirmationLookup&) = delete;
    ConfirmationLookup& operator=(const ConfirmationLookup&) = delete;

    void setBound(std::chrono::milliseconds bound);
    std::chrono::milliseconds bound() const;

    // Looks up the names of `classificationIds` and, when `batchId` is not empty, the files of that
    // batch of the first classification. finished() follows, also when there is nothing to look up.
    void start(const QStringList& classificationIds, const QString& batchId = {});
    bool isRunning() const;
    ConfirmationFacts facts() const;

    // The state an answer leaves a lookup in.
    static LookupStatus statusFor(const ApiOutcome& outcome);

signals:
    void finished();

private:
    struct Task
    {
        QString classificationId;
        QString batchId; // empty for a name lookup
    };

    void startNext();
    void onAnswer(const Task& task, const ApiOutcome& outcome, const QJsonObject& answer);
    void record(const Task& task, const LookupStatus& status);
    void onBoundPassed();
    void finish();

    ExtractaClient& m_client;
    std::chrono::milliseconds m_bound = DefaultBound;
    QList<Task> m_waiting;
    QHash<ApiCall*, Task> m_inFlight;
    QTimer m_deadline;
    ConfirmationFacts m_facts;
    bool m_running = false;
};
