<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>WorkerSite</name>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>The HIT was returned; someone else can take it now.</source>
        <translation>Der HIT wurde zurückgegeben; jemand anderes kann ihn jetzt übernehmen.</translation>
    </message>
    <message>
        <source>Your work was submitted. Thank you!</source>
        <translation>Ihre Arbeit wurde eingereicht. Vielen Dank!</translation>
    </message>
    <message>
        <source>There are no more HITs in that group for you.</source>
        <translation>In dieser Gruppe gibt es keine weiteren HITs für Sie.</translation>
    </message>
    <message>
        <source>Your request was sent to the requester.</source>
        <translation>Ihre Anfrage wurde an den Auftraggeber gesendet.</translation>
    </message>
    <message>
        <source>The qualification was granted.</source>
        <translation>Die Qualifikation wurde erteilt.</translation>
    </message>
    <message>
        <source>Your test was handed in.</source>
        <translation>Ihr Test wurde abgegeben.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Diese Seite gibt es nicht.</translation>
    </message>
    <message>
        <source>That cannot be done to this page.</source>
        <translation>Das ist mit dieser Seite nicht möglich.</translation>
    </message>
    <message>
        <source>What was sent is too large.</source>
        <translation>Das Gesendete ist zu groß.</translation>
    </message>
    <message>
        <source>You are not signed in (or your invitation was revoked). Sign in with your link and try again.</source>
        <translation>Sie sind nicht angemeldet (oder Ihre Einladung wurde widerrufen). Melden Sie sich mit Ihrem Link an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Im Test</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>{n} Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>{n} Stunde</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>{n} Minute</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <source>{n} second</source>
        <translation>{n} Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>There is no such HIT.</source>
        <translation>Diesen HIT gibt es nicht.</translation>
    </message>
    <message>
        <source>This requester no longer accepts work from you.</source>
        <translation>Dieser Auftraggeber nimmt keine Arbeit mehr von Ihnen an.</translation>
    </message>
    <message>
        <source>You have already accepted or submitted this HIT.</source>
        <translation>Sie haben diesen HIT bereits angenommen oder eingereicht.</translation>
    </message>
    <message>
        <source>There is no such assignment.</source>
        <translation>Diese Aufgabe gibt es nicht.</translation>
    </message>
    <message>
        <source>Your invitation was revoked.</source>
        <translation>Ihre Einladung wurde widerrufen.</translation>
    </message>
    <message>
        <source>This assignment can no longer be worked on.</source>
        <translation>Diese Aufgabe kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <source>Your invitation was revoked; this work can no longer be submitted.</source>
        <translation>Ihre Einladung wurde widerrufen; diese Arbeit kann nicht mehr eingereicht werden.</translation>
    </message>
    <message>
        <source>This HIT&apos;s page cannot be shown here.</source>
        <translation>Die Seite dieses HITs kann hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>This HIT&apos;s questions cannot be read.</source>
        <translation>Die Fragen dieses HITs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Too many sign-ins with tokens that are not valid came from your network just now. Wait {wait} and try again, with the whole link or token the requester sent you.</source>
        <translation>Aus Ihrem Netzwerk kamen gerade zu viele Anmeldungen mit ungültigen Tokens. Warten Sie {wait} und versuchen Sie es dann erneut, mit dem vollständigen Link oder Token, den der Auftraggeber Ihnen gesendet hat.</translation>
    </message>
    <message>
        <source>Too many wrong tokens were tried for this sign-in link just now. Wait {wait} and try again with the whole link, or ask the requester for a new one.</source>
        <translation>Für diesen Anmeldelink wurden gerade zu viele falsche Tokens versucht. Warten Sie {wait} und versuchen Sie es dann mit dem vollständigen Link erneut, oder bitten Sie den Auftraggeber um einen neuen.</translation>
    </message>
    <message>
        <source>That sign-in link or token is not valid: it may have been mistyped, replaced by a newer one, or revoked. Ask the requester for a new one.</source>
        <translation>Dieser Anmeldelink oder Token ist ungültig: Er wurde vielleicht falsch eingegeben, durch einen neueren ersetzt oder widerrufen. Bitten Sie den Auftraggeber um einen neuen.</translation>
    </message>
    <message>
        <source>There is no such test.</source>
        <translation>Diesen Test gibt es nicht.</translation>
    </message>
    <message>
        <source>This test is over: it was handed in or its time ran out.</source>
        <translation>Dieser Test ist vorbei: Er wurde abgegeben oder seine Zeit ist abgelaufen.</translation>
    </message>
    <message>
        <source>This form was sent from another site; it was ignored.</source>
        <translation>Dieses Formular wurde von einer anderen Website gesendet; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this site. Reload the page and try again.</source>
        <translation>Dieses Formular ist abgelaufen oder kam nicht von dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Send this as a web form.</source>
        <translation>Senden Sie dies als Webformular.</translation>
    </message>
    <message>
        <source>Files cannot be uploaded here.</source>
        <translation>Hier können keine Dateien hochgeladen werden.</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>this HIT is no longer available</source>
        <translation>dieser HIT ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <source>you do not meet the qualification requirements to preview this HIT</source>
        <translation>Sie erfüllen die Qualifikationsanforderungen für die Vorschau dieses HITs nicht</translation>
    </message>
    <message>
        <source>this requester does not accept work from you</source>
        <translation>dieser Auftraggeber nimmt keine Arbeit von Ihnen an</translation>
    </message>
    <message>
        <source>you do not meet the qualification requirements of this HIT</source>
        <translation>Sie erfüllen die Qualifikationsanforderungen dieses HITs nicht</translation>
    </message>
    <message>
        <source>you have already accepted or submitted this HIT</source>
        <translation>Sie haben diesen HIT bereits angenommen oder eingereicht</translation>
    </message>
    <message>
        <source>there are no more assignments available for this HIT</source>
        <translation>für diesen HIT sind keine Aufgaben mehr verfügbar</translation>
    </message>
    <message>
        <source>this assignment is {status}; it cannot be submitted again</source>
        <translation>diese Aufgabe ist {status}; sie kann nicht noch einmal eingereicht werden</translation>
    </message>
    <message>
        <source>the time allowed for this assignment has run out</source>
        <translation>die Zeit für diese Aufgabe ist abgelaufen</translation>
    </message>
    <message>
        <source>this assignment is {status}; it cannot be returned</source>
        <translation>diese Aufgabe ist {status}; sie kann nicht zurückgegeben werden</translation>
    </message>
    <message>
        <source>no such assignment</source>
        <translation>diese Aufgabe gibt es nicht</translation>
    </message>
    <message>
        <source>there is no such qualification</source>
        <translation>diese Qualifikation gibt es nicht</translation>
    </message>
    <message>
        <source>this qualification is not open to requests</source>
        <translation>diese Qualifikation kann nicht angefragt werden</translation>
    </message>
    <message>
        <source>your request is waiting for the requester&apos;s decision</source>
        <translation>Ihre Anfrage wartet auf die Entscheidung des Auftraggebers</translation>
    </message>
    <message>
        <source>you already hold this qualification</source>
        <translation>Sie haben diese Qualifikation bereits</translation>
    </message>
    <message>
        <source>this qualification can be requested only once</source>
        <translation>diese Qualifikation kann nur einmal angefragt werden</translation>
    </message>
    <message>
        <source>you can ask again after {when}</source>
        <translation>Sie können nach {when} erneut anfragen</translation>
    </message>
    <message>
        <source>please answer {question}</source>
        <translation>bitte beantworten Sie {question}</translation>
    </message>
    <message>
        <source>no such test</source>
        <translation>diesen Test gibt es nicht</translation>
    </message>
    <message>
        <source>the time allowed for this test has run out</source>
        <translation>die Zeit für diesen Test ist abgelaufen</translation>
    </message>
    <message>
        <source>A test of up to {duration}.</source>
        <translation>Ein Test von höchstens {duration}.</translation>
    </message>
    <message>
        <source>A test.</source>
        <translation>Ein Test.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept &amp; work</source>
        <translation>Annehmen &amp; bearbeiten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>Antwort {number}</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to HITs</source>
        <translation>Zurück zu den HITs</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Back to the HITs</source>
        <translation>Zurück zu den HITs</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>By requester</source>
        <translation>Nach Auftraggeber</translation>
    </message>
    <message>
        <source>Can be requested only once.</source>
        <translation>Kann nur einmal angefragt werden.</translation>
    </message>
    <message>
        <source>Continue the test</source>
        <translation>Test fortsetzen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Verdienst</translation>
    </message>
    <message>
        <source>Earnings: owed and paid</source>
        <translation>Verdienst: offen und ausgezahlt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Granted when you ask.</source>
        <translation>Wird auf Anfrage erteilt.</translation>
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
        <source>HITs you can work on</source>
        <translation>HITs, die Sie bearbeiten können</translation>
    </message>
    <message>
        <source>Hand in the test</source>
        <translation>Test abgeben</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Highest reward</source>
        <translation>Höchste Vergütung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptmenü</translation>
    </message>
    <message>
        <source>Messages from requesters</source>
        <translation>Nachrichten von Auftraggebern</translation>
    </message>
    <message>
        <source>Most HITs</source>
        <translation>Meiste HITs</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next HIT in this group</source>
        <translation>Nächster HIT dieser Gruppe</translation>
    </message>
    <message>
        <source>No HITs match “{search}”.</source>
        <translation>Keine HITs passen zu „{search}“.</translation>
    </message>
    <message>
        <source>No payouts yet: requesters pay what they owe you in payout runs (through a payout service such as PayPal); each one shows here once they mark it paid.</source>
        <translation>Noch keine Auszahlungen: Auftraggeber zahlen, was sie Ihnen schulden, in Auszahlungsläufen (über einen Zahlungsdienst wie PayPal); jede Auszahlung erscheint hier, sobald sie als bezahlt markiert ist.</translation>
    </message>
    <message>
        <source>No requester offers qualifications right now.</source>
        <translation>Zurzeit bietet kein Auftraggeber Qualifikationen an.</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Nothing earned yet: rewards count once requesters approve your work.</source>
        <translation>Noch nichts verdient: Vergütungen zählen, sobald Auftraggeber Ihre Arbeit genehmigen.</translation>
    </message>
    <message>
        <source>Nothing here yet. Work you submit or return shows up here, with the requester&apos;s decision.</source>
        <translation>Hier ist noch nichts. Arbeit, die Sie einreichen oder zurückgeben, erscheint hier mit der Entscheidung des Auftraggebers.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Open the sign-in link the requester sent you, or paste the token from it below.</source>
        <translation>Öffnen Sie den Anmeldelink, den der Auftraggeber Ihnen gesendet hat, oder fügen Sie den Token daraus unten ein.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Owed to you</source>
        <translation>Ihnen geschuldet</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>Paid to you</source>
        <translation>An Sie ausgezahlt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Qualification test</source>
        <translation>Qualifikationstest</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifikationen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Auftraggeber</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Rewards and bonuses earned</source>
        <translation>Verdiente Vergütungen und Boni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search titles, requesters, keywords</source>
        <translation>Titel, Auftraggeber, Stichwörter</translation>
    </message>
    <message>
        <source>Show all HITs</source>
        <translation>Alle HITs zeigen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign-in token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>Some HITs need a qualification. Ask for one here; some are granted at once, some by a short test, some by the requester.</source>
        <translation>Manche HITs erfordern eine Qualifikation. Fragen Sie sie hier an; manche werden sofort erteilt, manche nach einem kurzen Test, manche vom Auftraggeber.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Take the test</source>
        <translation>Test ablegen</translation>
    </message>
    <message>
        <source>Take the test again</source>
        <translation>Test erneut ablegen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>The requester approved this work; {amount} was added to your {earnings}.</source>
        <translation>Der Auftraggeber hat diese Arbeit genehmigt; {amount} wurde Ihrem {earnings} gutgeschrieben.</translation>
    </message>
    <message>
        <source>The requester decides.</source>
        <translation>Der Auftraggeber entscheidet.</translation>
    </message>
    <message>
        <source>The requester rejected this work.</source>
        <translation>Der Auftraggeber hat diese Arbeit abgelehnt.</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>The time allowed for this HIT has run out; it has gone back to other workers.</source>
        <translation>Die Zeit für diesen HIT ist abgelaufen; er steht wieder anderen Workern zur Verfügung.</translation>
    </message>
    <message>
        <source>The time allowed for this HIT ran out before it was submitted, so it went back to other workers.</source>
        <translation>Die Zeit für diesen HIT lief ab, bevor er eingereicht wurde; er steht daher wieder anderen Workern zur Verfügung.</translation>
    </message>
    <message>
        <source>The token is yours alone: do not share it. If someone else may have it, ask the requester to replace it.</source>
        <translation>Der Token gehört nur Ihnen: Geben Sie ihn nicht weiter. Wenn jemand anderes ihn haben könnte, bitten Sie den Auftraggeber, ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Their feedback: “{feedback}”</source>
        <translation>Seine Rückmeldung: „{feedback}“</translation>
    </message>
    <message>
        <source>There are no HITs for you right now. New work appears here as soon as a requester publishes it.</source>
        <translation>Zurzeit gibt es keine HITs für Sie. Neue Arbeit erscheint hier, sobald ein Auftraggeber sie veröffentlicht.</translation>
    </message>
    <message>
        <source>This is a preview: accept the HIT to work on it and submit your answers.</source>
        <translation>Dies ist eine Vorschau: Nehmen Sie den HIT an, um ihn zu bearbeiten und Ihre Antworten einzureichen.</translation>
    </message>
    <message>
        <source>This test cannot be taken again.</source>
        <translation>Dieser Test kann nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Time allotted</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Time ran out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Waiting for the requester.</source>
        <translation>Wartet auf den Auftraggeber.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>You can ask again after {when}.</source>
        <translation>Sie können nach {when} erneut anfragen.</translation>
    </message>
    <message>
        <source>You can take the test again after {when}.</source>
        <translation>Sie können den Test nach {when} erneut ablegen.</translation>
    </message>
    <message>
        <source>You cannot accept this HIT</source>
        <translation>Sie können diesen HIT nicht annehmen</translation>
    </message>
    <message>
        <source>You cannot accept this HIT.</source>
        <translation>Sie können diesen HIT nicht annehmen.</translation>
    </message>
    <message>
        <source>You cannot accept this HIT: none left.</source>
        <translation>Sie können diesen HIT nicht annehmen: keiner mehr übrig.</translation>
    </message>
    <message>
        <source>You returned this HIT; someone else can take it now.</source>
        <translation>Sie haben diesen HIT zurückgegeben; jemand anderes kann ihn jetzt übernehmen.</translation>
    </message>
    <message>
        <source>Your score: {score}.</source>
        <translation>Ihre Punktzahl: {score}.</translation>
    </message>
    <message>
        <source>Your work was submitted {when} and waits for the requester&apos;s review. It shows under {my_work}.</source>
        <translation>Ihre Arbeit wurde am {when} eingereicht und wartet auf die Prüfung durch den Auftraggeber. Sie erscheint unter {my_work}.</translation>
    </message>
    <message>
        <source>Your worker id</source>
        <translation>Ihre Worker-ID</translation>
    </message>
    <message>
        <source>earned and not paid yet</source>
        <translation>verdient und noch nicht ausgezahlt</translation>
    </message>
    <message>
        <source>earnings</source>
        <translation>Verdienst</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>rewards {rewards} for {approved} approved · bonuses {bonuses}</source>
        <translation>Vergütungen {rewards} für {approved} genehmigte · Boni {bonuses}</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>Punktzahl {score}</translation>
    </message>
    <message>
        <source>{count} HIT group</source>
        <translation>{count} HIT-Gruppe</translation>
    </message>
    <message>
        <source>{count} HIT groups</source>
        <translation>{count} HIT-Gruppen</translation>
    </message>
    <message>
        <source>{count} assignment</source>
        <translation>{count} Aufgabe</translation>
    </message>
    <message>
        <source>{count} assignments</source>
        <translation>{count} Aufgaben</translation>
    </message>
    <message>
        <source>{count} payout from requesters</source>
        <translation>{count} Auszahlung von Auftraggebern</translation>
    </message>
    <message>
        <source>{count} payouts from requesters</source>
        <translation>{count} Auszahlungen von Auftraggebern</translation>
    </message>
    <message>
        <source>{submitted} submitted · {rejected} rejected</source>
        <translation>{submitted} eingereicht · {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>below {v}</source>
        <translation>unter {v}</translation>
    </message>
    <message>
        <source>at most {v}</source>
        <translation>höchstens {v}</translation>
    </message>
    <message>
        <source>above {v}</source>
        <translation>über {v}</translation>
    </message>
    <message>
        <source>at least {v}</source>
        <translation>mindestens {v}</translation>
    </message>
    <message>
        <source>exactly {v}</source>
        <translation>genau {v}</translation>
    </message>
    <message>
        <source>other than {v}</source>
        <translation>anders als {v}</translation>
    </message>
    <message>
        <source>{some} or {last}</source>
        <translation>{some} oder {last}</translation>
    </message>
    <message>
        <source>{some} nor {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} und {last}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source> (your location: {place})</source>
        <translation> (Ihr Standort: {place})</translation>
    </message>
    <message>
        <source>This task is not for workers in {places}{yours}.</source>
        <translation>Diese Aufgabe ist nicht für Worker in {places}{yours}.</translation>
    </message>
    <message>
        <source>This task is for workers whose location is known.</source>
        <translation>Diese Aufgabe ist für Worker, deren Standort bekannt ist.</translation>
    </message>
    <message>
        <source>This task is for workers whose location is not recorded.</source>
        <translation>Diese Aufgabe ist für Worker, deren Standort nicht erfasst ist.</translation>
    </message>
    <message>
        <source>This task is for workers in {places}{yours}.</source>
        <translation>Diese Aufgabe ist für Worker in {places}{yours}.</translation>
    </message>
    <message>
        <source>; yours is {rate}%</source>
        <translation>; Ihre liegt bei {rate} %</translation>
    </message>
    <message>
        <source>You need an approval rate of {bound}{yours}.</source>
        <translation>Sie brauchen eine Genehmigungsquote von {bound}{yours}.</translation>
    </message>
    <message>
        <source>You need {bound} approved HITs; you have {have}.</source>
        <translation>Sie brauchen {bound} genehmigte HITs; Sie haben {have}.</translation>
    </message>
    <message>
        <source>This task is not for workers who agreed to see adult content.</source>
        <translation>Diese Aufgabe ist nicht für Worker, die Inhalten für Erwachsene zugestimmt haben.</translation>
    </message>
    <message>
        <source>This task is for adults (18 or older) who agreed to see adult content.</source>
        <translation>Diese Aufgabe ist für Erwachsene (ab 18), die Inhalten für Erwachsene zugestimmt haben.</translation>
    </message>
    <message>
        <source>This task is for workers with the Masters qualification.</source>
        <translation>Diese Aufgabe ist für Worker mit der Masters-Qualifikation.</translation>
    </message>
    <message>
        <source> You can ask for it on the Qualifications page.</source>
        <translation> Sie können sie auf der Seite Qualifikationen anfragen.</translation>
    </message>
    <message>
        <source>This task is not for workers who hold “{name}”.</source>
        <translation>Diese Aufgabe ist nicht für Worker mit „{name}“.</translation>
    </message>
    <message>
        <source>You need the qualification “{name}”.{ask}</source>
        <translation>Sie brauchen die Qualifikation „{name}“.{ask}</translation>
    </message>
    <message>
        <source>You need a score of {bound} in “{name}”; you do not have it yet.{ask}</source>
        <translation>Sie brauchen eine Punktzahl von {bound} in „{name}“; Sie haben sie noch nicht.{ask}</translation>
    </message>
    <message>
        <source>yours is {score}</source>
        <translation>Ihre ist {score}</translation>
    </message>
    <message>
        <source>you hold it without a score</source>
        <translation>Sie haben sie ohne Punktzahl</translation>
    </message>
    <message>
        <source>You need a score of {bound} in “{name}”; {yours}.</source>
        <translation>Sie brauchen eine Punktzahl von {bound} in „{name}“; {yours}.</translation>
    </message>
    <message>
        <source>The HITs that need it ask for a score of {bounds}.</source>
        <translation>Die HITs, die sie erfordern, verlangen eine Punktzahl von {bounds}.</translation>
    </message>
</context>
</TS>
