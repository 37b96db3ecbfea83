"""Task templates: the presets shipped with the workbench, templates saved with versions,
templates imported from MTurk, and the answer record a page's form produces.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from workbench.domain.text import QT_TRANSLATE_NOOP, translate
from workbench.formats.answers import TASK_ANSWERS, answers_to_xml
from workbench.formats.forms import FormDesign, design_from_html
from workbench.formats.templates import find_placeholders
from workbench.resources import template_preset
from workbench.services.audit import record
from workbench.services.context import Workbench
from workbench.services.mirror import parse_answer_fields
from workbench.store.schema import Template

MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
NAME_LIMIT = 200


class TemplateError(ValueError):
    """A template that cannot be saved, found or imported; the message says why."""


@dataclass(frozen=True)
class Preset:
    """A template shipped in ``resources/templates``, with values to preview it with."""

    key: str
    english_title: str
    english_description: str
    sample: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The preset's title in the window's language (its saved name stays English)."""
        return translate("TemplatePresets", self.english_title)

    @property
    def description(self) -> str:
        return translate("TemplatePresets", self.english_description)


PRESETS = (
    Preset("image_classification", QT_TRANSLATE_NOOP("TemplatePresets", "Image classification"),
           QT_TRANSLATE_NOOP("TemplatePresets",
                             "Workers see a photo from your input and choose its category."),
           {"image_url": "https://images.example.com/photos/4411.jpg", "image_id": "IMG-4411"}),
    Preset("sentiment", QT_TRANSLATE_NOOP("TemplatePresets", "Sentiment of a review"),
           QT_TRANSLATE_NOOP("TemplatePresets", "Workers read a product review and say whether "
                             "it is positive, neutral or negative."),
           {"product": "Espresso machine Café Crème 2000",
            "review": "Absolutely love it. Setup took five minutes and it has worked perfectly "
                      "since. Delivery was quick."}),
    Preset("survey_link", QT_TRANSLATE_NOOP("TemplatePresets", "Survey link"),
           QT_TRANSLATE_NOOP("TemplatePresets", "Workers take a survey on another site and "
                             "paste its completion code."),
           {"survey_url": "https://survey.example.org/s/grocery-planning"}),
    Preset("transcription", QT_TRANSLATE_NOOP("TemplatePresets", "Transcription"),
           QT_TRANSLATE_NOOP("TemplatePresets", "Workers type the text they read in an image "
                             "(receipts, forms, handwriting)."),
           {"image_url": "https://images.example.com/receipts/r-20931.png",
            "receipt_id": "R-20931"}),
    Preset("data_verification", QT_TRANSLATE_NOOP("TemplatePresets", "Data verification"),
           QT_TRANSLATE_NOOP("TemplatePresets", "Workers check a record (a business's name, "
                             "phone, address) against its website."),
           {"business_name": "Luna Bakery", "phone": "+1 503 555 0142",
            "address": "1220 SE Hawthorne Blvd, Portland, OR 97214",
            "website": "https://lunabakery.example.com", "record_id": "B-0071"}),
)


@dataclass(frozen=True)
class TemplateInfo:
    """A saved template version, without its HTML."""

    id: int
    name: str
    version: int
    created_at: datetime
    designed: bool
    size_bytes: int


@dataclass(frozen=True)
class LoadedTemplate:
    """A template's page, where it came from, and its design when the designer made it."""

    name: str
    html: str
    design: FormDesign | None = None
    saved: TemplateInfo | None = None
    origin: str = "new"  # new | preset | saved | file
    sample: dict[str, str] = field(default_factory=dict)

    @property
    def placeholders(self) -> list[str]:
        return find_placeholders(self.html)


def preset(key: str) -> Preset:
    found = next((p for p in PRESETS if p.key == key), None)
    if found is None:
        raise TemplateError(translate("TemplateService",
                                      "there is no preset named {key}; presets: {presets}")
                            .format(key=repr(key), presets=", ".join(p.key for p in PRESETS)))
    return found


def load_preset(key: str) -> LoadedTemplate:
    """A preset's page (and its design, for the presets the designer made)."""
    chosen = preset(key)
    try:
        html = template_preset(key)
    except FileNotFoundError as exc:
        raise TemplateError(str(exc)) from None
    return LoadedTemplate(chosen.english_title, html, design_from_html(html), origin="preset",
                          sample=dict(chosen.sample))


def _info(row: Template) -> TemplateInfo:
    return TemplateInfo(row.id, row.name, row.version, row.created_at, row.design is not None,
                        len(row.html.encode("utf-8")))


def save_template(wb: Workbench, name: str, html: str, design: FormDesign | None = None
                  ) -> TemplateInfo:
    """Save a template under a name: a new version when it differs from the latest one."""
    name = " ".join(name.split())
    if not name or len(name) > NAME_LIMIT:
        raise TemplateError(translate(
            "TemplateService", "a template name must be 1 to {limit} characters"
        ).format(limit=NAME_LIMIT))
    if not html.strip():
        raise TemplateError(translate("TemplateService", "the template is empty"))
    if len(html.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        raise TemplateError(translate("TemplateService", "the template is larger than 2 MB"))
    design_data = design.to_dict() if design is not None else None
    with wb.store.session(write=True) as session:
        latest = session.scalars(select(Template).where(Template.name == name)
                                 .order_by(Template.version.desc()).limit(1)).first()
        if latest is not None and latest.html == html and latest.design == design_data:
            return _info(latest)
        row = Template(name=name, version=(latest.version + 1) if latest else 1, html=html,
                       design=design_data, created_at=wb.clock())
        session.add(row)
        session.flush()
        record(session, actor=wb.actor, event="template.saved", subject=name,
               template_id=row.id, version=row.version)
        return _info(row)


def list_templates(wb: Workbench) -> list[TemplateInfo]:
    """The latest version of every saved template, newest first."""
    with wb.store.read() as session:
        latest = (select(Template.name, func.max(Template.version).label("version"))
                  .group_by(Template.name).subquery())
        rows = session.scalars(select(Template).join(
            latest, (Template.name == latest.c.name) & (Template.version == latest.c.version))
            .order_by(Template.created_at.desc(), Template.id.desc()))
        return [_info(r) for r in rows]


def template_versions(wb: Workbench, name: str) -> list[TemplateInfo]:
    """Every saved version of a template, newest first."""
    with wb.store.read() as session:
        return [_info(r) for r in session.scalars(
            select(Template).where(Template.name == name).order_by(Template.version.desc()))]


def load_template(wb: Workbench, template_id: int) -> LoadedTemplate:
    """A saved template version."""
    with wb.store.read() as session:
        row = session.get(Template, template_id)
        if row is None:
            raise TemplateError(translate("TemplateService", "there is no saved template {id}")
                                .format(id=template_id))
        design = None
        if row.design is not None:
            try:
                design = FormDesign.from_dict(row.design)
            except ValueError:
                design = design_from_html(row.html)
        return LoadedTemplate(row.name, row.html, design, _info(row), "saved")


def read_template_file(path: str | Path) -> LoadedTemplate:
    """An HTML template from a file (an MTurk template with ``${placeholders}``)."""
    path = Path(path)
    if not path.is_file():
        raise TemplateError(translate(
            "TemplateService", "{path} does not exist or is not a file").format(path=path))
    raw = path.read_bytes()
    if not raw.strip():
        raise TemplateError(translate("TemplateService", "{name} is empty")
                            .format(name=path.name))
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise TemplateError(translate(
            "TemplateService", "{name} is larger than 2 MB: not a task page")
                            .format(name=path.name))
    binary = raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF")) or (
        b"\x00" in raw[:2048] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")))
    if binary:
        raise TemplateError(translate(
            "TemplateService", "{name} is not a text file; a template is an HTML page")
                            .format(name=path.name))
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            html = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise TemplateError(translate(
            "TemplateService", "{name} is neither UTF-8 nor Windows-1252 text")
                            .format(name=path.name))
    if "<" not in html:
        raise TemplateError(translate("TemplateService", "{name} has no HTML in it")
                            .format(name=path.name))
    return LoadedTemplate(path.stem, html, design_from_html(html), origin="file")


# -- the answer record of a preview ------------------------------------------------------

@dataclass(frozen=True)
class AnswerRecord:
    """What the workbench stores for an answer: the XML MTurk delivers, and its fields."""

    xml: str
    fields: dict[str, str]
    summary: str
    answer_format: str


class SubmissionError(ValueError):
    """A preview submission that is not what the preview page sends."""


def answer_record(submission: str | Mapping[str, Any]) -> AnswerRecord:
    """The answer record for what a preview's form submitted.

    A crowd-form sends ``{"kind": "crowd", "taskAnswers": "[...]"}``; a classic form sends
    ``{"kind": "form", "fields": [[name, value], ...]}``, one answer per name with repeated
    values joined by "|" (as MTurk joins several checked boxes of one name).
    """
    try:
        data = json.loads(submission) if isinstance(submission, str) else dict(submission)
    except ValueError as exc:
        raise SubmissionError(f"not a submission: {exc}") from None
    if not isinstance(data, dict):
        raise SubmissionError("not a submission")
    if data.get("kind") == "crowd":
        xml = answers_to_xml({TASK_ANSWERS: str(data.get("taskAnswers", ""))})
    elif data.get("kind") == "form":
        merged: dict[str, list[str]] = {}
        pairs: Sequence[Any] = data.get("fields") or []
        for pair in pairs:
            if isinstance(pair, list | tuple) and len(pair) == 2:
                name, value = str(pair[0]), str(pair[1])
                if name and name.lower() != "assignmentid":
                    merged.setdefault(name, []).append(value)
        xml = answers_to_xml({name: "|".join(values) for name, values in merged.items()})
    else:
        raise SubmissionError(f"unknown submission kind {data.get('kind')!r}")
    fields, summary, answer_format = parse_answer_fields(xml)
    return AnswerRecord(xml, fields, summary, answer_format)


def sample_row(placeholders: Sequence[str], *sources: Mapping[str, str]) -> dict[str, str]:
    """Values for every placeholder: from the first source that has one, else a marker."""
    row: dict[str, str] = {}
    for name in placeholders:
        row[name] = next((str(s[name]) for s in sources if name in s), f"[{name}]")
    return row


def saved_versions(wb: Workbench) -> dict[str, list[TemplateInfo]]:
    """Every saved template by name (most recently saved first), versions newest first."""
    with wb.store.read() as session:
        rows = [_info(r) for r in session.scalars(
            select(Template).order_by(Template.created_at.desc(), Template.id.desc()))]
    found: dict[str, list[TemplateInfo]] = {}
    for info in rows:
        found.setdefault(info.name, []).append(info)
    for infos in found.values():
        infos.sort(key=lambda i: -i.version)
    return found
