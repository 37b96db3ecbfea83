<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BulkBonusDialog</name>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="92" />
            <source>Bonus participants</source>
            <translation>Bonus an Teilnehmende</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="95" />
            <source>Pay each of these %n participant(s) a bonus through Prolific's bulk bonus (set up, then paid once):</source>
            <translation>
                <numerusform>Dieser Person einen Bonus über den Sammelbonus von Prolific zahlen (angelegt, dann genau einmal bezahlt):</numerusform>
                <numerusform>Jeder dieser %n Personen einen Bonus über den Sammelbonus von Prolific zahlen (angelegt, dann genau einmal bezahlt):</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="107" />
            <source>e.g. 0.75</source>
            <translation>z. B. 0.75</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="108" />
            <source>Bonus for each participant</source>
            <translation>Bonus für jede Person</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="110" />
            <source>Reason for the bonus</source>
            <translation>Grund für den Bonus</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="111" />
            <source>&amp;Each ({currency})</source>
            <translation>&amp;Je Person ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="112" />
            <source>&amp;Reason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="127" />
            <source>Queue the bonuses</source>
            <translation>Boni einreihen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="141" />
            <source>Enter the bonus each participant gets, e.g. 0.75.</source>
            <translation>Geben Sie den Bonus je Person ein, z. B. 0.75.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="149" />
            <source>A bonus is at most {limit}.</source>
            <translation>Ein Bonus beträgt höchstens {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="151" />
            <source>Tick the box above to confirm a bonus of more than {limit} each.</source>
            <translation>Kreuzen Sie das Kästchen oben an, um einen Bonus von mehr als {limit} je Person zu bestätigen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="155" />
            <source>Say what the bonus is for.</source>
            <translation>Sagen Sie, wofür der Bonus ist.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="162" />
            <source>Yes, pay {amount} to each: more than {limit}</source>
            <translation>Ja, jeder Person {amount} zahlen: mehr als {limit}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="171" />
            <source>{count} × {each} = {amount} + Prolific's fee {fee} = {total}</source>
            <translation>{count} × {each} = {amount} + Gebühr von Prolific {fee} = {total}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantMessageDialog</name>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="190" />
            <source>Message participants</source>
            <translation>Nachricht an Teilnehmende</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="193" />
            <source>To %n participant(s), through Prolific:</source>
            <translation>
                <numerusform>An %n Person, über Prolific:</numerusform>
                <numerusform>An %n Personen, über Prolific:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="196" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="199" />
            <source>Queue message</source>
            <translation>Nachricht einreihen</translation>
        </message>
    </context>
    <context>
        <name>ProlificFields</name>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="41" />
            <source>Prolific</source>
            <translation>Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="49" />
            <source>Settings → API tokens on Prolific</source>
            <translation>Einstellungen → API-Tokens auf Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="50" />
            <source>Prolific API token</source>
            <translation>Prolific-API-Token</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="52" />
            <source>https://api.prolific.com (leave empty)</source>
            <translation>https://api.prolific.com (leer lassen)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="53" />
            <source>Only to rehearse against a stand-in such as `workbench prolific simulate`</source>
            <translation>Nur zum Proben gegen einen Ersatz wie `workbench prolific simulate`</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="55" />
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="57" />
            <source>Test the token to see its workspace and balance.</source>
            <translation>Testen Sie das Token, um Workspace und Guthaben zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="64" />
            <source>API &amp;token</source>
            <translation>API-&amp;Token</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="65" />
            <source>API address</source>
            <translation>API-Adresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="71" />
            <source>The token is kept in a file only you can read, in your settings folder, never in the store.</source>
            <translation>Das Token liegt in einer Datei, die nur Sie lesen können, in Ihrem Einstellungsordner, nie im Speicher.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="94" />
            <source>Test the token again: it changed.</source>
            <translation>Testen Sie das Token erneut: Es hat sich geändert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="105" />
            <source>The API address must start with http:// or https://.</source>
            <translation>Die API-Adresse muss mit http:// oder https:// beginnen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="111" />
            <source>Asking Prolific…</source>
            <translation>Frage Prolific…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="123" />
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="125" />
            <source>Connected as {email}: workspace “{workspace}”, available balance {balance}.</source>
            <translation>Verbunden als {email}: Workspace „{workspace}“, verfügbares Guthaben {balance}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/dialogs/prolific_account.py" line="137" />
            <source>Not connected: {error}</source>
            <translation>Nicht verbunden: {error}</translation>
        </message>
    </context>
    <context>
        <name>ProlificStatus</name>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="59" />
            <source>Draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="60" />
            <source>Scheduled</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="61" />
            <source>Publishing</source>
            <translation>Wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="62" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="63" />
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="64" />
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="65" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="66" />
            <source>Reserved</source>
            <translation>Reserviert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="67" />
            <source>Timed out</source>
            <translation>Zeit abgelaufen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="68" />
            <source>Approved</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="69" />
            <source>Partially approved</source>
            <translation>Teilweise angenommen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="70" />
            <source>Returned</source>
            <translation>Zurückgegeben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="71" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="72" />
            <source>Screened out</source>
            <translation>Ausgesiebt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="73" />
            <source>Not created yet</source>
            <translation>Noch nicht angelegt</translation>
        </message>
    </context>
    <context>
        <name>StudyWindow</name>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="214" />
            <source>Participant</source>
            <translation>Teilnehmer*in</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="215" />
            <location filename="../../src/workbench/views/prolific/study_window.py" line="320" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="216" />
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="217" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="218" />
            <location filename="../../src/workbench/views/prolific/study_window.py" line="339" />
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="219" />
            <source>Submission</source>
            <translation>Einreichung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="231" />
            <source>Prolific study</source>
            <translation>Prolific-Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="244" />
            <source>&amp;Publish</source>
            <translation>&amp;Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="245" />
            <source>P&amp;ause</source>
            <translation>P&amp;ausieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="246" />
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="247" />
            <source>Add p&amp;laces…</source>
            <translation>P&amp;lätze hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="248" />
            <source>S&amp;top</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="249" />
            <source>End the study: nobody new can take part</source>
            <translation>Die Studie beenden: Niemand Neues kann teilnehmen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="264" />
            <location filename="../../src/workbench/views/prolific/study_window.py" line="344" />
            <source>Submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="273" />
            <source>Appro&amp;ve</source>
            <translation>A&amp;nnehmen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="274" />
            <source>&amp;Reject…</source>
            <translation>Ab&amp;lehnen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="275" />
            <source>Ask to re&amp;turn…</source>
            <translation>Um &amp;Rückgabe bitten…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="276" />
            <source>&amp;Bonus…</source>
            <translation>Bon&amp;us…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="277" />
            <source>&amp;Message…</source>
            <translation>&amp;Nachricht…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="278" />
            <source>Bloc&amp;k…</source>
            <translation>&amp;Sperren…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="317" />
            <source>Prolific study — {name}</source>
            <translation>Prolific-Studie — {name}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="321" />
            <source>Places</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="321" />
            <source>{taken} of {total} taken</source>
            <translation>{taken} von {total} belegt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="323" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="323" />
            <source>{reward} per participant; %n HIT(s) each</source>
            <translation>
                <numerusform>{reward} pro Person; je %n HIT</numerusform>
                <numerusform>{reward} pro Person; je %n HITs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="326" />
            <source>Completion code</source>
            <translation>Abschlusscode</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="327" />
            <source>Study URL</source>
            <translation>Studien-URL</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="328" />
            <source>Prolific id</source>
            <translation>Prolific-ID</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="328" />
            <source>not created yet</source>
            <translation>noch nicht angelegt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="329" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="331" />
            <source>Last synced</source>
            <translation>Zuletzt synchronisiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="336" />
            <source>Rewards</source>
            <translation>Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="336" />
            <location filename="../../src/workbench/views/prolific/study_window.py" line="339" />
            <source>{amount} + fee {fee}</source>
            <translation>{amount} + Gebühr {fee}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="341" />
            <source>Paid so far</source>
            <translation>Bisher bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="342" />
            <source>Study</source>
            <translation>Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="344" />
            <source>None yet</source>
            <translation>Noch keine</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="345" />
            <source>Money</source>
            <translation>Geld</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="370" />
            <source>%n action(s) of this study wait in the Outbox.</source>
            <translation>
                <numerusform>%n Aktion dieser Studie wartet im Postausgang.</numerusform>
                <numerusform>%n Aktionen dieser Studie warten im Postausgang.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="435" />
            <source>Queued; it is sent once you confirm the spending (Sync asks again).</source>
            <translation>Eingereiht; es wird gesendet, sobald Sie die Ausgabe bestätigen (Synchronisieren fragt erneut).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="445" />
            <source>{count} sent</source>
            <translation>{count} gesendet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="447" />
            <source>{count} refused (see the Outbox)</source>
            <translation>{count} abgewiesen (siehe Postausgang)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="450" />
            <source>{count} waiting</source>
            <translation>{count} wartend</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="452" />
            <source>Outbox: {parts}.</source>
            <translation>Postausgang: {parts}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="464" />
            <source>Not sent ({error}); it stays in the Outbox.</source>
            <translation>Nicht gesendet ({error}); es bleibt im Postausgang.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="482" />
            <source>Publishing queued.</source>
            <translation>Veröffentlichen eingereiht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="489" />
            <source>Pausing queued.</source>
            <translation>Pausieren eingereiht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="490" />
            <source>Resuming queued.</source>
            <translation>Fortsetzen eingereiht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="490" />
            <source>Stopping queued.</source>
            <translation>Beenden eingereiht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="499" />
            <source>Stop the study?</source>
            <translation>Studie beenden?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="500" />
            <source>Stop “{name}”? Nobody new can take part; participants already in it can finish, and you review them as usual. A stopped study cannot be started again.</source>
            <translation>„{name}“ beenden? Niemand Neues kann teilnehmen; wer schon dabei ist, kann fertig werden, und Sie prüfen wie gewohnt. Eine beendete Studie kann nicht wieder gestartet werden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="512" />
            <source>Add places</source>
            <translation>Plätze hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="513" />
            <source>Places to add (each pays {reward} and Prolific's fee):</source>
            <translation>Hinzuzufügende Plätze (jeder kostet {reward} und die Gebühr von Prolific):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="519" />
            <source>%n place(s) to add, queued.</source>
            <translation>
                <numerusform>%n Platz zum Hinzufügen eingereiht.</numerusform>
                <numerusform>%n Plätze zum Hinzufügen eingereiht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="527" />
            <source>%n approval(s) queued.</source>
            <translation>
                <numerusform>%n Annahme eingereiht.</numerusform>
                <numerusform>%n Annahmen eingereiht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="536" />
            <source>%n submission(s)</source>
            <translation>
                <numerusform>%n Einreichung</numerusform>
                <numerusform>%n Einreichungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="544" />
            <source>%n rejection(s) queued.</source>
            <translation>
                <numerusform>%n Ablehnung eingereiht.</numerusform>
                <numerusform>%n Ablehnungen eingereiht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="550" />
            <source>Ask to return</source>
            <translation>Um Rückgabe bitten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="551" />
            <source>Why should the participant return their submission? (Prolific shows them this)</source>
            <translation>Warum soll die Person ihre Einreichung zurückgeben? (Prolific zeigt ihr das)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="557" />
            <source>%n return request(s) queued.</source>
            <translation>
                <numerusform>%n Bitte um Rückgabe eingereiht.</numerusform>
                <numerusform>%n Bitten um Rückgabe eingereiht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/prolific/study_window.py" line="573" />
            <source>A bonus for %n participant(s) queued.</source>
            <translation>
                <numerusform>Ein Bonus für %n Person eingereiht.</numerusform>
                <numerusform>Ein Bonus für %n Personen eingereiht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="587" />
            <source>Message queued.</source>
            <translation>Nachricht eingereiht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/prolific/study_window.py" line="603" />
            <source>Block of {who} queued.</source>
            <translation>Sperre von {who} eingereiht.</translation>
        </message>
    </context>
</TS>
