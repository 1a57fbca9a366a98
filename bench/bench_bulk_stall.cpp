// Benchmark (not a test): how long the app's event loop stalls while a bulk deletion runs.
//   bench_bulk_stall [--batches N] [--delay-ms D] [--concurrency C] [--audit-entries E [--audit-window]]
// Drives the app's own bulk path: a MainWindow whose catalogue knows N batches, "Delete N batches…"
// (MainWindow::openBulkDeletion, as the catalogue's button does), the count typed into the
// confirmation, "Delete", and the BulkDeletionWindow's run through the DeletionQueue with the audit
// trail, catalogue updates and status pane of the real app. The sandbox API answers from a separate
// thread with its own event loop, so its work is not counted as a stall of the UI thread.
// A 1 ms repeating timer on the UI thread records every gap between its ticks; the report gives the
// largest gap and the 99th percentile while the confirmation opens and during the run, plus the run
// time. It prints one line per figure and exits 0 when every batch was deleted; it never judges times.
// --audit-entries fills the audit trail with E earlier entries of the same host first, and
// --audit-window keeps the audit window open during the run.
#include "appobjects.h"
#include "core/storage/database.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/bulk/bulkdeletionwindow.h"
#include "gui/mainwindow/mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const auto ClassificationId = QStringLiteral("-BenchClassification");

QString batchId(int n)
{
    return QStringLiteral("-BenchBatch%1").arg(n, 9, 10, QLatin1Char('0'));
}

void report(const char* what, const QString& figures)
{
    std::printf("%-40s %s\n", what, qPrintable(figures));
    std::fflush(stdout);
}

// Set-up only: `count` answered deletions on `host`, one a second up to now, written as rows in one
// transaction. The app records every attempt with AuditLog::recordSent(), a flushed commit each,
// which would keep a trail of tens of thousands of entries waiting minutes here.
bool addAnsweredEntries(Database& database, const QString& host, int count)
{
    if (count == 0)
        return true;
    const auto timeText = [](const QDateTime& time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction transaction(database.handle());
    QSqlQuery insert(database.handle());
    if (!transaction.isOpen() ||
        !insert.prepare(QStringLiteral(
            "INSERT INTO audit (started_utc, os_user, host, classification_id, batch_id, outcome,"
            " http_status, server_message, duration_ms, completed_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)")))
        return false;
    for (int i = 0; i < count; ++i) {
        const QDateTime started = now.addSecs(-count + i);
        const QVariantList values{timeText(started),
                                  QStringLiteral("bench"),
                                  host,
                                  ClassificationId,
                                  QStringLiteral("-EarlierBatch%1").arg(i, 8, 10, QLatin1Char('0')),
                                  QStringLiteral("succeeded"),
                                  200,
                                  QStringLiteral("Batch deleted"),
                                  40,
                                  timeText(started.addMSecs(40))};
        for (int v = 0; v < values.size(); ++v)
            insert.bindValue(v, values.at(v));
        if (!insert.exec()) {
            std::fprintf(stderr, "bench_bulk_stall: %s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    return transaction.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("Batches to delete."),
                                           QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Latency the sandbox adds to every answer."),
                                         QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), QStringLiteral("Requests in flight (the app's default is 2)."),
        QStringLiteral("n"), QString::number(DeletionQueue::DefaultConcurrency));
    const QCommandLineOption auditEntriesOption(QStringLiteral("audit-entries"),
                                                QStringLiteral("Earlier entries in the audit trail."),
                                                QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption auditWindowOption(QStringLiteral("audit-window"),
                                               QStringLiteral("Keep the audit window open during the run."));
    parser.addOptions({batchesOption, delayOption, concurrencyOption, auditEntriesOption, auditWindowOption});
    parser.addHelpOption();
    parser.process(app);
    const int batches = std::max(1, parser.value(batchesOption).toInt());
    const int delayMs = std::max(0, parser.value(delayOption).toInt());
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int auditEntries = std::max(0, parser.value(auditEntriesOption).toInt());
    const bool auditWindow = parser.isSet(auditWindowOption);

    // The sandbox lives on its own thread: created, filled, started and destroyed there.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("sandbox"));
    serverThread.start();
    auto* serverContext = new QObject;
    serverContext->moveToThread(&serverThread);
    QObject::connect(&serverThread, &QThread::finished, serverContext, &QObject::deleteLater);
    SandboxServer* server = nullptr;
    QUrl baseUrl;
    QString token;
    QMetaObject::invokeMethod(
        serverContext,
        [&] {
            server = new SandboxServer;
            server->setRecordingRequests(false);
            server->addClassification(ClassificationId, QStringLiteral("Benchmark"), QString(), {});
            for (int i = 0; i < batches; ++i)
                server->addBatch(ClassificationId, batchId(i), {});
            if (delayMs > 0) {
                SandboxFault fault;
                fault.kind = SandboxFault::Kind::Delay;
                fault.delayMs = delayMs;
                server->setFault(fault);
            }
            if (server->start()) {
                baseUrl = server->baseUrl();
                token = server->token();
            }
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(
            serverContext, [&] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "bench_bulk_stall: the sandbox did not start\n");
        stopServer();
        return 1;
    }

    // The app's objects on this thread, pointed at the sandbox on the other one (so not AppWiring).
    AppObjects wiring(QStringLiteral("bench_bulk_stall"), AppObjects::FetchPace::App);
    wiring.connectTo(baseUrl.toString(), token);
    QList<IdPair> pairs;
    pairs.reserve(batches);
    for (int i = 0; i < batches; ++i)
        pairs << IdPair{ClassificationId, batchId(i)};
    wiring.catalogue.addEntries(pairs);
    // Earlier deletions on the same host, answered: what an open audit window shows and filters.
    if (!addAnsweredEntries(wiring.database, wiring.connection.storageKey(), auditEntries)) {
        std::fprintf(stderr, "bench_bulk_stall: the earlier audit entries could not be written\n");
        stopServer();
        return 1;
    }

    MainWindow window(wiring.connection, wiring.settings, wiring.catalogue, wiring.audit, QString());
    window.show();
    if (auditWindow)
        window.openAuditTrail();
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit); // first frame, the classification's name lookup
    loop.exec();

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    qint64 confirmationMs = 0;
    qint64 runMs = 0;
    bool ok = true;
    BulkDeletionWindow* run = nullptr;

    // 1. "Delete N batches…": the confirmation lists every batch.
    QTimer::singleShot(100, &loop, [&] {
        meter.setPhase(QStringLiteral("confirmation"));
        clock.start();
        window.openBulkDeletion(pairs);
        confirmationMs = clock.elapsed();
        // 2. Once it is on screen: type N and press "Delete".
        QTimer::singleShot(100, &loop, [&] {
            auto* dialog = window.findChild<BulkConfirmDialog*>();
            QLineEdit* field = nullptr;
            if (dialog) {
                const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
                for (QLineEdit* candidate : fields) {
                    if (candidate->accessibleName() == QLatin1String("Type the number of batches to confirm"))
                        field = candidate;
                }
            }
            auto* deleteButton =
                dialog ? dialog->findChild<QPushButton*>(QStringLiteral("deleteButton")) : nullptr;
            if (!field || !deleteButton) {
                std::fprintf(stderr, "bench_bulk_stall: the confirmation dialog was not found\n");
                ok = false;
                loop.quit();
                return;
            }
            field->setText(QString::number(batches));
            meter.setPhase(QStringLiteral("run"));
            clock.restart();
            deleteButton->click();
            run = window.bulkDeletionWindow();
            if (!run) {
                std::fprintf(stderr, "bench_bulk_stall: no bulk deletion window\n");
                ok = false;
                loop.quit();
                return;
            }
            if (concurrency != DeletionQueue::DefaultConcurrency)
                run->queue().setConcurrency(concurrency);
            QObject::connect(run, &BulkDeletionWindow::runFinished, &loop, [&] {
                runMs = clock.elapsed();
                // A little longer, so that the last repaints are measured too.
                QTimer::singleShot(200, &loop, &QEventLoop::quit);
            });
        });
    });
    // Bounded: even at 8 s per 1,000 requests of latency this is far more than needed.
    QTimer::singleShot(600000, &loop, [&] {
        std::fprintf(stderr, "bench_bulk_stall: gave up after 10 minutes\n");
        ok = false;
        loop.quit();
    });
    loop.exec();
    meter.stop();

    int deleted = 0;
    if (run) {
        const QList<DeletionResult> results = run->queue().results();
        deleted =
            static_cast<int>(std::count_if(results.cbegin(), results.cend(), [](const DeletionResult& r) {
                return r.kind == DeletionResultKind::Deleted;
            }));
    }
    int left = -1;
    QMetaObject::invokeMethod(
        serverContext, [&] { left = static_cast<int>(server->batchIds(ClassificationId).size()); },
        Qt::BlockingQueuedConnection);

    report("batches / concurrency / added latency", QStringLiteral("%1 / %2 / %3 ms")
                                                        .arg(batches)
                                                        .arg(run ? run->queue().concurrency() : concurrency)
                                                        .arg(delayMs));
    report("audit trail before / window open",
           QStringLiteral("%1 entries / %2")
               .arg(auditEntries)
               .arg(auditWindow ? QStringLiteral("yes") : QStringLiteral("no")));
    report("confirmation: build it, N listed", QStringLiteral("%1 ms").arg(confirmationMs));
    report("confirmation: event-loop gaps", meter.summary(QStringLiteral("confirmation")));
    report("run: click Delete to all finished",
           QStringLiteral("%1 ms (%2 deleted, %3 left on the server)").arg(runMs).arg(deleted).arg(left));
    report("run: event-loop gaps", meter.summary(QStringLiteral("run")));
    report("idle before (reference): event-loop gaps", meter.summary(QStringLiteral("idle")));

    window.close();
    stopServer();
    return ok && deleted == batches && left == 0 ? 0 : 1;
}
