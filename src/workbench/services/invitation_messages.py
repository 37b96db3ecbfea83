"""An invitation a requester can send as it is: subject and body with the sign-in link, in the
worker's language, and a CSV of every link for a mail merge.

The message is written in English here and translated like the window's text (the
``InvitationMessage`` context of ``resources/translations``), but into the *worker's*
language, whatever the window's: the caller passes ``translator_for(language)``, which the
window and the command line build from the compiled translations (views.workers.languages).
A language without a translation gets English, and the message says which it is in.

The CSV holds sign-in links, which are secrets: it is written readable by its owner only.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.domain.text import QT_TRANSLATE_NOOP
from workbench.formats.batch_csv import neutralise_formula
from workbench.services.workforce import InvitedWorker

Translator = Callable[[str, str], str]
TranslatorFor = Callable[[str], Translator | None]
CONTEXT = "InvitationMessage"
LINKS_COLUMNS = ("worker_id", "name", "email", "country", "subdivision", "language",
                 "message_language", "link", "subject", "body")

SUBJECT = QT_TRANSLATE_NOOP("InvitationMessage", "Your sign-in link for our tasks")
SUBJECT_FROM = QT_TRANSLATE_NOOP("InvitationMessage", "{sender} invites you to work on tasks")
GREETING = QT_TRANSLATE_NOOP("InvitationMessage", "Hello,")
GREETING_NAMED = QT_TRANSLATE_NOOP("InvitationMessage", "Hello {name},")
INVITATION = QT_TRANSLATE_NOOP(
    "InvitationMessage", "You are invited to work on paid tasks on our worker site. Open this "
    "link to sign in:")
INVITATION_FROM = QT_TRANSLATE_NOOP(
    "InvitationMessage", "{sender} invites you to work on paid tasks on their worker site. "
    "Open this link to sign in:")
KEEP_IT = QT_TRANSLATE_NOOP(
    "InvitationMessage", "The link is yours alone: please do not share it. Keep this message: "
    "the link signs you in again whenever you need it, until you receive a new one.")
CLOSING = QT_TRANSLATE_NOOP("InvitationMessage", "Best regards,")


@dataclass(frozen=True)
class InvitationMessage:
    """What to send one worker: their link, and a subject and body in ``language``."""

    invited: InvitedWorker
    link: str
    subject: str
    body: str
    language: str  # the language the message is in ("de", or "en" when none fits)

    @property
    def worker_id(self) -> str:
        return self.invited.worker.worker_id

    def text(self) -> str:
        """Subject and body as one text ("Subject: …", a blank line, the body)."""
        return f"{self.subject}\n\n{self.body}"


def primary_language(tag: str | None) -> str:
    """"de" of "de-AT"; "en" when no language is known."""
    return (tag or "en").replace("_", "-").split("-")[0].lower() or "en"


def invitation_message(invited: InvitedWorker, link: str, *, sender: str = "",
                       translator_for: TranslatorFor | None = None) -> InvitationMessage:
    """The ready-to-send message for a new invitation, in the worker's language if it can."""
    language = primary_language(invited.worker.language)
    translator = translator_for(language) if translator_for and language != "en" else None
    if translator is not None and translator(CONTEXT, INVITATION) == INVITATION:
        translator = None  # nothing of ours is translated into it: say it is English
    used = language if translator is not None else "en"

    def tr(text: str) -> str:
        return translator(CONTEXT, text) if translator is not None else text

    sender = " ".join(sender.split())
    name = invited.worker.name
    subject = tr(SUBJECT_FROM).format(sender=sender) if sender else tr(SUBJECT)
    lines = [tr(GREETING_NAMED).format(name=name) if name else tr(GREETING), "",
             tr(INVITATION_FROM).format(sender=sender) if sender else tr(INVITATION), "",
             link, "", tr(KEEP_IT)]
    if sender:
        lines += ["", tr(CLOSING), sender]
    return InvitationMessage(invited, link, subject, "\n".join(lines), used)


def messages_for(issued: Sequence[InvitedWorker], base_url: str | None = None, *,
                 sender: str = "", translator_for: TranslatorFor | None = None
                 ) -> list[InvitationMessage]:
    """The message of each new invitation (links on ``base_url``, else the site's own)."""
    return [invitation_message(i, i.link(base_url), sender=sender,
                               translator_for=translator_for) for i in issued]


def write_links_csv(path: str | Path, messages: Sequence[InvitationMessage]) -> Path:
    """Every link with its worker and message, for a mail merge; readable by the owner only.

    Atomic: the file appears whole or not at all (an ExportError says why).
    """
    from workbench.services.export import atomic_target

    with atomic_target(path, ".csv") as (temporary, target), \
            temporary.open("w", encoding="utf-8-sig", newline="") as stream:
        # UTF-8 with a byte-order mark: Excel then reads names such as "Jürgen" right.
        writer = csv.writer(stream)
        writer.writerow(LINKS_COLUMNS)
        for message in messages:
            worker = message.invited.worker
            writer.writerow([neutralise_formula(str(value)) for value in (
                worker.worker_id, worker.name, worker.email or "", worker.country,
                worker.subdivision or "", worker.language or "", message.language,
                message.link, message.subject, message.body)])
    return target
