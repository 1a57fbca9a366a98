#pragma once

#include <QString>

// The API treats classification and batch IDs as opaque strings; we only refuse what can never be
// a valid ID so that a stray paste cannot reach the server.
struct IdCheck
{
    bool valid = false;
    QString value;   // trimmed
    QString problem; // user-facing, empty when valid
};

inline constexpr int MaxIdLength = 256;

IdCheck checkId(const QString& raw);

// True when `id` is an ID exactly as checkId() passes it on (valid and already trimmed). Whatever
// is stored in the catalogue or sent to the API must be one, wherever it came from (the form, a
// paste, an import or an API answer).
bool isValidId(const QString& id);
