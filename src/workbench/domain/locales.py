"""Where a worker lives and what they read: ISO 3166 and BCP 47 codes, checked.

A worker's country is an ISO 3166-1 alpha-2 code and their subdivision an ISO 3166-2 one
(kept without the country, "BY" of DE-BY), as MTurk's Worker_Locale qualification holds
them: the Location requirement of a HIT compares exactly these. Their language is a BCP 47
tag ("en", "de", "pt-BR"). The window, the command line and the server's administration API
all check what people type with these functions, so each says the same thing about it.
"""

from __future__ import annotations

import re
from typing import Any

from workbench.domain.text import translate

EMAIL_MAX = 254
NAME_MAX = 200
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
# RFC 5646's langtag (no grandfathered tags): language[-extlang][-script][-region]
# *(-variant) *(-extension) [-privateuse]
_LANGTAG = re.compile(
    r"^(?P<language>[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{5,8})"
    r"(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*)"
    r"(?P<private>-[xX](?:-[A-Za-z0-9]{1,8})+)?$")
# Codes people type for a country that ISO names otherwise.
_COUNTRY_HINTS = {"UK": "GB", "EL": "GR", "EN": "GB"}


class WorkforceError(ValueError):
    """A workforce operation refused: bad input, or one the account cannot do; says why."""


def _pycountry() -> Any:
    import pycountry  # its databases load on first use (~30 ms each)

    return pycountry


def country_code(text: str) -> str:
    """An ISO 3166-1 alpha-2 country code from what a user typed ("de" → "DE")."""
    code = text.strip().upper()
    if not code:
        raise WorkforceError(translate(
            "Workforce", "a country is needed (ISO 3166-1, e.g. US, DE, IN): the Location "
            "requirement of a HIT compares it"))
    if len(code) == 2 and code.isalpha() and _pycountry().countries.get(alpha_2=code):
        return code
    hint = _COUNTRY_HINTS.get(code)
    if hint is not None:
        raise WorkforceError(translate(
            "Workforce", "{text} is not an ISO 3166-1 country code; did you mean {code}?"
        ).format(text=repr(text.strip()), code=hint))
    raise WorkforceError(translate(
        "Workforce", "{text} is not an ISO 3166-1 country code (two letters, e.g. US, DE, IN)"
    ).format(text=repr(text.strip()[:40])))


def subdivision_code(country: str, text: str | None) -> str | None:
    """The ISO 3166-2 subdivision of ``country`` ("BY" or "DE-BY" → "BY"); "" means none."""
    code = (text or "").strip().upper()
    if not code:
        return None
    if code.startswith(f"{country}-"):
        code = code[len(country) + 1:]
    if re.fullmatch(r"[A-Z0-9]{1,3}", code) and \
            _pycountry().subdivisions.get(code=f"{country}-{code}") is not None:
        return code
    raise WorkforceError(translate(
        "Workforce", "{text} is not an ISO 3166-2 subdivision of {country} (e.g. US-NY, DE-BY; "
        "leave it empty for the whole country)").format(text=repr((text or "").strip()[:40]),
                                                        country=country))


def language_tag(text: str | None) -> str | None:
    """A BCP 47 language tag, in its usual case ("PT-br" → "pt-BR"); "" means none."""
    tag = (text or "").strip().replace("_", "-")
    if not tag:
        return None
    match = _LANGTAG.match(tag) if len(tag) <= 35 else None
    primary = match.group("language").split("-")[0].lower() if match else ""
    known = match is not None and (
        (len(primary) == 2 and _pycountry().languages.get(alpha_2=primary) is not None)
        or (len(primary) == 3 and _pycountry().languages.get(alpha_3=primary) is not None))
    region = match.group("region") if match else None
    if match is None or not known or (region is not None and region.isalpha()
                                      and not _pycountry().countries.get(alpha_2=region.upper())):
        raise WorkforceError(translate(
            "Workforce", "{text} is not a language tag (BCP 47, e.g. en, de, pt-BR)").format(
                text=repr(tag[:40])))
    parts = tag.split("-")
    out = [parts[0].lower()]
    private = False
    for part in parts[1:]:
        private = private or part.lower() == "x"
        if private or len(part) not in (2, 4) or part.isdigit():
            out.append(part.lower())
        elif len(part) == 4:
            out.append(part.title())  # script
        else:
            out.append(part.upper())  # region
    return "-".join(out)


def email_address(text: str | None) -> str | None:
    """An e-mail address, or None for none."""
    email = (text or "").strip()
    if not email:
        return None
    if len(email) > EMAIL_MAX or not _EMAIL.match(email):
        raise WorkforceError(translate(
            "Workforce", "{text} is not an e-mail address").format(text=repr(email[:60])))
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def worker_name(text: str | None) -> str:
    name = " ".join((text or "").split())
    if len(name) > NAME_MAX:
        raise WorkforceError(translate(
            "Workforce", "the name is longer than {most} characters").format(most=NAME_MAX))
    return name
