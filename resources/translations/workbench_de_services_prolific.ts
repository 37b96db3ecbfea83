<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ProlificActions</name>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="90"/>
        <source>waiting for the study to be created</source>
        <translation>wartet darauf, dass die Studie angelegt ist</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="94"/>
        <source>the study was never created on Prolific (its creation failed or is still queued)</source>
        <translation>die Studie wurde auf Prolific nie angelegt (das Anlegen schlug fehl oder steht noch aus)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="196"/>
        <source>Prolific lists the study already</source>
        <translation>Prolific führt die Studie bereits</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="220"/>
        <source>the study is already {status}</source>
        <translation>die Studie ist bereits {status}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="245"/>
        <source>the study already has {places} places</source>
        <translation>die Studie hat bereits {places} Plätze</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="271"/>
        <source>the submission is already {status}</source>
        <translation>die Einreichung ist bereits {status}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="277"/>
        <source>the submission became {status} on Prolific before this was sent</source>
        <translation>die Einreichung wurde auf Prolific {status}, bevor dies gesendet wurde</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="295"/>
        <source>a return was already requested</source>
        <translation>eine Rückgabe wurde bereits erbeten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="299"/>
        <source>the submission is {status} and can no longer be asked to return</source>
        <translation>die Einreichung ist {status}; um ihre Rückgabe kann nicht mehr gebeten werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="348"/>
        <source>an earlier pay call of bulk bonus {bulk} may have gone through; it is checked again before anything is paid</source>
        <translation>ein früherer Auszahlungsaufruf des Sammelbonus {bulk} ist vielleicht durchgegangen; das wird erneut geprüft, bevor irgendetwas gezahlt wird</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="384"/>
        <source>Prolific shows bulk bonus {bulk} paid</source>
        <translation>Prolific zeigt den Sammelbonus {bulk} als gezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="388"/>
        <source>the pay call of bulk bonus {bulk} got no answer and Prolific shows no payment yet; Prolific pays bonuses within minutes, so it is checked again at the next sync</source>
        <translation>der Auszahlungsaufruf des Sammelbonus {bulk} blieb ohne Antwort und Prolific zeigt noch keine Zahlung; Prolific zahlt Boni binnen Minuten, daher wird beim nächsten Abgleich erneut geprüft</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="393"/>
        <source>the pay call of bulk bonus {bulk} got no answer and Prolific still shows no payment {minutes} minutes later; check the workspace&apos;s payments on Prolific, then retry this action to pay (it looks once more first) or leave it</source>
        <translation>der Auszahlungsaufruf des Sammelbonus {bulk} blieb ohne Antwort und Prolific zeigt auch {minutes} Minuten später keine Zahlung; prüfen Sie die Zahlungen des Workspace auf Prolific und wiederholen Sie dann diese Aktion, um zu zahlen (sie sieht vorher noch einmal nach), oder lassen Sie sie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="444"/>
        <source>the account has no block-list group</source>
        <translation>das Konto hat keine Sperrlisten-Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="457"/>
        <source>the block list already shows it</source>
        <translation>die Sperrliste zeigt es bereits</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="492"/>
        <source>Create the Prolific study {name}</source>
        <translation>Prolific-Studie {name} anlegen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="493"/>
        <source>Publish the Prolific study {name}</source>
        <translation>Prolific-Studie {name} veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="494"/>
        <source>{action} the Prolific study {name}</source>
        <translation>Prolific-Studie {name}: {action}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="495"/>
        <source>Raise the places of the Prolific study {name} to {total}</source>
        <translation>Plätze der Prolific-Studie {name} auf {total} erhöhen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="497"/>
        <source>Approve the Prolific submission {target}</source>
        <translation>Prolific-Einreichung {target} annehmen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="498"/>
        <source>Reject the Prolific submission {target}: {message}</source>
        <translation>Prolific-Einreichung {target} ablehnen: {message}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="499"/>
        <source>Screen out the Prolific submission {target}</source>
        <translation>Prolific-Einreichung {target} ausscheiden (Screen-out)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="500"/>
        <source>Ask the participant of submission {target} to return it</source>
        <translation>Teilnehmende der Einreichung {target} um Rückgabe bitten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="502"/>
        <source>Bonus {amount} to {count} participant(s) of the Prolific study {name}</source>
        <translation>Bonus {amount} an {count} Teilnehmende der Prolific-Studie {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="504"/>
        <source>Message {count} participant(s) of the Prolific study {name}</source>
        <translation>Nachricht an {count} Teilnehmende der Prolific-Studie {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="506"/>
        <source>Block participant {target} (Prolific block list)</source>
        <translation>Teilnehmende {target} sperren (Prolific-Sperrliste)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="507"/>
        <source>Unblock participant {target} (Prolific block list)</source>
        <translation>Sperre von Teilnehmenden {target} aufheben (Prolific-Sperrliste)</translation>
    </message>
</context>
<context>
    <name>ProlificService</name>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="98"/>
        <source>account {name} is not a Prolific account</source>
        <translation>Konto {name} ist kein Prolific-Konto</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="197"/>
        <source>a study needs a name</source>
        <translation>eine Studie braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="199"/>
        <source>a study needs a description</source>
        <translation>eine Studie braucht eine Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="201"/>
        <source>a study needs at least one place</source>
        <translation>eine Studie braucht mindestens einen Platz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="203"/>
        <source>the reward must be at least 0.01</source>
        <translation>die Vergütung muss mindestens 0,01 betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="205"/>
        <source>the estimated time must be at least one minute</source>
        <translation>die geschätzte Dauer muss mindestens eine Minute betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="208"/>
        <source>the study URL must be http(s)</source>
        <translation>die Adresse der Studie muss mit http(s) beginnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="265"/>
        <source>no Prolific study {study} in account {account}</source>
        <translation>keine Prolific-Studie {study} im Konto {account}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="288"/>
        <source>the study is {status}; only a draft can be published</source>
        <translation>die Studie ist {status}; nur ein Entwurf kann veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="303"/>
        <source>a study can be paused, started or stopped, not {action}</source>
        <translation>eine Studie kann pausiert, gestartet oder beendet werden, nicht {action}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="313"/>
        <source>add at least one place</source>
        <translation>fügen Sie mindestens einen Platz hinzu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="328"/>
        <source>unknown Prolific submission(s) in account {account}: {ids} (sync first)</source>
        <translation>unbekannte Prolific-Einreichung(en) im Konto {account}: {ids} (erst abgleichen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="347"/>
        <source>no submissions given</source>
        <translation>keine Einreichungen angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="358"/>
        <source>submission {submission} already has a queued decision ({kind}) by {who}</source>
        <translation>für Einreichung {submission} ist bereits eine Entscheidung ({kind}) von {who} vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="364"/>
        <source>submission {submission} is {status} on Prolific; it cannot be {verb}</source>
        <translation>Einreichung {submission} ist auf Prolific {status}; sie kann nicht {verb} werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="382"/>
        <source>another decision on these submissions was queued just now</source>
        <translation>eben wurde eine andere Entscheidung über diese Einreichungen vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="388"/>
        <source>approved</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="389"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="390"/>
        <source>screened out</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="391"/>
        <source>asked to return</source>
        <translation>um Rückgabe gebeten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="404"/>
        <source>Prolific needs a rejection message of at least {least} characters ({count} given): tell the participant what was wrong</source>
        <translation>Prolific verlangt eine Ablehnungsnachricht von mindestens {least} Zeichen ({count} angegeben): sagen Sie der teilnehmenden Person, was falsch war</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="411"/>
        <source>the rejection category must be one of: {known}</source>
        <translation>die Ablehnungskategorie muss eine dieser sein: {known}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="428"/>
        <source>a return request needs a reason</source>
        <translation>eine Bitte um Rückgabe braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="450"/>
        <source>no bonuses given</source>
        <translation>keine Boni angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="452"/>
        <source>at most {most} bonuses at once</source>
        <translation>höchstens {most} Boni auf einmal</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="455"/>
        <source>every bonus must be at least 0.01</source>
        <translation>jeder Bonus muss mindestens 0,01 betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="477"/>
        <source>not a submission or participant of study {study}: {ids}</source>
        <translation>keine Einreichung oder Teilnehmende der Studie {study}: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="482"/>
        <source>a participant appears twice; give each one bonus in one payment</source>
        <translation>eine teilnehmende Person kommt doppelt vor; geben Sie jeder einen Bonus pro Zahlung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="496"/>
        <source>no participants given</source>
        <translation>keine Teilnehmenden angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="498"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="528"/>
        <source>no participant given</source>
        <translation>keine teilnehmende Person angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="530"/>
        <source>a block needs a reason</source>
        <translation>eine Sperre braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="540"/>
        <source>participant {who} already has a queued block or unblock</source>
        <translation>für {who} ist bereits eine Sperre oder Entsperrung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="559"/>
        <source>assignment {assignment} belongs to session {other}, not {session}</source>
        <translation>Zuweisung {assignment} gehört zur Sitzung {other}, nicht zu {session}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="593"/>
        <source>Prolific: {reason}</source>
        <translation>Prolific: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="608"/>
        <source>Fetching Prolific submissions</source>
        <translation>Prolific-Einreichungen werden abgerufen</translation>
    </message>
</context>
</TS>
