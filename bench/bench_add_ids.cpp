// Benchmark (not a test): pasting a long list of IDs into "Add IDs…" and confirming their deletion.
//   bench_add_ids [--ids N] [--classifications M] [--known K]
// Drives the app's own path on a real MainWindow: Add IDs… with N lines "classification,batch"
// spread over M classifications (K more batches already known, so that the pasted ones are not the
// whole catalogue), Add, until the catalogue has them selected and its button offers to delete N
// batches; then that button, until the confirmation listing all N is on the screen. A 1 ms timer
// on the UI thread records every gap between its ticks (StallMeter). Nothing is sent: the API URL
// is a closed loopback port and no lookups start (more than CatalogueService::EagerLookupLimit
// classifications). Prints one line per figure, exits 0 when both steps completed; never judges.
#include "appobjects.h"
#include "gui/bulk/addidsdialog.h"
#include "gui/bulk/bulkconfirmdialog.h"
#include "gui/catalogue/cataloguepanel.h"
#include "gui/mainwindow/mainwindow.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

namespace {

// IDs shaped like the API's (20 characters, "-" and a time-based prefix, then random characters):
// what sorting and hashing them costs depends on where they first differ. `kind` keeps the sets
// of classifications, pasted and earlier batches apart; the same n always gives the same ID.
QString id(char kind, int n)
{
    static const QLatin1String alphabet("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    QString text = QStringLiteral("-OQ") + QLatin1Char(kind);
    quint64 state = quint64(n) * 0x9E3779B97F4A7C15ULL + quint64(kind);
    while (text.size() < 20) {
        state ^= state >> 31;
        state *= 0xBF58476D1CE4E5B9ULL;
        state ^= state >> 27;
        text += QLatin1Char(alphabet.at(qsizetype(state % quint64(alphabet.size()))));
    }
    return text;
}

void report(const char* what, const QString& figures)
{
    std::printf("%-44s %s\n", what, qPrintable(figures));
    std::fflush(stdout);
}

QString ms(qint64 ns)
{
    return QStringLiteral("%1 ms").arg(ns / 1e6, 0, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption idsOption(QStringLiteral("ids"), QStringLiteral("Lines pasted."),
                                       QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption classificationsOption(QStringLiteral("classifications"),
                                                   QStringLiteral("Classifications they belong to."),
                                                   QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption knownOption(QStringLiteral("known"), QStringLiteral("Batches known before."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({idsOption, classificationsOption, knownOption});
    parser.addHelpOption();
    parser.process(app);
    const int ids = std::max(1, parser.value(idsOption).toInt());
    const int classifications = std::max(1, parser.value(classificationsOption).toInt());
    const int known = std::max(0, parser.value(knownOption).toInt());

    AppObjects wiring(QStringLiteral("bench_add_ids"), AppObjects::FetchPace::App);
    // A closed port: the confirmation needs a usable URL and token, and nothing is ever sent.
    wiring.connectTo(AppObjects::NowhereUrl, QStringLiteral("bench-token-not-sent"));
    QList<IdPair> earlier;
    for (int i = 0; i < known; ++i)
        earlier << IdPair{id('C', i % classifications), id('K', i)};
    wiring.catalogue.addEntries(earlier);

    QStringList lines;
    lines.reserve(ids);
    for (int i = 0; i < ids; ++i)
        lines << id('C', i % classifications) + QLatin1Char(',') + id('B', i);
    const QString pasted = lines.join(QLatin1Char('\n'));

    MainWindow window(wiring.connection, wiring.settings, wiring.catalogue, wiring.audit, QString());
    window.show();
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit); // the first frame
    loop.exec();

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    qint64 pasteNs = -1;
    qint64 addNs = -1;
    qint64 confirmNs = -1;
    int confirmed = 0;
    CataloguePanel* panel = window.cataloguePanel();
    auto* bulkButton = panel->findChild<QPushButton*>(QStringLiteral("bulkDeleteButton"));

    // 1. Add IDs…, the list pasted into the box.
    QTimer::singleShot(100, &loop, [&] {
        meter.setPhase(QStringLiteral("paste"));
        window.openAddIds();
        auto* dialog = window.findChild<AddIdsDialog*>();
        clock.start();
        dialog->setText(pasted);
        pasteNs = clock.nsecsElapsed();
        // 2. Add: until the catalogue has them all selected, one click from deleting them.
        QTimer::singleShot(100, &loop, [&, dialog] {
            meter.setPhase(QStringLiteral("add"));
            QObject::connect(panel, &CataloguePanel::bulkSelectionChanged, &loop, [&](int count) {
                if (count != ids || addNs >= 0)
                    return;
                addNs = clock.nsecsElapsed();
                // 3. "Delete N batches…": until the confirmation listing them is on the screen.
                QTimer::singleShot(100, &loop, [&] {
                    meter.setPhase(QStringLiteral("confirm"));
                    clock.restart();
                    bulkButton->click();
                    const auto shown = [&] {
                        auto* confirmation = window.findChild<BulkConfirmDialog*>();
                        if (!confirmation || !confirmation->isVisible())
                            return false;
                        confirmNs = clock.nsecsElapsed();
                        confirmed = static_cast<int>(confirmation->items().size());
                        // A little longer, so that the dialog's first repaints are measured too.
                        QTimer::singleShot(200, &loop, &QEventLoop::quit);
                        return true;
                    };
                    if (shown())
                        return;
                    auto* poll = new QTimer(&loop);
                    QObject::connect(poll, &QTimer::timeout, &loop, [poll, shown] {
                        if (shown())
                            poll->stop();
                    });
                    poll->start(1);
                });
            });
            clock.restart();
            dialog->findChild<QPushButton*>(QStringLiteral("addButton"))->click();
        });
    });
    QTimer::singleShot(1200000, &loop, [&] {
        std::fprintf(stderr, "bench_add_ids: gave up after 20 minutes\n");
        loop.quit();
    });
    loop.exec();
    meter.stop();

    report("lines pasted / classifications / known before",
           QStringLiteral("%1 / %2 / %3").arg(ids).arg(classifications).arg(known));
    report("paste: the text into the box", pasteNs >= 0 ? ms(pasteNs) : QStringLiteral("not done"));
    report("paste: event-loop gaps", meter.summary(QStringLiteral("paste")));
    report("add: click Add to all selected", addNs >= 0 ? ms(addNs) : QStringLiteral("not done"));
    report("add: event-loop gaps", meter.summary(QStringLiteral("add")));
    report("confirm: click Delete N to dialog shown",
           confirmNs >= 0 ? QStringLiteral("%1 (%2 listed)").arg(ms(confirmNs)).arg(confirmed)
                          : QStringLiteral("not done"));
    report("confirm: event-loop gaps", meter.summary(QStringLiteral("confirm")));
    report("idle before (reference): event-loop gaps", meter.summary(QStringLiteral("idle")));
    window.close();
    return addNs >= 0 && confirmNs >= 0 && confirmed == ids ? 0 : 1;
}
