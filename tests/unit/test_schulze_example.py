"""Wikipedia's 45-voter Schulze example run through the app with Schulze deciding: the results, the comparison, the
summary and every export show the Schulze order E > A > C > B > D and name the Schulze method; Borda's
E > A > B > C > D is shown beside it, never as the order."""

from __future__ import annotations

import io

import docx
import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from council import exports, reports, results
from council.i18n import t
from council.summary import summary_text

from .helpers import closed_session

# Wikipedia, "Schulze method", the worked example (after M. Schulze, Social Choice and Welfare 36, 2011).
A, B, C, D, E = "Cykelbanor", "Mindre kött", "Solpaneler", "Fler bussar", "Laddstolpar"
TITLES = (A, B, C, D, E)
GROUPS = [
    (5, "ACBED"),
    (5, "ADECB"),
    (8, "BEDAC"),
    (3, "CABED"),
    (7, "CAEBD"),
    (2, "CBADE"),
    (7, "DCEBA"),
    (8, "EBADC"),
]
SCHULZE_ORDER = [E, A, C, B, D]
BORDA_ORDER = [E, A, B, C, D]
PAIRWISE = [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]]


def ballots() -> list[dict[int, int]]:
    """45 full rankings, as {index of the title: place}."""
    return [
        {"ABCDE".index(letter): place for place, letter in enumerate(order, 1)} for n, order in GROUPS for _ in range(n)
    ]


@pytest.fixture
def example(db, teacher):
    """The example voted by 45 pupils in a ranked session whose teacher kept the default, Schulze."""
    council, written = closed_session(
        db, teacher, titles=TITLES, ballots=ballots(), method="ranked", method_params={"top_k": 5}, expected_size=45
    )
    return council, written


def test_schulze_is_the_default_and_decides_the_order_on_screen(db, teacher, example):
    council, written = example
    assert council.method_params["rule"] == "schulze"
    res = results.for_teacher(db, teacher, council.id)
    assert res.table["title"].tolist() == SCHULZE_ORDER
    assert res.table["rank"].tolist() == [1, 2, 3, 4, 5]
    assert res.ballots == 45 and res.deciding_way.key == "schulze"
    named, how = results.method_lines(res, "sv")
    assert named == "Röstsätt: Rangordning · Räknesätt: Schulzemetoden"
    assert how == t("method.schulze.explanation", "sv")
    shown = results.display_table(res, "sv")
    assert shown["Förslag"].tolist() == SCHULZE_ORDER and "Bordapoäng" in shown.columns
    assert results.display_table(res, "sv")["Antal förslag det slår"].tolist() == [4, 3, 2, 1, 0]
    assert results.row_figure(res, res.table.iloc[0], "sv") == "slår 4 andra förslag"
    assert res.chart_column == "schulze_wins"  # the chart's bars follow the order that Schulze decided
    # The comparison marks Schulze as deciding and shows Borda's different order beside it.
    table, notes = results.comparison_table(res, "en")
    assert table["Proposal"].tolist() == SCHULZE_ORDER
    assert table["Schulze method (decided)"].tolist() == [1, 2, 3, 4, 5]
    assert table.sort_values("Borda count")["Proposal"].tolist() == BORDA_ORDER
    assert any(note.startswith("**Schulze method:**") for note in notes)
    matrix = results.pairwise_table(res, "en").loc[list(TITLES), list(TITLES)]
    assert matrix.to_numpy().tolist() == PAIRWISE


def summary_and_annex_name_schulze(frozen: dict, lang: str) -> None:
    """The summary says Schulze decided; the annex describes the ranked ballot and Schulze's strongest paths."""
    schulze = t("method.schulze", lang)
    assert f"{t('results.counting', lang, name=schulze)} –" in summary_text(frozen, lang)
    annex = exports.report_markdown(frozen, lang).split(f"## {t('report.heading.method', lang)}")[1]
    assert t("report.annex.schulze", lang) in annex and t("report.annex.ranked", lang) in annex
    assert t("report.annex.borda", lang) not in annex


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def in_order(text: str, titles: list[str]) -> bool:
    """The titles appear in this order in the text (each first time after the previous one)."""
    at = 0
    for title in titles:
        at = text.find(title, at)
        if at < 0:
            return False
    return True


def test_the_report_and_every_export_list_the_schulze_order_and_name_the_schulze_method(db, teacher, example):
    frozen = reports.freeze(db, teacher, example[0].id).data
    for lang in ("sv", "en"):
        summary_and_annex_name_schulze(frozen, lang)
    priorities = t("report.heading.priorities", "sv")
    pdf = pdf_text(exports.report_pdf(frozen, "sv", charts=False))
    assert in_order(pdf.split(priorities)[-1], SCHULZE_ORDER) and "Schulzemetoden avgjorde ordningen" in pdf
    document = docx.Document(io.BytesIO(exports.report_docx(frozen, "sv", charts=False)))
    assert [row.cells[1].text for row in document.tables[0].rows[1:]] == SCHULZE_ORDER
    assert "Schulzemetoden avgjorde ordningen" in "\n".join(p.text for p in document.paragraphs)
    markdown = exports.report_markdown(frozen, "sv")
    assert in_order(markdown.split(priorities)[-1], SCHULZE_ORDER)
    heading = "Placering (Schulzemetoden)"
    csv = pd.read_csv(io.BytesIO(exports.report_csv(frozen, "sv")), encoding="utf-8-sig", sep=";", decimal=",")
    assert csv["Förslag"].tolist() == SCHULZE_ORDER and csv[heading].tolist() == [1, 2, 3, 4, 5]
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(frozen, "sv")))
    rows = list(book[t("report.sheet.results", "sv")].iter_rows(values_only=True))
    assert rows[0][0] == heading and [row[1] for row in rows[1:]] == SCHULZE_ORDER
    summary_sheet = " ".join(str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c)
    assert "Räknesätt: Schulzemetoden" in summary_sheet


def test_a_teacher_who_chooses_borda_gets_bordas_order_named_borda(db, teacher):
    council, _ = closed_session(
        db, teacher, titles=TITLES, ballots=ballots(), method="ranked", method_params={"top_k": 5, "rule": "borda"}
    )
    res = results.for_teacher(db, teacher, council.id)
    assert res.table["title"].tolist() == BORDA_ORDER
    assert results.row_figure(res, res.table.iloc[0], "sv") == "147 Bordapoäng"
    data = reports.freeze(db, teacher, council.id).data
    assert "Räknesätt: Bordametoden" in summary_text(data, "sv")
    csv = pd.read_csv(io.BytesIO(exports.report_csv(data, "en")), encoding="utf-8-sig")
    assert csv["Proposal"].tolist() == BORDA_ORDER and "Rank (Borda count)" in csv.columns
