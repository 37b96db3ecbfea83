"""Compiled Qt translations (``.qm``) read without Qt.

The worker site runs where PySide6 is not installed (the server image), yet it speaks the
workers' languages from the same translations the window uses: ``resources/translations``,
written as ``.ts`` and compiled by ``lrelease``. A ``.qm`` file is a 16-byte magic number, then
tagged blocks; the messages block holds, per message, its translation (UTF-16BE), source text,
context and comment (UTF-8), each length-prefixed, ended by a one-byte end tag. lrelease's
default ("save everything") keeps the source texts, so a lookup needs no hash.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9
_NULL = 0xFFFFFFFF


class QmError(ValueError):
    """The file is not a compiled Qt translation this reader understands."""


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """{(context, source text): translation} of every translated message in ``data``."""
    if data[:16] != MAGIC:
        raise QmError("not a compiled Qt translation (.qm)")
    found: dict[tuple[str, str], str] = {}
    position = 16
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack_from(">I", data, position + 1)
        start = position + 5
        if start + length > len(data):
            raise QmError("a block runs past the end of the file")
        if tag == _MESSAGES_BLOCK:
            _read_messages(data[start:start + length], found)
        position = start + length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    position = 0
    context = source = ""
    translations: list[str] = []
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            # A plural's first form stands for the message (the site writes no plurals).
            if translations and translations[0]:
                found.setdefault((context, source), translations[0])
            context = source = ""
            translations = []
            continue
        if tag == _OBSOLETE2:
            continue
        if position + 4 > len(block):
            raise QmError("a message is cut short")
        (length,) = struct.unpack_from(">I", block, position)
        position += 4
        if tag == _TRANSLATION and length == _NULL:
            translations.append("")
            continue
        value = block[position:position + length]
        if len(value) != length:
            raise QmError("a message is cut short")
        position += length
        if tag == _TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _SOURCE16:
            source = value.decode("utf-16-be")
        elif tag == _CONTEXT16:
            context = value.decode("utf-16-be")
        elif tag not in (_COMMENT, _OBSOLETE1):
            raise QmError(f"unknown message tag {tag}")


def load_qm(path: Path) -> dict[tuple[str, str], str]:
    """The translations of one ``.qm`` file."""
    return read_qm(path.read_bytes())
