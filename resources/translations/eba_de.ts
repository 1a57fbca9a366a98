<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Extracta Batch Admin</source>
        <translation>Über Extracta Batch Admin</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deletes Extracta.ai document-classification batches safely: the API token stays in the OS keychain, every deletion is confirmed deliberately, and every result is recorded in an audit trail.</source>
        <translation>Löscht Stapel der Extracta.ai-Dokumentklassifizierung sicher: Das API-Token bleibt im Schlüsselbund des Systems, jede Löschung wird bewusst bestätigt und jedes Ergebnis im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Qt-Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Extracta Batch Admin</source>
        <translation>Extracta Batch Admin</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Released under the MIT License.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Project home page</source>
        <translation>Projektseite</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Extracta.ai API documentation</source>
        <translation>Dokumentation der Extracta.ai-API</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ActiveConnection</name>
    <message>
        <source>%1 (from the %2)</source>
        <translation>%1 (aus der %2)</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
<context>
    <name>AddIdsDialog</name>
    <message>
        <source>Add IDs</source>
        <translation>IDs hinzufügen</translation>
    </message>
    <message>
        <source>One entry per line: a classification ID and a batch ID separated by a comma, a space or a tab, or a classification ID on its own. A header line and blank lines are ignored. This only adds the IDs to your list; nothing is sent to the server.</source>
        <translation>Ein Eintrag pro Zeile: eine Klassifizierungs-ID und eine Stapel-ID, getrennt durch Komma, Leerzeichen oder Tabulator, oder eine Klassifizierungs-ID allein. Eine Kopfzeile und leere Zeilen werden ignoriert. Die IDs werden nur in Ihre Liste aufgenommen; an den Server wird nichts gesendet.</translation>
    </message>
    <message>
        <source>IDs, one per &amp;line:</source>
        <translation>IDs, eine pro &amp;Zeile:</translation>
    </message>
    <message>
        <source>IDs to add</source>
        <translation>Hinzuzufügende IDs</translation>
    </message>
    <message>
        <source>Lines that need attention</source>
        <translation>Zu prüfende Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>-OPXR1F82I0cRYJPcHNo,-OPXR2aBcDeFgHiJkLmN
-OPXR1F82I0cRYJPcHNo	-OPXR3xYzAbCdEfGhIjK
-OPXR4qRsTuVwXyZaBcD</source>
        <translation>-OPXR1F82I0cRYJPcHNo,-OPXR2aBcDeFgHiJkLmN
-OPXR1F82I0cRYJPcHNo	-OPXR3xYzAbCdEfGhIjK
-OPXR4qRsTuVwXyZaBcD</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import IDs</source>
        <translation>IDs importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n lines need attention.</source>
        <translation>
            <numerusform>%n Zeile muss geprüft werden.</numerusform>
            <numerusform>%n Zeilen müssen geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: paste or type at least one ID.</source>
        <translation>Nichts hinzuzufügen: Fügen Sie mindestens eine ID ein oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>%1 holds no IDs.</source>
        <translation>%1 enthält keine IDs.</translation>
    </message>
    <message>
        <source>Nothing added; %1</source>
        <translation>Nichts hinzugefügt; %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Aus %1: %2</translation>
    </message>
    <message>
        <source>The lines left in the box are the ones to fix; then press Add again.</source>
        <translation>Die im Feld verbliebenen Zeilen müssen korrigiert werden; klicken Sie danach erneut auf „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Fix those lines in the file and import it again, or paste them here.</source>
        <translation>Korrigieren Sie diese Zeilen in der Datei und importieren Sie sie erneut, oder fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding progress</source>
        <translation>Fortschritt beim Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n new batch(es)</source>
        <translation>
            <numerusform>%n neuer Stapel</numerusform>
            <numerusform>%n neue Stapel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new classification(s)</source>
        <translation>
            <numerusform>%n neue Klassifizierung</numerusform>
            <numerusform>%n neue Klassifizierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n bereits bekannt</numerusform>
            <numerusform>%n bereits bekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the catalogue: %1.</source>
        <translation>Zum Katalog hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AnswerClassifier</name>
    <message>
        <source>Unexpected response from the server.</source>
        <translation>Unerwartete Antwort vom Server.</translation>
    </message>
    <message>
        <source>The API token was rejected. Check the token in Settings.</source>
        <translation>Das API-Token wurde abgelehnt. Prüfen Sie das Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>Not found (it may already have been deleted).</source>
        <translation>Nicht gefunden (möglicherweise bereits gelöscht).</translation>
    </message>
    <message>
        <source>Rate limited: retry after %1 s.</source>
        <translation>Gedrosselt: erneut versuchen nach %1 s.</translation>
    </message>
    <message>
        <source>Rate limited: wait a moment before retrying.</source>
        <translation>Gedrosselt: Warten Sie einen Moment, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Server error %1.</source>
        <translation>Serverfehler %1.</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected response from the server (HTTP %1).</source>
        <translation>Unerwartete Antwort vom Server (HTTP %1).</translation>
    </message>
    <message>
        <source>No answer from the server in time. The server may still have acted on the request.</source>
        <translation>Keine rechtzeitige Antwort vom Server. Der Server hat die Anfrage möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>Refused: the connection is not secure (%1).</source>
        <translation>Abgewiesen: Die Verbindung ist nicht sicher (%1).</translation>
    </message>
    <message>
        <source>The server kept redirecting the request to itself; it was given up.</source>
        <translation>Der Server hat die Anfrage immer wieder auf sich selbst umgeleitet; sie wurde aufgegeben.</translation>
    </message>
    <message>
        <source>Refused: the server redirected to another server. The redirect was not followed and the token was not sent.</source>
        <translation>Abgewiesen: Der Server hat auf einen anderen Server umgeleitet. Der Umleitung wurde nicht gefolgt und das Token nicht gesendet.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API URL and that the server runs.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die API-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the API URL and your network.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie die API-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering. The server may still have acted on the request.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen. Der Server hat die Anfrage möglicherweise trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>The network proxy failed: %1</source>
        <translation>Der Netzwerk-Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but its answer was cut short or too large to read. The server may have acted on the request.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, aber seine Antwort war unvollständig oder zu groß zum Lesen. Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1, but its answer could not be read. The server may have acted on the request.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet, aber seine Antwort konnte nicht gelesen werden. Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The server has no such API route (HTTP 404): the API URL looks wrong. Check that it is the API&apos;s base URL, ending in /api/v1.</source>
        <translation>Der Server kennt diese API-Route nicht (HTTP 404): Die API-URL scheint falsch zu sein. Prüfen Sie, ob es die Basis-URL der API ist, die auf /api/v1 endet.</translation>
    </message>
    <message>
        <source>Cancelled while the request was on its way. The server may already have acted on it.</source>
        <translation>Abgebrochen, während die Anfrage unterwegs war. Der Server hat sie möglicherweise bereits ausgeführt.</translation>
    </message>
    <message>
        <source>The connection broke before any answer arrived. The request was not sent again; the server may have acted on it.</source>
        <translation>Die Verbindung brach ab, bevor eine Antwort eintraf. Die Anfrage wurde nicht erneut gesendet; der Server hat sie möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>The network proxy failed (%1). The server may have acted on the request.</source>
        <translation>Der Netzwerk-Proxy ist fehlgeschlagen (%1). Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Network error (%1). The server may have acted on the request.</source>
        <translation>Netzwerkfehler (%1). Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ApiEndpoint</name>
    <message>
        <source>The API URL is empty.</source>
        <translation>Die API-URL ist leer.</translation>
    </message>
    <message>
        <source>The API URL must not contain a user name, query or fragment.</source>
        <translation>Die API-URL darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost). Use https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>--api-url option</source>
        <translation>Option --api-url</translation>
    </message>
    <message>
        <source>EXTRACTA_API_URL environment variable</source>
        <translation>Umgebungsvariable EXTRACTA_API_URL</translation>
    </message>
    <message>
        <source>saved setting</source>
        <translation>gespeicherten Einstellung</translation>
    </message>
    <message>
        <source>demo sandbox on this computer</source>
        <translation>Demo-Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>built-in default</source>
        <translation>eingebauten Vorgabe</translation>
    </message>
    <message>
        <source>It is not a valid URL (expected https://host/path).</source>
        <translation>Dies ist keine gültige URL (erwartet: https://host/pfad).</translation>
    </message>
</context>
<context>
    <name>ApiOutcome</name>
    <message>
        <source>%1 Server said: %2</source>
        <translation>%1 Antwort des Servers: %2</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Wrong API URL</source>
        <translation>Falsche API-URL</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>No deletions recorded.</source>
        <translation>Keine Löschungen protokolliert.</translation>
    </message>
    <message>
        <source>  HTTP %1</source>
        <translation>  HTTP %1</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown.</source>
        <translation>Das Prüfprotokoll kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>No deletions recorded since the new data file was started.</source>
        <translation>Seit dem Anlegen der neuen Datendatei wurden keine Löschungen protokolliert.</translation>
    </message>
    <message>
        <source>The team trail has no deletions recorded.</source>
        <translation>Das Team-Prüfprotokoll enthält keine Löschungen.</translation>
    </message>
    <message>
        <source>Only the newest %1 entries are listed: narrow the list with --since.</source>
        <translation>Nur die neuesten %1 Einträge werden aufgeführt: Grenzen Sie die Liste mit --since ein.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation>Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>Classification name</source>
        <translation>Name der Klassifizierung</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Sent (no answer yet)</source>
        <translation>Gesendet (noch keine Antwort)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search IDs, names, messages</source>
        <translation>IDs, Namen, Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation>Nur ab einem Datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Only up to a date</source>
        <translation>Nur bis zu einem Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Verbi&amp;ndung:</translation>
    </message>
    <message>
        <source>Connection filter</source>
        <translation>Verbindungsfilter</translation>
    </message>
    <message>
        <source>&amp;Deletion attempts, newest first:</source>
        <translation>&amp;Löschversuche, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This connection (%1)</source>
        <translation>Diese Verbindung (%1)</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>No connection is in use.</source>
        <translation>Es ist keine Verbindung in Verwendung.</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Deleted (succeeded)</source>
        <translation>Gelöscht (erfolgreich)</translation>
    </message>
    <message>
        <source>Refused: connection not secure</source>
        <translation>Abgewiesen: Verbindung nicht sicher</translation>
    </message>
    <message>
        <source>Refused: redirected to another server</source>
        <translation>Abgewiesen: auf anderen Server umgeleitet</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation>pruefprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert</numerusform>
            <numerusform>%n Einträge nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;his desk</source>
        <translation>&amp;Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>This desk&apos;s entries</source>
        <translation>Einträge dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>The deletion attempts recorded on this computer.</source>
        <translation>Die auf diesem Computer protokollierten Löschversuche.</translation>
    </message>
    <message>
        <source>Te&amp;am (every desk)</source>
        <translation>&amp;Team (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <source>Every desk&apos;s entries (team)</source>
        <translation>Einträge aller Arbeitsplätze (Team)</translation>
    </message>
    <message>
        <source>Why the team trail could not be read</source>
        <translation>Warum das Team-Prüfprotokoll nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>Read the entries again (F5)</source>
        <translation>Die Einträge erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Every desk&apos;s deletion attempts, read from the team database.</source>
        <translation>Die Löschversuche aller Arbeitsplätze, gelesen aus der Team-Datenbank.</translation>
    </message>
    <message>
        <source>No team database is set up for this desk: connect one in Settings &gt; Team to see every desk&apos;s entries here.</source>
        <translation>Für diesen Arbeitsplatz ist keine Team-Datenbank eingerichtet: Verbinden Sie unter Einstellungen &gt; Team eine, um hier die Einträge aller Arbeitsplätze zu sehen.</translation>
    </message>
    <message>
        <source>Connections are each desk&apos;s own, so the team view shows every one. To see one API host, type it in Search.</source>
        <translation>Verbindungen gehören jeweils einem einzelnen Arbeitsplatz, daher zeigt die Team-Ansicht alle. Um nur einen API-Host zu sehen, geben Sie ihn unter „Suchen“ ein.</translation>
    </message>
    <message>
        <source>&amp;Deletion attempts of every desk, newest first:</source>
        <translation>&amp;Löschversuche aller Arbeitsplätze, neueste zuerst:</translation>
    </message>
    <message>
        <source>No team database is set up for this desk.</source>
        <translation>Für diesen Arbeitsplatz ist keine Team-Datenbank eingerichtet.</translation>
    </message>
    <message>
        <source>Reading the team trail…</source>
        <translation>Das Team-Prüfprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The team trail could not be read:</source>
        <translation>Das Team-Prüfprotokoll konnte nicht gelesen werden:</translation>
    </message>
    <message>
        <source>Read from the team database at %1.</source>
        <translation>Um %1 aus der Team-Datenbank gelesen.</translation>
    </message>
    <message>
        <source>Read from the team database %1 at %2.</source>
        <translation>Um %2 aus der Team-Datenbank %1 gelesen.</translation>
    </message>
    <message>
        <source>The newest %1 entries, the most shown at once: narrow the filters to see older ones</source>
        <translation>Die neuesten %1 Einträge, mehr werden nicht auf einmal angezeigt: Schränken Sie die Filter ein, um ältere zu sehen</translation>
    </message>
    <message>
        <source>The team trail is still being read: export it once it is shown.</source>
        <translation>Das Team-Prüfprotokoll wird noch gelesen: Exportieren Sie es, sobald es angezeigt wird.</translation>
    </message>
    <message>
        <source>The team trail could not be read: there is nothing to export.</source>
        <translation>Das Team-Prüfprotokoll konnte nicht gelesen werden: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>audit-trail-team-%1.csv</source>
        <translation>pruefprotokoll-team-%1.csv</translation>
    </message>
    <message>
        <source>Export the team&apos;s audit trail</source>
        <translation>Team-Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>No team entries shown</source>
        <translation>Keine Team-Einträge angezeigt</translation>
    </message>
</context>
<context>
    <name>BatchPreviewPane</name>
    <message>
        <source>Batch contents</source>
        <translation>Stapelinhalt</translation>
    </message>
    <message>
        <source>Fetch a&amp;gain</source>
        <translation>Erne&amp;ut abrufen</translation>
    </message>
    <message>
        <source>Fetch the batch contents from the server again</source>
        <translation>Den Stapelinhalt erneut vom Server abrufen</translation>
    </message>
    <message>
        <source>Batch preview</source>
        <translation>Stapelvorschau</translation>
    </message>
    <message>
        <source>Batch %1 is not in the catalogue.</source>
        <translation>Stapel %1 ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>Batch %1 was deleted on %2. Its files as last fetched:</source>
        <translation>Stapel %1 wurde am %2 gelöscht. Seine Dateien beim letzten Abruf:</translation>
    </message>
    <message>
        <source>Batch %1 was not found on the server. Its files as last fetched:</source>
        <translation>Stapel %1 wurde auf dem Server nicht gefunden. Seine Dateien beim letzten Abruf:</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n file(s), fetched %2.</source>
        <translation>
            <numerusform>Stapel %1: %n Datei, abgerufen am %2.</numerusform>
            <numerusform>Stapel %1: %n Dateien, abgerufen am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1: contents not fetched yet.</source>
        <translation>Stapel %1: Inhalt noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Could not fetch: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Select a batch in the catalogue or enter its IDs.</source>
        <translation>Wählen Sie einen Stapel im Katalog aus oder geben Sie seine IDs ein.</translation>
    </message>
    <message>
        <source>Batch %1 was not found on the server.</source>
        <translation>Stapel %1 wurde auf dem Server nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>BulkConfirmDialog</name>
    <message>
        <source>Delete batches permanently?</source>
        <translation>Stapel endgültig löschen?</translation>
    </message>
    <message>
        <source>It cannot be undone: the server keeps no copy.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Der Server behält keine Kopie.</translation>
    </message>
    <message>
        <source>Batches to delete</source>
        <translation>Zu löschende Stapel</translation>
    </message>
    <message>
        <source>Classification / batch</source>
        <translation>Klassifizierung / Stapel</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Type the number of batches to confirm</source>
        <translation>Zur Bestätigung die Anzahl der Stapel eingeben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>This permanently deletes %n batch(es) with all their results and files.</source>
        <translation>
            <numerusform>Dadurch wird %n Stapel mit allen Ergebnissen und Dateien endgültig gelöscht.</numerusform>
            <numerusform>Dadurch werden %n Stapel mit allen Ergebnissen und Dateien endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>API host: %1 (demo sandbox on this computer)</source>
        <translation>API-Host: %1 (Demo-Sandbox auf diesem Computer)</translation>
    </message>
    <message>
        <source>API host: %1</source>
        <translation>API-Host: %1</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the number of batches (%1):</source>
        <translation>Zur Bestätigung die Anzahl der Stapel &amp;eingeben (%1):</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n batch(es)</source>
        <translation>
            <numerusform>%n Stapel &amp;löschen</numerusform>
            <numerusform>%n Stapel &amp;löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n batch(es)</source>
        <translation>
            <numerusform>%n Stapel löschen</numerusform>
            <numerusform>%n Stapel löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n Stapel</numerusform>
            <numerusform>%n Stapel</numerusform>
        </translation>
    </message>
    <message>
        <source>The number matches. The delete button is now enabled.</source>
        <translation>Die Anzahl stimmt. Die Schaltfläche zum Löschen ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>The delete button stays disabled until the number matches.</source>
        <translation>Die Schaltfläche zum Löschen bleibt inaktiv, bis die Anzahl stimmt.</translation>
    </message>
    <message>
        <source>Does not match the number of batches.</source>
        <translation>Stimmt nicht mit der Anzahl der Stapel überein.</translation>
    </message>
    <message>
        <source>Name from the server</source>
        <translation>Name laut Server</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Type the connection&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen der Verbindung eingeben</translation>
    </message>
    <message>
        <source>Production: the delete button also waits for the connection&apos;s name.</source>
        <translation>Produktion: Die Schaltfläche zum Löschen bleibt außerdem inaktiv, bis der Name der Verbindung stimmt.</translation>
    </message>
    <message>
        <source>Does not match the connection&apos;s name (letter case counts).</source>
        <translation>Stimmt nicht mit dem Namen der Verbindung überein (Groß-/Kleinschreibung wird beachtet).</translation>
    </message>
    <message>
        <source>The connection&apos;s name matches.</source>
        <translation>Der Name der Verbindung stimmt.</translation>
    </message>
    <message>
        <source>Delete batches permanently? — %1</source>
        <translation>Stapel endgültig löschen? — %1</translation>
    </message>
    <message>
        <source>This is a Production connection: also type its name (%1):</source>
        <translation>Dies ist eine Produktionsverbindung: Geben Sie auch ihren Namen ein (%1):</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The team trail says %n of these batches were already deleted from another desk (marked in the catalogue). Deleting them again will most likely be answered with &quot;not found&quot;.</source>
        <translation>
            <numerusform>⚠ Laut Team-Prüfprotokoll wurde %n dieser Stapel bereits an einem anderen Arbeitsplatz gelöscht (im Katalog markiert). Ein erneutes Löschen wird höchstwahrscheinlich mit „nicht gefunden“ beantwortet.</numerusform>
            <numerusform>⚠ Laut Team-Prüfprotokoll wurden %n dieser Stapel bereits an anderen Arbeitsplätzen gelöscht (im Katalog markiert). Ein erneutes Löschen wird höchstwahrscheinlich mit „nicht gefunden“ beantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDeletionWindow</name>
    <message>
        <source>Bulk deletion</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <source>Deletion progress</source>
        <translation>Löschfortschritt</translation>
    </message>
    <message>
        <source>Bulk results</source>
        <translation>Ergebnisse der Massenlöschung</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>No new deletions start; those already sent finish and are recorded.</source>
        <translation>Es beginnen keine neuen Löschungen; bereits gesendete werden abgeschlossen und protokolliert.</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: waiting %n s before sending more.</source>
        <translation>
            <numerusform>Der Server bittet um Drosselung: %n s Wartezeit vor weiteren Anfragen.</numerusform>
            <numerusform>Der Server bittet um Drosselung: %n s Wartezeit vor weiteren Anfragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n batch(es) on %1.</source>
        <translation>
            <numerusform>%n Stapel wird auf %1 gelöscht.</numerusform>
            <numerusform>%n Stapel werden auf %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1 · Failed %2 · Unknown %3 · Remaining %4</source>
        <translation>Erledigt %1 · Fehlgeschlagen %2 · Unbekannt %3 · Verbleibend %4</translation>
    </message>
    <message>
        <source> · Not sent %1</source>
        <translation> · Nicht gesendet %1</translation>
    </message>
    <message numerus="yes">
        <source> · about %n s left</source>
        <translation>
            <numerusform> · noch etwa %n s</numerusform>
            <numerusform> · noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Paused: no new deletions start; those already sent finish and are recorded.</source>
        <translation>Pausiert: Es beginnen keine neuen Löschungen; bereits gesendete werden abgeschlossen und protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n request(s) in flight.</source>
        <translation>
            <numerusform>Läuft: %n Anfrage unterwegs.</numerusform>
            <numerusform>Läuft: %n Anfragen unterwegs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The results could not be written: %1</source>
        <translation>Die Ergebnisse konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Stop the bulk deletion?</source>
        <translation>Massenlöschung beenden?</translation>
    </message>
    <message>
        <source>&amp;Stop run</source>
        <translation>Lauf &amp;beenden</translation>
    </message>
    <message>
        <source>Sends the batches that failed or were not sent again. Batches whose outcome is unknown are left out.</source>
        <translation>Sendet die fehlgeschlagenen und die nicht gesendeten Stapel erneut. Stapel mit unbekanntem Ergebnis werden ausgelassen.</translation>
    </message>
    <message>
        <source>Retry &amp;unknown…</source>
        <translation>&amp;Unbekannte wiederholen…</translation>
    </message>
    <message>
        <source>Also sends the batches whose outcome is unknown: the server may already have deleted them. Asks first.</source>
        <translation>Sendet auch die Stapel mit unbekanntem Ergebnis erneut: Der Server hat sie möglicherweise bereits gelöscht. Fragt vorher nach.</translation>
    </message>
    <message>
        <source>Stopped: %1 The batches left were not sent; Retry failed sends them.</source>
        <translation>Angehalten: %1 Die übrigen Stapel wurden nicht gesendet; „Fehlgeschlagene wiederholen“ sendet sie.</translation>
    </message>
    <message>
        <source>Stopped: the batches left were not sent; Retry failed sends them.</source>
        <translation>Angehalten: Die übrigen Stapel wurden nicht gesendet; „Fehlgeschlagene wiederholen“ sendet sie.</translation>
    </message>
    <message>
        <source>Some outcomes are unknown: the server may or may not have deleted those batches. Retry unknown sends them again (a 404 then means the earlier attempt deleted it).</source>
        <translation>Einige Ergebnisse sind unbekannt: Der Server hat diese Stapel möglicherweise gelöscht oder auch nicht. „Unbekannte wiederholen“ sendet sie erneut (ein 404 bedeutet dann, dass der vorherige Versuch den Stapel gelöscht hat).</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no new deletions start; %n request(s) already sent finish and are recorded.</source>
        <translation>
            <numerusform>Wird beendet: Es beginnen keine neuen Löschungen; %n bereits gesendete Anfrage wird abgeschlossen und protokolliert.</numerusform>
            <numerusform>Wird beendet: Es beginnen keine neuen Löschungen; %n bereits gesendete Anfragen werden abgeschlossen und protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 No more deletions are sent until you choose Resume or Stop run.</source>
        <translation>Angehalten: %1 Es werden keine weiteren Löschungen gesendet, bis Sie „Fortsetzen“ oder „Lauf beenden“ wählen.</translation>
    </message>
    <message>
        <source>The API settings have changed since; this run stays on %1, where it was confirmed.</source>
        <translation>Die API-Einstellungen wurden inzwischen geändert; dieser Lauf bleibt auf %1, wo er bestätigt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>The server may already have deleted %n batch(es): the request was sent, but no usable answer came back.</source>
        <translation>
            <numerusform>Der Server hat %n Stapel möglicherweise bereits gelöscht: Die Anfrage wurde gesendet, aber es kam keine verwertbare Antwort zurück.</numerusform>
            <numerusform>Der Server hat %n Stapel möglicherweise bereits gelöscht: Die Anfragen wurden gesendet, aber es kamen keine verwertbaren Antworten zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) that failed will be sent again with them.</source>
        <translation>
            <numerusform>Außerdem wird %n fehlgeschlagener Stapel erneut gesendet.</numerusform>
            <numerusform>Außerdem werden %n fehlgeschlagene Stapel erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send the deletion again? A batch the server already deleted then reads &quot;not found — possibly deleted by the earlier attempt&quot;.</source>
        <translation>Erneut senden? Ein Stapel, den der Server bereits gelöscht hat, erscheint dann als „nicht gefunden – möglicherweise durch den vorherigen Versuch gelöscht“.</translation>
    </message>
    <message>
        <source>Send these deletions again?</source>
        <translation>Diese Löschungen erneut senden?</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>The run is still going: %n batch(es) not done yet.</source>
        <translation>
            <numerusform>Der Lauf ist noch im Gange: %n Stapel noch nicht erledigt.</numerusform>
            <numerusform>Der Lauf ist noch im Gange: %n Stapel noch nicht erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop it? No new deletions start; the requests already sent finish and are recorded, and this window shows how the run ended.</source>
        <translation>Beenden? Es beginnen keine neuen Löschungen; bereits gesendete Anfragen werden abgeschlossen und protokolliert, und dieses Fenster zeigt, wie der Lauf endete.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <comment>%1 says why</comment>
        <translation>Der Lauf wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>No more deletions are sent until you decide; %n batch(es) not done yet.</source>
        <translation>
            <numerusform>Bis Sie entscheiden, werden keine weiteren Löschungen gesendet; %n Stapel noch nicht erledigt.</numerusform>
            <numerusform>Bis Sie entscheiden, werden keine weiteren Löschungen gesendet; %n Stapel noch nicht erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the token in the settings, then press Resume: the run goes on with the new token, on the same server.</source>
        <translation>Ersetzen Sie das Token in den Einstellungen und klicken Sie dann auf „Fortsetzen“: Der Lauf geht mit dem neuen Token auf demselben Server weiter.</translation>
    </message>
    <message>
        <source>Resume tries again from where the run stopped. Stop run sends nothing more and reports the batches left as not sent; Retry failed can send them later.</source>
        <translation>„Fortsetzen“ macht dort weiter, wo der Lauf angehalten wurde. „Lauf beenden“ sendet nichts mehr und meldet die übrigen Stapel als nicht gesendet; „Fehlgeschlagene wiederholen“ kann sie später senden.</translation>
    </message>
    <message>
        <source>The bulk deletion stopped</source>
        <translation>Die Massenlöschung wurde angehalten</translation>
    </message>
    <message>
        <source>Open &amp;token settings…</source>
        <translation>&amp;Token-Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Bulk deletion — %1</source>
        <translation>Massenlöschung — %1</translation>
    </message>
</context>
<context>
    <name>BulkResultModel</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>deleting…</source>
        <translation>wird gelöscht…</translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation>Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>BulkRunHost</name>
    <message>
        <source>Bulk delete</source>
        <translation>Massenlöschung</translation>
    </message>
    <message>
        <source>A bulk deletion is still running; wait for it or cancel it first.</source>
        <translation>Eine Massenlöschung läuft noch; warten Sie, bis sie fertig ist, oder brechen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <source>No usable API URL or token: nothing can be deleted yet.</source>
        <translation>Keine verwendbare API-URL und kein verwendbares Token: Es kann noch nichts gelöscht werden.</translation>
    </message>
    <message>
        <source>The bulk deletion under way stays on %1, where it was confirmed: new settings apply to what you start from now on.</source>
        <translation>Die laufende Massenlöschung bleibt auf %1, wo sie bestätigt wurde: Neue Einstellungen gelten für alles, was Sie ab jetzt starten.</translation>
    </message>
</context>
<context>
    <name>BulkRunReport</name>
    <message>
        <source>Batch %1, which was in the form, was deleted by the bulk deletion.</source>
        <translation>Stapel %1 aus dem Formular wurde durch die Massenlöschung gelöscht.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message numerus="yes">
        <source>%n known batch(es)</source>
        <translation>
            <numerusform>%n bekannter Stapel</numerusform>
            <numerusform>%n bekannte Stapel</numerusform>
        </translation>
    </message>
    <message>
        <source>Document types: %1</source>
        <translation>Dokumenttypen: %1</translation>
    </message>
    <message>
        <source>name not known</source>
        <translation>Name unbekannt</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>gelöscht am %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Deleted on %1 by %2</source>
        <translation>Gelöscht am %1 von %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Deleted by %1 on %2</source>
        <translation>Gelöscht von %1 am %2</translation>
    </message>
    <message>
        <source>The team trail says %1 deleted this batch on %2, from this account and computer.</source>
        <translation>Laut Team-Prüfprotokoll hat %1 diesen Stapel am %2 gelöscht, mit diesem Konto auf diesem Computer.</translation>
    </message>
    <message>
        <source>The team trail says %1 deleted this batch on %2, from another desk.</source>
        <translation>Laut Team-Prüfprotokoll hat %1 diesen Stapel am %2 an einem anderen Arbeitsplatz gelöscht.</translation>
    </message>
    <message>
        <source>This desk&apos;s own record: %1.</source>
        <translation>Eigener Eintrag dieses Arbeitsplatzes: %1.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Known classifications and batches</source>
        <translation>Bekannte Klassifizierungen und Stapel</translation>
    </message>
    <message>
        <source>Filte&amp;r:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter catalogue</source>
        <translation>Katalog filtern</translation>
    </message>
    <message>
        <source>ID or name</source>
        <translation>ID oder Name</translation>
    </message>
    <message>
        <source>Sho&amp;w deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Add &amp;IDs…</source>
        <translation>&amp;IDs hinzufügen…</translation>
    </message>
    <message>
        <source>Add IDs…</source>
        <translation>IDs hinzufügen…</translation>
    </message>
    <message>
        <source>Delete selected b&amp;atches…</source>
        <translation>Ausgewählte Stapel lösche&amp;n…</translation>
    </message>
    <message>
        <source>Delete selected batches…</source>
        <translation>Ausgewählte Stapel löschen…</translation>
    </message>
    <message>
        <source>Delete every selected batch on the server, after a confirmation that lists them</source>
        <translation>Alle ausgewählten Stapel auf dem Server löschen, nach einer Bestätigung, die sie auflistet</translation>
    </message>
    <message>
        <source>Remo&amp;ve from list</source>
        <translation>Aus Liste en&amp;tfernen</translation>
    </message>
    <message>
        <source>Forget the selected entry on this computer. Nothing is deleted on the server.</source>
        <translation>Den ausgewählten Eintrag auf diesem Computer vergessen. Auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>deleted on %1</source>
        <translation>gelöscht am %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n b&amp;atch(es)…</source>
        <translation>
            <numerusform>%n Stapel lösche&amp;n…</numerusform>
            <numerusform>%n Stapel lösche&amp;n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Aus Liste entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Forget classification %1 and its %n batch(es) on this computer, including what is known about their deletions? Nothing is deleted on the server; the audit trail keeps every deletion.</source>
        <translation>
            <numerusform>Klassifizierung %1 und ihren %n Stapel auf diesem Computer vergessen, einschließlich des Wissens über seine Löschung? Auf dem Server wird nichts gelöscht; das Prüfprotokoll behält jede Löschung.</numerusform>
            <numerusform>Klassifizierung %1 und ihre %n Stapel auf diesem Computer vergessen, einschließlich des Wissens über deren Löschungen? Auf dem Server wird nichts gelöscht; das Prüfprotokoll behält jede Löschung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed classification %1 and its %n batch(es) from the local list. Nothing was deleted on the server.</source>
        <translation>
            <numerusform>Klassifizierung %1 und ihr %n Stapel wurden aus der lokalen Liste entfernt. Auf dem Server wurde nichts gelöscht.</numerusform>
            <numerusform>Klassifizierung %1 und ihre %n Stapel wurden aus der lokalen Liste entfernt. Auf dem Server wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed batch %1 from the local list. Nothing was deleted on the server.</source>
        <translation>Stapel %1 wurde aus der lokalen Liste entfernt. Auf dem Server wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n classification(s)</source>
        <translation>
            <numerusform>%n Klassifizierung</numerusform>
            <numerusform>%n Klassifizierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n Stapel</numerusform>
            <numerusform>%n Stapel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n batch(es) shown</source>
        <translation>
            <numerusform>%1 von %n Stapel angezeigt</numerusform>
            <numerusform>%1 von %n Stapeln angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckStatusLine</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>CheckWording</name>
    <message>
        <source>Batch not found on the server — the deletion will most likely be refused</source>
        <translation>Stapel auf dem Server nicht gefunden – die Löschung wird höchstwahrscheinlich abgelehnt</translation>
    </message>
    <message>
        <source>Classification not found on the server</source>
        <translation>Klassifizierung auf dem Server nicht gefunden</translation>
    </message>
    <message>
        <source>Could not check: rate limited</source>
        <translation>Prüfung nicht möglich: gedrosselt</translation>
    </message>
    <message>
        <source>Could not check: the server could not be reached</source>
        <translation>Prüfung nicht möglich: Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Could not check: the server did not answer</source>
        <translation>Prüfung nicht möglich: Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Could not check: the API rejected the token</source>
        <translation>Prüfung nicht möglich: Die API hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>Could not check: server error %1</source>
        <translation>Prüfung nicht möglich: Serverfehler %1</translation>
    </message>
    <message>
        <source>Could not check: server error</source>
        <translation>Prüfung nicht möglich: Serverfehler</translation>
    </message>
    <message>
        <source>Could not check: the server refused the request (HTTP %1)</source>
        <translation>Prüfung nicht möglich: Der Server hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Could not check: the server refused the request</source>
        <translation>Prüfung nicht möglich: Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Could not check: unexpected response</source>
        <translation>Prüfung nicht möglich: unerwartete Antwort</translation>
    </message>
    <message>
        <source>Could not check: the API URL seems to be wrong</source>
        <translation>Prüfung nicht möglich: Die API-URL scheint falsch zu sein</translation>
    </message>
    <message>
        <source>Could not check: the connection is not secure</source>
        <translation>Prüfung nicht möglich: Die Verbindung ist nicht sicher</translation>
    </message>
    <message>
        <source>Could not check: redirected to another server</source>
        <translation>Prüfung nicht möglich: an einen anderen Server umgeleitet</translation>
    </message>
    <message>
        <source>Could not check: the check was cancelled</source>
        <translation>Prüfung nicht möglich: Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not check: rate limited, retry after %n s</source>
        <translation>
            <numerusform>Prüfung nicht möglich: gedrosselt, erneut versuchen in %n s</numerusform>
            <numerusform>Prüfung nicht möglich: gedrosselt, erneut versuchen in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unbekannte Option.</translation>
    </message>
    <message>
        <source>The token is never accepted as an argument (other users can see arguments): set EXTRACTA_API_TOKEN or use --token-stdin.</source>
        <translation>Das Token wird nie als Argument angenommen (andere Benutzer können Argumente sehen): Setzen Sie EXTRACTA_API_TOKEN oder verwenden Sie --token-stdin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be used with the %2 command.</source>
        <translation>%1 kann nicht mit dem Befehl %2 verwendet werden.</translation>
    </message>
    <message>
        <source>%1 is given more than once.</source>
        <translation>%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>Use either --classification and --batch, or --from-csv.</source>
        <translation>Verwenden Sie entweder --classification und --batch oder --from-csv.</translation>
    </message>
    <message>
        <source>--from-csv needs a file name, or - for standard input.</source>
        <translation>--from-csv braucht einen Dateinamen oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--token-stdin cannot be used with --from-csv -: standard input carries the list. Set EXTRACTA_API_TOKEN or read the list from a file.</source>
        <translation>--token-stdin kann nicht mit --from-csv - verwendet werden: Die Standardeingabe enthält die Liste. Setzen Sie EXTRACTA_API_TOKEN oder lesen Sie die Liste aus einer Datei.</translation>
    </message>
    <message>
        <source>--concurrency applies to --from-csv only.</source>
        <translation>--concurrency gilt nur für --from-csv.</translation>
    </message>
    <message>
        <source>delete needs --classification ID and --batch ID, or --from-csv FILE.</source>
        <translation>delete braucht --classification ID und --batch ID oder --from-csv DATEI.</translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation>Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>inspect needs --classification ID.</source>
        <translation>inspect braucht --classification ID.</translation>
    </message>
    <message>
        <source>Use either --csv or --json.</source>
        <translation>Verwenden Sie entweder --csv oder --json.</translation>
    </message>
    <message>
        <source>Unexpected argument after the command: values are given with options, such as --batch ID.</source>
        <translation>Unerwartetes Argument nach dem Befehl: Werte werden mit Optionen angegeben, etwa --batch ID.</translation>
    </message>
    <message>
        <source> (not %1).</source>
        <translation> (nicht %1).</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--since expects a date as YYYY-MM-DD or ISO 8601 (for example 2024-05-01T09:00:00Z)</source>
        <translation>--since erwartet ein Datum als JJJJ-MM-TT oder ISO 8601 (zum Beispiel 2024-05-01T09:00:00Z)</translation>
    </message>
    <message>
        <source>--connection cannot be used with the connections command: name the connection after the action (%1).</source>
        <translation>--connection kann nicht mit dem Befehl connections verwendet werden: Geben Sie die Verbindung nach der Aktion an (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be used here: %2.</source>
        <translation>%1 kann hier nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>connections add needs --api-url: %1.</source>
        <translation>connections add braucht --api-url: %1.</translation>
    </message>
    <message>
        <source>connections set-token reads the token from standard input only: %1.</source>
        <translation>connections set-token liest das Token nur von der Standardeingabe: %1.</translation>
    </message>
    <message>
        <source>Unknown connections action &quot;%1&quot;: use list, add, remove, set-token, export or import.</source>
        <translation>Unbekannte Aktion „%1“ für connections: Verwenden Sie list, add, remove, set-token, export oder import.</translation>
    </message>
    <message>
        <source>Unknown connections action: use list, add, remove, set-token, export or import.</source>
        <translation>Unbekannte Aktion für connections: Verwenden Sie list, add, remove, set-token, export oder import.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <source>Name the file, or - for %1: %2.</source>
        <translation>Geben Sie die Datei an, oder - für %1: %2.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>Name the connection: %1.</source>
        <translation>Geben Sie die Verbindung an: %1.</translation>
    </message>
    <message>
        <source>--environment must be one of %1</source>
        <translation>--environment muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>--connection needs the name of a connection.</source>
        <translation>--connection braucht den Namen einer Verbindung.</translation>
    </message>
    <message>
        <source>No command given: use %1.</source>
        <translation>Kein Befehl angegeben: Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Befehl „%1“: Verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Unknown command: use %1.</source>
        <translation>Unbekannter Befehl: Verwenden Sie %1.</translation>
    </message>
    <message>
        <source>%1 cannot be used with team %2.</source>
        <translation>%1 kann nicht mit team %2 verwendet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be used with the team command.</source>
        <translation>%1 kann nicht mit dem Befehl team verwendet werden.</translation>
    </message>
    <message>
        <source>--json cannot be used with team %1.</source>
        <translation>--json kann nicht mit team %1 verwendet werden.</translation>
    </message>
    <message>
        <source>Unexpected argument after team %1.</source>
        <translation>Unerwartetes Argument nach team %1.</translation>
    </message>
    <message>
        <source>team init needs --team-db postgresql://OWNER@HOST:PORT/DATABASE.</source>
        <translation>team init braucht --team-db postgresql://OWNER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>team connect needs the address: team connect postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>team connect braucht die Adresse: team connect postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Unknown team action &quot;%1&quot;: use init, connect, disconnect, status or sync.</source>
        <translation>Unbekannte Aktion „%1“ für team: Verwenden Sie init, connect, disconnect, status oder sync.</translation>
    </message>
    <message>
        <source>Name a team action: init, connect, disconnect, status or sync.</source>
        <translation>Geben Sie eine Aktion für team an: init, connect, disconnect, status oder sync.</translation>
    </message>
    <message>
        <source>--desk-role must be a plain role name (letters, digits and underscores, not starting with a digit).</source>
        <translation>--desk-role muss ein einfacher Rollenname sein (Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>--connection cannot be used with audit --team: connections are each desk&apos;s own.</source>
        <translation>--connection kann nicht mit audit --team verwendet werden: Verbindungen gehören jeweils einem einzelnen Arbeitsplatz.</translation>
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
  audit [--since DATE] [--csv] [--team]
      List the deletions recorded on this computer, newest first. DATE is
      YYYY-MM-DD (from local midnight) or ISO 8601, e.g. 2024-05-01T09:00:00Z.
      With --team, those of every desk in the team database instead.
  connections [list] [--json]
      List the saved connections: name, environment, API URL, whether a token
      is saved (never the token) and note; * marks the one used by default.
  connections add NAME --api-url URL [--environment TYPE] [--note TEXT]
      Save a connection. TYPE: production, staging or development (default:
      development for a URL on this computer, production otherwise).
  connections remove NAME
      Remove a connection and its saved token (its audit entries stay).
  connections set-token NAME --token-stdin
      Save the connection&apos;s token, read from the first line of standard input,
      where the app keeps tokens (the OS keychain, or its settings file).
  connections export FILE|-
  connections import FILE|- [--overwrite]
      Copy connections (name, URL, environment, note; never tokens) to or from
      a JSON file. import reports each one: added, skipped (already there),
      would overwrite (same name, other settings: --overwrite replaces it,
      keeping its token) or invalid.
  team init --team-db URI [--desk-role ROLE]
      Create or update the team trail in a PostgreSQL database (run as its
      owner) and print the GRANT statements that let the desks&apos; role read and
      append. URI: postgresql://USER@HOST:PORT/DATABASE, never with a password.
  team connect URI [--password-stdin]
      Upload this desk&apos;s deletions to that team database from now on (the app
      and this tool share it); --password-stdin saves its password, read from
      standard input, where the app keeps tokens.
  team disconnect
      Stop uploading; this desk&apos;s own audit trail is unchanged.
  team status [--json]
      Whether the team database answers, its schema version and how many of
      this desk&apos;s entries are pending upload.
  team sync [--json]
      Upload the pending entries. Exit 0 when none remain, 3 when the team
      database cannot be reached.

Command options:
  --yes               Do not ask for confirmation. Required when standard input
                      is not a terminal, and with --from-csv -.
  --concurrency N     Requests in flight at once, 1 to 8 (default 2).
  --csv               audit: print CSV (RFC 4180) instead of lines.
  --environment TYPE  connections add: production, staging or development.
  --note TEXT         connections add: a note shown in the list.
  --overwrite         connections import: replace connections of the same name.
  --team              audit: the team trail (with user and machine) instead.

Global options:
  --connection NAME   Use this saved connection (its URL, token, catalogue and
                      audit entries). Wins over EXTRACTA_CONNECTION; without
                      either, the connection chosen last in the app.
  --api-url URL       API base URL for this run only, instead of the
                      connection&apos;s. Wins over EXTRACTA_API_URL. Plain http://
                      only for this computer.
  --timeout SECONDS   Wait at most this long for each answer, 1 to 600
                      (default: the app&apos;s setting, 30 unless changed).
  --json              One JSON object per line on standard output, for scripts.
  --quiet             No progress and no notes; without --json, only the
                      batches that were not deleted are listed.
  --token-stdin       Read the API token from the first line of standard input.
  --version           Show the version and exit.
  -h, --help          Show this help and exit.

API token (never accepted as an argument: arguments are visible to other users):
  EXTRACTA_API_TOKEN, else --token-stdin, else the connection&apos;s token saved by
  Extracta Batch Admin or connections set-token (OS keychain, or the settings
  file when that was chosen in the app).

Environment:
  EXTRACTA_API_TOKEN  API token.
  EXTRACTA_API_URL    API base URL (--api-url wins).
  EXTRACTA_CONNECTION The saved connection to use (--connection wins).
  EXTRACTA_TEAM_DB    The team database&apos;s URI, instead of the saved one.
  EXTRACTA_TEAM_DB_PASSWORD  Its password, instead of the saved one.

Exit codes:
  0  Every batch deleted, or the command succeeded.
  1  The API refused at least one request (4xx or 5xx; 404 not found included).
  2  Usage or input error, no token, or no confirmation possible: nothing sent.
  3  Network or TLS failure: a request did not reach the server. For credits
     and inspect also a timeout.
  4  Confirmation declined: nothing sent.
  5  delete: no answer in time for at least one batch, so the server may or may
     not have deleted it. Check before trying again.
  130  delete interrupted by Ctrl+C (143 for SIGTERM): no new deletion was
       started, those in flight were answered and recorded, the others are
       listed as cancelled. A second Ctrl+C quits at once.
  When a run ends with several of these, the most serious wins: 130, then 5,
  then 3, then 1.
  team and audit --team: 1 when the team database refused (login, rights, no
  or another schema version), 3 when it cannot be reached or not over TLS.
</source>
        <translation>Aufruf: extracta-batch &lt;Befehl&gt; [Optionen]

Löscht Stapel der Extracta.ai-Dokumentklassifizierung aus Skripten und
Terminals, mit denselben Sicherheitsregeln und demselben Prüfprotokoll wie
Extracta Batch Admin.

Befehle:
  delete --classification ID --batch ID [--yes]
      Einen Stapel löschen.
  delete --from-csv DATEI|- [--concurrency N] [--yes]
      Jeden in DATEI oder mit - auf der Standardeingabe aufgeführten Stapel
      löschen: ein classificationId,batchId pro Zeile (die Importregeln der
      App). Eine fehlerhafte Zeile beendet den Lauf, bevor etwas gesendet wird.
  inspect --classification ID [--batch ID]
      Eine Klassifizierung anzeigen und mit --batch die Dateien dieses Stapels.
  credits
      Das Token prüfen und die verbleibenden Credits anzeigen.
  audit [--since DATUM] [--csv] [--team]
      Die auf diesem Computer protokollierten Löschungen auflisten, neueste
      zuerst. DATUM ist JJJJ-MM-TT (ab Mitternacht Ortszeit) oder ISO 8601,
      z. B. 2024-05-01T09:00:00Z. Mit --team stattdessen die Löschungen aller
      Arbeitsplätze aus der Team-Datenbank.
  connections [list] [--json]
      Die gespeicherten Verbindungen auflisten: Name, Umgebung, API-URL, ob
      ein Token gespeichert ist (nie das Token selbst) und Notiz; * markiert
      die standardmäßig verwendete.
  connections add NAME --api-url URL [--environment TYP] [--note TEXT]
      Eine Verbindung speichern. TYP: production, staging oder development
      (Vorgabe: development für eine URL auf diesem Computer, sonst
      production).
  connections remove NAME
      Eine Verbindung und ihr gespeichertes Token entfernen (ihre Einträge im
      Prüfprotokoll bleiben erhalten).
  connections set-token NAME --token-stdin
      Das Token der Verbindung aus der ersten Zeile der Standardeingabe lesen
      und dort speichern, wo die App Tokens aufbewahrt (im Schlüsselbund des
      Systems oder in ihrer Einstellungsdatei).
  connections export DATEI|-
  connections import DATEI|- [--overwrite]
      Verbindungen (Name, URL, Umgebung, Notiz; nie Tokens) in eine JSON-Datei
      kopieren oder aus einer JSON-Datei übernehmen. import meldet für jede:
      hinzugefügt, übersprungen (bereits vorhanden), würde überschreiben
      (gleicher Name, andere Einstellungen: --overwrite ersetzt die Verbindung
      und behält ihr Token) oder ungültig.
  team init --team-db URI [--desk-role ROLLE]
      Das Team-Prüfprotokoll in einer PostgreSQL-Datenbank anlegen oder
      aktualisieren (als deren Eigentümer ausführen) und die GRANT-Anweisungen
      ausgeben, mit denen die Rolle der Arbeitsplätze lesen und anfügen darf.
      URI: postgresql://USER@HOST:PORT/DATABASE, nie mit Passwort.
  team connect URI [--password-stdin]
      Die Löschungen dieses Arbeitsplatzes ab jetzt in diese Team-Datenbank
      hochladen (die App und dieses Programm teilen sie sich); --password-stdin
      liest ihr Passwort von der Standardeingabe und speichert es dort, wo die
      App Tokens aufbewahrt.
  team disconnect
      Das Hochladen beenden; das eigene Prüfprotokoll dieses Arbeitsplatzes
      bleibt unverändert.
  team status [--json]
      Ob die Team-Datenbank antwortet, ihre Schemaversion und wie viele
      Einträge dieses Arbeitsplatzes noch hochzuladen sind.
  team sync [--json]
      Die ausstehenden Einträge hochladen. Exit-Code 0, wenn keine übrig
      bleiben, 3, wenn die Team-Datenbank nicht erreichbar ist.

Befehlsoptionen:
  --yes               Nicht nach einer Bestätigung fragen. Erforderlich, wenn
                      die Standardeingabe kein Terminal ist, und mit
                      --from-csv -.
  --concurrency N     Gleichzeitig laufende Anfragen, 1 bis 8 (Vorgabe 2).
  --csv               audit: CSV (RFC 4180) statt Zeilen ausgeben.
  --environment TYP   connections add: production, staging oder development.
  --note TEXT         connections add: eine Notiz, die in der Liste erscheint.
  --overwrite         connections import: Verbindungen gleichen Namens
                      ersetzen.
  --team              audit: stattdessen das Team-Prüfprotokoll (mit Benutzer
                      und Computer).

Globale Optionen:
  --connection NAME   Diese gespeicherte Verbindung verwenden (ihre URL, ihr
                      Token, ihren Katalog und ihre Einträge im
                      Prüfprotokoll). Hat Vorrang vor EXTRACTA_CONNECTION;
                      fehlen beide, gilt die zuletzt in der App gewählte
                      Verbindung.
  --api-url URL       Basis-URL der API nur für diesen Lauf, anstelle der URL
                      der Verbindung. Hat Vorrang vor EXTRACTA_API_URL.
                      Unverschlüsseltes http:// nur für diesen Computer.
  --timeout SEKUNDEN  Höchstens so lange auf jede Antwort warten, 1 bis 600
                      (Vorgabe: Einstellung der App, 30, wenn nicht geändert).
  --json              Ein JSON-Objekt pro Zeile auf der Standardausgabe, für
                      Skripte.
  --quiet             Kein Fortschritt und keine Hinweise; ohne --json werden
                      nur die nicht gelöschten Stapel aufgeführt.
  --token-stdin       Das API-Token aus der ersten Zeile der Standardeingabe
                      lesen.
  --version           Die Version anzeigen und beenden.
  -h, --help          Diese Hilfe anzeigen und beenden.

API-Token (nie als Argument angenommen: andere Benutzer können Argumente sehen):
  EXTRACTA_API_TOKEN, sonst --token-stdin, sonst das von Extracta Batch Admin
  oder mit connections set-token gespeicherte Token der Verbindung
  (Schlüsselbund des Systems oder die Einstellungsdatei, wenn dies in der App
  so gewählt wurde).

Umgebung:
  EXTRACTA_API_TOKEN  API-Token.
  EXTRACTA_API_URL    Basis-URL der API (--api-url hat Vorrang).
  EXTRACTA_CONNECTION Die zu verwendende gespeicherte Verbindung
                      (--connection hat Vorrang).
  EXTRACTA_TEAM_DB    Adresse (URI) der Team-Datenbank statt der gespeicherten.
  EXTRACTA_TEAM_DB_PASSWORD
                      Passwort der Team-Datenbank statt des gespeicherten.

Exit-Codes:
  0  Jeder Stapel gelöscht oder der Befehl war erfolgreich.
  1  Die API hat mindestens eine Anfrage abgelehnt (4xx oder 5xx,
     einschließlich 404 nicht gefunden).
  2  Aufruf- oder Eingabefehler, kein Token oder keine Bestätigung möglich: Es
     wurde nichts gesendet.
  3  Netzwerk- oder TLS-Fehler: Eine Anfrage hat den Server nicht erreicht. Bei
     credits und inspect auch eine Zeitüberschreitung.
  4  Bestätigung abgelehnt: Es wurde nichts gesendet.
  5  delete: Für mindestens einen Stapel kam keine rechtzeitige Antwort, der
     Server hat ihn also möglicherweise gelöscht oder auch nicht. Vor einem
     erneuten Versuch prüfen.
  130  delete mit Strg+C unterbrochen (143 bei SIGTERM): Es wurde keine neue
       Löschung gestartet, laufende wurden beantwortet und protokolliert, die
       übrigen werden als abgebrochen aufgeführt. Ein zweites Strg+C beendet
       sofort.
  Endet ein Lauf mit mehreren davon, gilt der schwerwiegendste: 130, dann 5,
  dann 3, dann 1.
  team und audit --team: 1, wenn die Team-Datenbank abgelehnt hat (Anmeldung,
  Rechte, keine oder eine andere Schemaversion), 3, wenn sie nicht oder nicht
  über TLS erreichbar ist.
</translation>
    </message>
</context>
<context>
    <name>CliAuditTrail</name>
    <message numerus="yes">
        <source>%n deletion(s) of a run that ended before the server&apos;s answer was recorded are now marked &quot;unknown&quot; in the audit trail: check those batches before trying again.</source>
        <translation>
            <numerusform>%n Löschung eines Laufs, der endete, bevor die Antwort des Servers protokolliert wurde, ist jetzt im Prüfprotokoll als „unbekannt“ markiert: Prüfen Sie diesen Stapel, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>%n Löschungen eines Laufs, der endete, bevor die Antwort des Servers protokolliert wurde, sind jetzt im Prüfprotokoll als „unbekannt“ markiert: Prüfen Sie diese Stapel, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The API URL from the %1 cannot be used: %2</source>
        <translation>Die API-URL aus der %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The API URL of the connection %1 cannot be used: %2 Correct it in Extracta Batch Admin, or give one with --api-url.</source>
        <translation>Die API-URL der Verbindung %1 ist nicht verwendbar: %2 Korrigieren Sie sie in Extracta Batch Admin oder geben Sie eine mit --api-url an.</translation>
    </message>
</context>
<context>
    <name>CliTeamDatabase</name>
    <message>
        <source>No team database is set: run `extracta-batch team connect postgresql://USER@HOST:PORT/DATABASE` or set EXTRACTA_TEAM_DB.</source>
        <translation>Es ist keine Team-Datenbank festgelegt: Führen Sie `extracta-batch team connect postgresql://USER@HOST:PORT/DATABASE` aus oder setzen Sie EXTRACTA_TEAM_DB.</translation>
    </message>
    <message>
        <source>EXTRACTA_TEAM_DB: %1</source>
        <translation>EXTRACTA_TEAM_DB: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries are pending upload to the team database: %1 (`extracta-batch team sync` uploads them).</source>
        <translation>
            <numerusform>%n Eintrag ist noch nicht in die Team-Datenbank hochgeladen: %1 (`extracta-batch team sync` lädt ihn hoch).</numerusform>
            <numerusform>%n Einträge sind noch nicht in die Team-Datenbank hochgeladen: %1 (`extracta-batch team sync` lädt sie hoch).</numerusform>
        </translation>
    </message>
    <message>
        <source>not all could be uploaded</source>
        <translation>nicht alle konnten hochgeladen werden</translation>
    </message>
</context>
<context>
    <name>CliTokenSource</name>
    <message>
        <source>%1 holds no token.</source>
        <translation>Kein Token in %1.</translation>
    </message>
    <message>
        <source>The token from %1 contains spaces or control characters.</source>
        <translation>Das Token aus %1 enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN</source>
        <translation>EXTRACTA_API_TOKEN</translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN is set and wins over --token-stdin; standard input was not read.</source>
        <translation>EXTRACTA_API_TOKEN ist gesetzt und hat Vorrang vor --token-stdin; die Standardeingabe wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>API token (not shown): </source>
        <translation>API-Token (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>--token-stdin: standard input ended before a token was read.</source>
        <translation>--token-stdin: Die Standardeingabe endete, bevor ein Token gelesen wurde.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>the saved token</source>
        <translation>dem gespeicherten Eintrag</translation>
    </message>
    <message>
        <source>No API token is saved.</source>
        <translation>Es ist kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>The saved token could not be read.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Set EXTRACTA_API_TOKEN, pass the token with --token-stdin, or save it for the connection %1 with &quot;extracta-batch connections set-token NAME --token-stdin&quot; or in Extracta Batch Admin.</source>
        <translation>Setzen Sie EXTRACTA_API_TOKEN, übergeben Sie das Token mit --token-stdin oder speichern Sie es für die Verbindung %1 mit „extracta-batch connections set-token NAME --token-stdin“ oder in Extracta Batch Admin.</translation>
    </message>
</context>
<context>
    <name>CliTokenStore</name>
    <message>
        <source>the token file %1</source>
        <translation>der Token-Datei %1</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete batch permanently?</source>
        <translation>Stapel endgültig löschen?</translation>
    </message>
    <message>
        <source>This permanently deletes the batch with all its results and files.</source>
        <translation>Dadurch wird der Stapel mit allen Ergebnissen und Dateien endgültig gelöscht.</translation>
    </message>
    <message>
        <source>It cannot be undone: the server keeps no copy.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Der Server behält keine Kopie.</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klassifizierung:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Stapel:</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>API-Host:</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the batch ID:</source>
        <translation>Zur Bestätigung die Stapel-ID &amp;eingeben:</translation>
    </message>
    <message>
        <source>Type the batch ID to confirm</source>
        <translation>Zur Bestätigung die Stapel-ID eingeben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete batch</source>
        <translation>Stapel &amp;löschen</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Stapel löschen</translation>
    </message>
    <message>
        <source>not known: the batch contents have not been fetched</source>
        <translation>unbekannt: Der Stapelinhalt wurde nicht abgerufen</translation>
    </message>
    <message>
        <source>none listed when last fetched</source>
        <translation>beim letzten Abruf keine aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (number of files not known)</source>
        <translation>%1 (Anzahl der Dateien unbekannt)</translation>
    </message>
    <message>
        <source>%1 (demo sandbox on this computer)</source>
        <translation>%1 (Demo-Sandbox auf diesem Computer)</translation>
    </message>
    <message>
        <source>The batch ID matches. &quot;Delete batch&quot; is now enabled.</source>
        <translation>Die Stapel-ID stimmt. „Stapel löschen“ ist jetzt aktiv.</translation>
    </message>
    <message>
        <source>&quot;Delete batch&quot; stays disabled until the batch ID matches.</source>
        <translation>„Stapel löschen“ bleibt inaktiv, bis die Stapel-ID stimmt.</translation>
    </message>
    <message>
        <source>Does not match the batch ID yet.</source>
        <translation>Stimmt noch nicht mit der Stapel-ID überein.</translation>
    </message>
    <message>
        <source>Its name, from the server:</source>
        <translation>Ihr Name laut Server:</translation>
    </message>
    <message>
        <source>Files, named by the server:</source>
        <translation>Dateien (Namen laut Server):</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>Classification name: %1</source>
        <translation>Name der Klassifizierung: %1</translation>
    </message>
    <message>
        <source>Checking the classification…</source>
        <translation>Die Klassifizierung wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (number of files not known yet)</source>
        <translation>%1 (Anzahl der Dateien noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Checking the batch contents…</source>
        <translation>Der Stapelinhalt wird geprüft…</translation>
    </message>
    <message>
        <source>as fetched %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Delete batch permanently? — %1</source>
        <translation>Stapel endgültig löschen? — %1</translation>
    </message>
    <message>
        <source>The team trail says %1 deleted this batch on %2. Deleting it again will most likely be answered with &quot;not found&quot;.</source>
        <translation>Laut Team-Prüfprotokoll hat %1 diesen Stapel am %2 gelöscht. Ein erneutes Löschen wird höchstwahrscheinlich mit „nicht gefunden“ beantwortet.</translation>
    </message>
</context>
<context>
    <name>ConfirmationSummary</name>
    <message>
        <source>Could not check: the server did not answer in time</source>
        <translation>Nicht geprüft: Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Not looked up</source>
        <translation>Nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>none (the batch is empty)</source>
        <translation>keine (der Stapel ist leer)</translation>
    </message>
    <message>
        <source>(no file name)</source>
        <translation>(kein Dateiname)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Classification %1 — %2 (%n batch(es)):</source>
        <translation>
            <numerusform>  Klassifizierung %1 — %2 (%n Stapel):</numerusform>
            <numerusform>  Klassifizierung %1 — %2 (%n Stapel):</numerusform>
        </translation>
    </message>
    <message>
        <source>This deletes a batch and all its results and files for good.</source>
        <translation>Dies löscht einen Stapel mit allen Ergebnissen und Dateien endgültig.</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klassifizierung:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Stapel:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>API-Host:</translation>
    </message>
    <message>
        <source>This deletes %1 batches and all their results and files for good, on %2:
</source>
        <translation>Dies löscht %1 Stapel mit allen Ergebnissen und Dateien endgültig, auf %2:
</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more batch(es).
</source>
        <translation>
            <numerusform>  … und %n weiterer Stapel.
</numerusform>
            <numerusform>  … und %n weitere Stapel.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Names are looked up for the classifications listed only; the list has %n more.
</source>
        <translation>
            <numerusform>  Namen werden nur für die aufgeführten Klassifizierungen nachgeschlagen; die Liste enthält %n weitere.
</numerusform>
            <numerusform>  Namen werden nur für die aufgeführten Klassifizierungen nachgeschlagen; die Liste enthält %n weitere.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionBand</name>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>%1 (demo sandbox on this computer)</source>
        <translation>%1 (Demo-Sandbox auf diesem Computer)</translation>
    </message>
    <message>
        <source>Demo environment: connection %1, the sandbox on this computer. Nothing real is deleted.</source>
        <translation>Demo-Umgebung: Verbindung %1, die Sandbox auf diesem Computer. Echte Daten werden nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1 environment: connection %2 on %3</source>
        <translation>Umgebung %1: Verbindung %2 auf %3</translation>
    </message>
</context>
<context>
    <name>ConnectionChoice</name>
    <message>
        <source>No connection is set up.</source>
        <translation>Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>%1 is empty: name a connection (known: %2).</source>
        <translation>%1 ist leer: Geben Sie eine Verbindung an (bekannt: %2).</translation>
    </message>
    <message>
        <source>No connection has the name given by %1. Known connections: %2.</source>
        <translation>Keine Verbindung hat den mit %1 angegebenen Namen. Bekannte Verbindungen: %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionEditDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>For example acme-prod</source>
        <translation>Zum Beispiel acme-prod</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Required: an https:// URL</source>
        <translation>Erforderlich: eine https://-URL</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Umge&amp;bung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Connection</source>
        <translation>Verbindung duplizieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Real data. A bulk deletion on this connection also asks for its name to be typed.</source>
        <translation>Echte Daten. Bei einer Massenlöschung über diese Verbindung muss außerdem ihr Name eingegeben werden.</translation>
    </message>
    <message>
        <source>A copy of production for trying things before they go live.</source>
        <translation>Eine Kopie der Produktion, um Dinge auszuprobieren, bevor sie live gehen.</translation>
    </message>
    <message>
        <source>A server for development and tests.</source>
        <translation>Ein Server für Entwicklung und Tests.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already. Choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>ConnectionMigration</name>
    <message>
        <source>Extracta</source>
        <translation>Extracta</translation>
    </message>
</context>
<context>
    <name>ConnectionNotice</name>
    <message>
        <source>Open &amp;settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Tr&amp;y the demo</source>
        <translation>De&amp;mo ausprobieren</translation>
    </message>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>Die API-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No API token is set. Open Settings to add your Extracta.ai API token, or try the demo to see how the app works without an account.</source>
        <translation>Es ist kein API-Token festgelegt. Öffnen Sie die Einstellungen, um Ihr Extracta.ai-API-Token hinzuzufügen, oder probieren Sie die Demo aus, um die App ohne Konto kennenzulernen.</translation>
    </message>
    <message>
        <source>No API token is set. %1 Open Settings to add a token for this session, or try the demo.</source>
        <translation>Es ist kein API-Token festgelegt. %1 Öffnen Sie die Einstellungen, um ein Token für diese Sitzung hinzuzufügen, oder probieren Sie die Demo aus.</translation>
    </message>
    <message>
        <source>The server rejected the API token. Check it or replace it in Settings, then try again.</source>
        <translation>Der Server hat das API-Token abgelehnt. Prüfen oder ersetzen Sie es in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>(not usable)</source>
        <translation>(nicht verwendbar)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>API host: %1  ·  Token: %2</source>
        <translation>API-Host: %1  ·  Token: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>The connection no longer exists.</source>
        <translation>Die Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A connection&apos;s name can be at most %1 characters long.</source>
        <translation>Der Name einer Verbindung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A connection&apos;s name cannot contain control or invisible formatting characters.</source>
        <translation>Der Name einer Verbindung darf keine Steuerzeichen oder unsichtbaren Formatierungszeichen enthalten.</translation>
    </message>
    <message>
        <source>A note can be at most %1 characters long.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A note cannot contain control or invisible formatting characters.</source>
        <translation>Eine Notiz darf keine Steuerzeichen oder unsichtbaren Formatierungszeichen enthalten.</translation>
    </message>
    <message>
        <source>The demo sandbox is built in; a saved connection is Production, Staging or Development.</source>
        <translation>Die Demo-Sandbox ist eingebaut; eine gespeicherte Verbindung hat die Umgebung Produktion, Staging oder Entwicklung.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>There can be at most %1 connections.</source>
        <translation>Es sind höchstens %1 Verbindungen möglich.</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Current connection: %1</source>
        <translation>Aktuelle Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitching</name>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>This session&apos;s API URL comes from the %1: start without it to switch connections.</source>
        <translation>Die API-URL dieser Sitzung stammt aus der %1: Starten Sie ohne sie, um die Verbindung zu wechseln.</translation>
    </message>
    <message>
        <source>This session&apos;s token comes from EXTRACTA_API_TOKEN: unset it to switch connections.</source>
        <translation>Das Token dieser Sitzung stammt aus EXTRACTA_API_TOKEN: Entfernen Sie die Variable, um die Verbindung zu wechseln.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>The API URL cannot be used: %1</source>
        <translation>Die API-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Connected to %1. The token works: %2 credits available.</source>
        <translation>Mit %1 verbunden. Das Token funktioniert: %2 Credits verfügbar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionTokenDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Fügen Sie das API-Token ein</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Checking whether a token is saved for this connection…</source>
        <translation>Es wird geprüft, ob für diese Verbindung ein Token gespeichert ist…</translation>
    </message>
    <message>
        <source>&amp;Save token</source>
        <translation>Token &amp;speichern</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>Token speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A token is saved for this connection. A token saved here replaces it.</source>
        <translation>Für diese Verbindung ist ein Token gespeichert. Ein hier gespeichertes Token ersetzt es.</translation>
    </message>
    <message>
        <source>No token is saved for this connection yet.</source>
        <translation>Für diese Verbindung ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Whether a token is saved could not be checked: %1</source>
        <translation>Ob ein Token gespeichert ist, konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>The token must not contain spaces or line breaks. Check what you pasted.</source>
        <translation>Das Token darf keine Leerzeichen oder Zeilenumbrüche enthalten. Prüfen Sie, was Sie eingefügt haben.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>The token was not saved: %1 Choose where tokens are kept in Settings, then try again.</source>
        <translation>Das Token wurde nicht gespeichert: %1 Wählen Sie in den Einstellungen, wo Tokens aufbewahrt werden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <translation>Das Token wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTokens</name>
    <message>
        <source>A token must not be empty or contain spaces, line breaks or control characters.</source>
        <translation>Ein Token darf nicht leer sein und keine Leerzeichen, Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommand</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>would overwrite</source>
        <translation>würde überschreiben</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text.</source>
        <translation>„name“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;apiUrl&quot; is missing or not text.</source>
        <translation>„apiUrl“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;note&quot; is not text.</source>
        <translation>„note“ ist kein Text.</translation>
    </message>
    <message>
        <source>&quot;environment&quot; must be one of %1.</source>
        <translation>„environment“ muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>* the connection used when none is named (--connection, EXTRACTA_CONNECTION).</source>
        <translation>* die Verbindung, die verwendet wird, wenn keine angegeben ist (--connection, EXTRACTA_CONNECTION).</translation>
    </message>
    <message>
        <source>%1 Whether tokens are saved cannot be told; they are listed as not saved.</source>
        <translation>%1 Ob Tokens gespeichert sind, lässt sich nicht feststellen; sie werden als nicht gespeichert aufgeführt.</translation>
    </message>
    <message>
        <source>The token of %1 could not be read: %2</source>
        <translation>Das Token von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The connection was not added: %1</source>
        <translation>Die Verbindung wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added the connection %1.</source>
        <translation>Die Verbindung %1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Save its token with: extracta-batch connections set-token &quot;%1&quot; --token-stdin</source>
        <translation>Speichern Sie ihr Token mit: extracta-batch connections set-token &quot;%1&quot; --token-stdin</translation>
    </message>
    <message>
        <source>%1 is the only connection, so it is not removed: add another first (extracta-batch connections add).</source>
        <translation>%1 ist die einzige Verbindung und wird daher nicht entfernt: Fügen Sie zuerst eine weitere hinzu (extracta-batch connections add).</translation>
    </message>
    <message>
        <source>Removed the connection %1.</source>
        <translation>Die Verbindung %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed its token from %1.</source>
        <translation>Ihr Token wurde aus %1 entfernt.</translation>
    </message>
    <message>
        <source>It had no token saved in %1.</source>
        <translation>In %1 war kein Token für sie gespeichert.</translation>
    </message>
    <message>
        <source>Its token could not be removed from %1: %2 No connection uses it any more; remove it from the keychain by hand if you want it gone.</source>
        <translation>Ihr Token konnte nicht aus %1 entfernt werden: %2 Keine Verbindung verwendet es mehr; entfernen Sie es von Hand aus dem Schlüsselbund, wenn es nicht bleiben soll.</translation>
    </message>
    <message>
        <source>Its entries in the audit trail stay.</source>
        <translation>Ihre Einträge im Prüfprotokoll bleiben erhalten.</translation>
    </message>
    <message>
        <source>Used when no connection is named: %1.</source>
        <translation>Verwendet, wenn keine Verbindung angegeben ist: %1.</translation>
    </message>
    <message>
        <source>API token for %1 (not shown): </source>
        <translation>API-Token für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>No token was saved: %1</source>
        <translation>Es wurde kein Token gespeichert: %1</translation>
    </message>
    <message>
        <source>The token of %1 was not saved in %2: %3 Until it can be, set EXTRACTA_API_TOKEN or use --token-stdin for each run (or choose the settings file for tokens in Extracta Batch Admin&apos;s settings).</source>
        <translation>Das Token von %1 wurde nicht in %2 gespeichert: %3 Bis das möglich ist, setzen Sie EXTRACTA_API_TOKEN oder verwenden Sie --token-stdin bei jedem Lauf (oder wählen Sie in den Einstellungen von Extracta Batch Admin die Einstellungsdatei für Tokens).</translation>
    </message>
    <message>
        <source>Saved the token of the connection %1 in %2.</source>
        <translation>Das Token der Verbindung %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN is set: as long as it is, it wins over every saved token.</source>
        <translation>EXTRACTA_API_TOKEN ist gesetzt: Solange das so ist, hat es Vorrang vor jedem gespeicherten Token.</translation>
    </message>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>Die Exportdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n connection(s) to %1 (names, URLs, environments and notes; no tokens).</source>
        <translation>
            <numerusform>%n Verbindung nach %1 exportiert (Namen, URLs, Umgebungen und Notizen; keine Tokens).</numerusform>
            <numerusform>%n Verbindungen nach %1 exportiert (Namen, URLs, Umgebungen und Notizen; keine Tokens).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import file cannot be read: %1</source>
        <translation>Die Importdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The import file is larger than 1 MiB, so it is not a file of connections. Nothing was imported.</source>
        <translation>Die Importdatei ist größer als 1 MiB und daher keine Datei mit Verbindungen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import file is not a JSON object. Nothing was imported.</source>
        <translation>Die Importdatei ist kein JSON-Objekt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import file is not an export of extracta-batch connections (its &quot;format&quot; is not &quot;%1&quot;). Nothing was imported.</source>
        <translation>Die Importdatei ist kein Export von extracta-batch connections (ihr „format“ ist nicht „%1“). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import file is of a version this tool cannot read (it reads version %1). Nothing was imported.</source>
        <translation>Die Importdatei hat eine Version, die dieses Programm nicht lesen kann (es liest Version %1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>saved already, the same</source>
        <translation>bereits gespeichert, identisch</translation>
    </message>
    <message>
        <source>saved already with other settings; --overwrite replaces them</source>
        <translation>bereits mit anderen Einstellungen gespeichert; --overwrite ersetzt sie</translation>
    </message>
    <message>
        <source>%1 added, %2 skipped, %3 would overwrite, %4 replaced, %5 invalid.</source>
        <translation>Hinzugefügt: %1, übersprungen: %2, würde überschreiben: %3, ersetzt: %4, ungültig: %5.</translation>
    </message>
    <message>
        <source>No connection has that name. Known connections: %1.</source>
        <translation>Keine Verbindung hat diesen Namen. Bekannte Verbindungen: %1.</translation>
    </message>
    <message>
        <source>was %1 (%2), now %3 (%4); its saved token goes to the new URL</source>
        <translation>war %1 (%2), jetzt %3 (%4); ihr gespeichertes Token geht an die neue URL</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Each connection is an account on an Extracta API server, with its own token, catalogue and audit records.</source>
        <translation>Jede Verbindung ist ein Konto auf einem Extracta-API-Server, mit eigenem Token, eigenem Katalog und eigenen Einträgen im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate connection</source>
        <translation>Verbindung duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Set &amp;token…</source>
        <translation>T&amp;oken festlegen…</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Token festlegen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>U&amp;se this connection</source>
        <translation>Diese Verbindung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use this connection</source>
        <translation>Diese Verbindung verwenden</translation>
    </message>
    <message>
        <source>Note of the selected connection</source>
        <translation>Notiz zur ausgewählten Verbindung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No token is saved for %1. Set one with &quot;Set token…&quot; first.</source>
        <translation>Für %1 ist kein Token gespeichert. Legen Sie zuerst eines mit „Token festlegen…“ fest.</translation>
    </message>
    <message>
        <source>The saved token of %1 could not be read: %2</source>
        <translation>Das gespeicherte Token von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>This is the connection in use.</source>
        <translation>Dies ist die Verbindung, die gerade verwendet wird.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source> (copy %1)</source>
        <translation> (Kopie %1)</translation>
    </message>
    <message>
        <source>Added %1. Set its token with &quot;Set token…&quot;.</source>
        <translation>%1 hinzugefügt. Legen Sie das Token mit „Token festlegen…“ fest.</translation>
    </message>
    <message>
        <source>Added %1. Tokens are not copied: set its token with &quot;Set token…&quot;.</source>
        <translation>%1 hinzugefügt. Tokens werden nicht kopiert: Legen Sie das Token mit „Token festlegen…“ fest.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is the only connection and cannot be removed: the app always needs one. Add another connection first.</source>
        <translation>%1 ist die einzige Verbindung und kann nicht entfernt werden: Die App braucht immer eine. Fügen Sie zuerst eine weitere Verbindung hinzu.</translation>
    </message>
    <message>
        <source>%1 is the connection in use and cannot be removed. Switch to another connection first.</source>
        <translation>%1 ist die Verbindung, die gerade verwendet wird, und kann nicht entfernt werden. Wechseln Sie zuerst zu einer anderen Verbindung.</translation>
    </message>
    <message>
        <source>Remove connection?</source>
        <translation>Verbindung entfernen?</translation>
    </message>
    <message>
        <source>Remove the connection %1?</source>
        <translation>Die Verbindung %1 entfernen?</translation>
    </message>
    <message>
        <source>Its saved token is removed from this computer too. The audit records made through it stay.</source>
        <translation>Ihr gespeichertes Token wird ebenfalls von diesem Computer entfernt. Die Einträge im Prüfprotokoll, die über sie entstanden sind, bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>%1 was kept: its saved token could not be removed. %2</source>
        <translation>%1 wurde beibehalten: Das zugehörige gespeicherte Token konnte nicht entfernt werden. %2</translation>
    </message>
    <message>
        <source>Removed %1 and its saved token.</source>
        <translation>%1 und das zugehörige gespeicherte Token wurden entfernt.</translation>
    </message>
    <message>
        <source>The token of %1 was saved.</source>
        <translation>Das Token von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the integrity check found damage</source>
        <translation>die Integritätsprüfung hat Schäden gefunden</translation>
    </message>
    <message>
        <source>not a data file of this app</source>
        <translation>keine Datendatei dieser App</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of this app (schema %2; this version knows %3). It was left untouched.</source>
        <translation>Die Datendatei %1 wurde von einer neueren Version dieser App geschrieben (Schema %2; diese Version kennt %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program (%2). It was left untouched.</source>
        <translation>Die Datendatei %1 wird von einem anderen Programm verwendet (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written (%2). It was left untouched.</source>
        <translation>Die Datendatei %1 kann nicht geschrieben werden (%2). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened: SQLite is not available (%2).</source>
        <translation>Die Datendatei %1 kann nicht geöffnet werden: SQLite ist nicht verfügbar (%2).</translation>
    </message>
    <message>
        <source>The data file %1 cannot be created (%2).</source>
        <translation>Die Datendatei %1 kann nicht angelegt werden (%2).</translation>
    </message>
    <message>
        <source>The folder for the data file %1 cannot be created.</source>
        <translation>Der Ordner für die Datendatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read (%2) and could not be moved aside; it was left where it is.</source>
        <translation>Die Datendatei %1 kann nicht gelesen werden (%2) und ließ sich nicht beiseitelegen; sie bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3, but its journal files (-wal, -shm) could not be moved with it, so no new data file was started.</source>
        <translation>Die Datendatei %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben, aber ihre Journaldateien (-wal, -shm) ließen sich nicht mitverschieben, daher wurde keine neue Datendatei angelegt.</translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3, but a new data file could not be created (%4).</source>
        <translation>Die Datendatei %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben, aber eine neue Datendatei konnte nicht angelegt werden (%4).</translation>
    </message>
    <message>
        <source>The data file %1 could not be read (%2). It was moved to %3 and kept there unchanged; a new, empty data file was started.</source>
        <translation>Die Datendatei %1 konnte nicht gelesen werden (%2). Sie wurde unverändert nach %3 verschoben; eine neue, leere Datendatei wurde angelegt.</translation>
    </message>
    <message>
        <source>Until it can be used, no deletion is sent (each one is recorded on disk before it leaves), and the catalogue is kept in memory only.</source>
        <translation>Solange sie nicht verwendet werden kann, wird keine Löschung gesendet (jede wird auf der Festplatte protokolliert, bevor sie abgeschickt wird), und der Katalog wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be used (%2). It was left untouched; the app checks it in full and sets it aside when it starts.</source>
        <translation>Die Datendatei %1 kann nicht verwendet werden (%2). Sie wurde nicht verändert; die App prüft sie beim Start vollständig und legt sie beiseite.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was deleted.</source>
        <translation>Nicht bestätigt: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>--from-csv - reads the list from standard input, so no confirmation can be typed there. Add --yes to delete without confirmation. Nothing was sent.</source>
        <translation>--from-csv - liest die Liste von der Standardeingabe, daher kann dort keine Bestätigung eingegeben werden. Fügen Sie --yes hinzu, um ohne Bestätigung zu löschen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so no confirmation can be typed. Add --yes to delete without confirmation. Nothing was sent.</source>
        <translation>Die Standardeingabe ist kein Terminal, daher kann keine Bestätigung eingegeben werden. Fügen Sie --yes hinzu, um ohne Bestätigung zu löschen. Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list cannot be used; nothing was sent:</source>
        <translation>
            <numerusform>%n Zeile der Liste ist nicht verwendbar; es wurde nichts gesendet:</numerusform>
            <numerusform>%n Zeilen der Liste sind nicht verwendbar; es wurde nichts gesendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1: %2
</source>
        <translation>  Zeile %1: %2
</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.
</source>
        <translation>
            <numerusform>  … und %n weiterer.
</numerusform>
            <numerusform>  … und %n weitere.
</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed, %4 unknown</source>
        <translation>%1/%2 erledigt, %3 fehlgeschlagen, %4 unbekannt</translation>
    </message>
    <message>
        <source>, ~%1 s left</source>
        <translation>, noch ~%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) got no answer in time: the server may or may not have deleted them. Check with the inspect command before trying again.</source>
        <translation>
            <numerusform>%n Löschung erhielt keine rechtzeitige Antwort: Der Server hat den Stapel möglicherweise gelöscht oder auch nicht. Prüfen Sie dies mit dem Befehl inspect, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>%n Löschungen erhielten keine rechtzeitige Antwort: Der Server hat die Stapel möglicherweise gelöscht oder auch nicht. Prüfen Sie dies mit dem Befehl inspect, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 batches deleted.</source>
        <translation>%1 von %2 Stapeln gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: no new deletions start; waiting for the answer to %n deletion(s) in flight… (Ctrl+C again to quit at once)</source>
        <translation>
            <numerusform>Unterbrochen: Es werden keine neuen Löschungen gestartet; warte auf die Antwort auf %n laufende Löschung … (erneut Strg+C zum sofortigen Beenden)</numerusform>
            <numerusform>Unterbrochen: Es werden keine neuen Löschungen gestartet; warte auf die Antworten auf %n laufende Löschungen … (erneut Strg+C zum sofortigen Beenden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: no new deletions start.</source>
        <translation>Unterbrochen: Es werden keine neuen Löschungen gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) not sent because the run was interrupted.</source>
        <translation>
            <numerusform>%n Stapel nicht gesendet, weil der Lauf unterbrochen wurde.</numerusform>
            <numerusform>%n Stapel nicht gesendet, weil der Lauf unterbrochen wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: no deletion leaves without its audit record on disk.</source>
        <translation>Es wurde nichts gesendet: Keine Löschung wird ohne ihren Eintrag im Prüfprotokoll auf der Festplatte abgeschickt.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>The run stopped: %1 The batches left are not sent.</source>
        <translation>Der Lauf wurde angehalten: %1 Die übrigen Stapel werden nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) not sent because the run stopped.</source>
        <translation>
            <numerusform>%n Stapel nicht gesendet, weil der Lauf angehalten wurde.</numerusform>
            <numerusform>%n Stapel nicht gesendet, weil der Lauf angehalten wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved for the connection %1 (connections set-token).</source>
        <translation>Die API hat das Token abgelehnt. Prüfen Sie EXTRACTA_API_TOKEN oder das für die Verbindung %1 gespeicherte Token (connections set-token).</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Type the batch ID to confirm: </source>
        <translation>Zur Bestätigung die Stapel-ID eingeben: </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Zur Bestätigung %1 eingeben: </translation>
    </message>
    <message>
        <source>Looking up the batch on %1…</source>
        <translation>Der Stapel wird auf %1 nachgeschlagen…</translation>
    </message>
    <message>
        <source>Looking up the classifications on %1…</source>
        <translation>Die Klassifizierungen werden auf %1 nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>DeleteForm</name>
    <message>
        <source>Batch to delete</source>
        <translation>Zu löschender Stapel</translation>
    </message>
    <message>
        <source>&amp;Classification ID:</source>
        <translation>&amp;Klassifizierungs-ID:</translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation>Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>Classification ID problem</source>
        <translation>Problem mit der Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>&amp;Batch ID:</source>
        <translation>&amp;Stapel-ID:</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>Batch ID problem</source>
        <translation>Problem mit der Stapel-ID</translation>
    </message>
    <message>
        <source>&amp;Delete batch…</source>
        <translation>Stapel &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete batch…</source>
        <translation>Stapel löschen…</translation>
    </message>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request</source>
        <translation>Anfrage abbre&amp;chen</translation>
    </message>
    <message>
        <source>for example -OPXR1F82I0cRYJPcHNo</source>
        <translation>zum Beispiel -OPXR1F82I0cRYJPcHNo</translation>
    </message>
    <message>
        <source>the batch to delete</source>
        <translation>der zu löschende Stapel</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Deleting… You can cancel, but the server may already have acted.</source>
        <translation>Wird gelöscht… Sie können abbrechen, aber der Server hat möglicherweise bereits gehandelt.</translation>
    </message>
    <message>
        <source>The API URL cannot be used. Fix it in Settings.</source>
        <translation>Die API-URL ist nicht verwendbar. Korrigieren Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No API token yet: add one in Settings.</source>
        <translation>Noch kein API-Token: Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Enter a valid classification ID and batch ID.</source>
        <translation>Geben Sie eine gültige Klassifizierungs-ID und Stapel-ID ein.</translation>
    </message>
    <message>
        <source>Classification name</source>
        <translation>Name der Klassifizierung</translation>
    </message>
    <message>
        <source>Classification check</source>
        <translation>Prüfung der Klassifizierung</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
</context>
<context>
    <name>DeletionListReader</name>
    <message>
        <source>Only a classification ID: a delete list needs classificationId,batchId on every line.</source>
        <translation>Nur eine Klassifizierungs-ID: Eine Löschliste braucht classificationId,batchId in jeder Zeile.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is too large (more than %2 MiB).</source>
        <translation>%1 ist zu groß (mehr als %2 MiB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 lists no batches.</source>
        <translation>%1 enthält keine Stapel.</translation>
    </message>
    <message>
        <source>The file given with --from-csv does not exist.</source>
        <translation>Die mit --from-csv angegebene Datei existiert nicht.</translation>
    </message>
</context>
<context>
    <name>DeletionQueue</name>
    <message>
        <source>The deletion queue was closed before the answer arrived. The server may have acted on the request.</source>
        <translation>Die Löschwarteschlange wurde geschlossen, bevor die Antwort eintraf. Der Server hat die Anfrage möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Cancelled before it could be tried again; it was not deleted.</source>
        <translation>Abgebrochen, bevor ein erneuter Versuch möglich war; der Stapel wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent; it was not deleted.</source>
        <translation>Abgebrochen, bevor die Anfrage gesendet wurde; der Stapel wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>not found — possibly deleted by the earlier attempt</source>
        <translation>nicht gefunden – möglicherweise durch den vorherigen Versuch gelöscht</translation>
    </message>
    <message>
        <source>The request was abandoned before its answer arrived. The server may have acted on it.</source>
        <translation>Die Anfrage wurde aufgegeben, bevor ihre Antwort eintraf. Der Server hat sie möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>the server could not be reached %n time(s) in a row.</source>
        <translation>
            <numerusform>Der Server war %n-mal in Folge nicht erreichbar.</numerusform>
            <numerusform>Der Server war %n-mal in Folge nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection to the server is not secure (its certificate was refused).</source>
        <translation>Die Verbindung zum Server ist nicht sicher (sein Zertifikat wurde abgewiesen).</translation>
    </message>
    <message>
        <source>the API rejected the token.</source>
        <translation>Die API hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>the server has no such API route: the API URL looks wrong.</source>
        <translation>Der Server kennt diese API-Route nicht: Die API-URL scheint falsch zu sein.</translation>
    </message>
    <message>
        <source>the audit trail could not be written, and nothing is sent without its record.</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden, und ohne Eintrag darin wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>ExtractaClient</name>
    <message>
        <source>Not sent: an ID in the request is not valid. %1</source>
        <translation>Nicht gesendet: Eine ID in der Anfrage ist ungültig. %1</translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message>
        <source>File ID: %1</source>
        <translation>Datei-ID: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>File ID: not known</source>
        <translation>Datei-ID: unbekannt</translation>
    </message>
</context>
<context>
    <name>IdListParser</name>
    <message>
        <source>Not valid UTF-8 text.</source>
        <translation>Kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>Line too long: %1 characters (at most %2).</source>
        <translation>Zeile zu lang: %1 Zeichen (höchstens %2).</translation>
    </message>
    <message>
        <source>Looks like a header line; only the first line may be one.</source>
        <translation>Sieht wie eine Kopfzeile aus; nur die erste Zeile darf eine sein.</translation>
    </message>
    <message>
        <source>A quote is not closed on this line (a quoted field cannot span lines).</source>
        <translation>Ein Anführungszeichen wird in dieser Zeile nicht geschlossen (ein Feld in Anführungszeichen kann nicht über mehrere Zeilen gehen).</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation>Unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quote in the middle of a field; put the whole field in quotes and double the quote.</source>
        <translation>Ein Anführungszeichen mitten im Feld; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen.</translation>
    </message>
    <message>
        <source>Expected classificationId,batchId: this line has more than two fields.</source>
        <translation>Erwartet wird classificationId,batchId: Diese Zeile hat mehr als zwei Felder.</translation>
    </message>
    <message>
        <source>Classification ID: %1</source>
        <translation>Klassifizierungs-ID: %1</translation>
    </message>
    <message>
        <source>Batch ID: %1</source>
        <translation>Stapel-ID: %1</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %2 MiB).</source>
        <translation>%1 ist zu groß für den Import (mehr als %2 MiB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid Unicode text.</source>
        <translation>%1 ist kein gültiger Unicode-Text.</translation>
    </message>
    <message>
        <source>%1 is not a text file. Save it as CSV or plain text (UTF-8).</source>
        <translation>%1 ist keine Textdatei. Speichern Sie sie als CSV oder reinen Text (UTF-8).</translation>
    </message>
</context>
<context>
    <name>IdValidation</name>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Too long: %1 characters (at most %2).</source>
        <translation>Zu lang: %1 Zeichen (höchstens %2).</translation>
    </message>
    <message>
        <source>Contains characters that could not be read.</source>
        <translation>Enthält Zeichen, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>Must not contain spaces.</source>
        <translation>Darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Must not contain control characters.</source>
        <translation>Darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>InfoNotes</name>
    <message>
        <source>Open a&amp;udit trail…</source>
        <translation>Prüfprotokoll &amp;öffnen…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the window and in dialogs, Alt with the underlined letter of a label or button moves to that field or presses that button. In the Status table, %1 copies the selected rows.</source>
        <translation>Im Fenster und in Dialogen springt Alt mit dem unterstrichenen Buchstaben einer Beschriftung oder Schaltfläche in dieses Feld oder betätigt diese Schaltfläche. In der Statustabelle kopiert %1 die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>The OS keychain did not answer in time (it may be locked).</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet (er ist möglicherweise gesperrt).</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The OS keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Use this API base URL (overrides EXTRACTA_API_URL and the saved setting).</source>
        <translation>Diese Basis-URL der API verwenden (hat Vorrang vor EXTRACTA_API_URL und der gespeicherten Einstellung).</translation>
    </message>
    <message>
        <source>Start a built-in sandbox API on this computer with sample data. No account or token needed.</source>
        <translation>Eine eingebaute Sandbox-API mit Beispieldaten auf diesem Computer starten. Kein Konto und kein Token nötig.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Extracta Batch Admin: delete Extracta.ai document-classification batches safely.</source>
        <translation>Extracta Batch Admin: Stapel der Extracta.ai-Dokumentklassifizierung sicher löschen.</translation>
    </message>
    <message>
        <source>--demo and --api-url cannot be used together.</source>
        <translation>--demo und --api-url können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>Usage: extracta-batch-admin [options]</source>
        <translation>Aufruf: extracta-batch-admin [Optionen]</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unbekannte Option.</translation>
    </message>
    <message>
        <source>Unexpected argument: options start with --.</source>
        <translation>Unerwartetes Argument: Optionen beginnen mit --.</translation>
    </message>
    <message>
        <source>Unexpected argument %1: options start with --.</source>
        <translation>Unerwartetes Argument %1: Optionen beginnen mit --.</translation>
    </message>
    <message>
        <source>Start on the saved connection with this name (overrides EXTRACTA_CONNECTION).</source>
        <translation>Mit der gespeicherten Verbindung dieses Namens starten (hat Vorrang vor EXTRACTA_CONNECTION).</translation>
    </message>
    <message>
        <source>--connection needs the name of a connection.</source>
        <translation>--connection braucht den Namen einer Verbindung.</translation>
    </message>
    <message>
        <source>--demo and --connection cannot be used together.</source>
        <translation>--demo und --connection können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>
Environment:
  EXTRACTA_API_TOKEN  API token to use instead of the saved one.
  EXTRACTA_API_URL    API base URL (the --api-url option wins).
  EXTRACTA_CONNECTION Saved connection to start on (the --connection option wins).
</source>
        <translation>
Umgebung:
  EXTRACTA_API_TOKEN  API-Token, das statt des gespeicherten verwendet wird.
  EXTRACTA_API_URL    Basis-URL der API (die Option --api-url hat Vorrang).
  EXTRACTA_CONNECTION Gespeicherte Verbindung, mit der gestartet wird (die
                      Option --connection hat Vorrang).
</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO MODE — a built-in sandbox API on this computer with sample data. Nothing is sent to Extracta.ai.</source>
        <translation>DEMO-MODUS – eine eingebaute Sandbox-API mit Beispieldaten auf diesem Computer. An Extracta.ai wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>&amp;Delete batch…</source>
        <translation>Stapel &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Add &amp;IDs…</source>
        <translation>&amp;IDs hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Copy status rows</source>
        <translation>Statuszeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>C&amp;lear status</source>
        <translation>Status &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;About Extracta Batch Admin</source>
        <translation>&amp;Über Extracta Batch Admin</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Delete selected b&amp;atches…</source>
        <translation>Ausgewählte Stapel lösche&amp;n…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Filter catalogue</source>
        <translation>Katalog &amp;filtern</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Fetch batch contents a&amp;gain</source>
        <translation>Stapelinhalt erneut &amp;abrufen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Ba&amp;tches</source>
        <translation>Sta&amp;pel</translation>
    </message>
    <message numerus="yes">
        <source>%n ID(s) from the server were left out of the catalogue: they contain spaces, line breaks, invisible or control characters, or are too long, so this app cannot select or delete them.</source>
        <translation>
            <numerusform>%n ID vom Server wurde nicht in den Katalog aufgenommen: Sie enthält Leerzeichen, Zeilenumbrüche, unsichtbare oder Steuerzeichen oder ist zu lang, daher kann diese App sie weder auswählen noch löschen.</numerusform>
            <numerusform>%n IDs vom Server wurden nicht in den Katalog aufgenommen: Sie enthalten Leerzeichen, Zeilenumbrüche, unsichtbare oder Steuerzeichen oder sind zu lang, daher kann diese App sie weder auswählen noch löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;bulk deletion</source>
        <translation>&amp;Massenlöschung anzeigen</translation>
    </message>
    <message>
        <source>Brings the window of the last bulk deletion back</source>
        <translation>Holt das Fenster der letzten Massenlöschung wieder hervor</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>A deletion is running on &quot;%1&quot;: switch connections once it has finished.</source>
        <translation>Auf „%1“ läuft eine Löschung: Wechseln Sie die Verbindung, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A bulk run is in progress: switch connections once it has finished or been stopped.</source>
        <translation>Eine Massenlöschung läuft: Wechseln Sie die Verbindung, sobald sie abgeschlossen ist oder beendet wurde.</translation>
    </message>
</context>
<context>
    <name>PlainFileTokenStore</name>
    <message>
        <source>The token file %1 cannot be read.</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The token file %1 is a symbolic link. It was not used: a link is never followed, as it could lead to anyone&apos;s file. Save the token again to replace the link with a file of your own.</source>
        <translation>Die Token-Datei %1 ist ein symbolischer Link. Sie wurde nicht verwendet: Einem Link wird nie gefolgt, da er zur Datei eines beliebigen anderen führen könnte. Speichern Sie das Token erneut, um den Link durch eine eigene Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>The token file %1 belongs to another user account. It was not used.</source>
        <translation>Die Token-Datei %1 gehört einem anderen Benutzerkonto. Sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The token file %1 is not a regular file. It was not used.</source>
        <translation>Die Token-Datei %1 ist keine gewöhnliche Datei. Sie wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read (%2).</source>
        <translation>Die Token-Datei %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The token file %1 can be read or changed by other user accounts (permissions %2), so it was not used: anyone who read it may have your token. Restrict it to your account (or save the token again), and consider replacing the token on the Extracta.ai dashboard.</source>
        <translation>Die Token-Datei %1 kann von anderen Benutzerkonten gelesen oder geändert werden (Berechtigungen %2), daher wurde sie nicht verwendet: Wer sie gelesen hat, kennt möglicherweise Ihr Token. Beschränken Sie sie auf Ihr Konto (oder speichern Sie das Token erneut), und ersetzen Sie das Token gegebenenfalls im Extracta.ai-Dashboard.</translation>
    </message>
    <message>
        <source>Warning: the token file %1 can be read or changed by other user accounts (permissions %2): anyone who read it may have your token. Restrict it with &quot;chmod 600&quot; (or save the token again in Extracta Batch Admin), and consider replacing the token on the Extracta.ai dashboard.</source>
        <translation>Warnung: Die Token-Datei %1 kann von anderen Benutzerkonten gelesen oder geändert werden (Berechtigungen %2): Wer sie gelesen hat, kennt möglicherweise Ihr Token. Beschränken Sie sie mit „chmod 600“ (oder speichern Sie das Token in Extracta Batch Admin erneut), und ersetzen Sie das Token gegebenenfalls im Extracta.ai-Dashboard.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be changed.</source>
        <translation>Die Berechtigungen von %1 konnten nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Extracta Batch Admin</source>
        <translation>Extracta Batch Admin</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) from an earlier session ended before the server&apos;s answer was recorded. They are marked &quot;outcome unknown&quot; in the audit trail: check those batches before trying again.</source>
        <translation>
            <numerusform>%n Löschung aus einer früheren Sitzung endete, bevor die Antwort des Servers protokolliert wurde. Sie ist im Prüfprotokoll als „Ergebnis unbekannt“ markiert: Prüfen Sie diesen Stapel, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>%n Löschungen aus einer früheren Sitzung endeten, bevor die Antwort des Servers protokolliert wurde. Sie sind im Prüfprotokoll als „Ergebnis unbekannt“ markiert: Prüfen Sie diese Stapel, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo is opening in a separate window.</source>
        <translation>Die Demo wird in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>The demo could not be started.</source>
        <translation>Die Demo konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Your API URL and saved token are now the connection &quot;%1&quot;. Add more accounts, and say which are production, in File → Connections…</source>
        <translation>Ihre API-URL und Ihr gespeichertes Token bilden jetzt die Verbindung „%1“. Unter Datei → Verbindungen… können Sie weitere Konten hinzufügen und angeben, welche davon Produktion sind.</translation>
    </message>
    <message>
        <source>%1 The app started on &quot;%2&quot;.</source>
        <translation>%1 Die App wurde mit der Verbindung „%2“ gestartet.</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>A bulk deletion is running: %n batch(es) not done yet.</source>
        <translation>
            <numerusform>Eine Massenlöschung läuft: %n Stapel noch nicht erledigt.</numerusform>
            <numerusform>Eine Massenlöschung läuft: %n Stapel noch nicht erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A deletion request is waiting for the server&apos;s answer.</source>
        <translation>Eine Löschanfrage wartet auf die Antwort des Servers.</translation>
    </message>
    <message>
        <source>Stop and quit? No new deletions are sent; the app waits for the answers to the requests already sent, records them, and then quits.</source>
        <translation>Anhalten und beenden? Es werden keine neuen Löschungen gesendet; die App wartet auf die Antworten auf die bereits gesendeten Anfragen, protokolliert sie und wird dann beendet.</translation>
    </message>
    <message>
        <source>Deletions are still running</source>
        <translation>Es laufen noch Löschungen</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quitting once the answers to the requests already sent are recorded…</source>
        <translation>Die App wird beendet, sobald die Antworten auf die bereits gesendeten Anfragen protokolliert sind…</translation>
    </message>
</context>
<context>
    <name>ReadCommands</name>
    <message>
        <source>Checking the token</source>
        <translation>Prüfung des Tokens</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Credits: %1</translation>
    </message>
    <message>
        <source>The token works; the answer named no number of credits.</source>
        <translation>Das Token funktioniert; die Antwort nannte keine Anzahl an Credits.</translation>
    </message>
    <message>
        <source>Classification %1</source>
        <translation>Klassifizierung %1</translation>
    </message>
    <message>
        <source>  Name:           %1</source>
        <translation>  Name:           %1</translation>
    </message>
    <message>
        <source>  Description:    %1</source>
        <translation>  Beschreibung:   %1</translation>
    </message>
    <message>
        <source>  Document types: %1</source>
        <translation>  Dokumenttypen:  %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Stapel %1</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n file(s)</source>
        <translation>
            <numerusform>Stapel %1: %n Datei</numerusform>
            <numerusform>Stapel %1: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source> Server message: %1</source>
        <translation> Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The API rejected the token. Check EXTRACTA_API_TOKEN or the token saved for the connection %1 (connections set-token).</source>
        <translation>Die API hat das Token abgelehnt. Prüfen Sie EXTRACTA_API_TOKEN oder das für die Verbindung %1 gespeicherte Token (connections set-token).</translation>
    </message>
</context>
<context>
    <name>SandboxData</name>
    <message>
        <source>Invoices and receipts</source>
        <translation>Rechnungen und Belege</translation>
    </message>
    <message>
        <source>Supplier invoices, expense receipts and credit notes for accounting.</source>
        <translation>Lieferantenrechnungen, Spesenbelege und Gutschriften für die Buchhaltung.</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>HR onboarding documents</source>
        <translation>Personalunterlagen für neue Mitarbeitende</translation>
    </message>
    <message>
        <source>Contracts, identity documents and forms collected from new employees.</source>
        <translation>Verträge, Ausweisdokumente und Formulare neuer Mitarbeitender.</translation>
    </message>
    <message>
        <source>employment contract</source>
        <translation>Arbeitsvertrag</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>tax form</source>
        <translation>Steuerformular</translation>
    </message>
    <message>
        <source>bank details form</source>
        <translation>Formular für Bankverbindung</translation>
    </message>
    <message>
        <source>Insurance claims</source>
        <translation>Versicherungsfälle</translation>
    </message>
    <message>
        <source>Motor and household claims with their supporting evidence.</source>
        <translation>Kfz- und Hausratschäden mit ihren Nachweisen.</translation>
    </message>
    <message>
        <source>claim form</source>
        <translation>Schadensmeldung</translation>
    </message>
    <message>
        <source>police report</source>
        <translation>Polizeibericht</translation>
    </message>
    <message>
        <source>medical report</source>
        <translation>Ärztlicher Bericht</translation>
    </message>
    <message>
        <source>repair estimate</source>
        <translation>Kostenvoranschlag</translation>
    </message>
    <message>
        <source>photo evidence</source>
        <translation>Fotonachweis</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox API could not listen on 127.0.0.1 port %1: %2</source>
        <translation>Die Sandbox-API konnte auf 127.0.0.1, Port %1, nicht lauschen: %2</translation>
    </message>
</context>
<context>
    <name>ServerTextLabel</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Create a token on the API page of your Extracta.ai dashboard and paste it here. It is kept in your system keychain.</source>
        <translation>Erstellen Sie ein Token auf der API-Seite Ihres Extracta.ai-Dashboards und fügen Sie es hier ein. Es wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>API-To&amp;ken:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Remove saved token</source>
        <translation>Gespeichertes Token &amp;entfernen</translation>
    </message>
    <message>
        <source>No keychain available</source>
        <translation>Kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Use for this session &amp;only (forgotten when the app closes)</source>
        <translation>&amp;Nur für diese Sitzung verwenden (wird beim Beenden der App vergessen)</translation>
    </message>
    <message>
        <source>Save in the settings &amp;file (not encrypted)</source>
        <translation>In der Einstellungs&amp;datei speichern (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>E&amp;rweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;Basis-URL der API:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Zeitlimit für Anfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Warning: the token is stored unencrypted in %1, readable only by your user account. Anyone with access to your files can use it.</source>
        <translation>Warnung: Das Token wird unverschlüsselt in %1 gespeichert, nur für Ihr Benutzerkonto lesbar. Jeder mit Zugriff auf Ihre Dateien kann es verwenden.</translation>
    </message>
    <message>
        <source>Currently overridden by the %1: %2</source>
        <translation>Zurzeit gilt der Wert aus der %1: %2</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>The saved token was removed.</source>
        <translation>Das gespeicherte Token wurde entfernt.</translation>
    </message>
    <message>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The token from the EXTRACTA_API_TOKEN environment variable is in use. A token saved here takes effect only when that variable is not set.</source>
        <translation>Das Token aus der Umgebungsvariable EXTRACTA_API_TOKEN wird verwendet. Ein hier gespeichertes Token gilt nur, wenn diese Variable nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>A token is saved in the OS keychain. Type a new one to replace it.</source>
        <translation>Im Schlüsselbund des Systems ist ein Token gespeichert. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>A token is in use for this session only. It is forgotten when the app closes.</source>
        <translation>Ein Token wird nur für diese Sitzung verwendet. Es wird beim Beenden der App vergessen.</translation>
    </message>
    <message>
        <source>A token is saved unencrypted in %1.</source>
        <translation>Ein Token ist unverschlüsselt in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Demo mode uses the sandbox&apos;s own token; nothing you type here is needed.</source>
        <translation>Der Demo-Modus verwendet das eigene Token der Sandbox; hier muss nichts eingegeben werden.</translation>
    </message>
    <message>
        <source>No token is saved yet.</source>
        <translation>Es ist noch kein Token gespeichert.</translation>
    </message>
    <message>
        <source>No saved token could be read. %1</source>
        <translation>Es konnte kein gespeichertes Token gelesen werden. %1</translation>
    </message>
    <message>
        <source>Token set; type to replace it</source>
        <translation>Token festgelegt; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Paste your API token</source>
        <translation>Fügen Sie Ihr API-Token ein</translation>
    </message>
    <message>
        <source>The API URL in force cannot be used: %1</source>
        <translation>Die geltende API-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Connected to %1. The token works: %2 credits available.</source>
        <translation>Mit %1 verbunden. Das Token funktioniert: %2 Credits verfügbar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Removing the saved token…</source>
        <translation>Gespeichertes Token wird entfernt…</translation>
    </message>
    <message>
        <source>The token must not contain spaces or line breaks. Check what you pasted.</source>
        <translation>Das Token darf keine Leerzeichen oder Zeilenumbrüche enthalten. Prüfen Sie, was Sie eingefügt haben.</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The token could not be saved: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 Your token has not been saved. Choose how to keep it, then press Save again.</source>
        <translation>%1 Ihr Token wurde nicht gespeichert. Wählen Sie, wie es aufbewahrt werden soll, und klicken Sie dann erneut auf „Speichern“.</translation>
    </message>
    <message>
        <source>No keychain service answered.</source>
        <translation>Kein Schlüsselbunddienst hat geantwortet.</translation>
    </message>
    <message>
        <source>Make token file &amp;private</source>
        <translation>Token-Datei &amp;privat machen</translation>
    </message>
    <message>
        <source>Make token file private</source>
        <translation>Token-Datei privat machen</translation>
    </message>
    <message>
        <source>The token file can now be read by your account only. If others may have read it, replace the token on the Extracta.ai dashboard.</source>
        <translation>Die Token-Datei kann jetzt nur noch von Ihrem Konto gelesen werden. Falls andere sie gelesen haben könnten, ersetzen Sie das Token im Extracta.ai-Dashboard.</translation>
    </message>
    <message>
        <source>Use the &amp;default URL</source>
        <translation>&amp;Vorgabe-URL verwenden</translation>
    </message>
    <message>
        <source>Use the default URL</source>
        <translation>Vorgabe-URL verwenden</translation>
    </message>
    <message>
        <source>Required: an https:// URL</source>
        <translation>Erforderlich: eine https://-URL</translation>
    </message>
    <message>
        <source>Currently overridden by the %1, which cannot be used: %2</source>
        <translation>Zurzeit gilt der Wert aus der %1, der nicht verwendbar ist: %2</translation>
    </message>
    <message>
        <source>The saved API URL is empty. Enter the URL to use, or press &quot;Use the default URL&quot;.</source>
        <translation>Die gespeicherte API-URL ist leer. Geben Sie die zu verwendende URL ein oder klicken Sie auf „Vorgabe-URL verwenden“.</translation>
    </message>
    <message>
        <source>Enter the API URL to use, or press &quot;Use the default URL&quot;.</source>
        <translation>Geben Sie die zu verwendende API-URL ein oder klicken Sie auf „Vorgabe-URL verwenden“.</translation>
    </message>
    <message>
        <source>Settings — %1</source>
        <translation>Einstellungen — %1</translation>
    </message>
    <message>
        <source>The API base URL of the connection %1</source>
        <translation>Die Basis-URL der API für die Verbindung %1</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Verb&amp;indung</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
</context>
<context>
    <name>SingleDeletion</name>
    <message>
        <source>Delete batch</source>
        <translation>Stapel löschen</translation>
    </message>
    <message>
        <source>Not sent: the audit record could not be written to disk. Nothing was deleted.</source>
        <translation>Nicht gesendet: Der Eintrag im Prüfprotokoll konnte nicht auf die Festplatte geschrieben werden. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Not sent: the audit trail&apos;s data file cannot be used, so the record could not be kept on disk. Nothing was deleted.</source>
        <translation>Nicht gesendet: Die Datendatei des Prüfprotokolls kann nicht verwendet werden, daher konnte der Eintrag nicht auf der Festplatte festgehalten werden. Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>SingleDeletionReport</name>
    <message>
        <source>Deleting batch %1…</source>
        <translation>Stapel %1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Batch %1 deleted.</source>
        <translation>Stapel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>Stapel %1: %2</translation>
    </message>
</context>
<context>
    <name>StatusLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Classification ID</source>
        <translation>Klassifizierungs-ID</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <translation>Stapel-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>StatusPane</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows) as tab-separated text</source>
        <translation>Die ausgewählten Zeilen (oder alle Zeilen) als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>The team trail in %1 is up to date (schema version %2).</source>
        <translation>Das Team-Prüfprotokoll in %1 ist aktuell (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Created the team trail in %1 (schema version %2).</source>
        <translation>Das Team-Prüfprotokoll wurde in %1 angelegt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Updated the team trail in %1 from schema version %2 to %3.</source>
        <translation>Das Team-Prüfprotokoll in %1 wurde von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Let the desks&apos; role read and append (and nothing else) by running, as the owner:</source>
        <translation>Damit die Rolle der Arbeitsplätze lesen und anfügen darf (und sonst nichts), führen Sie als Eigentümer aus:</translation>
    </message>
    <message>
        <source>Team database password (not shown; empty for none): </source>
        <translation>Passwort der Team-Datenbank (wird nicht angezeigt; leer für keines): </translation>
    </message>
    <message>
        <source>--password-stdin: standard input ended before a password was read.</source>
        <translation>--password-stdin: Die Standardeingabe endete, bevor ein Passwort gelesen wurde.</translation>
    </message>
    <message>
        <source>The password could not be saved in %1: %2</source>
        <translation>Das Passwort konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>This desk&apos;s team database is now %1.</source>
        <translation>Die Team-Datenbank dieses Arbeitsplatzes ist jetzt %1.</translation>
    </message>
    <message>
        <source>EXTRACTA_TEAM_DB is set and wins over the saved address in this shell.</source>
        <translation>EXTRACTA_TEAM_DB ist gesetzt und hat in dieser Shell Vorrang vor der gespeicherten Adresse.</translation>
    </message>
    <message>
        <source>Saved, but it cannot be used now: %1</source>
        <translation>Gespeichert, aber derzeit nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>It answers, but has no team trail yet: its owner runs `extracta-batch team init` first.</source>
        <translation>Die Datenbank antwortet, hat aber noch kein Team-Prüfprotokoll: Zuerst muss ihr Eigentümer `extracta-batch team init` ausführen.</translation>
    </message>
    <message>
        <source>It answers; its team trail has schema version %1 (this version uses %2).</source>
        <translation>Die Datenbank antwortet; ihr Team-Prüfprotokoll hat Schemaversion %1 (diese Programmversion verwendet %2).</translation>
    </message>
    <message>
        <source>It answers and has the team trail (schema version %1).</source>
        <translation>Die Datenbank antwortet und hat das Team-Prüfprotokoll (Schemaversion %1).</translation>
    </message>
    <message>
        <source>No team database was saved for this desk.</source>
        <translation>Für diesen Arbeitsplatz war keine Team-Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Its saved password could not be removed from %1: %2</source>
        <translation>Das gespeicherte Passwort der Datenbank konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>This desk no longer uploads to a team database; its own audit trail is unchanged.</source>
        <translation>Dieser Arbeitsplatz lädt nicht mehr in eine Team-Datenbank hoch; sein eigenes Prüfprotokoll bleibt unverändert.</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>Reachable: yes</source>
        <translation>Erreichbar: ja</translation>
    </message>
    <message>
        <source>Reachable: no</source>
        <translation>Erreichbar: nein</translation>
    </message>
    <message>
        <source>Schema version: none (run `extracta-batch team init`)</source>
        <translation>Schemaversion: keine (`extracta-batch team init` ausführen)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pending upload: %n entries</source>
        <translation>
            <numerusform>Noch hochzuladen: %n Eintrag</numerusform>
            <numerusform>Noch hochzuladen: %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n entries; </source>
        <translation>
            <numerusform>%n Eintrag hochgeladen; </numerusform>
            <numerusform>%n Einträge hochgeladen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending.</source>
        <translation>
            <numerusform>%n ausstehend.</numerusform>
            <numerusform>%n ausstehend.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian und Ubuntu: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached: %2</source>
        <translation>Die Team-Datenbank %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The team database %1 refused the connection: %2</source>
        <translation>Die Team-Datenbank %1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The team database %1 could not be reached over verified TLS (sslmode=%2): %3. For a server certificate from your own authority, add sslrootcert=/path/to/ca.crt to the address.</source>
        <translation>Die Team-Datenbank %1 war über verifiziertes TLS nicht erreichbar (sslmode=%2): %3. Für ein Serverzertifikat Ihrer eigenen Zertifizierungsstelle fügen Sie der Adresse sslrootcert=/path/to/ca.crt hinzu.</translation>
    </message>
    <message>
        <source>The team database %1 answered with an error: %2</source>
        <translation>Die Team-Datenbank %1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseAddress</name>
    <message>
        <source>No team database is set.</source>
        <translation>Es ist keine Team-Datenbank festgelegt.</translation>
    </message>
    <message>
        <source>The team database must be given as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Team-Datenbank muss als postgresql://USER@HOST:PORT/DATABASE angegeben werden.</translation>
    </message>
    <message>
        <source>The team database address holds a password. Leave it out: the address is saved in plain text. Save the password in the keychain (Settings &gt; Team) or set EXTRACTA_TEAM_DB_PASSWORD.</source>
        <translation>Die Adresse der Team-Datenbank enthält ein Passwort. Lassen Sie es weg: Die Adresse wird im Klartext gespeichert. Speichern Sie das Passwort im Schlüsselbund (Einstellungen &gt; Team) oder setzen Sie EXTRACTA_TEAM_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>The team database address names no user: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Adresse der Team-Datenbank nennt keinen Benutzer: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team database address names no database: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Adresse der Team-Datenbank nennt keine Datenbank: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team database port must be between 1 and 65535.</source>
        <translation>Der Port der Team-Datenbank muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The team database parameter &quot;%1&quot; holds a character it may not hold.</source>
        <translation>Der Parameter „%1“ der Team-Datenbank enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>The team database parameter &quot;%1&quot; is not supported (supported: sslmode, sslrootcert, sslcert, sslkey, hostaddr, host=/socket/folder).</source>
        <translation>Der Parameter „%1“ der Team-Datenbank wird nicht unterstützt (unterstützt: sslmode, sslrootcert, sslcert, sslkey, hostaddr, host=/socket/folder).</translation>
    </message>
    <message>
        <source>The team database address names no host: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die Adresse der Team-Datenbank nennt keinen Host: postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The team database parameter hostaddr must be an IP address.</source>
        <translation>Der Parameter hostaddr der Team-Datenbank muss eine IP-Adresse sein.</translation>
    </message>
    <message>
        <source>The team database parameter sslmode must be one of: %1.</source>
        <translation>Der Parameter sslmode der Team-Datenbank muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>The team database is on another machine, so the connection must be encrypted: sslmode=%1 is not allowed there (use verify-full, the default).</source>
        <translation>Die Team-Datenbank liegt auf einem anderen Computer, daher muss die Verbindung verschlüsselt sein: sslmode=%1 ist dort nicht erlaubt (verwenden Sie verify-full, die Vorgabe).</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team database %1 has no team trail yet: its owner runs `extracta-batch team init` there first.</source>
        <translation>Die Team-Datenbank %1 hat noch kein Team-Prüfprotokoll: Zuerst muss ihr Eigentümer dort `extracta-batch team init` ausführen.</translation>
    </message>
    <message>
        <source>The team database %1 has the team trail of an older version (%2): its owner runs `extracta-batch team init` there to update it.</source>
        <translation>Die Team-Datenbank %1 hat das Team-Prüfprotokoll einer älteren Version (%2): Zum Aktualisieren muss ihr Eigentümer dort `extracta-batch team init` ausführen.</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2, newer than this version of Extracta Batch Admin knows (%3). Update Extracta Batch Admin on this desk.</source>
        <translation>Die Team-Datenbank %1 hat Schemaversion %2, neuer als diese Version von Extracta Batch Admin kennt (%3). Aktualisieren Sie Extracta Batch Admin an diesem Arbeitsplatz.</translation>
    </message>
</context>
<context>
    <name>TeamSettingsPage</name>
    <message>
        <source>Share this desk&apos;s audit trail with your team. Every deletion is still recorded on this computer first; a copy then goes to a PostgreSQL database that every desk reads, so anyone can see who deleted which batch. Your team lead gives you the address.</source>
        <translation>Teilen Sie das Prüfprotokoll dieses Arbeitsplatzes mit Ihrem Team. Jede Löschung wird weiterhin zuerst auf diesem Computer protokolliert; danach geht eine Kopie an eine PostgreSQL-Datenbank, die jeder Arbeitsplatz liest, sodass alle sehen können, wer welchen Stapel gelöscht hat. Die Adresse erhalten Sie von Ihrer Teamleitung.</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>&amp;Adresse der Datenbank:</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:5432/DATABASE</source>
        <translation>postgresql://USER@HOST:5432/DATABASE</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Upload now</source>
        <translation>Jetzt &amp;hochladen</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>T&amp;rennen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team database:</source>
        <translation>Team-Datenbank:</translation>
    </message>
    <message>
        <source>Reachable:</source>
        <translation>Erreichbar:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Pending upload:</source>
        <translation>Noch hochzuladen:</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one</source>
        <translation>Leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>EXTRACTA_TEAM_DB is set, so this session uses the address it gives; what you save here applies when it is not set.</source>
        <translation>EXTRACTA_TEAM_DB ist gesetzt, daher verwendet diese Sitzung die dort angegebene Adresse; was Sie hier speichern, gilt, wenn die Variable nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>EXTRACTA_TEAM_DB_PASSWORD is set and is used instead of the saved password.</source>
        <translation>EXTRACTA_TEAM_DB_PASSWORD ist gesetzt und wird statt des gespeicherten Passworts verwendet.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved. Checking the team database…</source>
        <translation>Gespeichert. Die Team-Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This desk no longer uploads to a team database. Its own audit trail is unchanged.</source>
        <translation>Dieser Arbeitsplatz lädt nicht mehr in eine Team-Datenbank hoch. Sein eigenes Prüfprotokoll bleibt unverändert.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>It answers, but: %1</source>
        <translation>Die Datenbank antwortet, aber: %1</translation>
    </message>
    <message>
        <source>It answers and has the team trail (schema version %1). Press Connect to use it.</source>
        <translation>Die Datenbank antwortet und hat das Team-Prüfprotokoll (Schemaversion %1). Klicken Sie auf „Verbinden“, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>none: this desk&apos;s audit trail stays on this computer</source>
        <translation>keine: Das Prüfprotokoll dieses Arbeitsplatzes bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none (its owner runs extracta-batch team init)</source>
        <translation>keine (ihr Eigentümer muss extracta-batch team init ausführen)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>last upload %1</source>
        <translation>zuletzt hochgeladen am %1</translation>
    </message>
    <message>
        <source>Kept where this app keeps tokens (the OS keychain unless you chose otherwise), never with the address. Leave it empty to keep the saved password, or when the database needs none (trust, peer or certificate set-ups).</source>
        <translation>Wird dort aufbewahrt, wo diese App Tokens aufbewahrt (im Schlüsselbund des Systems, sofern Sie nichts anderes gewählt haben), nie zusammen mit der Adresse. Lassen Sie das Feld leer, um das gespeicherte Passwort zu behalten, oder wenn die Datenbank keines braucht (trust, peer oder Zertifikat).</translation>
    </message>
</context>
<context>
    <name>TeamStatusIndicator</name>
    <message>
        <source>Team trail status</source>
        <translation>Status des Team-Prüfprotokolls</translation>
    </message>
    <message>
        <source>Team trail: up to date</source>
        <translation>Team-Prüfprotokoll: aktuell</translation>
    </message>
    <message>
        <source>Team trail: checking…</source>
        <translation>Team-Prüfprotokoll: wird geprüft…</translation>
    </message>
    <message>
        <source>Team trail: needs attention</source>
        <translation>Team-Prüfprotokoll: muss geprüft werden</translation>
    </message>
    <message>
        <source>Team trail: not reachable</source>
        <translation>Team-Prüfprotokoll: nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>Team trail: %n entries to upload</source>
        <translation>
            <numerusform>Team-Prüfprotokoll: %n Eintrag noch hochzuladen</numerusform>
            <numerusform>Team-Prüfprotokoll: %n Einträge noch hochzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team trail: not reachable, %n entries waiting</source>
        <translation>
            <numerusform>Team-Prüfprotokoll: nicht erreichbar, %n Eintrag wartet</numerusform>
            <numerusform>Team-Prüfprotokoll: nicht erreichbar, %n Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Team-Datenbank: %1</translation>
    </message>
    <message>
        <source>Every deletion is recorded on this computer first; waiting entries are uploaded as soon as the team database answers.</source>
        <translation>Jede Löschung wird zuerst auf diesem Computer protokolliert; wartende Einträge werden hochgeladen, sobald die Team-Datenbank antwortet.</translation>
    </message>
    <message>
        <source>Click for Settings &gt; Team.</source>
        <translation>Klicken Sie hier für Einstellungen &gt; Team.</translation>
    </message>
</context>
<context>
    <name>TeamUploader</name>
    <message>
        <source>The uploaded entries could not be marked in this desk&apos;s audit file; they will be uploaded again, which adds nothing twice.</source>
        <translation>Die hochgeladenen Einträge konnten im Prüfprotokoll dieses Arbeitsplatzes nicht als hochgeladen markiert werden; sie werden erneut hochgeladen, wodurch nichts doppelt hinzugefügt wird.</translation>
    </message>
</context>
<context>
    <name>TeamWorker</name>
    <message>
        <source>No team database is set.</source>
        <translation>Es ist keine Team-Datenbank festgelegt.</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The token in EXTRACTA_API_TOKEN contains spaces or control characters and was not used.</source>
        <translation>Das Token in EXTRACTA_API_TOKEN enthält Leer- oder Steuerzeichen und wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>The saved token contains spaces or control characters and was not used. Replace it in Settings.</source>
        <translation>Das gespeicherte Token enthält Leer- oder Steuerzeichen und wurde nicht verwendet. Ersetzen Sie es in den Einstellungen.</translation>
    </message>
    <message>
        <source>A token must not be empty or contain spaces, line breaks or control characters.</source>
        <translation>Ein Token darf nicht leer sein und keine Leerzeichen, Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>from the EXTRACTA_API_TOKEN environment variable</source>
        <translation>aus der Umgebungsvariable EXTRACTA_API_TOKEN</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>nur für diese Sitzung</translation>
    </message>
    <message>
        <source>saved in the OS keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>saved in the settings file (not encrypted)</source>
        <translation>in der Einstellungsdatei gespeichert (unverschlüsselt)</translation>
    </message>
    <message>
        <source>demo sandbox token</source>
        <translation>Token der Demo-Sandbox</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>EXTRACTA_API_TOKEN is set but empty. Set the token there, or unset the variable to use the saved token.</source>
        <translation>EXTRACTA_API_TOKEN ist gesetzt, aber leer. Tragen Sie das Token dort ein oder heben Sie die Variable auf, um das gespeicherte Token zu verwenden.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain service is available.</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar.</translation>
    </message>
</context>
<context>
    <name>TypedIdLookup</name>
    <message>
        <source>Looking up the classification…</source>
        <translation>Die Klassifizierung wird nachgeschlagen…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Extracta Batch Admin</source>
        <translation>Willkommen bei Extracta Batch Admin</translation>
    </message>
    <message>
        <source>Delete batches of classified documents from your Extracta.ai account safely: pick or paste their IDs, see what is in a batch, confirm each deletion deliberately, and keep a record of every one.</source>
        <translation>Löschen Sie Stapel klassifizierter Dokumente sicher aus Ihrem Extracta.ai-Konto: IDs auswählen oder einfügen, den Inhalt eines Stapels ansehen, jede Löschung bewusst bestätigen und jede einzelne protokollieren.</translation>
    </message>
    <message>
        <source>To start, add your Extracta.ai API token. You create it on the API page of your Extracta.ai dashboard; this app keeps it in your system&apos;s keychain.</source>
        <translation>Fügen Sie zu Beginn Ihr Extracta.ai-API-Token hinzu. Sie erstellen es auf der API-Seite Ihres Extracta.ai-Dashboards; diese App bewahrt es im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Set up API token…</source>
        <translation>API-Token &amp;einrichten…</translation>
    </message>
    <message>
        <source>Set up API token…</source>
        <translation>API-Token einrichten…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Demo a&amp;usprobieren</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>The demo opens in a second window with sample data and a sandbox API on this computer. Nothing is sent to Extracta.ai, and this window stays open for when you are ready.</source>
        <translation>Die Demo öffnet sich in einem zweiten Fenster mit Beispieldaten und einer Sandbox-API auf diesem Computer. Nichts wird an Extracta.ai gesendet, und dieses Fenster bleibt geöffnet, bis Sie bereit sind.</translation>
    </message>
</context>
<context>
    <name>WindowShell</name>
    <message>
        <source>Opening the catalogue and the audit trail…</source>
        <translation>Katalog und Prüfprotokoll werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1
Run &quot;extracta-batch --help&quot; for usage.</source>
        <translation>%1
Hilfe zum Aufruf: „extracta-batch --help“.</translation>
    </message>
</context>
</TS>
