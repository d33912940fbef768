"""Every export format of a frozen report, read back."""

from __future__ import annotations

import io
import re

import docx
import openpyxl
import pandas as pd
import pytest
from pypdf import PdfReader

from council import exports
from council.i18n import t

TOP = "**Gratis** busskort för alla under 20 år"
FORMULAS = ['=HYPERLINK("http://x","y")', "@SUM(A1)", "+1", "-2", "\t=1", "＝1"]


def pdf_text(data: bytes) -> str:
    """All text of a PDF, pages joined."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture(scope="module")
def pdf_with_charts() -> bytes:
    """The one PDF of the suite drawn with real charts (starts a browser)."""
    from .report_sample import build_report

    return exports.report_pdf(build_report(), "sv")


def test_pdf_holds_question_top_proposal_and_page_numbers(pdf_with_charts):
    text = pdf_text(pdf_with_charts)
    assert "Hur ska Karlstad halvera utsläppen från transporter till 2030?" in text
    assert TOP in text
    assert "Sida 1 av" in text
    assert "€" in text and "–" in text


def test_pdf_embeds_the_two_charts(pdf_with_charts):
    images = [image for page in PdfReader(io.BytesIO(pdf_with_charts)).pages for image in page.images]
    assert len(images) == 2
    assert t("export.charts_missing", "sv") not in pdf_text(pdf_with_charts)


def test_pdf_shows_pupil_markup_literally(report):
    text = pdf_text(exports.report_pdf(report, "sv", charts=False))
    assert "<font color=red>Bilfri zon</font> kring skolan" in text
    assert "<script>alert(1)</script>" in text


def test_pdf_without_a_browser_still_has_the_table_and_a_notice(report, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    data = exports.report_pdf(report, "sv")
    text = pdf_text(data)
    assert t("export.charts_missing", "sv") in text
    assert t("column.rank", "sv") in text and "Säkra cykelbanor till varje skola" in text
    assert not [image for page in PdfReader(io.BytesIO(data)).pages for image in page.images]


def test_english_pdf_numbers_pages_in_english(report):
    assert "Page 1 of" in pdf_text(exports.report_pdf(report, "en", charts=False))


@pytest.fixture(scope="module")
def docx_with_charts() -> bytes:
    """The one DOCX of the suite drawn with real charts (starts a browser)."""
    from .report_sample import build_report

    return exports.report_docx(build_report(), "sv")


def test_docx_embeds_the_two_charts_with_alternative_text(docx_with_charts):
    document = docx.Document(io.BytesIO(docx_with_charts))
    assert len(document.inline_shapes) == 2
    alts = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    assert all(alt and len(alt) > 20 for alt in alts) and len(set(alts)) == 2
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert t("report.heading.charts", "sv") in headings
    assert t("export.charts_missing", "sv") not in "\n".join(p.text for p in document.paragraphs)


def test_docx_without_a_browser_says_the_charts_are_missing(report, monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    document = docx.Document(io.BytesIO(exports.report_docx(report, "sv")))
    assert len(document.inline_shapes) == 0
    assert t("export.charts_missing", "sv") in "\n".join(p.text for p in document.paragraphs)


def test_docx_has_real_headings_and_a_priorities_table(report):
    document = docx.Document(io.BytesIO(exports.report_docx(report, "sv", charts=False)))
    headings = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    assert report["title"] in headings
    assert t("report.heading.priorities", "sv") in headings
    table = document.tables[0]
    assert table.rows[0].cells[0].text == t("column.rank", "sv")
    assert table.rows[1].cells[1].text == TOP
    body = "\n".join(p.text for p in document.paragraphs)
    assert "<script>alert(1)</script>" in body


def test_xlsx_has_every_sheet_and_no_formula_cell(report):
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, "sv")))
    assert len(book.sheetnames) == 5
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [v for v in texts if v.startswith(("=", "+", "-", "@", "\t", "＝"))]
    for formula in FORMULAS:
        assert any(v.startswith("'" + formula) for v in texts), formula


def test_xlsx_ballots_are_renumbered_and_complete(report):
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, "sv")))
    rows = list(book.worksheets[4].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report["ballots"])
    assert {row[0] for row in rows} == set(range(1, 24))
    ids = {b["ballot_id"] for b in report["ballots"]}
    assert not ids & {str(v) for row in rows for v in row}


def test_results_csv_round_trips_with_translated_headers(report):
    data = exports.report_csv(report, "sv")
    assert data.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", sep=";", decimal=",")
    assert t("column.rank_decided_by", "sv", name=t("method.approval", "sv")) in frame.columns
    titles = frame[t("column.title", "sv")].tolist()
    assert titles[0] == TOP
    assert '\'=HYPERLINK("http://x","y")' in titles
    assert len(frame) == 12


def test_proposals_csv_round_trips_with_bodies(report):
    frame = pd.read_csv(io.BytesIO(exports.proposals_csv(report, "en")), encoding="utf-8-sig")
    assert t("column.title", "en") in frame.columns
    assert "Bygg separerade cykelbanor – särskilt längs Älvgatan." in frame.to_string()
    assert not frame.map(lambda v: isinstance(v, str) and v.startswith(("=", "@", "+", "-"))).any().any()


def test_markdown_holds_the_top_proposal_with_markup_escaped(report):
    text = exports.report_markdown(report, "sv")
    assert r"\*\*Gratis\*\* busskort för alla under 20 år" in text
    assert "**Gratis**" not in text
    assert r"\<font color=red\>" in text
    assert not re.search(r"(?<!\\)[<\[]", text)
    assert "23 av 27 elever" in text


def test_every_format_warns_a_small_group(small_report):
    warning = t("report.small_group_warning", "sv")
    assert warning in pdf_text(exports.report_pdf(small_report, "sv", charts=False)).replace("\n", " ")
    document = docx.Document(io.BytesIO(exports.report_docx(small_report, "sv", charts=False)))
    assert warning in "\n".join(p.text for p in document.paragraphs)
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(small_report, "sv")))
    summary, *data_sheets = book.worksheets
    assert summary["B1"].value == warning  # once, on top of the sheet the workbook opens on
    assert all(sheet.oddHeader.center.text == warning for sheet in data_sheets)  # and on every printed page
    assert all(warning not in str([c.value for row in s.iter_rows() for c in row]) for s in data_sheets[:3])
    assert warning in exports.report_markdown(small_report, "sv")
    assert warning in exports.report_text(small_report, "sv")
    for data in (exports.report_csv(small_report, "sv"), exports.proposals_csv(small_report, "sv")):
        assert data.decode("utf-8-sig").count(warning) == 1


def test_no_format_warns_a_normal_group(report):
    warning = t("report.small_group_warning", "sv")
    assert warning not in exports.report_markdown(report, "sv")
    assert warning not in exports.report_csv(report, "sv").decode("utf-8-sig")


def test_score_report_exports_carry_the_score_columns(score_report):
    frame = pd.read_csv(io.BytesIO(exports.report_csv(score_report, "en")), encoding="utf-8-sig")
    assert frame[t("column.mean", "en")].dtype == float
    assert t("column.mean", "en") in frame.columns
    document = docx.Document(io.BytesIO(exports.report_docx(score_report, "en", charts=False)))
    assert document.tables[0].rows[0].cells[-1].text == t("column.mean", "en")


def test_download_name_is_ascii_and_versioned(report):
    assert exports.download_name(report, "pdf") == "klimatradet-6B-v2.pdf"
    report["class_label"] = "Åk 9 / Hästö"
    assert exports.download_name(report, ".docx") == "klimatradet-Ak-9-Hasto-v2.docx"


ADDRESSES = "Läs www.cykla.se och http://evil.example/x, eller skriv till elev@skolan.se"


def with_addresses(report: dict) -> dict:
    """The sample report with web and e-mail addresses in a proposal and an argument, as pupils write them."""
    report = {**report, "results": [dict(row) for row in report["results"]]}
    report["results"][0]["title"] = ADDRESSES
    report["arguments"] = [
        *report["arguments"],
        {"proposal_id": report["results"][0]["proposal_id"], "side": "for", "text": ADDRESSES},
    ]
    return report


def test_pupil_addresses_stay_text_in_the_markdown_export(report):
    text = exports.report_markdown(with_addresses(report), "sv")
    # What GitHub-flavoured Markdown and mail programs turn into links: www., scheme://, name@host.
    assert not re.search(r"(?i)(?<![\w.])(www\.|https?:/|https?\\?:)|[\w.+-]@[\w-]", text.replace("\\", ""))
    assert ADDRESSES in text.replace("\u2060", "").replace("\\", "")


def test_pupil_addresses_are_no_links_in_pdf_or_word(report):
    data = with_addresses(report)
    reader = PdfReader(io.BytesIO(exports.report_pdf(data, "sv", charts=False)))
    assert not [a for page in reader.pages for a in (page.get("/Annots") or [])]
    assert "www" in pdf_text(exports.report_pdf(data, "sv", charts=False))
    document = docx.Document(io.BytesIO(exports.report_docx(data, "sv", charts=False)))
    assert not [r for r in document.part.rels.values() if "hyperlink" in r.reltype]
