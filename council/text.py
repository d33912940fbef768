"""Cleaning what people type: trimmed, control characters removed, length checked."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

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
    """Backslash-escape every markdown-significant character, so pupil text renders as plain text (never a link)."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIALS else c for c in unlinkable(text))


WORD_JOINER = "\u2060"  # invisible, zero width, and not part of any address
_LINK_STARTS = re.compile(r"(?i)(?<![\w.])(https?|ftp|mailto|xmpp|www)(?=[:.])|(?=@)")


def unlinkable(text: str) -> str:
    """Text no Markdown renderer, mail program or viewer turns into a link: an invisible word joiner breaks
    "http://", "www." and "name@host" apart (GitHub-flavoured Markdown links them even when escaped)."""
    return _LINK_STARTS.sub(lambda m: (m.group(1) or "") + WORD_JOINER, text or "")


_TEACHER_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6"}
_TEACHER_TAGS |= {"blockquote", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td", "del"}
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").enable("strikethrough")


@lru_cache(maxsize=512)
def teacher_html(text: str) -> str:
    """A teacher's markdown rendered, then cleaned by an allow-list: formatting and http(s) links stay; raw HTML,
    images (a picture from another site tells it who reads) and every other kind of address go."""
    rendered = _markdown.render(text or "")
    return nh3.clean(
        rendered,
        tags=_TEACHER_TAGS,
        attributes={"a": {"href"}},
        attribute_filter=lambda _tag, name, value: value if name in ("href", "rel") else None,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
