#pragma once

#include <QString>

// The IDs of the sandbox's sample data (src/sandbox/sandboxdata.cpp, SandboxServer::loadSampleData()
// and the demo): three classifications with their batches, in the sandbox's order. The invoices
// classification's ID is also the API documentation's example, so suites that fill the sandbox
// themselves use it too.
namespace SampleIds {

inline const QString InvoicesClassification = QStringLiteral("-OPXR1F82I0cRYJPcHNo");
inline const QString InvoicesFirstBatch = QStringLiteral("-OPXT4kQm2ZbW9sLe7Ha");
inline const QString InvoicesSecondBatch = QStringLiteral("-OPYa8cD3nR5tV1wX6Jb");
inline const QString InvoicesThirdBatch = QStringLiteral("-OPZ_0fG7hK2mN4pQ8Lc");

inline const QString HrClassification = QStringLiteral("-OQ2hT5nV8xC1bK7mZ3a");
inline const QString HrFirstBatch = QStringLiteral("-OQ2jR4wY6pD9sF1gH8k");
inline const QString HrSecondBatch = QStringLiteral("-OQ3aL7cN2vB5xM8zQ4t");

inline const QString ClaimsClassification = QStringLiteral("-OR1bC6dE9fG2hJ5kL8m");
inline const QString ClaimsFirstBatch = QStringLiteral("-OR1cV3xZ7nM4bQ9wE2r");
inline const QString ClaimsSecondBatch = QStringLiteral("-OR2dT8yU1iO5pA3sD6f");
inline const QString ClaimsThirdBatch = QStringLiteral("-OR3eW2qR9tY6uI4oP1g");

} // namespace SampleIds
