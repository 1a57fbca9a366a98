// Helper of tst_auditcrash: records one deletion attempt as "sent", says so on stdout and then
// waits, like an app whose request is still in flight, until the test kills it.
//
// Usage: auditcrashchild <database> <host> <classificationId> <classificationName> <batchId> <fileCount>

#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs(
            "usage: auditcrashchild <database> <host> <classificationId> <classificationName> <batchId> "
            "<fileCount>\n",
            stderr);
        return 2;
    }

    Database database(QStringLiteral("auditcrashchild"));
    const Database::OpenResult opened = database.open(args.at(1));
    if (!opened.ok || database.isInMemory()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(args.at(1)), qPrintable(opened.message));
        return 3;
    }

    AuditEntry entry;
    entry.startedUtc = QDateTime::currentDateTimeUtc();
    entry.host = args.at(2);
    entry.classificationId = args.at(3);
    entry.classificationName = args.at(4);
    entry.batchId = args.at(5);
    entry.fileCount = args.at(6).toInt();
    // Alive as long as the process, as in the app: the entry's session ends with the process.
    AuditLog audit(database);
    const qint64 id = audit.recordSent(entry);
    if (id < 0) {
        std::fputs("recordSent failed\n", stderr);
        return 4;
    }
    std::printf("SENT %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    return app.exec();
}
