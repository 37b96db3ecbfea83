<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="140" />
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="162" />
        <source>Open the folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="163" />
        <source>Show the exported file in its folder</source>
        <translation>Die exportierte Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="166" />
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="501" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="169" />
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="471" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="188" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="190" />
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="192" />
        <source>Results, Consensus, Workers, Bonuses and Summary sheets, to hand to a colleague.</source>
        <translation>Blätter Ergebnisse, Konsens, Worker, Boni und Zusammenfassung – zum Weitergeben.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="194" />
        <source>MTurk batch-results CSV</source>
        <translation>MTurk-Batch-Ergebnisse (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="195" />
        <source>MTurk's own columns and formats, read unchanged by scripts written for MTurk. Also a review sheet: mark x in Approve or a reason in Reject, then import it.</source>
        <translation>Spalten und Formate wie bei MTurk; Skripte für MTurk lesen die Datei unverändert. Auch ein Prüfbogen: x in Approve oder einen Grund in Reject eintragen, dann importieren.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="213" />
        <source>Assignments</source>
        <translation>Zuweisungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="220" />
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="225" />
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="227" />
        <source>Only the batches ticked below</source>
        <translation>Nur die unten angehakten Batches</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="232" />
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="241" />
        <source>Batches:</source>
        <translation>Batches:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="252" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="255" />
        <source>Only work submitted from</source>
        <translation>Nur Arbeit eingereicht vom</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="259" />
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="260" />
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="268" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="274" />
        <source>(both days included)</source>
        <translation>(beide Tage inklusive)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="276" />
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="280" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="283" />
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="285" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="286" />
        <source>Choose the folder and name of the file</source>
        <translation>Ordner und Namen der Datei auswählen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="304" />
        <source>{name} (%n assignment(s))</source>
        <translation><numerusform>{name} (%n Zuweisung)</numerusform><numerusform>{name} (%n Zuweisungen)</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="347" />
        <source>Tick at least one batch, or choose All batches.</source>
        <translation>Haken Sie mindestens einen Batch an oder wählen Sie „Alle Batches“.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="349" />
        <source>Tick at least one status.</source>
        <translation>Haken Sie mindestens einen Status an.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="351" />
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="390" />
        <source>Counting the matching assignments…</source>
        <translation>Passende Zuweisungen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="400" />
        <source>%n assignment(s) match these filters.</source>
        <translation><numerusform>%n Zuweisung passt zu diesen Filtern.</numerusform><numerusform>%n Zuweisungen passen zu diesen Filtern.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="420" />
        <source>%n assignment(s) match these filters: more than an Excel sheet holds ({limit}). Choose CSV or narrow the filters.</source>
        <translation><numerusform>%n Zuweisung passt zu diesen Filtern: mehr, als ein Excel-Blatt fasst ({limit}). Wählen Sie CSV oder schränken Sie die Filter ein.</numerusform><numerusform>%n Zuweisungen passen zu diesen Filtern: mehr, als ein Excel-Blatt fasst ({limit}). Wählen Sie CSV oder schränken Sie die Filter ein.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="401" />
        <source>No assignments match these filters.</source>
        <translation>Keine Zuweisung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="406" />
        <source>Could not count: {error}</source>
        <translation>Zählen nicht möglich: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="439" />
        <source>Export results to</source>
        <translation>Ergebnisse exportieren nach</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="440" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="440" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="452" />
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="453" />
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="471" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="497" />
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="514" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="520" />
        <source>{done} of {total} assignments</source>
        <translation>{done} von {total} Zuweisungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="527" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="529" />
        <source>Wrote %n assignment(s) to {file}.</source>
        <translation><numerusform>%n Zuweisung nach {file} geschrieben.</numerusform><numerusform>%n Zuweisungen nach {file} geschrieben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="533" />
        <source>Cut %n cell(s) to Excel's length limit (the CSV export keeps them whole).</source>
        <translation><numerusform>%n Zelle auf Excels Längengrenze gekürzt (der CSV-Export behält sie vollständig).</numerusform><numerusform>%n Zellen auf Excels Längengrenze gekürzt (der CSV-Export behält sie vollständig).</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="541" />
        <source>The export did not finish: {error}</source>
        <translation>Der Export wurde nicht abgeschlossen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/export_dialog.py" line="547" />
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="45" />
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="46" />
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="47" />
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="48" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="49" />
        <source>Feedback, or why it is not queued</source>
        <translation>Rückmeldung, oder warum nicht eingereiht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="68" />
        <source>Decisions marked in {file}</source>
        <translation>Entscheidungen aus {file}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="69" />
        <source>the review sheet</source>
        <translation>dem Prüfbogen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="81" />
        <source>Marked rows</source>
        <translation>Markierte Zeilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="100" />
        <source>%n more marked row(s) are not listed here.</source>
        <translation><numerusform>%n weitere markierte Zeile ist hier nicht aufgeführt.</numerusform><numerusform>%n weitere markierte Zeilen sind hier nicht aufgeführt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="113" />
        <source>Queue %n decision(s)</source>
        <translation><numerusform>%n Entscheidung einreihen</numerusform><numerusform>%n Entscheidungen einreihen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="115" />
        <source>Put these approvals and rejections in the outbox; Sync then sends them</source>
        <translation>Diese Genehmigungen und Ablehnungen in den Postausgang legen; Synchronisieren sendet sie dann</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="119" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="120" />
        <source>Queue nothing; the sheet can be imported again</source>
        <translation>Nichts einreihen; der Bogen kann erneut importiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="128" />
        <source>The sheet marks %n row(s).</source>
        <translation><numerusform>Der Bogen markiert %n Zeile.</numerusform><numerusform>Der Bogen markiert %n Zeilen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="131" />
        <source>{approvals} and {rejections} to queue in {account}.</source>
        <translation>{approvals} und {rejections} zum Einreihen in {account}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="132" />
        <source>%n approval(s)</source>
        <translation><numerusform>%n Genehmigung</numerusform><numerusform>%n Genehmigungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="133" />
        <source>%n rejection(s)</source>
        <translation><numerusform>%n Ablehnung</numerusform><numerusform>%n Ablehnungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="136" />
        <source>None of them can be queued.</source>
        <translation>Keine davon kann eingereiht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="138" />
        <source>%n marked row(s) will not be queued (see why below).</source>
        <translation><numerusform>%n markierte Zeile wird nicht eingereiht (Grund siehe unten).</numerusform><numerusform>%n markierte Zeilen werden nicht eingereiht (Gründe siehe unten).</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="141" />
        <source>Nothing is queued until you press the button.</source>
        <translation>Nichts wird eingereiht, bevor Sie die Schaltfläche drücken.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="172" />
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="172" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="178" />
        <source>Not queued</source>
        <translation>Nicht eingereiht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="204" />
        <source>Queuing %n decision(s)…</source>
        <translation><numerusform>%n Entscheidung wird eingereiht…</numerusform><numerusform>%n Entscheidungen werden eingereiht…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="216" />
        <source>Queued %n decision(s) in the outbox.</source>
        <translation><numerusform>%n Entscheidung im Postausgang eingereiht.</numerusform><numerusform>%n Entscheidungen im Postausgang eingereiht.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="219" />
        <source>Left out %n decision(s) that someone else made or queued meanwhile (listed at the end of the table).</source>
        <translation><numerusform>%n Entscheidung ausgelassen, die inzwischen jemand anderes getroffen oder eingereiht hat (am Ende der Tabelle).</numerusform><numerusform>%n Entscheidungen ausgelassen, die inzwischen jemand anderes getroffen oder eingereiht hat (am Ende der Tabelle).</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="221" />
        <source>Sync (F5) sends them.</source>
        <translation>Synchronisieren (F5) sendet sie.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="224" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/transfer/review_dialog.py" line="236" />
        <source>Nothing more was queued: {error}</source>
        <translation>Nichts weiter wurde eingereiht: {error}</translation>
    </message>
</context>
</TS>