#include "core/api/answerclassifier.h"
#include "core/api/apianswers.h"
#include "fuzzentries.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace FuzzEntries {

namespace {

// Splits off the first line of `rest` (without its '\n'); empty when there is none.
QByteArray takeLine(QByteArrayView& rest)
{
    const qsizetype newline = rest.indexOf('\n');
    if (newline < 0) {
        const QByteArray line = rest.toByteArray();
        rest = {};
        return line;
    }
    const QByteArray line = rest.first(newline).toByteArray();
    rest = rest.sliced(newline + 1);
    return line;
}

bool isTrimmed(const QString& text)
{
    return text == text.trimmed();
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkRetryAfter(FindingList& findings, const QByteArray& value)
{
    const int seconds = AnswerClassifier::parseRetryAfter(value);
    findings.check(seconds >= -1 && seconds <= AnswerClassifier::MaxRetryAfterSeconds,
                   "parseRetryAfter stays within -1..MaxRetryAfterSeconds", QString::number(seconds));
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        findings.check(seconds == -1, "parseRetryAfter is -1 for an empty value");
        return;
    }
    if (!allDigits(trimmed))
        return;
    // Delay-seconds: the number itself, capped at a day however many digits it has.
    qsizetype zeros = 0;
    while (zeros + 1 < trimmed.size() && trimmed.at(zeros) == '0')
        ++zeros;
    const QByteArrayView digits = QByteArrayView(trimmed).sliced(zeros);
    const int expected = digits.size() > 6 ? int(AnswerClassifier::MaxRetryAfterSeconds)
                                           : int(std::min<qint64>(digits.toByteArray().toLongLong(),
                                                                  AnswerClassifier::MaxRetryAfterSeconds));
    findings.check(seconds == expected, "parseRetryAfter reads delay-seconds, capped",
                   QStringLiteral("%1 for %2").arg(seconds).arg(QString::fromLatin1(trimmed)));
    findings.check(AnswerClassifier::parseRetryAfter(" \t" + trimmed + "\t ") == seconds,
                   "parseRetryAfter ignores surrounding blanks");
}

void checkClassification(FindingList& findings, const HttpAnswer& answer,
                         const AnswerExpectations& expectations)
{
    using Kind = ApiOutcome::Kind;
    const ApiOutcome outcome = AnswerClassifier::classify(answer, expectations);
    const int status = answer.status;
    const auto context = [&] {
        return QStringLiteral("HTTP %1%2, kind %3")
            .arg(status)
            .arg(answer.bodyComplete ? QString() : QStringLiteral(" (body cut short)"),
                 outcomeCode(outcome.kind));
    };

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
    const bool jsonObject = answer.bodyComplete && error.error == QJsonParseError::NoError && doc.isObject();
    const bool successBody = jsonObject && expectations.successStatuses.contains(
                                               doc.object().value(QLatin1String("status")).toString());
    const bool is2xx = status >= 200 && status < 300;

    findings.check(outcome.httpStatus == status, "the outcome keeps the HTTP status", context);
    findings.check(outcome.isSuccess() == (outcome.kind == Kind::Succeeded), "isSuccess() means Succeeded",
                   context);
    findings.check(
        (outcome.kind == Kind::Succeeded) == (is2xx && successBody),
        "an answer succeeds exactly when it is a 2xx whose complete JSON body has a success status", context);
    findings.check((outcome.kind == Kind::OutcomeUnknown) == (is2xx && !jsonObject),
                   "a 2xx whose body is cut short or unreadable leaves the outcome unknown, and only that",
                   context);
    findings.check(outcome.kind != Kind::NetworkError && outcome.kind != Kind::InsecureRefused &&
                       outcome.kind != Kind::RedirectRefused && outcome.kind != Kind::Cancelled,
                   "an HTTP answer is never classified as a transport failure", context);
    findings.check((outcome.kind == Kind::TokenRejected) == (status == 401 || status == 403),
                   "401 and 403, and only they, mean the token was rejected", context);
    findings.check((outcome.kind == Kind::NotFound || outcome.kind == Kind::WrongApiUrl) == (status == 404),
                   "404, and only 404, is not found or a wrong API URL", context);
    findings.check(!(status == 404 && expectations.notFoundMeansWrongUrl) ||
                       outcome.kind == Kind::WrongApiUrl,
                   "a 404 from a route every API has means a wrong API URL", context);
    findings.check((outcome.kind == Kind::RateLimited) == (status == 429),
                   "429, and only 429, is rate limited", context);
    findings.check(outcome.kind != Kind::ServerError || status >= 400,
                   "a server error has a 4xx or 5xx status", context);
    findings.check(outcome.kind != Kind::Rejected || (status >= 400 && status < 500),
                   "a rejection has a 4xx status", context);
    findings.check(outcome.retryAfterSeconds >= -1 &&
                       outcome.retryAfterSeconds <= AnswerClassifier::MaxRetryAfterSeconds,
                   "the retry delay is bounded", context);
    findings.check(outcome.retryAfterSeconds == -1 || status == 429 || status == 503,
                   "only 429 and 503 carry a retry delay", context);
    findings.check(outcome.serverMessage.size() <= 500 && isTrimmed(outcome.serverMessage),
                   "the server's message is trimmed and at most 500 characters", context);
    findings.check(answer.bodyComplete || outcome.serverMessage.isEmpty(),
                   "nothing is read from a body that was cut short", context);
    findings.check(outcome.isSuccess() || !outcome.detail.isEmpty(), "a failure is explained", context);
    findings.check(!outcome.message().isEmpty() || outcome.isSuccess(), "message() says something", context);
}

void checkApiAnswers(FindingList& findings, const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    const QJsonObject answer = doc.object();

    const QString classificationId = QStringLiteral("cls-fuzz");
    QStringList batchIds{QStringLiteral("left over")};
    const ClassificationRecord record =
        ApiAnswers::classificationDetails(answer, classificationId, &batchIds);
    findings.check(record.id == classificationId, "classificationDetails keeps the classification ID");
    findings.check(isTrimmed(record.name) && isTrimmed(record.description),
                   "classificationDetails trims the name and description");
    findings.check(record.detailsFetchedAt.isValid(), "classificationDetails records when it was fetched");
    for (const QString& type : record.documentTypes)
        findings.check(!type.isEmpty() && isTrimmed(type), "document types are trimmed and never empty",
                       type);
    findings.check(!batchIds.contains(QStringLiteral("left over")),
                   "classificationDetails replaces batchIds");
    for (const QString& id : std::as_const(batchIds))
        findings.check(!id.isEmpty() && isTrimmed(id), "batch IDs from an answer are trimmed and never empty",
                       id);
    // The same answer without asking for batch IDs reads the same record.
    const ClassificationRecord again = ApiAnswers::classificationDetails(answer, classificationId, nullptr);
    findings.check(again.name == record.name && again.description == record.description &&
                       again.documentTypes == record.documentTypes,
                   "classificationDetails does not depend on batchIds being asked for");

    for (const FileRecord& file : ApiAnswers::batchFiles(answer)) {
        findings.check(isTrimmed(file.fileId) && isTrimmed(file.fileName) && isTrimmed(file.status) &&
                           isTrimmed(file.documentType),
                       "file fields are trimmed", file.fileId);
        findings.check(!std::isnan(file.confidence), "a file's confidence is a number or -1", file.fileId);
    }
}

} // namespace

Findings answers(QByteArrayView data)
{
    FindingList findings;
    QByteArrayView rest = data;
    HttpAnswer answer;
    bool ok = false;
    answer.status = takeLine(rest).trimmed().toInt(&ok);
    if (!ok)
        answer.status = 0;
    answer.contentType = takeLine(rest);
    answer.retryAfter = takeLine(rest);
    answer.body = rest.toByteArray();

    checkRetryAfter(findings, answer.retryAfter);
    // What the calls expect (classification calls; /credits, whose route every API has), each with
    // the body complete and cut short.
    const AnswerExpectations calls[] = {{{QStringLiteral("success")}, false}, {{QStringLiteral("ok")}, true}};
    for (const AnswerExpectations& expectations : calls) {
        for (const bool complete : {true, false}) {
            answer.bodyComplete = complete;
            checkClassification(findings, answer, expectations);
        }
    }
    checkApiAnswers(findings, answer.body);
    return findings.take();
}

} // namespace FuzzEntries
