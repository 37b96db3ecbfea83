<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Requester Workbench</source>
            <translation>Über Requester Workbench</translation>
        </message>
        <message>
            <source>Requester Workbench</source>
            <translation>Requester Workbench</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Design, publish, review, pay and export micro-tasks — on MTurk or on your own marketplace.</source>
            <translation>Mikroaufgaben entwerfen, veröffentlichen, prüfen, bezahlen und exportieren – auf MTurk oder auf Ihrem eigenen Marktplatz.</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Datenspeicher</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>System</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Requester Workbench is released under the MIT licence.</source>
            <translation>Requester Workbench steht unter der MIT-Lizenz.</translation>
        </message>
    </context>
    <context>
        <name>AccountBadge</name>
        <message>
            <source>LOCAL</source>
            <translation>LOKAL</translation>
        </message>
        <message>
            <source>Your own local marketplace: no MTurk, no AWS</source>
            <translation>Ihr eigener lokaler Marktplatz: kein MTurk, kein AWS</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
        <message>
            <source>MTurk's sandbox: a rehearsal, no real money</source>
            <translation>Die Sandbox von MTurk: eine Probe, kein echtes Geld</translation>
        </message>
        <message>
            <source>ENDPOINT</source>
            <translation>ENDPUNKT</translation>
        </message>
        <message>
            <source>A custom endpoint speaking MTurk's API</source>
            <translation>Ein eigener Endpunkt mit der API von MTurk</translation>
        </message>
        <message>
            <source>LIVE MONEY</source>
            <translation>ECHTES GELD</translation>
        </message>
        <message>
            <source>MTurk production: every approval and bonus is paid in real money</source>
            <translation>MTurk-Produktion: jede Genehmigung und jeder Bonus wird mit echtem Geld bezahlt</translation>
        </message>
        <message>
            <source>PROLIFIC</source>
            <translation>PROLIFIC</translation>
        </message>
        <message>
            <source>Prolific: participants are paid in real money from your Prolific workspace</source>
            <translation>Prolific: Teilnehmende werden mit echtem Geld aus Ihrem Prolific-Workspace bezahlt</translation>
        </message>
        <message>
            <source>Account kind: {kind}</source>
            <translation>Kontoart: {kind}</translation>
        </message>
        <message>
            <source>ARCHIVE</source>
            <translation>ARCHIV</translation>
        </message>
        <message>
            <source>An archive of work done on MTurk, imported from its files: history. MTurk closed on 2026-09-30; nothing is paid or sent from here.</source>
            <translation>Ein Archiv der auf MTurk erledigten Arbeit, aus dessen Dateien importiert: Geschichte. MTurk hat am 30.09.2026 geschlossen; von hier wird nichts bezahlt oder gesendet.</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>MTurk sandbox (rehearsal, no real money)</source>
            <translation>MTurk-Sandbox (Probe, kein echtes Geld)</translation>
        </message>
        <message>
            <source>MTurk production (real money)</source>
            <translation>MTurk-Produktion (echtes Geld)</translation>
        </message>
        <message>
            <source>Custom endpoint (speaks MTurk's API)</source>
            <translation>Eigener Endpunkt (mit der API von MTurk)</translation>
        </message>
        <message>
            <source>Local marketplace (your own workers)</source>
            <translation>Lokaler Marktplatz (Ihre eigenen Worker)</translation>
        </message>
        <message>
            <source>Prolific (participants, real money)</source>
            <translation>Prolific (Teilnehmende, echtes Geld)</translation>
        </message>
        <message>
            <source>Connect an account</source>
            <translation>Konto verbinden</translation>
        </message>
        <message>
            <source>The workbench never stores AWS secrets: it uses your AWS credentials (environment or ~/.aws) or the profile you name here.</source>
            <translation>Die Workbench speichert nie AWS-Geheimnisse: Sie verwendet Ihre AWS-Zugangsdaten (Umgebung oder ~/.aws) oder das Profil, das Sie hier angeben.</translation>
        </message>
        <message>
            <source>The workbench never stores the Prolific token in the store: it is kept in a file of your settings folder that only you can read.</source>
            <translation>Die Workbench speichert das Prolific-Token nie im Datenspeicher: Es liegt in einer Datei Ihres Einstellungsordners, die nur Sie lesen können.</translation>
        </message>
        <message>
            <source>A local account needs no key: its marketplace runs on this computer.</source>
            <translation>Ein lokales Konto braucht keinen Schlüssel: Sein Marktplatz läuft auf diesem Computer.</translation>
        </message>
        <message>
            <source>e.g. My MTurk sandbox</source>
            <translation>z. B. Meine MTurk-Sandbox</translation>
        </message>
        <message>
            <source>https://… (only for a custom endpoint)</source>
            <translation>https://… (nur für einen eigenen Endpunkt)</translation>
        </message>
        <message>
            <source>Leave empty to use the default AWS credential chain</source>
            <translation>Leer lassen, um die Standard-Zugangsdatenkette von AWS zu verwenden</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>&amp;Endpoint URL</source>
            <translation>&amp;Endpunkt-URL</translation>
        </message>
        <message>
            <source>AWS &amp;profile</source>
            <translation>AWS-&amp;Profil</translation>
        </message>
        <message>
            <source>Every approval and bonus on this account is paid in real money.</source>
            <translation>Jede Genehmigung und jeder Bonus auf diesem Konto wird mit echtem Geld bezahlt.</translation>
        </message>
        <message>
            <source>A site run by workbench serve: once the account is added, you are asked for the API key made on that server (no profile needed here).</source>
            <translation>Eine Seite, die workbench serve betreibt: Sobald das Konto hinzugefügt ist, werden Sie nach dem API-Schlüssel gefragt, der auf diesem Server erstellt wurde (hier ist kein Profil nötig).</translation>
        </message>
    </context>
    <context>
        <name>AccountKind</name>
        <message>
            <source>Local marketplace</source>
            <translation>Lokaler Marktplatz</translation>
        </message>
        <message>
            <source>MTurk sandbox</source>
            <translation>MTurk-Sandbox</translation>
        </message>
        <message>
            <source>MTurk (real money)</source>
            <translation>MTurk (echtes Geld)</translation>
        </message>
        <message>
            <source>Custom endpoint</source>
            <translation>Eigener Endpunkt</translation>
        </message>
        <message>
            <source>MTurk archive (history)</source>
            <translation>MTurk-Archiv (Geschichte)</translation>
        </message>
        <message>
            <source>Prolific (real money)</source>
            <translation>Prolific (echtes Geld)</translation>
        </message>
    </context>
    <context>
        <name>ActionKind</name>
        <message>
            <source>approve</source>
            <translation>genehmigen</translation>
        </message>
        <message>
            <source>reject</source>
            <translation>ablehnen</translation>
        </message>
        <message>
            <source>bonus</source>
            <translation>Bonus</translation>
        </message>
        <message>
            <source>block</source>
            <translation>sperren</translation>
        </message>
        <message>
            <source>unblock</source>
            <translation>entsperren</translation>
        </message>
        <message>
            <source>add assignments</source>
            <translation>Zuweisungen hinzufügen</translation>
        </message>
        <message>
            <source>change expiry</source>
            <translation>Ablauf ändern</translation>
        </message>
        <message>
            <source>notify</source>
            <translation>benachrichtigen</translation>
        </message>
        <message>
            <source>grant qualification</source>
            <translation>Qualifikation erteilen</translation>
        </message>
        <message>
            <source>revoke qualification</source>
            <translation>Qualifikation entziehen</translation>
        </message>
        <message>
            <source>create study</source>
            <translation>Studie anlegen</translation>
        </message>
        <message>
            <source>publish study</source>
            <translation>Studie veröffentlichen</translation>
        </message>
        <message>
            <source>pause, resume or stop study</source>
            <translation>Studie pausieren, fortsetzen oder beenden</translation>
        </message>
        <message>
            <source>add places</source>
            <translation>Plätze hinzufügen</translation>
        </message>
        <message>
            <source>approve submission</source>
            <translation>Einreichung genehmigen</translation>
        </message>
        <message>
            <source>reject submission</source>
            <translation>Einreichung ablehnen</translation>
        </message>
        <message>
            <source>ask for a return</source>
            <translation>Rückgabe erbitten</translation>
        </message>
        <message>
            <source>screen out</source>
            <translation>aussortieren (Screen-out)</translation>
        </message>
        <message>
            <source>bonus (Prolific)</source>
            <translation>Bonus (Prolific)</translation>
        </message>
        <message>
            <source>message participant</source>
            <translation>Teilnehmer benachrichtigen</translation>
        </message>
        <message>
            <source>block participant</source>
            <translation>Teilnehmer sperren</translation>
        </message>
        <message>
            <source>unblock participant</source>
            <translation>Teilnehmer entsperren</translation>
        </message>
    </context>
    <context>
        <name>AddAssignmentsDialog</name>
        <message>
            <source>Add assignments</source>
            <translation>Zuweisungen hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Ask for more assignments on %n HIT(s).</source>
            <translation>
                <numerusform>Weitere Zuweisungen für %n HIT anfordern.</numerusform>
                <numerusform>Weitere Zuweisungen für %n HITs anfordern.</numerusform>
            </translation>
        </message>
        <message>
            <source>MTurk does not let a HIT made with fewer than 10 assignments reach 10 or more, so at most {most} can be added here.</source>
            <translation>MTurk lässt einen HIT, der mit weniger als 10 Zuweisungen erstellt wurde, nicht auf 10 oder mehr wachsen; hier können daher höchstens {most} hinzugefügt werden.</translation>
        </message>
        <message>
            <source>&amp;Assignments to add per HIT</source>
            <translation>Zusätzliche &amp;Zuweisungen pro HIT</translation>
        </message>
    </context>
    <context>
        <name>ApiKeyDialog</name>
        <message>
            <source>API key of {account}</source>
            <translation>API-Schlüssel von {account}</translation>
        </message>
        <message>
            <source>{account} signs every call to {url} with an API key made on that server. The key is kept in your AWS credentials file ({path}) under the profile {profile}, readable by you only, and never in the workbench's store.</source>
            <translation>{account} signiert jeden Aufruf an {url} mit einem API-Schlüssel, der auf diesem Server erstellt wurde. Der Schlüssel liegt in Ihrer AWS-Anmeldedatei ({path}) unter dem Profil {profile}, nur für Sie lesbar, und nie im Speicher der Workbench.</translation>
        </message>
        <message>
            <source>1. On the server</source>
            <translation>1. Auf dem Server</translation>
        </message>
        <message>
            <source>Run this command on the server (with Docker, in the folder of its compose file, put docker compose exec server in front). It prints a new key; the old one keeps working until step 3.</source>
            <translation>Führen Sie diesen Befehl auf dem Server aus (mit Docker im Ordner seiner Compose-Datei, mit docker compose exec server davor). Er gibt einen neuen Schlüssel aus; der alte funktioniert bis Schritt 3 weiter.</translation>
        </message>
        <message>
            <source>Run this command on the server (with Docker, in the folder of its compose file, put docker compose exec server in front). It prints a new key.</source>
            <translation>Führen Sie diesen Befehl auf dem Server aus (mit Docker im Ordner seiner Compose-Datei, mit docker compose exec server davor). Er gibt einen neuen Schlüssel aus.</translation>
        </message>
        <message>
            <source>Copy command</source>
            <translation>Befehl kopieren</translation>
        </message>
        <message>
            <source>2. Paste the new key here</source>
            <translation>2. Den neuen Schlüssel hier einfügen</translation>
        </message>
        <message>
            <source>Access key id</source>
            <translation>Zugriffsschlüssel-ID</translation>
        </message>
        <message>
            <source>Secret access key</source>
            <translation>Geheimer Zugriffsschlüssel</translation>
        </message>
        <message>
            <source>Paste what the command printed</source>
            <translation>Ausgabe des Befehls einfügen</translation>
        </message>
        <message>
            <source>Fill both fields from the two lines the command printed, copied to the clipboard</source>
            <translation>Beide Felder aus den zwei Zeilen füllen, die der Befehl ausgegeben hat (in die Zwischenablage kopiert)</translation>
        </message>
        <message>
            <source>Check and save</source>
            <translation>Prüfen und speichern</translation>
        </message>
        <message>
            <source>Access key id:</source>
            <translation>Zugriffsschlüssel-ID:</translation>
        </message>
        <message>
            <source>Secret access key:</source>
            <translation>Geheimer Zugriffsschlüssel:</translation>
        </message>
        <message>
            <source>3. Remove the old key on the server</source>
            <translation>3. Den alten Schlüssel auf dem Server entfernen</translation>
        </message>
        <message>
            <source>The account uses the new key now. End the old one on the server, then check that the server refuses it.</source>
            <translation>Das Konto verwendet jetzt den neuen Schlüssel. Beenden Sie den alten auf dem Server und prüfen Sie dann, dass der Server ihn ablehnt.</translation>
        </message>
        <message>
            <source>Check that the old key is refused</source>
            <translation>Prüfen, dass der alte Schlüssel abgelehnt wird</translation>
        </message>
        <message>
            <source>Now: no key yet; calls to the hosted site are refused.</source>
            <translation>Jetzt: noch kein Schlüssel; Aufrufe an die gehostete Seite werden abgelehnt.</translation>
        </message>
        <message>
            <source>Now: signs with the key {key}.</source>
            <translation>Jetzt: signiert mit dem Schlüssel {key}.</translation>
        </message>
        <message>
            <source>Saved: {account} now signs with {key} (profile {profile}). The hosted site answered from {url}.</source>
            <translation>Gespeichert: {account} signiert jetzt mit {key} (Profil {profile}). Die gehostete Seite hat von {url} geantwortet.</translation>
        </message>
        <message>
            <source>The server refuses the old key: the rotation is complete.</source>
            <translation>Der Server lehnt den alten Schlüssel ab: Der Wechsel ist abgeschlossen.</translation>
        </message>
        <message>
            <source>The server still accepts the old key: remove it there, then check again.</source>
            <translation>Der Server nimmt den alten Schlüssel noch an: Entfernen Sie ihn dort und prüfen Sie dann erneut.</translation>
        </message>
        <message>
            <source>Asking the hosted site…</source>
            <translation>Frage die gehostete Seite an…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Requester Workbench</source>
            <translation>Requester Workbench</translation>
        </message>
        <message>
            <source>The store could not be opened:

{error}</source>
            <translation>Der Datenspeicher konnte nicht geöffnet werden:

{error}</translation>
        </message>
    </context>
    <context>
        <name>AssignmentsPage</name>
        <message>
            <source>Assignment</source>
            <translation>Zuweisung</translation>
        </message>
        <message>
            <source>No longer in the store</source>
            <translation>Nicht mehr im Datenspeicher</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <source>The answer could not be read safely; it is kept as it came.</source>
            <translation>Die Antwort konnte nicht sicher gelesen werden; sie bleibt so erhalten, wie sie kam.</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>No answers</source>
            <translation>Keine Antworten</translation>
        </message>
        <message>
            <source>Search assignments: id, worker, HIT or answer (Ctrl+F)</source>
            <translation>Zuweisungen suchen: ID, Worker, HIT oder Antwort (Strg+F)</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Nach Status filtern</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Filter by batch</source>
            <translation>Nach Batch filtern</translation>
        </message>
        <message>
            <source>Worker id</source>
            <translation>Worker-ID</translation>
        </message>
        <message>
            <source>Filter by worker id</source>
            <translation>Nach Worker-ID filtern</translation>
        </message>
        <message>
            <source>No assignments yet. Work that workers submit appears here after a sync (F5).</source>
            <translation>Noch keine Zuweisungen. Eingereichte Arbeit von Workern erscheint hier nach einer Synchronisierung (F5).</translation>
        </message>
        <message>
            <source>Select an assignment to see every answer in full.</source>
            <translation>Wählen Sie eine Zuweisung, um alle Antworten vollständig zu sehen.</translation>
        </message>
        <message>
            <source>1 assignment</source>
            <translation>1 Zuweisung</translation>
        </message>
        <message>
            <source>{count} assignments</source>
            <translation>{count} Zuweisungen</translation>
        </message>
        <message>
            <source>All batches</source>
            <translation>Alle Batches</translation>
        </message>
        <message>
            <source>{count} assignments selected.</source>
            <translation>{count} Zuweisungen ausgewählt.</translation>
        </message>
    </context>
    <context>
        <name>Column</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Übereinst.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Genehmigung</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Angefragt</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Zuweisung</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Zuweisungen</translation>
        </message>
        <message>
            <source>Auto-approves</source>
            <translation>Autom. genehmigt</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Avg time</source>
            <translation>Ø Zeit</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Sperre</translation>
        </message>
        <message>
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Für</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Kontrollfragen</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>HIT</source>
            <translation>HIT</translation>
        </message>
        <message>
            <source>HITs</source>
            <translation>HITs</translation>
        </message>
        <message>
            <source>Hourly wage</source>
            <translation>Stundenlohn</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Zuletzt gesehen</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Per HIT</source>
            <translation>Pro HIT</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>Eingereiht</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punktzahl</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Work time</source>
            <translation>Bearbeitungszeit</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Earned</source>
            <translation>Verdient</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Offen</translation>
        </message>
    </context>
    <context>
        <name>ColumnTip</name>
        <message>
            <source>A change waiting in the outbox for the next Sync</source>
            <translation>Eine Änderung, die im Postausgang auf das nächste Synchronisieren wartet</translation>
        </message>
        <message>
            <source>Assignments accepted and being worked on</source>
            <translation>Angenommene Zuweisungen, die gerade bearbeitet werden</translation>
        </message>
        <message>
            <source>Assignments asked per HIT</source>
            <translation>Angefragte Zuweisungen pro HIT</translation>
        </message>
        <message>
            <source>Assignments no worker has accepted yet</source>
            <translation>Zuweisungen, die noch kein Worker angenommen hat</translation>
        </message>
        <message>
            <source>Assignments the HIT asks for</source>
            <translation>Zuweisungen, die der HIT anfragt</translation>
        </message>
        <message>
            <source>Average work time per assignment</source>
            <translation>Durchschnittliche Bearbeitungszeit pro Zuweisung</translation>
        </message>
        <message>
            <source>Bonuses paid (sent)</source>
            <translation>Gezahlte Boni (gesendet)</translation>
        </message>
        <message>
            <source>Filter by batch with the batch list above</source>
            <translation>Mit der Batch-Liste oben nach Batch filtern</translation>
        </message>
        <message>
            <source>HITs of the batch in the store</source>
            <translation>HITs des Batches im Datenspeicher</translation>
        </message>
        <message>
            <source>Input rows: one HIT each</source>
            <translation>Eingabezeilen: je ein HIT</translation>
        </message>
        <message>
            <source>Median work time per assignment (not sortable)</source>
            <translation>Median der Bearbeitungszeit pro Zuweisung (nicht sortierbar)</translation>
        </message>
        <message>
            <source>Reward and bonuses per hour of work (rejected work earns nothing)</source>
            <translation>Vergütung und Boni pro Arbeitsstunde (abgelehnte Arbeit bringt nichts ein)</translation>
        </message>
        <message>
            <source>Share of gold items answered as expected (batches with a gold column)</source>
            <translation>Anteil der Kontrollfragen, die wie erwartet beantwortet wurden (Batches mit Kontrollspalte)</translation>
        </message>
        <message>
            <source>Share of their choices that match the majority of their HITs</source>
            <translation>Anteil ihrer Antworten, die mit der Mehrheit ihrer HITs übereinstimmen</translation>
        </message>
        <message>
            <source>Share of your sent decisions that were approvals</source>
            <translation>Anteil Ihrer gesendeten Entscheidungen, die Genehmigungen waren</translation>
        </message>
        <message>
            <source>Sorts assignments HIT by HIT</source>
            <translation>Sortiert Zuweisungen HIT für HIT</translation>
        </message>
        <message>
            <source>Submitted and waiting for your decision</source>
            <translation>Eingereicht und wartet auf Ihre Entscheidung</translation>
        </message>
        <message>
            <source>Submitted and waiting for your review</source>
            <translation>Eingereicht und wartet auf Ihre Prüfung</translation>
        </message>
        <message>
            <source>Submitted assignments waiting for your decision</source>
            <translation>Eingereichte Zuweisungen, die auf Ihre Entscheidung warten</translation>
        </message>
        <message>
            <source>Submitted assignments with no decision yet</source>
            <translation>Eingereichte Zuweisungen ohne Entscheidung</translation>
        </message>
        <message>
            <source>The smallest share of workers agreeing on any choice field (sorts disagreement first)</source>
            <translation>Der kleinste Anteil übereinstimmender Worker in einem Auswahlfeld (sortiert Uneinigkeit zuerst)</translation>
        </message>
        <message>
            <source>When MTurk approves (and pays) it by itself if you do nothing</source>
            <translation>Wann MTurk sie von selbst genehmigt (und bezahlt), wenn Sie nichts tun</translation>
        </message>
        <message>
            <source>When the first assignment was submitted</source>
            <translation>Wann die erste Zuweisung eingereicht wurde</translation>
        </message>
        <message>
            <source>When the marketplace approves and pays the first of them by itself</source>
            <translation>Wann der Marktplatz die erste davon von selbst genehmigt und bezahlt</translation>
        </message>
        <message>
            <source>draft: not sent yet; publishing: started, not every HIT made yet</source>
            <translation>Entwurf: noch nicht gesendet; wird veröffentlicht: begonnen, noch nicht alle HITs erstellt</translation>
        </message>
        <message>
            <source>publish, demo, or import (MTurk results)</source>
            <translation>Veröffentlichen, Demo oder Import (MTurk-Ergebnisse)</translation>
        </message>
        <message>
            <source>Approved rewards and bonuses</source>
            <translation>Genehmigte Vergütungen und Boni</translation>
        </message>
        <message>
            <source>Paid by payout runs marked paid (your own workers)</source>
            <translation>Bezahlt durch als bezahlt markierte Auszahlungsläufe (Ihre eigenen Worker)</translation>
        </message>
        <message>
            <source>Earned and not yet paid (your own workers): Pay workers… pays it</source>
            <translation>Verdient und noch nicht bezahlt (Ihre eigenen Worker): „Worker bezahlen…“ zahlt es aus</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <source>Batches</source>
            <translation>Batches</translation>
        </message>
        <message>
            <source>Design a task, choose an input file and publish a batch here. Until this page arrives, publish with `workbench publish --template task.html --input rows.csv …` and find the HITs on the HITs page.</source>
            <translation>Hier entwerfen Sie eine Aufgabe, wählen eine Eingabedatei und veröffentlichen einen Batch. Bis diese Seite kommt, veröffentlichen Sie mit `workbench publish --template task.html --input rows.csv …` und finden die HITs auf der Seite HITs.</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Reviewing side by side — each worker's answers in columns, disagreement highlighted, keys to approve and reject — arrives here. Until then, queue decisions with `workbench review approve|reject`; they appear in the Outbox.</source>
            <translation>Hier kommt die Prüfung nebeneinander – die Antworten jedes Workers in Spalten, Uneinigkeit hervorgehoben, Tasten zum Genehmigen und Ablehnen. Bis dahin reihen Sie Entscheidungen mit `workbench review approve|reject` ein; sie erscheinen im Postausgang.</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Every worker who did your work, with approval rate, work time and bonuses, will be listed here. The Assignments page filters by worker meanwhile.</source>
            <translation>Hier werden alle Worker aufgeführt, die für Sie gearbeitet haben, mit Genehmigungsquote, Bearbeitungszeit und Boni. Bis dahin filtert die Seite Zuweisungen nach Worker.</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Qualifikationen</translation>
        </message>
        <message>
            <source>Qualification types, screening tests and scores will be managed here. `workbench publish --require …` sets requirements meanwhile.</source>
            <translation>Hier werden Qualifikationstypen, Eignungstests und Punktzahlen verwaltet. Bis dahin setzt `workbench publish --require …` Voraussetzungen.</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Spend over time, approval rates and effective hourly pay will be charted here. `workbench export` gives the numbers meanwhile.</source>
            <translation>Hier werden Ausgaben im Zeitverlauf, Genehmigungsquoten und der effektive Stundenlohn dargestellt. Bis dahin liefert `workbench export` die Zahlen.</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>An unexpected error happened:

{error}

Your review decisions are safe: they were saved in the Outbox before anything was sent. The details are in {log}.</source>
            <translation>Ein unerwarteter Fehler ist aufgetreten:

{error}

Ihre Prüfentscheidungen sind sicher: Sie wurden im Postausgang gespeichert, bevor etwas gesendet wurde. Die Einzelheiten stehen in {log}.</translation>
        </message>
    </context>
    <context>
        <name>DataTableView</name>
        <message>
            <source>Nothing matches the search or the filters. Clear them to see every row.</source>
            <translation>Nichts passt zur Suche oder zu den Filtern. Leeren Sie sie, um alle Zeilen zu sehen.</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Could not read the rows</source>
            <translation>Die Zeilen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copying is limited to {limit} rows; export the table instead.</source>
            <translation>Kopieren ist auf {limit} Zeilen begrenzt; exportieren Sie stattdessen die Tabelle.</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>{n}d</source>
            <translation>{n} T</translation>
        </message>
        <message>
            <source>{n}h</source>
            <translation>{n} Std</translation>
        </message>
        <message>
            <source>{n}m</source>
            <translation>{n} Min</translation>
        </message>
        <message>
            <source>{n}s</source>
            <translation>{n} s</translation>
        </message>
    </context>
    <context>
        <name>ExtendDialog</name>
        <message>
            <source>Extend HITs</source>
            <translation>HITs verlängern</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n HIT(s) available for longer. The new time is counted from now, or from the current expiration if that is later.</source>
            <translation>
                <numerusform>%n HIT länger verfügbar halten. Die neue Zeit zählt ab jetzt oder ab dem aktuellen Ablauf, falls dieser später ist.</numerusform>
                <numerusform>%n HITs länger verfügbar halten. Die neue Zeit zählt ab jetzt oder ab dem aktuellen Ablauf, falls dieser später ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>E&amp;xtend by</source>
            <translation>&amp;Verlängern um</translation>
        </message>
    </context>
    <context>
        <name>HitsPage</name>
        <message>
            <source>Search HITs: id, title or batch (Ctrl+F)</source>
            <translation>HITs suchen: ID, Titel oder Batch (Strg+F)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Nach Status filtern</translation>
        </message>
        <message>
            <source>Expire now</source>
            <translation>Jetzt beenden</translation>
        </message>
        <message>
            <source>Extend…</source>
            <translation>Verlängern…</translation>
        </message>
        <message>
            <source>Add assignments…</source>
            <translation>Zuweisungen hinzufügen…</translation>
        </message>
        <message>
            <source>Stop offering the selected HITs to workers (queued in the Outbox, sent by Sync)</source>
            <translation>Die gewählten HITs den Workern nicht mehr anbieten (im Postausgang eingereiht, beim Synchronisieren gesendet)</translation>
        </message>
        <message>
            <source>Keep the selected HITs available longer (queued in the Outbox, sent by Sync)</source>
            <translation>Die gewählten HITs länger verfügbar halten (im Postausgang eingereiht, beim Synchronisieren gesendet)</translation>
        </message>
        <message>
            <source>Ask for more assignments (queued in the Outbox, sent by Sync)</source>
            <translation>Weitere Zuweisungen anfordern (im Postausgang eingereiht, beim Synchronisieren gesendet)</translation>
        </message>
        <message>
            <source>No HITs in this account yet. Publish a batch from Batches, or press F5 to sync an MTurk account.</source>
            <translation>Noch keine HITs in diesem Konto. Veröffentlichen Sie einen Batch unter „Batches“ oder drücken Sie F5, um ein MTurk-Konto zu synchronisieren.</translation>
        </message>
        <message>
            <source>Could not load HITs: {error}</source>
            <translation>HITs konnten nicht geladen werden: {error}</translation>
        </message>
        <message>
            <source>Select a HIT to see its properties and input values.</source>
            <translation>Wählen Sie einen HIT, um seine Eigenschaften und Eingabewerte zu sehen.</translation>
        </message>
        <message>
            <source>Select a HIT to see its assignments.</source>
            <translation>Wählen Sie einen HIT aus, um seine Zuweisungen zu sehen.</translation>
        </message>
        <message>
            <source>1 HIT</source>
            <translation>1 HIT</translation>
        </message>
        <message>
            <source>{count} HITs</source>
            <translation>{count} HITs</translation>
        </message>
        <message>
            <source>{count} HITs selected.</source>
            <translation>{count} HITs ausgewählt.</translation>
        </message>
        <message>
            <source>No worker has submitted work for this HIT yet.</source>
            <translation>Für diesen HIT hat noch kein Worker Arbeit eingereicht.</translation>
        </message>
        <message>
            <source>This HIT is no longer in the store.</source>
            <translation>Dieser HIT ist nicht mehr im Datenspeicher.</translation>
        </message>
        <message>
            <source>HIT id</source>
            <translation>HIT-ID</translation>
        </message>
        <message>
            <source>HIT type</source>
            <translation>HIT-Typ</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Keywords</source>
            <translation>Schlüsselwörter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Review status</source>
            <translation>Prüfstatus</translation>
        </message>
        <message>
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Zuweisungen</translation>
        </message>
        <message>
            <source>{asked} asked, {available} available, {pending} being worked on, {decided} decided</source>
            <translation>{asked} angefragt, {available} verfügbar, {pending} in Bearbeitung, {decided} entschieden</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Läuft ab</translation>
        </message>
        <message>
            <source>Time allowed</source>
            <translation>Erlaubte Zeit</translation>
        </message>
        <message>
            <source>Auto-approval after</source>
            <translation>Automatische Genehmigung nach</translation>
        </message>
        <message>
            <source>Annotation</source>
            <translation>Anmerkung</translation>
        </message>
        <message>
            <source>HIT</source>
            <translation>HIT</translation>
        </message>
        <message>
            <source>Input values</source>
            <translation>Eingabewerte</translation>
        </message>
        <message>
            <source>No input row is known</source>
            <translation>Keine Eingabezeile bekannt</translation>
        </message>
        <message>
            <source>Qualification requirements</source>
            <translation>Qualifikationsvoraussetzungen</translation>
        </message>
        <message numerus="yes">
            <source>Queued {what} for %n HIT(s); Sync (F5) sends it.</source>
            <translation>
                <numerusform>{what} für %n HIT eingereiht; Synchronisieren (F5) sendet es.</numerusform>
                <numerusform>{what} für %n HITs eingereiht; Synchronisieren (F5) sendet es.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not queued</source>
            <translation>Nicht eingereiht</translation>
        </message>
        <message>
            <source>Expire HITs</source>
            <translation>HITs beenden</translation>
        </message>
        <message numerus="yes">
            <source>Stop offering %n HIT(s) to workers now? Work already accepted can still be submitted.</source>
            <translation>
                <numerusform>%n HIT den Workern ab sofort nicht mehr anbieten? Bereits angenommene Arbeit kann noch eingereicht werden.</numerusform>
                <numerusform>%n HITs den Workern ab sofort nicht mehr anbieten? Bereits angenommene Arbeit kann noch eingereicht werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>expiry</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>an extension</source>
            <translation>Verlängerung</translation>
        </message>
        <message numerus="yes">
            <source>%n more assignment(s)</source>
            <translation>
                <numerusform>%n weitere Zuweisung</numerusform>
                <numerusform>%n weitere Zuweisungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LazyTableModel</name>
        <message>
            <source>In your computer's time zone ({zone})</source>
            <translation>In der Zeitzone Ihres Computers ({zone})</translation>
        </message>
        <message>
            <source>Copying is limited to {limit} rows; export the table instead.</source>
            <translation type="vanished">Kopieren ist auf {limit} Zeilen begrenzt; exportieren Sie stattdessen die Tabelle.</translation>
        </message>
        <message>
            <source>The table is still loading; try again in a moment.</source>
            <translation>Die Tabelle wird noch geladen; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>{tip} (not sortable)</source>
            <translation>{tip} (nicht sortierbar)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Requester Workbench</source>
            <translation>Requester Workbench</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source> Account: </source>
            <translation> Konto: </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisieren</translation>
        </message>
        <message>
            <source>Send queued actions, then pull the marketplace (F5)</source>
            <translation>Eingereihte Aktionen senden, dann den Marktplatz abrufen (F5)</translation>
        </message>
        <message>
            <source>Account balance</source>
            <translation>Kontoguthaben</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Go to {page}</source>
            <translation>Gehe zu {page}</translation>
        </message>
        <message>
            <source>&amp;Workbench</source>
            <translation>&amp;Workbench</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Back up store…</source>
            <translation>Datenspeicher &amp;sichern…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Check the store for damage…</source>
            <translation>Speicher auf &amp;Schäden prüfen…</translation>
        </message>
        <message>
            <source>&amp;About Requester Workbench</source>
            <translation>Ü&amp;ber Requester Workbench</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Konto</translation>
        </message>
        <message>
            <source>&amp;Connect an account…</source>
            <translation>Konto &amp;verbinden…</translation>
        </message>
        <message>
            <source>API &amp;key of the hosted site…</source>
            <translation>API-&amp;Schlüssel der gehosteten Seite…</translation>
        </message>
        <message>
            <source>Make, store or rotate the key this account signs its calls to a hosted site with</source>
            <translation>Den Schlüssel erstellen, speichern oder wechseln, mit dem dieses Konto seine Aufrufe an eine gehostete Seite signiert</translation>
        </message>
        <message>
            <source>&amp;Archive this account…</source>
            <translation>Dieses Konto &amp;archivieren…</translation>
        </message>
        <message>
            <source>Pull everything the marketplace still returns into the store</source>
            <translation>Alles, was der Marktplatz noch liefert, in den Datenspeicher holen</translation>
        </message>
        <message>
            <source>&amp;Import MTurk results (CSV)…</source>
            <translation>MTurk-Ergebnisse &amp;importieren (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Export results…</source>
            <translation>&amp;Ergebnisse exportieren…</translation>
        </message>
        <message>
            <source>Write assignments to an Excel workbook or MTurk's batch-results CSV</source>
            <translation>Zuweisungen in eine Excel-Arbeitsmappe oder die Batch-Ergebnis-CSV von MTurk schreiben</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>Balance: not synced yet</source>
            <translation>Guthaben: noch nicht synchronisiert</translation>
        </message>
        <message>
            <source>Balance: {amount}  (as of {when})</source>
            <translation>Guthaben: {amount}  (Stand {when})</translation>
        </message>
        <message>
            <source>Balance: {amount}</source>
            <translation>Guthaben: {amount}</translation>
        </message>
        <message>
            <source>{task} cancelled; what was finished is kept.</source>
            <translation>{task} abgebrochen; was fertig war, bleibt erhalten.</translation>
        </message>
        <message>
            <source>{task} did not finish:

{error}</source>
            <translation>{task} wurde nicht abgeschlossen:

{error}</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n</source>
            <translation>
                <numerusform>%n gesendet</numerusform>
                <numerusform>%n gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n found already done</source>
            <translation>
                <numerusform>%n bereits erledigt</numerusform>
                <numerusform>%n bereits erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused (see the Outbox)</source>
            <translation>
                <numerusform>%n abgewiesen (siehe Postausgang)</numerusform>
                <numerusform>%n abgewiesen (siehe Postausgang)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to retry</source>
            <translation>
                <numerusform>%n erneut zu versuchen</numerusform>
                <numerusform>%n erneut zu versuchen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n that spend real money held back (not confirmed)</source>
            <translation>
                <numerusform>%n mit echten Ausgaben zurückgehalten (nicht bestätigt)</numerusform>
                <numerusform>%n mit echten Ausgaben zurückgehalten (nicht bestätigt)</numerusform>
            </translation>
        </message>
        <message>
            <source>pulled {assignments} from {hits}</source>
            <translation>{assignments} aus {hits} abgerufen</translation>
        </message>
        <message numerus="yes">
            <source>%n assignment(s)</source>
            <translation>
                <numerusform>%n Zuweisung</numerusform>
                <numerusform>%n Zuweisungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed HIT(s)</source>
            <translation>
                <numerusform>%n geändertem HIT</numerusform>
                <numerusform>%n geänderten HITs</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync: {parts}.</source>
            <translation>Synchronisieren: {parts}.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>{batch}: {hits}, {assignments} submitted by simulated workers.</source>
            <translation>{batch}: {hits}, {assignments} von simulierten Workern eingereicht.</translation>
        </message>
        <message numerus="yes">
            <source>%n HIT(s)</source>
            <translation>
                <numerusform>%n HIT</numerusform>
                <numerusform>%n HITs</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo project</source>
            <translation>Demoprojekt</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Einstellungen nicht gespeichert</translation>
        </message>
        <message>
            <source>The settings could not be saved: {error}</source>
            <translation>Die Einstellungen konnten nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>Settings saved. Restart to use the store location and the language.</source>
            <translation>Einstellungen gespeichert. Starten Sie neu, um den Speicherort und die Sprache zu verwenden.</translation>
        </message>
        <message>
            <source>Settings saved. Restart to use the store location.</source>
            <translation>Einstellungen gespeichert. Starten Sie neu, um den Speicherort zu verwenden.</translation>
        </message>
        <message>
            <source>Settings saved. Restart to use the language.</source>
            <translation>Einstellungen gespeichert. Starten Sie neu, um die Sprache zu verwenden.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
        <message>
            <source>Back up store</source>
            <translation>Datenspeicher sichern</translation>
        </message>
        <message>
            <source>This store is on a database server; back it up with the server's own tools.</source>
            <translation>Dieser Datenspeicher liegt auf einem Datenbankserver; sichern Sie ihn mit den Werkzeugen des Servers.</translation>
        </message>
        <message>
            <source>SQLite stores (*.sqlite3)</source>
            <translation>SQLite-Datenspeicher (*.sqlite3)</translation>
        </message>
        <message>
            <source>Backed up the store to {path} ({size} MB).</source>
            <translation>Datenspeicher nach {path} gesichert ({size} MB).</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sicherung</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>This store is on a database server; restore it with the server's own tools.</source>
            <translation>Dieser Datenspeicher liegt auf einem Datenbankserver; stellen Sie ihn mit den Werkzeugen des Servers wieder her.</translation>
        </message>
        <message>
            <source>Wait for the running task to finish (or cancel it) before restoring.</source>
            <translation>Warten Sie, bis die laufende Aufgabe fertig ist (oder brechen Sie sie ab), bevor Sie wiederherstellen.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>SQLite stores (*.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite-Datenspeicher (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Replace the current store with this backup? Anything done since the backup — including queued decisions not yet sent — will be gone from the store. The current store is kept beside it, renamed. The window closes; start the app again to use the restored store.</source>
            <translation>Den aktuellen Datenspeicher durch diese Sicherung ersetzen? Alles, was seit der Sicherung geschehen ist – auch eingereihte, noch nicht gesendete Entscheidungen –, fehlt dann im Datenspeicher. Der aktuelle Datenspeicher bleibt umbenannt daneben erhalten. Das Fenster schließt sich; starten Sie die App erneut, um den wiederhergestellten Datenspeicher zu verwenden.</translation>
        </message>
        <message>
            <source>{error}

The store was not changed.</source>
            <translation>{error}

Der Datenspeicher wurde nicht geändert.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <source>The backup is now the store. The previous store was kept as {path}.</source>
            <translation>Die Sicherung ist jetzt der Datenspeicher. Der bisherige Datenspeicher wurde als {path} aufbewahrt.</translation>
        </message>
        <message>
            <source>The backup is now the store.</source>
            <translation>Die Sicherung ist jetzt der Datenspeicher.</translation>
        </message>
        <message>
            <source>Checking the store</source>
            <translation>Speicher wird geprüft</translation>
        </message>
        <message>
            <source>Check the store</source>
            <translation>Speicher prüfen</translation>
        </message>
        <message>
            <source>{store} is sound: every page was checked in {seconds} s.</source>
            <translation>{store} ist unbeschädigt: Jede Seite wurde in {seconds} s geprüft.</translation>
        </message>
        <message>
            <source>{store} is damaged:

{problems}

Do not make decisions in it. Restore the latest backup (Workbench → Restore from a backup…); the damaged store is kept beside it.</source>
            <translation>{store} ist beschädigt:

{problems}

Treffen Sie darin keine Entscheidungen. Stellen Sie die neueste Sicherung wieder her (Workbench → Aus Sicherung wiederherstellen…); der beschädigte Speicher bleibt daneben erhalten.</translation>
        </message>
        <message>
            <source>Pull every HIT, assignment, bonus, block and qualification that {account} still returns into the store? This can take a long time on a big account; you can cancel and it resumes where it stopped (an earlier archive was cut off: it resumes).</source>
            <translation>Jeden HIT, jede Zuweisung, jeden Bonus, jede Sperre und jede Qualifikation, die {account} noch liefert, in den Datenspeicher holen? Bei einem großen Konto kann das lange dauern; Sie können abbrechen, und es geht dort weiter, wo es aufgehört hat (ein früheres Archivieren wurde unterbrochen: es wird fortgesetzt).</translation>
        </message>
        <message>
            <source>Pull every HIT, assignment, bonus, block and qualification that {account} still returns into the store? This can take a long time on a big account; you can cancel and it resumes where it stopped.</source>
            <translation>Jeden HIT, jede Zuweisung, jeden Bonus, jede Sperre und jede Qualifikation, die {account} noch liefert, in den Datenspeicher holen? Bei einem großen Konto kann das lange dauern; Sie können abbrechen, und es geht dort weiter, wo es aufgehört hat.</translation>
        </message>
        <message>
            <source>Archive this account</source>
            <translation>Dieses Konto archivieren</translation>
        </message>
        <message>
            <source>{hits}, {assignments}, {bonuses} ({calls})</source>
            <translation>{hits}, {assignments}, {bonuses} ({calls})</translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n Bonus</numerusform>
                <numerusform>%n Boni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n Aufruf</numerusform>
                <numerusform>%n Aufrufe</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive complete: {counts}.</source>
            <translation>Archivieren abgeschlossen: {counts}.</translation>
        </message>
        <message>
            <source>Archive stopped; run it again to resume: {counts}.</source>
            <translation>Archivieren angehalten; starten Sie es erneut, um fortzufahren: {counts}.</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivieren</translation>
        </message>
        <message>
            <source>Account not added</source>
            <translation>Konto nicht hinzugefügt</translation>
        </message>
        <message>
            <source>Added {account}. Press F5 to sync it.</source>
            <translation>{account} hinzugefügt. Drücken Sie F5, um es zu synchronisieren.</translation>
        </message>
        <message>
            <source>Import MTurk results</source>
            <translation>MTurk-Ergebnisse importieren</translation>
        </message>
        <message>
            <source>MTurk batch results or review sheets (*.csv *.xlsx);;All files (*)</source>
            <translation>MTurk-Batch-Ergebnisse oder Prüfbögen (*.csv *.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Work in progress</source>
            <translation>Arbeit läuft</translation>
        </message>
        <message>
            <source>{tasks} is still running. Cancel it and quit? What is finished is kept; queued decisions stay in the Outbox.</source>
            <translation>{tasks} läuft noch. Abbrechen und beenden? Was fertig ist, bleibt erhalten; eingereihte Entscheidungen bleiben im Postausgang.</translation>
        </message>
        <message>
            <source>Archive: nothing is paid from it</source>
            <translation>Archiv: Daraus wird nichts bezahlt</translation>
        </message>
        <message>
            <source>Owed to workers: {amount}</source>
            <translation>Den Workern geschuldet: {amount}</translation>
        </message>
        <message>
            <source>What your own workers earned (approved rewards and bonuses) and were not paid yet: Workers ▸ Pay workers…</source>
            <translation>Was Ihre eigenen Worker verdient (genehmigte Vergütungen und Boni) und noch nicht erhalten haben: Worker ▸ Worker bezahlen…</translation>
        </message>
    </context>
    <context>
        <name>Number</name>
        <message>
            <source>{n}%</source>
            <translation>{n} %</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Wird gesendet</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Rückgängig gemacht</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>No longer in the store</source>
            <translation>Nicht mehr im Datenspeicher</translation>
        </message>
        <message>
            <source>cut off</source>
            <translation>unterbrochen</translation>
        </message>
        <message>
            <source>{time} — {outcome}</source>
            <translation>{time} – {outcome}</translation>
        </message>
        <message>
            <source>Try {number}</source>
            <translation>Versuch {number}</translation>
        </message>
        <message>
            <source>{who} at {time}</source>
            <translation>{who} am {time}</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>Queued by</source>
            <translation>Eingereiht von</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>Letzter Fehler</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Not tried yet</source>
            <translation>Noch nicht versucht</translation>
        </message>
        <message>
            <source>Search the outbox: assignment, HIT, worker or reviewer</source>
            <translation>Postausgang durchsuchen: Zuweisung, HIT, Worker oder Prüfer</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Nach Zustand filtern</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Take back actions that have not been sent yet</source>
            <translation>Noch nicht gesendete Aktionen zurücknehmen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Queue failed actions again</source>
            <translation>Fehlgeschlagene Aktionen erneut einreihen</translation>
        </message>
        <message>
            <source>Queued again</source>
            <translation>Erneut eingereiht</translation>
        </message>
        <message>
            <source>Nothing queued. Approvals, rejections, bonuses and other actions wait here until they are sent (F5).</source>
            <translation>Nichts in der Warteschlange. Genehmigungen, Ablehnungen, Boni und andere Aktionen warten hier, bis sie gesendet werden (F5).</translation>
        </message>
        <message>
            <source>Select an action to see its attempts.</source>
            <translation>Wählen Sie eine Aktion, um ihre Versuche zu sehen.</translation>
        </message>
        <message>
            <source>1 action</source>
            <translation>1 Aktion</translation>
        </message>
        <message>
            <source>{count} actions</source>
            <translation>{count} Aktionen</translation>
        </message>
        <message>
            <source>{count} actions selected.</source>
            <translation>{count} Aktionen ausgewählt.</translation>
        </message>
        <message numerus="yes">
            <source>{verb}: %n action(s).</source>
            <translation>
                <numerusform>{verb}: %n Aktion.</numerusform>
                <numerusform>{verb}: %n Aktionen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message numerus="yes">
            <source>Copied %n row(s) to the clipboard.</source>
            <translation>
                <numerusform>%n Zeile in die Zwischenablage kopiert.</numerusform>
                <numerusform>%n Zeilen in die Zwischenablage kopiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Batches</translation>
        </message>
        <message>
            <source>HITs</source>
            <translation>HITs</translation>
        </message>
        <message>
            <source>Assignments</source>
            <translation>Zuweisungen</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>Worker</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>Qualifikationen</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Postausgang</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Datenspeicher</translation>
        </message>
        <message>
            <source>Default: {path}</source>
            <translation>Standard: {path}</translation>
        </message>
        <message>
            <source>An SQLite file, or a database URL such as postgresql://user@server/workbench for a shared store</source>
            <translation>Eine SQLite-Datei oder eine Datenbank-URL wie postgresql://user@server/workbench für einen gemeinsamen Datenspeicher</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose an SQLite store file</source>
            <translation>SQLite-Datenspeicherdatei wählen</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>Speicher&amp;ort</translation>
        </message>
        <message>
            <source>A new location takes effect the next time the app starts.</source>
            <translation>Ein neuer Speicherort gilt ab dem nächsten Start der App.</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Arbeit</translation>
        </message>
        <message>
            <source>(the first account)</source>
            <translation>(das erste Konto)</translation>
        </message>
        <message>
            <source>Default &amp;account</source>
            <translation>Standard-&amp;Konto</translation>
        </message>
        <message>
            <source> an hour</source>
            <translation> pro Stunde</translation>
        </message>
        <message>
            <source>Publishing warns when a task pays less than this per hour (default: the US federal minimum wage)</source>
            <translation>Beim Veröffentlichen wird gewarnt, wenn eine Aufgabe weniger als dies pro Stunde zahlt (Standard: der US-Bundesmindestlohn)</translation>
        </message>
        <message>
            <source>&amp;Fair wage</source>
            <translation>&amp;Fairer Stundenlohn</translation>
        </message>
        <message>
            <source>Send each review decision as soon as it is made</source>
            <translation>Jede Prüfentscheidung sofort senden</translation>
        </message>
        <message>
            <source>Otherwise decisions wait in the Outbox until Sync (F5)</source>
            <translation>Sonst warten Entscheidungen im Postausgang bis zum Synchronisieren (F5)</translation>
        </message>
        <message>
            <source>Push as I go</source>
            <translation>Sofort senden</translation>
        </message>
        <message>
            <source>MTurk account</source>
            <translation>MTurk-Konto</translation>
        </message>
        <message>
            <source>AWS profile</source>
            <translation>AWS-Profil</translation>
        </message>
        <message>
            <source>AWS profiles of the MTurk accounts</source>
            <translation>AWS-Profile der MTurk-Konten</translation>
        </message>
        <message>
            <source>AWS profiles (credentials stay in ~/.aws; empty = the default chain)</source>
            <translation>AWS-Profile (Zugangsdaten bleiben in ~/.aws; leer = Standardkette)</translation>
        </message>
        <message>
            <source>No MTurk accounts yet.</source>
            <translation>Noch keine MTurk-Konten.</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>Far&amp;bschema</translation>
        </message>
        <message>
            <source>Pseudo-localisation (for testing)</source>
            <translation>Pseudo-Lokalisierung (zum Testen)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>A new language takes effect the next time the app starts.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
        </message>
        <message>
            <source>Store file</source>
            <translation>Datenspeicherdatei</translation>
        </message>
        <message>
            <source>SQLite stores (*.sqlite3 *.db);;All files (*)</source>
            <translation>SQLite-Datenspeicher (*.sqlite3 *.db);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <source>Cannot connect: {error}</source>
            <translation>Keine Verbindung möglich: {error}</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
    </context>
    <context>
        <name>SpendConfirmationDialog</name>
        <message>
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <source>&lt;b&gt;{account}&lt;/b&gt; is a Prolific account: what you send is paid from your Prolific workspace with real money and cannot be taken back.</source>
            <translation>&lt;b&gt;{account}&lt;/b&gt; ist ein Prolific-Konto: Was Sie senden, wird mit echtem Geld aus Ihrem Prolific-Workspace bezahlt und kann nicht zurückgenommen werden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{account}&lt;/b&gt; is an MTurk account: what you send is paid with real money and cannot be taken back.</source>
            <translation>&lt;b&gt;{account}&lt;/b&gt; ist ein MTurk-Konto: Was Sie senden, wird mit echtem Geld bezahlt und kann nicht zurückgenommen werden.</translation>
        </message>
        <message>
            <source>Total with fees: {amount}</source>
            <translation>Gesamt mit Gebühren: {amount}</translation>
        </message>
        <message>
            <source>You are asked once per session. If you choose Not now, everything else is still synced and these stay queued.</source>
            <translation>Sie werden einmal pro Sitzung gefragt. Wenn Sie „Jetzt nicht“ wählen, wird alles andere trotzdem synchronisiert, und diese bleiben eingereiht.</translation>
        </message>
        <message>
            <source>Send and pay {amount}</source>
            <translation>Senden und {amount} zahlen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n Genehmigung</numerusform>
                <numerusform>%n Genehmigungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bonus(es)</source>
            <translation>
                <numerusform>%n Bonus</numerusform>
                <numerusform>%n Boni</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n extra assignment(s)</source>
            <translation>
                <numerusform>%n zusätzliche Zuweisung</numerusform>
                <numerusform>%n zusätzliche Zuweisungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{what}: {amount} + {fees} fees</source>
            <translation>{what}: {amount} + {fees} Gebühren</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Assignable</source>
            <translation>Zuweisbar</translation>
        </message>
        <message>
            <source>Unassignable</source>
            <translation>Nicht zuweisbar</translation>
        </message>
        <message>
            <source>Reviewable</source>
            <translation>Prüfbar</translation>
        </message>
        <message>
            <source>Reviewing</source>
            <translation>In Prüfung</translation>
        </message>
        <message>
            <source>Disposed</source>
            <translation>Entsorgt</translation>
        </message>
        <message>
            <source>NotReviewed</source>
            <translation>Nicht geprüft</translation>
        </message>
        <message>
            <source>MarkedForReview</source>
            <translation>Zur Prüfung markiert</translation>
        </message>
        <message>
            <source>ReviewedAppropriate</source>
            <translation>Geprüft: angemessen</translation>
        </message>
        <message>
            <source>ReviewedInappropriate</source>
            <translation>Geprüft: unangemessen</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ausstehend</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>gesendet</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>rückgängig gemacht</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>publishing</source>
            <translation>wird veröffentlicht</translation>
        </message>
        <message>
            <source>published</source>
            <translation>veröffentlicht</translation>
        </message>
        <message>
            <source>reconciled</source>
            <translation>bereits erledigt</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgewiesen</translation>
        </message>
        <message>
            <source>ambiguous</source>
            <translation>unklar</translation>
        </message>
        <message>
            <source>retryable</source>
            <translation>wiederholbar</translation>
        </message>
        <message>
            <source>change queued</source>
            <translation>Änderung eingereiht</translation>
        </message>
        <message>
            <source>revoke queued</source>
            <translation>Entzug eingereiht</translation>
        </message>
    </context>
    <context>
        <name>TaskProgress</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the running task</source>
            <translation>Laufende Aufgabe abbrechen</translation>
        </message>
        <message>
            <source>Stop the running task; what is finished is kept</source>
            <translation>Die laufende Aufgabe anhalten; was fertig ist, bleibt erhalten</translation>
        </message>
        <message>
            <source>{done} / {total}</source>
            <translation>{done} / {total}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Design and publish…</source>
            <translation>Gestalten und veröffentlichen…</translation>
        </message>
        <message>
            <source>Choose or design the task page, add your input file, preview, see the cost, publish</source>
            <translation>Aufgabenseite wählen oder gestalten, Eingabedatei hinzufügen, Vorschau ansehen, Kosten prüfen, veröffentlichen</translation>
        </message>
        <message>
            <source>Open the template designer</source>
            <translation>Vorlagen-Designer öffnen</translation>
        </message>
        <message>
            <source>Design and publish my own task</source>
            <translation>Eigene Aufgabe gestalten und veröffentlichen</translation>
        </message>
        <message>
            <source>Start from a ready-made task (sentiment, image labels, survey link, transcription, data checks) or design your own page, fill it from a CSV or Excel file and publish it to workers you invite.</source>
            <translation>Beginnen Sie mit einer fertigen Aufgabe (Stimmung, Bildlabels, Umfragelink, Transkription, Datenprüfung) oder gestalten Sie Ihre eigene Seite, füllen Sie sie aus einer CSV- oder Excel-Datei und veröffentlichen Sie sie für Worker, die Sie einladen.</translation>
        </message>
        <message>
            <source>Welcome to Requester Workbench</source>
            <translation>Willkommen bei Requester Workbench</translation>
        </message>
        <message>
            <source>Design tasks, publish batches, review the work side by side and take the results to Excel — on MTurk or on your own marketplace.</source>
            <translation>Aufgaben entwerfen, Batches veröffentlichen, die Arbeit nebeneinander prüfen und die Ergebnisse nach Excel bringen – auf MTurk oder auf Ihrem eigenen Marktplatz.</translation>
        </message>
        <message>
            <source>Try a demo project</source>
            <translation>Demoprojekt ausprobieren</translation>
        </message>
        <message>
            <source>Connect an MTurk account…</source>
            <translation>MTurk-Konto verbinden…</translation>
        </message>
        <message>
            <source>Import MTurk results (CSV)…</source>
            <translation>MTurk-Ergebnisse importieren (CSV)…</translation>
        </message>
        <message>
            <source>Try it with a demo</source>
            <translation>Mit einer Demo ausprobieren</translation>
        </message>
        <message>
            <source>Publishes 50 sentiment-labelling HITs to your local marketplace and lets simulated workers — careful ones, careless ones and a spammer — do them. Nothing leaves this computer and no money moves.</source>
            <translation>Veröffentlicht 50 HITs zur Stimmungsbewertung auf Ihrem lokalen Marktplatz und lässt simulierte Worker – sorgfältige, nachlässige und einen Spammer – sie bearbeiten. Nichts verlässt diesen Computer, und kein Geld fließt.</translation>
        </message>
        <message>
            <source>Connect MTurk</source>
            <translation>MTurk verbinden</translation>
        </message>
        <message>
            <source>Use an MTurk sandbox or production account, or any endpoint that speaks MTurk's API. Credentials stay in your AWS configuration.</source>
            <translation>Verwenden Sie ein MTurk-Sandbox- oder Produktionskonto oder einen beliebigen Endpunkt mit der API von MTurk. Die Zugangsdaten bleiben in Ihrer AWS-Konfiguration.</translation>
        </message>
        <message>
            <source>Bring in your MTurk archive</source>
            <translation>Ihr MTurk-Archiv übernehmen</translation>
        </message>
        <message>
            <source>Import the batch-results CSV files you downloaded from MTurk, to browse, review offline, chart and export them.</source>
            <translation>Importieren Sie die von MTurk heruntergeladenen CSV-Dateien mit Batch-Ergebnissen, um sie zu durchsuchen, offline zu prüfen, in Diagrammen darzustellen und zu exportieren.</translation>
        </message>
        <message>
            <source>Preparing the demo…</source>
            <translation>Demo wird vorbereitet…</translation>
        </message>
    </context>
</TS>
