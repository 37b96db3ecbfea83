<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountKind</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="58" />
            <source>Local marketplace</source>
            <translation>Lokaler Marktplatz</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="59" />
            <source>MTurk sandbox</source>
            <translation>MTurk-Sandbox</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="60" />
            <source>MTurk (real money)</source>
            <translation>MTurk (echtes Geld)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="61" />
            <source>Custom endpoint</source>
            <translation>Eigener Endpunkt</translation>
        </message>
    </context>
    <context>
        <name>AnswerRecordView</name>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="148" />
            <location filename="../../src/workbench/views/designer/preview.py" line="200" />
            <source>Fill in the form and press Submit: the answer record the workbench would store for it shows here.</source>
            <translation>Füllen Sie das Formular aus und klicken Sie auf „Submit“: Hier erscheint der Antwortdatensatz, den die Workbench dafür speichern würde.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="152" />
            <location filename="../../src/workbench/views/designer/preview.py" line="206" />
            <source>Show XML</source>
            <translation>XML zeigen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="159" />
            <source>Answer field</source>
            <translation>Antwortfeld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="159" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="160" />
            <source>Answer record</source>
            <translation>Antwortdatensatz</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="171" />
            <source>Answer XML</source>
            <translation>Antwort-XML</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="180" />
            <source>a crowd-form answer (one taskAnswers JSON object)</source>
            <translation>einer crowd-form-Antwort (ein taskAnswers-JSON-Objekt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="181" />
            <source>a classic form answer (one answer per field)</source>
            <translation>einer klassischen Formularantwort (eine Antwort je Feld)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/preview.py" line="183" />
            <source>The workbench would store %n answer field(s), from {shape}:</source>
            <translation>
                <numerusform>Die Workbench würde %n Antwortfeld speichern, aus {shape}:</numerusform>
                <numerusform>Die Workbench würde %n Antwortfelder speichern, aus {shape}:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="206" />
            <source>Show fields</source>
            <translation>Felder zeigen</translation>
        </message>
    </context>
    <context>
        <name>ApprovalByBatchChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="165" />
            <source>The {shown} newest of {count} batches; Copy table gives them all.</source>
            <translation>Die {shown} neuesten von {count} Batches; „Tabelle kopieren“ liefert alle.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalCharts</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="30" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="31" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="32" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="34" />
            <source>under 50%</source>
            <translation>unter 50 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="35" />
            <source>50% to under 80%</source>
            <translation>50 % bis unter 80 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="36" />
            <source>80% to under 90%</source>
            <translation>80 % bis unter 90 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="37" />
            <source>90% to under 95%</source>
            <translation>90 % bis unter 95 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="38" />
            <source>95% to under 99%</source>
            <translation>95 % bis unter 99 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="39" />
            <source>99% to under 100%</source>
            <translation>99 % bis unter 100 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="40" />
            <source>100%</source>
            <translation>100 %</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="62" />
            <source>{total} submitted: {approved} approved ({approved_share}%), {rejected} rejected ({rejected_share}%), {pending} awaiting review ({pending_share}%)</source>
            <translation>{total} eingereicht: {approved} genehmigt ({approved_share} %), {rejected} abgelehnt ({rejected_share} %), {pending} warten auf Prüfung ({pending_share} %)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="71" />
            <source>; rejection rate of decided work {rate}%</source>
            <translation>; Ablehnungsquote der entschiedenen Arbeit {rate} %</translation>
        </message>
    </context>
    <context>
        <name>ApprovalOverTimeChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="111" />
            <source>In all: {decisions}.</source>
            <translation>Insgesamt: {decisions}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="120" />
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
            <location filename="../../src/workbench/views/pages/batches.py" line="86" />
            <source>Search batches: name or title (Ctrl+F)</source>
            <translation>Batches suchen: Name oder Titel (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="89" />
            <source>All states</source>
            <translation>Alle Zustände</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="92" />
            <source>Filter by state</source>
            <translation>Nach Zustand filtern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="98" />
            <source>New batch…</source>
            <translation>Neuer Batch…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="99" />
            <source>Publish a batch: template, input file, preview, cost, publish (Ctrl+N)</source>
            <translation>Einen Batch veröffentlichen: Vorlage, Eingabedatei, Vorschau, Kosten, veröffentlichen (Strg+N)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="102" />
            <source>Template designer…</source>
            <translation>Vorlagen-Designer…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="103" />
            <source>Resume publishing</source>
            <translation>Veröffentlichen fortsetzen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="104" />
            <source>Create the HITs of the selected batch not created yet; each row's HIT is made exactly once</source>
            <translation>Die noch nicht erstellten HITs des gewählten Batches erstellen; der HIT jeder Zeile entsteht genau einmal</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="107" />
            <source>Publish again…</source>
            <translation>Erneut veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="108" />
            <source>The selected batch's page, rows and properties as a new batch</source>
            <translation>Seite, Zeilen und Eigenschaften des gewählten Batches als neuer Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="130" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="131" />
            <source>Input row to preview</source>
            <translation>Eingabezeile für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="141" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="142" />
            <source>Row preview</source>
            <translation>Zeilenvorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="150" />
            <source>No batches yet</source>
            <translation>Noch keine Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="151" />
            <source>A batch is one HIT per row of an input file, made from a task template. Start from a preset (image classification, sentiment, survey link, transcription, data verification), design your own, or import an MTurk template.</source>
            <translation>Ein Batch ist ein HIT je Zeile einer Eingabedatei, erstellt aus einer Aufgabenvorlage. Beginnen Sie mit einer Vorgabe (Bildklassifikation, Stimmung, Umfragelink, Transkription, Datenprüfung), entwerfen Sie eine eigene oder importieren Sie eine MTurk-Vorlage.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="155" />
            <source>Publish a batch…</source>
            <translation>Einen Batch veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="156" />
            <source>Open the template designer</source>
            <translation>Vorlagen-Designer öffnen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="165" />
            <source>New batch</source>
            <translation>Neuer Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="172" />
            <source>Could not load batches: {error}</source>
            <translation>Batches konnten nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="198" />
            <source>1 batch</source>
            <translation>1 Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="199" />
            <source>{count} batches</source>
            <translation>{count} Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="238" />
            <source>This batch is no longer in the store.</source>
            <translation>Dieser Batch ist nicht mehr im Datenspeicher.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="245" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="250" />
            <source>{published} of {rows} HITs published</source>
            <translation>{published} von {rows} HITs veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="252" />
            <source>{count} HITs</source>
            <translation>{count} HITs</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="253" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="254" />
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="255" />
            <source>Made by</source>
            <translation>Erstellt durch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="255" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="256" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="257" />
            <source>Keywords</source>
            <translation>Stichwörter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="257" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="258" />
            <source>Input columns</source>
            <translation>Eingabespalten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="259" />
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="260" />
            <source>Published</source>
            <translation>Veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="261" />
            <source>HIT type</source>
            <translation>HIT-Typ</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="262" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="266" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/pages/batches.py" line="266" />
            <source>{reward} per assignment, %n assignment(s) per HIT</source>
            <translation>
                <numerusform>{reward} je Zuweisung, %n Zuweisung je HIT</numerusform>
                <numerusform>{reward} je Zuweisung, %n Zuweisungen je HIT</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="269" />
            <source>Per assignment</source>
            <translation>Je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="269" />
            <source>{amount} with a {fee} fee</source>
            <translation>{amount} mit {fee} Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="272" />
            <source>Per HIT</source>
            <translation>Je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="273" />
            <source>Total, at most</source>
            <translation>Gesamt, höchstens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="274" />
            <source>Available for</source>
            <translation>Verfügbar für</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="275" />
            <source>Time per assignment</source>
            <translation>Zeit je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="276" />
            <source>Auto-approval</source>
            <translation>Automatische Genehmigung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="278" />
            <source>Surcharge</source>
            <translation>Zuschlag</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="279" />
            <source>10+ assignments: splitting into HITs of 9 would save {amount}</source>
            <translation>10+ Zuweisungen: Aufteilen in HITs zu 9 würde {amount} sparen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="281" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="282" />
            <source>Submitted, waiting</source>
            <translation>Eingereicht, wartend</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="283" />
            <source>Approved</source>
            <translation>Genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="284" />
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="286" />
            <source>Estimated time</source>
            <translation>Geschätzte Zeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="291" />
            <source>{duration} ({wage} an hour)</source>
            <translation>{duration} ({wage} pro Stunde)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="293" />
            <source>Median work time</source>
            <translation>Median der Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="294" />
            <source>Work</source>
            <translation>Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="296" />
            <source>Qualification requirements</source>
            <translation>Qualifikationsvoraussetzungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="340" />
            <source>Saved template “{name}”, version {version}.</source>
            <translation>Vorlage „{name}“ gespeichert, Version {version}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="358" />
            <source>Publish again</source>
            <translation>Erneut veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="368" />
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="369" />
            <source>{account} is a real MTurk account: publish the remaining {count} HITs of “{batch}”?</source>
            <translation>{account} ist ein echtes MTurk-Konto: die restlichen {count} HITs von „{batch}“ veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="382" />
            <source>{batch}: {published} of {total} HITs published (cancelled; resume again to finish).</source>
            <translation>{batch}: {published} von {total} HITs veröffentlicht (abgebrochen; zum Abschließen erneut fortsetzen).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="384" />
            <source>{batch}: {published} of {total} HITs published.</source>
            <translation>{batch}: {published} von {total} HITs veröffentlicht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="391" />
            <source>Publishing {batch}</source>
            <translation>{batch} wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/batches.py" line="396" />
            <source>Batch {id} published; its HITs are on the HITs page.</source>
            <translation>Batch {id} veröffentlicht; seine HITs stehen auf der Seite „HITs“.</translation>
        </message>
    </context>
    <context>
        <name>ChartPanel</name>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="81" />
            <source>Approval over time</source>
            <translation>Genehmigung im Zeitverlauf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="83" />
            <location filename="../../src/workbench/views/charts/throughput.py" line="43" />
            <source>No work was submitted in this range.</source>
            <translation>In diesem Zeitraum wurde keine Arbeit eingereicht.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="130" />
            <source>Approval per batch</source>
            <translation>Genehmigung je Batch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="132" />
            <source>No batch has submitted work in this range.</source>
            <translation>Kein Batch hat in diesem Zeitraum eingereichte Arbeit.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="187" />
            <source>Workers by approval rate on your work</source>
            <translation>Worker nach Genehmigungsquote bei Ihrer Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="189" />
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
            <location filename="../../src/workbench/views/charts/spend.py" line="29" />
            <source>Spend per period</source>
            <translation>Ausgaben je Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="31" />
            <source>Nothing was paid in this range.</source>
            <translation>In diesem Zeitraum wurde nichts bezahlt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="89" />
            <source>Cumulative spend</source>
            <translation>Kumulierte Ausgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="91" />
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
            <source>The charts and tables show your computer's time zone; exported CSV and Excel files show US Pacific time, as MTurk's own files do.</source>
            <translation>Diagramme und Tabellen zeigen die Zeitzone Ihres Computers; exportierte CSV- und Excel-Dateien zeigen US-Pazifikzeit, wie MTurks eigene Dateien.</translation>
        </message>
        <message>
            <source>Times: {zone}</source>
            <translation>Zeiten: {zone}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="49" />
            <source>Spend</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="50" />
            <source>Approval</source>
            <translation>Genehmigung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="51" />
            <source>Throughput and pay</source>
            <translation>Durchsatz und Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="54" />
            <source>All time</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="55" />
            <source>Last 24 hours</source>
            <translation>Letzte 24 Stunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="56" />
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="57" />
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="58" />
            <source>Last 90 days</source>
            <translation>Letzte 90 Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="59" />
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="60" />
            <source>Custom dates</source>
            <translation>Eigene Daten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="62" />
            <source>Bars: automatic</source>
            <translation>Balken: automatisch</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="63" />
            <source>Bars: hours</source>
            <translation>Balken: Stunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="64" />
            <source>Bars: days</source>
            <translation>Balken: Tage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="65" />
            <source>Bars: weeks</source>
            <translation>Balken: Wochen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="66" />
            <source>Bars: months</source>
            <translation>Balken: Monate</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="117" />
            <source>Chart only this batch</source>
            <translation>Nur diesen Batch darstellen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="121" />
            <source>Chart only batches of this template</source>
            <translation>Nur Batches dieser Vorlage darstellen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="124" />
            <source>Date range</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="129" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="130" />
            <source>To (included)</source>
            <translation>Bis (einschließlich)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="139" />
            <source>Length of one bar</source>
            <translation>Länge eines Balkens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="169" />
            <source>Paid</source>
            <translation>Bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="170" />
            <source>Committed, not yet paid</source>
            <translation>Gebunden, noch nicht bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="171" />
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="181" />
            <source>Rejection rate you give</source>
            <translation>Ihre Ablehnungsquote</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="182" />
            <source>Awaiting review</source>
            <translation>Wartet auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="183" />
            <source>Workers you rejected</source>
            <translation>Von Ihnen abgelehnte Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="195" />
            <source>Submissions</source>
            <translation>Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="196" />
            <source>Median work time</source>
            <translation>Median der Bearbeitungszeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="197" />
            <source>Effective hourly wage</source>
            <translation>Effektiver Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="288" />
            <source>All batches</source>
            <translation>Alle Batches</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="289" />
            <source>All templates</source>
            <translation>Alle Vorlagen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="328" />
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="350" />
            <source>Charts updated.</source>
            <translation>Diagramme aktualisiert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="360" />
            <source>A chart could not be loaded: {error}</source>
            <translation>Ein Diagramm konnte nicht geladen werden: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="367" />
            <source>nothing was paid in this range</source>
            <translation>in diesem Zeitraum wurde nichts bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="370" />
            <source>rewards {rewards} for {approved} approved · bonuses {bonuses} · fees {fees}</source>
            <translation>Vergütungen {rewards} für {approved} genehmigte · Boni {bonuses} · Gebühren {fees}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="374" />
            <source>1 bonus queued</source>
            <translation>1 Bonus vorgemerkt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="375" />
            <source>{count} bonuses queued</source>
            <translation>{count} Boni vorgemerkt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="376" />
            <source>{count} awaiting review</source>
            <translation>{count} warten auf Prüfung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="377" />
            <source>{count} being worked on</source>
            <translation>{count} in Bearbeitung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="380" />
            <source>{count} to be rejected (not counted)</source>
            <translation>{count} abzulehnen (nicht gezählt)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="383" />
            <source>{count} past their auto-approval time (Sync updates them)</source>
            <translation>{count} nach ihrer automatischen Genehmigung fällig (Synchronisieren aktualisiert sie)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="393" />
            <source>{share}% of what was paid · on rewards {reward_fees} · on bonuses {bonus_fees}</source>
            <translation>{share} % des Bezahlten · auf Vergütungen {reward_fees} · auf Boni {bonus_fees}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="403" />
            <source>{rejected} of {decided} decided assignments; each rejection lowers a worker's approval rate</source>
            <translation>{rejected} von {decided} entschiedenen Zuweisungen; jede Ablehnung senkt die Genehmigungsquote eines Workers</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="409" />
            <source>{share}% of {count} submitted assignments</source>
            <translation>{share} % von {count} eingereichten Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="417" />
            <source>{rejected} of {count}</source>
            <translation>{rejected} von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="419" />
            <source>workers with decided work; the others were all approved</source>
            <translation>Worker mit entschiedener Arbeit; die übrigen wurden alle genehmigt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="420" />
            <source>no decided work yet</source>
            <translation>noch keine entschiedene Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="425" />
            <source>busiest hour: {hour}, {count} submissions</source>
            <translation>stärkste Stunde: {hour}, {count} Einreichungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="435" />
            <source>no work time recorded</source>
            <translation>keine Bearbeitungszeit erfasst</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="439" />
            <source>90% within {duration} · {count} assignments</source>
            <translation>90 % innerhalb {duration} · {count} Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="446" />
            <source>your wage: {wage}/h</source>
            <translation>Ihr Lohn: {wage}/h</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/pages/charts.py" line="454" />
            <source>per batch, bonuses included · {below} of {count} below your wage of {wage}/h</source>
            <translation>je Batch, mit Boni · {below} von {count} unter Ihrem Lohn von {wage}/h</translation>
        </message>
    </context>
    <context>
        <name>ChoicesEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="183" />
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="183" />
            <source>Stored as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="189" />
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="193" />
            <source>+ Add</source>
            <translation>+ Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="193" />
            <source>Add option</source>
            <translation>Option hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="193" />
            <source>Add an option</source>
            <translation>Eine Option hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="194" />
            <source>− Remove</source>
            <translation>− Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="194" />
            <source>Remove option</source>
            <translation>Option entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="195" />
            <source>Remove the selected option</source>
            <translation>Die gewählte Option entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="196" />
            <source>Move option up</source>
            <translation>Option nach oben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="196" />
            <source>Move the selected option up</source>
            <translation>Die gewählte Option nach oben schieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="198" />
            <source>Move option down</source>
            <translation>Option nach unten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="198" />
            <source>Move the selected option down</source>
            <translation>Die gewählte Option nach unten schieben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="244" />
            <source>Option {number}</source>
            <translation>Option {number}</translation>
        </message>
        <message>
            <source>The value the answer records for this option. It follows the option's text until you type one yourself.</source>
            <translation>Der Wert, den die Antwort für diese Option festhält. Er folgt dem Text der Option, bis Sie selbst einen eintippen.</translation>
        </message>
        <message>
            <source>“Stored as” is what the answer records. Grey values follow the option's text; type one to fix it.</source>
            <translation>„Gespeichert als“ ist, was die Antwort festhält. Graue Werte folgen dem Text der Option; tippen Sie einen ein, um ihn festzulegen.</translation>
        </message>
        <message>
            <source>Follows the option's text; type a value to fix it.</source>
            <translation>Folgt dem Text der Option; tippen Sie einen Wert ein, um ihn festzulegen.</translation>
        </message>
        <message>
            <source>Typed by hand: it stays as it is when the option's text changes.</source>
            <translation>Von Hand eingetippt: Er bleibt, wie er ist, wenn sich der Text der Option ändert.</translation>
        </message>
        <message>
            <source>An option needs a stored value.</source>
            <translation>Eine Option braucht einen gespeicherten Wert.</translation>
        </message>
        <message>
            <source>Another option stores {value} too: answers could not tell them apart.</source>
            <translation>Eine andere Option speichert ebenfalls {value}: Antworten ließen sich nicht unterscheiden.</translation>
        </message>
        <message>
            <source>Stored as {value}, which is not what “{label}” says: answers will read {value}.</source>
            <translation>Gespeichert als {value}, was nicht dem Text „{label}“ entspricht: Antworten lauten dann {value}.</translation>
        </message>
    </context>
    <context>
        <name>CostPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="217" />
            <source>Cost and fair pay</source>
            <translation>Kosten und faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="218" />
            <source>The most the batch can cost (every assignment approved), and the hourly wage the reward makes.</source>
            <translation>Was der Batch höchstens kosten kann (jede Zuweisung genehmigt), und der Stundenlohn, den die Vergütung ergibt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="221" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="223" />
            <source>Reward per assignment</source>
            <translation>Vergütung je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="224" />
            <source>MTurk fee</source>
            <translation>MTurk-Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="225" />
            <source>Per assignment</source>
            <translation>Je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="225" />
            <source>Per HIT</source>
            <translation>Je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="226" />
            <source>HITs × assignments</source>
            <translation>HITs × Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="227" />
            <source>Total, at most</source>
            <translation>Gesamt, höchstens</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="240" />
            <source>Fair pay</source>
            <translation>Faire Bezahlung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="247" />
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="248" />
            <source>Minutes per task</source>
            <translation>Minuten je Aufgabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="253" />
            <source>One task takes about</source>
            <translation>Eine Aufgabe dauert etwa</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="264" />
            <source>Hourly wage</source>
            <translation>Stundenlohn</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="278" />
            <source>MTurk's fee: 20% of the reward (at least $0.01 an assignment), 20% more for HITs of 10 or more assignments, 5% more with Masters. Rejected work is neither paid nor charged.</source>
            <translation>MTurk-Gebühr: 20 % der Vergütung (mindestens $0.01 je Zuweisung), 20 % mehr für HITs mit 10 oder mehr Zuweisungen, 5 % mehr mit Masters. Abgelehnte Arbeit wird weder bezahlt noch berechnet.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="309" />
            <source>Use {duration}: the median of “{batch}” ({count} assignments)</source>
            <translation>{duration} verwenden: der Median von „{batch}“ ({count} Zuweisungen)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="326" />
            <source>{fee} ({rate}%, Masters)</source>
            <translation>{fee} ({rate} %, Masters)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="326" />
            <source>{fee} ({rate}%)</source>
            <translation>{fee} ({rate} %)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="329" />
            <source>{amount} ({count} assignments)</source>
            <translation>{amount} ({count} Zuweisungen)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="331" />
            <source>{hits} × {per_hit} = {count} assignments</source>
            <translation>{hits} × {per_hit} = {count} Zuweisungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="334" />
            <source>{total}  (rewards {rewards} + fees {fees})</source>
            <translation>{total}  (Vergütungen {rewards} + Gebühren {fees})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="339" />
            <source>The account's balance is not known yet (Sync fetches it).</source>
            <translation>Das Guthaben des Kontos ist noch nicht bekannt (Synchronisieren holt es).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="343" />
            <source>The balance, {balance}, is less than the most the batch can cost: add funds or publish fewer rows.</source>
            <translation>Das Guthaben, {balance}, ist geringer als die höchsten Kosten des Batches: Laden Sie Guthaben auf oder veröffentlichen Sie weniger Zeilen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="348" />
            <source>The balance, {balance}, covers it.</source>
            <translation>Das Guthaben, {balance}, deckt das.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="353" />
            <source>HITs of 10 or more assignments pay MTurk 20% more. Publishing each row as {hits} HITs of at most 9 assignments would cost {total}, saving {saving} (a worker could then do the same row twice, once in each HIT).</source>
            <translation>HITs mit 10 oder mehr Zuweisungen zahlen MTurk 20 % mehr. Jede Zeile als {hits} HITs mit höchstens 9 Zuweisungen zu veröffentlichen würde {total} kosten und {saving} sparen (ein Worker könnte dann dieselbe Zeile zweimal bearbeiten, einmal in jedem HIT).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="360" />
            <source>Fewer than 10 assignments per HIT: no 20% surcharge.</source>
            <translation>Weniger als 10 Zuweisungen je HIT: kein Zuschlag von 20 %.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="365" />
            <source>{amount} an hour</source>
            <translation>{amount} pro Stunde</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="369" />
            <source>Below the fair wage you set, {wage} an hour. A reward of {reward} reaches it for a {duration} task.</source>
            <translation>Unter dem von Ihnen festgelegten fairen Lohn von {wage} pro Stunde. Eine Vergütung von {reward} erreicht ihn bei einer Aufgabe von {duration}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="374" />
            <source>Pay {reward} instead</source>
            <translation>Stattdessen {reward} zahlen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="378" />
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
            <source>By now ({period}): {amount} paid in all</source>
            <translation>Bis jetzt ({period}): {amount} insgesamt bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="94" />
            <source>Paid so far</source>
            <translation>Bisher bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="95" />
            <source>Committed, not yet paid</source>
            <translation>Gebunden, noch nicht bezahlt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="127" />
            <source>+{amount} committed</source>
            <translation>+{amount} gebunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="140" />
            <source>1 bonus</source>
            <translation>1 Bonus</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="141" />
            <source>{count} bonuses</source>
            <translation>{count} Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="142" />
            <source>Paid {paid}; committed but not yet paid {committed} ({awaiting} awaiting review, {working} being worked on, {bonuses} queued).</source>
            <translation>Bezahlt {paid}; gebunden, aber noch nicht bezahlt {committed} ({awaiting} warten auf Prüfung, {working} in Bearbeitung, {bonuses} vorgemerkt).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="153" />
            <source>By the end of {period}: {amount} paid in all</source>
            <translation>Bis Ende {period}: insgesamt {amount} bezahlt</translation>
        </message>
    </context>
    <context>
        <name>DetectedFields</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="261" />
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="261" />
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="261" />
            <source>Stored as</source>
            <translation>Gespeichert als</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="266" />
            <source>Fields found in the page</source>
            <translation>In der Seite gefundene Felder</translation>
        </message>
    </context>
    <context>
        <name>FieldDelegate</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="92" />
            <source>{kind} · answers as {name}</source>
            <translation>{kind} · antwortet als {name}</translation>
        </message>
    </context>
    <context>
        <name>FieldEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="36" />
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="37" />
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="38" />
            <source>Link text</source>
            <translation>Linktext</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="39" />
            <source>Image address</source>
            <translation>Bildadresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="40" />
            <source>Link address</source>
            <translation>Linkadresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="41" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="43" />
            <source>Shown above the questions. Use ${column} to show a value of the row.</source>
            <translation>Wird über den Fragen gezeigt. Mit ${column} zeigen Sie einen Wert der Zeile.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="45" />
            <source>One line of text. Answer: the text.</source>
            <translation>Eine Textzeile. Antwort: der Text.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="47" />
            <source>Several lines of text. Answer: the text.</source>
            <translation>Mehrere Textzeilen. Antwort: der Text.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="49" />
            <source>Radio buttons. Answer: name.value = true for the one chosen.</source>
            <translation>Optionsfelder. Antwort: name.value = true für die gewählte.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="51" />
            <source>Check boxes. Answer: name.value = true or false for each.</source>
            <translation>Kontrollkästchen. Antwort: name.value = true oder false für jedes.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="53" />
            <source>A drop-down list. Answer: the chosen value.</source>
            <translation>Eine Auswahlliste. Antwort: der gewählte Wert.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="55" />
            <source>A slider from the lowest to the highest value. Answer: the number.</source>
            <translation>Ein Schieberegler vom niedrigsten zum höchsten Wert. Antwort: die Zahl.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="57" />
            <source>An image whose address comes from an input column, e.g. ${image_url}.</source>
            <translation>Ein Bild, dessen Adresse aus einer Eingabespalte stammt, z. B. ${image_url}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="59" />
            <source>A link that opens in a new tab, e.g. to ${url}.</source>
            <translation>Ein Link, der sich in einem neuen Tab öffnet, z. B. zu ${url}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="61" />
            <source>Not shown; stored with the answer, e.g. ${item_id} to tell rows apart.</source>
            <translation>Nicht sichtbar; wird mit der Antwort gespeichert, z. B. ${item_id}, um Zeilen zu unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="302" />
            <source>How the answer is named in results: letters, digits, _ and -</source>
            <translation>Wie die Antwort in den Ergebnissen heißt: Buchstaben, Ziffern, _ und -</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="308" />
            <source>Workers must answer</source>
            <translation>Worker müssen antworten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="310" />
            <source>A hint shown in the empty box</source>
            <translation>Ein Hinweis im leeren Feld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="324" />
            <source>e.g. Poor</source>
            <translation>z. B. Schlecht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="325" />
            <source>Label of the lowest value</source>
            <translation>Beschriftung des niedrigsten Werts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="327" />
            <source>e.g. Excellent</source>
            <translation>z. B. Ausgezeichnet</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="328" />
            <source>Label of the highest value</source>
            <translation>Beschriftung des höchsten Werts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="329" />
            <source>Lowest value</source>
            <translation>Niedrigster Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="330" />
            <source>Highest value</source>
            <translation>Höchster Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="331" />
            <source>from</source>
            <translation>von</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="332" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="337" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="338" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="394" />
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="339" />
            <source>Hint</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="340" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="398" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="341" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="341" />
            <source>Options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="342" />
            <source>Scale</source>
            <translation>Skala</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="370" />
            <source>No field selected</source>
            <translation>Kein Feld gewählt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="371" />
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
            <location filename="../../src/workbench/models/designer.py" line="204" />
            <source>{kind} “{name}” (answers as {name})</source>
            <translation>{kind} „{name}“ (antwortet als {name})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/models/designer.py" line="206" />
            <source>{kind} “{name}” (shows only)</source>
            <translation>{kind} „{name}“ (nur Anzeige)</translation>
        </message>
        <message>
            <source>Typing in “{field}”</source>
            <translation>Tippen in „{field}“</translation>
        </message>
        <message>
            <source>Editing the options of “{field}”</source>
            <translation>Optionen von „{field}“ bearbeiten</translation>
        </message>
        <message>
            <source>Changing “Workers must answer” of “{field}”</source>
            <translation>„Worker müssen antworten“ von „{field}“ ändern</translation>
        </message>
        <message>
            <source>Changing the scale of “{field}”</source>
            <translation>Skala von „{field}“ ändern</translation>
        </message>
        <message>
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
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="161" />
            <source>Which rows?</source>
            <translation>Welche Zeilen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="162" />
            <source>A CSV file (any common encoding) or an Excel workbook: one HIT per row, each ${placeholder} filled from the column of that name.</source>
            <translation>Eine CSV-Datei (jede übliche Kodierung) oder eine Excel-Arbeitsmappe: ein HIT je Zeile, jeder ${placeholder} aus der gleichnamigen Spalte gefüllt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="165" />
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="167" />
            <source>No file chosen.</source>
            <translation>Keine Datei gewählt.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="169" />
            <source>Sheet</source>
            <translation>Tabellenblatt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="174" />
            <source>Reading progress</source>
            <translation>Lesefortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="176" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="186" />
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="206" />
            <source>Input rows</source>
            <translation>Eingabezeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="207" />
            <source>Input files (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
            <translation>Eingabedateien (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="233" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="239" />
            <source>Reading the input</source>
            <translation>Eingabe wird gelesen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="253" />
            <source>{step}: {count} rows</source>
            <translation>{step}: {count} Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="260" />
            <source>Reading cancelled.</source>
            <translation>Lesen abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="286" />
            <source>{rows} rows, but the template needs column(s) the file does not have: {missing} (columns: {columns}).</source>
            <translation>{rows} Zeilen, aber die Vorlage braucht Spalten, die die Datei nicht hat: {missing} (Spalten: {columns}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="293" />
            <source>{rows} rows, {columns} columns{encoding}. Columns in bold fill the template's placeholders.</source>
            <translation>{rows} Zeilen, {columns} Spalten{encoding}. Fett gedruckte Spalten füllen die Platzhalter der Vorlage.</translation>
        </message>
        <message>
            <source>UTF-8 (with BOM)</source>
            <translation>UTF-8 (mit BOM)</translation>
        </message>
        <message>
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
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="312" />
            <source>Preview the HITs</source>
            <translation>Vorschau der HITs</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="313" />
            <source>Choose any row to see its page; fill in the form and Submit to see the answer the workbench would store.</source>
            <translation>Wählen Sie eine beliebige Zeile, um ihre Seite zu sehen; füllen Sie das Formular aus und klicken Sie auf „Submit“, um die Antwort zu sehen, die die Workbench speichern würde.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="316" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="318" />
            <source>Row to preview</source>
            <translation>Zeile für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="324" />
            <source>Checking progress</source>
            <translation>Prüffortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="331" />
            <source>Input rows</source>
            <translation>Eingabezeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="358" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="381" />
            <source>Rendering every row's page to check it…</source>
            <translation>Die Seite jeder Zeile wird zur Prüfung erzeugt…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="387" />
            <source>Checking every row</source>
            <translation>Jede Zeile wird geprüft</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="113" />
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="124" />
            <source>No problems: the page is ready to publish.</source>
            <translation>Keine Probleme: Die Seite kann veröffentlicht werden.</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="83" />
            <source>HIT properties</source>
            <translation>HIT-Eigenschaften</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="84" />
            <source>What workers see in the list of HITs, what each assignment pays, and how long the HITs stay up.</source>
            <translation>Was Worker in der HIT-Liste sehen, was jede Zuweisung zahlt und wie lange die HITs verfügbar bleiben.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="91" />
            <source>e.g. image, classification, quick</source>
            <translation>z. B. Bild, Klassifikation, schnell</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="95" />
            <source>Reward in dollars</source>
            <translation>Vergütung in Dollar</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="99" />
            <source>Different workers who do each HIT</source>
            <translation>Verschiedene Worker, die jeden HIT bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="110" />
            <source>per assignment, before MTurk's fee</source>
            <translation>je Zuweisung, vor der MTurk-Gebühr</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="113" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="114" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="115" />
            <source>Keywords</source>
            <translation>Stichwörter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="116" />
            <source>Reward</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="120" />
            <source>Assignments per HIT</source>
            <translation>Zuweisungen je HIT</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="121" />
            <source>Available for</source>
            <translation>Verfügbar für</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="122" />
            <source>Time per assignment</source>
            <translation>Zeit je Zuweisung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="123" />
            <source>Auto-approve after</source>
            <translation>Automatisch genehmigen nach</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="135" />
            <source>Qualification requirements</source>
            <translation>Qualifikationsvoraussetzungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="153" />
            <source>e.g. 45m, 2h, 3d or 1w</source>
            <translation>z. B. 45m, 2h, 3d oder 1w</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="187" />
            <source>Qualification requirements: {problem}</source>
            <translation>Qualifikationsvoraussetzungen: {problem}</translation>
        </message>
        <message>
            <source>Workers who qualify</source>
            <translation>Qualifizierte Worker</translation>
        </message>
        <message>
            <source>Write a title and a description for workers to continue.</source>
            <translation>Schreiben Sie einen Titel und eine Beschreibung für die Worker, um fortzufahren.</translation>
        </message>
        <message>
            <source>Write a title for workers to continue.</source>
            <translation>Schreiben Sie einen Titel für die Worker, um fortzufahren.</translation>
        </message>
        <message>
            <source>Write a description for workers to continue.</source>
            <translation>Schreiben Sie eine Beschreibung für die Worker, um fortzufahren.</translation>
        </message>
    </context>
    <context>
        <name>PublishPage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="397" />
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="406" />
            <source>Publish</source>
            <translation>Veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="398" />
            <source>Every row becomes one HIT, created exactly once: publishing again after a cancel or a failure finishes the batch without duplicates.</source>
            <translation>Jede Zeile wird ein HIT, genau einmal erstellt: Erneutes Veröffentlichen nach Abbruch oder Fehler vervollständigt den Batch ohne Duplikate.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="402" />
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="418" />
            <source>Batch name</source>
            <translation>Batch-Name</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="409" />
            <source>Cancel publishing</source>
            <translation>Veröffentlichen abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="413" />
            <source>Publishing progress</source>
            <translation>Veröffentlichungsfortschritt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="442" />
            <source>real money</source>
            <translation>echtes Geld</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="442" />
            <source>no real money</source>
            <translation>kein echtes Geld</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="444" />
            <source>{hits} HITs of “{title}” × %n assignment(s) at {reward}, from {source} with the page “{page}”, to {account} ({kind}: {money}). At most {total} with fees.</source>
            <translation>
                <numerusform>{hits} HITs „{title}“ × %n Zuweisung zu {reward}, aus {source} mit der Seite „{page}“, an {account} ({kind}: {money}). Höchstens {total} mit Gebühren.</numerusform>
                <numerusform>{hits} HITs „{title}“ × %n Zuweisungen zu {reward}, aus {source} mit der Seite „{page}“, an {account} ({kind}: {money}). Höchstens {total} mit Gebühren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="449" />
            <source>the input</source>
            <translation>der Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="453" />
            <source>Publish {count} HITs</source>
            <translation>{count} HITs veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="463" />
            <source>Spend real money?</source>
            <translation>Echtes Geld ausgeben?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="464" />
            <source>{account} is a real MTurk account. Publishing may cost up to {total}. Publish?</source>
            <translation>{account} ist ein echtes MTurk-Konto. Das Veröffentlichen kann bis zu {total} kosten. Veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="470" />
            <source>Checking for an earlier batch of the same rows…</source>
            <translation>Suche nach einem früheren Batch mit denselben Zeilen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="480" />
            <source>Finish the earlier batch?</source>
            <translation>Den früheren Batch abschließen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="481" />
            <source>These rows were already sent as “{batch}”, which has {published} of {total} HITs. Finish that batch (no duplicates) instead of starting a new one?</source>
            <translation>Diese Zeilen wurden bereits als „{batch}“ gesendet, der {published} von {total} HITs hat. Diesen Batch abschließen (ohne Duplikate), statt einen neuen zu beginnen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="493" />
            <source>Published before</source>
            <translation>Schon veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="494" />
            <source>These rows, this page and these properties were already published as “{batch}” ({total} HITs). Publish a second copy?</source>
            <translation>Diese Zeilen, diese Seite und diese Eigenschaften wurden bereits als „{batch}“ veröffentlicht ({total} HITs). Eine zweite Kopie veröffentlichen?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="508" />
            <source>Checking every row</source>
            <translation>Jede Zeile wird geprüft</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="524" />
            <source>Publishing…</source>
            <translation>Wird veröffentlicht…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="527" />
            <source>Publishing {batch}</source>
            <translation>{batch} wird veröffentlicht</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="538" />
            <source>{step}: {done} of {total}</source>
            <translation>{step}: {done} von {total}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="547" />
            <source>Cancelled with {published} of {total} HITs published. The batch is kept: resume it from the Batches page and the rest are made, each once.</source>
            <translation>Abgebrochen mit {published} von {total} veröffentlichten HITs. Der Batch bleibt erhalten: Setzen Sie ihn auf der Seite „Batches“ fort, dann wird der Rest erstellt, jeder einmal.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="552" />
            <source>{count} created now</source>
            <translation>{count} jetzt erstellt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="554" />
            <source>{count} found already made</source>
            <translation>{count} bereits erstellt vorgefunden</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="556" />
            <source>{count} before</source>
            <translation>{count} vorher</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="558" />
            <source>Published {count} HITs ({details}).</source>
            <translation>{count} HITs veröffentlicht ({details}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="562" />
            <source>Publish the rest</source>
            <translation>Den Rest veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="567" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="570" />
            <source>Not published: {error}</source>
            <translation>Nicht veröffentlicht: {error}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_publish.py" line="576" />
            <source>Cancelling: HITs being created now are kept…</source>
            <translation>Wird abgebrochen: HITs, die gerade erstellt werden, bleiben erhalten…</translation>
        </message>
    </context>
    <context>
        <name>PublishWizard</name>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="35" />
            <source>Publish a batch to {account}</source>
            <translation>Einen Batch in {account} veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="70" />
            <source>{name} (again)</source>
            <translation>{name} (erneut)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="92" />
            <source>Choose the file whose rows become HITs.</source>
            <translation>Wählen Sie die Datei, deren Zeilen zu HITs werden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="97" />
            <source>Publishing continues</source>
            <translation>Veröffentlichen läuft weiter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/wizard.py" line="98" />
            <source>The batch is still being published; its progress (and Cancel) stay in the main window's status bar.</source>
            <translation>Der Batch wird noch veröffentlicht; sein Fortschritt (und „Abbrechen“) bleiben in der Statusleiste des Hauptfensters.</translation>
        </message>
        <message>
            <source>Discard this batch?</source>
            <translation>Diesen Batch verwerfen?</translation>
        </message>
        <message>
            <source>The template, the input file, the texts and the requirements you chose for this batch will be lost.</source>
            <translation>Die Vorlage, die Eingabedatei, die Texte und die Voraussetzungen, die Sie für diesen Batch gewählt haben, gehen verloren.</translation>
        </message>
    </context>
    <context>
        <name>RichTextEditor</name>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="88" />
            <source>Instructions text</source>
            <translation>Anleitungstext</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="91" />
            <source>Bold</source>
            <translation>Fett</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="92" />
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="94" />
            <source>Underline</source>
            <translation>Unterstrichen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="96" />
            <source>• List</source>
            <translation>• Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="96" />
            <source>Bulleted list</source>
            <translation>Aufzählung</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="98" />
            <source>1. List</source>
            <translation>1. Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="98" />
            <source>Numbered list</source>
            <translation>Nummerierte Liste</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="100" />
            <source>Link…</source>
            <translation>Link…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="100" />
            <location filename="../../src/workbench/views/designer/field_editor.py" line="164" />
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="105" />
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="113" />
            <source>Insert column</source>
            <translation>Spalte einfügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="114" />
            <source>Insert a ${column} placeholder of the input</source>
            <translation>Einen ${column}-Platzhalter der Eingabe einfügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/field_editor.py" line="165" />
            <source>Address (https://… or ${column}):</source>
            <translation>Adresse (https://… oder ${column}):</translation>
        </message>
    </context>
    <context>
        <name>RowCheck</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="47" />
            <source>All {count} rows render; the largest page (row {row}) is {size} KB of MTurk's 64 KB.</source>
            <translation>Alle {count} Zeilen lassen sich darstellen; die größte Seite (Zeile {row}) hat {size} KB von MTurks 64 KB.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="53" />
            <source>1 row makes a page over MTurk's 64 KB (row {rows}); it is {size} KB.</source>
            <translation>1 Zeile ergibt eine Seite über MTurks 64 KB (Zeile {rows}); sie hat {size} KB.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="55" />
            <source>{count} rows make a page over MTurk's 64 KB (rows {rows}); the largest is {size} KB.</source>
            <translation>{count} Zeilen ergeben eine Seite über MTurks 64 KB (Zeilen {rows}); die größte hat {size} KB.</translation>
        </message>
    </context>
    <context>
        <name>SampleRow</name>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="159" />
            <source>Sample values (type your own, or load an input file):</source>
            <translation>Beispielwerte (eigene eintippen oder eine Eingabedatei laden):</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="163" />
            <source>Row </source>
            <translation>Zeile </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="165" />
            <source>Input row shown in the preview</source>
            <translation>In der Vorschau gezeigte Eingabezeile</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="169" />
            <source>Load input file…</source>
            <translation>Eingabedatei laden…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="174" />
            <source>Placeholder</source>
            <translation>Platzhalter</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="174" />
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="175" />
            <source>Sample values</source>
            <translation>Beispielwerte</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="208" />
            <source> of {count}</source>
            <translation> von {count}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="212" />
            <source>the input</source>
            <translation>der Eingabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/panels.py" line="233" />
            <source>(no such column in the input)</source>
            <translation>(keine solche Spalte in der Eingabe)</translation>
        </message>
        <message>
            <source>Rows of {file} ({rows} rows, {columns}):</source>
            <translation>Zeilen von {file} ({rows} Zeilen, {columns}):</translation>
        </message>
        <message numerus="yes">
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
            <location filename="../../src/workbench/views/designer/source.py" line="81" />
            <source>HTML source</source>
            <translation>HTML-Quelltext</translation>
        </message>
    </context>
    <context>
        <name>SpendChart</name>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="34" />
            <source>Rewards</source>
            <translation>Vergütungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="34" />
            <source>Bonuses</source>
            <translation>Boni</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="35" />
            <source>Fees</source>
            <translation>Gebühren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="63" />
            <source>{amount} paid, by {period}. Point at a bar to see its exact values.</source>
            <translation>{amount} bezahlt, je {period}. Zeigen Sie auf einen Balken, um seine genauen Werte zu sehen.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/spend.py" line="74" />
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
            <location filename="../../src/workbench/views/designer/preview.py" line="219" />
            <source>Offline preview: nothing is fetched from the network; crowd elements are drawn locally and images show as placeholders.</source>
            <translation>Offline-Vorschau: Nichts wird aus dem Netz geladen; crowd-Elemente werden lokal gezeichnet, Bilder erscheinen als Platzhalter.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="227" />
            <location filename="../../src/workbench/views/designer/preview.py" line="252" />
            <source>Task preview</source>
            <translation>Aufgabenvorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="242" />
            <source>The preview appears here.</source>
            <translation>Hier erscheint die Vorschau.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/preview.py" line="272" />
            <source>QtWebEngine is not available here, so the page cannot be drawn. Its HTML, filled from the row:</source>
            <translation>QtWebEngine ist hier nicht verfügbar, daher kann die Seite nicht gezeichnet werden. Ihr HTML, aus der Zeile gefüllt:</translation>
        </message>
        <message>
            <source>Files the page fetches</source>
            <translation>Dateien, die die Seite lädt</translation>
        </message>
        <message numerus="yes">
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
            <location filename="../../src/workbench/views/designer/designer.py" line="102" />
            <source>Template designer</source>
            <translation>Vorlagen-Designer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="127" />
            <source>Fields</source>
            <translation>Felder</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="133" />
            <location filename="../../src/workbench/views/designer/designer.py" line="162" />
            <source>Page title</source>
            <translation>Seitentitel</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="136" />
            <source>Add field</source>
            <translation>Feld hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="137" />
            <source>Add a field after the selected one</source>
            <translation>Ein Feld nach dem gewählten hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="144" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="145" />
            <source>Remove the selected field (Delete); Ctrl+Z brings it back</source>
            <translation>Das gewählte Feld entfernen (Entf); Strg+Z holt es zurück</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="148" />
            <source>Move the selected field up (Alt+Up)</source>
            <translation>Das gewählte Feld nach oben schieben (Alt+Nach-oben)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="149" />
            <source>Move field up</source>
            <translation>Feld nach oben</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="151" />
            <source>Move the selected field down (Alt+Down)</source>
            <translation>Das gewählte Feld nach unten schieben (Alt+Nach-unten)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="152" />
            <source>Move field down</source>
            <translation>Feld nach unten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="167" />
            <source>Fields, in the order workers see them</source>
            <translation>Felder, in der Reihenfolge, in der Worker sie sehen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="182" />
            <source>This page's HTML is its own (imported, or edited by hand), so it is edited in the HTML tab. These are the fields found in it and the answer names they give:</source>
            <translation>Das HTML dieser Seite ist eigenständig (importiert oder von Hand bearbeitet) und wird daher im Tab „HTML“ bearbeitet. Dies sind die darin gefundenen Felder und ihre Antwortnamen:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="187" />
            <source>Back to the designed page</source>
            <translation>Zurück zur entworfenen Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="188" />
            <source>Replace the HTML with the page the designer makes (undo with Ctrl+Z in the HTML tab)</source>
            <translation>Das HTML durch die Seite des Designers ersetzen (rückgängig mit Strg+Z im Tab „HTML“)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="231" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="232" />
            <source>HTML</source>
            <translation>HTML</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="252" />
            <location filename="../../src/workbench/views/designer/designer.py" line="463" />
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="259" />
            <source>Blank design</source>
            <translation>Leerer Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="262" />
            <source>From preset: {preset}</source>
            <translation>Aus Vorgabe: {preset}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="265" />
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="266" />
            <source>Start a new template: blank, or from a preset</source>
            <translation>Eine neue Vorlage beginnen: leer oder aus einer Vorgabe</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="272" />
            <source>New blank design</source>
            <translation>Neuer leerer Entwurf</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="273" />
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="274" />
            <source>Import HTML…</source>
            <translation>HTML importieren…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="275" />
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="276" />
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="278" />
            <source>Refresh preview</source>
            <translation>Vorschau aktualisieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="281" />
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="291" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="293" />
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="299" />
            <source> Name: </source>
            <translation> Name: </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="303" />
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="317" />
            <source>Remove field</source>
            <translation>Feld entfernen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="388" />
            <source>Import an HTML template</source>
            <translation>Eine HTML-Vorlage importieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="389" />
            <source>HTML templates (*.html *.htm *.xml *.txt);;All files (*)</source>
            <translation>HTML-Vorlagen (*.html *.htm *.xml *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="395" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="401" />
            <source>Imported {file}: {placeholders}, {fields} found.</source>
            <translation>{file} importiert: {placeholders}, {fields} gefunden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/designer.py" line="403" />
            <source>%n placeholder(s)</source>
            <translation>
                <numerusform>%n Platzhalter</numerusform>
                <numerusform>%n Platzhalter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/workbench/views/designer/designer.py" line="404" />
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n Feld</numerusform>
                <numerusform>%n Felder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="410" />
            <source>Save template</source>
            <translation>Vorlage speichern</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="411" />
            <source>Template name:</source>
            <translation>Name der Vorlage:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="423" />
            <source>Saved “{name}”, version {version}.</source>
            <translation>„{name}“ gespeichert, Version {version}.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="428" />
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="437" />
            <location filename="../../src/workbench/views/designer/designer.py" line="459" />
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="438" />
            <source>The template has unsaved changes. Save them first?</source>
            <translation>Die Vorlage hat ungespeicherte Änderungen. Zuerst speichern?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="457" />
            <source>Saved as version {version}</source>
            <translation>Gespeichert als Version {version}</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="461" />
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="464" />
            <source>{name} — Template designer</source>
            <translation>{name} — Vorlagen-Designer</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="542" />
            <source>Edit the HTML</source>
            <translation>HTML bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="576" />
            <source>Page size with this row: {size} KB of MTurk's 64 KB</source>
            <translation>Seitengröße mit dieser Zeile: {size} KB von MTurks 64 KB</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="617" />
            <source>Rows to preview</source>
            <translation>Zeilen für die Vorschau</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="618" />
            <source>Input files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
            <translation>Eingabedateien (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="622" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="627" />
            <source>Which sheet?</source>
            <translation>Welches Tabellenblatt?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="627" />
            <source>Sheet:</source>
            <translation>Tabellenblatt:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="640" />
            <source>Previewing rows of {file} ({rows}).</source>
            <translation>Vorschau der Zeilen von {file} ({rows}).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="641" />
            <source>{count} rows</source>
            <translation>{count} Zeilen</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/designer/designer.py" line="648" />
            <source>Input not read</source>
            <translation>Eingabe nicht gelesen</translation>
        </message>
        <message>
            <source>Template state</source>
            <translation>Zustand der Vorlage</translation>
        </message>
    </context>
    <context>
        <name>TemplatePage</name>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="49" />
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="51" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="53" />
            <source>a crowd-form page</source>
            <translation>eine crowd-form-Seite</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="54" />
            <source>a classic MTurk form</source>
            <translation>ein klassisches MTurk-Formular</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="56" />
            <source>Input columns it needs:</source>
            <translation>Benötigte Eingabespalten:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="57" />
            <source>Answers stored as:</source>
            <translation>Antworten gespeichert als:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="64" />
            <source>Check:</source>
            <translation>Prüfung:</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="91" />
            <source>Which task page?</source>
            <translation>Welche Aufgabenseite?</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="92" />
            <source>A saved template, a preset, or an HTML file with ${placeholders} (an MTurk template works as it is).</source>
            <translation>Eine gespeicherte Vorlage, eine Vorgabe oder eine HTML-Datei mit ${placeholders} (eine MTurk-Vorlage funktioniert unverändert).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="99" />
            <source>About the chosen template</source>
            <translation>Über die gewählte Vorlage</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="101" />
            <source>Import HTML file…</source>
            <translation>HTML-Datei importieren…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="103" />
            <source>Open in the designer…</source>
            <translation>Im Designer öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="104" />
            <source>Edit the chosen template (or design a new one); save it and it is chosen here</source>
            <translation>Die gewählte Vorlage bearbeiten (oder eine neue entwerfen); gespeichert wird sie hier gewählt</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="140" />
            <source>Import an HTML template</source>
            <translation>Eine HTML-Vorlage importieren</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="141" />
            <source>HTML templates (*.html *.htm *.xml *.txt);;All files (*)</source>
            <translation>HTML-Vorlagen (*.html *.htm *.xml *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/wizard/pages_input.py" line="147" />
            <source>Not imported</source>
            <translation>Nicht importiert</translation>
        </message>
        <message>
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
            <location filename="../../src/workbench/views/charts/approval.py" line="200" />
            <source>workers</source>
            <translation>Worker</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="219" />
            <source>You rejected work of {rejected} of {count} workers (your decisions only; MTurk's approval rate counts every requester).</source>
            <translation>Sie haben Arbeit von {rejected} von {count} Workern abgelehnt (nur Ihre Entscheidungen; MTurks Genehmigungsquote zählt alle Requester).</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="223" />
            <source>{count} more have nothing decided yet.</source>
            <translation>Bei {count} weiteren ist noch nichts entschieden.</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="233" />
            <source>1 worker ({share}%) with an approval rate of {band} on your decided work</source>
            <translation>1 Worker ({share} %) mit einer Genehmigungsquote von {band} bei Ihrer entschiedenen Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/workbench/views/charts/approval.py" line="235" />
            <source>{count} workers ({share}%) with an approval rate of {band} on your decided work</source>
            <translation>{count} Worker ({share} %) mit einer Genehmigungsquote von {band} bei Ihrer entschiedenen Arbeit</translation>
        </message>
    </context>
</TS>
