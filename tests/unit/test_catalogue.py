"""The translation table is complete: every key in both languages, same placeholders, every used key exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from council.i18n import fmt_count_of, fmt_date, fmt_percent, t
from council.locale import CATALOGUE

ROOT = Path(__file__).resolve().parents[2]
USED = re.compile(
    r"""(?:\btr|\bt)\(\s*"([a-z_][a-z0-9_.-]*)"|(?:InvalidInput|NotAllowed|NotFound|WrongPhase|AlreadyVoted|Busy|LimitReached)\(\s*"([a-z_.]+)"|flash\(\s*"([a-z_.]+)"|"(nav\.[a-z_]+)\""""
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_swedish_and_english_with_the_same_placeholders(key):
    swedish, english = CATALOGUE[key]
    assert swedish.strip() and english.strip(), key
    assert placeholders(swedish) == placeholders(english), key


def test_every_key_the_code_names_is_in_the_catalogue():
    sources = [*ROOT.glob("council/**/*.py"), *ROOT.glob("pages/**/*.py"), ROOT / "app.py"]
    used = {name for path in sources for match in USED.finditer(path.read_text()) for name in match.groups() if name}
    missing = sorted(key for key in used if key not in CATALOGUE and not key.endswith(".") and not plural(key))
    assert not missing, missing


def plural(key: str) -> bool:
    """A counted phrase: its forms are key.one and key.other."""
    return f"{key}.one" in CATALOGUE and f"{key}.other" in CATALOGUE


def test_counted_phrases_take_the_languages_plural_forms():
    assert [t("count.votes", "sv", count=n) for n in (0, 1, 3)] == ["0 röster", "1 röst", "3 röster"]
    assert [t("count.votes", "en", count=n) for n in (0, 1, 3)] == ["0 votes", "1 vote", "3 votes"]
    assert [t("count.points", "en", count=n) for n in (1, 2)] == ["1 point", "2 points"]
    assert [t("count.points", "sv", count=n) for n in (1, 2)] == ["1 poäng", "2 poäng"]
    forms = {
        key.rsplit(".", 1)[0] for key in CATALOGUE if key.startswith("count.") and key.endswith((".one", ".other"))
    }
    assert all(plural(key) for key in forms), forms


def test_every_count_has_a_singular_and_a_plural_and_says_the_count():
    counts = {key.removesuffix(".one") for key in CATALOGUE if key.endswith(".one")}
    for key in counts:
        for form in ("one", "other"):
            texts = CATALOGUE[f"{key}.{form}"]
            assert all("{n}" in text or "{count}" in text for text in texts), f"{key}.{form}"


def test_counts_take_the_singular_for_one_and_the_plural_otherwise():
    assert t("forward.done", "sv", n=1).startswith("Rapporten är skickad till 1 nämnd.")
    assert t("forward.done", "sv", n=2).startswith("Rapporten är skickad till 2 nämnder.")
    assert t("forward.done", "en", n=1).startswith("The report has been sent to 1 committee.")
    assert t("dashboard.suppressed", "sv", n=1).startswith("1 rapport med")
    assert t("dashboard.suppressed", "en", n=3).startswith("3 reports with")
    assert t("data.done_delete", "sv", n=1) == "1 röstsedel är raderad."
    assert t("progress.ratings", "sv", n=0) == "0 elever har gett betyg."


def test_no_swedish_text_writes_a_plural_in_brackets():
    bracketed = [key for key, (swedish, english) in CATALOGUE.items() if "(er)" in swedish or "(s)" in english]
    assert not bracketed, bracketed


def test_a_missing_key_fails_loudly_instead_of_showing_a_raw_key():
    with pytest.raises(KeyError):
        t("no.such.key")


def test_easy_read_falls_back_to_the_normal_wording():
    assert t("join.title", "sv", easy=True) == t("join.title", "sv")
    assert t("vote.title", "sv", easy=True) == "Rösta"


def test_numbers_percentages_and_dates_follow_the_locale():
    import datetime as dt

    assert fmt_count_of(23, 27, "sv") == "23 av 27 (85\xa0%)"
    assert fmt_count_of(23, 27, "en") == "23 of 27 (85%)"
    assert fmt_percent(0.5, "sv") == "50\xa0%"
    assert fmt_date(dt.date(2026, 11, 27), "sv") == "27 nov. 2026"
    assert fmt_date(dt.date(2026, 11, 27), "en") == "Nov 27, 2026"


def test_every_easy_read_wording_replaces_an_existing_key_with_the_same_placeholders():
    for key in (k for k in CATALOGUE if k.endswith(".easy")):
        base = key.removesuffix(".easy")
        assert base in CATALOGUE, key
        for easy, normal in zip(CATALOGUE[key], CATALOGUE[base], strict=True):
            assert placeholders(easy) == placeholders(normal), key


def test_default_themes_have_pictures_in_both_languages():
    from council import themes

    for lang in ("sv", "en"):
        assert all(themes.icon_for(theme) for theme in themes.default_themes(lang))
    assert themes.icon_for("Lärarens eget tema") == ""
