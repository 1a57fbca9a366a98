#include "connectionchoice.h"

#include "connectionstore.h"

ConnectionChoice ConnectionChoice::resolve(const ConnectionStore& store,
                                           const std::optional<QString>& flagName,
                                           const std::optional<QString>& environmentName)
{
    ConnectionChoice choice;
    const std::optional<QString> named = flagName ? flagName : environmentName;
    if (!named) {
        choice.connection = store.current();
        if (!choice.connection)
            choice.problem = tr("No connection is set up.");
        return choice;
    }
    const QString source = flagName ? QStringLiteral("--connection") : QStringLiteral("EXTRACTA_CONNECTION");
    if (named->trimmed().isEmpty()) {
        choice.problem = tr("%1 is empty: name a connection (known: %2).").arg(source, store.namesText());
        return choice;
    }
    choice.connection = store.byName(*named);
    if (!choice.connection) {
        // The unknown name is not repeated: a token pasted into the wrong place must not be shown.
        choice.problem = tr("No connection has the name given by %1. Known connections: %2.")
                             .arg(source, store.namesText());
    }
    return choice;
}
