<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerKeys</name>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="178"/>
        <source>the answer key is larger than MTurk's {most} bytes</source>
        <translation>der Lösungsschlüssel ist größer als die {most} Bytes, die MTurk erlaubt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="267"/>
        <source>the answer key scores no questions</source>
        <translation>der Lösungsschlüssel bewertet keine Fragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="272"/>
        <source>a question of the answer key has no identifier</source>
        <translation>eine Frage des Lösungsschlüssels hat keinen Bezeichner</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="276"/>
        <source>question {question} is in the answer key twice</source>
        <translation>Frage {question} steht zweimal im Lösungsschlüssel</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="280"/>
        <source>question {question} has no answer options</source>
        <translation>Frage {question} hat keine Antwortoptionen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="284"/>
        <source>an answer option of {question} names no selection</source>
        <translation>eine Antwortoption von {question} nennt keine Auswahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="287"/>
        <source>an answer option of {question} names a selection twice</source>
        <translation>eine Antwortoption von {question} nennt eine Auswahl zweimal</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="293"/>
        <source>the answer key scores {question}, which the test does not ask</source>
        <translation>der Lösungsschlüssel bewertet {question}, die der Eignungstest nicht stellt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="297"/>
        <source>{question} is a free-text question; an answer key can only score multiple-choice answers</source>
        <translation>{question} ist eine Freitextfrage; ein Lösungsschlüssel kann nur Auswahlantworten bewerten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="305"/>
        <source>the answer key gives {question} the choice(s) {choices}, which it does not have</source>
        <translation>der Lösungsschlüssel gibt {question} die Antwort(en) {choices}, die sie nicht hat</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="310"/>
        <source>{question} takes one choice, but an answer option needs {count}</source>
        <translation>{question} nimmt eine Antwort, aber eine Antwortoption braucht {count}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="315"/>
        <source>the percentage mapping needs a maximum summed score above 0</source>
        <translation>die Prozentzuordnung braucht eine maximale Gesamtpunktzahl über 0</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="319"/>
        <source>the range mapping has no ranges</source>
        <translation>die Bereichszuordnung hat keine Bereiche</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="323"/>
        <source>the range {low} to {high} is empty</source>
        <translation>der Bereich {low} bis {high} ist leer</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="327"/>
        <source>the ranges {first} and {second} overlap</source>
        <translation>die Bereiche {first} und {second} überschneiden sich</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="343"/>
        <source>{question} is not in the answer key: it never counts</source>
        <translation>{question} steht nicht im Lösungsschlüssel: Die Frage zählt nie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="347"/>
        <source>no answer to {question} earns any points</source>
        <translation>keine Antwort auf {question} bringt Punkte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/answer_keys.py" line="352"/>
        <source>the percentage is of {points} points, but the answers can earn at most {most}</source>
        <translation>der Prozentsatz bezieht sich auf {points} Punkte, die Antworten bringen aber höchstens {most}</translation>
    </message>
</context>
<context>
    <name>ConsensusService</name>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="130"/>
        <source>No gold items</source>
        <translation>Keine Kontrollfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="131"/>
        <source>No gold items found</source>
        <translation>Keine Kontrollfragen gefunden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="133"/>
        <source>Gold: input {column} is the expected {field} (chosen by {who})</source>
        <translation>Kontrollfragen: Eingabe {column} ist die erwartete Antwort für {field} (gewählt von {who})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="136"/>
        <source>Gold: input {column} is the expected {field} (suggested from the names)</source>
        <translation>Kontrollfragen: Eingabe {column} ist die erwartete Antwort für {field} (aus den Namen vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="199"/>
        <source>choose both an input column and an answer field, or neither</source>
        <translation>wählen Sie eine Eingabespalte und ein Antwortfeld, oder keins von beiden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="204"/>
        <source>no batch {batch}</source>
        <translation>kein Batch {batch}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="207"/>
        <source>batch {batch} has no input column {column}</source>
        <translation>Batch {batch} hat keine Eingabespalte {column}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/consensus.py" line="211"/>
        <source>no answer in batch {batch} has a field {field}</source>
        <translation>keine Antwort in Batch {batch} hat ein Feld {field}</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="82"/>
        <source>Approve assignment {target} (overriding the rejection)</source>
        <translation>Zuweisung {target} genehmigen (hebt die Ablehnung auf)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="84"/>
        <source>Approve assignment {target}</source>
        <translation>Zuweisung {target} genehmigen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="86"/>
        <source>Reject assignment {target}: {feedback}</source>
        <translation>Zuweisung {target} ablehnen: {feedback}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="89"/>
        <source>Bonus {amount} to {worker} for {target}: {reason}</source>
        <translation>Bonus {amount} an {worker} für {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="94"/>
        <source>Block worker {target}: {reason}</source>
        <translation>Worker {target} sperren: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="97"/>
        <source>Unblock worker {target}</source>
        <translation>Sperre von Worker {target} aufheben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="99"/>
        <source>Add {count} assignment(s) to HIT {target}</source>
        <translation>{count} Zuweisung(en) zu HIT {target} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="102"/>
        <source>Change the expiration of HIT {target} to {when}</source>
        <translation>Ablauf von HIT {target} auf {when} ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="105"/>
        <source>Message {count} worker(s): {subject}</source>
        <translation>Nachricht an {count} Worker: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="110"/>
        <source>Grant the requested {name} = {value} to worker {target}</source>
        <translation>Angefragte Qualifikation {name} = {value} an Worker {target} vergeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="113"/>
        <source>Grant {name} = {value} to worker {target}</source>
        <translation>{name} = {value} an Worker {target} vergeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="117"/>
        <source>Reject worker {target}'s request for {name}</source>
        <translation>Anfrage von Worker {target} für {name} ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="119"/>
        <source>Revoke {name} from worker {target}</source>
        <translation>{name} von Worker {target} entziehen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="156"/>
        <source>assignment {assignment} already has a queued decision ({kind}) by {who} at {when} UTC</source>
        <translation>für Zuweisung {assignment} ist bereits eine Entscheidung ({kind}) vorgemerkt, von {who} am {when} UTC</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="165"/>
        <source>the marketplace</source>
        <translation>dem Marktplatz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="167"/>
        <source>assignment {assignment} is already {status} (by {who} at {when} UTC); it cannot be {verb}</source>
        <translation>Zuweisung {assignment} ist bereits {status} (von {who} am {when} UTC); sie kann nicht mehr {verb} werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="170"/>
        <source>assignment {assignment} is already {status} (by {who}); it cannot be {verb}</source>
        <translation>Zuweisung {assignment} ist bereits {status} (von {who}); sie kann nicht mehr {verb} werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="182"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="184"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="186"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="196"/>
        <source>unknown assignment(s) in account {account}: {ids}</source>
        <translation>unbekannte Zuweisung(en) im Konto {account}: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="235"/>
        <source>no assignments given</source>
        <translation>keine Zuweisungen angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="250"/>
        <source>assignment {assignment} was rejected and submitted more than 30 days ago; MTurk no longer lets a rejection be overridden</source>
        <translation>Zuweisung {assignment} wurde abgelehnt und vor mehr als 30 Tagen eingereicht; MTurk lässt die Ablehnung nicht mehr aufheben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="280"/>
        <location filename="../../src/workbench/services/outbox.py" line="294"/>
        <source>feedback is longer than {most} characters</source>
        <translation>die Rückmeldung ist länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="291"/>
        <source>a rejection needs feedback: tell the worker why</source>
        <translation>eine Ablehnung braucht eine Rückmeldung: sagen Sie dem Worker, warum</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="315"/>
        <source>a bonus must be at least $0.01</source>
        <translation>ein Bonus muss mindestens $0.01 betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="322"/>
        <source>a bonus needs a reason (the worker sees it)</source>
        <translation>ein Bonus braucht eine Begründung (der Worker sieht sie)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="353"/>
        <source>a block needs a reason</source>
        <translation>eine Sperre braucht eine Begründung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="356"/>
        <location filename="../../src/workbench/services/outbox.py" line="462"/>
        <source>no worker given</source>
        <translation>kein Worker angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="365"/>
        <source>worker {worker} already has a queued {kind} by {who}</source>
        <translation>für Worker {worker} ist bereits {kind} vorgemerkt, von {who}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="383"/>
        <source>worker {worker} already has a queued {kind}</source>
        <translation>für Worker {worker} ist bereits {kind} vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="389"/>
        <source>worker {worker} is not blocked</source>
        <translation>Worker {worker} ist nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="400"/>
        <source>add at least one assignment</source>
        <translation>fügen Sie mindestens eine Zuweisung hinzu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="405"/>
        <location filename="../../src/workbench/services/outbox.py" line="423"/>
        <source>unknown HIT {hit}</source>
        <translation>unbekannter HIT {hit}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="407"/>
        <source>HIT {hit} has {count} assignments; MTurk does not let a HIT made with fewer than 10 grow to 10 or more</source>
        <translation>HIT {hit} hat {count} Zuweisungen; MTurk lässt einen mit weniger als 10 angelegten HIT nicht auf 10 oder mehr wachsen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="433"/>
        <source>no workers given</source>
        <translation>keine Worker angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="435"/>
        <source>the subject must be 1 to 200 characters</source>
        <translation>der Betreff muss 1 bis 200 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="437"/>
        <source>the message must be 1 to 4,096 characters</source>
        <translation>die Nachricht muss 1 bis 4.096 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="460"/>
        <source>no qualification type given</source>
        <translation>kein Qualifikationstyp angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="468"/>
        <source>worker {worker} already has a queued {kind} of this qualification by {who} at {when} UTC</source>
        <translation>für Worker {worker} ist bereits {kind} dieser Qualifikation vorgemerkt, von {who} am {when} UTC</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="478"/>
        <source>worker {worker} already has a queued action on this qualification</source>
        <translation>für Worker {worker} ist bereits eine Aktion zu dieser Qualifikation vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="488"/>
        <source>a qualification score is a whole number, not {value}</source>
        <translation>eine Qualifikationspunktzahl ist eine ganze Zahl, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="503"/>
        <source>the reason is longer than {most} characters</source>
        <translation>die Begründung ist länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="518"/>
        <location filename="../../src/workbench/services/outbox.py" line="536"/>
        <source>no outbox action {action}</source>
        <translation>keine Postausgangsaktion {action}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="521"/>
        <source>action {action} is {state}; only pending actions can be undone</source>
        <translation>Aktion {action} ist {state}; nur ausstehende Aktionen lassen sich rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="539"/>
        <source>action {action} is {state}; only failed actions can be retried</source>
        <translation>Aktion {action} ist {state}; nur fehlgeschlagene Aktionen lassen sich wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="548"/>
        <source>assignment {assignment} has another decision queued</source>
        <translation>für Zuweisung {assignment} ist eine andere Entscheidung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="558"/>
        <source>worker {worker} has another action on this qualification queued</source>
        <translation>für Worker {worker} ist eine andere Aktion zu dieser Qualifikation vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="317"/>
        <source>a bonus of {amount} is more than {limit}: confirm it to queue it (on the command line: --yes)</source>
        <translation>ein Bonus von {amount} ist mehr als {limit}: bestätigen Sie ihn, um ihn einzureihen (auf der Kommandozeile: --yes)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/outbox.py" line="567"/>
        <source>worker {worker} has another block or unblock queued</source>
        <translation>Für Worker {worker} ist schon eine andere Sperre oder Entsperrung eingereiht</translation>
    </message>
</context>
<context>
    <name>QualificationRequirements</name>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="78"/>
        <source>unknown comparator {comparator}</source>
        <translation>unbekannter Vergleich {comparator}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="83"/>
        <source>a requirement takes IntegerValues or LocaleValues, not both</source>
        <translation>eine Voraussetzung nimmt IntegerValues oder LocaleValues, nicht beides</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="88"/>
        <source>{comparator} takes no values</source>
        <translation>{comparator} nimmt keine Werte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="92"/>
        <source>{comparator} takes 1 to {most} values</source>
        <translation>{comparator} nimmt 1 bis {most} Werte</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="95"/>
        <source>{comparator} takes exactly one value</source>
        <translation>{comparator} nimmt genau einen Wert</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="99"/>
        <source>locales cannot be compared with {comparator}</source>
        <translation>Orte lassen sich nicht mit {comparator} vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="105"/>
        <source>{country} is not a two-letter country code</source>
        <translation>{country} ist kein zweibuchstabiger Ländercode</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="109"/>
        <source>the locale qualification takes LocaleValues</source>
        <translation>die Orts-Qualifikation nimmt LocaleValues</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/qualifications.py" line="118"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} liegt nicht zwischen {low} und {high}</translation>
    </message>
</context>
<context>
    <name>QualificationSimulation</name>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="34"/>
        <source>{count} simulated workers asked</source>
        <translation>{count} simulierte Worker haben angefragt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="38"/>
        <source>{count} got a score (median {median})</source>
        <translation>{count} erhielten eine Punktzahl (Median {median})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="42"/>
        <source>{count} wait for your decision</source>
        <translation>{count} warten auf Ihre Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="45"/>
        <source>{count} were refused ({reason})</source>
        <translation>{count} wurden abgewiesen ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="55"/>
        <source>simulated workers exist only on the local marketplace</source>
        <translation>simulierte Worker gibt es nur auf dem lokalen Marktplatz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="58"/>
        <source>simulate between 1 and 1,000 workers</source>
        <translation>simulieren Sie zwischen 1 und 1.000 Workern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_simulation.py" line="82"/>
        <source>Worker {number} of {count} asked</source>
        <translation>Worker {number} von {count} hat angefragt</translation>
    </message>
</context>
<context>
    <name>QualificationTests</name>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="129"/>
        <source>the test has no questions</source>
        <translation>der Eignungstest hat keine Fragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="134"/>
        <source>question {number} has no identifier</source>
        <translation>Frage {number} hat keinen Bezeichner</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="137"/>
        <source>question {number}: the identifier {ident} must have no surrounding spaces and at most {most} characters</source>
        <translation>Frage {number}: Der Bezeichner {ident} darf keine umgebenden Leerzeichen und höchstens {most} Zeichen haben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="142"/>
        <source>question {number}: the identifier {ident} is used twice</source>
        <translation>Frage {number}: Der Bezeichner {ident} kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="147"/>
        <source>question {number} ({ident}) has no text</source>
        <translation>Frage {number} ({ident}) hat keinen Text</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="152"/>
        <source>question {number} ({ident}) needs at least two choices</source>
        <translation>Frage {number} ({ident}) braucht mindestens zwei Antworten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="157"/>
        <source>question {number} ({ident}) has a choice without a proper identifier</source>
        <translation>Frage {number} ({ident}) hat eine Antwort ohne gültigen Bezeichner</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="161"/>
        <source>question {number} ({ident}) uses a choice identifier twice</source>
        <translation>Frage {number} ({ident}) verwendet einen Antwortbezeichner zweimal</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="166"/>
        <source>question {number} ({ident}) has a choice without text</source>
        <translation>Frage {number} ({ident}) hat eine Antwort ohne Text</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/qualification_tests.py" line="198"/>
        <source>the test is {size} bytes; MTurk takes at most {most}</source>
        <translation>der Eignungstest ist {size} Bytes groß; MTurk nimmt höchstens {most}</translation>
    </message>
</context>
<context>
    <name>QualificationsService</name>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="162"/>
        <source>no qualification type {type} in account {account}</source>
        <translation>kein Qualifikationstyp {type} im Konto {account}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="174"/>
        <source>give the qualification a name</source>
        <translation>geben Sie der Qualifikation einen Namen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="176"/>
        <source>the name is longer than {most} characters</source>
        <translation>der Name ist länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="180"/>
        <source>give the qualification a description (workers see it)</source>
        <translation>geben Sie der Qualifikation eine Beschreibung (Worker sehen sie)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="183"/>
        <source>the description is longer than {most} characters</source>
        <translation>die Beschreibung ist länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="187"/>
        <source>the keywords are longer than {most} characters</source>
        <translation>die Stichwörter sind länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="191"/>
        <source>a qualification with a test cannot also be granted automatically</source>
        <translation>eine Qualifikation mit Eignungstest kann nicht zusätzlich automatisch vergeben werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="195"/>
        <source>the retry delay cannot be negative</source>
        <translation>die Wartezeit bis zur Wiederholung kann nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="198"/>
        <source>MTurk does not let a qualification type be renamed; create a new one instead</source>
        <translation>MTurk lässt einen Qualifikationstyp nicht umbenennen; legen Sie stattdessen einen neuen an</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="202"/>
        <source>retries, once allowed, cannot be turned off on MTurk; create a new qualification type without retries instead</source>
        <translation>einmal erlaubte Wiederholungen lassen sich bei MTurk nicht abschalten; legen Sie stattdessen einen neuen Qualifikationstyp ohne Wiederholungen an</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="206"/>
        <source>an answer key needs a test</source>
        <translation>ein Lösungsschlüssel braucht einen Eignungstest</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="209"/>
        <source>a test needs a time limit</source>
        <translation>ein Eignungstest braucht ein Zeitlimit</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="213"/>
        <source>the test cannot be used: {error}</source>
        <translation>der Eignungstest ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="220"/>
        <source>the answer key cannot be used: {error}</source>
        <translation>der Lösungsschlüssel ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="279"/>
        <source>the marketplace refused to {what}: {error}</source>
        <translation>der Marktplatz hat es abgelehnt, {what}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="294"/>
        <source>create the qualification type</source>
        <translation>den Qualifikationstyp anzulegen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="325"/>
        <location filename="../../src/workbench/services/qualifications.py" line="338"/>
        <source>change the qualification type</source>
        <translation>den Qualifikationstyp zu ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="353"/>
        <source>delete the qualification type</source>
        <translation>den Qualifikationstyp zu löschen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="367"/>
        <source>look up the qualification type</source>
        <translation>den Qualifikationstyp abzurufen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="414"/>
        <source>{type} is not a qualification type id</source>
        <translation>{type} ist keine Qualifikationstyp-ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="522"/>
        <source>{count} queued</source>
        <translation>{count} vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="525"/>
        <source>, {count} skipped ({reason}, …)</source>
        <translation>, {count} übersprungen ({reason}, …)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="527"/>
        <source>, {count} skipped ({reason})</source>
        <translation>, {count} übersprungen ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="540"/>
        <source>no score: give one</source>
        <translation>keine Punktzahl: geben Sie eine an</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="557"/>
        <source>tell the workers why their requests were rejected</source>
        <translation>sagen Sie den Workern, warum ihre Anfragen abgelehnt wurden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="578"/>
        <source>{worker} is not a worker id</source>
        <translation>{worker} ist keine Worker-ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualifications.py" line="582"/>
        <source>no workers given</source>
        <translation>keine Worker angegeben</translation>
    </message>
</context>
<context>
    <name>RequirementAdvice</name>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="307"/>
        <source>Choose a qualification.</source>
        <translation>Wählen Sie eine Qualifikation.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="312"/>
        <source>This is the production Masters id; on the sandbox Masters is {id}.</source>
        <translation>Dies ist die Masters-ID des Produktivsystems; in der Sandbox ist Masters {id}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="316"/>
        <source>This is the sandbox Masters id; on the production Masters is {id}.</source>
        <translation>Dies ist die Masters-ID der Sandbox; im Produktivsystem ist Masters {id}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="321"/>
        <source>Masters adds 5% of the reward to MTurk's fee on every assignment, and few workers hold it: the batch costs more and finishes more slowly.</source>
        <translation>Masters erhöht die MTurk-Gebühr jeder Zuweisung um 5 % der Vergütung, und wenige Worker haben sie: Der Batch kostet mehr und wird langsamer fertig.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="328"/>
        <source>{bar} or more approved HITs excludes almost every worker: expect the batch to wait a long time for anyone to accept it.</source>
        <translation>{bar} oder mehr genehmigte HITs schließen fast alle Worker aus: Der Batch wartet voraussichtlich lange, bis jemand ihn annimmt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="333"/>
        <source>{bar} or more approved HITs excludes most workers; 1,000 is a common bar.</source>
        <translation>{bar} oder mehr genehmigte HITs schließen die meisten Worker aus; üblich sind 1.000.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="338"/>
        <source>This admits only workers whose approval rate is low: did you mean at least?</source>
        <translation>Das lässt nur Worker mit niedriger Genehmigungsquote zu: Meinten Sie „mindestens“?</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="344"/>
        <source>No approval rate is above 100%.</source>
        <translation>Keine Genehmigungsquote liegt über 100 %.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="347"/>
        <source>An approval rate of {bar}% or more excludes many good workers (one rejection in a hundred is enough); 95% to 98% is usual.</source>
        <translation>Eine Genehmigungsquote ab {bar} % schließt viele gute Worker aus (eine Ablehnung unter hundert genügt); üblich sind 95 % bis 98 %.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="355"/>
        <source>Only workers in the named states or provinces qualify: expect a slower batch.</source>
        <translation>Nur Worker in den genannten Bundesstaaten oder Provinzen kommen infrage: Der Batch wird langsamer.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="361"/>
        <source>{name} is inactive: workers who do not hold it yet cannot request it.</source>
        <translation>{name} ist inaktiv: Worker, die sie noch nicht haben, können sie nicht anfragen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="365"/>
        <source>Workers without {name} will not even see these HITs, so they will not find its test through them.</source>
        <translation>Worker ohne {name} sehen diese HITs gar nicht und finden deren Eignungstest daher nicht über sie.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="377"/>
        <source>A HIT takes at most {most} requirements; there are {count}.</source>
        <translation>Ein HIT erlaubt höchstens {most} Voraussetzungen; es sind {count}.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="388"/>
        <source>One requirement asks that workers hold a qualification and another that they do not: no worker can meet both.</source>
        <translation>Eine Voraussetzung verlangt, dass Worker eine Qualifikation haben, eine andere, dass sie sie nicht haben: Niemand kann beide erfüllen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="392"/>
        <source>Two requirements name the same qualification; a worker must meet both.</source>
        <translation>Zwei Voraussetzungen nennen dieselbe Qualifikation; ein Worker muss beide erfüllen.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="108"/>
        <source>A score of {value} or more: at least {correct} of its {questions} questions right.</source>
        <translation>Eine Punktzahl von {value} oder mehr: mindestens {correct} seiner {questions} Fragen richtig.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="111"/>
        <source>A score of {value} or more: about four fifths of the test's points.</source>
        <translation>Eine Punktzahl von {value} oder mehr: etwa vier Fünftel der Punkte des Tests.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="253"/>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="272"/>
        <location filename="../../src/workbench/services/requirement_advice.py" line="278"/>
        <source>{name} is {values}</source>
        <translation>{name} ist {values}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/requirement_advice.py" line="275"/>
        <location filename="../../src/workbench/services/requirement_advice.py" line="281"/>
        <source>{name} is not {values}</source>
        <translation>{name} ist nicht {values}</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../src/workbench/services/review.py" line="423"/>
        <source>Already approved</source>
        <translation>Bereits genehmigt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="427"/>
        <source>Rejected, and submitted, more than 30 days ago: MTurk no longer lets this rejection be overridden</source>
        <translation>Abgelehnt und vor mehr als 30 Tagen eingereicht: MTurk lässt diese Ablehnung nicht mehr aufheben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="430"/>
        <source>Rejected, and submitted on {date}, more than 30 days ago: MTurk no longer lets this rejection be overridden</source>
        <translation>Abgelehnt und am {date} eingereicht, vor mehr als 30 Tagen: MTurk lässt diese Ablehnung nicht mehr aufheben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="439"/>
        <source>Approval already queued by {who} at {when} UTC; undo it first (Ctrl+Z or the Outbox)</source>
        <translation>Genehmigung bereits vorgemerkt von {who} am {when} UTC; machen Sie sie zuerst rückgängig (Strg+Z oder Postausgang)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="442"/>
        <source>Rejection already queued by {who} at {when} UTC; undo it first (Ctrl+Z or the Outbox)</source>
        <translation>Ablehnung bereits vorgemerkt von {who} am {when} UTC; machen Sie sie zuerst rückgängig (Strg+Z oder Postausgang)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="452"/>
        <source>Already approved: only submitted work can be rejected</source>
        <translation>Bereits genehmigt: Nur eingereichte Arbeit kann abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="454"/>
        <source>Already rejected: only submitted work can be rejected</source>
        <translation>Bereits abgelehnt: Nur eingereichte Arbeit kann abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="456"/>
        <source>Already {status}: only submitted work can be rejected</source>
        <translation>Bereits {status}: Nur eingereichte Arbeit kann abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="515"/>
        <source>submitted, no decision yet</source>
        <translation>eingereicht, noch keine Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="517"/>
        <source>Every submitted assignment of the batch that has no decision yet.</source>
        <translation>Jede eingereichte Zuweisung des Batches, über die noch nicht entschieden ist.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="535"/>
        <source>Submitted work whose every choice field matches the majority of its HIT (at least two votes, no tie).</source>
        <translation>Eingereichte Arbeit, deren Auswahlfelder alle mit der Mehrheit ihres HITs übereinstimmen (mindestens zwei Stimmen, kein Gleichstand).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="539"/>
        <source>The batch has no gold mapping: choose the input column that holds the expected answer first (Gold…).</source>
        <translation>Der Batch hat keine Kontrollfragen-Zuordnung: Wählen Sie zuerst die Eingabespalte mit der erwarteten Antwort (Kontrollfragen…).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="549"/>
        <source>{field}: answered “{given}”, expected “{expected}”</source>
        <translation>{field}: Antwort „{given}“, erwartet „{expected}“</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="551"/>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="555"/>
        <source>Submitted work answering a gold item otherwise than its {column} column says.</source>
        <translation>Eingereichte Arbeit, die eine Kontrollfrage anders beantwortet, als ihre Spalte {column} angibt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="568"/>
        <source>{field} = {value} ({agreeing} of {votes})</source>
        <translation>{field} = {value} ({agreeing} von {votes})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="572"/>
        <source>agrees: {shown}</source>
        <translation>stimmt überein: {shown}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="591"/>
        <source>a rejection needs feedback: tell the worker why</source>
        <translation>eine Ablehnung braucht eine Rückmeldung: sagen Sie dem Worker, warum</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="596"/>
        <source>Prolific rejections are made one submission at a time, each with a category and a message of 100 or more characters</source>
        <translation>Ablehnungen auf Prolific geschehen Einreichung für Einreichung, jede mit einer Kategorie und einer Nachricht von mindestens 100 Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="621"/>
        <source>Queuing decisions</source>
        <translation>Entscheidungen werden vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="378"/>
        <source>(a PNG image, {size} kB)</source>
        <translation>(ein PNG-Bild, {size} kB)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/review.py" line="405"/>
        <source>(an empty list)</source>
        <translation>(eine leere Liste)</translation>
    </message>
</context>
<context>
    <name>TestDrafts</name>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="172"/>
        <source>give workers at least a minute for the test</source>
        <translation>geben Sie Workern mindestens eine Minute für den Eignungstest</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="177"/>
        <source>{question}: mark the correct choices, or it never counts</source>
        <translation>{question}: markieren Sie die richtigen Antworten, sonst zählt die Frage nie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="181"/>
        <source>{question}: partial credit is given for up to {most} correct choices</source>
        <translation>{question}: Teilpunkte gibt es für höchstens {most} richtige Antworten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="186"/>
        <source>{question} is free text: the answer key cannot score it; read the answers when you review requests</source>
        <translation>{question} ist Freitext: Der Lösungsschlüssel kann sie nicht bewerten; lesen Sie die Antworten beim Prüfen der Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="190"/>
        <source>the multiplier must be above 0</source>
        <translation>der Faktor muss über 0 liegen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="192"/>
        <source>add at least one range of points</source>
        <translation>fügen Sie mindestens einen Punktebereich hinzu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="197"/>
        <source>no question earns points: there is no answer key, so you will review every request yourself</source>
        <translation>keine Frage bringt Punkte: Es gibt keinen Lösungsschlüssel, Sie prüfen also jede Anfrage selbst</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="223"/>
        <source>dropped {what}</source>
        <translation>entfernt: {what}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="246"/>
        <source>{question}: its scoring was simplified to what the editor shows</source>
        <translation>{question}: Die Bewertung wurde auf das vereinfacht, was der Editor zeigt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/qualification_drafts.py" line="255"/>
        <source>the percentage was of {points} points; it is now of the points the answers can earn</source>
        <translation>der Prozentsatz bezog sich auf {points} Punkte; jetzt bezieht er sich auf die Punkte, die die Antworten erreichen können</translation>
    </message>
</context>
<context>
    <name>WorkerCsv</name>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="111"/>
        <source>{value} is neither a whole number nor {revoke}</source>
        <translation>{value} ist weder eine ganze Zahl noch {revoke}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="115"/>
        <source>{value} is too large for a qualification score</source>
        <translation>{value} ist zu groß für eine Qualifikationspunktzahl</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="123"/>
        <source>the file is larger than {size} MB</source>
        <translation>die Datei ist größer als {size} MB</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="129"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="131"/>
        <location filename="../../src/workbench/formats/worker_csv.py" line="216"/>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="135"/>
        <source>there is no {column} column: is this MTurk's worker CSV?</source>
        <translation>es gibt keine Spalte {column}: Ist das die Worker-CSV von MTurk?</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="140"/>
        <source>line 1: the column(s) {columns} appear twice</source>
        <translation>Zeile 1: die Spalte(n) {columns} kommen zweimal vor</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="147"/>
        <source>line 1: unknown column(s): {columns}</source>
        <translation>Zeile 1: unbekannte Spalte(n): {columns}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="153"/>
        <source>line 1: no qualification type named {names}</source>
        <translation>Zeile 1: kein Qualifikationstyp namens {names}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="169"/>
        <source>line {line}: {cells} cells under {columns} columns</source>
        <translation>Zeile {line}: {cells} Zellen unter {columns} Spalten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="176"/>
        <source>line {line}: {worker} is not a worker id</source>
        <translation>Zeile {line}: {worker} ist keine Worker-ID</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="180"/>
        <source>line {line}: worker {worker} is also on line {other}</source>
        <translation>Zeile {line}: Worker {worker} steht auch in Zeile {other}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="191"/>
        <source>line {line}, {column}: {problem}</source>
        <translation>Zeile {line}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="202"/>
        <source>line {line}: blocking {worker} needs a {column}</source>
        <translation>Zeile {line}: das Sperren von {worker} braucht einen {column}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="210"/>
        <source>line {line}: {column} should be Block or Unblock, not {value}</source>
        <translation>Zeile {line}: {column} sollte Block oder Unblock sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/formats/worker_csv.py" line="219"/>
        <source> (and more)</source>
        <translation> (und weitere)</translation>
    </message>
</context>
<context>
    <name>WorkerScores</name>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="87"/>
        <source>Collecting workers and scores</source>
        <translation>Worker und Punktzahlen werden gesammelt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="95"/>
        <source>Wrote {count} workers</source>
        <translation>{count} Worker geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="133"/>
        <source>{count} score(s) to grant or change</source>
        <translation>{count} Punktzahl(en) zu vergeben oder zu ändern</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="135"/>
        <source>{count} to revoke</source>
        <translation>{count} zu entziehen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="137"/>
        <source>{blocks} worker(s) to block, {unblocks} to unblock</source>
        <translation>{blocks} Worker zu sperren, {unblocks} zu entsperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="140"/>
        <source>{count} already as asked</source>
        <translation>{count} bereits wie gewünscht</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="142"/>
        <source>{count} workers read: {parts}</source>
        <translation>{count} Worker gelesen: {parts}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/worker_scores.py" line="214"/>
        <source>{file} is not a text file</source>
        <translation>{file} ist keine Textdatei</translation>
    </message>
</context>
<context>
    <name>WorkersService</name>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="101"/>
        <source>Approved by you {rate} ({approved} of {decided})</source>
        <translation>Von Ihnen genehmigt: {rate} ({approved} von {decided})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="105"/>
        <source>No decisions sent yet</source>
        <translation>Noch keine Entscheidungen gesendet</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="107"/>
        <source>, {count} queued</source>
        <translation>, {count} vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="110"/>
        <source>Agrees with consensus {rate} ({agreed} of {compared})</source>
        <translation>Übereinstimmung mit dem Konsens: {rate} ({agreed} von {compared})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="115"/>
        <source>Agreement: nothing to compare yet</source>
        <translation>Übereinstimmung: noch nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="117"/>
        <source>Gold items right {rate} ({right} of {total})</source>
        <translation>Kontrollfragen richtig: {rate} ({right} von {total})</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="125"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="127"/>
        <source>Soft-blocked (left out of HITs that exclude the soft-block qualification)</source>
        <translation>Weiche Sperre (von HITs ausgenommen, die die Qualifikation der weichen Sperre ausschließen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="240"/>
        <source>this account has no soft-block qualification</source>
        <translation>dieses Konto hat keine Qualifikation für weiche Sperren</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="253"/>
        <source>Block of {worker} queued.</source>
        <translation>Sperre von {worker} vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="256"/>
        <source>Unblock of {worker} queued.</source>
        <translation>Aufhebung der Sperre von {worker} vorgemerkt.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="261"/>
        <source>Soft block of {worker} queued. Batches that require “{requirement}” leave soft-blocked workers out.</source>
        <translation>Weiche Sperre von {worker} vorgemerkt. Batches mit der Voraussetzung „{requirement}“ lassen weich gesperrte Worker aus.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="266"/>
        <source>Soft block of {worker} lifted (queued).</source>
        <translation>Weiche Sperre von {worker} aufgehoben (vorgemerkt).</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="493"/>
        <source>“{subject}” to {workers} worker(s): {sent} delivered</source>
        <translation>„{subject}“ an {workers} Worker: {sent} zugestellt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="497"/>
        <source>{count} waiting to be sent (Sync sends them)</source>
        <translation>{count} warten auf das Senden (Synchronisieren sendet sie)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="500"/>
        <source>{count} not delivered</source>
        <translation>{count} nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workers.py" line="122"/>
        <source>Blocked: {reason}</source>
        <translation>Gesperrt: {reason}</translation>
    </message>
</context>
</TS>
