<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountKind</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="60" />
            <source>Local marketplace</source>
            <translation>Lokaler Marktplatz</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="61" />
            <source>MTurk sandbox</source>
            <translation>MTurk-Sandbox</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="62" />
            <source>MTurk (real money)</source>
            <translation>MTurk (echtes Geld)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="63" />
            <source>Custom endpoint</source>
            <translation>Eigener Endpunkt</translation>
        </message>
    </context>
    <context>
        <name>AnswerRecordView</name>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="150" />
            <location filename="../../src/workbench/views/designer/preview.py" line="202" />
            <source>Fill in the form and press Submit: the answer record the workbench would store for it shows here.</source>
            <translation>Füllen Sie das Formular aus und klicken Sie auf „Submit“: Hier erscheint der Antwortdatensatz, den die Workbench dafür speichern würde.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="154" />
            <location filename="../../src/workbench/views/designer/preview.py" line="208" />
            <source>Show XML</source>
            <translation>XML zeigen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="161" />
            <source>Answer field</source>
            <translation>Antwortfeld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="161" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="162" />
            <source>Answer record</source>
            <translation>Antwortdatensatz</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="173" />
            <source>Answer XML</source>
            <translation>Antwort-XML</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="182" />
            <source>a crowd-form answer (one taskAnswers JSON object)</source>
            <translation>einer crowd-form-Antwort (ein taskAnswers-JSON-Objekt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="183" />
            <source>a classic form answer (one answer per field)</source>
            <translation>einer klassischen Formularantwort (eine Antwort je Feld)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/preview.py" line="185" />
            <source>The workbench would store %n answer field(s), from {shape}:</source>
            <translation>
                <numerusform>Die Workbench würde %n Antwortfeld speichern, aus {shape}:</numerusform>
                <numerusform>Die Workbench würde %n Antwortfelder speichern, aus {shape}:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="208" />
            <source>Show fields</source>
            <translation>Felder zeigen</translation>
        </message>
    </context>
    <context>
        <name>ApprovalByBatchChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="172" />
            <source>The {shown} newest of {count} batches; Copy table gives them all.</source>
            <translation>Die {shown} neuesten von {count} Batches; „Tabelle kopieren“ liefert alle.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalCharts</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="33" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="34" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="35" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="37" />
            <source>under 50%</source>
            <translation>unter 50 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="38" />
            <source>50% to under 80%</source>
            <translation>50 % bis unter 80 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="39" />
            <source>80% to under 90%</source>
            <translation>80 % bis unter 90 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="40" />
            <source>90% to under 95%</source>
            <translation>90 % bis unter 95 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="41" />
            <source>95% to under 99%</source>
            <translation>95 % bis unter 99 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="42" />
            <source>99% to under 100%</source>
            <translation>99 % bis unter 100 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="43" />
            <source>100%</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="69" />
            <source>{total} submitted: {approved} approved ({approved_share}%), {rejected} rejected ({rejected_share}%), {pending} awaiting review ({pending_share}%)</source>
            <translation>{total} eingereicht: {approved} genehmigt ({approved_share} %), {rejected} abgelehnt ({rejected_share} %), {pending} warten auf Prüfung ({pending_share} %)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="78" />
            <source>; rejection rate of decided work {rate}%</source>
            <translation>; Ablehnungsquote der entschiedenen Arbeit {rate} %</translation>
        </message>
    </context>
    <context>
        <name>ApprovalOverTimeChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="118" />
            <source>In all: {decisions}.</source>
            <translation>Insgesamt: {decisions}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="127" />
            <source>{period}: no work submitted</source>
            <translation>{period}: keine Arbeit eingereicht</translation>
        </message>
    </context>
    <context>
        <name>BatchOrigin</name>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="44" />
            <source>publish</source>
            <translation>Veröffentlichen-Assistent</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="45" />
            <source>import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="46" />
            <source>demo</source>
            <translation>Demo</translation>
        </message>
    </context>
    <context>
        <name>BatchState</name>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="41" />
            <source>draft</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="42" />
            <source>publishing</source>
            <translation>wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="43" />
            <source>published</source>
            <translation>veröffentlicht</translation>
        </message>
    </context>
    <context>
        <name>BatchesPage</name>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="38" />
            <source>Select a batch to see its properties, cost and progress.</source>
            <translation>Wählen Sie einen Batch, um seine Eigenschaften, Kosten und seinen Fortschritt zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="89" />
            <source>Search batches: name or title (Ctrl+F)</source>
            <translation>Batches suchen: Name oder Titel (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="92" />
            <source>All states</source>
            <translation>Alle Zustände</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="95" />
            <source>Filter by state</source>
            <translation>Nach Zustand filtern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="101" />
            <source>New batch…</source>
            <translation>Neuer Batch…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="102" />
            <source>Publish a batch: template, input file, preview, cost, publish (Ctrl+N)</source>
            <translation>Einen Batch veröffentlichen: Vorlage, Eingabedatei, Vorschau, Kosten, veröffentlichen (Strg+N)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="105" />
            <source>Template designer…</source>
            <translation>Vorlagen-Designer…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="106" />
            <source>Resume publishing</source>
            <translation>Veröffentlichen fortsetzen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="107" />
            <source>Create the HITs of the selected batch not created yet; each row's HIT is made exactly once</source>
            <translation>Die noch nicht erstellten HITs des gewählten Batches erstellen; der HIT jeder Zeile entsteht genau einmal</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="110" />
            <source>Publish again…</source>
            <translation>Erneut veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="111" />
            <source>The selected batch's page, rows and properties as a new batch</source>
            <translation>Seite, Zeilen und Eigenschaften des gewählten Batches als neuer Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="114" />
            <source>Prolific study…</source>
            <translation>Prolific-Studie…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="115" />
            <source>The selected batch's study on Prolific: pause, resume, add places, stop; its submissions</source>
            <translation>Die Studie des gewählten Batches auf Prolific: pausieren, fortsetzen, Plätze hinzufügen, beenden; ihre Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="140" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="141" />
            <source>Input row to preview</source>
            <translation>Eingabezeile für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="151" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="152" />
            <source>Row preview</source>
            <translation>Zeilenvorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="160" />
            <source>No batches yet</source>
            <translation>Noch keine Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="161" />
            <source>A batch is one HIT per row of an input file, made from a task template. Start from a preset (image classification, sentiment, survey link, transcription, data verification), design your own, or import an MTurk template.</source>
            <translation>Ein Batch ist ein HIT je Zeile einer Eingabedatei, erstellt aus einer Aufgabenvorlage. Beginnen Sie mit einer Vorgabe (Bildklassifikation, Stimmung, Umfragelink, Transkription, Datenprüfung), entwerfen Sie eine eigene oder importieren Sie eine MTurk-Vorlage.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="165" />
            <source>Publish a batch…</source>
            <translation>Einen Batch veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="166" />
            <source>Open the template designer</source>
            <translation>Vorlagen-Designer öffnen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="175" />
            <source>New batch</source>
            <translation>Neuer Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="182" />
            <source>Could not load batches: {error}</source>
            <translation>Batches konnten nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="209" />
            <source>1 batch</source>
            <translation>1 Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="210" />
            <source>{count} batches</source>
            <translation>{count} Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="260" />
            <source>This batch is no longer in the store.</source>
            <translation>Dieser Batch ist nicht mehr im Datenspeicher.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="267" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="274" />
            <location filename="../../src/workbench/views/pages/batches.py" line="282" />
            <source>Prolific study</source>
            <translation>Prolific-Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="274" />
            <location filename="../../src/workbench/views/pages/batches.py" line="283" />
            <source>Study</source>
            <translation>Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="275" />
            <source>none yet: its HITs are worked only through a study</source>
            <translation>noch keine: Seine HITs werden nur über eine Studie bearbeitet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="284" />
            <source>Places</source>
            <translation>Plätze</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/pages/batches.py" line="284" />
            <source>{places} places of %n HIT(s) each</source>
            <translation>
                <numerusform>{places} Plätze zu je %n HIT</numerusform>
                <numerusform>{places} Plätze zu je %n HITs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="288" />
            <source>{reward} per participant</source>
            <translation>{reward} pro Person</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="290" />
            <source>{total} with Prolific's fee</source>
            <translation>{total} mit der Gebühr von Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="296" />
            <source>{published} of {rows} HITs published</source>
            <translation>{published} von {rows} HITs veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="298" />
            <source>{count} HITs</source>
            <translation>{count} HITs</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="299" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="300" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="301" />
            <source>Made by</source>
            <translation>Erstellt durch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="301" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="302" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="303" />
            <source>Keywords</source>
            <translation>Stichwörter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="303" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="304" />
            <source>Input columns</source>
            <translation>Eingabespalten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="305" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="306" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="307" />
            <source>HIT type</source>
            <translation>HIT-Typ</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="308" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="288" />
            <location filename="../../src/workbench/views/pages/batches.py" line="314" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/pages/batches.py" line="314" />
            <source>{reward} per assignment, %n assignment(s) per HIT</source>
            <translation>
                <numerusform>{reward} je Zuweisung, %n Zuweisung je HIT</numerusform>
                <numerusform>{reward} je Zuweisung, %n Zuweisungen je HIT</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="317" />
            <source>Per assignment</source>
            <translation>Je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="317" />
            <source>{amount} with a {fee} fee</source>
            <translation>{amount} mit {fee} Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="320" />
            <source>Per HIT</source>
            <translation>Je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="290" />
            <location filename="../../src/workbench/views/pages/batches.py" line="321" />
            <source>Total, at most</source>
            <translation>Gesamt, höchstens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="322" />
            <source>Available for</source>
            <translation>Verfügbar für</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="323" />
            <source>Time per assignment</source>
            <translation>Zeit je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="324" />
            <source>Auto-approval</source>
            <translation>Automatische Genehmigung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="326" />
            <source>Surcharge</source>
            <translation>Zuschlag</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="327" />
            <source>10+ assignments: splitting into HITs of 9 would save {amount}</source>
            <translation>10+ Zuweisungen: Aufteilen in HITs zu 9 würde {amount} sparen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="329" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="330" />
            <source>Submitted, waiting</source>
            <translation>Eingereicht, wartend</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="331" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="332" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="334" />
            <source>Estimated time</source>
            <translation>Geschätzte Zeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="339" />
            <source>{duration} ({wage} an hour)</source>
            <translation>{duration} ({wage} pro Stunde)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="341" />
            <source>Median work time</source>
            <translation>Median der Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="342" />
            <source>Work</source>
            <translation>Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="344" />
            <source>Qualification requirements</source>
            <translation>Qualifikationsvoraussetzungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="389" />
            <source>Saved template “{name}”, version {version}.</source>
            <translation>Vorlage „{name}“ gespeichert, Version {version}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="407" />
            <source>Publish again</source>
            <translation>Erneut veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="417" />
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="418" />
            <source>{account} is a real MTurk account: publish the remaining {count} HITs of “{batch}”?</source>
            <translation>{account} ist ein echtes MTurk-Konto: die restlichen {count} HITs von „{batch}“ veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="431" />
            <source>{batch}: {published} of {total} HITs published (cancelled; resume again to finish).</source>
            <translation>{batch}: {published} von {total} HITs veröffentlicht (abgebrochen; zum Abschließen erneut fortsetzen).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="433" />
            <source>{batch}: {published} of {total} HITs published.</source>
            <translation>{batch}: {published} von {total} HITs veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="440" />
            <source>Publishing {batch}</source>
            <translation>{batch} wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="455" />
            <source>“{batch}” has no Prolific study: publish a batch to Prolific with New batch…</source>
            <translation>„{batch}“ hat keine Prolific-Studie: Veröffentlichen Sie einen Batch auf Prolific mit „Neuer Batch…“</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="467" />
            <source>Batch {id} published; its HITs are on the HITs page.</source>
            <translation>Batch {id} veröffentlicht; seine HITs stehen auf der Seite „HITs“.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="88" />
            <source>Approval over time</source>
            <translation>Genehmigung im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="90" />
            <location filename="../../src/workbench/views/charts/throughput.py" line="43" />
            <source>No work was submitted in this range.</source>
            <translation>In diesem Zeitraum wurde keine Arbeit eingereicht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="137" />
            <source>Approval per batch</source>
            <translation>Genehmigung je Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="139" />
            <source>No batch has submitted work in this range.</source>
            <translation>Kein Batch hat in diesem Zeitraum eingereichte Arbeit.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="194" />
            <source>Workers by approval rate on your work</source>
            <translation>Worker nach Genehmigungsquote bei Ihrer Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="196" />
            <source>No worker's work has been decided in this range.</source>
            <translation>In diesem Zeitraum wurde über keine Arbeit entschieden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="40" />
            <source>Point at a bar to see its exact values.</source>
            <translation>Zeigen Sie auf einen Balken, um seine genauen Werte zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="169" />
            <source>Nothing to show yet.</source>
            <translation>Noch nichts anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="195" />
            <source>Copy table</source>
            <translation>Tabelle kopieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="196" />
            <source>Copy this chart's numbers, to paste into a spreadsheet</source>
            <translation>Die Zahlen dieses Diagramms kopieren, zum Einfügen in eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="198" />
            <source>Copy the table of {chart}</source>
            <translation>Tabelle von „{chart}“ kopieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="202" />
            <source>Save PNG…</source>
            <translation>PNG speichern…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="203" />
            <source>Save this chart as a PNG picture</source>
            <translation>Dieses Diagramm als PNG-Bild speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="205" />
            <source>Save {chart} as PNG</source>
            <translation>„{chart}“ als PNG speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="221" />
            <source>{chart}: values</source>
            <translation>{chart}: Werte</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="259" />
            <location filename="../../src/workbench/views/charts/base.py" line="302" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="303" />
            <source>Updating…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="306" />
            <source>Could not load this chart: {error}</source>
            <translation>Dieses Diagramm konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="396" />
            <source>Save {chart}</source>
            <translation>„{chart}“ speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="398" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="409" />
            <source>Nothing in this range.</source>
            <translation>Nichts in diesem Zeitraum.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="31" />
            <source>Spend per period</source>
            <translation>Ausgaben je Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="33" />
            <source>Nothing was paid in this range.</source>
            <translation>In diesem Zeitraum wurde nichts bezahlt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="91" />
            <source>Cumulative spend</source>
            <translation>Kumulierte Ausgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="93" />
            <source>Nothing paid or committed in this range.</source>
            <translation>In diesem Zeitraum nichts bezahlt oder gebunden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="42" />
            <source>Submissions per hour</source>
            <translation>Einreichungen pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="85" />
            <source>Work time</source>
            <translation>Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="87" />
            <location filename="../../src/workbench/views/charts/throughput.py" line="163" />
            <source>No work time recorded in this range.</source>
            <translation>In diesem Zeitraum keine Bearbeitungszeit erfasst.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="161" />
            <source>Effective hourly wage</source>
            <translation>Effektiver Stundenlohn</translation>
        </message>
    </context>
    <context>
        <name>ChartTable</name>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="44" />
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="45" />
            <source>Period submitted</source>
            <translation>Eingereicht im Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="46" />
            <source>Submitted</source>
            <translation>Eingereicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="47" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="48" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="49" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="50" />
            <source>Approved %</source>
            <translation>Genehmigt %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="51" />
            <source>Rejected %</source>
            <translation>Abgelehnt %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="52" />
            <source>Awaiting %</source>
            <translation>Wartend %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="53" />
            <source>Rejection rate of decided</source>
            <translation>Ablehnungsquote der entschiedenen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="54" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="55" />
            <source>Approval rate on your work</source>
            <translation>Genehmigungsquote bei Ihrer Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="56" />
            <source>Workers</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="57" />
            <source>Share of workers</source>
            <translation>Anteil der Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="58" />
            <source>Approved assignments</source>
            <translation>Genehmigte Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="59" />
            <source>Rewards</source>
            <translation>Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="60" />
            <source>Reward fees</source>
            <translation>Gebühren auf Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="61" />
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="62" />
            <source>Bonus amounts</source>
            <translation>Bonusbeträge</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="63" />
            <source>Bonus fees</source>
            <translation>Gebühren auf Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="64" />
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="65" />
            <source>Cumulative paid</source>
            <translation>Kumuliert bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="66" />
            <source>Submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="67" />
            <source>Hours</source>
            <translation>Stunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="68" />
            <source>Submissions per hour</source>
            <translation>Einreichungen pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="69" />
            <source>Work time from (s)</source>
            <translation>Bearbeitungszeit von (s)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="70" />
            <source>to (s)</source>
            <translation>bis (s)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="71" />
            <source>Approved or awaiting review</source>
            <translation>Genehmigt oder wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="72" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="73" />
            <source>Assignments (not rejected)</source>
            <translation>Zuweisungen (nicht abgelehnt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="74" />
            <source>Median work time (s)</source>
            <translation>Median der Bearbeitungszeit (s)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="75" />
            <source>Bonus per assignment</source>
            <translation>Bonus je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="76" />
            <source>Hourly wage</source>
            <translation>Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="77" />
            <source>Hourly wage with bonuses</source>
            <translation>Stundenlohn mit Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="78" />
            <source>Your fair wage</source>
            <translation>Ihr fairer Lohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="80" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="81" />
            <source>nothing decided yet</source>
            <translation>noch nichts entschieden</translation>
        </message>
    </context>
    <context>
        <name>ChartsPage</name>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="150" />
            <source>The charts and tables show your computer's time zone; exported CSV and Excel files show US Pacific time, as MTurk's own files do.</source>
            <translation>Diagramme und Tabellen zeigen die Zeitzone Ihres Computers; exportierte CSV- und Excel-Dateien zeigen US-Pazifikzeit, wie MTurks eigene Dateien.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="322" />
            <source>Times: {zone}</source>
            <translation>Zeiten: {zone}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="51" />
            <source>Spend</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="52" />
            <source>Approval</source>
            <translation>Genehmigung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="53" />
            <source>Throughput and pay</source>
            <translation>Durchsatz und Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="56" />
            <source>All time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="57" />
            <source>Last 24 hours</source>
            <translation>Letzte 24 Stunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="58" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="59" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="60" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="61" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="62" />
            <source>Custom dates</source>
            <translation>Eigene Daten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="64" />
            <source>Bars: automatic</source>
            <translation>Balken: automatisch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="65" />
            <source>Bars: hours</source>
            <translation>Balken: Stunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="66" />
            <source>Bars: days</source>
            <translation>Balken: Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="67" />
            <source>Bars: weeks</source>
            <translation>Balken: Wochen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="68" />
            <source>Bars: months</source>
            <translation>Balken: Monate</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="119" />
            <source>Chart only this batch</source>
            <translation>Nur diesen Batch darstellen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="123" />
            <source>Chart only batches of this template</source>
            <translation>Nur Batches dieser Vorlage darstellen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="126" />
            <source>Date range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="131" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="132" />
            <source>To (included)</source>
            <translation>Bis (einschließlich)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="141" />
            <source>Length of one bar</source>
            <translation>Länge eines Balkens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="178" />
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="179" />
            <source>Committed, not yet paid</source>
            <translation>Gebunden, noch nicht bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="180" />
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="190" />
            <source>Rejection rate you give</source>
            <translation>Ihre Ablehnungsquote</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="191" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="192" />
            <source>Workers you rejected</source>
            <translation>Von Ihnen abgelehnte Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="204" />
            <source>Submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="205" />
            <source>Median work time</source>
            <translation>Median der Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="206" />
            <source>Effective hourly wage</source>
            <translation>Effektiver Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="297" />
            <source>All batches</source>
            <translation>Alle Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="298" />
            <source>All templates</source>
            <translation>Alle Vorlagen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="339" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="361" />
            <source>Charts updated.</source>
            <translation>Diagramme aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="371" />
            <source>A chart could not be loaded: {error}</source>
            <translation>Ein Diagramm konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="378" />
            <source>nothing was paid in this range</source>
            <translation>in diesem Zeitraum wurde nichts bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="381" />
            <source>rewards {rewards} for {approved} approved · bonuses {bonuses} · fees {fees}</source>
            <translation>Vergütungen {rewards} für {approved} genehmigte · Boni {bonuses} · Gebühren {fees}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="385" />
            <source>1 bonus queued</source>
            <translation>1 Bonus vorgemerkt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="386" />
            <source>{count} bonuses queued</source>
            <translation>{count} Boni vorgemerkt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="387" />
            <source>{count} awaiting review</source>
            <translation>{count} warten auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="388" />
            <source>{count} being worked on</source>
            <translation>{count} in Bearbeitung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="391" />
            <source>{count} to be rejected (not counted)</source>
            <translation>{count} abzulehnen (nicht gezählt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="394" />
            <source>{count} past their auto-approval time (Sync updates them)</source>
            <translation>{count} nach ihrer automatischen Genehmigung fällig (Synchronisieren aktualisiert sie)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="404" />
            <source>{share}% of what was paid · on rewards {reward_fees} · on bonuses {bonus_fees}</source>
            <translation>{share} % des Bezahlten · auf Vergütungen {reward_fees} · auf Boni {bonus_fees}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="414" />
            <source>{rejected} of {decided} decided assignments; each rejection lowers a worker's approval rate</source>
            <translation>{rejected} von {decided} entschiedenen Zuweisungen; jede Ablehnung senkt die Genehmigungsquote eines Workers</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="420" />
            <source>{share}% of {count} submitted assignments</source>
            <translation>{share} % von {count} eingereichten Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="428" />
            <source>{rejected} of {count}</source>
            <translation>{rejected} von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="430" />
            <source>workers with decided work; the others were all approved</source>
            <translation>Worker mit entschiedener Arbeit; die übrigen wurden alle genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="431" />
            <source>no decided work yet</source>
            <translation>noch keine entschiedene Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="436" />
            <source>busiest hour: {hour}, {count} submissions</source>
            <translation>stärkste Stunde: {hour}, {count} Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="446" />
            <source>no work time recorded</source>
            <translation>keine Bearbeitungszeit erfasst</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="450" />
            <source>90% within {duration} · {count} assignments</source>
            <translation>90 % innerhalb {duration} · {count} Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="457" />
            <source>your wage: {wage}/h</source>
            <translation>Ihr Lohn: {wage}/h</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="465" />
            <source>per batch, bonuses included · {below} of {count} below your wage of {wage}/h</source>
            <translation>je Batch, mit Boni · {below} von {count} unter Ihrem Lohn von {wage}/h</translation>
        </message>
    </context>
    <context>
        <name>ChoicesEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="202" />
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="202" />
            <source>Stored as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="213" />
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="217" />
            <source>+ Add</source>
            <translation>+ Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="217" />
            <source>Add option</source>
            <translation>Option hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="217" />
            <source>Add an option</source>
            <translation>Eine Option hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="218" />
            <source>− Remove</source>
            <translation>− Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="218" />
            <source>Remove option</source>
            <translation>Option entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="219" />
            <source>Remove the selected option</source>
            <translation>Die gewählte Option entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="220" />
            <source>Move option up</source>
            <translation>Option nach oben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="220" />
            <source>Move the selected option up</source>
            <translation>Die gewählte Option nach oben schieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="222" />
            <source>Move option down</source>
            <translation>Option nach unten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="222" />
            <source>Move the selected option down</source>
            <translation>Die gewählte Option nach unten schieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="318" />
            <source>Option {number}</source>
            <translation>Option {number}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="208" />
            <source>The value the answer records for this option. It follows the option's text until you type one yourself.</source>
            <translation>Der Wert, den die Antwort für diese Option festhält. Er folgt dem Text der Option, bis Sie selbst einen eintippen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="232" />
            <source>“Stored as” is what the answer records. Grey values follow the option's text; type one to fix it.</source>
            <translation>„Gespeichert als“ ist, was die Antwort festhält. Graue Werte folgen dem Text der Option; tippen Sie einen ein, um ihn festzulegen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="299" />
            <source>Follows the option's text; type a value to fix it.</source>
            <translation>Folgt dem Text der Option; tippen Sie einen Wert ein, um ihn festzulegen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="300" />
            <source>Typed by hand: it stays as it is when the option's text changes.</source>
            <translation>Von Hand eingetippt: Er bleibt, wie er ist, wenn sich der Text der Option ändert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="304" />
            <source>An option needs a stored value.</source>
            <translation>Eine Option braucht einen gespeicherten Wert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="307" />
            <source>Another option stores {value} too: answers could not tell them apart.</source>
            <translation>Eine andere Option speichert ebenfalls {value}: Antworten ließen sich nicht unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="311" />
            <source>Stored as {value}, which is not what “{label}” says: answers will read {value}.</source>
            <translation>Gespeichert als {value}, was nicht dem Text „{label}“ entspricht: Antworten lauten dann {value}.</translation>
        </message>
    </context>
    <context>
        <name>CostPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="310" />
            <source>Cost and fair pay</source>
            <translation>Kosten und faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="311" />
            <source>The most the batch can cost (every assignment approved), and the hourly wage the reward makes.</source>
            <translation>Was der Batch höchstens kosten kann (jede Zuweisung genehmigt), und der Stundenlohn, den die Vergütung ergibt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="314" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="316" />
            <source>Reward per assignment</source>
            <translation>Vergütung je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="317" />
            <source>MTurk fee</source>
            <translation>MTurk-Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="318" />
            <source>Per assignment</source>
            <translation>Je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="318" />
            <source>Per HIT</source>
            <translation>Je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="319" />
            <source>HITs × assignments</source>
            <translation>HITs × Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="320" />
            <source>Total, at most</source>
            <translation>Gesamt, höchstens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="333" />
            <source>Fair pay</source>
            <translation>Faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="340" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="341" />
            <source>Minutes per task</source>
            <translation>Minuten je Aufgabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="346" />
            <source>One task takes about</source>
            <translation>Eine Aufgabe dauert etwa</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="357" />
            <source>Hourly wage</source>
            <translation>Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="371" />
            <source>MTurk's fee: 20% of the reward (at least $0.01 an assignment), 20% more for HITs of 10 or more assignments, 5% more with Masters. Rejected work is neither paid nor charged.</source>
            <translation>MTurk-Gebühr: 20 % der Vergütung (mindestens $0.01 je Zuweisung), 20 % mehr für HITs mit 10 oder mehr Zuweisungen, 5 % mehr mit Masters. Abgelehnte Arbeit wird weder bezahlt noch berechnet.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="402" />
            <source>Use {duration}: the median of “{batch}” ({count} assignments)</source>
            <translation>{duration} verwenden: der Median von „{batch}“ ({count} Zuweisungen)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="419" />
            <source>{fee} ({rate}%, Masters)</source>
            <translation>{fee} ({rate} %, Masters)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="419" />
            <source>{fee} ({rate}%)</source>
            <translation>{fee} ({rate} %)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="422" />
            <source>{amount} ({count} assignments)</source>
            <translation>{amount} ({count} Zuweisungen)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="424" />
            <source>{hits} × {per_hit} = {count} assignments</source>
            <translation>{hits} × {per_hit} = {count} Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="427" />
            <source>{total}  (rewards {rewards} + fees {fees})</source>
            <translation>{total}  (Vergütungen {rewards} + Gebühren {fees})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="432" />
            <source>The account's balance is not known yet (Sync fetches it).</source>
            <translation>Das Guthaben des Kontos ist noch nicht bekannt (Synchronisieren holt es).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="436" />
            <source>The balance, {balance}, is less than the most the batch can cost: add funds or publish fewer rows.</source>
            <translation>Das Guthaben, {balance}, ist geringer als die höchsten Kosten des Batches: Laden Sie Guthaben auf oder veröffentlichen Sie weniger Zeilen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="441" />
            <source>The balance, {balance}, covers it.</source>
            <translation>Das Guthaben, {balance}, deckt das.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="446" />
            <source>HITs of 10 or more assignments pay MTurk 20% more. Publishing each row as {hits} HITs of at most 9 assignments would cost {total}, saving {saving} (a worker could then do the same row twice, once in each HIT).</source>
            <translation>HITs mit 10 oder mehr Zuweisungen zahlen MTurk 20 % mehr. Jede Zeile als {hits} HITs mit höchstens 9 Zuweisungen zu veröffentlichen würde {total} kosten und {saving} sparen (ein Worker könnte dann dieselbe Zeile zweimal bearbeiten, einmal in jedem HIT).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="453" />
            <source>Fewer than 10 assignments per HIT: no 20% surcharge.</source>
            <translation>Weniger als 10 Zuweisungen je HIT: kein Zuschlag von 20 %.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="458" />
            <source>{amount} an hour</source>
            <translation>{amount} pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="462" />
            <source>Below the fair wage you set, {wage} an hour. A reward of {reward} reaches it for a {duration} task.</source>
            <translation>Unter dem von Ihnen festgelegten fairen Lohn von {wage} pro Stunde. Eine Vergütung von {reward} erreicht ihn bei einer Aufgabe von {duration}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="467" />
            <source>Pay {reward} instead</source>
            <translation>Stattdessen {reward} zahlen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="471" />
            <source>At or above the fair wage you set ({wage} an hour).</source>
            <translation>Auf oder über dem von Ihnen festgelegten fairen Lohn ({wage} pro Stunde).</translation>
        </message>
        <message>
            <source>Fees of this account: {schedule}. Rejected work is neither paid nor charged.</source>
            <translation>Gebühren dieses Kontos: {schedule}. Abgelehnte Arbeit wird weder bezahlt noch berechnet.</translation>
        </message>
        <message>
            <source>Your own workers are paid by payout runs (Workers ▸ Pay workers…), not from a marketplace balance.</source>
            <translation>Ihre eigenen Worker werden über Auszahlungsläufe bezahlt (Worker ▸ Worker bezahlen…), nicht aus einem Marktplatz-Guthaben.</translation>
        </message>
        <message>
            <source>Your own workforce: no surcharge for 10 or more assignments or for Masters.</source>
            <translation>Eigene Worker: kein Aufschlag für 10 oder mehr Zuweisungen und keiner für Masters.</translation>
        </message>
    </context>
    <context>
        <name>CumulativeSpendChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="170" />
            <source>By now ({period}): {amount} paid in all</source>
            <translation>Bis jetzt ({period}): {amount} insgesamt bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="96" />
            <source>Paid so far</source>
            <translation>Bisher bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="97" />
            <source>Committed, not yet paid</source>
            <translation>Gebunden, noch nicht bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="124" />
            <source>+{amount} committed</source>
            <translation>+{amount} gebunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="153" />
            <source>1 bonus</source>
            <translation>1 Bonus</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="154" />
            <source>{count} bonuses</source>
            <translation>{count} Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="155" />
            <source>Paid {paid}; committed but not yet paid {committed} ({awaiting} awaiting review, {working} being worked on, {bonuses} queued).</source>
            <translation>Bezahlt {paid}; gebunden, aber noch nicht bezahlt {committed} ({awaiting} warten auf Prüfung, {working} in Bearbeitung, {bonuses} vorgemerkt).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="172" />
            <source>By the end of {period}: {amount} paid in all</source>
            <translation>Bis Ende {period}: insgesamt {amount} bezahlt</translation>
        </message>
    </context>
    <context>
        <name>DetectedFields</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="274" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="274" />
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="274" />
            <source>Stored as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="281" />
            <source>Fields found in the page</source>
            <translation>In der Seite gefundene Felder</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="93" />
            <source>{kind} · answers as {name}</source>
            <translation>{kind} · antwortet als {name}</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="47" />
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="48" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="49" />
            <source>Link text</source>
            <translation>Linktext</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="50" />
            <source>Image address</source>
            <translation>Bildadresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="51" />
            <source>Link address</source>
            <translation>Linkadresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="52" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="54" />
            <source>Shown above the questions. Use ${column} to show a value of the row.</source>
            <translation>Wird über den Fragen gezeigt. Mit ${column} zeigen Sie einen Wert der Zeile.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="56" />
            <source>One line of text. Answer: the text.</source>
            <translation>Eine Textzeile. Antwort: der Text.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="58" />
            <source>Several lines of text. Answer: the text.</source>
            <translation>Mehrere Textzeilen. Antwort: der Text.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="60" />
            <source>Radio buttons. Answer: name.value = true for the one chosen.</source>
            <translation>Optionsfelder. Antwort: name.value = true für die gewählte.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="62" />
            <source>Check boxes. Answer: name.value = true or false for each.</source>
            <translation>Kontrollkästchen. Antwort: name.value = true oder false für jedes.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="64" />
            <source>A drop-down list. Answer: the chosen value.</source>
            <translation>Eine Auswahlliste. Antwort: der gewählte Wert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="66" />
            <source>A slider from the lowest to the highest value. Answer: the number.</source>
            <translation>Ein Schieberegler vom niedrigsten zum höchsten Wert. Antwort: die Zahl.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="68" />
            <source>An image whose address comes from an input column, e.g. ${image_url}.</source>
            <translation>Ein Bild, dessen Adresse aus einer Eingabespalte stammt, z. B. ${image_url}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="70" />
            <source>A link that opens in a new tab, e.g. to ${url}.</source>
            <translation>Ein Link, der sich in einem neuen Tab öffnet, z. B. zu ${url}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="72" />
            <source>Not shown; stored with the answer, e.g. ${item_id} to tell rows apart.</source>
            <translation>Nicht sichtbar; wird mit der Antwort gespeichert, z. B. ${item_id}, um Zeilen zu unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="384" />
            <source>How the answer is named in results: letters, digits, _ and -</source>
            <translation>Wie die Antwort in den Ergebnissen heißt: Buchstaben, Ziffern, _ und -</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="390" />
            <source>Workers must answer</source>
            <translation>Worker müssen antworten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="392" />
            <source>A hint shown in the empty box</source>
            <translation>Ein Hinweis im leeren Feld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="406" />
            <source>e.g. Poor</source>
            <translation>z. B. Schlecht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="407" />
            <source>Label of the lowest value</source>
            <translation>Beschriftung des niedrigsten Werts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="409" />
            <source>e.g. Excellent</source>
            <translation>z. B. Ausgezeichnet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="410" />
            <source>Label of the highest value</source>
            <translation>Beschriftung des höchsten Werts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="411" />
            <source>Lowest value</source>
            <translation>Niedrigster Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="412" />
            <source>Highest value</source>
            <translation>Höchster Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="413" />
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="414" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="419" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="420" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="476" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="421" />
            <source>Hint</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="422" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="480" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="423" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="423" />
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="424" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="452" />
            <source>No field selected</source>
            <translation>Kein Feld gewählt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="453" />
            <source>Add a field with “Add field”, or select one in the list.</source>
            <translation>Fügen Sie mit „Feld hinzufügen“ ein Feld hinzu oder wählen Sie eines in der Liste.</translation>
        </message>
    </context>
    <context>
        <name>FieldKind</name>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="27" />
            <source>Instructions</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="28" />
            <source>Short text</source>
            <translation>Kurzer Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="29" />
            <source>Long text</source>
            <translation>Langer Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="30" />
            <source>Single choice</source>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="31" />
            <source>Multiple choice</source>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="32" />
            <source>Dropdown</source>
            <translation>Auswahlliste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="33" />
            <source>Rating scale</source>
            <translation>Bewertungsskala</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="34" />
            <source>Image</source>
            <translation>Bild</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="35" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="36" />
            <source>Hidden value</source>
            <translation>Versteckter Wert</translation>
        </message>
    </context>
    <context>
        <name>FormFieldsModel</name>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="105" />
            <source>Replace the design</source>
            <translation>Entwurf ersetzen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="117" />
            <source>Edit the title</source>
            <translation>Titel bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="124" />
            <source>Add a field: {kind}</source>
            <translation>Feld hinzufügen: {kind}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="130" />
            <source>Remove “{field}”</source>
            <translation>„{field}“ entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="137" />
            <source>Move a field</source>
            <translation>Feld verschieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="217" />
            <source>{kind} “{name}” (answers as {name})</source>
            <translation>{kind} „{name}“ (antwortet als {name})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="219" />
            <source>{kind} “{name}” (shows only)</source>
            <translation>{kind} „{name}“ (nur Anzeige)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="156" />
            <source>Typing in “{field}”</source>
            <translation>Tippen in „{field}“</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="158" />
            <source>Editing the options of “{field}”</source>
            <translation>Optionen von „{field}“ bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="160" />
            <source>Changing “Workers must answer” of “{field}”</source>
            <translation>„Worker müssen antworten“ von „{field}“ ändern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="162" />
            <source>Changing the scale of “{field}”</source>
            <translation>Skala von „{field}“ ändern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="163" />
            <source>Editing “{field}”</source>
            <translation>„{field}“ bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>Granularity</name>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="84" />
            <source>hour</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="85" />
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="86" />
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/base.py" line="87" />
            <source>month</source>
            <translation>Monat</translation>
        </message>
    </context>
    <context>
        <name>InputPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="175" />
            <source>Which rows?</source>
            <translation>Welche Zeilen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="176" />
            <source>A CSV file (any common encoding) or an Excel workbook: one HIT per row, each ${placeholder} filled from the column of that name.</source>
            <translation>Eine CSV-Datei (jede übliche Kodierung) oder eine Excel-Arbeitsmappe: ein HIT je Zeile, jeder ${placeholder} aus der gleichnamigen Spalte gefüllt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="179" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="181" />
            <source>No file chosen.</source>
            <translation>Keine Datei gewählt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="183" />
            <source>Sheet</source>
            <translation>Tabellenblatt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="188" />
            <source>Reading progress</source>
            <translation>Lesefortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="190" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="207" />
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="228" />
            <source>Input rows</source>
            <translation>Eingabezeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="229" />
            <source>Input files (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
            <translation>Eingabedateien (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="255" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="263" />
            <source>Reading the input</source>
            <translation>Eingabe wird gelesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="277" />
            <source>{step}: {count} rows</source>
            <translation>{step}: {count} Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="284" />
            <source>Reading cancelled.</source>
            <translation>Lesen abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="313" />
            <source>{rows} rows, but the template needs column(s) the file does not have: {missing} (columns: {columns}).</source>
            <translation>{rows} Zeilen, aber die Vorlage braucht Spalten, die die Datei nicht hat: {missing} (Spalten: {columns}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="320" />
            <source>{rows} rows, {columns} columns{encoding}. Columns in bold fill the template's placeholders.</source>
            <translation>{rows} Zeilen, {columns} Spalten{encoding}. Fett gedruckte Spalten füllen die Platzhalter der Vorlage.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="53" />
            <source>UTF-8 (with BOM)</source>
            <translation>UTF-8 (mit BOM)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="335" />
            <source>{columns}: those HITs will show nothing there. Fill the cells, or publish anyway.</source>
            <translation>{columns}: Diese HITs zeigen dort nichts an. Füllen Sie die Zellen aus oder veröffentlichen Sie trotzdem.</translation>
        </message>
    </context>
    <context>
        <name>InputTableModel</name>
        <message>
            <location filename="../../src/workbench/models/batches.py" line="96" />
            <source>{placeholder} in the template</source>
            <translation>{placeholder} in der Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/batches.py" line="98" />
            <source>Not used by the template</source>
            <translation>Von der Vorlage nicht verwendet</translation>
        </message>
    </context>
    <context>
        <name>OpenTemplateDialog</name>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="114" />
            <source>Open a template</source>
            <translation>Eine Vorlage öffnen</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="356" />
            <source>Preview the HITs</source>
            <translation>Vorschau der HITs</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="357" />
            <source>Choose any row to see its page; fill in the form and Submit to see the answer the workbench would store.</source>
            <translation>Wählen Sie eine beliebige Zeile, um ihre Seite zu sehen; füllen Sie das Formular aus und klicken Sie auf „Submit“, um die Antwort zu sehen, die die Workbench speichern würde.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="360" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="362" />
            <source>Row to preview</source>
            <translation>Zeile für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="368" />
            <source>Checking progress</source>
            <translation>Prüffortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="375" />
            <source>Input rows</source>
            <translation>Eingabezeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="402" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="425" />
            <source>Rendering every row's page to check it…</source>
            <translation>Die Seite jeder Zeile wird zur Prüfung erzeugt…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="431" />
            <source>Checking every row</source>
            <translation>Jede Zeile wird geprüft</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="114" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="132" />
            <source>No problems: the page is ready to publish.</source>
            <translation>Keine Probleme: Die Seite kann veröffentlicht werden.</translation>
        </message>
    </context>
    <context>
        <name>ProlificCostPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="369" />
            <source>Cost and fair pay</source>
            <translation>Kosten und faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="370" />
            <source>What the study costs in all, asked of Prolific, and what its reward pays per hour.</source>
            <translation>Was die Studie insgesamt kostet (von Prolific erfragt) und was ihre Vergütung pro Stunde zahlt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="372" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="375" />
            <source>Reward per participant</source>
            <translation>Vergütung pro Teilnehmer*in</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="376" />
            <source>Places</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="377" />
            <source>Rewards</source>
            <translation>Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="378" />
            <source>Prolific's fee</source>
            <translation>Gebühr von Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="379" />
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="395" />
            <source>Fair pay</source>
            <translation>Faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="402" />
            <source>Hourly pay</source>
            <translation>Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="404" />
            <source>Prolific's minimum</source>
            <translation>Mindestlohn bei Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="434" />
            <source>Asking Prolific's cost calculator…</source>
            <translation>Frage den Kostenrechner von Prolific…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="470" />
            <source>From Prolific's cost calculator: rewards, Prolific's fee and VAT.</source>
            <translation>Vom Kostenrechner von Prolific: Vergütungen, Gebühr von Prolific und MwSt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="472" />
            <source>Prolific could not be asked: estimated with its fee of {percent}% (+ VAT where it applies); Prolific's figure may differ.</source>
            <translation>Prolific war nicht erreichbar: geschätzt mit seiner Gebühr von {percent} % (+ MwSt., wo sie anfällt); der Betrag von Prolific kann abweichen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="477" />
            <source>The workspace's balance is not known yet (Sync fetches it).</source>
            <translation>Das Guthaben des Workspace ist noch nicht bekannt (Synchronisieren holt es).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="481" />
            <source>The workspace's balance, {balance}, is less than the study costs: top it up on Prolific, or publish fewer places.</source>
            <translation>Das Guthaben des Workspace, {balance}, ist geringer als die Kosten der Studie: Laden Sie es auf Prolific auf oder veröffentlichen Sie weniger Plätze.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="486" />
            <source>The workspace's balance, {balance}, covers it.</source>
            <translation>Das Guthaben des Workspace, {balance}, reicht dafür.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="490" />
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="497" />
            <source>{amount} an hour</source>
            <translation>{amount} pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="492" />
            <source>asking Prolific…</source>
            <translation>frage Prolific…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="501" />
            <source>Below Prolific's minimum hourly pay: Prolific does not publish it. A reward of {reward} reaches the minimum for {minutes} minutes.</source>
            <translation>Unter dem Mindeststundenlohn von Prolific: Prolific veröffentlicht die Studie so nicht. Eine Vergütung von {reward} erreicht das Minimum für {minutes} Minuten.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="505" />
            <source>Pay {reward} instead</source>
            <translation>Stattdessen {reward} zahlen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="509" />
            <source>At or above Prolific's minimum hourly pay.</source>
            <translation>Auf oder über dem Mindeststundenlohn von Prolific.</translation>
        </message>
    </context>
    <context>
        <name>ProlificPublishPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="531" />
            <source>The batch's HITs are made on your worker site (each row once), then the study is created and published on Prolific, each exactly once.</source>
            <translation>Die HITs des Batches entstehen auf Ihrer Worker-Website (jede Zeile einmal), dann wird die Studie auf Prolific angelegt und veröffentlicht, beides genau einmal.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="550" />
            <source>{hits} HITs from {source} with the page “{page}”; the study “{study}” on {account} (Prolific: real money) with {places} places of %n HIT(s) at {reward} each: {total} with Prolific's fee.</source>
            <translation>
                <numerusform>{hits} HITs aus {source} mit der Seite „{page}“; die Studie „{study}“ auf {account} (Prolific: echtes Geld) mit {places} Plätzen zu je %n HIT für je {reward}: {total} mit der Gebühr von Prolific.</numerusform>
                <numerusform>{hits} HITs aus {source} mit der Seite „{page}“; die Studie „{study}“ auf {account} (Prolific: echtes Geld) mit {places} Plätzen zu je %n HITs für je {reward}: {total} mit der Gebühr von Prolific.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="554" />
            <source>the input</source>
            <translation>der Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="560" />
            <source>Publish the study</source>
            <translation>Studie veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="572" />
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="573" />
            <source>{account} is a Prolific account. Publishing the study reserves {total} in your workspace. Publish?</source>
            <translation>{account} ist ein Prolific-Konto. Das Veröffentlichen der Studie reserviert {total} in Ihrem Workspace. Veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="586" />
            <source>Checking for an earlier batch of the same rows…</source>
            <translation>Suche nach einem früheren Batch mit denselben Zeilen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="599" />
            <source>Checking every row</source>
            <translation>Prüfe jede Zeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="599" />
            <source>Publishing the study</source>
            <translation>Veröffentliche die Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="582" />
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="626" />
            <source>Publishing…</source>
            <translation>Veröffentliche…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="629" />
            <source>Publishing {batch}</source>
            <translation>Veröffentliche {batch}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="644" />
            <source>The study “{name}” is live on Prolific ({status}); participants are sent to your worker site. Its window is on the Batches page (Prolific study…).</source>
            <translation>Die Studie „{name}“ läuft auf Prolific ({status}); Teilnehmende werden auf Ihre Worker-Website geschickt. Ihr Fenster öffnen Sie auf der Seite Batches (Prolific-Studie…).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="649" />
            <source>The study “{name}” is {status}: its creation or publishing waits in the Outbox (see why there); Sync sends it again.</source>
            <translation>Die Studie „{name}“ ist {status}: Anlegen oder Veröffentlichen wartet im Postausgang (dort steht, warum); Synchronisieren sendet es erneut.</translation>
        </message>
    </context>
    <context>
        <name>ProlificStudyPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="91" />
            <source>Prolific study</source>
            <translation>Prolific-Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="92" />
            <source>Participants find the study on Prolific, work one place's HITs on your worker site, and return with the completion code.</source>
            <translation>Teilnehmende finden die Studie auf Prolific, bearbeiten die HITs eines Platzes auf Ihrer Worker-Website und kehren mit dem Abschlusscode zurück.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="97" />
            <source>Study name</source>
            <translation>Name der Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="100" />
            <source>Study description</source>
            <translation>Beschreibung der Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="103" />
            <source>HITs per participant</source>
            <translation>HITs pro Teilnehmer*in</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="104" />
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="250" />
            <source> HIT(s)</source>
            <translation> HIT(s)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="107" />
            <source>Participants per HIT</source>
            <translation>Teilnehmende pro HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="110" />
            <source>Places</source>
            <translation>Plätze</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="116" />
            <source>Reward per participant in {currency}</source>
            <translation>Vergütung pro Teilnehmer*in in {currency}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="121" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="122" />
            <source>Estimated minutes per participant</source>
            <translation>Geschätzte Minuten pro Teilnehmer*in</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="126" />
            <source>Desktop</source>
            <translation>Desktop</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="126" />
            <source>Tablet</source>
            <translation>Tablet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="127" />
            <source>Mobile</source>
            <translation>Mobilgerät</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="136" />
            <source>per participant, before Prolific's fee</source>
            <translation>pro Teilnehmer*in, vor der Gebühr von Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="143" />
            <source>each; every HIT done by</source>
            <translation>je Person; jeder HIT bearbeitet von</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="145" />
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="251" />
            <source>participant(s)</source>
            <translation>Teilnehmenden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="152" />
            <source>Study &amp;name</source>
            <translation>&amp;Name der Studie</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="153" />
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="154" />
            <source>Work per participant</source>
            <translation>Arbeit pro Person</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="155" />
            <source>&amp;Places</source>
            <translation>&amp;Plätze</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="156" />
            <source>Estimated &amp;time</source>
            <translation>Geschätzte &amp;Zeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="157" />
            <source>&amp;Reward</source>
            <translation>&amp;Vergütung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="158" />
            <source>Devices</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="164" />
            <source>Who may take part</source>
            <translation>Wer teilnehmen darf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="166" />
            <source>Leave out participants on this account's block list</source>
            <translation>Teilnehmende auf der Sperrliste dieses Kontos ausschließen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="170" />
            <source>participant group ids, separated by commas (empty: everyone)</source>
            <translation>IDs von Teilnehmergruppen, durch Kommas getrennt (leer: alle)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="173" />
            <source>participant group ids to leave out</source>
            <translation>IDs auszuschließender Teilnehmergruppen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="175" />
            <source>None</source>
            <translation>Keines</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="176" />
            <source>Filter set</source>
            <translation>Filterset</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="181" />
            <source>Only these groups</source>
            <translation>Nur diese Gruppen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="182" />
            <source>Leave out groups</source>
            <translation>Gruppen ausschließen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="183" />
            <source>Or a filter set</source>
            <translation>Oder ein Filterset</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="186" />
            <source>Your worker site</source>
            <translation>Ihre Worker-Website</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="190" />
            <source>Worker site address</source>
            <translation>Adresse der Worker-Website</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="196" />
            <source>Public &amp;address</source>
            <translation>Öffentliche &amp;Adresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="273" />
            <source>{needed} places give every HIT its participants; with {places}, some HITs stay undone (add places later).</source>
            <translation>{needed} Plätze geben jedem HIT seine Teilnehmenden; mit {places} bleiben manche HITs unbearbeitet (Plätze später hinzufügen).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="277" />
            <source>{needed} places are enough for the batch's {rows} HITs; extra participants find no work left.</source>
            <translation>{needed} Plätze reichen für die {rows} HITs des Batches; zusätzliche Teilnehmende finden keine Arbeit mehr.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="281" />
            <source>One place per {count} HITs of the batch's {rows}.</source>
            <translation>Ein Platz je {count} der {rows} HITs des Batches.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="284" />
            <source>for all of a participant's HITs; they have up to {longest} to finish</source>
            <translation>für alle HITs einer Person; sie hat bis zu {longest} Zeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="291" />
            <source>Prolific takes a filter set instead of groups and the block list: put them in the filter set.</source>
            <translation>Prolific nimmt ein Filterset statt Gruppen und Sperrliste: Nehmen Sie diese in das Filterset auf.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="295" />
            <source>Participants are sent to {url}</source>
            <translation>Teilnehmende werden weitergeleitet zu {url}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="297" />
            <source>The address where participants reach your hosted worker site (HTTPS).</source>
            <translation>Die Adresse, unter der Teilnehmende Ihre gehostete Worker-Website erreichen (HTTPS).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="318" />
            <source>Name the study: participants see the name on Prolific</source>
            <translation>Benennen Sie die Studie: Teilnehmende sehen den Namen auf Prolific</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="320" />
            <source>Describe the study: participants read it before they take part</source>
            <translation>Beschreiben Sie die Studie: Teilnehmende lesen das, bevor sie teilnehmen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_prolific.py" line="325" />
            <source>Choose at least one kind of device</source>
            <translation>Wählen Sie mindestens eine Geräteart</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="86" />
            <source>HIT properties</source>
            <translation>HIT-Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="87" />
            <source>What workers see in the list of HITs, what each assignment pays, and how long the HITs stay up.</source>
            <translation>Was Worker in der HIT-Liste sehen, was jede Zuweisung zahlt und wie lange die HITs verfügbar bleiben.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="94" />
            <source>e.g. image, classification, quick</source>
            <translation>z. B. Bild, Klassifikation, schnell</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="100" />
            <source>Reward in dollars</source>
            <translation>Vergütung in Dollar</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="104" />
            <source>Different workers who do each HIT</source>
            <translation>Verschiedene Worker, die jeden HIT bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="117" />
            <source>per assignment, before MTurk's fee</source>
            <translation>je Zuweisung, vor der MTurk-Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="120" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="121" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="122" />
            <source>Keywords</source>
            <translation>Stichwörter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="123" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="127" />
            <source>Assignments per HIT</source>
            <translation>Zuweisungen je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="128" />
            <source>Available for</source>
            <translation>Verfügbar für</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="129" />
            <source>Time per assignment</source>
            <translation>Zeit je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="130" />
            <source>Auto-approve after</source>
            <translation>Automatisch genehmigen nach</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="143" />
            <source>Qualification requirements</source>
            <translation>Qualifikationsvoraussetzungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="210" />
            <source>e.g. 45m, 2h, 3d or 1w</source>
            <translation>z. B. 45m, 2h, 3d oder 1w</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="261" />
            <source>Qualification requirements: {problem}</source>
            <translation>Qualifikationsvoraussetzungen: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="149" />
            <source>Workers who qualify</source>
            <translation>Qualifizierte Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="279" />
            <source>Write a title and a description for workers to continue.</source>
            <translation>Schreiben Sie einen Titel und eine Beschreibung für die Worker, um fortzufahren.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="281" />
            <source>Write a title for workers to continue.</source>
            <translation>Schreiben Sie einen Titel für die Worker, um fortzufahren.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="282" />
            <source>Write a description for workers to continue.</source>
            <translation>Schreiben Sie eine Beschreibung für die Worker, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>PublishPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="490" />
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="499" />
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="491" />
            <source>Every row becomes one HIT, created exactly once: publishing again after a cancel or a failure finishes the batch without duplicates.</source>
            <translation>Jede Zeile wird ein HIT, genau einmal erstellt: Erneutes Veröffentlichen nach Abbruch oder Fehler vervollständigt den Batch ohne Duplikate.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="495" />
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="511" />
            <source>Batch name</source>
            <translation>Batch-Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="502" />
            <source>Cancel publishing</source>
            <translation>Veröffentlichen abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="506" />
            <source>Publishing progress</source>
            <translation>Veröffentlichungsfortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="535" />
            <source>real money</source>
            <translation>echtes Geld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="535" />
            <source>no real money</source>
            <translation>kein echtes Geld</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="537" />
            <source>{hits} HITs of “{title}” × %n assignment(s) at {reward}, from {source} with the page “{page}”, to {account} ({kind}: {money}). At most {total} with fees.</source>
            <translation>
                <numerusform>{hits} HITs „{title}“ × %n Zuweisung zu {reward}, aus {source} mit der Seite „{page}“, an {account} ({kind}: {money}). Höchstens {total} mit Gebühren.</numerusform>
                <numerusform>{hits} HITs „{title}“ × %n Zuweisungen zu {reward}, aus {source} mit der Seite „{page}“, an {account} ({kind}: {money}). Höchstens {total} mit Gebühren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="542" />
            <source>the input</source>
            <translation>der Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="546" />
            <source>Publish {count} HITs</source>
            <translation>{count} HITs veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="556" />
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="557" />
            <source>{account} is a real MTurk account. Publishing may cost up to {total}. Publish?</source>
            <translation>{account} ist ein echtes MTurk-Konto. Das Veröffentlichen kann bis zu {total} kosten. Veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="563" />
            <source>Checking for an earlier batch of the same rows…</source>
            <translation>Suche nach einem früheren Batch mit denselben Zeilen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="573" />
            <source>Finish the earlier batch?</source>
            <translation>Den früheren Batch abschließen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="574" />
            <source>These rows were already sent as “{batch}”, which has {published} of {total} HITs. Finish that batch (no duplicates) instead of starting a new one?</source>
            <translation>Diese Zeilen wurden bereits als „{batch}“ gesendet, der {published} von {total} HITs hat. Diesen Batch abschließen (ohne Duplikate), statt einen neuen zu beginnen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="586" />
            <source>Published before</source>
            <translation>Schon veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="587" />
            <source>These rows, this page and these properties were already published as “{batch}” ({total} HITs). Publish a second copy?</source>
            <translation>Diese Zeilen, diese Seite und diese Eigenschaften wurden bereits als „{batch}“ veröffentlicht ({total} HITs). Eine zweite Kopie veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="601" />
            <source>Checking every row</source>
            <translation>Jede Zeile wird geprüft</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="617" />
            <source>Publishing…</source>
            <translation>Wird veröffentlicht…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="620" />
            <source>Publishing {batch}</source>
            <translation>{batch} wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="631" />
            <source>{step}: {done} of {total}</source>
            <translation>{step}: {done} von {total}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="640" />
            <source>Cancelled with {published} of {total} HITs published. The batch is kept: resume it from the Batches page and the rest are made, each once.</source>
            <translation>Abgebrochen mit {published} von {total} veröffentlichten HITs. Der Batch bleibt erhalten: Setzen Sie ihn auf der Seite „Batches“ fort, dann wird der Rest erstellt, jeder einmal.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="645" />
            <source>{count} created now</source>
            <translation>{count} jetzt erstellt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="647" />
            <source>{count} found already made</source>
            <translation>{count} bereits erstellt vorgefunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="649" />
            <source>{count} before</source>
            <translation>{count} vorher</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="651" />
            <source>Published {count} HITs ({details}).</source>
            <translation>{count} HITs veröffentlicht ({details}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="655" />
            <source>Publish the rest</source>
            <translation>Den Rest veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="660" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="663" />
            <source>Not published: {error}</source>
            <translation>Nicht veröffentlicht: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="669" />
            <source>Cancelling: HITs being created now are kept…</source>
            <translation>Wird abgebrochen: HITs, die gerade erstellt werden, bleiben erhalten…</translation>
        </message>
    </context>
    <context>
        <name>PublishWizard</name>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="39" />
            <source>Publish a batch to {account}</source>
            <translation>Einen Batch in {account} veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="90" />
            <source>{name} (again)</source>
            <translation>{name} (erneut)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="112" />
            <source>Choose the file whose rows become HITs.</source>
            <translation>Wählen Sie die Datei, deren Zeilen zu HITs werden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="157" />
            <source>Publishing continues</source>
            <translation>Veröffentlichen läuft weiter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="158" />
            <source>The batch is still being published; its progress (and Cancel) stay in the main window's status bar.</source>
            <translation>Der Batch wird noch veröffentlicht; sein Fortschritt (und „Abbrechen“) bleiben in der Statusleiste des Hauptfensters.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="129" />
            <source>Discard this batch?</source>
            <translation>Diesen Batch verwerfen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="134" />
            <source>The template, the input file, the texts and the requirements you chose for this batch will be lost.</source>
            <translation>Die Vorlage, die Eingabedatei, die Texte und die Voraussetzungen, die Sie für diesen Batch gewählt haben, gehen verloren.</translation>
        </message>
    </context>
    <context>
        <name>RichTextEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="99" />
            <source>Instructions text</source>
            <translation>Anleitungstext</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="102" />
            <source>Bold</source>
            <translation>Fett</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="103" />
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="105" />
            <source>Underline</source>
            <translation>Unterstrichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="107" />
            <source>• List</source>
            <translation>• Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="107" />
            <source>Bulleted list</source>
            <translation>Aufzählung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="109" />
            <source>1. List</source>
            <translation>1. Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="109" />
            <source>Numbered list</source>
            <translation>Nummerierte Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="111" />
            <source>Link…</source>
            <translation>Link…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="111" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="175" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="116" />
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="124" />
            <source>Insert column</source>
            <translation>Spalte einfügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="125" />
            <source>Insert a ${column} placeholder of the input</source>
            <translation>Einen ${column}-Platzhalter der Eingabe einfügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="176" />
            <source>Address (https://… or ${column}):</source>
            <translation>Adresse (https://… oder ${column}):</translation>
        </message>
    </context>
    <context>
        <name>RowCheck</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="48" />
            <source>All {count} rows render; the largest page (row {row}) is {size} KB of MTurk's 64 KB.</source>
            <translation>Alle {count} Zeilen lassen sich darstellen; die größte Seite (Zeile {row}) hat {size} KB von MTurks 64 KB.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="54" />
            <source>1 row makes a page over MTurk's 64 KB (row {rows}); it is {size} KB.</source>
            <translation>1 Zeile ergibt eine Seite über MTurks 64 KB (Zeile {rows}); sie hat {size} KB.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="56" />
            <source>{count} rows make a page over MTurk's 64 KB (rows {rows}); the largest is {size} KB.</source>
            <translation>{count} Zeilen ergeben eine Seite über MTurks 64 KB (Zeilen {rows}); die größte hat {size} KB.</translation>
        </message>
    </context>
    <context>
        <name>SampleRow</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="197" />
            <source>Sample values (type your own, or load an input file):</source>
            <translation>Beispielwerte (eigene eintippen oder eine Eingabedatei laden):</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="171" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="173" />
            <source>Input row shown in the preview</source>
            <translation>In der Vorschau gezeigte Eingabezeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="177" />
            <source>Load input file…</source>
            <translation>Eingabedatei laden…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="182" />
            <source>Placeholder</source>
            <translation>Platzhalter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="182" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="183" />
            <source>Sample values</source>
            <translation>Beispielwerte</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="219" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="224" />
            <source>the input</source>
            <translation>der Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="246" />
            <source>(no such column in the input)</source>
            <translation>(keine solche Spalte in der Eingabe)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="223" />
            <source>Rows of {file} ({rows} rows, {columns}):</source>
            <translation>Zeilen von {file} ({rows} Zeilen, {columns}):</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/panels.py" line="225" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n Spalte</numerusform>
                <numerusform>%n Spalten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SourceEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/source.py" line="121" />
            <source>HTML source</source>
            <translation>HTML-Quelltext</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="36" />
            <source>Rewards</source>
            <translation>Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="36" />
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="37" />
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="65" />
            <source>{amount} paid, by {period}. Point at a bar to see its exact values.</source>
            <translation>{amount} bezahlt, je {period}. Zeigen Sie auf einen Balken, um seine genauen Werte zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="76" />
            <source>{period}: {total} paid — rewards {rewards} for {approved} approved, bonuses {bonuses} ({bonus_count}), fees {fees} (on rewards {reward_fees}, on bonuses {bonus_fees})</source>
            <translation>{period}: {total} bezahlt — Vergütungen {rewards} für {approved} genehmigte, Boni {bonuses} ({bonus_count}), Gebühren {fees} (auf Vergütungen {reward_fees}, auf Boni {bonus_fees})</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="46" />
            <source>Submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="47" />
            <source>submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="54" />
            <source>Submissions per {period}</source>
            <translation>Einreichungen je {period}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="64" />
            <source>{count} submissions; the busiest hour was {hour} with {busiest}.</source>
            <translation>{count} Einreichungen; die stärkste Stunde war {hour} mit {busiest}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="73" />
            <source>{period}: {count} submissions in {hours} h, {rate} per hour on average</source>
            <translation>{period}: {count} Einreichungen in {hours} h, durchschnittlich {rate} pro Stunde</translation>
        </message>
    </context>
    <context>
        <name>TaskPreview</name>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="221" />
            <source>Offline preview: nothing is fetched from the network; crowd elements are drawn locally and images show as placeholders.</source>
            <translation>Offline-Vorschau: Nichts wird aus dem Netz geladen; crowd-Elemente werden lokal gezeichnet, Bilder erscheinen als Platzhalter.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="238" />
            <location filename="../../src/workbench/views/designer/preview.py" line="263" />
            <source>Task preview</source>
            <translation>Aufgabenvorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="253" />
            <source>The preview appears here.</source>
            <translation>Hier erscheint die Vorschau.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="286" />
            <source>QtWebEngine is not available here, so the page cannot be drawn. Its HTML, filled from the row:</source>
            <translation>QtWebEngine ist hier nicht verfügbar, daher kann die Seite nicht gezeichnet werden. Ihr HTML, aus der Zeile gefüllt:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="230" />
            <source>Files the page fetches</source>
            <translation>Dateien, die die Seite lädt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/preview.py" line="301" />
            <source>This page fetches %n file(s) from the web ({files}, from {hosts}). The preview works offline and does not fetch them, so here the page may look bare or not react. Workers are online: their browsers fetch these files and see the page with its styles and scripts.</source>
            <translation>
                <numerusform>Diese Seite lädt %n Datei aus dem Web ({files}, von {hosts}). Die Vorschau arbeitet offline und lädt sie nicht; deshalb kann die Seite hier schlicht aussehen oder nicht reagieren. Worker sind online: Ihre Browser laden diese Datei, und sie sehen die Seite mit ihren Stilen und Skripten.</numerusform>
                <numerusform>Diese Seite lädt %n Dateien aus dem Web ({files}, von {hosts}). Die Vorschau arbeitet offline und lädt sie nicht; deshalb kann die Seite hier schlicht aussehen oder nicht reagieren. Worker sind online: Ihre Browser laden diese Dateien, und sie sehen die Seite mit ihren Stilen und Skripten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="31" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="31" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="31" />
            <source>Saved / about</source>
            <translation>Gespeichert / Info</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="35" />
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="36" />
            <source>Saved templates</source>
            <translation>Gespeicherte Vorlagen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="37" />
            <source>Presets</source>
            <translation>Vorgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="60" />
            <source>version {number}</source>
            <translation>Version {number}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="64" />
            <source>No saved templates yet: start from a preset</source>
            <translation>Noch keine gespeicherten Vorlagen: Beginnen Sie mit einer Vorgabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="70" />
            <source>designed</source>
            <translation>entworfen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/chooser.py" line="70" />
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
    </context>
    <context>
        <name>TemplateDesigner</name>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="104" />
            <source>Template designer</source>
            <translation>Vorlagen-Designer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="140" />
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="146" />
            <location filename="../../src/workbench/views/designer/designer.py" line="175" />
            <source>Page title</source>
            <translation>Seitentitel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="149" />
            <source>Add field</source>
            <translation>Feld hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="150" />
            <source>Add a field after the selected one</source>
            <translation>Ein Feld nach dem gewählten hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="157" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="158" />
            <source>Remove the selected field (Delete); Ctrl+Z brings it back</source>
            <translation>Das gewählte Feld entfernen (Entf); Strg+Z holt es zurück</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="161" />
            <source>Move the selected field up (Alt+Up)</source>
            <translation>Das gewählte Feld nach oben schieben (Alt+Nach-oben)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="162" />
            <source>Move field up</source>
            <translation>Feld nach oben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="164" />
            <source>Move the selected field down (Alt+Down)</source>
            <translation>Das gewählte Feld nach unten schieben (Alt+Nach-unten)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="165" />
            <source>Move field down</source>
            <translation>Feld nach unten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="180" />
            <source>Fields, in the order workers see them</source>
            <translation>Felder, in der Reihenfolge, in der Worker sie sehen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="195" />
            <source>This page's HTML is its own (imported, or edited by hand), so it is edited in the HTML tab. These are the fields found in it and the answer names they give:</source>
            <translation>Das HTML dieser Seite ist eigenständig (importiert oder von Hand bearbeitet) und wird daher im Tab „HTML“ bearbeitet. Dies sind die darin gefundenen Felder und ihre Antwortnamen:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="200" />
            <source>Back to the designed page</source>
            <translation>Zurück zur entworfenen Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="201" />
            <source>Replace the HTML with the page the designer makes (undo with Ctrl+Z in the HTML tab)</source>
            <translation>Das HTML durch die Seite des Designers ersetzen (rückgängig mit Strg+Z im Tab „HTML“)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="244" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="245" />
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="274" />
            <location filename="../../src/workbench/views/designer/designer.py" line="511" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="281" />
            <source>Blank design</source>
            <translation>Leerer Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="284" />
            <source>From preset: {preset}</source>
            <translation>Aus Vorgabe: {preset}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="287" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="288" />
            <source>Start a new template: blank, or from a preset</source>
            <translation>Eine neue Vorlage beginnen: leer oder aus einer Vorgabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="294" />
            <source>New blank design</source>
            <translation>Neuer leerer Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="295" />
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="296" />
            <source>Import HTML…</source>
            <translation>HTML importieren…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="298" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="299" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="301" />
            <source>Refresh preview</source>
            <translation>Vorschau aktualisieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="304" />
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="314" />
            <location filename="../../src/workbench/views/designer/designer.py" line="320" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="316" />
            <location filename="../../src/workbench/views/designer/designer.py" line="321" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="326" />
            <source> Name: </source>
            <translation> Name: </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="330" />
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="346" />
            <source>Remove field</source>
            <translation>Feld entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="421" />
            <source>Import an HTML template</source>
            <translation>Eine HTML-Vorlage importieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="422" />
            <source>HTML templates (*.html *.htm *.xml *.txt);;All files (*)</source>
            <translation>HTML-Vorlagen (*.html *.htm *.xml *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="428" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="435" />
            <source>Imported {file}: {placeholders}, {fields} found.</source>
            <translation>{file} importiert: {placeholders}, {fields} gefunden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/designer.py" line="437" />
            <source>%n placeholder(s)</source>
            <translation>
                <numerusform>%n Platzhalter</numerusform>
                <numerusform>%n Platzhalter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/designer.py" line="439" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n Feld</numerusform>
                <numerusform>%n Felder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="446" />
            <source>Save template</source>
            <translation>Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="447" />
            <source>Template name:</source>
            <translation>Name der Vorlage:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="463" />
            <source>Saved “{name}”, version {version}.</source>
            <translation>„{name}“ gespeichert, Version {version}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="470" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="477" />
            <location filename="../../src/workbench/views/designer/designer.py" line="507" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="478" />
            <source>The template has unsaved changes. Save them first?</source>
            <translation>Die Vorlage hat ungespeicherte Änderungen. Zuerst speichern?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="505" />
            <source>Saved as version {version}</source>
            <translation>Gespeichert als Version {version}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="509" />
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="512" />
            <source>{name} — Template designer</source>
            <translation>{name} — Vorlagen-Designer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="590" />
            <source>Edit the HTML</source>
            <translation>HTML bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="624" />
            <source>Page size with this row: {size} KB of MTurk's 64 KB</source>
            <translation>Seitengröße mit dieser Zeile: {size} KB von MTurks 64 KB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="665" />
            <source>Rows to preview</source>
            <translation>Zeilen für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="666" />
            <source>Input files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Eingabedateien (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="670" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="675" />
            <source>Which sheet?</source>
            <translation>Welches Tabellenblatt?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="675" />
            <source>Sheet:</source>
            <translation>Tabellenblatt:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="688" />
            <source>Previewing rows of {file} ({rows}).</source>
            <translation>Vorschau der Zeilen von {file} ({rows}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="689" />
            <source>{count} rows</source>
            <translation>{count} Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="696" />
            <source>Input not read</source>
            <translation>Eingabe nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="338" />
            <source>Template state</source>
            <translation>Zustand der Vorlage</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="61" />
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="63" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="65" />
            <source>a crowd-form page</source>
            <translation>eine crowd-form-Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="66" />
            <source>a classic MTurk form</source>
            <translation>ein klassisches MTurk-Formular</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="70" />
            <source>Input columns it needs:</source>
            <translation>Benötigte Eingabespalten:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="71" />
            <source>Answers stored as:</source>
            <translation>Antworten gespeichert als:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="78" />
            <source>Check:</source>
            <translation>Prüfung:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="105" />
            <source>Which task page?</source>
            <translation>Welche Aufgabenseite?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="106" />
            <source>A saved template, a preset, or an HTML file with ${placeholders} (an MTurk template works as it is).</source>
            <translation>Eine gespeicherte Vorlage, eine Vorgabe oder eine HTML-Datei mit ${placeholders} (eine MTurk-Vorlage funktioniert unverändert).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="113" />
            <source>About the chosen template</source>
            <translation>Über die gewählte Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="115" />
            <source>Import HTML file…</source>
            <translation>HTML-Datei importieren…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="117" />
            <source>Open in the designer…</source>
            <translation>Im Designer öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="118" />
            <source>Edit the chosen template (or design a new one); save it and it is chosen here</source>
            <translation>Die gewählte Vorlage bearbeiten (oder eine neue entwerfen); gespeichert wird sie hier gewählt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="154" />
            <source>Import an HTML template</source>
            <translation>Eine HTML-Vorlage importieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="155" />
            <source>HTML templates (*.html *.htm *.xml *.txt);;All files (*)</source>
            <translation>HTML-Vorlagen (*.html *.htm *.xml *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="161" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="67" />
            <source>no form of its own (workers get it in one, with a Submit button, as on MTurk)</source>
            <translation>kein eigenes Formular (Worker erhalten die Seite in einem, mit Absende-Knopf, wie auf MTurk)</translation>
        </message>
    </context>
    <context>
        <name>WageChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="166" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="166" />
            <source>With bonuses</source>
            <translation>Mit Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="167" />
            <source>Below your wage</source>
            <translation>Unter Ihrem Lohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="178" />
            <source>your wage</source>
            <translation>Ihr Lohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="199" />
            <source>your wage {wage}/h</source>
            <translation>Ihr Lohn {wage}/h</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="209" />
            <source>{below} of 1 batch pays less than your wage of {wage}/h, bonuses included (reward over the median time of work not rejected).</source>
            <translation>{below} von 1 Batch zahlt weniger als Ihr Lohn von {wage}/h, mit Boni (Vergütung geteilt durch den Median der Bearbeitungszeit nicht abgelehnter Arbeit).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="212" />
            <source>{below} of {count} batches pay less than your wage of {wage}/h, bonuses included (reward over the median time of work not rejected).</source>
            <translation>{below} von {count} Batches zahlen weniger als Ihr Lohn von {wage}/h, mit Boni (Vergütung geteilt durch den Median der Bearbeitungszeit nicht abgelehnter Arbeit).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="217" />
            <source>The {shown} newest are drawn; Copy table gives them all.</source>
            <translation>Die {shown} neuesten werden gezeigt; „Tabelle kopieren“ liefert alle.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="227" />
            <source>{batch}: reward {reward}, median work time {median} over {count} assignments → {wage}/h; with bonuses ({bonus} per assignment) {wage_with_bonus}/h</source>
            <translation>{batch}: Vergütung {reward}, Median der Bearbeitungszeit {median} über {count} Zuweisungen → {wage}/h; mit Boni ({bonus} je Zuweisung) {wage_with_bonus}/h</translation>
        </message>
    </context>
    <context>
        <name>WorkTimeChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="90" />
            <source>Approved or awaiting review</source>
            <translation>Genehmigt oder wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="91" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="93" />
            <source>assignments</source>
            <translation>Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="102" />
            <source>median</source>
            <translation>Median</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="124" />
            <source>median {duration}</source>
            <translation>Median {duration}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="135" />
            <source>{count} assignments; median {median}, 90% within {p90}</source>
            <translation>{count} Zuweisungen; Median {median}, 90 % innerhalb {p90}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="139" />
            <source>; median of work not rejected {median}</source>
            <translation>; Median der nicht abgelehnten Arbeit {median}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/throughput.py" line="147" />
            <source>{range}: {kept} approved or awaiting review, {rejected} rejected</source>
            <translation>{range}: {kept} genehmigt oder wartend, {rejected} abgelehnt</translation>
        </message>
    </context>
    <context>
        <name>WorkerRatesChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="207" />
            <source>workers</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="226" />
            <source>You rejected work of {rejected} of {count} workers (your decisions only; MTurk's approval rate counts every requester).</source>
            <translation>Sie haben Arbeit von {rejected} von {count} Workern abgelehnt (nur Ihre Entscheidungen; MTurks Genehmigungsquote zählt alle Requester).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="230" />
            <source>{count} more have nothing decided yet.</source>
            <translation>Bei {count} weiteren ist noch nichts entschieden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="240" />
            <source>1 worker ({share}%) with an approval rate of {band} on your decided work</source>
            <translation>1 Worker ({share} %) mit einer Genehmigungsquote von {band} bei Ihrer entschiedenen Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="242" />
            <source>{count} workers ({share}%) with an approval rate of {band} on your decided work</source>
            <translation>{count} Worker ({share} %) mit einer Genehmigungsquote von {band} bei Ihrer entschiedenen Arbeit</translation>
        </message>
    </context>
</TS>
