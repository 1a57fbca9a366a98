// Benchmark (not a test): how the catalogue copes with a large number of known batches.
//   bench_catalogue [--batches N] [--classifications M] [--runs R]
// Measures, on a fresh temporary database: storing the IDs, opening the main window on them (from
// construction to the first shown frame), and applying a filter to the catalogue tree. Prints one
// line per measurement (median and max of R runs) and exits 0; it never judges the figures.
#include "appobjects.h"
#include "core/storage/cataloguestore.h"
#include "gui/catalogue/cataloguemodel.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace {

struct Figures
{
    QList<double> ms;

    void add(qint64 nanoseconds)
    {
        ms << nanoseconds / 1e6;
    }
    QString summary() const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return QStringLiteral("median %1 ms, max %2 ms (%3 runs)")
            .arg(sorted.at(sorted.size() / 2), 0, 'f', 1)
            .arg(sorted.constLast(), 0, 'f', 1)
            .arg(sorted.size());
    }
};

QString id(const char* prefix, int n)
{
    return QStringLiteral("-%1%2").arg(QLatin1String(prefix)).arg(n, 17, 10, QLatin1Char('0'));
}

void report(const char* what, const QString& figures)
{
    std::printf("%-44s %s\n", what, qPrintable(figures));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption batchesOption(QStringLiteral("batches"),
                                           QStringLiteral("Batches in the catalogue."), QStringLiteral("n"),
                                           QStringLiteral("50000"));
    const QCommandLineOption classificationsOption(QStringLiteral("classifications"),
                                                   QStringLiteral("Classifications they belong to."),
                                                   QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({batchesOption, classificationsOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int batches = parser.value(batchesOption).toInt();
    const int classifications = std::max(1, parser.value(classificationsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    AppObjects wiring(QStringLiteral("bench_catalogue"), AppObjects::FetchPace::App);
    // No token: nothing is looked up over the network while measuring.
    wiring.connectTo(AppObjects::NowhereUrl, QString());

    QList<IdPair> entries;
    entries.reserve(batches);
    for (int i = 0; i < batches; ++i)
        entries << IdPair{id("C", i % classifications), id("B", i)};
    QElapsedTimer clock;
    clock.start();
    wiring.catalogue.addEntries(entries);
    report("store IDs (addEntries, one transaction)",
           QStringLiteral("%1 ms for %2 batches").arg(clock.nsecsElapsed() / 1e6, 0, 'f', 1).arg(batches));

    Figures read;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        const QList<BatchRecord> all = wiring.catalogue.store().batches();
        read.add(clock.nsecsElapsed());
        if (all.size() != batches)
            report("WARNING: batches read back", QString::number(all.size()));
    }
    report("read catalogue from disk (store.batches())", read.summary());

    Figures open;
    Figures filterNarrow;
    Figures filterBroad;
    Figures filterClear;
    for (int run = 0; run < runs; ++run) {
        clock.restart();
        MainWindow window(wiring.connection, wiring.settings, wiring.catalogue, wiring.audit, QString());
        window.show();
        QCoreApplication::processEvents(); // first frame: layout and paint of the visible rows
        open.add(clock.nsecsElapsed());

        CatalogueFilterModel* filter = window.cataloguePanel()->filterModel();
        const auto measure = [&](Figures& figures, const QString& text) {
            clock.restart();
            filter->setFilterText(text);
            QCoreApplication::processEvents();
            figures.add(clock.nsecsElapsed());
        };
        measure(filterNarrow, id("B", batches / 2));   // one batch
        measure(filterBroad, QStringLiteral("-B000")); // every batch
        measure(filterClear, QString());
        if (run == 0) {
            report("catalogue rows (classifications / batches)",
                   QStringLiteral("%1 / %2")
                       .arg(window.cataloguePanel()->model()->rowCount())
                       .arg(window.cataloguePanel()->model()->batchCount()));
        }
    }
    report("open main window (construct, show, first frame)", open.summary());
    report("filter: text matching one batch", filterNarrow.summary());
    report("filter: text matching every batch", filterBroad.summary());
    report("filter: cleared", filterClear.summary());
    return 0;
}
