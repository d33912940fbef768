"""Near-duplicate proposals: Swedish-aware normalisation, a similarity score, and an index that finds the few
titles most like one title without comparing all pairs (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import fuzz, process

THRESHOLD = 75.0
TOP_K = 3
STEM_LETTERS = 5
# Folding åäö lets "kott" typed on a foreign keyboard meet "kött"; stop words carry no topic.
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
_STOP_WORDS_TEXT = """
och att i på en ett det som för med till av vi ska skulle kan den de är om alla vår våra man ha mer fler
mycket så eller från när har bli blir göra gör vara bör borde vill ni oss sig sin sina
the a an and of to for in on more
"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_FOLDED_STOP_WORDS = frozenset(word.translate(_FOLD) for word in _STOP_WORDS)
_NOT_WORD = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=16384)  # the same titles are normalised again on every change in their session
def normalise(text: str) -> str:
    """Lower case, åäö folded, punctuation and common stop words removed."""
    folded = unicodedata.normalize("NFC", text or "").casefold().translate(_FOLD)
    words = _NOT_WORD.sub(" ", folded).split()
    return " ".join(word for word in words if word not in _FOLDED_STOP_WORDS)


def similarity(first: str, second: str) -> float:
    """0–100: how alike two proposal titles are once normalised (word order does not matter)."""
    a, b = normalise(first), normalise(second)
    if not a or not b:
        return 0.0
    return float(fuzz.token_sort_ratio(a, b))


def stems(normalised: str) -> set[str]:
    """The blocking keys of a normalised title: the start of each word ("cykelbanor" and "cykelbana" share
    "cykel"), so only titles sharing a word stem are ever compared."""
    return {word[:STEM_LETTERS] for word in normalised.split() if len(word) >= 3}


class TitleIndex:
    """Titles normalised once and grouped by word stem: nearest() compares a title only with the titles that
    share a stem with it, and keeps the best few — never all pairs. Read-only once built (safe to share)."""

    def __init__(self, titles: dict[int, str]) -> None:
        self._normalised = {pid: norm for pid, title in titles.items() if (norm := normalise(title))}
        self._by_stem: dict[str, list[int]] = defaultdict(list)
        for pid, norm in self._normalised.items():
            for stem in stems(norm):
                self._by_stem[stem].append(pid)

    def __len__(self) -> int:
        return len(self._normalised)

    def nearest(
        self, title: str, *, k: int | None = None, threshold: float = THRESHOLD, leave_out: int | None = None
    ) -> list[tuple[int, float]]:
        """The (id, score) of the k (default TOP_K) titles most like `title` at or above the threshold, most alike
        first."""
        k = TOP_K if k is None else k
        norm = normalise(title)
        candidates = {pid for stem in stems(norm) for pid in self._by_stem.get(stem, ())} - {leave_out}
        if not norm or not candidates:
            return []
        choices = {pid: self._normalised[pid] for pid in candidates}
        found = process.extract(
            norm, choices, scorer=fuzz.token_sort_ratio, processor=None, score_cutoff=threshold, limit=None
        )
        return sorted(((pid, float(score)) for _, score, pid in found), key=lambda x: (-x[1], x[0]))[:k]


def similar_top_k(
    titles: dict[int, str], *, k: int = TOP_K, threshold: float = THRESHOLD
) -> dict[int, list[tuple[int, float]]]:
    """For each title its k most alike others as (id, score), best first; titles with none are left out.

    One TitleIndex for all of them (the same blocking by word stem as the kept suggestions of council/duplicates.py),
    so a 300-proposal theme costs a few thousand comparisons, not 45,000."""
    index = TitleIndex(titles)
    found = {pid: index.nearest(title, k=k, threshold=threshold, leave_out=pid) for pid, title in titles.items()}
    return {pid: pairs for pid, pairs in sorted(found.items()) if pairs}
