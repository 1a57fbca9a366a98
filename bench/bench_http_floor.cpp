// Benchmark baseline (not a test): the same deletions as `extracta-batch delete --from-csv`, sent by
// the cheapest Qt client there is: a QNetworkAccessManager, a fixed number of requests in flight, and
// nothing else (no queue, no audit trail, no answer checks beyond the status code).
//   EXTRACTA_API_TOKEN=… bench_http_floor API_URL CSV CONCURRENCY
// CSV holds "classificationId,batchId" lines. Prints {"n":…,"seconds":…,"failed":…} on stdout; exits 1
// when a request did not come back HTTP 200. bench/run-cli-and-app-benchmarks.sh puts the CLI's bulk
// run next to this floor: what is left between the two is the CLI's own work per request.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <cstdio>

namespace {

struct Run
{
    QNetworkAccessManager network;
    QUrl endpoint;
    QByteArray authorization;
    QList<QByteArrayList> batches;
    qsizetype next = 0;
    qsizetype done = 0;
    int failed = 0;
    QElapsedTimer clock;

    void sendNext()
    {
        if (next >= batches.size())
            return;
        const QByteArrayList& ids = batches.at(next++);
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", authorization);
        const QByteArray body =
            "{\"classificationId\":\"" + ids.at(0) + "\",\"batchId\":\"" + ids.at(1) + "\"}";
        QNetworkReply* reply = network.sendCustomRequest(request, "DELETE", body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] { onFinished(reply); });
    }

    void onFinished(QNetworkReply* reply)
    {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            ++failed;
        reply->readAll();
        reply->deleteLater();
        if (++done == batches.size()) {
            std::printf("{\"n\":%lld,\"seconds\":%.4f,\"failed\":%d}\n", static_cast<long long>(done),
                        static_cast<double>(clock.nsecsElapsed()) / 1e9, failed);
            QCoreApplication::exit(failed == 0 ? 0 : 1);
            return;
        }
        sendNext();
    }
};

QList<QByteArrayList> readBatches(const QString& path)
{
    QList<QByteArrayList> batches;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return batches;
    while (!file.atEnd()) {
        const QByteArrayList ids = file.readLine().trimmed().split(',');
        if (ids.size() == 2)
            batches.append(ids);
    }
    return batches;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = args.size() == 4;
    const int concurrency = ok ? args.at(3).toInt(&ok) : 0;
    if (!ok || concurrency < 1) {
        std::fprintf(stderr, "usage: bench_http_floor API_URL CSV CONCURRENCY\n");
        return 2;
    }
    Run run;
    run.endpoint = QUrl(args.at(1) + QStringLiteral("/documentClassification/deleteBatch"));
    run.authorization = "Bearer " + qgetenv("EXTRACTA_API_TOKEN");
    run.batches = readBatches(args.at(2));
    if (run.batches.isEmpty()) {
        std::fprintf(stderr, "bench_http_floor: no batches in %s\n", qPrintable(args.at(2)));
        return 2;
    }
    run.clock.start();
    for (int slot = 0; slot < concurrency; ++slot)
        run.sendNext();
    return app.exec();
}
