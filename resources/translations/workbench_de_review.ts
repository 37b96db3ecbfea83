<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="241"/>
        <source>Approve with feedback</source>
        <translation>Mit Rückmeldung genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="244"/>
        <source>Approve {what}. Feedback is optional; the worker sees it.</source>
        <translation>Sie genehmigen {what}. Die Rückmeldung ist freiwillig; der Worker sieht sie.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="247"/>
        <source>Feedback to the worker</source>
        <translation>Rückmeldung an den Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="253"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="267"/>
        <source>Feedback is limited to {limit} characters.</source>
        <translation>Die Rückmeldung ist auf {limit} Zeichen begrenzt.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="408"/>
        <source>Block worker</source>
        <translation>Worker sperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="409"/>
        <source>Unblock worker</source>
        <translation>Worker entsperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="414"/>
        <source>Block participant {worker}: they join this account's block list, a participant group on Prolific, and studies published from here leave them out.</source>
        <translation>Teilnehmer*in {worker} sperren: Die Person kommt auf die Sperrliste dieses Kontos, eine Teilnehmergruppe auf Prolific, und von hier veröffentlichte Studien schließen sie aus.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="419"/>
        <source>Block {worker} from all of this account's HITs, or soft-block them. A block counts against a worker's standing on MTurk; for work that is merely not good enough MTurk recommends the soft block: a qualification your HITs require them not to have.</source>
        <translation>{worker} für alle HITs dieses Kontos sperren oder weich sperren. Eine Sperre schadet dem Ansehen eines Workers auf MTurk; für Arbeit, die bloß nicht gut genug ist, empfiehlt MTurk die weiche Sperre: eine Qualifikation, die Ihre HITs bei ihm ausschließen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="424"/>
        <source>Unblock {worker}: they can work on your HITs again.</source>
        <translation>{worker} entsperren: Er kann wieder an Ihren HITs arbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="428"/>
        <source>Reason (required to block; the worker may see it):</source>
        <translation>Grund (zum Sperren nötig; der Worker sieht ihn eventuell):</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="429"/>
        <source>Reason (optional):</source>
        <translation>Grund (optional):</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="432"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="441"/>
        <source>Lift the soft block</source>
        <translation>Weiche Sperre aufheben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="442"/>
        <source>Soft block (recommended)</source>
        <translation>Weiche Sperre (empfohlen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="450"/>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="451"/>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="472"/>
        <source>A block needs a reason.</source>
        <translation>Eine Sperre braucht einen Grund.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="448"/>
        <source>Leave the worker out of HITs that exclude the soft-block qualification (Enter, Ctrl+Return)</source>
        <translation>Den Worker von HITs fernhalten, die die Qualifikation der weichen Sperre ausschließen (Eingabe, Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>BonusDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="45"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="46"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="47"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="48"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="49"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="282"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="292"/>
        <source>Pay participant {worker} a bonus on Prolific for the session that worked assignment {assignment} (Prolific's bulk bonus: set up, then paid once).</source>
        <translation>Teilnehmer*in {worker} auf Prolific einen Bonus für die Sitzung zahlen, in der die Zuweisung {assignment} bearbeitet wurde (Sammelbonus von Prolific: angelegt, dann genau einmal bezahlt).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="296"/>
        <source>Pay worker {worker} a bonus for assignment {assignment}.</source>
        <translation>Worker {worker} einen Bonus für Zuweisung {assignment} zahlen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="301"/>
        <source>e.g. 0.50</source>
        <translation>z. B. 0.50</translation>
    </message>
    <message>
        <source>Bonus amount in US dollars</source>
        <translation type="vanished">Bonusbetrag in US-Dollar</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="vanished">Betrag (USD)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="308"/>
        <source>Reason the worker sees</source>
        <translation>Grund, den der Worker sieht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="310"/>
        <source>Reason (the worker sees it)</source>
        <translation>Grund (der Worker sieht ihn)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="314"/>
        <source>Pay another bonus for this assignment</source>
        <translation>Einen weiteren Bonus für diese Zuweisung zahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="318"/>
        <source>This assignment already has a bonus:</source>
        <translation>Diese Zuweisung hat bereits einen Bonus:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="332"/>
        <source>Queue bonus</source>
        <translation>Bonus vormerken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="349"/>
        <source>Enter an amount, e.g. 0.50.</source>
        <translation>Geben Sie einen Betrag ein, z. B. 0.50.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="353"/>
        <source>The amount is not valid: {error}.</source>
        <translation>Der Betrag ist ungültig: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="358"/>
        <source>A bonus needs a reason: the worker sees it.</source>
        <translation>Ein Bonus braucht einen Grund: Der Worker sieht ihn.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="360"/>
        <source>The reason is limited to {limit} characters.</source>
        <translation>Der Grund ist auf {limit} Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="363"/>
        <source>Tick the box above to pay a second bonus for the same assignment.</source>
        <translation>Haken Sie das Kästchen oben an, um einen zweiten Bonus für dieselbe Zuweisung zu zahlen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="380"/>
        <source>Bonus {bonus} + fee {fee} = {total} in total</source>
        <translation>Bonus {bonus} + Gebühr {fee} = {total} insgesamt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="355"/>
        <source>Tick the box above to confirm a bonus of more than {limit}.</source>
        <translation>Setzen Sie oben das Häkchen, um einen Bonus von mehr als {limit} zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="302"/>
        <source>Bonus amount in {currency}</source>
        <translation>Bonusbetrag in {currency}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="305"/>
        <source>Amount ({currency})</source>
        <translation>Betrag ({currency})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="375"/>
        <source>Yes, pay {amount}: more than {limit}</source>
        <translation>Ja, {amount} zahlen: mehr als {limit}</translation>
    </message>
</context>
<context>
    <name>GoldDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="171"/>
        <source>Gold answers</source>
        <translation>Kontrollantworten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="175"/>
        <source>Gold items in {batch}: rows whose input column holds the answer you expect. Workers' answers on them give their gold accuracy, and the bulk rule “{rule}” compares with them.</source>
        <translation>Kontrollfragen in {batch}: Zeilen, deren Eingabespalte die erwartete Antwort enthält. Die Antworten der Worker darauf ergeben ihre Kontrollgenauigkeit, und die Massenregel „{rule}“ vergleicht mit ihnen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="182"/>
        <source>Input column with the expected answer</source>
        <translation>Eingabespalte mit der erwarteten Antwort</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="183"/>
        <source>(no gold items)</source>
        <translation>(keine Kontrollfragen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="187"/>
        <source>Answer field it is the expected answer of</source>
        <translation>Antwortfeld, dessen erwartete Antwort sie ist</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="193"/>
        <source>Input column</source>
        <translation>Eingabespalte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="194"/>
        <source>Expected answer of</source>
        <translation>Erwartete Antwort für</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="214"/>
        <source>No answer field to compare with yet.</source>
        <translation>Noch kein Antwortfeld zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="128"/>
        <source>History of {worker}</source>
        <translation>Verlauf von {worker}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="144"/>
        <source>No work from this worker in this account.</source>
        <translation>Keine Arbeit dieses Workers in diesem Konto.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="145"/>
        <source>Assignments of {worker}</source>
        <translation>Zuweisungen von {worker}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/workers/dialogs.py" line="150"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n Zuweisung</numerusform>
            <numerusform>%n Zuweisungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitPanel</name>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="170"/>
        <source>Review notice</source>
        <translation>Prüfhinweis</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="175"/>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="301"/>
        <source>Input values</source>
        <translation>Eingabewerte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="183"/>
        <source>Answers side by side</source>
        <translation>Antworten nebeneinander</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="184"/>
        <source>Task page (T)</source>
        <translation>Aufgabenseite (T)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="189"/>
        <source>The chosen answer in full</source>
        <translation>Die gewählte Antwort vollständig</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="200"/>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="242"/>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="206"/>
        <source>Approve (A)</source>
        <translation>Genehmigen (A)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="207"/>
        <source>Reject… (R)</source>
        <translation>Ablehnen … (R)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="208"/>
        <source>Approve all (Shift+A)</source>
        <translation>Alle genehmigen (Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="209"/>
        <source>Reject all… (Shift+R)</source>
        <translation>Alle ablehnen … (Umschalt+R)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="210"/>
        <source>Bonus… (B)</source>
        <translation>Bonus … (B)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="211"/>
        <source>Block…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="212"/>
        <source>Block or unblock the worker (Ctrl+Shift+B)</source>
        <translation>Den Worker sperren oder entsperren (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="213"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="232"/>
        <source>A approve · R reject · Shift+A approve all · Shift+R reject all · F approve with feedback · B bonus · ←/→ assignment · N/P next/previous HIT · Ctrl+Z undo · T task page</source>
        <translation>A genehmigen · R ablehnen · Umschalt+A alle genehmigen · Umschalt+R alle ablehnen · F mit Rückmeldung genehmigen · B Bonus · ←/→ Zuweisung · N/P nächster/vorheriger HIT · Strg+Z Rückgängig · T Aufgabenseite</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="242"/>
        <source>Choose a HIT in the queue.</source>
        <translation>Wählen Sie einen HIT in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="302"/>
        <source>This HIT has no input values in the store</source>
        <translation>Dieser HIT hat keine Eingabewerte im Datenspeicher</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="337"/>
        <source>reward {amount}</source>
        <translation>Vergütung {amount}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="340"/>
        <source>{left} of {total} to decide</source>
        <translation>{left} von {total} zu entscheiden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="345"/>
        <source>auto-approves {countdown} ({time})</source>
        <translation>automatische Genehmigung {countdown} ({time})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="359"/>
        <source>Choose an assignment (←/→) to see its answers in full.</source>
        <translation>Wählen Sie eine Zuweisung (←/→), um ihre Antworten vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="365"/>
        <source>{worker} — assignment {assignment}</source>
        <translation>{worker} — Zuweisung {assignment}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="367"/>
        <source>No answers</source>
        <translation>Keine Antworten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="369"/>
        <source>Track record</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="370"/>
        <source>No record yet</source>
        <translation>Noch keine Bilanz</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="116"/>
        <source>Import {file}</source>
        <translation>{file} importieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="124"/>
        <source>revoked</source>
        <translation>entzogen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="126"/>
        <source>block: {reason}</source>
        <translation>sperren: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="126"/>
        <source>unblock</source>
        <translation>entsperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="131"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="133"/>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="135"/>
        <source>Queue the changes</source>
        <translation>Änderungen vormerken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="140"/>
        <source>Each change goes to the Outbox; Sync sends them.</source>
        <translation>Jede Änderung kommt in den Postausgang; Synchronisieren sendet sie.</translation>
    </message>
</context>
<context>
    <name>LocalePicker</name>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="57"/>
        <source>{text} is not a country code like US or US-NY</source>
        <translation>{text} ist kein Ländercode wie US oder US-NY</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="62"/>
        <source>{code} is not a country code</source>
        <translation>{code} ist kein Ländercode</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="81"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="88"/>
        <source>State or province</source>
        <translation>Bundesstaat oder Provinz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="89"/>
        <source>A state (for the US) or an ISO 3166-2 subdivision code; leave it at 'Whole country' for anywhere in the country</source>
        <translation>Ein Bundesstaat (für die USA) oder ein ISO-3166-2-Regionscode; lassen Sie „Ganzes Land“ stehen für das ganze Land</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="102"/>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="48"/>
        <source>Message workers</source>
        <translation>Workern schreiben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/workers/dialogs.py" line="54"/>
        <source>To %n worker(s): {workers}</source>
        <translation>
            <numerusform>An %n Worker: {workers}</numerusform>
            <numerusform>An %n Worker: {workers}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="57"/>
        <source>Sent as {chunks} messages of at most {size} workers each; whoever cannot be reached is listed afterwards.</source>
        <translation>Gesendet als {chunks} Nachrichten an je höchstens {size} Worker; wer nicht erreichbar ist, wird danach aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="63"/>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="68"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="66"/>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="69"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="76"/>
        <source>Queue message</source>
        <translation>Nachricht vormerken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="95"/>
        <source>Select the workers to write to first.</source>
        <translation>Wählen Sie zuerst die Worker, denen Sie schreiben wollen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="97"/>
        <source>Write a subject.</source>
        <translation>Schreiben Sie einen Betreff.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="99"/>
        <source>The subject is limited to {limit} characters.</source>
        <translation>Der Betreff ist auf {limit} Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="102"/>
        <source>Write a message.</source>
        <translation>Schreiben Sie eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="104"/>
        <source>The message is limited to {limit} characters.</source>
        <translation>Die Nachricht ist auf {limit} Zeichen begrenzt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="109"/>
        <source>Subject {subject}/{subject_limit} · message {message}/{message_limit} characters</source>
        <translation>Betreff {subject}/{subject_limit} · Nachricht {message}/{message_limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>QualificationsPage</name>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="60"/>
        <source>Granted at once to any worker who asks, with the score {value}</source>
        <translation>Jedem anfragenden Worker sofort gewährt, mit der Punktzahl {value}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="65"/>
        <source>scored at once from the answer key</source>
        <translation>sofort per Lösungsschlüssel bewertet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="68"/>
        <source>you review the answers (the key kept here suggests a score)</source>
        <translation>Sie prüfen die Antworten (der hier gespeicherte Schlüssel schlägt eine Punktzahl vor)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="72"/>
        <source>you review the answers</source>
        <translation>Sie prüfen die Antworten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="73"/>
        <source>A test of {duration}, {scored}</source>
        <translation>Ein Test von {duration}, {scored}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="77"/>
        <source>Workers ask; you grant or reject each request</source>
        <translation>Worker fragen an; Sie gewähren oder lehnen jede Anfrage ab</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="79"/>
        <source>Only once: a worker who asked cannot ask again</source>
        <translation>Nur einmal: Wer angefragt hat, kann nicht erneut anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="81"/>
        <source>Again after {duration}</source>
        <translation>Erneut nach {duration}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="86"/>
        <source>(takes no new requests)</source>
        <translation>(nimmt keine neuen Anfragen an)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="88"/>
        <source>Add a requirement on {name} in the publish wizard, or --require {option}</source>
        <translation>Fügen Sie im Veröffentlichungsassistenten eine Voraussetzung auf {name} hinzu, oder --require {option}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="92"/>
        <source>About</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="93"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="94"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="96"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="97"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="98"/>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="194"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="99"/>
        <source>How they get it</source>
        <translation>Wie sie sie erhalten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="100"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="101"/>
        <source>Holding it</source>
        <translation>Besitzen sie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="102"/>
        <source>Requests waiting</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="103"/>
        <source>Requiring it</source>
        <translation>Als Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="104"/>
        <source>When publishing</source>
        <translation>Beim Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="127"/>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="215"/>
        <source>New qualification type…</source>
        <translation>Neuer Qualifikationstyp …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="128"/>
        <source>Create a qualification type (Ctrl+N)</source>
        <translation>Einen Qualifikationstyp anlegen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="129"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="130"/>
        <source>Change the description, how workers get it and the retries</source>
        <translation>Beschreibung, Vergabe und Wiederholungen ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="132"/>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="301"/>
        <source>Edit test…</source>
        <translation>Test bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="133"/>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="299"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="134"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="136"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="137"/>
        <source>Fetch this type's holders and requests from the marketplace (F5)</source>
        <translation>Inhaber und Anfragen dieses Typs vom Marktplatz abrufen (F5)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="139"/>
        <source>Simulate workers…</source>
        <translation>Worker simulieren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="140"/>
        <source>Let simulated workers on the local marketplace ask for it and take its test</source>
        <translation>Simulierte Worker auf dem lokalen Marktplatz sie anfragen und ihren Test ablegen lassen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="160"/>
        <source>Qualification types</source>
        <translation>Qualifikationstypen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="173"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="174"/>
        <source>Copy the qualification type id to the clipboard</source>
        <translation>Die ID des Qualifikationstyps in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="183"/>
        <source>About the qualification type</source>
        <translation>Über den Qualifikationstyp</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="192"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="193"/>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="316"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="210"/>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="211"/>
        <source>A qualification lets only the workers you choose do your HITs. Create one, give it a screening test with an answer key (or grant scores yourself), then require it when you publish a batch: only workers with a good enough score can accept.</source>
        <translation>Mit einer Qualifikation bearbeiten nur die Worker Ihre HITs, die Sie auswählen. Legen Sie eine an, geben Sie ihr einen Eignungstest mit Lösungsschlüssel (oder vergeben Sie Punktzahlen selbst) und verlangen Sie sie beim Veröffentlichen eines Batches: Nur Worker mit ausreichender Punktzahl können annehmen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="239"/>
        <source>Qualification types could not be loaded: {error}</source>
        <translation>Qualifikationstypen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="294"/>
        <source>Choose a qualification type.</source>
        <translation>Wählen Sie einen Qualifikationstyp.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="300"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="302"/>
        <source>Add a test…</source>
        <translation>Test hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="311"/>
        <source>The test cannot be shown: {error}</source>
        <translation>Der Test lässt sich nicht anzeigen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="313"/>
        <source>No test: workers ask for this qualification and you decide, or it is granted at once.</source>
        <translation>Kein Test: Worker fragen diese Qualifikation an und Sie entscheiden, oder sie wird sofort gewährt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="315"/>
        <source>Requests ({count})</source>
        <translation>Anfragen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="317"/>
        <source>Workers ({count})</source>
        <translation>Worker ({count})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="326"/>
        <source>Copied {id}.</source>
        <translation>{id} kopiert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="329"/>
        <source>Sync sends them.</source>
        <translation>Synchronisieren sendet sie.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="372"/>
        <source>Creating the qualification type</source>
        <translation>Qualifikationstyp wird angelegt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="373"/>
        <source>Created {name}.</source>
        <translation>{name} angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="387"/>
        <source>Saving the qualification type</source>
        <translation>Qualifikationstyp wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="388"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="403"/>
        <source>Edit test</source>
        <translation>Test bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="404"/>
        <source>The test cannot be edited here: {error}</source>
        <translation>Der Test lässt sich hier nicht bearbeiten: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="413"/>
        <source>Test: {name}</source>
        <translation>Test: {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="436"/>
        <source>Saving the test</source>
        <translation>Test wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="437"/>
        <source>Saved the test of {name}.</source>
        <translation>Test von {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="444"/>
        <source>Changing the status</source>
        <translation>Status wird geändert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="446"/>
        <source>Activated {name}.</source>
        <translation>{name} aktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="447"/>
        <source>Deactivated {name}.</source>
        <translation>{name} deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="455"/>
        <source>Delete qualification type</source>
        <translation>Qualifikationstyp löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/qualifications.py" line="456"/>
        <source>Delete {name}? %n worker(s) hold it; HITs that require it can no longer be accepted by anyone. MTurk cannot undo this.</source>
        <translation>
            <numerusform>{name} löschen? %n Worker besitzt sie; HITs, die sie voraussetzen, kann niemand mehr annehmen. MTurk kann das nicht rückgängig machen.</numerusform>
            <numerusform>{name} löschen? %n Worker besitzen sie; HITs, die sie voraussetzen, kann niemand mehr annehmen. MTurk kann das nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="467"/>
        <source>Deleted {name}.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="470"/>
        <source>Deleting the qualification type</source>
        <translation>Qualifikationstyp wird gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="478"/>
        <source>Fetching from the marketplace</source>
        <translation>Abruf vom Marktplatz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="480"/>
        <source>Refreshed {name}.</source>
        <translation>{name} aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="488"/>
        <source>Simulate workers</source>
        <translation>Worker simulieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="489"/>
        <source>How many simulated workers ask for {name}?</source>
        <translation>Wie viele simulierte Worker fragen {name} an?</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/qualifications.py" line="503"/>
        <source>Simulated workers asking for {name}</source>
        <translation>Simulierte Worker fragen {name} an</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="30"/>
        <source>One choice</source>
        <translation>Eine Auswahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="31"/>
        <source>Several choices</source>
        <translation>Mehrere Auswahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="32"/>
        <source>Free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="48"/>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="83"/>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="191"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="64"/>
        <source>How the answers name this question (QuestionIdentifier); letters, digits, - and _ are safest</source>
        <translation>Wie die Antworten diese Frage nennen (QuestionIdentifier); Buchstaben, Ziffern, - und _ sind am sichersten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="67"/>
        <source>Question id</source>
        <translation>Fragen-ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="69"/>
        <source>Kind of question</source>
        <translation>Art der Frage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="72"/>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="73"/>
        <source>Workers cannot hand in the test without answering it</source>
        <translation>Worker können den Test nicht ohne Antwort hierauf abgeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="75"/>
        <source>The question, as workers read it</source>
        <translation>Die Frage, wie Worker sie lesen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="76"/>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="79"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="80"/>
        <source>The text is HTML (FormattedContent): bold, lists, links</source>
        <translation>Der Text ist HTML (FormattedContent): fett, Listen, Links</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="82"/>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="109"/>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="190"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="82"/>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="190"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="91"/>
        <source>Choices</source>
        <translation>Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="92"/>
        <source>Add choice</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="93"/>
        <source>Remove choice</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="96"/>
        <source>Earned by picking exactly the correct choices</source>
        <translation>Für genau die richtige Auswahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="97"/>
        <source>Partial credit for picking some of them (and no wrong one)</source>
        <translation>Teilpunkte für einen Teil davon (ohne falsche)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="101"/>
        <source>Earned by any answer not listed (negative to penalise guessing)</source>
        <translation>Für jede nicht aufgeführte Antwort (negativ, um Raten zu bestrafen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="103"/>
        <source>An answer key cannot score free text: you read these answers when you review requests.</source>
        <translation>Ein Lösungsschlüssel kann Freitext nicht bewerten: Sie lesen diese Antworten beim Prüfen der Anfragen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="128"/>
        <source>Correct choices earn</source>
        <translation>Richtige Auswahl bringt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="131"/>
        <source>Any other answer earns</source>
        <translation>Jede andere Antwort bringt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/question_editor.py" line="190"/>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="84"/>
        <source>The worker sees this</source>
        <translation>Der Worker sieht das</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="85"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="99"/>
        <location filename="../../src/workbench/views/review/dialogs.py" line="161"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="99"/>
        <source>Reject on Prolific</source>
        <translation>Auf Prolific ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="104"/>
        <source>Reject {what} on Prolific. The participant is not paid and reads your message; a rejection counts against them. Prolific asks for a category and a message of at least {least} characters that says what was wrong.</source>
        <translation>{what} auf Prolific ablehnen. Die Person wird nicht bezahlt und liest Ihre Nachricht; eine Ablehnung zählt gegen sie. Prolific verlangt eine Kategorie und eine Nachricht von mindestens {least} Zeichen, die sagt, was falsch war.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="110"/>
        <source>Reject {what}. The worker sees this feedback and is not paid, and a rejection counts against their record: say clearly what was wrong.</source>
        <translation>Sie lehnen {what} ab. Der Worker sieht diese Rückmeldung und wird nicht bezahlt, und eine Ablehnung belastet seine Bilanz: Sagen Sie klar, was falsch war.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="113"/>
        <source>Rejection category</source>
        <translation>Ablehnungskategorie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="114"/>
        <source>Choose a category…</source>
        <translation>Kategorie wählen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="122"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="126"/>
        <source>Saved reasons</source>
        <translation>Gespeicherte Gründe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="138"/>
        <source>Saved reasons (press 1–9):</source>
        <translation>Gespeicherte Gründe (Tasten 1–9):</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="142"/>
        <source>Message to the participant:</source>
        <translation>Nachricht an die Person:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="143"/>
        <source>Feedback to the worker:</source>
        <translation>Rückmeldung an den Worker:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="146"/>
        <source>Message to the participant</source>
        <translation>Nachricht an die Person</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="147"/>
        <source>Feedback to the worker</source>
        <translation>Rückmeldung an den Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="153"/>
        <source>Characters in the message</source>
        <translation>Zeichen in der Nachricht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="156"/>
        <source>Save this feedback as a reason</source>
        <translation>Diese Rückmeldung als Grund speichern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="208"/>
        <source>Choose the category Prolific files this rejection under.</source>
        <translation>Wählen Sie die Kategorie, unter der Prolific diese Ablehnung einordnet.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="210"/>
        <source>Prolific needs at least {least} characters: say what was wrong and what the instructions asked for.</source>
        <translation>Prolific verlangt mindestens {least} Zeichen: Sagen Sie, was falsch war und was die Anleitung verlangte.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="214"/>
        <source>A rejection needs feedback: choose a reason or type one.</source>
        <translation>Eine Ablehnung braucht eine Rückmeldung: Wählen Sie einen Grund oder geben Sie einen ein.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="216"/>
        <source>Feedback is limited to {limit} characters ({count} now).</source>
        <translation>Die Rückmeldung ist auf {limit} Zeichen begrenzt (jetzt {count}).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/dialogs.py" line="227"/>
        <source>{count} of at least {least} characters</source>
        <translation>{count} von mindestens {least} Zeichen</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="56"/>
        <source>{worker} asked for {name} on {time}.</source>
        <translation>{worker} hat am {time} {name} angefragt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="58"/>
        <source>{worker} asked for {name}.</source>
        <translation>{worker} hat {name} angefragt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="64"/>
        <source>No test was taken: decide from what you know of this worker.</source>
        <translation>Kein Test abgelegt: Entscheiden Sie nach dem, was Sie über diesen Worker wissen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="71"/>
        <source>The answers cannot be read safely: {error}</source>
        <translation>Die Antworten lassen sich nicht sicher lesen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="82"/>
        <source>Score {value} ({summed} of {maximum} points, {correct} of {questions} for full marks).</source>
        <translation>Punktzahl {value} ({summed} von {maximum} Punkten, {correct} von {questions} mit voller Punktzahl).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="96"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="139"/>
        <source>Some were left alone:</source>
        <translation>Einige blieben unverändert:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="171"/>
        <source>The worker's answers</source>
        <translation>Die Antworten des Workers</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="172"/>
        <source>Requests waiting</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="174"/>
        <source>Grant with their scores</source>
        <translation>Mit ihren Punktzahlen gewähren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="175"/>
        <source>Grant each selected request the score its answers earned (Ctrl+G)</source>
        <translation>Jeder ausgewählten Anfrage die Punktzahl ihrer Antworten gewähren (Strg+G)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="177"/>
        <source>Grant with score…</source>
        <translation>Mit Punktzahl gewähren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="178"/>
        <source>Grant the selected requests a score you choose</source>
        <translation>Den ausgewählten Anfragen eine gewählte Punktzahl gewähren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="180"/>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="181"/>
        <source>Reject the selected requests, telling the workers why (Ctrl+Shift+R)</source>
        <translation>Die ausgewählten Anfragen ablehnen, mit Begründung an die Worker (Strg+Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/panels.py" line="218"/>
        <source>%n request(s) waiting for you</source>
        <translation>
            <numerusform>%n Anfrage wartet auf Sie</numerusform>
            <numerusform>%n Anfragen warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="219"/>
        <source>No requests waiting.</source>
        <translation>Keine Anfragen offen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/panels.py" line="234"/>
        <source>%n request(s) selected.</source>
        <translation>
            <numerusform>%n Anfrage ausgewählt.</numerusform>
            <numerusform>%n Anfragen ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="236"/>
        <source>Select a request to see the worker's answers.</source>
        <translation>Wählen Sie eine Anfrage, um die Antworten des Workers zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="248"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="265"/>
        <source>Reject requests</source>
        <translation>Anfragen ablehnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/panels.py" line="266"/>
        <source>Reject %n request(s)? Tell the workers why; they read it.</source>
        <translation>
            <numerusform>%n Anfrage ablehnen? Sagen Sie den Workern warum; sie lesen es.</numerusform>
            <numerusform>%n Anfragen ablehnen? Sagen Sie den Workern warum; sie lesen es.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="269"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>RequirementEditor</name>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="406"/>
        <source>No requirements: every worker can find, preview and accept these HITs.</source>
        <translation>Keine Voraussetzungen: Jeder Worker kann diese HITs finden, ansehen und annehmen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="415"/>
        <source>&amp;Add requirement</source>
        <translation>Voraussetzung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="416"/>
        <source>Add a qualification requirement (Ctrl+Shift+Q)</source>
        <translation>Eine Qualifikationsvoraussetzung hinzufügen (Strg+Umschalt+Q)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="430"/>
        <source>Requirement warnings</source>
        <translation>Hinweise zu Voraussetzungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="485"/>
        <source>Your qualifications</source>
        <translation>Ihre Qualifikationen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="492"/>
        <source>Another qualification (by id)…</source>
        <translation>Andere Qualifikation (per ID) …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="549"/>
        <source>{count} of {limit}</source>
        <translation>{count} von {limit}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="565"/>
        <source>Requirement {number}: </source>
        <translation>Voraussetzung {number}: </translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="93"/>
        <source>Approval rate (%)</source>
        <translation>Genehmigungsquote (%)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="64"/>
        <source>less than</source>
        <translation>weniger als</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="65"/>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="66"/>
        <source>more than</source>
        <translation>mehr als</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="67"/>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="68"/>
        <source>equal to</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="69"/>
        <source>not equal to</source>
        <translation>ungleich</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="70"/>
        <source>has been granted</source>
        <translation>wurde gewährt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="71"/>
        <source>has not been granted</source>
        <translation>wurde nicht gewährt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="72"/>
        <source>one of</source>
        <translation>einer von</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="73"/>
        <source>none of</source>
        <translation>keiner von</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="76"/>
        <source>Guards accepting</source>
        <translation>Schützt das Annehmen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="77"/>
        <source>Guards preview and accept</source>
        <translation>Schützt Vorschau und Annehmen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="78"/>
        <source>Hides the HITs from others</source>
        <translation>Verbirgt die HITs vor anderen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="81"/>
        <source>Every worker finds and previews the HITs; only qualified ones can accept.</source>
        <translation>Jeder Worker findet die HITs und sieht die Vorschau; nur qualifizierte können annehmen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="84"/>
        <source>Every worker finds the HITs; only qualified ones can see a preview or accept.</source>
        <translation>Jeder Worker findet die HITs; nur qualifizierte sehen die Vorschau oder können annehmen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="87"/>
        <source>Only qualified workers find the HITs at all.</source>
        <translation>Nur qualifizierte Worker finden die HITs überhaupt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="92"/>
        <source>HIT approval rate (%)</source>
        <translation>HIT-Genehmigungsquote (%)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="94"/>
        <source>Number of HITs approved</source>
        <translation>Anzahl genehmigter HITs</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="95"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="96"/>
        <source>Adult content (18+)</source>
        <translation>Inhalte für Erwachsene (18+)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="97"/>
        <source>Masters</source>
        <translation>Masters</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="98"/>
        <source>Masters (sandbox)</source>
        <translation>Masters (Sandbox)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="99"/>
        <source>The share of a worker's decided assignments, for all requesters, that were approved.</source>
        <translation>Der Anteil der entschiedenen Zuweisungen eines Workers, bei allen Auftraggebern, die genehmigt wurden.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="101"/>
        <source>How many assignments of the worker's, for all requesters, were approved.</source>
        <translation>Wie viele Zuweisungen des Workers, bei allen Auftraggebern, genehmigt wurden.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="103"/>
        <source>The country (and, in the US, the state) the worker gave as their address.</source>
        <translation>Das Land (und in den USA der Bundesstaat), das der Worker als Adresse angegeben hat.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="105"/>
        <source>Workers who agreed to see adult content; needed if the HITs may show any.</source>
        <translation>Worker, die Inhalten für Erwachsene zugestimmt haben; nötig, wenn die HITs solche zeigen können.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="107"/>
        <source>Workers MTurk recognised for consistently good work; adds 5% of the reward to the fee.</source>
        <translation>Worker, die MTurk für beständig gute Arbeit anerkannt hat; erhöht die Gebühr um 5 % der Vergütung.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="109"/>
        <source>Your own qualification.</source>
        <translation>Ihre eigene Qualifikation.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="110"/>
        <source>Your own qualification with a test.</source>
        <translation>Ihre eigene Qualifikation mit Test.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="111"/>
        <source>Your own qualification (inactive).</source>
        <translation>Ihre eigene Qualifikation (inaktiv).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="112"/>
        <source>Your own qualification with a test (inactive).</source>
        <translation>Ihre eigene Qualifikation mit Test (inaktiv).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="143"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="166"/>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="171"/>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="172"/>
        <source>Qualification type id</source>
        <translation>ID des Qualifikationstyps</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="176"/>
        <source>Comparator</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="182"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="184"/>
        <source>e.g. 1, 2, 3</source>
        <translation>z. B. 1, 2, 3</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="185"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="188"/>
        <source>e.g. US, CA, GB or US-NY</source>
        <translation>z. B. US, CA, GB oder US-NY</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="189"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="190"/>
        <source>Up to 15 two-letter country codes, each optionally with a subdivision: US-NY is New York state</source>
        <translation>Bis zu 15 zweibuchstabige Ländercodes, jeweils optional mit Region: US-NY ist der Bundesstaat New York</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="196"/>
        <source>Guards</source>
        <translation>Schützt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="203"/>
        <source>What workers without this qualification cannot do</source>
        <translation>Was Worker ohne diese Qualifikation nicht können</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="207"/>
        <source>Remove this requirement</source>
        <translation>Diese Voraussetzung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="208"/>
        <source>Remove requirement</source>
        <translation>Voraussetzung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="242"/>
        <source>Another qualification (by id)…</source>
        <translation>Andere Qualifikation (per ID) …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="282"/>
        <source>A qualification type id, e.g. one another requester shared with you</source>
        <translation>Die ID eines Qualifikationstyps, z. B. von einem anderen Auftraggeber mit Ihnen geteilt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="321"/>
        <source>(any score)</source>
        <translation>(beliebige Punktzahl)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/requirement_editor.py" line="334"/>
        <source>type the qualification type id</source>
        <translation>geben Sie die ID des Qualifikationstyps ein</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="108"/>
        <location filename="../../src/workbench/views/review/actions.py" line="109"/>
        <source>Choose an assignment</source>
        <translation>Wählen Sie eine Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="112"/>
        <source>Approve, overriding the rejection (A)</source>
        <translation>Genehmigen, Ablehnung aufheben (A)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="114"/>
        <source>Approve (A)</source>
        <translation>Genehmigen (A)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="115"/>
        <source>Approve this assignment</source>
        <translation>Diese Zuweisung genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="118"/>
        <source>Reject this assignment, with feedback</source>
        <translation>Diese Zuweisung ablehnen, mit Rückmeldung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="124"/>
        <source>Unblock…</source>
        <translation>Entsperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="125"/>
        <source>Block…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="159"/>
        <source>Still queuing the last decision…</source>
        <translation>Die letzte Entscheidung wird noch vorgemerkt …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="162"/>
        <source>The HIT is still loading.</source>
        <translation>Der HIT wird noch geladen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="167"/>
        <source>A new HIT just appeared: look at it before deciding.</source>
        <translation>Gerade ist ein neuer HIT erschienen: Sehen Sie ihn an, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="170"/>
        <source>Pressed twice? The second press was ignored.</source>
        <translation>Doppelt gedrückt? Der zweite Tastendruck wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="181"/>
        <location filename="../../src/workbench/views/review/actions.py" line="216"/>
        <source>Choose an assignment first (←/→).</source>
        <translation>Wählen Sie zuerst eine Zuweisung (←/→).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="192"/>
        <location filename="../../src/workbench/views/review/actions.py" line="229"/>
        <source>Every assignment of this HIT already has a decision.</source>
        <translation>Jede Zuweisung dieses HITs ist bereits entschieden.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="206"/>
        <location filename="../../src/workbench/views/review/actions.py" line="222"/>
        <source>the work of {worker}</source>
        <translation>die Arbeit von {worker}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="234"/>
        <source>all %n undecided assignment(s) of this HIT</source>
        <translation>
            <numerusform>die %n offene Zuweisung dieses HITs</numerusform>
            <numerusform>alle %n offenen Zuweisungen dieses HITs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="310"/>
        <source>%n approval(s) queued. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>%n Genehmigung vorgemerkt. Strg+Z macht sie rückgängig.</numerusform>
            <numerusform>%n Genehmigungen vorgemerkt. Strg+Z macht sie rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="312"/>
        <source>%n rejection(s) queued. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>%n Ablehnung vorgemerkt. Strg+Z macht sie rückgängig.</numerusform>
            <numerusform>%n Ablehnungen vorgemerkt. Strg+Z macht sie rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="322"/>
        <source> by {reviewer}</source>
        <translation> von {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="323"/>
        <source> at {time} UTC</source>
        <translation> um {time} UTC</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="326"/>
        <source>Already decided{by}{at}: {error}. Nothing was queued; the HIT is shown as it is now.</source>
        <translation>Bereits entschieden{by}{at}: {error}. Nichts wurde vorgemerkt; der HIT wird so gezeigt, wie er jetzt ist.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="329"/>
        <source>Already decided{by}{at}.</source>
        <translation>Bereits entschieden{by}{at}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="333"/>
        <source>Decision not queued</source>
        <translation>Entscheidung nicht vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="351"/>
        <source>Nothing to undo in this session.</source>
        <translation>In dieser Sitzung gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="368"/>
        <source>Undone: %n decision(s) taken back.</source>
        <translation>
            <numerusform>Rückgängig: %n Entscheidung zurückgenommen.</numerusform>
            <numerusform>Rückgängig: %n Entscheidungen zurückgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="382"/>
        <source>Cannot undo: {error}</source>
        <translation>Rückgängig nicht möglich: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="410"/>
        <source>Bonus of {amount} queued for {worker}.</source>
        <translation>Bonus von {amount} für {worker} vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="479"/>
        <source>Approvals and bonuses stay queued until you confirm the spending (Sync asks again).</source>
        <translation>Genehmigungen und Boni bleiben vorgemerkt, bis Sie die Ausgaben bestätigen (Synchronisieren fragt erneut).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="489"/>
        <source>sent {count}</source>
        <translation>{count} gesendet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="491"/>
        <source>{count} refused (see the Outbox)</source>
        <translation>{count} abgewiesen (siehe Postausgang)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="493"/>
        <source>{count} to retry</source>
        <translation>{count} zum erneuten Versuch</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="495"/>
        <source>{count} held until the spending is confirmed</source>
        <translation>{count} zurückgehalten, bis die Ausgaben bestätigt sind</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="497"/>
        <source>Send as I go: {parts}.</source>
        <translation>Sofort senden: {parts}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="506"/>
        <source>Send as I go: not sent ({error}); the decisions stay in the Outbox.</source>
        <translation>Sofort senden: nicht gesendet ({error}); die Entscheidungen bleiben im Postausgang.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="524"/>
        <source>Choose a batch first: bulk rules work on one batch.</source>
        <translation>Wählen Sie zuerst einen Batch: Massenregeln wirken auf einen Batch.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="526"/>
        <source>Finding the assignments the rule picks…</source>
        <translation>Die Zuweisungen der Regel werden gesucht …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="530"/>
        <source>Preview failed: {error}</source>
        <translation>Vorschau fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="542"/>
        <source>Queuing decisions</source>
        <translation>Entscheidungen werden vorgemerkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="552"/>
        <source>Queued %n decision(s).</source>
        <translation>
            <numerusform>%n Entscheidung vorgemerkt.</numerusform>
            <numerusform>%n Entscheidungen vorgemerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/actions.py" line="554"/>
        <source>%n skipped: already decided.</source>
        <translation>
            <numerusform>%n übersprungen: bereits entschieden.</numerusform>
            <numerusform>%n übersprungen: bereits entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="566"/>
        <source>Choose a batch first: gold answers belong to a batch.</source>
        <translation>Wählen Sie zuerst einen Batch: Kontrollantworten gehören zu einem Batch.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="632"/>
        <source>Dawid-Skene not available: {error}</source>
        <translation>Dawid-Skene nicht verfügbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="652"/>
        <source>Choose an assignment to see its task page.</source>
        <translation>Wählen Sie eine Zuweisung, um ihre Aufgabenseite zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="655"/>
        <source>The store has no task page for this HIT (imported results carry none).</source>
        <translation>Der Datenspeicher hat keine Aufgabenseite für diesen HIT (importierte Ergebnisse haben keine).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="679"/>
        <source>The task page cannot be read: {error}</source>
        <translation>Die Aufgabenseite ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/actions.py" line="682"/>
        <source>The task page is on another site ({url}); it is not loaded here. The answers are in the grid.</source>
        <translation>Die Aufgabenseite liegt auf einer anderen Website ({url}); sie wird hier nicht geladen. Die Antworten stehen im Raster.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="65"/>
        <source>Oldest submission first</source>
        <translation>Älteste Einreichung zuerst</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="66"/>
        <source>Disagreement first</source>
        <translation>Abweichungen zuerst</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="67"/>
        <source>Auto-approval soonest first</source>
        <translation>Automatische Genehmigung: früheste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="68"/>
        <source>Newest submission first</source>
        <translation>Neueste Einreichung zuerst</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="69"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="70"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="71"/>
        <source>All with work</source>
        <translation>Alle mit Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="137"/>
        <source>Show the HITs whose work the marketplace approves first</source>
        <translation>Die HITs zeigen, deren Arbeit der Marktplatz zuerst genehmigt</translation>
    </message>
    <message>
        <source>Work the marketplace approves soon</source>
        <translation>Arbeit, die der Marktplatz bald genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="146"/>
        <source>No HITs here. Submitted work appears after a sync (F5).</source>
        <translation>Hier sind keine HITs. Eingereichte Arbeit erscheint nach einer Synchronisierung (F5).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="148"/>
        <source>Review queue</source>
        <translation>Prüf-Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="173"/>
        <source>Queue: {error}</source>
        <translation>Warteschlange: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="203"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="213"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="220"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="224"/>
        <source>Worker id</source>
        <translation>Worker-ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="225"/>
        <source>Only HITs this worker did</source>
        <translation>Nur HITs dieses Workers</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="229"/>
        <source>Search HITs (Ctrl+F)</source>
        <translation>HITs suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="233"/>
        <source>Bulk rules</source>
        <translation>Massenregeln</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="235"/>
        <source>Decide many assignments of a batch at once, after a preview</source>
        <translation>Viele Zuweisungen eines Batches auf einmal entscheiden, nach einer Vorschau</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="244"/>
        <source>Gold…</source>
        <translation>Kontrolle …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="245"/>
        <source>Which input column holds the expected answers</source>
        <translation>Welche Eingabespalte die erwarteten Antworten enthält</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="247"/>
        <source>Send as I go</source>
        <translation>Sofort senden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="248"/>
        <location filename="../../src/workbench/views/pages/review.py" line="353"/>
        <source>Send each decision to the marketplace at once, instead of at the next Sync</source>
        <translation>Jede Entscheidung sofort an den Marktplatz senden statt beim nächsten Synchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="267"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="268"/>
        <source>Reject…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="269"/>
        <source>Approve with feedback…</source>
        <translation>Mit Rückmeldung genehmigen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="271"/>
        <source>Approve all of the HIT</source>
        <translation>Den ganzen HIT genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="273"/>
        <source>Reject all of the HIT…</source>
        <translation>Den ganzen HIT ablehnen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="275"/>
        <source>Bonus…</source>
        <translation>Bonus …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="276"/>
        <source>Block or unblock the worker…</source>
        <translation>Worker sperren oder entsperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="278"/>
        <source>Undo the last decision</source>
        <translation>Letzte Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="280"/>
        <source>Next assignment</source>
        <translation>Nächste Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="282"/>
        <source>Previous assignment</source>
        <translation>Vorherige Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="284"/>
        <source>Next HIT</source>
        <translation>Nächster HIT</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="286"/>
        <source>Previous HIT</source>
        <translation>Vorheriger HIT</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="288"/>
        <source>Task page</source>
        <translation>Aufgabenseite</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="336"/>
        <source>Loading the queue…</source>
        <translation>Warteschlange wird geladen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="324"/>
        <location filename="../../src/workbench/views/pages/review.py" line="366"/>
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/review.py" line="367"/>
        <source>{name} (%n to review)</source>
        <translation>
            <numerusform>{name} (%n zu prüfen)</numerusform>
            <numerusform>{name} (%n zu prüfen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/review.py" line="399"/>
        <source>%n HIT(s) ({state})</source>
        <translation>
            <numerusform>%n HIT ({state})</numerusform>
            <numerusform>%n HITs ({state})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="416"/>
        <source>Nothing left to review here</source>
        <translation>Hier gibt es nichts mehr zu prüfen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="416"/>
        <source>No HITs</source>
        <translation>Keine HITs</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="417"/>
        <source>Every submitted assignment in this view has a decision. Decisions wait in the Outbox until Sync (F5) sends them.</source>
        <translation>Jede eingereichte Zuweisung in dieser Ansicht ist entschieden. Entscheidungen warten im Postausgang, bis Synchronisieren (F5) sie sendet.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="419"/>
        <source>Change the filters above to see more HITs.</source>
        <translation>Ändern Sie die Filter oben, um mehr HITs zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/review.py" line="431"/>
        <source>⚠ %n assignment(s) auto-approve within 24 hours — show them first</source>
        <translation>
            <numerusform>⚠ %n Zuweisung wird binnen 24 Stunden automatisch genehmigt — zuerst zeigen</numerusform>
            <numerusform>⚠ %n Zuweisungen werden binnen 24 Stunden automatisch genehmigt — zuerst zeigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="498"/>
        <source>This HIT is no longer in the store</source>
        <translation>Dieser HIT ist nicht mehr im Datenspeicher</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="526"/>
        <source>This HIT could not be loaded</source>
        <translation>Dieser HIT konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="548"/>
        <source>That was the last HIT in the queue.</source>
        <translation>Das war der letzte HIT in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="550"/>
        <source>This is the first HIT in the queue.</source>
        <translation>Das ist der erste HIT in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="552"/>
        <source>You have reached the end of the queue. Decisions wait in the Outbox until Sync (F5) sends them.</source>
        <translation>Sie sind am Ende der Warteschlange. Entscheidungen warten im Postausgang, bis Synchronisieren (F5) sie sendet.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="633"/>
        <source>Decisions are sent as soon as they are queued.</source>
        <translation>Entscheidungen werden gesendet, sobald sie vorgemerkt sind.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="635"/>
        <source>Decisions wait in the Outbox until Sync (F5).</source>
        <translation>Entscheidungen warten im Postausgang bis zum Synchronisieren (F5).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="130"/>
        <source>About this account</source>
        <translation>Über dieses Konto</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/review.py" line="345"/>
        <source>MTurk archive: history. This work was done, decided and paid on MTurk, which closed on 2026-09-30. Browse it, compare the answers and export them; nothing here is approved, rejected or paid.</source>
        <translation>MTurk-Archiv: Geschichte. Diese Arbeit wurde auf MTurk erledigt, entschieden und bezahlt; MTurk hat am 30.09.2026 geschlossen. Sie können sie durchsehen, die Antworten vergleichen und exportieren; hier wird nichts genehmigt, abgelehnt oder bezahlt.</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="177"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="178"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="190"/>
        <source>Granted on request ({value})</source>
        <translation>Auf Anfrage gewährt ({value})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="193"/>
        <source>Test (auto-scored), {duration}</source>
        <translation>Test (automatisch bewertet), {duration}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="195"/>
        <source>Test (you review), {duration}</source>
        <translation>Test (Sie prüfen), {duration}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="197"/>
        <source>You grant it</source>
        <translation>Sie gewähren sie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="201"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="202"/>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="205"/>
        <source>Requests waiting for your decision</source>
        <translation>Anfragen, die auf Ihre Entscheidung warten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="206"/>
        <source>Holders</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="208"/>
        <source>Workers holding a score</source>
        <translation>Worker mit einer Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="209"/>
        <source>How workers get it</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="211"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="233"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="247"/>
        <source>{correct} of {total}</source>
        <translation>{correct} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="252"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="254"/>
        <source>Qualification</source>
        <translation>Qualifikation</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="256"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="259"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="260"/>
        <source>The value the answer key gives these answers</source>
        <translation>Der Wert, den der Lösungsschlüssel diesen Antworten gibt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="262"/>
        <source>Full marks</source>
        <translation>Volle Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="264"/>
        <source>Questions answered for full marks</source>
        <translation>Mit voller Punktzahl beantwortete Fragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="265"/>
        <source>Queued</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/qualifications.py" line="267"/>
        <source>A decision waiting in the outbox for the next Sync</source>
        <translation>Eine Entscheidung, die im Postausgang auf das nächste Synchronisieren wartet</translation>
    </message>
</context>
<context>
    <name>RulePreviewDialog</name>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="28"/>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="29"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="30"/>
        <source>HIT</source>
        <translation>HIT</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="31"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="34"/>
        <source>Approve all submitted work in the batch</source>
        <translation>Alle eingereichte Arbeit im Batch genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="36"/>
        <source>Approve work that agrees with the consensus</source>
        <translation>Arbeit genehmigen, die dem Konsens entspricht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="38"/>
        <source>Reject work that fails gold items</source>
        <translation>Arbeit ablehnen, die Kontrollfragen verfehlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="86"/>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="87"/>
        <source>Untick all</source>
        <translation>Alle abhaken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="94"/>
        <source>Feedback to the workers</source>
        <translation>Rückmeldung an die Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="96"/>
        <source>Feedback every rejected worker sees (required):</source>
        <translation>Rückmeldung, die jeder abgelehnte Worker sieht (Pflicht):</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="106"/>
        <source>Nothing is queued until you confirm. Queued decisions can be undone in the Outbox until they are sent.</source>
        <translation>Nichts wird vorgemerkt, bevor Sie bestätigen. Vorgemerkte Entscheidungen lassen sich im Postausgang rückgängig machen, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="112"/>
        <source>Queue</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="142"/>
        <source>Nothing to queue.</source>
        <translation>Nichts vorzumerken.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="143"/>
        <source>Every assignment is unticked: nothing would be queued.</source>
        <translation>Keine Zuweisung ist angehakt: Nichts würde vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="145"/>
        <source>Rejections need feedback: tell the workers why.</source>
        <translation>Ablehnungen brauchen eine Rückmeldung: Sagen Sie den Workern, warum.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/bulk.py" line="151"/>
        <source>{chosen} of {total} ticked</source>
        <translation>{chosen} von {total} angehakt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/bulk.py" line="154"/>
        <source>Queue %n rejection(s)</source>
        <translation>
            <numerusform>%n Ablehnung vormerken</numerusform>
            <numerusform>%n Ablehnungen vormerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/review/bulk.py" line="155"/>
        <source>Queue %n approval(s)</source>
        <translation>
            <numerusform>%n Genehmigung vormerken</numerusform>
            <numerusform>%n Genehmigungen vormerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="36"/>
        <source>Score on {name}</source>
        <translation>Punktzahl für {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="38"/>
        <source>Worker ids, one per line (or pasted from a column)</source>
        <translation>Worker-IDs, eine pro Zeile (oder aus einer Spalte eingefügt)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="45"/>
        <source>The change is queued in the Outbox and sent at the next Sync; you can undo it until then.</source>
        <translation>Die Änderung wird im Postausgang vorgemerkt und beim nächsten Synchronisieren gesendet; bis dahin können Sie sie rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="54"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="55"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/dialogs.py" line="72"/>
        <source>Queue for %n worker(s)</source>
        <translation>
            <numerusform>Für %n Worker vormerken</numerusform>
            <numerusform>Für %n Worker vormerken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="276"/>
        <source>Holding it</source>
        <translation>Besitzen sie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="277"/>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="412"/>
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="278"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="295"/>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="296"/>
        <source>Find a worker</source>
        <translation>Worker suchen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="299"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="306"/>
        <source>No worker holds this qualification yet.</source>
        <translation>Noch kein Worker besitzt diese Qualifikation.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="307"/>
        <source>Workers' scores</source>
        <translation>Punktzahlen der Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="308"/>
        <source>Grant…</source>
        <translation>Gewähren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="309"/>
        <source>Give workers a score (Ctrl+Shift+G)</source>
        <translation>Workern eine Punktzahl geben (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="310"/>
        <source>Change score…</source>
        <translation>Punktzahl ändern …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="311"/>
        <source>Change the score of the selected workers</source>
        <translation>Die Punktzahl der ausgewählten Worker ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="312"/>
        <source>Revoke…</source>
        <translation>Entziehen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="313"/>
        <source>Take the qualification away from the selected workers</source>
        <translation>Den ausgewählten Workern die Qualifikation entziehen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="315"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="316"/>
        <source>MTurk's worker CSV: fill the UPDATE- columns in a spreadsheet, then import it</source>
        <translation>Die Worker-CSV von MTurk: Füllen Sie die UPDATE-Spalten in einer Tabellenkalkulation aus und importieren Sie sie dann</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="318"/>
        <source>Import CSV…</source>
        <translation>CSV importieren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="319"/>
        <source>Queue the scores (or Revoke) typed in the UPDATE- columns of a worker CSV</source>
        <translation>Die in den UPDATE-Spalten einer Worker-CSV eingetragenen Punktzahlen (oder Revoke) vormerken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/panels.py" line="340"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="394"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="408"/>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/panels.py" line="409"/>
        <source>Revoke {name} from %n worker(s)? They read the reason.</source>
        <translation>
            <numerusform>{name} %n Worker entziehen? Er liest den Grund.</numerusform>
            <numerusform>{name} %n Workern entziehen? Sie lesen den Grund.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="423"/>
        <source>Export the worker CSV</source>
        <translation>Worker-CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="424"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="428"/>
        <source>Exported {count} workers to {file}.</source>
        <translation>{count} Worker nach {file} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="429"/>
        <source>Exporting workers</source>
        <translation>Worker werden exportiert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="439"/>
        <source>Import a worker CSV</source>
        <translation>Eine Worker-CSV importieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="440"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="449"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="454"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/panels.py" line="455"/>
        <source>{file} was not imported:</source>
        <translation>{file} wurde nicht importiert:</translation>
    </message>
</context>
<context>
    <name>SideBySideModel</name>
    <message>
        <location filename="../../src/workbench/models/review.py" line="69"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="70"/>
        <source>in {duration}</source>
        <translation>in {duration}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="103"/>
        <source>Auto-approves {time}</source>
        <translation>Automatische Genehmigung {time}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="131"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="132"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="133"/>
        <source>Work time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="134"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="135"/>
        <source>Track record</source>
        <translation>Bilanz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="222"/>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="223"/>
        <source>Assignment {number}</source>
        <translation>Zuweisung {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/models/review.py" line="276"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <source>(free text)</source>
        <translation type="vanished">(Freitext)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="298"/>
        <source>Gold: {answer}</source>
        <translation>Kontrolle: {answer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="311"/>
        <source>Tie: {answer} ({top} of {votes})</source>
        <translation>Gleichstand: {answer} ({top} von {votes})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="312"/>
        <source>Majority: {answer} ({top} of {votes})</source>
        <translation>Mehrheit: {answer} ({top} von {votes})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="317"/>
        <source>Dawid-Skene: {answer} ({share})</source>
        <translation>Dawid-Skene: {answer} ({share})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="350"/>
        <source>auto-approves {countdown}</source>
        <translation>automatische Genehmigung {countdown}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="357"/>
        <source>approved {rate}</source>
        <translation>genehmigt {rate}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="358"/>
        <source>no decisions sent</source>
        <translation>keine Entscheidungen gesendet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="359"/>
        <source>agrees {rate}</source>
        <translation>stimmt {rate} überein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="361"/>
        <source>gold {right}/{total}</source>
        <translation>Kontrolle {right}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="363"/>
        <source>BLOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="369"/>
        <source>Approve queued by {reviewer}</source>
        <translation>Genehmigung vorgemerkt von {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="370"/>
        <source>Reject queued by {reviewer}</source>
        <translation>Ablehnung vorgemerkt von {reviewer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="373"/>
        <location filename="../../src/workbench/models/review.py" line="379"/>
        <source>Feedback: {feedback}</source>
        <translation>Rückmeldung: {feedback}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="377"/>
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="382"/>
        <source>+ bonus {amount}</source>
        <translation>+ Bonus {amount}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="393"/>
        <source>(unreadable answer, kept as it came)</source>
        <translation>(unlesbare Antwort, unverändert aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="394"/>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="50"/>
        <source>… (the full text is below)</source>
        <translation>… (der vollständige Text steht unten)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="402"/>
        <source>part of a tie</source>
        <translation>Teil eines Gleichstands</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="403"/>
        <source>differs from {answer}</source>
        <translation>weicht ab von {answer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="91"/>
        <source>Nothing to compare: this HIT has no choice or short answer that two workers gave. Free text and fields that are the same for everyone (such as a submit button) are not compared.</source>
        <translation>Nichts zu vergleichen: Dieser HIT hat keine Auswahl und keine kurze Antwort, die zwei Worker gegeben haben. Freitext und Felder, die bei allen gleich sind (etwa eine Absenden-Schaltfläche), werden nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="302"/>
        <source>(a submit button: not an answer)</source>
        <translation>(eine Absenden-Schaltfläche: keine Antwort)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="304"/>
        <source>(the same for everyone: not compared)</source>
        <translation>(bei allen gleich: nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="306"/>
        <source>(free text: not compared)</source>
        <translation>(Freitext: nicht verglichen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/review.py" line="308"/>
        <source>(one answer: nothing to compare)</source>
        <translation>(eine Antwort: nichts zu vergleichen)</translation>
    </message>
</context>
<context>
    <name>SideBySideView</name>
    <message>
        <location filename="../../src/workbench/views/review/hit_panel.py" line="83"/>
        <source>Answers side by side</source>
        <translation>Antworten nebeneinander</translation>
    </message>
</context>
<context>
    <name>TaskPageView</name>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="187"/>
        <source>Full instructions</source>
        <translation>Vollständige Anleitung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="211"/>
        <source>{element} (drawn by a script that is not run here)</source>
        <translation>{element} (von einem Skript gezeichnet, das hier nicht läuft)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="226"/>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="251"/>
        <source>Answers with no matching field on the page:</source>
        <translation>Antworten ohne passendes Feld auf der Seite:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="359"/>
        <source>The task page needs QtWebEngine, which this installation lacks; the answers are in the grid.</source>
        <translation>Die Aufgabenseite braucht QtWebEngine, das dieser Installation fehlt; die Antworten stehen im Raster.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/review/task_page.py" line="366"/>
        <source>{worker}'s answers, filled in. Scripts are off and nothing is loaded from the network: images and styles from elsewhere do not show.</source>
        <translation>Die Antworten von {worker}, eingetragen. Skripte sind aus und nichts wird aus dem Netz geladen: Bilder und Stile von anderswo erscheinen nicht.</translation>
    </message>
</context>
<context>
    <name>TestEditorDialog</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="62"/>
        <source>Percentage of the points (0–100)</source>
        <translation>Prozent der Punkte (0–100)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="64"/>
        <source>Total points</source>
        <translation>Punktsumme</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="65"/>
        <source>Points × a multiplier</source>
        <translation>Punkte × Faktor</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="66"/>
        <source>A value for each range of points</source>
        <translation>Ein Wert je Punktebereich</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="78"/>
        <source>Qualification test</source>
        <translation>Eignungstest</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="89"/>
        <source>What workers see first, e.g. Bird identification test</source>
        <translation>Was Worker zuerst sehen, z. B. Vogelbestimmungstest</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="93"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="94"/>
        <source>How long a worker has to hand in the test once started</source>
        <translation>Wie lange ein Worker nach dem Start Zeit hat, den Test abzugeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="97"/>
        <source>Instructions: what the test checks, what to do</source>
        <translation>Anleitung: was der Test prüft, was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="104"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="108"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="111"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="114"/>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="147"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="119"/>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="128"/>
        <source>Add a question (Ctrl+Shift+N)</source>
        <translation>Eine Frage hinzufügen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="130"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="131"/>
        <source>Remove the chosen question</source>
        <translation>Die gewählte Frage entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="134"/>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Auf)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="135"/>
        <source>Move the question up</source>
        <translation>Frage nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="138"/>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Ab)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="139"/>
        <source>Move the question down</source>
        <translation>Frage nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="157"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="162"/>
        <source>Show the scored answers</source>
        <translation>Bewertete Antworten zeigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="167"/>
        <source>As a worker sees it</source>
        <translation>So sieht es ein Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="183"/>
        <source>Problems and warnings</source>
        <translation>Probleme und Warnungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="187"/>
        <source>Import XML…</source>
        <translation>XML importieren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="189"/>
        <source>Open a QuestionForm test (and its AnswerKey) from files</source>
        <translation>Einen QuestionForm-Test (und seinen AnswerKey) aus Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="191"/>
        <source>Export XML…</source>
        <translation>XML exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="193"/>
        <source>Save the test (and its AnswerKey) as QuestionForm XML files</source>
        <translation>Den Test (und seinen AnswerKey) als QuestionForm-XML-Dateien speichern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="195"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="196"/>
        <source>Undo adding, removing or moving questions and choices (Ctrl+Z)</source>
        <translation>Hinzufügen, Entfernen oder Verschieben von Fragen und Auswahlen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="233"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="238"/>
        <source>How a worker's points become their qualification value</source>
        <translation>Wie die Punkte eines Workers zu seinem Qualifikationswert werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="244"/>
        <source>Multiplier</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="246"/>
        <source>From points</source>
        <translation>Ab Punkten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="246"/>
        <source>To points</source>
        <translation>Bis Punkte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="247"/>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="264"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="248"/>
        <source>Ranges of points</source>
        <translation>Punktebereiche</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="251"/>
        <source>Add range</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="252"/>
        <source>Remove range</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="256"/>
        <source>The marketplace scores each test at once and grants the value (the answer key is sent)</source>
        <translation>Der Marktplatz bewertet jeden Test sofort und gewährt den Wert (der Lösungsschlüssel wird gesendet)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="258"/>
        <source>I review each request; the key stays here and suggests a score</source>
        <translation>Ich prüfe jede Anfrage; der Schlüssel bleibt hier und schlägt eine Punktzahl vor</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="278"/>
        <source>Any other total:</source>
        <translation>Jede andere Summe:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="336"/>
        <source>A perfect test earns %n point(s)</source>
        <translation>
            <numerusform>Ein fehlerfreier Test bringt %n Punkt</numerusform>
            <numerusform>Ein fehlerfreier Test bringt %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="372"/>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="384"/>
        <source>The test and its answer key are valid for MTurk.</source>
        <translation>Der Test und sein Lösungsschlüssel sind für MTurk gültig.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="437"/>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="491"/>
        <source>XML files (*.xml);;All files (*)</source>
        <translation>XML-Dateien (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="492"/>
        <source>Open a QuestionForm test</source>
        <translation>Einen QuestionForm-Test öffnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="497"/>
        <source>Open its AnswerKey (Cancel if it has none)</source>
        <translation>Seinen AnswerKey öffnen (Abbrechen, wenn es keinen gibt)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="504"/>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="508"/>
        <source>Import XML</source>
        <translation>XML importieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="505"/>
        <source>The file cannot be used: {error}</source>
        <translation>Die Datei ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="509"/>
        <source>Imported, with changes:</source>
        <translation>Importiert, mit Änderungen:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="516"/>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="529"/>
        <source>Export XML</source>
        <translation>XML exportieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="518"/>
        <source>Save the test as QuestionForm XML</source>
        <translation>Den Test als QuestionForm-XML speichern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="520"/>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="530"/>
        <source>Could not write the file: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/test_editor.py" line="536"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>TestPreview</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="27"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="28"/>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="31"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="32"/>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="34"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="35"/>
        <source>{count} minutes</source>
        <translation>{count} Minuten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/preview.py" line="49"/>
        <source>Test preview</source>
        <translation>Testvorschau</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="38"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="39"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="40"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="59"/>
        <source>Change qualification type</source>
        <translation>Qualifikationstyp ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="60"/>
        <source>New qualification type</source>
        <translation>Neuer Qualifikationstyp</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="70"/>
        <source>e.g. Bird spotter</source>
        <translation>z. B. Vogelkenner</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="74"/>
        <source>MTurk does not let a qualification type be renamed</source>
        <translation>MTurk erlaubt kein Umbenennen eines Qualifikationstyps</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="76"/>
        <source>What it certifies; workers read this before asking for it</source>
        <translation>Was sie bescheinigt; Worker lesen das, bevor sie sie anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="81"/>
        <source>Words workers search by, separated by commas</source>
        <translation>Suchbegriffe für Worker, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="83"/>
        <source>Active: workers can ask for it</source>
        <translation>Aktiv: Worker können sie anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="86"/>
        <source>Workers ask for it; I decide each request</source>
        <translation>Worker fragen sie an; ich entscheide jede Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="87"/>
        <source>Workers ask for it and get it at once, with the score</source>
        <translation>Worker fragen sie an und erhalten sie sofort, mit der Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="89"/>
        <source>Workers take a test</source>
        <translation>Worker legen einen Test ab</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="97"/>
        <source>Score granted at once</source>
        <translation>Sofort gewährte Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="100"/>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="265"/>
        <source>Create test…</source>
        <translation>Test anlegen …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="101"/>
        <source>Questions, correct answers and points (Ctrl+T)</source>
        <translation>Fragen, richtige Antworten und Punkte (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="103"/>
        <source>Remove test</source>
        <translation>Test entfernen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="111"/>
        <source>Workers may ask again after</source>
        <translation>Worker dürfen erneut anfragen nach</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="114"/>
        <source>Wait before asking again</source>
        <translation>Wartezeit vor erneuter Anfrage</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="116"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="125"/>
        <source>Retries, once allowed, cannot be turned off</source>
        <translation>Einmal erlaubte Wiederholungen lassen sich nicht abschalten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="127"/>
        <source>Without retries a worker may ask only once, even if refused or failed. Once allowed, retries cannot be turned off later (MTurk's rule): you would have to create a new qualification type.</source>
        <translation>Ohne Wiederholungen darf ein Worker nur einmal anfragen, auch wenn er abgelehnt wurde oder durchgefallen ist. Einmal erlaubt, lassen sich Wiederholungen nicht mehr abschalten (Regel von MTurk): Sie müssten einen neuen Qualifikationstyp anlegen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="136"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="152"/>
        <source>How workers get it</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="161"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="204"/>
        <source>Test: {name}</source>
        <translation>Test: {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="225"/>
        <source>No test yet.</source>
        <translation>Noch kein Test.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="229"/>
        <source>The test cannot be read: {error}</source>
        <translation>Der Test ist nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="230"/>
        <source>scored automatically</source>
        <translation>automatisch bewertet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="231"/>
        <source>you review the answers (the key suggests a score)</source>
        <translation>Sie prüfen die Antworten (der Schlüssel schlägt eine Punktzahl vor)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="232"/>
        <source>you review the answers</source>
        <translation>Sie prüfen die Antworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="234"/>
        <source>%n question(s), {minutes} minutes, {scored}.</source>
        <translation>
            <numerusform>%n Frage, {minutes} Minuten, {scored}.</numerusform>
            <numerusform>%n Fragen, {minutes} Minuten, {scored}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="264"/>
        <source>Edit test…</source>
        <translation>Test bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/qualifications/type_dialog.py" line="271"/>
        <source>create the test</source>
        <translation>legen Sie den Test an</translation>
    </message>
</context>
<context>
    <name>WorkerLocaleFields</name>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="158"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="159"/>
        <source>Choose a country…</source>
        <translation>Land wählen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="172"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="174"/>
        <source>An ISO 3166-2 subdivision (a state, province or region) of the country, for requirements such as US-NY; leave 'Whole country' when it does not matter</source>
        <translation>Eine Untergliederung des Landes nach ISO 3166-2 (Bundesland, Provinz oder Region), für Voraussetzungen wie US-NY; lassen Sie „Ganzes Land“, wenn es keine Rolle spielt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="179"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="181"/>
        <source>The language the worker reads, as a BCP 47 tag (en, de, pt-BR); choose one or type another</source>
        <translation>Die Sprache, die der Worker liest, als BCP-47-Kennung (en, de, pt-BR); wählen Sie eine oder geben Sie eine andere ein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="183"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/widgets/locale_values.py" line="203"/>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
</context>
<context>
    <name>WorkerProfileDialog</name>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="164"/>
        <source>Country and language of {worker}</source>
        <translation>Land und Sprache von {worker}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="170"/>
        <source>{worker} was invited before a country could be given and is counted as in the US. Choose where they live: HITs that require a location compare it.</source>
        <translation>{worker} wurde eingeladen, bevor ein Land angegeben werden konnte, und gilt als in den USA. Wählen Sie, wo die Person lebt: HITs mit einer Standort-Voraussetzung vergleichen es.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="175"/>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="184"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="178"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="179"/>
        <source>e.g. maria@example.org</source>
        <translation>z. B. maria@example.org</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="183"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="185"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/workers/dialogs.py" line="186"/>
        <source>Country, region, language</source>
        <translation>Land, Region, Sprache</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="62"/>
        <source>Search workers by id (Ctrl+F)</source>
        <translation>Worker nach ID suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="65"/>
        <source>Only workers of this batch</source>
        <translation>Nur Worker dieses Batches</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="68"/>
        <source>Blocked only</source>
        <translation>Nur gesperrte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="74"/>
        <source>History…</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="75"/>
        <source>Every assignment of the worker (or double-click a row)</source>
        <translation>Alle Zuweisungen des Workers (oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="77"/>
        <source>Message…</source>
        <translation>Nachricht …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="78"/>
        <source>Write to the selected workers (sent in chunks of 100)</source>
        <translation>Den ausgewählten Workern schreiben (in Gruppen zu 100 gesendet)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="80"/>
        <location filename="../../src/workbench/views/pages/workers.py" line="197"/>
        <source>Block…</source>
        <translation>Sperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="81"/>
        <source>Block or unblock the selected worker</source>
        <translation>Den ausgewählten Worker sperren oder entsperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="92"/>
        <source>No workers yet: a worker appears here once their work is synced.</source>
        <translation>Noch keine Worker: Ein Worker erscheint hier, sobald seine Arbeit synchronisiert ist.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="93"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="95"/>
        <source>The selected worker's record</source>
        <translation>Die Bilanz des ausgewählten Workers</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/workers.py" line="106"/>
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n Worker</numerusform>
            <numerusform>%n Worker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="108"/>
        <source>Workers: {error}</source>
        <translation>Worker: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="127"/>
        <location filename="../../src/workbench/views/pages/workers.py" line="147"/>
        <source>All batches</source>
        <translation>Alle Batches</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="196"/>
        <source>Unblock…</source>
        <translation>Entsperren …</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="209"/>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="213"/>
        <source>Select a worker to see their record; double-click for their history. Select several to message them.</source>
        <translation>Wählen Sie einen Worker, um seine Bilanz zu sehen; Doppelklick zeigt seinen Verlauf. Wählen Sie mehrere, um ihnen zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="246"/>
        <source>Not queued: {error}</source>
        <translation>Nicht vorgemerkt: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/pages/workers.py" line="256"/>
        <source>Message queued in %n part(s).</source>
        <translation>
            <numerusform>Nachricht in %n Teil vorgemerkt.</numerusform>
            <numerusform>Nachricht in %n Teilen vorgemerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="262"/>
        <source>Not sent: {error}</source>
        <translation>Nicht gesendet: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/pages/workers.py" line="292"/>
        <source>Sync sends it.</source>
        <translation>Synchronisieren sendet es.</translation>
    </message>
</context>
<context>
    <name>WorkersTableModel</name>
    <message>
        <location filename="../../src/workbench/models/workers.py" line="21"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/workers.py" line="22"/>
        <source>block queued</source>
        <translation>Sperre vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/workers.py" line="23"/>
        <source>unblock queued</source>
        <translation>Entsperrung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/workers.py" line="24"/>
        <source>soft-blocked</source>
        <translation>weich gesperrt</translation>
    </message>
</context>
</TS>
