#pragma once

#include <QString>

// Text that came from a server or a file (messages, names, descriptions, file names, IDs) made safe
// to show. Whatever a server sends is untrusted: an escape sequence would drive the terminal, a
// newline would forge a line of our own output, a right-to-left override would reverse what follows.
// Every view (terminal, status pane, audit window, dialogs, CSV) shows such text through these.
namespace ServerText {

// One line with nothing hidden: line breaks, tabs and every other control character become visible
// escapes (\n, \r, \t, \x1B), invisible formatting characters (bidi controls, zero-width spaces,
// byte order marks, line separators) become \u{202E}-style escapes, lone surrogates become U+FFFD,
// and "Bearer <credential>" loses its credential. Longer than `maxChars` (when > 0) it is cut and
// ends in "…".
QString oneLine(const QString& text, int maxChars = 0);

// An ID as it can be told apart from its look-alikes: every character outside printable ASCII (and
// the backslash that starts an escape) is shown as a \u{2010}-style escape, so that "b‐0001" (with
// U+2010) never reads as "b-0001", nor as an ID that spells out "b\u{2010}0001".
QString visibleId(const QString& id);

// `text` (already one line) wrapped in Unicode first-strong isolates, so that right-to-left text in
// it cannot reorder the sentence or the row it is placed in.
QString isolated(const QString& text);

} // namespace ServerText
