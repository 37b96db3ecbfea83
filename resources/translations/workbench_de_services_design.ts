<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountService</name>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="115" />
            <source>an account name must be 1 to 100 characters</source>
            <translation>Ein Kontoname muss 1 bis 100 Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="126" />
            <source>--endpoint for a Prolific account is the API's http(s) address, without credentials (the token is kept apart)</source>
            <translation>--endpoint ist bei einem Prolific-Konto die http(s)-Adresse der API, ohne Zugangsdaten (das Token wird getrennt aufbewahrt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="132" />
            <source>an endpoint account needs --endpoint with an http(s) URL</source>
            <translation>Ein Endpunkt-Konto braucht --endpoint mit einer http(s)-URL</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="135" />
            <source>keep credentials out of the endpoint URL: put them in an AWS profile (--profile) or the environment</source>
            <translation>Zugangsdaten gehören nicht in die Endpunkt-URL: legen Sie sie in einem AWS-Profil (--profile) oder in der Umgebung ab</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="139" />
            <source>--endpoint is only for accounts of kind 'endpoint'</source>
            <translation>--endpoint gilt nur für Konten der Art 'endpoint'</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="152" />
            <source>--profile is for MTurk accounts only</source>
            <translation>--profile gilt nur für MTurk-Konten</translation>
        </message>
        <message>
            <source>--profile is for MTurk accounts, not local ones</source>
            <translation>--profile gilt für MTurk-Konten, nicht für lokale</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="156" />
            <location filename="../../src/workbench/services/accounts.py" line="177" />
            <source>an account named {name} already exists</source>
            <translation>Ein Konto namens {name} gibt es bereits</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="218" />
            <source>no account named {name} (accounts: {known})</source>
            <translation>Kein Konto namens {name} (Konten: {known})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="245" />
            <source>a display name takes 1 to {most} characters</source>
            <translation>ein Anzeigename hat 1 bis {most} Zeichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="250" />
            <source>only a local account has a name on the worker site; {name} is {kind}</source>
            <translation>nur ein lokales Konto hat einen Namen auf der Worker-Seite; {name} ist {kind}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="269" />
            <source>no account named {name}</source>
            <translation>Kein Konto namens {name}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="49" />
            <source>{name} is an MTurk archive: there is no marketplace to sync with (MTurk closed on {closed}); its work comes from imported files (import-results)</source>
            <translation>{name} ist ein MTurk-Archiv: Es gibt keinen Marktplatz zum Synchronisieren (MTurk hat am {closed} geschlossen); seine Arbeit stammt aus importierten Dateien (import-results)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="53" />
            <source>{name} is an MTurk archive: nothing can be published there (MTurk closed on {closed}); publish to a local account instead</source>
            <translation>{name} ist ein MTurk-Archiv: Dort lässt sich nichts veröffentlichen (MTurk hat am {closed} geschlossen); veröffentlichen Sie stattdessen in einem lokalen Konto</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/accounts.py" line="56" />
            <source>{name} is an MTurk archive: its work was decided and paid on MTurk, which closed on {closed}; nothing is approved, rejected, paid or sent from it</source>
            <translation>{name} ist ein MTurk-Archiv: Seine Arbeit wurde auf MTurk entschieden und bezahlt, und MTurk hat am {closed} geschlossen; aus ihm wird nichts genehmigt, abgelehnt, bezahlt oder gesendet</translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="49" />
            <source>only an SQLite store can be backed up here; back up a server database with its own tools (e.g. pg_dump)</source>
            <translation>Hier lässt sich nur ein SQLite-Datenspeicher sichern; sichern Sie eine Server-Datenbank mit deren eigenen Werkzeugen (z. B. pg_dump)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="54" />
            <source>the backup cannot replace the store itself</source>
            <translation>Die Sicherung kann nicht den Datenspeicher selbst ersetzen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="57" />
            <source>{target} is a folder; give a file name</source>
            <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="60" />
            <source>{target} is not a regular file; give a file name</source>
            <translation>{target} ist keine gewöhnliche Datei; geben Sie einen Dateinamen an</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="69" />
            <source>cannot write {target}: {reason}</source>
            <translation>{target} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="91" />
            <source>cannot write {target}: {reason}; nothing was left there</source>
            <translation>{target} kann nicht geschrieben werden: {reason}; dort blieb nichts zurück</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="115" />
            <source>{path} does not exist</source>
            <translation>{path} existiert nicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="127" />
            <source>{name} is damaged: {exc}</source>
            <translation>{name} ist beschädigt: {exc}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="132" />
            <source>{name} is damaged: {verdict}</source>
            <translation>{name} ist beschädigt: {verdict}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="136" />
            <source>{name} is not a Requester Workbench store</source>
            <translation>{name} ist kein Datenspeicher von Requester Workbench</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="162" />
            <source>not restored: {reason}</source>
            <translation>nicht wiederhergestellt: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="166" />
            <source>not restored: {reason}; the store was not changed</source>
            <translation>nicht wiederhergestellt: {reason}; der Speicher blieb unverändert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/backup.py" line="180" />
            <location filename="../../src/workbench/services/backup.py" line="186" />
            <source>{name} cannot be opened by this version: {exc}</source>
            <translation>{name} lässt sich mit dieser Version nicht öffnen: {exc}</translation>
        </message>
    </context>
    <context>
        <name>BatchService</name>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="40" />
            <source>Reading {name}</source>
            <translation>{name} wird gelesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="61" />
            <source>All {rows} rows render; the largest page (row {row}) is {kb} KB of MTurk's 64 KB.</source>
            <translation>Alle {rows} Zeilen lassen sich darstellen; die größte Seite (Zeile {row}) hat {kb} KB von 64 KB bei MTurk.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="67" />
            <source>{count} row(s) make a page over MTurk's 64 KB (rows {rows}); the largest is {kb} KB.</source>
            <translation>{count} Zeile(n) ergeben eine Seite über 64 KB, der Grenze von MTurk (Zeilen {rows}); die größte hat {kb} KB.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="100" />
            <location filename="../../src/workbench/services/batches.py" line="102" />
            <source>Rendering every row's page</source>
            <translation>Die Seite jeder Zeile wird erzeugt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="214" />
            <source>{name} (version {version})</source>
            <translation>{name} (Version {version})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="239" />
            <source>batch {batch_id} has no template to publish again</source>
            <translation>Batch {batch_id} hat keine Vorlage zum erneuten Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="244" />
            <source>batch {batch_id}'s properties cannot be read</source>
            <translation>Die Eigenschaften von Batch {batch_id} lassen sich nicht lesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/batches.py" line="262" />
            <source>there is no batch {batch_id}</source>
            <translation>Es gibt keinen Batch {batch_id}</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <location filename="../../src/workbench/services/demo.py" line="133" />
            <source>--hits, --assignments and --workers must be at least 1</source>
            <translation>--hits, --assignments und --workers müssen mindestens 1 sein</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/demo.py" line="136" />
            <source>{assignments} assignments per HIT need at least {assignments} workers (one assignment per worker per HIT)</source>
            <translation>{assignments} Zuweisungen pro HIT brauchen mindestens {assignments} Worker (eine Zuweisung pro Worker und HIT)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/demo.py" line="141" />
            <source>the demo runs on a local account; {name} is {kind}</source>
            <translation>Die Demo läuft auf einem lokalen Konto; {name} ist {kind}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/demo.py" line="166" />
            <source>Publishing the demo batch</source>
            <translation>Demo-Batch wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/demo.py" line="179" />
            <source>Simulated workers at work</source>
            <translation>Simulierte Worker arbeiten</translation>
        </message>
    </context>
    <context>
        <name>Excel</name>
        <message>
            <location filename="../../src/workbench/formats/excel.py" line="139" />
            <source>The sheet {title} would have {count} columns; Excel opens at most {limit}. Export CSV instead.</source>
            <translation>Das Blatt {title} hätte {count} Spalten; Excel öffnet höchstens {limit}. Exportieren Sie stattdessen CSV.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/excel.py" line="178" />
            <source>The sheet {title} would have more than {limit} rows, more than Excel opens. Narrow the filters or export CSV.</source>
            <translation>Das Blatt {title} hätte mehr als {limit} Zeilen, mehr als Excel öffnet. Schränken Sie die Filter ein oder exportieren Sie CSV.</translation>
        </message>
    </context>
    <context>
        <name>ExportService</name>
        <message>
            <location filename="../../src/workbench/services/export.py" line="226" />
            <source>{count} assignments do not fit in one Excel sheet (it holds {limit}); narrow the filters or export CSV</source>
            <translation>{count} Zuweisungen passen nicht in ein Excel-Blatt (es fasst {limit}); schränken Sie die Filter ein oder exportieren Sie CSV</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="68" />
            <source>unknown status {status}; use {statuses}</source>
            <translation>Unbekannter Status {status}; verwenden Sie {statuses}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="73" />
            <source>dates of an export's range need a time zone</source>
            <translation>Die Daten des Exportzeitraums brauchen eine Zeitzone</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="76" />
            <source>the date range is empty: its start is not before its end</source>
            <translation>Der Zeitraum ist leer: sein Anfang liegt nicht vor seinem Ende</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="103" />
            <source>{target} is a folder; give a file name</source>
            <translation>{target} ist ein Ordner; geben Sie einen Dateinamen an</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="109" />
            <source>the folder {parent} does not exist</source>
            <translation>Der Ordner {parent} existiert nicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="207" />
            <source>Exporting</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="210" />
            <location filename="../../src/workbench/services/export.py" line="249" />
            <source>Exported</source>
            <translation>Exportiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="241" />
            <source>Saving the workbook</source>
            <translation>Arbeitsmappe wird gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="98" />
            <source>cannot use {target}: {reason}</source>
            <translation>{target} kann nicht verwendet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="105" />
            <source>{target} is a device, a pipe or a socket, not a file; give the name of a file to write</source>
            <translation>{target} ist ein Gerät, eine Pipe oder ein Socket, keine Datei; geben Sie den Namen einer Datei an</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="131" />
            <source>cannot write in {parent}: {reason}</source>
            <translation>In {parent} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="143" />
            <source>could not write {target}: {reason}; nothing was written</source>
            <translation>{target} konnte nicht geschrieben werden: {reason}; es wurde nichts geschrieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="93" />
            <source>cannot write in the folder {parent}: {reason}</source>
            <translation>Im Ordner {parent} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/export.py" line="113" />
            <source>{target} is open in another program (Excel?) or read-only; close it and export again</source>
            <translation>{target} ist in einem anderen Programm geöffnet (Excel?) oder schreibgeschützt; schließen Sie die Datei und exportieren Sie erneut</translation>
        </message>
    </context>
    <context>
        <name>FormChecks</name>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="420" />
            <source>has no name</source>
            <translation>hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="422" />
            <source>name {name} must start with a letter and hold only letters, digits, _ and - (at most 64 characters; no dots or spaces, which would split the answer's dotted names)</source>
            <translation>Der Name {name} muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, _ und - enthalten (höchstens 64 Zeichen; keine Punkte oder Leerzeichen, die die gepunkteten Namen der Antwort trennen würden)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="427" />
            <source>name {name} is reserved by MTurk</source>
            <translation>Der Name {name} ist von MTurk reserviert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="495" />
            <source>{kind} “{field}”</source>
            <translation>{kind} „{field}“</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="500" />
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="504" />
            <source>field name {name} is used by {count} fields; each field needs its own name, or their answers would overwrite each other</source>
            <translation>Der Feldname {name} wird von {count} Feldern verwendet; jedes Feld braucht einen eigenen Namen, sonst überschreiben sich ihre Antworten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="512" />
            <source>{where} has no options</source>
            <translation>{where} hat keine Optionen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="517" />
            <source>{where}: an option has no value</source>
            <translation>{where}: Eine Option hat keinen Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="521" />
            <source>{where}: the option value {value} is used {count} times</source>
            <translation>{where}: Der Optionswert {value} kommt {count}-mal vor</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="525" />
            <source>{where}: the option value {value} contains a dot, which would split the answer's dotted name</source>
            <translation>{where}: Der Optionswert {value} enthält einen Punkt, der den gepunkteten Namen der Antwort trennen würde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="542" />
            <source>{where}: the scale's lowest value must be below its highest</source>
            <translation>{where}: Der niedrigste Wert der Skala muss unter ihrem höchsten liegen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="546" />
            <source>{where} has no address; use an input column such as {example}</source>
            <translation>{where} hat keine Adresse; verwenden Sie eine Eingabespalte wie {example}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="550" />
            <source>{where} has no question text for workers</source>
            <translation>{where} hat keinen Fragetext für Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="554" />
            <source>the form asks nothing: add a field workers answer</source>
            <translation>Das Formular fragt nichts: Fügen Sie ein Feld hinzu, das Worker beantworten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/forms.py" line="532" />
            <source>{where}: the option “{label}” is stored as {value}, so answers will read {answer}; change its “Stored as” if that is not what it means</source>
            <translation>{where}: Die Option „{label}“ wird als {value} gespeichert, Antworten lauten also {answer}; ändern Sie ihr „Gespeichert als“, wenn das nicht gemeint ist</translation>
        </message>
    </context>
    <context>
        <name>ImportService</name>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="107" />
            <source>; {count} marked decision(s) to queue</source>
            <translation>; {count} markierte Entscheidung(en) zum Einreihen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="110" />
            <source>Would import {file} into {account}: {rows} row(s), {hits} HIT(s) and {added} assignment(s) added, {updated} updated, {unchanged} unchanged{marks}</source>
            <translation>Würde {file} in {account} importieren: {rows} Zeile(n), {hits} HIT(s) und {added} Zuweisung(en) hinzugefügt, {updated} aktualisiert, {unchanged} unverändert{marks}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="114" />
            <source>Imported {file} into {account}: {rows} row(s), {hits} HIT(s) and {added} assignment(s) added, {updated} updated, {unchanged} unchanged{marks}</source>
            <translation>{file} in {account} importiert: {rows} Zeile(n), {hits} HIT(s) und {added} Zuweisung(en) hinzugefügt, {updated} aktualisiert, {unchanged} unverändert{marks}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="224" />
            <source>{name} holds work from several accounts ({names}); choose one with --account</source>
            <translation>{name} enthält Arbeit aus mehreren Konten ({names}); wählen Sie eines mit --account</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="249" />
            <source>{name}: the column Answer.{column}… has a name longer than {limit} characters</source>
            <translation>{name}: Die Spalte Answer.{column}… hat einen Namen mit mehr als {limit} Zeichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="257" />
            <source>{name} has a header but no rows</source>
            <translation>{name} hat eine Kopfzeile, aber keine Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="265" />
            <source>Importing</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="302" />
            <source>HIT {hit_id} (line {line}) is not in {name}, whose HITs come from its marketplace; import MTurk files into an MTurk account (without --account they go to '{archive}')</source>
            <translation>HIT {hit_id} (Zeile {line}) ist nicht in {name}, dessen HITs von seinem Marktplatz kommen; importieren Sie MTurk-Dateien in ein MTurk-Konto (ohne --account landen sie in '{archive}')</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="329" />
            <source>{name}, line {line}: assignment {assignment_id} belongs to another HIT in the store than {hit_id}</source>
            <translation>{name}, Zeile {line}: Zuweisung {assignment_id} gehört im Datenspeicher zu einem anderen HIT als {hit_id}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="641" />
            <source>{name}: someone else wrote the same HITs or assignments at the same time; nothing was imported: import the file again</source>
            <translation>{name}: Jemand anderes hat gleichzeitig dieselben HITs oder Zuweisungen geschrieben; nichts wurde importiert: Importieren Sie die Datei erneut</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/importing.py" line="647" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
    </context>
    <context>
        <name>InputFiles</name>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="81" />
            <source>{name} starts like UTF-16 text but is not valid UTF-16; save it again as CSV UTF-8</source>
            <translation>{name} beginnt wie UTF-16-Text, ist aber kein gültiges UTF-16; speichern Sie die Datei erneut als CSV UTF-8</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="91" />
            <source>{name} looks like a binary file, not CSV text</source>
            <translation>{name} sieht nach einer Binärdatei aus, nicht nach CSV-Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="106" />
            <source>{name} has no header row</source>
            <translation>{name} hat keine Kopfzeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="110" />
            <source>{name}: column(s) {names} have no name in the header</source>
            <translation>{name}: Spalte(n) {names} haben keinen Namen in der Kopfzeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="115" />
            <source>{name}: duplicate column name(s): {names}</source>
            <translation>{name}: doppelte Spaltennamen: {names}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="135" />
            <location filename="../../src/workbench/formats/inputs.py" line="263" />
            <source>{name} is empty</source>
            <translation>{name} ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="144" />
            <source>{name}, line {line}: {count} fields but the header has {columns} columns</source>
            <translation>{name}, Zeile {line}: {count} Felder, aber die Kopfzeile hat {columns} Spalten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="152" />
            <location filename="../../src/workbench/formats/inputs.py" line="252" />
            <source>Reading {name}</source>
            <translation>{name} wird gelesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="155" />
            <source>{name} is not valid CSV: {exc}</source>
            <translation>{name} ist kein gültiges CSV: {exc}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="158" />
            <location filename="../../src/workbench/formats/inputs.py" line="229" />
            <source>{name} has a header but no rows</source>
            <translation>{name} hat eine Kopfzeile, aber keine Zeilen</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook ({exc})</source>
            <translation>{name} ist keine lesbare Excel-Arbeitsmappe ({exc})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="214" />
            <source>{name} has no sheet named {sheet} (sheets: {names})</source>
            <translation>{name} hat kein Blatt namens {sheet} (Blätter: {names})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="241" />
            <source>{name}: the sheet {title} is empty</source>
            <translation>{name}: Das Blatt {title} ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="259" />
            <source>{path} does not exist or is not a file</source>
            <translation>{path} existiert nicht oder ist keine Datei</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="266" />
            <source>{name} is larger than {size} MB</source>
            <translation>{name} ist größer als {size} MB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="274" />
            <source>{name} is an old-style Excel .xls file: open it in Excel and save it as .xlsx or CSV</source>
            <translation>{name} ist eine alte Excel-Datei (.xls): Öffnen Sie sie in Excel und speichern Sie sie als .xlsx oder CSV</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="278" />
            <source>{name} is named like an Excel file but is not one</source>
            <translation>{name} heißt wie eine Excel-Datei, ist aber keine</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/inputs.py" line="298" />
            <source>{name} is CSV text, which has no sheets (asked for {sheet})</source>
            <translation>{name} ist CSV-Text, der keine Blätter hat (gewünscht: {sheet})</translation>
        </message>
    </context>
    <context>
        <name>PublishService</name>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="111" />
            <source>assignments must be a whole number, not {assignments}</source>
            <translation>Die Zuweisungen müssen eine ganze Zahl sein, nicht {assignments}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="131" />
            <source>the title must be 1 to 128 characters</source>
            <translation>Der Titel muss 1 bis 128 Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="134" />
            <source>the description must be 1 to 2000 characters</source>
            <translation>Die Beschreibung muss 1 bis 2000 Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="137" />
            <source>the reward must be at least $0.01</source>
            <translation>Die Vergütung muss mindestens $0.01 betragen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="148" />
            <source>each HIT needs at least 1 assignment</source>
            <translation>Jeder HIT braucht mindestens 1 Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="151" />
            <source>the lifetime must be between 30 seconds and 365 days</source>
            <translation>Die Laufzeit muss zwischen 30 Sekunden und 365 Tagen liegen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="154" />
            <source>the assignment duration must be between 30 seconds and 365 days</source>
            <translation>Die Bearbeitungsdauer einer Zuweisung muss zwischen 30 Sekunden und 365 Tagen liegen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="158" />
            <source>auto-approval must come within 30 days</source>
            <translation>Die automatische Genehmigung muss innerhalb von 30 Tagen erfolgen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="161" />
            <source>a HIT can have at most 10 qualification requirements</source>
            <translation>Ein HIT kann höchstens 10 Qualifikationsvoraussetzungen haben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="166" />
            <source>qualification requirement: {problem}</source>
            <translation>Qualifikationsvoraussetzung: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="239" />
            <source>{source} has no rows</source>
            <translation>{source} hat keine Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="241" />
            <source>the input</source>
            <translation>die Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="250" />
            <source>row {row}: {exc}</source>
            <translation>Zeile {row}: {exc}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="354" />
            <source>batch {batch_id} does not belong to account {name}</source>
            <translation>Batch {batch_id} gehört nicht zum Konto {name}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="401" />
            <source>Looking for HITs of the last run</source>
            <translation>HITs des letzten Laufs werden gesucht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="424" />
            <location filename="../../src/workbench/services/publish.py" line="427" />
            <source>Publishing HITs</source>
            <translation>HITs werden veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="564" />
            <source>the marketplace refused a HIT: {reason}</source>
            <translation>Der Marktplatz hat einen HIT abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="573" />
            <source>the marketplace says a HIT for {token} exists but it cannot be found</source>
            <translation>Laut Marktplatz gibt es einen HIT für {token}, er lässt sich aber nicht finden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="700" />
            <source>the time a task takes must be at least one second</source>
            <translation>Die Dauer einer Aufgabe muss mindestens eine Sekunde betragen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="140" />
            <source>the reward must be at most {maximum}</source>
            <translation>die Vergütung darf höchstens {maximum} betragen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="144" />
            <source>each HIT can have at most {maximum} assignments</source>
            <translation>jeder HIT kann höchstens {maximum} Zuweisungen haben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="210" />
            <source>Column {column} is empty in 1 row (row {rows})</source>
            <translation>Spalte {column} ist in 1 Zeile leer (Zeile {rows})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/publish.py" line="212" />
            <source>Column {column} is empty in {count} rows (rows {rows})</source>
            <translation>Spalte {column} ist in {count} Zeilen leer (Zeilen {rows})</translation>
        </message>
    </context>
    <context>
        <name>ResultsFile</name>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="75" />
            <source>an Excel workbook or another zip archive</source>
            <translation>eine Excel-Arbeitsmappe oder ein anderes ZIP-Archiv</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="77" />
            <source>an old-style Excel (.xls) or other Office file</source>
            <translation>eine alte Excel-Datei (.xls) oder andere Office-Datei</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="78" />
            <source>a PDF document</source>
            <translation>ein PDF-Dokument</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="79" />
            <source>a gzip archive</source>
            <translation>ein gzip-Archiv</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="80" />
            <source>an SQLite database</source>
            <translation>eine SQLite-Datenbank</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="81" />
            <source>a PNG image</source>
            <translation>ein PNG-Bild</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="82" />
            <source>a JPEG image</source>
            <translation>ein JPEG-Bild</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="240" />
            <source> (nor {names})</source>
            <translation> (auch nicht {names})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="243" />
            <source>{name} has no {missing} column{also}, so it is not MTurk batch results (its first columns: {shown})</source>
            <translation>{name} hat keine Spalte {missing}{also}, ist also kein MTurk-Batch-Ergebnis (ihre ersten Spalten: {shown})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="248" />
            <source>{name} has the column(s) {names} more than once; which one to believe is unclear</source>
            <translation>{name} enthält die Spalte(n) {names} mehrfach; unklar, welcher zu glauben ist</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="268" />
            <source>{name}, line {line}, column {column}: {message}</source>
            <translation>{name}, Zeile {line}, Spalte {column}: {message}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="290" />
            <source>{text} is not a timestamp like {example}</source>
            <translation>{text} ist kein Zeitstempel wie {example}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="309" />
            <source>{text} is not a whole number</source>
            <translation>{text} ist keine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="324" />
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="334" />
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="327" />
            <source>{text} is not an MTurk id</source>
            <translation>{text} ist keine MTurk-ID</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="345" />
            <source>{name}, line {line}: {count} fields but the header has {width} columns</source>
            <translation>{name}, Zeile {line}: {count} Felder, aber die Kopfzeile hat {width} Spalten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="356" />
            <source>{text} is not an amount like '$0.05'</source>
            <translation>{text} ist kein Betrag wie '$0.05'</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="372" />
            <source>{status} is not one of {statuses}</source>
            <translation>{status} ist keiner von {statuses}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="387" />
            <source>{name}: assignment {assignment_id} is on line {earlier} and again on line {line}</source>
            <translation>{name}: Zuweisung {assignment_id} steht in Zeile {earlier} und nochmals in Zeile {line}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="445" />
            <source> (an .xlsx renamed to .csv? give it its .xlsx name)</source>
            <translation> (eine in .csv umbenannte .xlsx? Geben Sie ihr wieder die Endung .xlsx)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="447" />
            <source>{name} is {what}, not CSV text{hint}</source>
            <translation>{name} ist {what}, kein CSV-Text{hint}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="453" />
            <source>{name} is a binary file (or UTF-16 text without a byte-order mark), not CSV text</source>
            <translation>{name} ist eine Binärdatei (oder UTF-16-Text ohne Byte-Order-Mark), kein CSV-Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="479" />
            <source>{name} is neither UTF-8 nor Windows-1252 text (undecodable byte at offset {where}); save it as UTF-8 CSV and import it again</source>
            <translation>{name} ist weder UTF-8- noch Windows-1252-Text (nicht lesbares Byte an Position {where}); speichern Sie die Datei als UTF-8-CSV und importieren Sie sie erneut</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="513" />
            <source>{name} is empty or starts with a blank line</source>
            <translation>{name} ist leer oder beginnt mit einer Leerzeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="538" />
            <source>{name}, line {start}: not valid CSV ({exc})</source>
            <translation>{name}, Zeile {start}: kein gültiges CSV ({exc})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="551" />
            <source>{path} does not exist or is not a file</source>
            <translation>{path} existiert nicht oder ist keine Datei</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="555" />
            <source>{name} is empty</source>
            <translation>{name} ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="558" />
            <source>{name} is larger than {size} GB</source>
            <translation>{name} ist größer als {size} GB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="565" />
            <source>{name} is named like an Excel workbook but is not one</source>
            <translation>{name} heißt wie eine Excel-Arbeitsmappe, ist aber keine</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook ({exc})</source>
            <translation>{name} ist keine lesbare Excel-Arbeitsmappe ({exc})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/excel.py" line="427" />
            <source>{name}: the sheet {title} is empty</source>
            <translation>{name}: Das Blatt {title} ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/excel.py" line="430" />
            <source>{name} (sheet {title})</source>
            <translation>{name} (Blatt {title})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="296" />
            <source>{text} is not a time between {first} and {last}</source>
            <translation>{text} ist kein Zeitpunkt zwischen {first} und {last}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/batch_csv_reader.py" line="316" />
            <source>{text} is not between {low} and {high}</source>
            <translation>{text} liegt nicht zwischen {low} und {high}</translation>
        </message>
    </context>
    <context>
        <name>ReviewSheet</name>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="112" />
            <source> at {time} UTC</source>
            <translation> am {time} UTC</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="145" />
            <source>marked both Approve and Reject; mark one</source>
            <translation>Sowohl „Approve“ als auch „Reject“ markiert; markieren Sie nur eines</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="147" />
            <source>not an assignment of {account} (sync first if it is new)</source>
            <translation>Keine Zuweisung von {account} (erst synchronisieren, falls sie neu ist)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="151" />
            <source>already has a queued {kind} by {who}{when}</source>
            <translation>Hat bereits ein eingereihtes {kind} von {who}{when}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="156" />
            <source>already approved{when}</source>
            <translation>Bereits genehmigt{when}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="158" />
            <source>already rejected{when}</source>
            <translation>Bereits abgelehnt{when}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="159" />
            <source>already {status}{when}</source>
            <translation>Bereits {status}{when}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="164" />
            <source>the approval feedback is longer than {limit} characters</source>
            <translation>Die Rückmeldung zur Genehmigung ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="170" />
            <source>a rejection needs a reason for the worker in the Reject column, not just a mark</source>
            <translation>Eine Ablehnung braucht in der Spalte „Reject“ eine Begründung für den Worker, nicht nur eine Markierung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/transfer/review.py" line="173" />
            <source>the rejection reason is longer than {limit} characters</source>
            <translation>Die Begründung der Ablehnung ist länger als {limit} Zeichen</translation>
        </message>
    </context>
    <context>
        <name>Statistics</name>
        <message>
            <location filename="../../src/workbench/services/statistics/query.py" line="27" />
            <source>HITs outside any batch</source>
            <translation>HITs außerhalb von Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/throughput.py" line="94" />
            <source>{duration} or more</source>
            <translation>{duration} oder mehr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/throughput.py" line="342" />
            <source>{batch} at {reward}</source>
            <translation>{batch} zu {reward}</translation>
        </message>
    </context>
    <context>
        <name>StatisticsCalendar</name>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="24" />
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="25" />
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="26" />
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="27" />
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="28" />
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="29" />
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="30" />
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="33" />
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="34" />
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="35" />
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="36" />
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="37" />
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="38" />
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="39" />
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="40" />
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="41" />
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="42" />
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="43" />
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="44" />
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="139" />
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="143" />
            <source>week of {date}</source>
            <translation>Woche ab {date}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/statistics/calendar.py" line="145" />
            <source>{month} {year}</source>
            <translation>{month} {year}</translation>
        </message>
    </context>
    <context>
        <name>SyncService</name>
        <message>
            <location filename="../../src/workbench/services/sync.py" line="378" />
            <source>Listing HITs</source>
            <translation>HITs werden aufgelistet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/sync.py" line="589" />
            <source>Fetching assignments</source>
            <translation>Zuweisungen werden abgerufen</translation>
        </message>
    </context>
    <context>
        <name>TemplateChecks</name>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="320" />
            <source>the page uses crowd-form but does not load the Crowd HTML Elements script; add {script}</source>
            <translation>Die Seite verwendet crowd-form, lädt aber nicht das Skript der Crowd HTML Elements; fügen Sie {script} hinzu</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="326" />
            <source>crowd-* elements only answer inside a &lt;crowd-form&gt;</source>
            <translation>crowd-*-Elemente antworten nur innerhalb eines &lt;crowd-form&gt;</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="329" />
            <source>the field name {name} is used by more than one field; their answers would overwrite each other</source>
            <translation>Der Feldname {name} wird von mehr als einem Feld verwendet; ihre Antworten würden sich überschreiben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="334" />
            <source>the field name {name} (line {line}) has characters that make its dotted answer names ambiguous (use letters, digits, _ and -)</source>
            <translation>Der Feldname {name} (Zeile {line}) enthält Zeichen, die seine gepunkteten Antwortnamen mehrdeutig machen (verwenden Sie Buchstaben, Ziffern, _ und -)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="340" />
            <source>the form has no named fields: workers' answers would be empty</source>
            <translation>Das Formular hat keine benannten Felder: Die Antworten der Worker wären leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="344" />
            <source>{text} is not a placeholder (a name has letters, digits, _ . and - only); workers will see it as written</source>
            <translation>{text} ist kein Platzhalter (ein Name besteht nur aus Buchstaben, Ziffern, _ . und -); Worker sehen ihn so, wie er dasteht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="357" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="359" />
            <source>{names} and {count} more have no column in the input (columns: {columns})</source>
            <translation>{names} und {count} weitere haben keine Spalte in der Eingabe (Spalten: {columns})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="364" />
            <source>{names} has no column in the input (columns: {columns})</source>
            <translation>{names} hat keine Spalte in der Eingabe (Spalten: {columns})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="368" />
            <source>{names} have no column in the input (columns: {columns})</source>
            <translation>{names} haben keine Spalte in der Eingabe (Spalten: {columns})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="376" />
            <source>the page</source>
            <translation>Die Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="377" />
            <source>the page with the row shown</source>
            <translation>Die Seite mit der gezeigten Zeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="384" />
            <source>{where} is {size} KB as an HTMLQuestion; MTurk accepts at most 64 KB: host images, scripts and styles elsewhere and link to them</source>
            <translation>{where} hat als HTMLQuestion {size} KB; MTurk nimmt höchstens 64 KB an: Legen Sie Bilder, Skripte und Stile anderswo ab und verlinken Sie sie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="394" />
            <source>the template is empty: workers would see a blank page and could not answer</source>
            <translation>die Vorlage ist leer: Worker sähen eine leere Seite und könnten nicht antworten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="313" />
            <source>the page has no form of its own: as MTurk's web UI did, workers get it inside one with a Submit button</source>
            <translation>Die Seite hat kein eigenes Formular: Wie in der Web-Oberfläche von MTurk erhalten Worker sie in einem, mit Absende-Knopf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="316" />
            <source>the page has no &lt;crowd-form&gt;: as MTurk's web UI did, workers get it inside one, which adds the Submit button</source>
            <translation>Die Seite hat kein &lt;crowd-form&gt;: Wie in der Web-Oberfläche von MTurk erhalten Worker sie in einem, das den Absende-Knopf hinzufügt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/template_scan.py" line="351" />
            <source>a script uses {text}: like MTurk, the workbench puts the column's value there too</source>
            <translation>Ein Skript verwendet {text}: Wie MTurk setzt die Workbench auch dort den Wert der Spalte ein</translation>
        </message>
    </context>
    <context>
        <name>TemplateFormat</name>
        <message>
            <location filename="../../src/workbench/formats/templates.py" line="28" />
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/templates.py" line="31" />
            <source>template uses {used} but the input has no such column(s); columns are: {available}</source>
            <translation>Die Vorlage verwendet {used}, aber die Eingabe hat keine solche(n) Spalte(n); Spalten sind: {available}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/questions.py" line="36" />
            <source>the question is {kb} KB ({bytes} bytes) but MTurk accepts at most 64 KB ({limit} bytes); host images, scripts and styles elsewhere and link to them</source>
            <translation>Die Frage hat {kb} KB ({bytes} Byte), MTurk nimmt aber höchstens 64 KB ({limit} Byte) an; legen Sie Bilder, Skripte und Stile anderswo ab und verlinken Sie sie</translation>
        </message>
    </context>
    <context>
        <name>TemplatePresets</name>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="54" />
            <source>Image classification</source>
            <translation>Bildklassifikation</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="55" />
            <source>Workers see a photo from your input and choose its category.</source>
            <translation>Worker sehen ein Foto aus Ihrer Eingabe und wählen seine Kategorie.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="58" />
            <source>Sentiment of a review</source>
            <translation>Stimmung einer Bewertung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="59" />
            <source>Workers read a product review and say whether it is positive, neutral or negative.</source>
            <translation>Worker lesen eine Produktbewertung und sagen, ob sie positiv, neutral oder negativ ist.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="64" />
            <source>Survey link</source>
            <translation>Umfrage-Link</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="65" />
            <source>Workers take a survey on another site and paste its completion code.</source>
            <translation>Worker nehmen auf einer anderen Website an einer Umfrage teil und fügen deren Abschlusscode ein.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="68" />
            <source>Transcription</source>
            <translation>Transkription</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="69" />
            <source>Workers type the text they read in an image (receipts, forms, handwriting).</source>
            <translation>Worker tippen den Text ab, den sie in einem Bild lesen (Belege, Formulare, Handschrift).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="73" />
            <source>Data verification</source>
            <translation>Datenprüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="74" />
            <source>Workers check a record (a business's name, phone, address) against its website.</source>
            <translation>Worker prüfen einen Datensatz (Name, Telefon, Adresse eines Geschäfts) anhand seiner Website.</translation>
        </message>
    </context>
    <context>
        <name>TemplateService</name>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="113" />
            <source>there is no preset named {key}; presets: {presets}</source>
            <translation>Es gibt keine Vorlage namens {key}; Vorlagen: {presets}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="140" />
            <source>a template name must be 1 to {limit} characters</source>
            <translation>Ein Vorlagenname muss 1 bis {limit} Zeichen lang sein</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="144" />
            <source>the template is empty</source>
            <translation>Die Vorlage ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="146" />
            <source>the template is larger than 2 MB</source>
            <translation>Die Vorlage ist größer als 2 MB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="185" />
            <source>there is no saved template {id}</source>
            <translation>Es gibt keine gespeicherte Vorlage {id}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="200" />
            <source>{path} does not exist or is not a file</source>
            <translation>{path} existiert nicht oder ist keine Datei</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="204" />
            <source>{name} is empty</source>
            <translation>{name} ist leer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="207" />
            <source>{name} is larger than 2 MB: not a task page</source>
            <translation>{name} ist größer als 2 MB: keine Aufgabenseite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="213" />
            <source>{name} is not a text file; a template is an HTML page</source>
            <translation>{name} ist keine Textdatei; eine Vorlage ist eine HTML-Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="225" />
            <source>{name} is neither UTF-8 nor Windows-1252 text</source>
            <translation>{name} ist weder UTF-8- noch Windows-1252-Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/templates.py" line="229" />
            <source>{name} has no HTML in it</source>
            <translation>{name} enthält kein HTML</translation>
        </message>
    </context>
    <context>
        <name>WorkbenchContext</name>
        <message>
            <location filename="../../src/workbench/services/context.py" line="47" />
            <source>{store}: the local marketplace's tables are newer than this version ({reason}); it was left untouched</source>
            <translation>{store}: Die Tabellen des lokalen Marktplatzes sind neuer als diese Version ({reason}); der Speicher blieb unberührt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="63" />
            <source>the marketplace at {url} is newer than this version ({reason})</source>
            <translation>Der Marktplatz unter {url} ist neuer als diese Version ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="81" />
            <source>local account {name} has no requester id</source>
            <translation>Das lokale Konto {name} hat keine Requester-ID</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="97" />
            <source>cannot set up {name}: {exc}</source>
            <translation>{name} lässt sich nicht einrichten: {exc}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="127" />
            <source>No store at {path} yet: one will be created there.</source>
            <translation>Noch kein Datenspeicher unter {path}: Dort wird einer angelegt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="137" />
            <source>Cannot use it: {reason}</source>
            <translation>Nicht verwendbar: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="139" />
            <source>Cannot connect: {reason}</source>
            <translation>Keine Verbindung: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/services/context.py" line="141" />
            <source>Connected.</source>
            <translation>Verbunden.</translation>
        </message>
    </context>
    <context>
        <name>Workbooks</name>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="66" />
            <source>{name} was refused: {reason}</source>
            <translation>{name} wurde abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="82" />
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="224" />
            <source>{name} is not a readable Excel workbook ({reason})</source>
            <translation>{name} ist keine lesbare Excel-Arbeitsmappe ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="90" />
            <source>it has {count} parts; a workbook has a few dozen</source>
            <translation>sie hat {count} Teile; eine Arbeitsmappe hat einige Dutzend</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="95" />
            <source>it would unpack to {size} GB, more than {limit} GB</source>
            <translation>sie würde entpackt {size} GB groß, mehr als {limit} GB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="101" />
            <source>its part {part} would unpack {ratio} times larger ({size} MB), as a zip bomb does; real workbooks compress about 10 times</source>
            <translation>ihr Teil {part} würde entpackt {ratio}-mal größer ({size} MB), wie bei einer Zip-Bombe; echte Arbeitsmappen sind etwa 10-fach komprimiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="118" />
            <source>its part {part} declares XML entities (a document type), which Excel never writes and which can hide a billion-laughs or file-reading attack</source>
            <translation>ihr Teil {part} deklariert XML-Entitäten (eine Dokumenttyp-Deklaration), die Excel nie schreibt und hinter denen sich ein Billion-Laughs- oder Dateilese-Angriff verbergen kann</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="134" />
            <source>its part {part} holds a single value of more than {size} MB; an Excel cell holds at most 32,767 characters</source>
            <translation>ihr Teil {part} enthält einen einzelnen Wert von mehr als {size} MB; eine Excel-Zelle fasst höchstens 32.767 Zeichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="161" />
            <source>{name}, sheet {sheet}: {count} formula cell(s) have no saved value ({cells}), so they would read as blank; the program that wrote the file does not calculate. Open it in Excel or LibreOffice, save it, and try again</source>
            <translation>{name}, Blatt {sheet}: {count} Formelzelle(n) haben keinen gespeicherten Wert ({cells}) und würden leer gelesen; das Programm, das die Datei geschrieben hat, berechnet keine Formeln. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie und versuchen Sie es erneut</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="221" />
            <source>{name} is not a readable Excel workbook: could not {what} ({reason})</source>
            <translation>{name} ist keine lesbare Excel-Arbeitsmappe: {what} fehlgeschlagen ({reason})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/formats/xlsx_guard.py" line="230" />
            <source>{name}, sheet {sheet}, cannot be read ({reason})</source>
            <translation>{name}, Blatt {sheet}, kann nicht gelesen werden ({reason})</translation>
        </message>
    </context>
</TS>
