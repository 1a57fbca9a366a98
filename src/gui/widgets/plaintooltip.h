#pragma once

#include <QString>

// A tooltip that shows `text` exactly as written. Qt renders any tooltip that looks like markup
// ("<h1>", "<a href=…>", "<img src=file:…>") as rich text, so text from a server or a user is turned
// into escaped rich text here: tags show literally, nothing is linked or loaded. Line breaks in
// `text` stay line breaks; server text should be made one line (ServerText::oneLine) first.
// An empty text gives an empty tooltip (none is shown).
QString plainToolTip(const QString& text);
