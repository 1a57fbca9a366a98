// The fault matrix of the network core (issue 11, "proof that the rest holds"): every misbehaviour the
// sandbox can put on the wire, met by the real ExtractaClient behind a real DeletionQueue that records
// in a real audit trail (a temporary SQLite file), over loopback. Each row says what the server does
// and what must come of it: the outcome, the HTTP status, the result, the audit entry of every attempt
// (complete, never "sent", never the token, not even in the -wal/-shm bytes), how many requests the
// server received (exactly one DELETE after a reset: Qt must not send it again), whether the batch is
// gone, whether the run stopped, that it ended in time, and for big or endless answers that this
// process's memory stayed within a bound.
//
// Matrix size: 207 rows over 3 surfaces (about 18 s on 2 cores, mostly the rows that wait for the
// client's deadline):
// - delete: 104 rows, one batch through DeletionQueue (with audit trail and retries);
// - read calls: 83 rows, 26 faults x fetchCredits/viewClassification/getResults plus 5 where they differ;
// - run stops: 20 rows, 10 faults x concurrency 1 and 2, three batches of which the run must stop
//   sending after the first answer every batch would get.
// Every row also fails on any warning from Qt or the sandbox.
#include "core/api/apicall.h"
#include "core/api/apiendpoint.h"
#include "core/api/extractaclient.h"
#include "core/deletion/deletionqueue.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "faultrecipes.h"
#include "outcomecatcher.h"
#include "processmemory.h"
#include "sampleids.h"
#include "sandbox/sandboxserver.h"
#include "secretscan.h"
#include "testhosts.h"
#include "testtlscredentials.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using namespace FaultRecipes;

namespace {

using Kind = ApiOutcome::Kind;
using Result = DeletionResultKind;

const QString Token = QStringLiteral("tok-matrix-5e2b7c91d04f");
using namespace SampleIds;

const QString MissingBatch = QStringLiteral("-OMISSINGbatch000001");
const QString MissingClassification = QStringLiteral("-OMISSINGclass000001");
const QByteArray DeletedBody = deletedBody();
const QByteArray Json = "application/json";
constexpr qint64 MiB = 1024 * 1024;
constexpr int NotChecked = -2;

// How much this process may grow while one call reads a big or endless answer (the sandbox serving it
// runs here too, streaming as its socket drains). A call keeps at most ApiCall::MaxAnswerBytes (4 MiB)
// of an answer, in a QByteArray that may have grown to twice that on its way there, plus Qt's 64 KiB
// read buffer (a compressed answer is never inflated): 8 MiB and a little, 16 MiB with room for the
// allocator. An answer read without that limit grows by hundreds of MiB a second over loopback (88 to
// 690 MiB were measured here before ApiCall's fix), so the bound cannot be met by chance.
constexpr qint64 MaxGrowthKiB = 16 * 1024;
// An answer of exactly ApiCall::MaxAnswerBytes is read and used: the classifier and the call each parse
// it into UTF-16 strings (twice its size) and the call keeps a copy without the token, so it costs
// several times its size once. Bounded all the same, and nowhere near an unbounded read.
constexpr qint64 AtTheLimitGrowthKiB = 12 * ApiCall::MaxAnswerBytes / 1024;

// Short waits: a matrix row must never wait like a user would.
constexpr int ShortTimeoutMs = 1000;
constexpr int DefaultTimeoutMs = 5000;
constexpr auto Backoff = 10ms;
constexpr auto MaxBackoff = 40ms;
constexpr auto MaxWait = 60ms;

enum class Target
{
    Api,              // the sandbox at its base URL
    TlsApi,           // the sandbox over TLS with a self-signed certificate
    WrongBasePath,    // the sandbox, but a base URL without /api/v1
    ClosedPort,       // 127.0.0.1 on a port where nothing listens
    UnresolvableHost, // a name the C library refuses without asking anyone
    RefusingProxy,    // the sandbox, through a proxy on a port where nothing listens
};

// What the server does.
struct Setup
{
    Target target = Target::Api;
    SandboxFault fault{};
    // For RedirectTo: the Location, with %PORT% for the sandbox's port and %OTHER% for the port of a
    // second server (another origin) that must never see a connection.
    QString redirectTo{};
    int timeoutMs = DefaultTimeoutMs;
    // A call on the same connection first, so that the faulty request goes on a reused one (where Qt
    // is most eager to send a request again).
    bool reusedConnection = false;
    QString classificationId = InvoicesClassification;
    QString batchId = InvoicesFirstBatch;
};

// What must come of it, for the one batch (delete surface).
struct Expected
{
    Kind kind = Kind::Succeeded;
    std::optional<Kind> orKind{}; // as true as `kind` (the result is then "unknown")
    QList<int> statuses{200};     // the acceptable HTTP statuses of the last attempt (0: none arrived)
    Result result = Result::Deleted;
    QStringList audit{};                 // each attempt's outcome code, in order; empty = {outcomeCode(kind)}
    int arrivals = 1;                    // DELETE requests the sandbox received
    bool acted = false;                  // the batch is gone from the sandbox
    int retryAfter = NotChecked;         // the last outcome's retryAfterSeconds
    qint64 firstHoldMs = -1;             // the first rateLimited() wait, when it must come
    std::optional<RunStopReason> stop{}; // the run stopped by itself (then the CLI's cancel() follows)
    qint64 maxGrowthKiB = -1;            // this process's memory may grow this much at most (-1: any)
    QString detail{};                    // part of the result's message
    int connections = NotChecked;        // TCP connections the sandbox accepted during the row
    qint64 minMs = 0;                    // the row takes at least this (the client's deadline)
    qint64 maxMs = 4000;                 // the row ends within this
};

struct DeleteRow
{
    Setup setup{};
    Expected expected{};
};

enum class Call
{
    Credits,
    View,
    Results,
};

// A read call: one ApiCall, no queue.
struct ReadRow
{
    Call call = Call::Credits;
    Setup setup{};
    Kind kind = Kind::Succeeded;
    QList<int> statuses{200};
    int minArrivals = 1;
    int maxArrivals = 1;
    bool bigAnswer = false;
    int retryAfter = NotChecked;
    QString detail{};
    qint64 maxMs = 4000;
};

// Three batches: the run must stop by itself after the first answer that every batch would get.
struct StopRow
{
    Setup setup{};
    int concurrency = 1;
    RunStopReason reason = RunStopReason::None;
    Kind firstKind = Kind::TokenRejected;
    int requests = 1; // requests that reached the server (DELETEs) or were tried (no server)
};

} // namespace

Q_DECLARE_METATYPE(DeleteRow)
Q_DECLARE_METATYPE(ReadRow)
Q_DECLARE_METATYPE(StopRow)

namespace {

QString kindName(Kind kind)
{
    return outcomeCode(kind);
}

QString resultName(Result result)
{
    return deletionResultCode(result);
}

Setup redirect(int status, const QString& location, int count = -1)
{
    Setup setup;
    setup.fault = times(fault(SandboxFault::Kind::RedirectTo, status), count);
    setup.redirectTo = location;
    return setup;
}

Setup at(Target target)
{
    Setup setup;
    setup.target = target;
    return setup;
}

Setup with(const SandboxFault& fault, int timeoutMs = DefaultTimeoutMs)
{
    Setup setup;
    setup.fault = fault;
    setup.timeoutMs = timeoutMs;
    return setup;
}

Setup reused(Setup setup)
{
    setup.reusedConnection = true;
    return setup;
}

QStringList repeated(const QString& code, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << code;
    return list;
}

QString sameOrigin(const QString& path = QStringLiteral("/api/v1/documentClassification/deleteBatch"))
{
    return QStringLiteral("http://127.0.0.1:%PORT%") + path;
}

// This process's peak memory over a stretch of work, above where it started.
class MemoryWatch
{
public:
    MemoryWatch()
        : m_before(ProcessMemory::currentRssKiB())
        , m_peakKnown(ProcessMemory::resetPeak())
    {}

    bool available() const
    {
        return m_before >= 0 && ProcessMemory::measuresWhatIsHeld();
    }

    qint64 growthKiB() const
    {
        const qint64 after = m_peakKnown ? ProcessMemory::peakRssKiB() : ProcessMemory::currentRssKiB();
        return after - m_before;
    }

private:
    qint64 m_before;
    bool m_peakKnown;
};

// A port on 127.0.0.1 where nothing listens (for a moment; nothing here listens on a port it did not ask
// for).
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// A sandbox (or no server at all) and a client pointed at it as a row asks.
struct Server
{
    SandboxServer api;
    SandboxServer other; // another origin, for redirects that must not be followed
    QString baseUrl;
    QNetworkProxy proxy = QNetworkProxy::NoProxy;
    QString problem;

    bool start(const Setup& setup)
    {
        api.loadSampleData();
        api.setToken(Token);
        other.setToken(Token);
        switch (setup.target) {
        case Target::TlsApi:
            if (!TestTlsCredentials::available(&problem))
                return false;
            api.setTlsCredentials(TestTlsCredentials::certificate(), TestTlsCredentials::privateKey());
            break;
        case Target::ClosedPort:
            baseUrl = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(closedPort());
            return true;
        case Target::UnresolvableHost:
            baseUrl = QStringLiteral("https://%1/api/v1").arg(TestHosts::unresolvableHost());
            return true;
        case Target::RefusingProxy:
            proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closedPort());
            break;
        case Target::Api:
        case Target::WrongBasePath:
            break;
        }
        if (!api.start() || !other.start()) {
            problem = api.errorString() + other.errorString();
            return false;
        }
        baseUrl = api.baseUrl().toString();
        if (setup.target == Target::WrongBasePath)
            baseUrl.chop(QStringLiteral("/api/v1").size());
        return true;
    }

    // Set once the client is ready, so that a warm-up call is not affected.
    void applyFault(const Setup& setup)
    {
        SandboxFault fault = setup.fault;
        if (!setup.redirectTo.isEmpty()) {
            QString location = setup.redirectTo;
            location.replace(QStringLiteral("%PORT%"), QString::number(api.port()));
            location.replace(QStringLiteral("%OTHER%"), QString::number(other.port()));
            fault.redirectUrl = QUrl(location);
        }
        api.setFault(fault);
    }

    int requestsWithMethod(const QByteArray& method) const
    {
        const QList<SandboxRequest> requests = api.requests();
        return int(std::count_if(requests.cbegin(), requests.cend(),
                                 [&](const SandboxRequest& request) { return request.method == method; }));
    }
};

bool isOneOf(int value, const QList<int>& values)
{
    return values.contains(value);
}

QString statusesText(const QList<int>& statuses)
{
    QStringList words;
    for (const int status : statuses)
        words << QString::number(status);
    return words.join(QLatin1String(" or "));
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void deleteBatch_data();
    void deleteBatch();
    void readCalls_data();
    void readCalls();
    void runStops_data();
    void runStops();

    void cleanupTestCase();

private:
    void noteGrowth(qint64 growthKiB);

    // Peak growth of the normal row, for the report next to the big ones.
    qint64 m_normalGrowthKiB = -1;
    qint64 m_largestGrowthKiB = -1;
    QString m_largestGrowthRow;
};

void TestFaultMatrix::initTestCase()
{
    qRegisterMetaType<DeletionResult>();
    qRegisterMetaType<RunStopReason>();
    if (ProcessMemory::currentRssKiB() < 0 || !ProcessMemory::measuresWhatIsHeld())
        qInfo("This process's memory cannot be read here, or not as what it holds (a sanitizer build): the "
              "memory bounds are not checked.");
}

void TestFaultMatrix::init()
{
    // Nothing on either side may complain: a warning from Qt or the sandbox is a defect of its own
    // (a server writing to a socket its client closed, a queue that cannot clean up its records).
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestFaultMatrix::noteGrowth(qint64 growthKiB)
{
    if (growthKiB > m_largestGrowthKiB) {
        m_largestGrowthKiB = growthKiB;
        m_largestGrowthRow = QString::fromUtf8(QTest::currentDataTag());
    }
}

void TestFaultMatrix::cleanupTestCase()
{
    qInfo("memory: a normal deletion grew this process by %lld KiB at its peak; the largest growth was "
          "%lld KiB (%s); the bound is %lld KiB",
          m_normalGrowthKiB, m_largestGrowthKiB, qPrintable(m_largestGrowthRow), MaxGrowthKiB);
}

void TestFaultMatrix::deleteBatch_data()
{
    QTest::addColumn<DeleteRow>("row");
    const auto add = [](const char* name, const Setup& setup, const Expected& expected) {
        QTest::newRow(name) << DeleteRow{setup, expected};
    };
    using F = SandboxFault::Kind;
    using Framing = SandboxDelivery::Framing;
    using Stop = SandboxDelivery::Stop;
    const Expected deleted{.acted = true};
    const Expected unknownAfter200{.kind = Kind::OutcomeUnknown, .result = Result::Unknown};
    const Expected unknownNoStatus{.kind = Kind::OutcomeUnknown, .statuses = {0}, .result = Result::Unknown};
    // An RST may take the headers with it before Qt read them.
    const Expected unknownReset{
        .kind = Kind::OutcomeUnknown, .statuses = {0, 200}, .result = Result::Unknown};

    // Answers as they should be, in every framing.
    add("normal", {}, [&] {
        Expected e = deleted;
        e.detail = QStringLiteral("Batch deleted");
        e.connections = 1;
        return e;
    }());
    add("normal, chunked", with(delivered({}, Framing::Chunked)), deleted);
    add("normal, until close", with(delivered({}, Framing::UntilClose)), deleted);
    // The client asks for "Accept-Encoding: identity" and never inflates: a compressed answer is one
    // it cannot read, so a deletion's outcome stays unknown (and a gzip bomb costs nothing).
    const Expected compressed{.kind = Kind::OutcomeUnknown, .result = Result::Unknown, .acted = true};
    add("gzip although identity was asked", with(gzipped({})), compressed);
    add("chunked gzip although identity was asked", with(gzipped(delivered({}, Framing::Chunked))),
        compressed);
    add("200 body exactly at the limit", with(huge(ApiCall::MaxAnswerBytes)),
        Expected{.maxGrowthKiB = AtTheLimitGrowthKiB});

    // No answer in time.
    add("timeout: answer after the client's deadline", with(delayed(3000), ShortTimeoutMs), [&] {
        Expected e = unknownNoStatus;
        e.acted = true;
        e.detail = QStringLiteral("in time");
        e.minMs = ShortTimeoutMs * 9 / 10;
        return e;
    }());
    add("timeout: a server that drips beyond the deadline", with(dripped(25), ShortTimeoutMs), [&] {
        Expected e = unknownReset;
        e.acted = true;
        e.detail = QStringLiteral("in time");
        e.minMs = ShortTimeoutMs * 9 / 10;
        return e;
    }());
    add("a server that drips within the deadline", with(dripped(2)), deleted);

    // The connection breaks.
    add("reset before any answer byte", with(fault(F::ConnectionReset)), [&] {
        Expected e = unknownNoStatus;
        e.connections = 1;
        return e;
    }());
    add("reset before any answer byte, reused connection", reused(with(fault(F::ConnectionReset))),
        unknownNoStatus);
    add("reset after the headers, acted on", with(delivered({}, Framing::ContentLength, 0)), [&] {
        Expected e = unknownReset;
        e.acted = true;
        return e;
    }());
    add("reset after the headers", with(delivered(status(200, DeletedBody, Json), Framing::ContentLength, 0)),
        unknownReset);
    add("close after the headers",
        with(delivered(status(200, DeletedBody, Json), Framing::ContentLength, 0, Stop::Close)),
        unknownAfter200);
    add("truncated body, then close",
        with(delivered(status(200, DeletedBody, Json), Framing::ContentLength, 10, Stop::Close)),
        unknownAfter200);
    add("truncated body, then reset",
        with(delivered(status(200, DeletedBody, Json), Framing::ContentLength, 10, Stop::Reset)),
        unknownReset);
    // The body goes as "2e\r\n" + 46 bytes + "\r\n0\r\n\r\n". Cut inside the first chunk's size line,
    // Qt 6.4 often notices neither a close nor a reset: then only the call's own deadline ends the wait.
    for (const int cut : {0, 2, 3, 4, 20}) {
        for (const Stop stop : {Stop::Close, Stop::Reset}) {
            const bool byDeadline = cut == 2 || cut == 3;
            QTest::addRow("chunked, cut after %d bytes, %s", cut, stop == Stop::Close ? "close" : "reset")
                << DeleteRow{with(delivered(status(200, DeletedBody, Json), Framing::Chunked, cut, stop),
                                  byDeadline ? ShortTimeoutMs : DefaultTimeoutMs),
                             unknownReset};
        }
    }
    // Every byte of the body but not the chunk that ends it: the JSON is whole (a complete object
    // cannot be the start of a longer one), so Qt's "deleted" is as true as "unknown" would be.
    add("chunked, whole body without the last chunk",
        with(delivered(status(200, DeletedBody, Json), Framing::Chunked, 52, Stop::Close)),
        Expected{.orKind = Kind::OutcomeUnknown});
    add("chunked, cut before the last chunk",
        with(delivered(status(200, DeletedBody, Json), Framing::Chunked, 20, Stop::Close)), unknownAfter200);
    add("until close, cut short",
        with(delivered(status(200, DeletedBody, Json), Framing::UntilClose, 10, Stop::Close)),
        unknownAfter200);
    // The status line says what happened; a body cut short changes nothing about a server error.
    add("close after the headers of a 500",
        with(delivered(fault(F::ServerError, 500), Framing::ContentLength, 0, Stop::Close)),
        Expected{.kind = Kind::ServerError, .statuses = {500}, .result = Result::Refused});

    // 2xx whose body says nothing usable.
    add("200 garbage", with(fault(F::GarbageBody)), unknownAfter200);
    add("200 empty", with(status(200)), unknownAfter200);
    add("204 empty", with(status(204)), [&] {
        Expected e = unknownAfter200;
        e.statuses = {204};
        return e;
    }());
    add("200 HTML page", with(status(200, "<!DOCTYPE html><html><body>OK</body></html>", "text/html")),
        unknownAfter200);
    add("200 JSON array", with(status(200, "[]", Json)), unknownAfter200);
    add("200 JSON without success",
        with(status(200, R"({"status":"error","message":"Batch is locked"})", Json)),
        Expected{
            .kind = Kind::Failed, .result = Result::Refused, .detail = QStringLiteral("Batch is locked")});
    add("200 JSON without status", with(status(200, R"({"deleted":true})", Json)),
        Expected{.kind = Kind::Failed, .result = Result::Refused, .detail = QStringLiteral("Unexpected")});

    // Too much.
    Expected tooBig = unknownAfter200;
    tooBig.maxGrowthKiB = MaxGrowthKiB;
    add("200 one byte over the limit", with(huge(ApiCall::MaxAnswerBytes + 1)), tooBig);
    add("200 huge, Content-Length", with(huge(64 * MiB)), tooBig);
    add("200 huge, chunked", with(delivered(huge(64 * MiB), Framing::Chunked)), tooBig);
    add("200 huge, until close", with(delivered(huge(64 * MiB), Framing::UntilClose)), tooBig);
    add("200 gzip bomb", with(gzipped(huge(256 * MiB))), tooBig);
    add("200 gzip bomb, chunked", with(gzipped(delivered(huge(256 * MiB), Framing::Chunked))), tooBig);
    add("200 endless, chunked", with(fault(F::EndlessBody)), tooBig);
    add("200 endless, until close", with(delivered(fault(F::EndlessBody), Framing::UntilClose)), tooBig);
    add("200 endless gzip", with(gzipped(fault(F::EndlessBody))), tooBig);
    add("200 endless gzip, until close", with(gzipped(delivered(fault(F::EndlessBody), Framing::UntilClose))),
        tooBig);

    // 429: retried after Retry-After (capped by the queue's maximum wait) or a backoff, 5 attempts.
    const auto limited = [](int retryAfter, qint64 firstHoldMs,
                            int attempts = DeletionQueue::DefaultMaxAttempts) {
        return Expected{.kind = Kind::RateLimited,
                        .statuses = {429},
                        .result = Result::RateLimited,
                        .audit = repeated(QStringLiteral("rate_limited"), attempts),
                        .arrivals = attempts,
                        .retryAfter = retryAfter,
                        .firstHoldMs = firstHoldMs};
    };
    const qint64 maxWait = MaxWait.count();
    add("429 without Retry-After", with(rateLimited(std::nullopt)), limited(-1, Backoff.count()));
    add("429 Retry-After 0", with(rateLimited("0")), limited(0, 0));
    add("429 Retry-After 1", with(rateLimited("1")), limited(1, maxWait));
    add("429 Retry-After invalid", with(rateLimited("soon")), limited(-1, Backoff.count()));
    add("429 Retry-After negative", with(rateLimited("-5")), limited(-1, Backoff.count()));
    add("429 Retry-After fraction", with(rateLimited("1.5")), limited(-1, Backoff.count()));
    add("429 Retry-After empty", with(rateLimited("")), limited(-1, Backoff.count()));
    add("429 Retry-After huge", with(rateLimited("999999999")), limited(86400, maxWait));
    add("429 Retry-After beyond 64 bits", with(rateLimited("99999999999999999999")), limited(86400, maxWait));
    add("429 Retry-After HTTP-date ahead",
        with(rateLimited(httpDate(QDateTime::currentDateTimeUtc().addSecs(120)))), [&] {
            Expected e = limited(NotChecked, maxWait);
            e.detail = QStringLiteral("retry after 1"); // 119 or 120 s
            return e;
        }());
    add("429 Retry-After HTTP-date past",
        with(rateLimited(httpDate(QDateTime::currentDateTimeUtc().addSecs(-600)))), limited(0, 0));
    add("429 Retry-After HTTP-date far ahead",
        with(rateLimited(httpDate(QDateTime::currentDateTimeUtc().addYears(30)))), limited(86400, maxWait));
    add("429 once, then deleted", with(times(rateLimited("0"), 1)),
        Expected{.audit = {QStringLiteral("rate_limited"), QStringLiteral("succeeded")},
                 .arrivals = 2,
                 .acted = true,
                 .firstHoldMs = 0});

    // 5xx: refused; only a 503 that says when to come back is tried again.
    const auto serverError = [](int status) {
        return Expected{.kind = Kind::ServerError, .statuses = {status}, .result = Result::Refused};
    };
    add("500", with(fault(F::ServerError, 500)), serverError(500));
    add("502", with(fault(F::ServerError, 502)), serverError(502));
    add("503 without Retry-After", with(fault(F::ServerError, 503)), serverError(503));
    add("503 Retry-After 0", with(unavailable(0)), [&] {
        Expected e = serverError(503);
        e.audit = repeated(QStringLiteral("server_error"), DeletionQueue::DefaultMaxAttempts);
        e.arrivals = DeletionQueue::DefaultMaxAttempts;
        e.retryAfter = 0;
        return e;
    }());
    add("503 Retry-After once, then deleted", with(times(unavailable(0), 1)),
        Expected{.audit = {QStringLiteral("server_error"), QStringLiteral("succeeded")},
                 .arrivals = 2,
                 .acted = true});
    add("504", with(fault(F::ServerError, 504)), serverError(504));
    add("502 HTML page", with(fault(F::HtmlErrorPage, 502)), serverError(502));
    add("503 HTML page", with(fault(F::HtmlErrorPage, 503)), serverError(503));
    add("400 HTML page", with(fault(F::HtmlErrorPage, 400)), serverError(400));

    // 4xx.
    add("400 JSON", with(status(400, R"({"status":"error","message":"Invalid batchId"})", Json)),
        Expected{.kind = Kind::Rejected,
                 .statuses = {400},
                 .result = Result::Refused,
                 .detail = QStringLiteral("Invalid batchId")});
    add("400 saying success", with(status(400, DeletedBody, Json)),
        Expected{.kind = Kind::Rejected, .statuses = {400}, .result = Result::Refused});
    add("409 plain text", with(status(409, "conflict", "text/plain")),
        Expected{.kind = Kind::Rejected, .statuses = {409}, .result = Result::Refused});
    add("401", with(fault(F::ServerError, 401)),
        Expected{.kind = Kind::TokenRejected,
                 .statuses = {401},
                 .result = Result::Refused,
                 .detail = QStringLiteral("token")});
    add("403", with(status(403, R"({"status":"error","message":"Forbidden"})", Json)),
        Expected{.kind = Kind::TokenRejected, .statuses = {403}, .result = Result::Refused});
    add("401 echoing the token", with(fault(F::EchoAuthorization, 401)),
        Expected{.kind = Kind::TokenRejected,
                 .statuses = {401},
                 .result = Result::Refused,
                 .detail = QStringLiteral("[hidden]")});
    add("200 echoing the token", with(fault(F::EchoAuthorization, 200)),
        Expected{.detail = QStringLiteral("Batch deleted for Bearer [hidden]")});
    add(
        "404 from the API",
        [] {
            Setup setup;
            setup.batchId = MissingBatch;
            return setup;
        }(),
        Expected{.kind = Kind::NotFound,
                 .statuses = {404},
                 .result = Result::NotFound,
                 .detail = QStringLiteral("Batch not found")});
    add("404 JSON with a message only", with(status(404, R"({"message":"No such batch"})", Json)),
        Expected{.kind = Kind::NotFound, .statuses = {404}, .result = Result::NotFound});
    add("404 JSON with an error only", with(status(404, R"({"error":"No such batch"})", Json)),
        Expected{.kind = Kind::NotFound, .statuses = {404}, .result = Result::NotFound});
    const Expected wrongUrl{.kind = Kind::WrongApiUrl,
                            .statuses = {404},
                            .result = Result::Refused,
                            .detail = QStringLiteral("API URL")};
    add("404 HTML", with(status(404, "<html><body>Not Found</body></html>", "text/html")), wrongUrl);
    add("404 empty", with(status(404)), wrongUrl);
    add("404 plain text", with(status(404, "Not Found", "text/plain")), wrongUrl);
    add("404 JSON of another shape", with(status(404, R"({"code":404})", Json)), wrongUrl);
    add("wrong base path", at(Target::WrongBasePath), wrongUrl);

    // Redirects: 301/302/303 never followed; 307/308 only to the same origin, at most 3 times.
    const auto unexpected = [](int status) {
        return Expected{.kind = Kind::Failed,
                        .statuses = {status},
                        .result = Result::Refused,
                        .detail = QStringLiteral("HTTP %1").arg(status),
                        .connections = 1};
    };
    for (const int status : {301, 302, 303}) {
        QTest::addRow("%d same origin", status)
            << DeleteRow{redirect(status, sameOrigin()), unexpected(status)};
        QTest::addRow("%d other origin", status) << DeleteRow{
            redirect(status, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1")), unexpected(status)};
    }
    const Expected refused{.kind = Kind::RedirectRefused,
                           .statuses = {307},
                           .result = Result::Refused,
                           .detail = QStringLiteral("token was not sent"),
                           .connections = 1};
    add("307 other port",
        redirect(307, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1/documentClassification/deleteBatch")),
        refused);
    add("307 other host name",
        redirect(307, QStringLiteral("http://localhost:%PORT%/api/v1/documentClassification/deleteBatch")),
        refused);
    add("307 https, same host and port",
        redirect(307, QStringLiteral("https://127.0.0.1:%PORT%/api/v1/documentClassification/deleteBatch")),
        refused);
    add("308 other port",
        redirect(308, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1/documentClassification/deleteBatch")),
        [&] {
            Expected e = refused;
            e.statuses = {308};
            return e;
        }());
    add("307 same origin once", redirect(307, sameOrigin(), 1), Expected{.arrivals = 2, .acted = true});
    add("308 same origin once", redirect(308, sameOrigin(), 1), Expected{.arrivals = 2, .acted = true});
    add("307 relative once", redirect(307, QStringLiteral("/api/v1/documentClassification/deleteBatch"), 1),
        Expected{.arrivals = 2, .acted = true});
    add("307 same origin twice, then deleted", redirect(307, sameOrigin(), 2),
        Expected{.arrivals = 3, .acted = true});
    add("307 same origin without end", redirect(307, sameOrigin()),
        Expected{.kind = Kind::Failed,
                 .statuses = {307},
                 .result = Result::Refused,
                 .arrivals = 1 + ApiCall::MaxRedirects,
                 .detail = QStringLiteral("redirecting")});
    add("307 without Location", redirect(307, QString()), [&] {
        Expected e = unexpected(307);
        e.connections = NotChecked;
        return e;
    }());

    // Nobody there, or nobody to trust: 3 unreachable attempts in a row stop the run.
    const Expected unreachable{
        .kind = Kind::NetworkError,
        .statuses = {0},
        .result = Result::NotSent,
        .audit = repeated(QStringLiteral("network_error"), DeletionQueue::MaxUnreachableInARow),
        .arrivals = 0,
        .stop = RunStopReason::ServerUnreachable,
        .detail = QStringLiteral("could not be reached")};
    add("closed port", at(Target::ClosedPort), unreachable);
    add("unresolvable host", at(Target::UnresolvableHost), unreachable);
    add("proxy refuses the connection", at(Target::RefusingProxy), unreachable);
    add("self-signed TLS", at(Target::TlsApi),
        Expected{.kind = Kind::InsecureRefused,
                 .statuses = {0},
                 .result = Result::NetworkError,
                 .arrivals = 0,
                 .detail = QStringLiteral("not secure"),
                 .connections = 1});
}

void TestFaultMatrix::deleteBatch()
{
    QFETCH(DeleteRow, row);
    const Setup& setup = row.setup;
    const Expected& expected = row.expected;

    Server server;
    if (!server.start(setup))
        QSKIP(qPrintable(server.problem));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    static int databases = 0;
    Database database(QStringLiteral("tst_faultmatrix-%1").arg(++databases));
    QVERIFY(database.open(dir.filePath(QStringLiteral("audit.sqlite3"))).ok);
    QVERIFY(!database.isInMemory());
    AuditLog audit(database);

    QNetworkAccessManager network;
    network.setProxy(server.proxy);
    ExtractaClient client(&network);
    client.setEndpoint(ApiEndpoint::parse(server.baseUrl));
    QVERIFY(client.endpoint().isValid());
    client.setToken(Token);
    client.setTimeout(std::chrono::milliseconds(setup.timeoutMs));
    if (setup.reusedConnection) {
        OutcomeCatcher warmUp(client.fetchCredits());
        QVERIFY(warmUp.wait());
        QCOMPARE(kindName(warmUp.outcome()->kind), kindName(Kind::Succeeded));
    }
    server.applyFault(setup);
    const int connectionsBefore = server.api.acceptedConnectionCount();

    DeletionQueue queue(client, &audit, client.endpoint().hostLabel(), QStringLiteral("matrix-tester"));
    queue.setBackoff(Backoff, MaxBackoff);
    queue.setMaxWait(MaxWait);
    QList<RunStopReason> stops;
    QList<qint64> holds;
    int starts = 0;
    connect(&queue, &DeletionQueue::itemStarted, this, [&] { ++starts; });
    connect(&queue, &DeletionQueue::rateLimited, this, [&](qint64 waitMs) { holds << waitMs; });
    // As the CLI does: nobody to ask, so a run that stops by itself is cancelled.
    connect(&queue, &DeletionQueue::stopped, this, [&](RunStopReason reason) {
        stops << reason;
        queue.cancel();
    });
    QSignalSpy finished(&queue, &DeletionQueue::finished);

    DeletionItem item;
    item.classificationId = InvoicesClassification;
    item.classificationName = QStringLiteral("Invoices");
    item.batchId = setup.batchId;
    const MemoryWatch memory;
    QElapsedTimer took;
    took.start();
    queue.start({item});
    QVERIFY2(finished.wait(20'000), "the run did not end: it hangs");
    const qint64 elapsed = took.elapsed();
    const qint64 growth = memory.available() ? memory.growthKiB() : -1;

    // The outcome.
    const QList<DeletionResult> results = queue.results();
    QCOMPARE(results.size(), 1);
    const DeletionResult& result = results.constFirst();
    const ApiOutcome& outcome = result.outcome;
    if (expected.orKind && outcome.kind == *expected.orKind) {
        QCOMPARE(resultName(result.kind), resultName(Result::Unknown));
    } else {
        QCOMPARE(kindName(outcome.kind), kindName(expected.kind));
        QCOMPARE(resultName(result.kind), resultName(expected.result));
    }
    QVERIFY2(isOneOf(outcome.httpStatus, expected.statuses),
             qPrintable(QStringLiteral("HTTP %1, expected %2: %3")
                            .arg(outcome.httpStatus)
                            .arg(statusesText(expected.statuses), result.message)));
    if (expected.retryAfter != NotChecked)
        QCOMPARE(outcome.retryAfterSeconds, expected.retryAfter);
    if (!expected.detail.isEmpty())
        QVERIFY2(result.message.contains(expected.detail), qPrintable(result.message));
    QVERIFY(!result.message.trimmed().isEmpty());
    const QStringList auditCodes =
        expected.audit.isEmpty() ? QStringList{outcomeCode(outcome.kind)} : expected.audit;
    QCOMPARE(result.attempts, int(auditCodes.size()));
    QCOMPARE(starts, result.attempts);
    if (expected.stop) {
        QCOMPARE(stops, QList<RunStopReason>{*expected.stop});
        QCOMPARE(runStopCode(result.stopReason), runStopCode(*expected.stop));
        QVERIFY2(result.message.contains(runStopMessage(*expected.stop)), qPrintable(result.message));
    } else {
        QVERIFY(stops.isEmpty());
    }
    if (expected.firstHoldMs >= 0) {
        QVERIFY(!holds.isEmpty());
        QCOMPARE(holds.constFirst(), expected.firstHoldMs);
    }

    // What the server saw: every request asked for an answer it can read without inflating it.
    QCOMPARE(server.requestsWithMethod("DELETE"), expected.arrivals);
    for (const SandboxRequest& request : server.api.requests())
        QCOMPARE(request.header("Accept-Encoding"), QByteArray("identity"));
    if (setup.target != Target::ClosedPort && setup.target != Target::UnresolvableHost)
        QCOMPARE(server.api.hasBatch(InvoicesClassification, setup.batchId),
                 !expected.acted && setup.batchId != MissingBatch);
    if (expected.connections != NotChecked)
        QCOMPARE(server.api.acceptedConnectionCount() - connectionsBefore, expected.connections);
    // The other origin never hears of anything.
    QCOMPARE(server.other.acceptedConnectionCount(), 0);
    if (setup.target == Target::TlsApi)
        QCOMPARE(server.api.encryptedConnectionCount(), 0);

    // No hang: it ended about when it had to.
    QVERIFY2(elapsed < expected.maxMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY2(elapsed >= expected.minMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));

    // The audit trail: one complete entry per attempt, the last one as answered, never the token.
    QList<AuditEntry> entries = audit.entries();
    std::reverse(entries.begin(), entries.end());
    QStringList codes;
    for (const AuditEntry& entry : std::as_const(entries)) {
        codes << entry.outcome;
        QVERIFY(entry.completedUtc.isValid());
        QVERIFY(entry.durationMs >= 0);
        QCOMPARE(entry.batchId, setup.batchId);
        QVERIFY(!entry.serverMessage.contains(Token));
    }
    QCOMPARE(codes, auditCodes);
    const AuditEntry& last = entries.constLast();
    QCOMPARE(last.httpStatus, outcome.httpStatus);
    // A batch the run did not try again reads "not sent" and why; its last attempt's entry says what
    // that attempt met.
    QCOMPARE(last.serverMessage, result.kind == Result::NotSent ? outcome.message() : result.message);
    QVERIFY(!result.message.contains(Token));
    QVERIFY(!outcome.detail.contains(Token) && !outcome.serverMessage.contains(Token));
    QCOMPARE(SecretScan::filesContaining(dir.path(), Token.toUtf8()), QStringList());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("audit.sqlite3-wal"))));

    // Bounded memory.
    if (QByteArrayView(QTest::currentDataTag()) == "normal")
        m_normalGrowthKiB = growth;
    if (expected.maxGrowthKiB >= 0 && growth >= 0) {
        qInfo("peak growth %lld KiB in %lld ms", growth, elapsed);
        if (expected.maxGrowthKiB == MaxGrowthKiB)
            noteGrowth(growth);
        QVERIFY2(growth <= expected.maxGrowthKiB, qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
    }
}

void TestFaultMatrix::readCalls_data()
{
    QTest::addColumn<ReadRow>("row");
    using F = SandboxFault::Kind;
    using Framing = SandboxDelivery::Framing;
    using Stop = SandboxDelivery::Stop;
    const QList<std::pair<Call, const char*>> calls{
        {Call::Credits, "credits"}, {Call::View, "view"}, {Call::Results, "results"}};
    const auto add = [](Call call, const char* callName, const char* name, ReadRow row) {
        row.call = call;
        QTest::addRow("%s: %s", callName, name) << row;
    };

    for (const auto& [call, callName] : calls) {
        // A GET may be sent again by Qt when its connection breaks before the answer (it changes
        // nothing); a POST goes out once, like a DELETE.
        const int resent = call == Call::Credits ? 3 : 1;
        add(call, callName, "normal", ReadRow{});
        add(call, callName, "normal, until close",
            ReadRow{.setup = with(delivered({}, Framing::UntilClose))});
        add(call, callName, "gzip although identity was asked",
            ReadRow{.setup = with(gzipped(delivered({}, Framing::Chunked))), .kind = Kind::OutcomeUnknown});
        add(call, callName, "wrong base path",
            ReadRow{.setup = at(Target::WrongBasePath),
                    .kind = Kind::WrongApiUrl,
                    .statuses = {404},
                    .detail = QStringLiteral("API URL")});
        // The API's own "not found": for /credits, which every API has, it still means a wrong URL.
        add(call, callName, "404 in the API's shape",
            ReadRow{.setup = with(status(404, R"({"status":"error","message":"Not found"})", Json)),
                    .kind = call == Call::Credits ? Kind::WrongApiUrl : Kind::NotFound,
                    .statuses = {404}});
        add(call, callName, "401 echoing the token",
            ReadRow{.setup = with(fault(F::EchoAuthorization, 401)),
                    .kind = Kind::TokenRejected,
                    .statuses = {401},
                    .detail = QStringLiteral("rejected")});
        add(call, callName, "200 echoing the token",
            ReadRow{.setup = with(fault(F::EchoAuthorization, 200))});
        add(call, callName, "timeout",
            ReadRow{
                .setup = with(delayed(3000), ShortTimeoutMs), .kind = Kind::OutcomeUnknown, .statuses = {0}});
        add(call, callName, "reset before any answer byte",
            ReadRow{.setup = with(fault(F::ConnectionReset)),
                    .kind = Kind::OutcomeUnknown,
                    .statuses = {0},
                    .maxArrivals = resent});
        add(call, callName, "reset before any answer byte, reused connection",
            ReadRow{.setup = reused(with(fault(F::ConnectionReset))),
                    .kind = Kind::OutcomeUnknown,
                    .statuses = {0},
                    .maxArrivals = resent});
        add(call, callName, "truncated body",
            ReadRow{.setup = with(
                        delivered(status(200, DeletedBody, Json), Framing::ContentLength, 10, Stop::Close)),
                    .kind = Kind::OutcomeUnknown});
        add(call, callName, "200 garbage",
            ReadRow{.setup = with(fault(F::GarbageBody)), .kind = Kind::OutcomeUnknown});
        add(call, callName, "200 HTML page",
            ReadRow{.setup = with(status(200, "<html><body>Welcome</body></html>", "text/html")),
                    .kind = Kind::OutcomeUnknown});
        add(call, callName, "200 JSON without success",
            ReadRow{.setup = with(status(200, R"({"status":"error","message":"Try later"})", Json)),
                    .kind = Kind::Failed,
                    .detail = QStringLiteral("Try later")});
        add(call, callName, "200 huge",
            ReadRow{.setup = with(huge(64 * MiB)), .kind = Kind::OutcomeUnknown, .bigAnswer = true});
        add(call, callName, "200 gzip bomb",
            ReadRow{
                .setup = with(gzipped(huge(256 * MiB))), .kind = Kind::OutcomeUnknown, .bigAnswer = true});
        add(call, callName, "200 endless",
            ReadRow{.setup = with(fault(F::EndlessBody)), .kind = Kind::OutcomeUnknown, .bigAnswer = true});
        add(call, callName, "200 endless gzip, until close",
            ReadRow{.setup = with(gzipped(delivered(fault(F::EndlessBody), Framing::UntilClose))),
                    .kind = Kind::OutcomeUnknown,
                    .bigAnswer = true});
        add(call, callName, "429 HTTP-date",
            ReadRow{.setup = with(rateLimited(httpDate(QDateTime::currentDateTimeUtc().addSecs(-5)))),
                    .kind = Kind::RateLimited,
                    .statuses = {429},
                    .retryAfter = 0});
        add(call, callName, "503 HTML page",
            ReadRow{
                .setup = with(fault(F::HtmlErrorPage, 503)), .kind = Kind::ServerError, .statuses = {503}});
        add(call, callName, "301",
            ReadRow{.setup = redirect(301, sameOrigin()), .kind = Kind::Failed, .statuses = {301}});
        add(call, callName, "307 other origin",
            ReadRow{.setup = redirect(307, QStringLiteral("http://127.0.0.1:%OTHER%/api/v1/credits")),
                    .kind = Kind::RedirectRefused,
                    .statuses = {307}});
        add(call, callName, "self-signed TLS",
            ReadRow{.setup = at(Target::TlsApi),
                    .kind = Kind::InsecureRefused,
                    .statuses = {0},
                    .minArrivals = 0,
                    .maxArrivals = 0});
        add(call, callName, "closed port",
            ReadRow{.setup = at(Target::ClosedPort),
                    .kind = Kind::NetworkError,
                    .statuses = {0},
                    .minArrivals = 0,
                    .maxArrivals = 0,
                    .detail = QStringLiteral("refused")});
        add(call, callName, "unresolvable host",
            ReadRow{.setup = at(Target::UnresolvableHost),
                    .kind = Kind::NetworkError,
                    .statuses = {0},
                    .minArrivals = 0,
                    .maxArrivals = 0,
                    .detail = QStringLiteral("could not be found")});
        // Qt 6.4 reports an HTTP proxy that refuses as the server refusing (ConnectionRefusedError).
        add(call, callName, "proxy refuses the connection",
            ReadRow{.setup = at(Target::RefusingProxy),
                    .kind = Kind::NetworkError,
                    .statuses = {0},
                    .minArrivals = 0,
                    .maxArrivals = 0,
                    .detail = QStringLiteral("refused")});
    }
    // Where the calls differ.
    add(Call::View, "view", "unknown classification",
        ReadRow{.setup =
                    [] {
                        Setup setup;
                        setup.classificationId = MissingClassification;
                        return setup;
                    }(),
                .kind = Kind::NotFound,
                .statuses = {404},
                .detail = QStringLiteral("Classification not found")});
    add(Call::Results, "results", "unknown batch",
        ReadRow{.setup =
                    [] {
                        Setup setup;
                        setup.batchId = MissingBatch;
                        return setup;
                    }(),
                .kind = Kind::NotFound,
                .statuses = {404},
                .detail = QStringLiteral("Batch not found")});
    add(Call::Credits, "credits", "200 with status success",
        ReadRow{.setup = with(status(200, R"({"status":"success","credits":3})", Json))});
    add(Call::View, "view", "200 with status ok",
        ReadRow{.setup = with(status(200, R"({"status":"ok"})", Json)), .kind = Kind::Failed});
    add(Call::Credits, "credits", "405 HTML page",
        ReadRow{.setup = with(fault(F::HtmlErrorPage, 405)), .kind = Kind::ServerError, .statuses = {405}});
}

void TestFaultMatrix::readCalls()
{
    QFETCH(ReadRow, row);
    const Setup& setup = row.setup;

    Server server;
    if (!server.start(setup))
        QSKIP(qPrintable(server.problem));
    QNetworkAccessManager network;
    network.setProxy(server.proxy);
    ExtractaClient client(&network);
    client.setEndpoint(ApiEndpoint::parse(server.baseUrl));
    QVERIFY(client.endpoint().isValid());
    client.setToken(Token);
    client.setTimeout(std::chrono::milliseconds(setup.timeoutMs));
    int warmUpRequests = 0;
    if (setup.reusedConnection) {
        OutcomeCatcher warmUp(client.fetchCredits());
        QVERIFY(warmUp.wait());
        QCOMPARE(kindName(warmUp.outcome()->kind), kindName(Kind::Succeeded));
        warmUpRequests = int(server.api.requests().size());
    }
    server.applyFault(setup);

    const QString& classificationId = setup.classificationId;
    const MemoryWatch memory;
    QElapsedTimer took;
    took.start();
    ApiCall* call = nullptr;
    switch (row.call) {
    case Call::Credits:
        call = client.fetchCredits();
        break;
    case Call::View:
        call = client.viewClassification(classificationId);
        break;
    case Call::Results:
        call = client.getResults(classificationId, setup.batchId);
        break;
    }
    OutcomeCatcher catcher(call);
    QVERIFY2(catcher.wait(20'000), "the call did not end: it hangs");
    const qint64 elapsed = took.elapsed();
    const qint64 growth = memory.available() ? memory.growthKiB() : -1;

    const ApiOutcome outcome = *catcher.outcome();
    QVERIFY2(outcome.kind == row.kind,
             qPrintable(QStringLiteral("%1, expected %2: %3")
                            .arg(kindName(outcome.kind), kindName(row.kind), outcome.message())));
    QVERIFY2(isOneOf(outcome.httpStatus, row.statuses),
             qPrintable(QStringLiteral("HTTP %1: %2").arg(outcome.httpStatus).arg(outcome.message())));
    if (row.retryAfter != NotChecked)
        QCOMPARE(outcome.retryAfterSeconds, row.retryAfter);
    if (!row.detail.isEmpty())
        QVERIFY2(outcome.message().contains(row.detail), qPrintable(outcome.message()));
    if (!outcome.isSuccess())
        QVERIFY(!outcome.message().trimmed().isEmpty());
    // The token in nothing that came back, the parsed answer included.
    QVERIFY(!outcome.message().contains(Token));
    const QByteArray answer = QJsonDocument(catcher.answer()).toJson();
    QVERIFY2(!answer.contains(Token.toUtf8()), answer.constData());
    if (outcome.isSuccess())
        QVERIFY(!catcher.answer().isEmpty());

    const int arrivals = int(server.api.requests().size()) - warmUpRequests;
    QVERIFY2(arrivals >= row.minArrivals && arrivals <= row.maxArrivals,
             qPrintable(QStringLiteral("%1 requests arrived").arg(arrivals)));
    QCOMPARE(server.other.acceptedConnectionCount(), 0);
    QVERIFY2(elapsed < row.maxMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    if (row.bigAnswer && growth >= 0) {
        qInfo("peak growth %lld KiB in %lld ms", growth, elapsed);
        noteGrowth(growth);
        QVERIFY2(growth <= MaxGrowthKiB, qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
    }
}

void TestFaultMatrix::runStops_data()
{
    QTest::addColumn<StopRow>("row");
    using F = SandboxFault::Kind;

    const QList<std::pair<const char*, StopRow>> stops{
        {"401", StopRow{.setup = with(fault(F::ServerError, 401)), .reason = RunStopReason::TokenRejected}},
        {"403", StopRow{.setup = with(status(403)), .reason = RunStopReason::TokenRejected}},
        {"401 echoing the token",
         StopRow{.setup = with(fault(F::EchoAuthorization, 401)), .reason = RunStopReason::TokenRejected}},
        {"wrong base path", StopRow{.setup = at(Target::WrongBasePath),
                                    .reason = RunStopReason::WrongApiUrl,
                                    .firstKind = Kind::WrongApiUrl}},
        {"404 HTML", StopRow{.setup = with(status(404, "<html></html>", "text/html")),
                             .reason = RunStopReason::WrongApiUrl,
                             .firstKind = Kind::WrongApiUrl}},
        {"self-signed TLS", StopRow{.setup = at(Target::TlsApi),
                                    .reason = RunStopReason::InsecureConnection,
                                    .firstKind = Kind::InsecureRefused}},
        // Three attempts in a row that did not reach the server, whichever batches they were for.
        {"closed port", StopRow{.setup = at(Target::ClosedPort),
                                .reason = RunStopReason::ServerUnreachable,
                                .firstKind = Kind::NetworkError,
                                .requests = DeletionQueue::MaxUnreachableInARow}},
        {"unresolvable host", StopRow{.setup = at(Target::UnresolvableHost),
                                      .reason = RunStopReason::ServerUnreachable,
                                      .firstKind = Kind::NetworkError,
                                      .requests = DeletionQueue::MaxUnreachableInARow}},
        {"proxy refuses the connection", StopRow{.setup = at(Target::RefusingProxy),
                                                 .reason = RunStopReason::ServerUnreachable,
                                                 .firstKind = Kind::NetworkError,
                                                 .requests = DeletionQueue::MaxUnreachableInARow}},
        // Not a reason to stop: a refusal of one batch says nothing about the next.
        {"404 from the API, control", StopRow{.setup = with(status(404, R"({"status":"error"})", Json)),
                                              .firstKind = Kind::NotFound,
                                              .requests = 3}},
    };
    for (const auto& [name, row] : stops) {
        for (const int concurrency : {1, DeletionQueue::DefaultConcurrency}) {
            StopRow variant = row;
            variant.concurrency = concurrency;
            QTest::addRow("%s, concurrency %d", name, concurrency) << variant;
        }
    }
}

void TestFaultMatrix::runStops()
{
    QFETCH(StopRow, row);
    const Setup& setup = row.setup;

    Server server;
    if (!server.start(setup))
        QSKIP(qPrintable(server.problem));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    static int databases = 0;
    Database database(QStringLiteral("tst_faultmatrix-stop-%1").arg(++databases));
    QVERIFY(database.open(dir.filePath(QStringLiteral("audit.sqlite3"))).ok);
    AuditLog audit(database);
    QNetworkAccessManager network;
    network.setProxy(server.proxy);
    ExtractaClient client(&network);
    client.setEndpoint(ApiEndpoint::parse(server.baseUrl));
    client.setToken(Token);
    client.setTimeout(std::chrono::milliseconds(setup.timeoutMs));
    server.applyFault(setup);

    DeletionQueue queue(client, &audit, client.endpoint().hostLabel(), QStringLiteral("matrix-tester"));
    queue.setConcurrency(row.concurrency);
    queue.setBackoff(Backoff, MaxBackoff);
    queue.setMaxWait(MaxWait);
    QList<RunStopReason> stops;
    int starts = 0;
    connect(&queue, &DeletionQueue::itemStarted, this, [&] { ++starts; });
    connect(&queue, &DeletionQueue::stopped, this, [&](RunStopReason reason, const QString& message) {
        stops << reason;
        QCOMPARE(message, runStopMessage(reason));
        queue.cancel();
    });
    QSignalSpy finished(&queue, &DeletionQueue::finished);
    QList<DeletionItem> items;
    for (const QString& batchId : {InvoicesFirstBatch, InvoicesSecondBatch, InvoicesThirdBatch}) {
        DeletionItem item;
        item.classificationId = InvoicesClassification;
        item.batchId = batchId;
        items << item;
    }
    QElapsedTimer took;
    took.start();
    queue.start(items);
    QVERIFY2(finished.wait(20'000), "the run did not end: it hangs");
    QVERIFY2(took.elapsed() < 4000, qPrintable(QString::number(took.elapsed())));

    const QList<DeletionResult> results = queue.results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(kindName(results.at(0).outcome.kind), kindName(row.firstKind));
    const bool reachesServer = setup.target == Target::Api || setup.target == Target::WrongBasePath;
    const int sent = reachesServer ? server.requestsWithMethod("DELETE") : starts;
    QCOMPARE(starts, reachesServer ? sent : starts);
    // Qt tries one TLS connection for the requests to a host before it opens more, so one refused
    // certificate may answer for both slots.
    if (setup.target == Target::TlsApi)
        QVERIFY(server.api.acceptedConnectionCount() >= 1 && server.api.acceptedConnectionCount() <= starts);
    int attempts = 0;
    for (const DeletionResult& result : results)
        attempts += result.attempts;
    QCOMPARE(attempts, starts);

    if (row.reason == RunStopReason::None) {
        QVERIFY(stops.isEmpty());
        QCOMPARE(sent, row.requests);
        for (const DeletionResult& result : results)
            QCOMPARE(kindName(result.outcome.kind), kindName(row.firstKind));
    } else {
        QCOMPARE(stops, QList<RunStopReason>{row.reason});
        // Every batch is accounted for: tried (the first, and any other already on its way when the
        // answer came), or not sent, saying why.
        int notSent = 0;
        for (const DeletionResult& result : results) {
            if (result.kind == Result::NotSent) {
                ++notSent;
                QCOMPARE(runStopCode(result.stopReason), runStopCode(row.reason));
                QVERIFY(result.message.contains(runStopMessage(row.reason)));
            } else {
                QCOMPARE(kindName(result.outcome.kind), kindName(row.firstKind));
            }
        }
        QVERIFY(notSent >= 1);
        // Each slot may have had a request on its way when the first answer stopped the run.
        QVERIFY2(sent >= row.requests && sent < row.requests + row.concurrency,
                 qPrintable(QStringLiteral("%1 requests").arg(sent)));
        // The run's first request goes alone: a rejected token, a wrong API URL or a refused
        // certificate meets one request, whatever the concurrency.
        if (row.reason != RunStopReason::ServerUnreachable)
            QCOMPARE(sent, row.requests);
    }

    // One complete entry per request sent, none for the batches never sent.
    const QList<AuditEntry> entries = audit.entries();
    QCOMPARE(int(entries.size()), attempts);
    for (const AuditEntry& entry : entries) {
        QVERIFY(entry.outcome != AuditLog::SentOutcome);
        QVERIFY(entry.completedUtc.isValid());
        QVERIFY(!entry.serverMessage.contains(Token));
    }
    QCOMPARE(SecretScan::filesContaining(dir.path(), Token.toUtf8()), QStringList());
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
