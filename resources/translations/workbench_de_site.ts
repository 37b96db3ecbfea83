<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiKeys</name>
    <message>
        <location filename="../../src/workbench/services/api_keys.py" line="+92"/>
        <source>paste both lines the server printed (aws_access_key_id = … and aws_secret_access_key = …)</source>
        <translation>fügen Sie beide Zeilen ein, die der Server ausgegeben hat (aws_access_key_id = … und aws_secret_access_key = …)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} is not an access key id (16 or more capital letters and digits, e.g. AKWB…)</source>
        <translation>{text} ist keine Zugriffsschlüssel-ID (16 oder mehr Großbuchstaben und Ziffern, z. B. AKWB…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the secret access key is 16 to 128 characters without spaces</source>
        <translation>der geheime Zugriffsschlüssel hat 16 bis 128 Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>InvitationMessage</name>
    <message>
        <location filename="../../src/workbench/services/invitation_messages.py" line="+30"/>
        <source>Your sign-in link for our tasks</source>
        <translation>Ihr Anmeldelink für unsere Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sender} invites you to work on tasks</source>
        <translation>{sender} lädt Sie ein, an Aufgaben mitzuarbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hello {name},</source>
        <translation>Hallo {name},</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are invited to work on paid tasks on our worker site. Open this link to sign in:</source>
        <translation>Sie sind eingeladen, auf unserer Aufgaben-Website bezahlte Aufgaben zu erledigen. Öffnen Sie diesen Link, um sich anzumelden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sender} invites you to work on paid tasks on their worker site. Open this link to sign in:</source>
        <translation>{sender} lädt Sie ein, auf der Aufgaben-Website bezahlte Aufgaben zu erledigen. Öffnen Sie diesen Link, um sich anzumelden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link is yours alone: please do not share it. Keep this message: the link signs you in again whenever you need it, until you receive a new one.</source>
        <translation>Der Link gilt nur für Sie: Bitte geben Sie ihn nicht weiter. Bewahren Sie diese Nachricht auf: Mit dem Link melden Sie sich jederzeit wieder an, bis Sie einen neuen erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>WorkerInvitationsDialog</name>
    <message>
        <location filename="../../src/workbench/views/workers/invitations.py" line="+122"/>
        <source>How workers see you</source>
        <translation>So sehen Worker Sie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name on the worker site</source>
        <translation>Ihr Name auf der Worker-Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save name</source>
        <translation>Namen speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name:</source>
        <translation>Ihr Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown on the worker site beside your HITs, qualifications and messages, e.g. your lab or company.</source>
        <translation>Wird auf der Worker-Seite neben Ihren HITs, Qualifikationen und Nachrichten gezeigt, z. B. Ihr Labor oder Ihre Firma.</translation>
    </message>
    <message>
        <location line="+324"/>
        <source>Workers now see you as {name}.</source>
        <translation>Worker sehen Sie jetzt als {name}.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Workers of {account}</source>
        <translation>Worker von {account}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Invite a worker</source>
        <translation>Worker einladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Maria Lopez</source>
        <translation>z. B. Maria Lopez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sign-in link</source>
        <translation>Anmeldelink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in link:</source>
        <translation>Anmeldelink:</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+12"/>
        <source>Invited workers</source>
        <translation>Eingeladene Worker</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+359"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="-359"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show revoked</source>
        <translation>Widerrufene zeigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke access</source>
        <translation>Zugang widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their link stops working and they are signed out; invite them again for a new link</source>
        <translation>Der Link funktioniert nicht mehr und die Person wird abgemeldet; für einen neuen Link erneut einladen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Links point at {url}, where the worker site is open now.</source>
        <translation>Links verweisen auf {url}, wo die Worker-Seite jetzt geöffnet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The worker site is not open yet: links will point at {url}, which works once you switch on &quot;Open to my workers&quot;.</source>
        <translation>Die Worker-Seite ist noch nicht geöffnet: Links verweisen auf {url}; sie funktionieren, sobald Sie „Für meine Worker öffnen“ einschalten.</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The sign-in link is copied.</source>
        <translation>Der Anmeldelink ist kopiert.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Revoked {when}</source>
        <translation>Widerrufen {when}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Revoked access for {workers}; they are signed out.</source>
        <translation>Zugang für {workers} widerrufen; abgemeldet.</translation>
    </message>
    <message>
        <location line="-544"/>
        <source>e.g. maria@example.org (optional)</source>
        <translation>z. B. maria@example.org (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite from a file…</source>
        <translation>Aus einer Datei einladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite every worker of a CSV or Excel file with columns name, email, country, language (and optionally subdivision)</source>
        <translation>Alle Worker einer CSV- oder Excel-Datei mit den Spalten name, email, country, language (und optional subdivision) einladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lives in, reads:</source>
        <translation>Lebt in, liest:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message to send</source>
        <translation>Zu sendende Nachricht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message for</source>
        <translation>Nachricht für</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your name or your team&apos;s (optional)</source>
        <translation>Ihr Name oder der Ihres Teams (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy subject</source>
        <translation>Betreff kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite a worker, or send an invited worker a new link: the message to send them appears here, in their language.</source>
        <translation>Laden Sie einen Worker ein oder senden Sie einem eingeladenen Worker einen neuen Link: Die Nachricht an ihn erscheint hier, in seiner Sprache.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message&apos;s text (the subject is above it)</source>
        <translation>Den Text der Nachricht kopieren (der Betreff steht darüber)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write e-mail…</source>
        <translation>E-Mail schreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your e-mail program with this message to the worker&apos;s address</source>
        <translation>Ihr E-Mail-Programm mit dieser Nachricht an die Adresse des Workers öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export links…</source>
        <translation>Links exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save every link made here, with its message, as a CSV for a mail merge (readable by you only)</source>
        <translation>Jeden hier erstellten Link mit seiner Nachricht als CSV für einen Serienbrief speichern (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send a new link</source>
        <translation>Neuen Link senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new sign-in link for the selected workers (a revoked worker is invited again); their earlier links stop working</source>
        <translation>Einen neuen Anmeldelink für die ausgewählten Worker erstellen (ein widerrufener Worker wird erneut eingeladen); ihre bisherigen Links funktionieren nicht mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set country and language…</source>
        <translation>Land und Sprache festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the selected worker lives (what a HIT&apos;s Location requirement compares) and what they read</source>
        <translation>Wo der gewählte Worker lebt (was die Standort-Voraussetzung eines HITs vergleicht) und was er liest</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Send each worker their link: it is shown only here, now (only a hash of it is kept). Inviting the same worker again makes a new link.</source>
        <translation>Senden Sie jedem Worker seinen Link: Er wird nur hier und jetzt angezeigt (gespeichert wird nur ein Hash). Eine erneute Einladung desselben Workers erstellt einen neuen Link.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>In {language}, the worker&apos;s language.</source>
        <translation>Auf {language}, in der Sprache des Workers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In English: there is no {language} translation of the message.</source>
        <translation>Auf Englisch: Für {language} gibt es keine Übersetzung der Nachricht.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Invited {who} as {worker}, in {place}.</source>
        <translation>{who} als {worker} eingeladen, in {place}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Invite workers from a file</source>
        <translation>Worker aus einer Datei einladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker lists (*.csv *.xlsx *.xls *.tsv *.txt);;All files (*)</source>
        <translation>Worker-Listen (*.csv *.xlsx *.xls *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite the worker of {file}? They get a new sign-in link, shown here with the message to send.</source>
        <translation>Den Worker aus {file} einladen? Er erhält einen neuen Anmeldelink, der hier mit der zu sendenden Nachricht angezeigt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite the {count} workers of {file}? Each gets a new sign-in link, shown here with the message to send.</source>
        <translation>Die {count} Worker aus {file} einladen? Jeder erhält einen neuen Anmeldelink, der hier mit der zu sendenden Nachricht angezeigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invite workers</source>
        <translation>Worker einladen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invited the worker of {file}.</source>
        <translation>Der Worker aus {file} ist eingeladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited {count} workers from {file}. &quot;Export links…&quot; saves every link with its message for a mail merge.</source>
        <translation>{count} Worker aus {file} eingeladen. „Links exportieren…“ speichert jeden Link mit seiner Nachricht für einen Serienbrief.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send new links</source>
        <translation>Neue Links senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make new sign-in links for {workers}? Their current links stop working.</source>
        <translation>Neue Anmeldelinks für {workers} erstellen? Ihre bisherigen Links funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New links for {workers}: send each its message below.</source>
        <translation>Neue Links für {workers}: Senden Sie jedem die Nachricht unten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The subject is copied.</source>
        <translation>Der Betreff ist kopiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message is copied: paste it into your e-mail or chat.</source>
        <translation>Die Nachricht ist kopiert: Fügen Sie sie in Ihre E-Mail oder Ihren Chat ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No e-mail program opened: copy the message instead.</source>
        <translation>Kein E-Mail-Programm wurde geöffnet: Kopieren Sie stattdessen die Nachricht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export links</source>
        <translation>Links exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the link with its message to {file} (readable by you only: the link signs a worker in).</source>
        <translation>Der Link mit seiner Nachricht ist in {file} gespeichert (nur für Sie lesbar: Der Link meldet einen Worker an).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {count} links with their messages to {file} (readable by you only: the links sign workers in).</source>
        <translation>{count} Links mit ihren Nachrichten in {file} gespeichert (nur für Sie lesbar: Die Links melden Worker an).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Invited before a country could be given: counted as in the US until you set it</source>
        <translation>Eingeladen, bevor ein Land angegeben werden konnte: gilt als in den USA, bis Sie es festlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{who} now lives in {place} and reads {language}.</source>
        <translation>{who} lebt jetzt in {place} und liest {language}.</translation>
    </message>
    <message>
        <location line="-600"/>
        <source>{place}, assumed</source>
        <translation>{place}, angenommen</translation>
    </message>
</context>
<context>
    <name>WorkerSiteControl</name>
    <message>
        <location filename="../../src/workbench/views/widgets/worker_site.py" line="+68"/>
        <source>Cannot listen on {host}: {reason}</source>
        <translation>Kann nicht auf {host} lauschen: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port {port} is already in use by another program.</source>
        <translation>Port {port} wird bereits von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ports {first} to {last} are all in use by other programs.</source>
        <translation>Die Ports {first} bis {last} werden alle von anderen Programmen verwendet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>it gave no sign of life</source>
        <translation>er gab kein Lebenszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not start: {reason}</source>
        <translation>Der Server ist nicht gestartet: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>MTurk API not served: {reason}</source>
        <translation>MTurk-API nicht bereitgestellt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MTurk API is served too, with the keys in {path}</source>
        <translation>Die MTurk-API wird ebenfalls bereitgestellt, mit den Schlüsseln in {path}</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <source>Open to my workers</source>
        <translation>Für meine Worker öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address to share</source>
        <translation>Adresse zum Weitergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the worker site&apos;s address to send to your workers</source>
        <translation>Die Adresse der Worker-Seite kopieren, um sie Ihren Workern zu senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Invite a worker…</source>
        <translation>Worker einladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a sign-in link for a worker; list and revoke invitations</source>
        <translation>Einen Anmeldelink für einen Worker erstellen; Einladungen anzeigen und widerrufen</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Worker site open at {url}</source>
        <translation>Worker-Seite geöffnet unter {url}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The worker site could not be opened: {reason}</source>
        <translation>Die Worker-Seite konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing…</source>
        <translation>Wird geschlossen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The worker site is closed.</source>
        <translation>Die Worker-Seite ist geschlossen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Your workers can open the worker site at {url} (the marketplace of {account}). Click to close it.</source>
        <translation>Ihre Worker erreichen die Worker-Seite unter {url} (Marktplatz von {account}). Klicken Sie, um sie zu schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serve the worker site to colleagues on this network, for the marketplace of {account}, until you switch it off or close the window.</source>
        <translation>Die Worker-Seite für Kollegen in diesem Netzwerk bereitstellen (Marktplatz von {account}), bis Sie sie ausschalten oder das Fenster schließen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a local marketplace account can be opened to your own workers; choose a local account to use it.</source>
        <translation>Nur ein Konto des lokalen Marktplatzes kann für eigene Worker geöffnet werden; wählen Sie ein lokales Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hosted: {url}</source>
        <translation>Gehostet: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The worker site of {account}, served by workbench serve {version} ({workers} active workers). Invitations go there over its signed API.</source>
        <translation>Die Worker-Seite von {account}, bereitgestellt von workbench serve {version} ({workers} aktive Worker). Einladungen gehen über deren signierte API dorthin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hosted site: {problem}</source>
        <translation>Gehostete Seite: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hosted site: asking {url}…</source>
        <translation>Gehostete Seite: frage {url} an…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied {url}</source>
        <translation>{url} kopiert</translation>
    </message>
</context>
<context>
    <name>Workforce</name>
    <message>
        <location filename="../../src/workbench/services/workforce.py" line="+163"/>
        <source>{meeting} of {known} invited workers meet “{requirement}”.</source>
        <translation>{meeting} von {known} eingeladenen Workern erfüllen „{requirement}“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No invited worker meets all the requirements together ({known} invited).</source>
        <translation>Kein eingeladener Worker erfüllt alle Voraussetzungen zusammen ({known} eingeladen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody you invited could accept these HITs: change the requirements, or set your workers&apos; countries (Invite a worker…, beside &quot;Open to my workers&quot;).</source>
        <translation>Niemand, den Sie eingeladen haben, könnte diese HITs annehmen: Ändern Sie die Voraussetzungen oder legen Sie die Länder Ihrer Worker fest (Worker einladen… neben „Für meine Worker öffnen“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} of them were invited before a country could be given and are counted as in the US.</source>
        <translation>{count} davon wurden eingeladen, bevor ein Land angegeben werden konnte, und gelten als in den USA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{meeting} of {known} invited workers meet every requirement.</source>
        <translation>{meeting} von {known} eingeladenen Workern erfüllen jede Voraussetzung.</translation>
    </message>
    <message>
        <location filename="../../src/workbench/domain/locales.py" line="+47"/>
        <source>a country is needed (ISO 3166-1, e.g. US, DE, IN): the Location requirement of a HIT compares it</source>
        <translation>ein Land ist nötig (ISO 3166-1, z. B. US, DE, IN): Die Standort-Voraussetzung eines HITs vergleicht es</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text} is not an ISO 3166-1 country code; did you mean {code}?</source>
        <translation>{text} ist kein Ländercode nach ISO 3166-1; meinten Sie {code}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} is not an ISO 3166-1 country code (two letters, e.g. US, DE, IN)</source>
        <translation>{text} ist kein Ländercode nach ISO 3166-1 (zwei Buchstaben, z. B. US, DE, IN)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{text} is not an ISO 3166-2 subdivision of {country} (e.g. US-NY, DE-BY; leave it empty for the whole country)</source>
        <translation>{text} ist keine Untergliederung von {country} nach ISO 3166-2 (z. B. US-NY, DE-BY; leer lassen für das ganze Land)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{text} is not a language tag (BCP 47, e.g. en, de, pt-BR)</source>
        <translation>{text} ist keine Sprachkennung (BCP 47, z. B. en, de, pt-BR)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} is not an e-mail address</source>
        <translation>{text} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name is longer than {most} characters</source>
        <translation>der Name ist länger als {most} Zeichen</translation>
    </message>
    <message>
        <location filename="../../src/workbench/services/workforce.py" line="+50"/>
        <source>{file} has no column {columns} (it needs name, email, country and optionally language and subdivision)</source>
        <translation>{file} hat keine Spalte {columns} (nötig sind name, email, country und optional language und subdivision)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file}, line {line}: {problem}</source>
        <translation>{file}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}, line {line}: {email} is on line {earlier} too</source>
        <translation>{file}, Zeile {line}: {email} steht auch in Zeile {earlier}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} lists no workers</source>
        <translation>{file} enthält keine Worker</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>the worker site&apos;s address is not known: give it</source>
        <translation>die Adresse der Worker-Seite ist nicht bekannt: Geben Sie sie an</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>there is no invited worker {workers}; nobody got a new link</source>
        <translation>es gibt keinen eingeladenen Worker {workers}; niemand hat einen neuen Link erhalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{account} is not a local marketplace or a hosted site: its workers are not yours to invite</source>
        <translation>{account} ist weder ein lokaler Marktplatz noch eine gehostete Seite: Dessen Worker können Sie nicht einladen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot set up {account}: {reason}</source>
        <translation>{account} kann nicht eingerichtet werden: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{site} refused the key of this account: {reason}</source>
        <translation>{site} hat den Schlüssel dieses Kontos abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{site} could not do it now: {reason}</source>
        <translation>{site} konnte es gerade nicht ausführen: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no API key for {site}: create one on the server (workbench serve-keys create) and store it with Account &gt; API key of the hosted site…</source>
        <translation>kein API-Schlüssel für {site}: Erstellen Sie einen auf dem Server (workbench serve-keys create) und speichern Sie ihn mit Konto &gt; API-Schlüssel der gehosteten Seite…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot reach {site}: {reason}</source>
        <translation>{site} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{invited} of {count} workers were invited before this failed: {reason}</source>
        <translation>{invited} von {count} Workern wurden eingeladen, bevor dies fehlschlug: {reason}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>give the country with the subdivision or language</source>
        <translation>geben Sie das Land mit der Untergliederung oder Sprache an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no invited worker {worker}; give a country to invite a new worker with this id</source>
        <translation>es gibt keinen eingeladenen Worker {worker}; geben Sie ein Land an, um einen neuen Worker mit dieser ID einzuladen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no workers to invite</source>
        <translation>keine Worker zum Einladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name the workers to send new links to</source>
        <translation>nennen Sie die Worker, die neue Links erhalten sollen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>name the workers to revoke</source>
        <translation>nennen Sie die Worker, deren Zugang enden soll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no active invitation for {workers}; nobody was revoked</source>
        <translation>keine aktive Einladung für {workers}; niemandes Zugang wurde beendet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing to change: give a country, subdivision, language, name or e-mail address</source>
        <translation>nichts zu ändern: Geben Sie ein Land, eine Untergliederung, eine Sprache, einen Namen oder eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no invited worker {worker}</source>
        <translation>es gibt keinen eingeladenen Worker {worker}</translation>
    </message>
</context>
</TS>
