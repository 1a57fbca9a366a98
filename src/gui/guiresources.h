#pragma once

// Icons live in a .qrc compiled into this static library; a static library's resources must be
// registered explicitly before first use.
void ensureGuiResources();
