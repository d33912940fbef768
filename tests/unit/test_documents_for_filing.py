"""Documents a committee secretary can file as they are: read back from the bytes every format writes."""

from __future__ import annotations

import csv
import io
import re

import docx
import openpyxl
import pandas as pd
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from council import charts, exports
from council import report_facts as facts
from council.exports import document
from council.exports.layout import dejavu_measure, fit_widths
from council.i18n import t

from .generated_reports import build
from .report_sample import ARGUMENTS, PROPOSALS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "＝")


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- PDF -------------------------------------------------------------------------------------


@pytest.fixture
def pdf(report) -> bytes:
    return exports.report_pdf(report, "sv", charts=False)


def test_pdf_holds_every_proposals_text_theme_and_addressee(pdf):
    text = " ".join(" ".join(pdf_pages(pdf)).split())
    for title, body, theme, addressee in PROPOSALS:
        assert " ".join(body.split()) in text, body
        assert f"Tema: {theme} · Mottagare: {addressee}" in text, title


def test_pdf_prints_each_argument_once(pdf, report):
    text = " ".join(" ".join(pdf_pages(pdf)).split())
    shown = {
        a["text"]
        for row in facts.top_results(report)
        for side in ("for", "against")
        for a in facts.arguments(report, row["proposal_id"], side)[: document.ARGUMENTS_PER_SIDE]
    }
    for _, _, argument, _ in ARGUMENTS:
        assert text.count(" ".join(argument.split())) == (1 if argument in shown else 0), argument
    assert "(övertygande för 7 elever)" in text


@pytest.mark.parametrize("proposals", [12, 30, 45])
def test_no_pdf_page_ends_with_a_heading(proposals):
    report = build("approval", proposals=proposals, voters=25, blank=1, seed=proposals)
    report["arguments"] = [
        {
            "proposal_id": row["proposal_id"],
            "side": side,
            "text": f"Ett argument {side} med några ord till.",
            "marks": 0,
        }
        for row in report["results"]
        for side in ("for", "against")
    ]
    data = exports.report_pdf(report, "sv", charts=False)
    assert len(pdf_pages(data)) > 2
    headings = {t(f"report.heading.{k}", "sv") for k in ("summary", "priorities", "proposals", "comment", "method")}
    headings |= {f"{row['rank']}. {row['title']}" for row in report["results"]}
    for number, page in enumerate(pdf_pages(data)[:-1], start=1):
        lines = [line for line in page.splitlines() if line.strip() and not line.startswith("Sida ")]
        assert lines[-1] not in headings, (number, lines[-1])


def test_pdf_is_a4_in_the_reports_language(pdf, report):
    reader = PdfReader(io.BytesIO(pdf))
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]
    assert reader.trailer["/Root"]["/Lang"] == "sv-SE"
    english = PdfReader(io.BytesIO(exports.report_pdf(report, "en", charts=False)))
    assert english.trailer["/Root"]["/Lang"] == "en-GB"
    assert "Page 1 of" in english.pages[0].extract_text()


def test_score_table_headings_are_never_broken_inside_a_word(score_report):
    text = "\n".join(pdf_pages(exports.report_pdf(score_report, "sv", charts=False)))
    for word in ("Placering", "Medelbetyg", "Förslag", "Stöd"):
        assert word in text.split(), word


def test_table_columns_are_at_least_as_wide_as_their_longest_word(score_report):
    rows = [document.priorities_header(score_report, "sv"), *document.priorities_rows(score_report, "sv")]
    measure = dejavu_measure(9)
    widths = fit_widths(rows, measure, 174, padding=4)
    assert sum(widths) == pytest.approx(174)
    for i, width in enumerate(widths):
        longest = max(measure(word, n == 0) for n, row in enumerate(rows) for word in row[i].split())
        assert width >= longest + 4
    short = max(measure(row[3], False) for row in rows) + 4  # the support column keeps its whole line
    assert widths[3] >= short


@pytest.mark.parametrize("top", [1, 2, 3, 7, 40])
def test_chart_axes_count_in_whole_numbers(top):
    results = pd.DataFrame({"title": ["A", "B"], "points": [top, 0], "rank": [1, 2]})
    axis = charts.results_bar(results, "sv").layout.xaxis
    assert axis.tickformat == "d" and axis.tick0 == 0 and float(axis.dtick).is_integer() and axis.dtick >= 1
    assert top / axis.dtick <= 8


# --- Word ------------------------------------------------------------------------------------


@pytest.fixture
def word(report):
    return docx.Document(io.BytesIO(exports.report_docx(report, "sv", charts=False)))


def test_word_is_a4_with_page_numbers_from_fields(word):
    section = word.sections[0]
    assert (round(section.page_width / Mm(1)), round(section.page_height / Mm(1))) == (210, 297)
    footer = section.footer.paragraphs[0]
    fields = [f.get(qn("w:instr")).strip() for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Sida ") and " av " in footer.text


@pytest.mark.parametrize(("lang", "tag"), [("sv", "sv-SE"), ("en", "en-GB")])
def test_word_speaks_the_reports_language_in_styles_and_settings(report, lang, tag):
    word = docx.Document(io.BytesIO(exports.report_docx(report, lang, charts=False)))
    languages = {e.get(qn("w:val")) for e in word.styles.element.iter(qn("w:lang"))}
    assert languages == {tag}
    assert word.settings.element.find(qn("w:themeFontLang")).get(qn("w:val")) == tag
    assert word.core_properties.language == tag


def test_word_table_rows_stay_whole_and_columns_fit_their_words(word, report):
    table = word.tables[0]
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [column.width / Mm(1) for column in table.columns]
    assert sum(widths) == pytest.approx(170, abs=1)
    measure = dejavu_measure(10)
    for i, width in enumerate(widths):
        assert width >= max(measure(word, False) for row in table.rows for word in row.cells[i].text.split())


def test_word_uses_real_heading_styles_for_sections_and_proposals(word, report):
    styles = {p.text: p.style.name for p in word.paragraphs if p.style.name.startswith("Heading")}
    assert styles[report["title"]] == "Heading 1"
    assert styles[t("report.heading.proposals", "sv")] == "Heading 2"
    top = facts.results(report)[0]
    assert styles[f"{top['rank']}. {top['title']}"] == "Heading 3"


# --- Excel -----------------------------------------------------------------------------------


@pytest.fixture
def book(report):
    return openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, "sv")))


def test_every_sheet_prints_on_a4_one_page_wide_with_page_numbers(book):
    for sheet in book:
        assert sheet.page_setup.paperSize == 9, sheet.title  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.print_area and sheet.oddFooter.center.text == "Sida &P av &N"
    for sheet in book.worksheets[1:]:
        assert sheet.freeze_panes in ("A2", "C2") and sheet.print_title_rows == "$1:$1"


def test_sheets_are_sized_and_long_text_wraps(book):
    results = book[t("report.sheet.results", "sv")]
    header = [cell.value for cell in results[1]]
    title = header.index(t("column.title", "sv")) + 1
    letter = results.cell(row=1, column=title).column_letter
    assert 20 <= results.column_dimensions[letter].width <= 40
    assert results.cell(row=2, column=title).alignment.wrap_text
    proposals = book[t("report.sheet.proposals", "sv")]
    assert any(height and height > 15 for height in (proposals.row_dimensions[r].height for r in range(2, 14)))


def test_shared_places_read_ja_or_nej_and_no_cell_is_a_boolean(book):
    results = book[t("report.sheet.results", "sv")]
    header = [cell.value for cell in results[1]]
    tied = [row[header.index(t("column.tied", "sv"))] for row in results.iter_rows(min_row=2, values_only=True)]
    assert set(tied) == {"Ja", "Nej"}
    assert not [c.coordinate for s in book for row in s.iter_rows() for c in row if isinstance(c.value, bool)]


def test_the_summary_sheet_names_the_base_and_holds_no_argument(book, report):
    cells = [c.value for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert "Familjer sparar pengar" not in " ".join(map(str, cells))
    assert facts.share_base(report) in cells


# --- CSV and text ----------------------------------------------------------------------------


def test_the_swedish_excel_csv_uses_semicolons_decimal_commas_a_bom_and_ja_nej(report):
    data = exports.report_csv(report, "sv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    header, first = rows[0], rows[1]
    assert first[header.index(t("column.share_of_voters", "sv"))] == "0,727"  # 16 of 22, as the sample stores it
    assert {row[header.index(t("column.tied", "sv"))] for row in rows[1:]} == {"Ja", "Nej"}
    assert not [cell for row in rows[1:] for cell in row if cell.startswith(FORMULA_STARTS)]


def test_the_data_csv_is_plain_comma_and_point_utf8(report):
    data = exports.report_csv_data(report, "sv")
    assert not data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data))
    assert frame[t("column.share_of_voters", "sv")].iloc[0] == pytest.approx(0.727)
    assert frame[t("column.tied", "sv")].dtype == bool
    assert not [v for v in frame.to_numpy().ravel() if isinstance(v, str) and v.startswith(FORMULA_STARTS)]
    assert "Älvgatan" in exports.proposals_csv(report, "sv", for_data=True).decode("utf-8")


def test_text_for_email_has_no_markup_and_keeps_pupil_text_as_typed(report):
    text = exports.report_text(report, "sv")
    assert "**Gratis** busskort för alla under 20 år" in text  # the pupil typed the asterisks
    assert "\\" not in text and not re.search(r"^#", text, re.MULTILINE)
    assert not re.search(r"^\d+\\\.", text, re.MULTILINE)
    assert t("report.heading.summary", "sv").upper() in text
    assert "Kroppkärrskolan" in text and "Älvgatan" in text


def test_markdown_stays_its_own_download(report):
    text = exports.report_markdown(report, "sv")
    assert text.startswith("# ") and f"## {t('report.heading.proposals', 'sv')}" in text


def test_the_quick_bound_on_a_paragraphs_lines_is_never_below_its_real_height():
    """The PDF measures a proposal exactly only near a page's foot; the quick bound deciding that must never
    be lower than what fpdf draws, or a heading could be left alone at the foot of a page."""
    import random

    from council.exports import pdf as pdf_module

    pdf = pdf_module.ReportPDF("sv")
    pdf.add_page()
    chance = random.Random(14)
    words = ["å", "Mmmmmmmm", "ii", "WWW", "cykelbanor", "väderskyddade", "–", "€", "Älvgatan.", "busskort"]
    words += [" ".join(PROPOSALS[0][:2]), ARGUMENTS[0][2]]
    for _ in range(300):
        text = " ".join(chance.choice(words) for _ in range(chance.randint(1, 80)))
        size, indent = chance.choice([9, 10, 11]), chance.choice([0, pdf_module.BULLET_INDENT])
        lines = pdf_module._most_lines(pdf, text, size, pdf.epw - indent)
        exact = pdf_module._height(pdf, text, size=size, bold=True, indent=indent)
        assert lines is not None and lines * size * 0.5 >= exact - 1e-6, text
