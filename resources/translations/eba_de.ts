<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActiveConnection</name>
    <message>
        <source>%1 (from the %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddIdsDialog</name>
    <message>
        <source>Add IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line: a classification ID and a batch ID separated by a comma, a space or a tab, or a classification ID on its own. A header line and blank lines are ignored. This only adds the IDs to your list; nothing is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs, one per &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-OPXR1F82I0cRYJPcHNo,-OPXR2aBcDeFgHiJkLmN
-OPXR1F82I0cRYJPcHNo	-OPXR3xYzAbCdEfGhIjK
-OPXR4qRsTuVwXyZaBcD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: paste or type at least one ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing added; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines left in the box are the ones to fix; then press Add again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix those lines in the file and import it again, or paste them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>Unexpected response from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was rejected. Check the token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (it may already have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: retry after %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: wait a moment before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response from the server (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The server may already have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any API answer and was not read. The server may have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server in time. The server may still have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the connection is not secure (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server kept redirecting the request to itself; it was given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the server redirected to another server. The redirect was not followed and the token was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL and that the server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be found. Check the API URL and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The server may still have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The API URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost). Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRACTA_API_URL environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiOutcome</name>
    <message>
        <source>%1 Server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>No deletions recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search IDs, names, messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;host only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deletion attempts, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API host is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;host only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (succeeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: connection not secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: redirected to another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPreviewPane</name>
    <message>
        <source>Batch contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the batch contents from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch in the catalogue to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was deleted on %2. Its files as last fetched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was not found on the server. Its files as last fetched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n file(s), fetched %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: contents not fetched yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Delete batches permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be undone: the server keeps no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification / batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of batches to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This permanently deletes %n batch(es) with all their results and files.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>API host: %1 (demo sandbox on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, &amp;type the number of batches (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The number matches. The delete button is now enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete button stays disabled until the number matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the number of batches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkDeletionWindow</name>
    <message>
        <source>Bulk deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new deletions start; those already sent finish and are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: waiting %n s before sending more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1 · Failed %2 · Unknown %3 · Remaining %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Not sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Some outcomes are unknown: the server may or may not have deleted those batches. Retry them to find out (a 404 then means it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: no new deletions start; those already sent finish and are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running: %n request(s) in flight.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the bulk deletion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new deletions will start; those already sent finish and are recorded. Stop now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkResultModel</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>%n known batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Document types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Known classifications and batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected b&amp;atches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every selected batch on the server, after a confirmation that lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected entry on this computer. Nothing is deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n b&amp;atch(es)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forget classification %1 and its %n batch(es) on this computer, including what is known about their deletions? Nothing is deleted on the server; the audit trail keeps every deletion.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed classification %1 and its %n batch(es) from the local list. Nothing was deleted on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed batch %1 from the local list. Nothing was deleted on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n classification(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is never accepted as an argument (other users can see arguments): set EXTRACTA_API_TOKEN or use --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (not &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used with the %2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --classification and --batch, or --from-csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-csv needs a file name, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin cannot be used with --from-csv -: standard input carries the list. Set EXTRACTA_API_TOKEN or read the list from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency applies to --from-csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs --classification ID and --batch ID, or --from-csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect needs --classification ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --csv or --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since expects a date as YYYY-MM-DD or ISO 8601 (for example 2024-05-01T09:00:00Z), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given: use delete, inspect, credits or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use delete, inspect, credits or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: use delete, inspect, credits or audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument after the command: values are given with options, such as --batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: extracta-batch &lt;command&gt; [options]

Deletes Extracta.ai document-classification batches from scripts and terminals, with the
same safety rules and audit trail as Extracta Batch Admin.

Commands:
  delete --classification ID --batch ID [--yes]
      Delete one batch.
  delete --from-csv FILE|- [--concurrency N] [--yes]
      Delete every batch listed in FILE, or on standard input with -: one
      classificationId,batchId per line (the app&apos;s import rules). A bad line
      stops the run before anything is sent.
  inspect --classification ID [--batch ID]
      Show a classification and, with --batch, the files of that batch.
  credits
      Check the token and show the credits left.
  audit [--since DATE] [--csv]
      List the deletions recorded on this computer, newest first. DATE is
      YYYY-MM-DD (from local midnight) or ISO 8601, e.g. 2024-05-01T09:00:00Z.

Command options:
  --yes               Do not ask for confirmation. Required when standard input
                      is not a terminal, and with --from-csv -.
  --concurrency N     Requests in flight at once, 1 to 8 (default 2).
  --csv               audit: print CSV (RFC 4180) instead of lines.

Global options:
  --api-url URL       API base URL. Wins over EXTRACTA_API_URL and the app&apos;s
                      setting. Plain http:// only for this computer.
  --timeout SECONDS   Wait at most this long for each answer, 1 to 600
                      (default: the app&apos;s setting, 30 unless changed).
  --json              One JSON object per line on standard output, for scripts.
  --quiet             No progress and no notes; without --json, only the
                      batches that were not deleted are listed.
  --token-stdin       Read the API token from the first line of standard input.
  --version           Show the version and exit.
  -h, --help          Show this help and exit.

API token (never accepted as an argument: arguments are visible to other users):
  EXTRACTA_API_TOKEN, else --token-stdin, else the token saved by Extracta Batch
  Admin (OS keychain, or its settings file when that was chosen there).

Environment:
  EXTRACTA_API_TOKEN  API token.
  EXTRACTA_API_URL    API base URL (--api-url wins).

Exit codes:
  0  Every batch deleted, or the command succeeded.
  1  The API refused at least one request (4xx or 5xx; 404 not found included).
  2  Usage or input error, no token, or no confirmation possible: nothing sent.
  3  Network or TLS failure: a request did not reach the server. For credits
     and inspect also a timeout.
  4  Confirmation declined: nothing sent.
  5  delete: no answer in time for at least one batch, so the server may or may
     not have deleted it. Check before trying again.
  When a run ends with several of these, the most serious wins: 5, then 3, then 1.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The API URL from the %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTokenSource</name>
    <message>
        <source>%1 holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token from %1 contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: standard input ended before a token was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it in Extracta Batch Admin&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete batch permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This permanently deletes the batch with all its results and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be undone: the server keeps no copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, &amp;type the batch ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the batch ID to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: the batch contents have not been fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none listed when last fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (number of files not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo sandbox on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch ID matches. &quot;Delete batch&quot; is now enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Delete batch&quot; stays disabled until the batch ID matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the batch ID yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the integrity check found damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a data file of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue and audit records are kept in memory only and will be lost when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of this app (schema %2; this version knows %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be written (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: SQLite is not available (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the data file %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 cannot be read (%2) and could not be moved aside; it was left where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3, but its journal files (-wal, -shm) could not be moved with it, so no new data file was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3, but a new data file could not be created (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3 and kept there unchanged; a new, empty data file was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-csv - reads the list from standard input, so no confirmation can be typed there. Add --yes to delete without confirmation. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so no confirmation can be typed. Add --yes to delete without confirmation. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list cannot be used; nothing was sent:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed, %4 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ~%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) got no answer in time: the server may or may not have deleted them. Check with the inspect command before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved in Extracta Batch Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 batches deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Type the batch ID to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes a batch and all its results and files for good.
  Classification: %1
  Batch:          %2
  API host:       %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes %1 batches and all their results and files for good, on %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Classification %1 (%n batch(es)):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionListReader</name>
    <message>
        <source>%1 is not valid Unicode text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file. Save it as CSV or plain text (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a classification ID: a delete list needs classificationId,batchId on every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no batches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message>
        <source>The deletion queue was closed before the answer arrived. The server may have acted on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it could be tried again; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the audit record could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found — possibly deleted by the earlier attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was abandoned before its answer arrived. The server may have acted on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>File ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdListParser</name>
    <message>
        <source>Not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line too long: %1 characters (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like a header line; only the first line may be one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote is not closed on this line (a quoted field cannot span lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote in the middle of a field; put the whole field in quotes and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected classificationId,batchId: this line has more than two fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid Unicode text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file. Save it as CSV or plain text (UTF-8) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdValidation</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains characters that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The OS keychain did not answer in time (it may be locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Use this API base URL (overrides EXTRACTA_API_URL and the saved setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a built-in sandbox API on this computer with sample data. No account or token needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracta Batch Admin: delete Extracta.ai document-classification batches safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --api-url cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: extracta-batch-admin [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Environment:
  EXTRACTA_API_TOKEN  API token to use instead of the saved one.
  EXTRACTA_API_URL    API base URL (the --api-url option wins).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Extracta Batch Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO MODE — a built-in sandbox API on this computer with sample data. Nothing is sent to Extracta.ai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;IDs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy status rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Extracta Batch Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example -OPXR1F82I0cRYJPcHNo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting… You can cancel, but the server may already have acted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL cannot be used. Fix it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token yet: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid classification ID and batch ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the audit record could not be written to disk. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting batch %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API host: %1 (%2)  ·  Token: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set. Open Settings to add your Extracta.ai API token, or try the demo to see how the app works without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is set. %1 Open Settings to add a token for this session, or try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the API token. Check it or replace it in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added to the catalogue: %n new.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A bulk deletion is still running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable API URL or token: nothing can be deleted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Extracta Batch Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Extracta Batch Admin %1&lt;/h3&gt;&lt;p&gt;Delete Extracta.ai document-classification batches safely: token in the OS keychain, deliberate confirmation, every result recorded.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deletion request is still waiting for the server&apos;s answer. If you quit now you will not see whether it succeeded. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainFileTokenStore</name>
    <message>
        <source>The token file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Extracta Batch Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from an earlier session ended before the server&apos;s answer was recorded. They are marked &quot;outcome unknown&quot; in the audit trail: check those batches before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadCommands</name>
    <message>
        <source>Checking the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token works; the answer named no number of credits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Name:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Description:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Document types: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved in Extracta Batch Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxData</name>
    <message>
        <source>Invoices and receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier invoices, expense receipts and credit notes for accounting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR onboarding documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts, identity documents and forms collected from new employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employment contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank details form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motor and household claims with their supporting evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox API could not listen on 127.0.0.1 port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token on the API page of your Extracta.ai dashboard and paste it here. It is kept in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session &amp;only (forgotten when the app closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in the settings &amp;file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the token is stored unencrypted in %1, readable only by your user account. Anyone with access to your files can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currently overridden by the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token from the EXTRACTA_API_TOKEN environment variable is in use. A token saved here takes effect only when that variable is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is saved in the OS keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is in use for this session only. It is forgotten when the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is saved unencrypted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode uses the sandbox&apos;s own token; nothing you type here is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved token could be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token set; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL in force cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The token works: %2 credits available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the saved token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token must not contain spaces or line breaks. Check what you pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your token has not been saved. Choose how to keep it, then press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The token in EXTRACTA_API_TOKEN contains spaces or control characters and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token contains spaces or control characters and was not used. Replace it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token must not be empty or contain spaces, line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the EXTRACTA_API_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in the settings file (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo sandbox token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain service is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1
Run &quot;extracta-batch --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
