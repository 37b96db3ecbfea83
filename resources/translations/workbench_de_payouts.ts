<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Currency</name>
    <message>
        <location filename="../../src/workbench/domain/currency.py" line="30"/>
        <source>{code} is not a currency the workbench pays in; use one of: {known}</source>
        <translation>{code} ist keine Währung, in der die Workbench zahlt; möglich sind: {known}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/currency.py" line="67"/>
        <source>{what} {text} is not an amount of {code} with at most two decimals (e.g. 5.00)</source>
        <translation>{what} {text} ist kein Betrag in {code} mit höchstens zwei Nachkommastellen (z. B. 5.00)</translation>
    </message>
</context>
<context>
    <name>FeeSchedule</name>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="88"/>
        <source>MTurk fee</source>
        <translation>MTurk-Gebühr</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="90"/>
        <source>Prolific fee</source>
        <translation>Prolific-Gebühr</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="91"/>
        <source>Payout fee</source>
        <translation>Auszahlungsgebühr</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="112"/>
        <source>MTurk&apos;s: 20% of rewards and bonuses, +20% on HITs with 10 or more assignments, +5% with Masters, at least $0.01</source>
        <translation>die von MTurk: 20 % von Vergütungen und Boni, +20 % bei HITs mit 10 oder mehr Zuweisungen, +5 % mit Masters, mindestens 0,01 $</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="115"/>
        <source>none — your own workers are paid directly, with no marketplace fee</source>
        <translation>keine – Ihre eigenen Worker werden direkt bezahlt, ohne Marktplatzgebühr</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="117"/>
        <source>{percent}% of rewards and bonuses (the payout fee set for this account)</source>
        <translation>{percent} % von Vergütungen und Boni (die für dieses Konto eingestellte Auszahlungsgebühr)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="119"/>
        <source>Prolific&apos;s: a {percent}% service charge on rewards and bonuses</source>
        <translation>die von Prolific: {percent} % Servicegebühr auf Vergütungen und Boni</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="121"/>
        <source>Prolific&apos;s: a {percent}% service charge on rewards and bonuses, and {vat}% VAT on it</source>
        <translation>die von Prolific: {percent} % Servicegebühr auf Vergütungen und Boni, darauf {vat} % Mehrwertsteuer</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="147"/>
        <source>{text} is not a percentage (e.g. 2.9)</source>
        <translation>{text} ist kein Prozentsatz (z. B. 2,9)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="150"/>
        <source>a fee must be between 0% and {most}%</source>
        <translation>eine Gebühr muss zwischen 0 % und {most} % liegen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/fee_schedules.py" line="153"/>
        <source>a fee has at most two decimals (e.g. 2.95)</source>
        <translation>eine Gebühr hat höchstens zwei Nachkommastellen (z. B. 2,95)</translation>
    </message>
</context>
<context>
    <name>OwedTableModel</name>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="48"/>
        <source>Pay</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="49"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="51"/>
        <source>Payout e-mail</source>
        <translation>Auszahlungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="52"/>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="53"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="54"/>
        <source>In runs not paid</source>
        <translation>In offenen Läufen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="55"/>
        <source>To pay now</source>
        <translation>Jetzt zu zahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="127"/>
        <source>Nothing to pay now</source>
        <translation>Jetzt nichts zu zahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="134"/>
        <source>no e-mail</source>
        <translation>keine E-Mail</translation>
    </message>
</context>
<context>
    <name>PayWorkers</name>
    <message>
        <location filename="../../src/workbench/views/payouts/entry.py" line="23"/>
        <source>Pay workers…</source>
        <translation>Worker bezahlen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/entry.py" line="35"/>
        <source>What each worker earned, was paid and is owed; payout runs and their files</source>
        <translation>Was jeder Worker verdient hat, erhalten hat und noch bekommt; Auszahlungsläufe und ihre Dateien</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/entry.py" line="37"/>
        <source>MTurk pays the workers of an MTurk account itself</source>
        <translation>Die Worker eines MTurk-Kontos bezahlt MTurk selbst</translation>
    </message>
</context>
<context>
    <name>PayWorkersDialog</name>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="98"/>
        <source>Pay workers — {account}</source>
        <translation>Worker bezahlen – {account}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="102"/>
        <source>What each worker earned (approved rewards and bonuses), what was paid and what is owed. A payout run is recorded first, then its file is written for your payout service; mark the run paid once the service has paid it. An amount is never in two runs.</source>
        <translation>Was jeder Worker verdient hat (genehmigte Vergütungen und Boni), was bezahlt wurde und was noch offen ist. Ein Auszahlungslauf wird zuerst festgehalten, dann wird seine Datei für Ihren Auszahlungsdienst geschrieben; markieren Sie den Lauf als bezahlt, sobald der Dienst gezahlt hat. Kein Betrag steht je in zwei Läufen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="107"/>
        <source>Owed</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="108"/>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="194"/>
        <source>Payout runs</source>
        <translation>Auszahlungsläufe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="109"/>
        <source>Currency and fees</source>
        <translation>Währung und Gebühren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="128"/>
        <source>Pay everyone owed at least</source>
        <translation>Alle bezahlen, denen mindestens zusteht:</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="133"/>
        <source>Minimum amount to pay a worker</source>
        <translation>Mindestbetrag, um einen Worker zu bezahlen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="137"/>
        <source>File for</source>
        <translation>Datei für</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="139"/>
        <source>PayPal Payouts (bulk payment file)</source>
        <translation>PayPal Payouts (Sammelzahlungsdatei)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="140"/>
        <source>CSV: worker, e-mail, amount, currency, reference</source>
        <translation>CSV: Worker, E-Mail, Betrag, Währung, Referenz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="142"/>
        <source>Payout file format</source>
        <translation>Format der Auszahlungsdatei</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="146"/>
        <source>Set e-mail…</source>
        <translation>E-Mail festlegen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="147"/>
        <source>The address the selected worker is paid at</source>
        <translation>Die Adresse, an die der ausgewählte Worker bezahlt wird</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="155"/>
        <source>Workers and what they are owed</source>
        <translation>Worker und was ihnen zusteht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="164"/>
        <source>The selected worker&apos;s payouts</source>
        <translation>Die Auszahlungen des ausgewählten Workers</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="175"/>
        <source>Save the file as</source>
        <translation>Datei speichern unter</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="177"/>
        <source>Where the payout file is saved</source>
        <translation>Wo die Auszahlungsdatei gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="179"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="182"/>
        <source>Write payout file</source>
        <translation>Auszahlungsdatei schreiben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="203"/>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="204"/>
        <source>Your payout service has paid this run</source>
        <translation>Ihr Auszahlungsdienst hat diesen Lauf bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="206"/>
        <source>Cancel run…</source>
        <translation>Lauf stornieren…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="207"/>
        <source>The run was not paid: its amounts are owed again and its file is removed</source>
        <translation>Der Lauf wurde nicht bezahlt: seine Beträge sind wieder offen, seine Datei wird entfernt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="210"/>
        <source>Write file again…</source>
        <translation>Datei erneut schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="227"/>
        <source>The account&apos;s currency</source>
        <translation>Die Währung des Kontos</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="230"/>
        <source>fixed: payout runs were made in it</source>
        <translation>fest: es gibt Auszahlungsläufe in ihr</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="234"/>
        <source>Currency of rewards, bonuses and payouts</source>
        <translation>Währung von Vergütungen, Boni und Auszahlungen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="240"/>
        <source>Payout service fee in percent</source>
        <translation>Gebühr des Auszahlungsdienstes in Prozent</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="241"/>
        <source>Your payout service&apos;s fee</source>
        <translation>Gebühr Ihres Auszahlungsdienstes</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="246"/>
        <source>The fee is what your payout service charges you on top of what workers are paid (PayPal Payouts, Wise and the like). Costs, charts and exports of this account count it instead of MTurk&apos;s fees. The currency can change only until the first payout run.</source>
        <translation>Die Gebühr berechnet Ihnen Ihr Auszahlungsdienst zusätzlich zu dem, was die Worker erhalten (PayPal Payouts, Wise und Ähnliche). Kosten, Diagramme und Exporte dieses Kontos rechnen mit ihr statt mit den Gebühren von MTurk. Die Währung lässt sich nur bis zum ersten Auszahlungslauf ändern.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="251"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="269"/>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="296"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="287"/>
        <source>Fees of this account: {schedule}</source>
        <translation>Gebühren dieses Kontos: {schedule}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="295"/>
        <source>No worker of this account has earned anything yet.</source>
        <translation>Noch hat kein Worker dieses Kontos etwas verdient.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/payouts/dialog.py" line="326"/>
        <source>Total: {amount} to %n worker(s)</source>
        <translation>
            <numerusform>Summe: {amount} an %n Worker</numerusform>
            <numerusform>Summe: {amount} an %n Worker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/payouts/dialog.py" line="334"/>
        <source>%n worker(s) owed money without a payout e-mail address: PayPal needs one (Set e-mail…).</source>
        <translation>
            <numerusform>%n Worker mit offenem Betrag hat keine Auszahlungs-E-Mail: PayPal braucht eine (E-Mail festlegen…).</numerusform>
            <numerusform>%n Worker mit offenem Betrag haben keine Auszahlungs-E-Mail: PayPal braucht eine (E-Mail festlegen…).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="339"/>
        <source>Your payout service&apos;s fee ({percent}%): about {fee}.</source>
        <translation>Gebühr Ihres Auszahlungsdienstes ({percent} %): etwa {fee}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="367"/>
        <source>{worker}: no payouts yet.</source>
        <translation>{worker}: noch keine Auszahlungen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="369"/>
        <source>run {run} ({state}, {when}): {amount}</source>
        <translation>Lauf {run} ({state}, {when}): {amount}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="375"/>
        <source>{worker}&apos;s payouts: {runs}</source>
        <translation>Auszahlungen an {worker}: {runs}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="385"/>
        <source>Payout e-mail</source>
        <translation>Auszahlungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="386"/>
        <source>The address {worker} is paid at (empty: none):</source>
        <translation>Die Adresse, an die {worker} bezahlt wird (leer: keine):</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="403"/>
        <source>Save the payout file</source>
        <translation>Auszahlungsdatei speichern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="404"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="423"/>
        <source>Tick the workers to pay.</source>
        <translation>Haken Sie die Worker an, die bezahlt werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="426"/>
        <source>Say where to save the file.</source>
        <translation>Geben Sie an, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="429"/>
        <source>Recording the run and writing its file…</source>
        <translation>Lauf wird festgehalten und seine Datei geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/payouts/dialog.py" line="443"/>
        <source>Payout run {run}: {amount} to %n worker(s), written to {path}. Upload it to your payout service, then mark the run paid.</source>
        <translation>
            <numerusform>Auszahlungslauf {run}: {amount} an %n Worker, geschrieben nach {path}. Laden Sie die Datei bei Ihrem Auszahlungsdienst hoch und markieren Sie den Lauf dann als bezahlt.</numerusform>
            <numerusform>Auszahlungslauf {run}: {amount} an %n Worker, geschrieben nach {path}. Laden Sie die Datei bei Ihrem Auszahlungsdienst hoch und markieren Sie den Lauf dann als bezahlt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="478"/>
        <source>Select a run to mark it paid, cancel it or write its file again.</source>
        <translation>Wählen Sie einen Lauf, um ihn als bezahlt zu markieren, zu stornieren oder seine Datei erneut zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/workbench/views/payouts/dialog.py" line="481"/>
        <source>Run {run}: {amount} to %n worker(s), made by {who}</source>
        <translation>
            <numerusform>Lauf {run}: {amount} an %n Worker, erstellt von {who}</numerusform>
            <numerusform>Lauf {run}: {amount} an %n Worker, erstellt von {who}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="485"/>
        <source>its file was never written (interrupted?): write it again, or cancel the run</source>
        <translation>seine Datei wurde nie geschrieben (unterbrochen?): schreiben Sie sie erneut oder stornieren Sie den Lauf</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="488"/>
        <source>marked paid by {who}</source>
        <translation>als bezahlt markiert von {who}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="507"/>
        <source>Payout run {run} is marked paid: {amount}.</source>
        <translation>Auszahlungslauf {run} ist als bezahlt markiert: {amount}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="517"/>
        <source>Cancel run {run}</source>
        <translation>Lauf {run} stornieren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="518"/>
        <source>Its amounts will be owed again and its file removed. Why is it cancelled? (optional)</source>
        <translation>Seine Beträge sind dann wieder offen, seine Datei wird entfernt. Warum wird er storniert? (optional)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="530"/>
        <source>Payout run {run} is cancelled: its amounts are owed again.</source>
        <translation>Auszahlungslauf {run} ist storniert: seine Beträge sind wieder offen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="549"/>
        <source>The file of run {run} is written to {path}.</source>
        <translation>Die Datei von Lauf {run} ist nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/views/payouts/dialog.py" line="565"/>
        <source>Saved: {schedule}</source>
        <translation>Gespeichert: {schedule}</translation>
    </message>
</context>
<context>
    <name>PayoutRunsModel</name>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="174"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="175"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="176"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="177"/>
        <source>Workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="178"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="179"/>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="180"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="181"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="183"/>
        <source>file not written</source>
        <translation>Datei nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="184"/>
        <source>written, not paid yet</source>
        <translation>geschrieben, noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="185"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="186"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="187"/>
        <source>PayPal Payouts</source>
        <translation>PayPal Payouts</translation>
    </message>
    <message>
        <location filename="../../src/workbench/models/payouts.py" line="188"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>PayoutService</name>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="161"/>
        <source>{account} is an MTurk account: MTurk pays its workers itself; payouts are for your own workers (local or endpoint accounts)</source>
        <translation>{account} ist ein MTurk-Konto: MTurk bezahlt seine Worker selbst; Auszahlungen sind für Ihre eigenen Worker (lokale oder Endpunkt-Konten)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="192"/>
        <source>{account} has made payout runs in {currency}; its currency can no longer change</source>
        <translation>{account} hat Auszahlungsläufe in {currency} gemacht; seine Währung lässt sich nicht mehr ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="231"/>
        <source>{email} is not an e-mail address a payout service can pay</source>
        <translation>{email} ist keine E-Mail-Adresse, an die ein Auszahlungsdienst zahlen kann</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="242"/>
        <source>no worker given</source>
        <translation>kein Worker angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="245"/>
        <source>a name is at most {most} characters</source>
        <translation>ein Name hat höchstens {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="473"/>
        <source>file not written</source>
        <translation>Datei nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="474"/>
        <source>written, not paid yet</source>
        <translation>geschrieben, noch nicht bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="475"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="476"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="528"/>
        <source>unknown payout file format {format}; use paypal or csv</source>
        <translation>unbekanntes Format der Auszahlungsdatei {format}; möglich sind paypal und csv</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="545"/>
        <source>nothing is owed to {workers} outside a payout run</source>
        <translation>{workers} steht außerhalb eines Auszahlungslaufs nichts zu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="559"/>
        <source>owed {amount}, below the minimum</source>
        <translation>{amount} offen, unter dem Mindestbetrag</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="565"/>
        <source>no payout e-mail address</source>
        <translation>keine Auszahlungs-E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="570"/>
        <source>no payout e-mail address for {workers}: set one first (workbench payouts payee WORKER --email ADDRESS)</source>
        <translation>keine Auszahlungs-E-Mail für {workers}: legen Sie zuerst eine fest (workbench payouts payee WORKER --email ADRESSE)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="575"/>
        <source>{count} workers are more than PayPal takes in one file ({most}); raise the minimum or choose workers</source>
        <translation>{count} Worker sind mehr, als PayPal in einer Datei annimmt ({most}); erhöhen Sie den Mindestbetrag oder wählen Sie Worker aus</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="637"/>
        <source>nothing to pay: {count} worker(s) are owed, none at least {minimum} with a payout address ({first}: {why})</source>
        <translation>nichts zu zahlen: {count} Worker steht etwas zu, keinem mindestens {minimum} mit Auszahlungsadresse ({first}: {why})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="642"/>
        <source>nothing to pay: no worker is owed anything outside a payout run</source>
        <translation>nichts zu zahlen: keinem Worker steht außerhalb eines Auszahlungslaufs etwas zu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="658"/>
        <source>no file given for the payout file</source>
        <translation>keine Datei für die Auszahlungsdatei angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="677"/>
        <source>the minimum cannot be negative</source>
        <translation>der Mindestbetrag kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="698"/>
        <source>other payout runs kept claiming the same amounts; try again</source>
        <translation>andere Auszahlungsläufe beanspruchten immer wieder dieselben Beträge; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="734"/>
        <source>run {run} is paid; its file is not written again</source>
        <translation>Lauf {run} ist bezahlt; seine Datei wird nicht erneut geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="737"/>
        <source>run {run} was cancelled; it has no file</source>
        <translation>Lauf {run} wurde storniert; er hat keine Datei</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="745"/>
        <source>the file {target} could not be written: {error}</source>
        <translation>die Datei {target} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="749"/>
        <source>{reason}; run {run} was cancelled and its amounts are owed again</source>
        <translation>{reason}; Lauf {run} wurde storniert, seine Beträge sind wieder offen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="760"/>
        <source>run {run} was cancelled meanwhile; its file was removed</source>
        <translation>Lauf {run} wurde inzwischen storniert; seine Datei wurde entfernt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="781"/>
        <source>{account} has no payout run {run}</source>
        <translation>{account} hat keinen Auszahlungslauf {run}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="801"/>
        <source>run {run} was cancelled; its amounts are owed again and may be in another run</source>
        <translation>Lauf {run} wurde storniert; seine Beträge sind wieder offen und stehen womöglich in einem anderen Lauf</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="805"/>
        <source>run {run}&apos;s file was never written: write it first (workbench payouts write {run} --out FILE) or cancel the run</source>
        <translation>die Datei von Lauf {run} wurde nie geschrieben: schreiben Sie sie zuerst (workbench payouts write {run} --out DATEI) oder stornieren Sie den Lauf</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/payouts.py" line="827"/>
        <source>run {run} is paid; a paid run cannot be cancelled</source>
        <translation>Lauf {run} ist bezahlt; ein bezahlter Lauf lässt sich nicht stornieren</translation>
    </message>
</context>
</TS>
