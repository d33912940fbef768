"""One vocabulary: every method, counting method and measure has one name in each language, used on screen and in
every document; the names other parts of the app once used (and Copeland's description of "Schulze") never appear."""

from __future__ import annotations

import copy
import io
import re

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from council import exports, methods
from council.i18n import t
from council.locale import CATALOGUE

from .report_sample import build_report, build_score_report

# Names used before for things that now have one name each (the left one is the name kept):
# Kryssröstning / godkännanderöstning, Poängröstning / prickröstning, poäng / prickar, Splittring / Polarisering,
# Förstaval / Antal ettor, Bordametoden / Bordapoäng (as a counting method), röstsätt / röstningsmetod,
# starkt emot / mycket emot, counting method / way of counting, Polarisation / polarization, points / dots.
OLD_NAMES = {
    "sv": [
        r"godkännanderöstning",
        r"prickröstning",
        r"\bprick",
        r"polariser",
        r"röstningsmetod",
        r"\bettor(na)?\b",
        r"mycket (emot|för)\b",
        r"vinner flest jämförelser",
    ],
    "en": [
        r"polariz",
        r"\bdots\b",
        r"ways? of counting",
        r"wins (the )?most comparisons",
        r"copeland",
        r"average score",
    ],
}


def old_names(text: str, lang: str) -> list[str]:
    return [name for name in OLD_NAMES[lang] if re.search(name, text, re.IGNORECASE)]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_catalogue_uses_one_name_for_each_method_and_measure(lang):
    index = ("sv", "en").index(lang)
    found = {key: old_names(entry[index], lang) for key, entry in CATALOGUE.items()}
    assert not {key: names for key, names in found.items() if names}


def test_every_name_is_one_catalogue_entry():
    """No two keys carry the same method or measure name (one entry each, so they cannot drift apart)."""
    named = [key for key in CATALOGUE if key.startswith(("method.", "measure.")) and not key.endswith(".explanation")]
    for lang in (0, 1):
        names = [CATALOGUE[key][lang] for key in named]
        assert len(names) == len(set(names)), sorted(names)
        columns = {CATALOGUE[k][lang] for k in CATALOGUE if k.startswith(("column.", "report.column."))}
        assert not columns & set(names) - {CATALOGUE["measure.points"][lang]}


def reports() -> dict[str, dict]:
    """A frozen report for every method and counting method (the sample's figures, relabelled)."""
    approval, score = build_report(), build_score_report()
    found = {"approval": approval, "score": score}
    for name, method, params in [
        ("dots", "dots", {"points": 5, "max_per_proposal": 3}),
        ("ranked-schulze", "ranked", {"top_k": 3, "rule": "schulze"}),
        ("ranked-borda", "ranked", {"top_k": 3, "rule": "borda"}),
        ("ranked-before-the-choice", "ranked", {"top_k": 3}),
    ]:
        found[name] = {**copy.deepcopy(approval), "method": method, "method_params": params}
    return found


def documents(report: dict, lang: str) -> dict[str, str]:
    """The text of every export of one report."""
    pdf = PdfReader(io.BytesIO(exports.report_pdf(report, lang, charts=False)))
    word = docx.Document(io.BytesIO(exports.report_docx(report, lang, charts=False)))
    cells = [c.text for table in word.tables for row in table.rows for c in row.cells]
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, lang)))
    return {
        "pdf": " ".join(page.extract_text() for page in pdf.pages).replace("\n", " "),
        "docx": "\n".join([p.text for p in word.paragraphs] + cells),
        "xlsx": "\n".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v),
        "csv": exports.report_csv(report, lang).decode("utf-8-sig"),
        "proposals csv": exports.proposals_csv(report, lang).decode("utf-8-sig"),
        "markdown": exports.report_markdown(report, lang),
    }


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", list(reports()))
def test_every_export_names_the_method_and_what_decided_the_order_by_their_one_name(name, lang):
    report = reports()[name]
    described = methods.describe(report["method"])
    way = described.deciding_way(report["method_params"])
    method_name, way_name = t(described.name_key, lang), t(way.name_key, lang)
    for kind, text in documents(report, lang).items():
        assert not old_names(text, lang), (kind, old_names(text, lang))
        if kind.endswith("csv"):
            assert t("column.rank_decided_by", lang, name=way_name) in text, kind
        else:  # a counting method the teacher chose (Borda, Schulze) is named too
            assert method_name in text and (way_name in text or not way.annexed), kind
    if name == "ranked-before-the-choice":
        assert way.key == "borda"  # ranked reports frozen before the choice existed were counted by Borda


def test_a_score_report_names_its_measures_as_the_screen_does():
    report = build_score_report()
    for lang in ("sv", "en"):
        text = documents(report, lang)
        for column in ("column.mean", "column.consensus", "column.polarisation", "column.share_for"):
            assert t(column, lang) in text["xlsx"] and t(column, lang) in text["csv"], column
        assert t("measure.score_sum", lang) in text["csv"]


def test_approval_results_count_votes_and_dots_count_points():
    approval, dots = methods.describe("approval"), methods.describe("dots")
    row = {"points": 3, "mean": 0.0}
    assert approval.row_figure(row, {}, "sv") == "3 röster"
    assert approval.row_figure({"points": 1}, {}, "sv") == "1 röst"
    assert approval.row_figure({"points": 1}, {}, "en") == "1 vote"
    assert dots.row_figure({"points": 1}, {}, "en") == "1 point"
    assert dots.row_figure(row, {}, "sv") == "3 poäng"
    assert t(approval.points_key, "sv") == "Röster" and t(dots.points_key, "en") == "Points"
