"""The summary's sentence templates against results generated from random ballots: no sentence may contradict
the numbers it stands beside."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from council import report_facts as facts
from council.smallgroups import format_share
from council.summary import summary_text

from .generated_reports import build, reports

SUPPORT = {
    "sv": re.compile(r"(\d+) av (\d+) elever \(([^)]*)\)"),
    "en": re.compile(r"(\d+) of (\d+) pupils \(([^)]*)\)"),
}
MINORITY = {"sv": "En tydlig minoritet", "en": "A clear minority"}
TIE = {"sv": re.compile(r"delar plats (\d+)\."), "en": re.compile(r"share place (\d+)\.")}
BEST_THEME = {"sv": re.compile(r"inom temat (.+?): "), "en": re.compile(r"in the theme (.+?): ")}
LANGS = st.sampled_from(["sv", "en"])


def paragraph(text: str, start: str) -> str:
    """The paragraph of a summary that begins with `start`, or ''."""
    return next((part for part in text.split("\n\n") if part.startswith(start)), "")


@settings(max_examples=150, deadline=None)
@given(reports, LANGS)
def test_every_count_and_share_is_of_those_who_voted_for_something(report, lang):
    base = facts.share_base(report)
    for count, total, shown in SUPPORT[lang].findall(summary_text(report, lang)):
        assert int(total) == base
        assert shown == format_share(int(count), base, lang)


@settings(max_examples=150, deadline=None)
@given(reports, LANGS)
def test_a_clear_minority_is_at_least_a_fifth_and_under_half(report, lang):
    sentence = paragraph(summary_text(report, lang), MINORITY[lang])
    counts = [int(count) for count, _, _ in SUPPORT[lang].findall(sentence)]
    if report["method"] != "score":
        assert all(0.2 <= count / facts.share_base(report) < 0.5 and count >= 2 for count in counts), sentence
    top = {row["title"] for row in facts.top_results(report)}
    assert not [title for title in top if f"{title}”" in sentence or f"{title}“" in sentence]


@settings(max_examples=150, deadline=None)
@given(reports, LANGS)
def test_no_support_figures_when_every_proposal_has_the_same_support(report, lang):
    text = summary_text(report, lang)
    if not facts.support_tells_apart(report):
        assert not SUPPORT[lang].search(text), text
        assert not BEST_THEME[lang].search(text)


@settings(max_examples=150, deadline=None)
@given(reports, LANGS)
def test_tie_sentences_name_a_shared_place_and_the_best_theme_stands_alone(report, lang):
    text = summary_text(report, lang)
    ranks = [row["rank"] for row in facts.top_results(report)]
    for rank in TIE[lang].findall(text):
        assert ranks.count(int(rank)) >= 2
    if found := BEST_THEME[lang].search(text):
        table = facts.theme_support(report).set_index("theme")["support"]
        assert table[found.group(1)] > table.drop(found.group(1)).max()


@settings(max_examples=150, deadline=None)
@given(reports, LANGS)
def test_priority_lines_follow_the_ranking(report, lang):
    lines = [line for line in summary_text(report, lang).splitlines() if re.match(r"\d+\. [”“]", line)]
    expected = [f"{row['rank']}. " for row in facts.top_results(report)]
    assert [line[: len(prefix)] for line, prefix in zip(lines, expected, strict=True)] == expected


def test_a_full_ranking_gives_no_support_sentence_and_no_minority():
    report = build("ranked", proposals=5, voters=45, blank=0, seed=3, full_ranking=True)
    text = summary_text(report, "sv")
    assert "45 av 45 elever" not in text and "minoritet" not in text
    assert "1. ”" in text


def test_a_proposal_backed_by_more_than_half_is_no_minority(report):
    report["results"][4]["voters_supporting"] = 12  # 12 of 22 outside the top three: a majority
    assert facts.minority_views(report) == []
    assert "minoritet" not in summary_text(report, "sv")


def test_blank_ballots_are_named_with_the_base_of_the_shares(report):
    text = summary_text(report, "sv")
    assert "1 röstade blankt, så andelarna nedan räknas på de 22 som röstade på minst ett förslag." in text
    assert "16 av 22 elever (73\xa0%)" in text


def test_a_vote_where_everyone_left_the_ballot_blank_reports_no_priorities():
    report = build("approval", proposals=3, voters=0, blank=4, seed=1)
    assert "Alla som röstade lämnade blankt" in summary_text(report, "sv")
