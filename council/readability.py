"""Swedish readability (LIX): words per sentence plus the share of long words, and which sentence is hardest."""

from __future__ import annotations

import re
from dataclasses import dataclass

LONG_WORD = 6  # a word with more letters than this is long (Björnsson)
# The highest LIX that suits each age group: below 30 is easy children's text, 30–40 normal, 40–50 factual prose.
LIMITS = {"f3": 30, "4-6": 40, "7-9": 45, "gy": 50}
AGE_LABELS = {"f3": "F–3", "4-6": "4–6", "7-9": "7–9", "gy": "gy"}

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A sentence ends at . ! ? or : followed by a capital letter or a digit (so "t.ex. en" goes on), or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖÉÜ0-9\"”'’(])|\n+")


@dataclass(frozen=True)
class Readability:
    lix: float
    words: int
    sentences: int
    long_words: int
    hardest: str


def sentences(text: str) -> list[str]:
    """The text's sentences, each with at least one word."""
    parts = (part.strip() for part in _SENTENCE_END.split(text or ""))
    return [part for part in parts if _WORD.search(part)]


def _counts(text: str) -> tuple[int, int]:
    words = _WORD.findall(text)
    return len(words), sum(1 for word in words if sum(ch.isalpha() for ch in word) > LONG_WORD)


def sentence_lix(sentence: str) -> float:
    """One sentence's own LIX: its length in words plus its share of long words."""
    words, long_words = _counts(sentence)
    return words + 100 * long_words / words if words else 0.0


def lix(text: str) -> Readability:
    """LIX = words / sentences + 100 × long words / words, and the sentence that weighs most."""
    found = sentences(text)
    words, long_words = _counts(text)
    if not words:
        return Readability(0.0, 0, 0, 0, "")
    hardest = max(found, key=sentence_lix) if found else text.strip()
    value = words / max(len(found), 1) + 100 * long_words / words
    return Readability(round(value, 1), words, len(found), long_words, hardest)


def warning(text: str, age_group: str) -> Readability | None:
    """The readability when it is above what suits the age group, else None (a warning, never a refusal)."""
    measured = lix(text)
    return measured if measured.words and measured.lix > LIMITS.get(age_group, LIMITS["7-9"]) else None
