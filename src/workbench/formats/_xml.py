"""Shared XML helpers: a hardened parser for untrusted documents and XML-safe text."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml import ElementTree as SafeElementTree

# Characters XML 1.0 cannot carry at all, not even as character references.
_INVALID_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class XMLRefused(ValueError):
    """A document that is not well-formed or tries something a hardened parser refuses."""


def strip_invalid_xml_chars(text: str) -> str:
    """The text without the control characters and lone surrogates that XML 1.0 forbids."""
    return _INVALID_XML_CHARS.sub("", text)


def escape_text(text: str) -> str:
    """Text escaped for an XML element, keeping carriage returns that parsers would normalise."""
    text = strip_invalid_xml_chars(text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def local_name(tag: object) -> str:
    """An element's tag without its "{namespace}" prefix."""
    text = tag if isinstance(tag, str) else ""
    return text.rsplit("}", 1)[-1]


def namespace(tag: object) -> str:
    """An element's namespace URI, or "" when it has none."""
    text = tag if isinstance(tag, str) else ""
    return text[1:].split("}", 1)[0] if text.startswith("{") else ""


def parse_untrusted(xml: str | bytes) -> Element:
    """Parse a document with DTDs, entities and external references refused."""
    try:
        return SafeElementTree.fromstring(xml, forbid_dtd=True)
    except DTDForbidden:
        raise XMLRefused("refused: the document declares a DTD") from None
    except EntitiesForbidden:
        raise XMLRefused("refused: the document declares entities") from None
    except DefusedXmlException as error:
        raise XMLRefused(f"refused: {type(error).__name__}") from None
    except ParseError as error:
        raise XMLRefused(f"not well-formed XML: {error}") from None
