#include "catalogue.h"

QString batchStateCode(BatchState state)
{
    switch (state) {
    case BatchState::Present:
        return QStringLiteral("present");
    case BatchState::Deleted:
        return QStringLiteral("deleted");
    case BatchState::NotFound:
        return QStringLiteral("not_found");
    case BatchState::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

BatchState batchStateFromCode(const QString& code)
{
    if (code == QLatin1String("present"))
        return BatchState::Present;
    if (code == QLatin1String("deleted"))
        return BatchState::Deleted;
    if (code == QLatin1String("not_found"))
        return BatchState::NotFound;
    return BatchState::Unchecked;
}

int AddedEntries::total() const
{
    return static_cast<int>(classifications.size() + batches.size());
}

AddedEntries& AddedEntries::operator+=(const AddedEntries& other)
{
    classifications += other.classifications;
    batches += other.batches;
    alreadyKnown += other.alreadyKnown;
    refused += other.refused;
    return *this;
}
