#pragma once

#include <QByteArray>
#include <QString>

// Everything that depends on whether a person sits at a terminal, kept in one place because it is
// the only platform-specific code of the command-line tool.
namespace CliTerminal {

bool isStdinTerminal();
bool isStderrTerminal();

// Reads one line from standard input, without its line end. False at the end of the input.
bool readLine(QString* line);
// The same, without echoing what is typed when standard input is a terminal (for the token).
bool readSecretLine(QString* line);
// Reads standard input to its end; stops and sets *tooLarge after `limit` bytes.
QByteArray readAll(qint64 limit, bool* tooLarge);

// A reader that goes away (`extracta-batch delete … | head -1`) must not kill a run halfway through,
// with requests in flight and their audit records unfinished: writes to it then just fail.
void keepRunningWhenOutputCloses();

// Writes to standard error at once (prompts and progress must show before input is read).
void writeError(const QString& text);

} // namespace CliTerminal
