// One libFuzzer target: EBA_FUZZ_ENTRY names the entry point of fuzzentries.h it runs (the build
// compiles this file once per entry, as fuzz_<entry>). A broken property aborts like a crash, so
// libFuzzer keeps the input as a crash-* artifact.
#include "fuzzentries.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace {

const FuzzEntries::Entry* entry = nullptr;

// Parsers may warn about what they refuse; that is expected and would only drown the fuzzer's output.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    entry = FuzzEntries::find(EBA_FUZZ_ENTRY);
    if (!entry) {
        std::fprintf(stderr, "no fuzz entry named %s\n", EBA_FUZZ_ENTRY);
        std::abort();
    }
    qInstallMessageHandler(quietMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    const FuzzEntries::Findings findings = entry->run(input);
    if (findings.isEmpty())
        return 0;
    std::fprintf(stderr, "\n%s: broken properties for input \"%s\":\n", entry->name,
                 qPrintable(FuzzEntries::describe(input)));
    for (const QString& finding : findings)
        std::fprintf(stderr, "  - %s\n", qPrintable(finding));
    std::abort();
}
