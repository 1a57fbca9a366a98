#pragma once

// Icons live in a .qrc compiled into this static library; a static library's resources must be
// registered explicitly before first use.
void ensureGuiResources();

class QIcon;
class QString;

// The icon at a resource path, made once and shared: every QIcon made afresh parses its SVG again
// when drawn, which table views do for each visible row on every repaint. For the GUI thread only.
QIcon resourceIcon(const QString& path);
