<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddIdsDialog</name>
    <message numerus="yes">
        <source>%n lines need attention.</source>
        <translation>
            <numerusform>%n line needs attention.</numerusform>
            <numerusform>%n lines need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es)</source>
        <translation>
            <numerusform>%n new batch</numerusform>
            <numerusform>%n new batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new classification(s)</source>
        <translation>
            <numerusform>%n new classification</numerusform>
            <numerusform>%n new classifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPreviewPane</name>
    <message numerus="yes">
        <source>Batch %1: %n file(s), fetched %2.</source>
        <translation>
            <numerusform>Batch %1: %n file, fetched %2.</numerusform>
            <numerusform>Batch %1: %n files, fetched %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message numerus="yes">
        <source>This permanently deletes %n batch(es) with all their results and files.</source>
        <translation>
            <numerusform>This permanently deletes %n batch with all its results and files.</numerusform>
            <numerusform>This permanently deletes %n batches with all their results and files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n batch(es)</source>
        <translation>
            <numerusform>&amp;Delete %n batch</numerusform>
            <numerusform>&amp;Delete %n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n batch(es)</source>
        <translation>
            <numerusform>Delete %n batch</numerusform>
            <numerusform>Delete %n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ The team trail says %n of these batches were already deleted from another desk (marked in the catalogue). Deleting them again will most likely be answered with &quot;not found&quot;.</source>
        <translation>
            <numerusform>⚠ The team trail says %n of these batches was already deleted from another desk (marked in the catalogue). Deleting it again will most likely be answered with &quot;not found&quot;.</numerusform>
            <numerusform>⚠ The team trail says %n of these batches were already deleted from another desk (marked in the catalogue). Deleting them again will most likely be answered with &quot;not found&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeletionWindow</name>
    <message numerus="yes">
        <source>The server asked to slow down: waiting %n s before sending more.</source>
        <translation>
            <numerusform>The server asked to slow down: waiting %n s before sending more.</numerusform>
            <numerusform>The server asked to slow down: waiting %n s before sending more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es) on %1.</source>
        <translation>
            <numerusform>Deleting %n batch on %1.</numerusform>
            <numerusform>Deleting %n batches on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation>
            <numerusform> · about %n s left</numerusform>
            <numerusform> · about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: %n request(s) in flight.</source>
        <translation>
            <numerusform>Running: %n request in flight.</numerusform>
            <numerusform>Running: %n requests in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new deletions start; %n request(s) already sent finish and are recorded.</source>
        <translation>
            <numerusform>Stopping: no new deletions start; %n request already sent finishes and is recorded.</numerusform>
            <numerusform>Stopping: no new deletions start; %n requests already sent finish and are recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server may already have deleted %n batch(es): the request was sent, but no usable answer came back.</source>
        <translation>
            <numerusform>The server may already have deleted %n batch: the request was sent, but no usable answer came back.</numerusform>
            <numerusform>The server may already have deleted %n batches: the requests were sent, but no usable answer came back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) that failed will be sent again with them.</source>
        <translation>
            <numerusform>%n batch that failed will be sent again with them.</numerusform>
            <numerusform>%n batches that failed will be sent again with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run is still going: %n batch(es) not done yet.</source>
        <translation>
            <numerusform>The run is still going: %n batch not done yet.</numerusform>
            <numerusform>The run is still going: %n batches not done yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No more deletions are sent until you decide; %n batch(es) not done yet.</source>
        <translation>
            <numerusform>No more deletions are sent until you decide; %n batch not done yet.</numerusform>
            <numerusform>No more deletions are sent until you decide; %n batches not done yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>%n known batch(es)</source>
        <translation>
            <numerusform>%n known batch</numerusform>
            <numerusform>%n known batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message numerus="yes">
        <source>Delete %n b&amp;atch(es)…</source>
        <translation>
            <numerusform>Delete %n b&amp;atch…</numerusform>
            <numerusform>Delete %n b&amp;atches…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget classification %1 and its %n batch(es) on this computer, including what is known about their deletions? Nothing is deleted on the server; the audit trail keeps every deletion.</source>
        <translation>
            <numerusform>Forget classification %1 and its %n batch on this computer, including what is known about its deletion? Nothing is deleted on the server; the audit trail keeps every deletion.</numerusform>
            <numerusform>Forget classification %1 and its %n batches on this computer, including what is known about their deletions? Nothing is deleted on the server; the audit trail keeps every deletion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed classification %1 and its %n batch(es) from the local list. Nothing was deleted on the server.</source>
        <translation>
            <numerusform>Removed classification %1 and its %n batch from the local list. Nothing was deleted on the server.</numerusform>
            <numerusform>Removed classification %1 and its %n batches from the local list. Nothing was deleted on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classification(s)</source>
        <translation>
            <numerusform>%n classification</numerusform>
            <numerusform>%n classifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n batch(es) shown</source>
        <translation>
            <numerusform>%1 of %n batch shown</numerusform>
            <numerusform>%1 of %n batches shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWording</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check: rate limited, retry after %n s</source>
        <translation>
            <numerusform>Could not check: rate limited, retry after %n s</numerusform>
            <numerusform>Could not check: rate limited, retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliAuditTrail</name>
    <message numerus="yes">
        <source>%n deletion(s) of a run that ended before the server&apos;s answer was recorded are now marked &quot;unknown&quot; in the audit trail: check those batches before trying again.</source>
        <translation>
            <numerusform>%n deletion of a run that ended before the server&apos;s answer was recorded is now marked &quot;unknown&quot; in the audit trail: check that batch before trying again.</numerusform>
            <numerusform>%n deletions of a run that ended before the server&apos;s answer was recorded are now marked &quot;unknown&quot; in the audit trail: check those batches before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliTeamDatabase</name>
    <message numerus="yes">
        <source>%n entries are pending upload to the team database: %1 (`extracta-batch team sync` uploads them).</source>
        <translation>
            <numerusform>%n entry is pending upload to the team database: %1 (`extracta-batch team sync` uploads it).</numerusform>
            <numerusform>%n entries are pending upload to the team database: %1 (`extracta-batch team sync` uploads them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfirmationSummary</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Classification %1 — %2 (%n batch(es)):</source>
        <translation>
            <numerusform>  Classification %1 — %2 (%n batch):</numerusform>
            <numerusform>  Classification %1 — %2 (%n batches):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more batch(es).
</source>
        <translation>
            <numerusform>  … and %n more batch.
</numerusform>
            <numerusform>  … and %n more batches.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Names are looked up for the classifications listed only; the list has %n more.
</source>
        <translation>
            <numerusform>  Names are looked up for the classifications listed only; the list has %n more.
</numerusform>
            <numerusform>  Names are looked up for the classifications listed only; the list has %n more.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (names, URLs, environments and notes; no tokens).</source>
        <translation>
            <numerusform>Exported %n connection to %1 (names, URLs, environments and notes; no tokens).</numerusform>
            <numerusform>Exported %n connections to %1 (names, URLs, environments and notes; no tokens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message numerus="yes">
        <source>%n line(s) of the list cannot be used; nothing was sent:</source>
        <translation>
            <numerusform>%n line of the list cannot be used; nothing was sent:</numerusform>
            <numerusform>%n lines of the list cannot be used; nothing was sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.
</source>
        <translation>
            <numerusform>  … and %n more.
</numerusform>
            <numerusform>  … and %n more.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) got no answer in time: the server may or may not have deleted them. Check with the inspect command before trying again.</source>
        <translation>
            <numerusform>%n deletion got no answer in time: the server may or may not have deleted the batch. Check with the inspect command before trying again.</numerusform>
            <numerusform>%n deletions got no answer in time: the server may or may not have deleted them. Check with the inspect command before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: no new deletions start; waiting for the answer to %n deletion(s) in flight… (Ctrl+C again to quit at once)</source>
        <translation>
            <numerusform>Interrupted: no new deletions start; waiting for the answer to %n deletion in flight… (Ctrl+C again to quit at once)</numerusform>
            <numerusform>Interrupted: no new deletions start; waiting for the answers to %n deletions in flight… (Ctrl+C again to quit at once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) not sent because the run was interrupted.</source>
        <translation>
            <numerusform>%n batch not sent because the run was interrupted.</numerusform>
            <numerusform>%n batches not sent because the run was interrupted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) not sent because the run stopped.</source>
        <translation>
            <numerusform>%n batch not sent because the run stopped.</numerusform>
            <numerusform>%n batches not sent because the run stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message numerus="yes">
        <source>the server could not be reached %n time(s) in a row.</source>
        <translation>
            <numerusform>the server could not be reached %n time in a row.</numerusform>
            <numerusform>the server could not be reached %n times in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) from the server were left out of the catalogue: they contain spaces, line breaks, invisible or control characters, or are too long, so this app cannot select or delete them.</source>
        <translation>
            <numerusform>%n ID from the server was left out of the catalogue: it contains spaces, line breaks, invisible or control characters, or is too long, so this app cannot select or delete it.</numerusform>
            <numerusform>%n IDs from the server were left out of the catalogue: they contain spaces, line breaks, invisible or control characters, or are too long, so this app cannot select or delete them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n deletion(s) from an earlier session ended before the server&apos;s answer was recorded. They are marked &quot;outcome unknown&quot; in the audit trail: check those batches before trying again.</source>
        <translation>
            <numerusform>%n deletion from an earlier session ended before the server&apos;s answer was recorded. It is marked &quot;outcome unknown&quot; in the audit trail: check that batch before trying again.</numerusform>
            <numerusform>%n deletions from an earlier session ended before the server&apos;s answer was recorded. They are marked &quot;outcome unknown&quot; in the audit trail: check those batches before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>A bulk deletion is running: %n batch(es) not done yet.</source>
        <translation>
            <numerusform>A bulk deletion is running: %n batch not done yet.</numerusform>
            <numerusform>A bulk deletion is running: %n batches not done yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadCommands</name>
    <message numerus="yes">
        <source>Batch %1: %n file(s)</source>
        <translation>
            <numerusform>Batch %1: %n file</numerusform>
            <numerusform>Batch %1: %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message numerus="yes">
        <source>Pending upload: %n entries</source>
        <translation>
            <numerusform>Pending upload: %n entry</numerusform>
            <numerusform>Pending upload: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n entries; </source>
        <translation>
            <numerusform>Uploaded %n entry; </numerusform>
            <numerusform>Uploaded %n entries; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending.</source>
        <translation>
            <numerusform>%n pending.</numerusform>
            <numerusform>%n pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSettingsPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatusIndicator</name>
    <message numerus="yes">
        <source>Team trail: %n entries to upload</source>
        <translation>
            <numerusform>Team trail: %n entry to upload</numerusform>
            <numerusform>Team trail: %n entries to upload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team trail: not reachable, %n entries waiting</source>
        <translation>
            <numerusform>Team trail: not reachable, %n entry waiting</numerusform>
            <numerusform>Team trail: not reachable, %n entries waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
