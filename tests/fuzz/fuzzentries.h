#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <span>
#include <type_traits>

// The fuzz entry points: each takes one input, runs it through the real parsing code and checks
// properties that must hold for every input. Shared by the libFuzzer targets (fuzztarget.cpp, clang)
// and tst_fuzzregressions, which replays the checked-in corpus and regression inputs in every build.
namespace FuzzEntries {

// The properties an input broke, each named in one line; empty when all held.
using Findings = QStringList;

// Collects broken properties. `check` keeps going after a failure so that one run names them all.
class FindingList
{
public:
    void check(bool holds, const char* property, const QString& detail = QString());
    // The detail made only when the property is broken: most inputs hold, and fuzzing counts runs.
    template <typename MakeDetail>
    requires std::is_invocable_r_v<QString, MakeDetail>
    void check(bool holds, const char* property, MakeDetail&& makeDetail)
    {
        if (!holds)
            check(false, property, makeDetail());
    }
    Findings take();

private:
    Findings m_findings;
};

// HTTP answers (AnswerClassifier::classify, parseRetryAfter) and the API's JSON (ApiAnswers).
// Input: "<status>\n<Content-Type>\n<Retry-After>\n<body>".
Findings answers(QByteArrayView data);
// Pasted or imported ID lists (IdListParser), CSV cells (Csv) and bulk-delete lists
// (DeletionListReader::fromBytes). Input: the file's bytes.
Findings idList(QByteArrayView data);
// The sandbox's HTTP/1.1 request parser, fed at once and byte by byte. Input: the bytes a client sends.
Findings httpRequest(QByteArrayView data);
// API URLs (ApiEndpoint::parse), IDs (checkId) and both command lines (CliArguments::parse,
// LaunchOptions::parse). Input: one argument per line.
Findings options(QByteArrayView data);
// Server text made safe to show (ServerText: one line, visible IDs, bidi isolation) and tokens
// taken out of it (SecretRedaction). Input: text; after its first line, a second ID or a token.
Findings serverText(QByteArrayView data);

struct Entry
{
    const char* name; // the folder of its corpus and regressions, and the fuzzer's name (fuzz_<name>)
    Findings (*run)(QByteArrayView data);
};

std::span<const Entry> all();
const Entry* find(QByteArrayView name);

// What the runners print about an input: printable ASCII as is, everything else escaped, cut short.
QString describe(QByteArrayView data);

} // namespace FuzzEntries
