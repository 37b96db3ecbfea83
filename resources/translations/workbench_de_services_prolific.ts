<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ProlificActions</name>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="92"/>
        <source>waiting for the study to be created</source>
        <translation>wartet darauf, dass die Studie angelegt ist</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="96"/>
        <source>the study was never created on Prolific (its creation failed or is still queued)</source>
        <translation>die Studie wurde auf Prolific nie angelegt (das Anlegen schlug fehl oder steht noch aus)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="198"/>
        <source>Prolific lists the study already</source>
        <translation>Prolific führt die Studie bereits</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="222"/>
        <source>the worker site cannot serve the study yet: {error}</source>
        <translation>die Worker-Website kann die Studie noch nicht ausliefern: {error}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="234"/>
        <source>the study is already {status}</source>
        <translation>die Studie ist bereits {status}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="259"/>
        <source>the study already has {places} places</source>
        <translation>die Studie hat bereits {places} Plätze</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="285"/>
        <source>the submission is already {status}</source>
        <translation>die Einreichung ist bereits {status}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="291"/>
        <source>the submission became {status} on Prolific before this was sent</source>
        <translation>die Einreichung wurde auf Prolific {status}, bevor dies gesendet wurde</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="309"/>
        <source>a return was already requested</source>
        <translation>eine Rückgabe wurde bereits erbeten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="313"/>
        <source>the submission is {status} and can no longer be asked to return</source>
        <translation>die Einreichung ist {status}; um ihre Rückgabe kann nicht mehr gebeten werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="362"/>
        <source>an earlier pay call of bulk bonus {bulk} may have gone through; it is checked again before anything is paid</source>
        <translation>ein früherer Auszahlungsaufruf des Sammelbonus {bulk} ist vielleicht durchgegangen; das wird erneut geprüft, bevor irgendetwas gezahlt wird</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="398"/>
        <source>Prolific shows bulk bonus {bulk} paid</source>
        <translation>Prolific zeigt den Sammelbonus {bulk} als gezahlt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="402"/>
        <source>the pay call of bulk bonus {bulk} got no answer and Prolific shows no payment yet; Prolific pays bonuses within minutes, so it is checked again at the next sync</source>
        <translation>der Auszahlungsaufruf des Sammelbonus {bulk} blieb ohne Antwort und Prolific zeigt noch keine Zahlung; Prolific zahlt Boni binnen Minuten, daher wird beim nächsten Abgleich erneut geprüft</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="407"/>
        <source>the pay call of bulk bonus {bulk} got no answer and Prolific still shows no payment {minutes} minutes later; check the workspace's payments on Prolific, then retry this action to pay (it looks once more first) or leave it</source>
        <translation>der Auszahlungsaufruf des Sammelbonus {bulk} blieb ohne Antwort und Prolific zeigt auch {minutes} Minuten später keine Zahlung; prüfen Sie die Zahlungen des Workspace auf Prolific und wiederholen Sie dann diese Aktion, um zu zahlen (sie sieht vorher noch einmal nach), oder lassen Sie sie</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="458"/>
        <source>the account has no block-list group</source>
        <translation>das Konto hat keine Sperrlisten-Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="471"/>
        <source>the block list already shows it</source>
        <translation>die Sperrliste zeigt es bereits</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="506"/>
        <source>Create the Prolific study {name}</source>
        <translation>Prolific-Studie {name} anlegen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="507"/>
        <source>Publish the Prolific study {name}</source>
        <translation>Prolific-Studie {name} veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="508"/>
        <source>{action} the Prolific study {name}</source>
        <translation>Prolific-Studie {name}: {action}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="509"/>
        <source>Raise the places of the Prolific study {name} to {total}</source>
        <translation>Plätze der Prolific-Studie {name} auf {total} erhöhen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="511"/>
        <source>Approve the Prolific submission {target}</source>
        <translation>Prolific-Einreichung {target} annehmen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="512"/>
        <source>Reject the Prolific submission {target}: {message}</source>
        <translation>Prolific-Einreichung {target} ablehnen: {message}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="513"/>
        <source>Screen out the Prolific submission {target}</source>
        <translation>Prolific-Einreichung {target} ausscheiden (Screen-out)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="514"/>
        <source>Ask the participant of submission {target} to return it</source>
        <translation>Teilnehmende der Einreichung {target} um Rückgabe bitten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="516"/>
        <source>Bonus {amount} to {count} participant(s) of the Prolific study {name}</source>
        <translation>Bonus {amount} an {count} Teilnehmende der Prolific-Studie {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="518"/>
        <source>Message {count} participant(s) of the Prolific study {name}</source>
        <translation>Nachricht an {count} Teilnehmende der Prolific-Studie {name}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="520"/>
        <source>Block participant {target} (Prolific block list)</source>
        <translation>Teilnehmende {target} sperren (Prolific-Sperrliste)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific_actions.py" line="521"/>
        <source>Unblock participant {target} (Prolific block list)</source>
        <translation>Sperre von Teilnehmenden {target} aufheben (Prolific-Sperrliste)</translation>
    </message>
</context>
<context>
    <name>ProlificService</name>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="107"/>
        <source>account {name} is not a Prolific account</source>
        <translation>Konto {name} ist kein Prolific-Konto</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="160"/>
        <source>a Prolific API token is one word without spaces</source>
        <translation>ein Prolific-API-Token ist ein Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="276"/>
        <source>“{id}” is not a participant group id: Prolific shows them as 24 letters and digits (a–f, 0–9)</source>
        <translation>„{id}“ ist keine ID einer Teilnehmergruppe: Prolific zeigt sie als 24 Buchstaben und Ziffern (a–f, 0–9)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="302"/>
        <source>Prolific takes a filter set or participant groups, not both: add the groups to the filter set</source>
        <translation>Prolific nimmt ein Filterset oder Teilnehmergruppen, nicht beides: Nehmen Sie die Gruppen in das Filterset auf</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="306"/>
        <source>choose at least one kind of device</source>
        <translation>wählen Sie mindestens eine Geräteart</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="308"/>
        <source>a study needs a name</source>
        <translation>eine Studie braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="310"/>
        <source>a study needs a description</source>
        <translation>eine Studie braucht eine Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="312"/>
        <source>a study needs at least one place</source>
        <translation>eine Studie braucht mindestens einen Platz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="314"/>
        <source>the reward must be at least 0.01</source>
        <translation>die Vergütung muss mindestens 0,01 betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="316"/>
        <source>the estimated time must be at least one minute</source>
        <translation>die geschätzte Dauer muss mindestens eine Minute betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="319"/>
        <source>the study URL must be http(s)</source>
        <translation>die Adresse der Studie muss mit http(s) beginnen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="404"/>
        <source>the worker site's address is an http(s) address such as https://work.example.org, reachable by participants</source>
        <translation>die Adresse der Worker-Website ist eine http(s)-Adresse wie https://work.example.org, für Teilnehmende erreichbar</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="522"/>
        <location filename="../../src/workbench/services/prolific.py" line="887"/>
        <source>no Prolific study {study} in account {account}</source>
        <translation>keine Prolific-Studie {study} im Konto {account}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="545"/>
        <source>the study is {status}; only a draft can be published</source>
        <translation>die Studie ist {status}; nur ein Entwurf kann veröffentlicht werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="560"/>
        <source>a study can be paused, started or stopped, not {action}</source>
        <translation>eine Studie kann pausiert, gestartet oder beendet werden, nicht {action}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="570"/>
        <source>add at least one place</source>
        <translation>fügen Sie mindestens einen Platz hinzu</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="599"/>
        <source>unknown Prolific submission(s) in account {account}: {ids} (sync first)</source>
        <translation>unbekannte Prolific-Einreichung(en) im Konto {account}: {ids} (erst abgleichen)</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="618"/>
        <source>no submissions given</source>
        <translation>keine Einreichungen angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="629"/>
        <source>submission {submission} already has a queued decision ({kind}) by {who}</source>
        <translation>für Einreichung {submission} ist bereits eine Entscheidung ({kind}) von {who} vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="635"/>
        <source>submission {submission} is {status} on Prolific; it cannot be {verb}</source>
        <translation>Einreichung {submission} ist auf Prolific {status}; sie kann nicht {verb} werden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="653"/>
        <source>another decision on these submissions was queued just now</source>
        <translation>eben wurde eine andere Entscheidung über diese Einreichungen vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="659"/>
        <source>approved</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="660"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="661"/>
        <source>screened out</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="662"/>
        <source>asked to return</source>
        <translation>um Rückgabe gebeten</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="675"/>
        <source>Prolific needs a rejection message of at least {least} characters ({count} given): tell the participant what was wrong</source>
        <translation>Prolific verlangt eine Ablehnungsnachricht von mindestens {least} Zeichen ({count} angegeben): sagen Sie der teilnehmenden Person, was falsch war</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="682"/>
        <source>the rejection category must be one of: {known}</source>
        <translation>die Ablehnungskategorie muss eine dieser sein: {known}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="699"/>
        <source>a return request needs a reason</source>
        <translation>eine Bitte um Rückgabe braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="721"/>
        <source>no bonuses given</source>
        <translation>keine Boni angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="723"/>
        <source>at most {most} bonuses at once</source>
        <translation>höchstens {most} Boni auf einmal</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="726"/>
        <source>every bonus must be at least 0.01</source>
        <translation>jeder Bonus muss mindestens 0,01 betragen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="748"/>
        <source>not a submission or participant of study {study}: {ids}</source>
        <translation>keine Einreichung oder Teilnehmende der Studie {study}: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="753"/>
        <source>a participant appears twice; give each one bonus in one payment</source>
        <translation>eine teilnehmende Person kommt doppelt vor; geben Sie jeder einen Bonus pro Zahlung</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="767"/>
        <source>no participants given</source>
        <translation>keine Teilnehmenden angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="769"/>
        <source>the message is empty</source>
        <translation>die Nachricht ist leer</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="799"/>
        <source>no participant given</source>
        <translation>keine teilnehmende Person angegeben</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="801"/>
        <source>a block needs a reason</source>
        <translation>eine Sperre braucht einen Grund</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="811"/>
        <source>participant {who} already has a queued block or unblock</source>
        <translation>für {who} ist bereits eine Sperre oder Entsperrung vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="830"/>
        <source>assignment {assignment} belongs to session {other}, not {session}</source>
        <translation>Zuweisung {assignment} gehört zur Sitzung {other}, nicht zu {session}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="166"/>
        <location filename="../../src/workbench/services/prolific.py" line="459"/>
        <location filename="../../src/workbench/services/prolific.py" line="1005"/>
        <source>Prolific: {reason}</source>
        <translation>Prolific: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="881"/>
        <source>account {name} has no marketplace requester</source>
        <translation>Konto {name} hat keinen Requester auf dem Marktplatz</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/prolific.py" line="1022"/>
        <source>Fetching Prolific submissions</source>
        <translation>Prolific-Einreichungen werden abgerufen</translation>
    </message>
</context>
</TS>
