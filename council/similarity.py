"""Near-duplicate proposals: Swedish-aware normalisation and a similarity score (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from itertools import combinations

from rapidfuzz import fuzz

THRESHOLD = 75.0
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


def similar_titles(draft: str, titles: dict[int, str], *, threshold: float = THRESHOLD) -> list[int]:
    """Ids of the titles like the draft, most alike first."""
    scored = [(similarity(draft, title), pid) for pid, title in titles.items()]
    return [pid for score, pid in sorted(scored, key=lambda x: (-x[0], x[1])) if score >= threshold]


def similar_pairs(titles: dict[int, str], *, threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """Every pair of alike titles as (id, id, score), most alike first."""
    pairs = [(a, b, similarity(titles[a], titles[b])) for a, b in combinations(sorted(titles), 2)]
    return sorted((p for p in pairs if p[2] >= threshold), key=lambda p: (-p[2], p[0], p[1]))


STEM = 5  # letters: "cykelbana" and "cykelbanor" meet at "cykel", "solpaneler" and "solceller" do not
MIN_WORD = 4
COMMON_SHARE = 0.2  # a stem in a fifth of the titles (the theme's own word) tells nothing apart


def stems(normalised: str) -> set[str]:
    """The word stems a title is blocked by: the first STEM letters of each word of MIN_WORD letters or more."""
    return {word[:STEM] for word in normalised.split() if len(word) >= MIN_WORD}


def candidate_pairs(normalised: dict[int, str]) -> set[tuple[int, int]]:
    """Pairs worth scoring: titles that share a stem that is not common, or read the same once normalised."""
    blocks: dict[str, list[int]] = {}
    for pid, text in normalised.items():
        blocks.setdefault(f"={text}", []).append(pid)
        for stem in stems(text):
            blocks.setdefault(stem, []).append(pid)
    common = max(40, int(COMMON_SHARE * len(normalised)))
    return {
        pair
        for key, ids in blocks.items()
        if len(ids) > 1 and (key.startswith("=") or len(ids) <= common)
        for pair in combinations(sorted(ids), 2)
    }


def similar_top_k(
    titles: dict[int, str], *, k: int = 3, threshold: float = THRESHOLD
) -> dict[int, list[tuple[int, float]]]:
    """For each title its k most alike others as (id, score), best first; titles with none are left out.

    Blocking keeps this near-linear: only titles sharing an uncommon word stem (or the same normalised words) are
    compared, so 300 titles cost a few thousand comparisons, not 45,000.
    """
    normalised = {pid: normalise(title) for pid, title in titles.items()}
    found: dict[int, list[tuple[int, float]]] = {}
    for a, b in candidate_pairs({pid: text for pid, text in normalised.items() if text}):
        score = float(fuzz.token_sort_ratio(normalised[a], normalised[b]))
        if score >= threshold:
            found.setdefault(a, []).append((b, score))
            found.setdefault(b, []).append((a, score))
    return {pid: sorted(pairs, key=lambda p: (-p[1], p[0]))[:k] for pid, pairs in sorted(found.items())}
