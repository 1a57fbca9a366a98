#pragma once

#include "apioutcome.h"

#include <QCoreApplication>
#include <QString>

// The words the deletion confirmation uses for what checking its target on the server found: why a
// check failed, in plain words, and how old a list shown is. Pure functions: the same answer always
// reads the same.
class CheckWording final
{
    Q_DECLARE_TR_FUNCTIONS(CheckWording)

public:
    enum class Subject
    {
        Classification, // viewClassification
        Batch,          // getResults
    };

    // Why checking `subject` did not tell what it holds, as a warning ("Could not check: rate
    // limited"); empty for a success.
    static QString problem(Subject subject, const ApiOutcome& outcome);
    // How long ago something was fetched: "just now", "3 minutes ago", "2 hours ago", "4 days ago".
    static QString age(qint64 secondsAgo);
};
