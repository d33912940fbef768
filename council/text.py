"""Cleaning what people type: trimmed, control characters removed, length checked."""

from __future__ import annotations

import unicodedata

from council.errors import InvalidInput


def without_controls(raw: str | None, *, multiline: bool = False) -> str:
    """Trimmed, NFC-normalised text without control or format characters (NUL, escape, right-to-left override)."""
    text = unicodedata.normalize("NFC", raw or "")
    allowed = {"\n"} if multiline else set()
    text = "".join(c for c in text if c in allowed or unicodedata.category(c)[0] != "C" or c == "\t")
    return text.replace("\t", " ").strip()


def clean_text(raw: str | None, *, limit: int, field: str, required: bool = True, multiline: bool = False) -> str:
    """Trimmed, NFC-normalised text without control characters; empty or too long is refused."""
    text = without_controls(raw, multiline=multiline)
    if required and not text:
        raise InvalidInput(f"input.{field}_empty")
    if len(text) > limit:
        raise InvalidInput(f"input.{field}_too_long", limit=limit, length=len(text))
    return text


_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|<>~$:=&\"'^")


def escape_markdown(text: str) -> str:
    """Backslash-escape every markdown-significant character, so pupil text renders as plain text."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in text)


def teacher_markdown(text: str) -> str:
    """A teacher's markdown with formatting and links kept, but no raw HTML and no images."""
    return (text or "").replace("<", "\\<").replace(">", "\\>").replace("![", "\\![")
