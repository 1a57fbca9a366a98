// Benchmark baseline (not a test): the cheapest Qt Widgets program that shows a main window.
//   EBA_REPORT_STARTUP_MS=1 [EBA_EXIT_AFTER_SHOWN=1] bench_bare_window
// It reports its first shown frame with the same hook as the app (src/app/startupreport.cpp), so that
// bench/run-cli-and-app-benchmarks.sh can put the app's start-up next to this floor: a QApplication, a
// QMainWindow of the app's default size (1280×760) with a label, show(), exec().
#include "app/startupreport.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 760);
    installStartupReportIfAsked(window);
    window.show();
    return app.exec();
}
