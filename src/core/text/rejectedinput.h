#pragma once

#include <QString>

// What a message about a rejected command-line word may repeat of it. A token pasted in the wrong
// place (an option value, a misplaced argument) must not end up in a terminal, a log or a CI
// transcript, so a rejected value is named only when it is a few plain characters long, and a
// mistyped option or command only when it looks like one.
namespace RejectedInput {

// Values up to this many characters are repeated in messages.
inline constexpr int MaxEchoedValueLength = 6;

// The value in quotes ("abc") when it is short printable ASCII, otherwise empty.
QString quotedValue(const QString& value);
// True for a word that looks like a mistyped option or command name (letters and dashes, up to 24).
bool isSafeName(const QString& word);

} // namespace RejectedInput
