"""The round's frozen report in every format, read back: funnel, provenance, support, arguments, safe cells."""

from __future__ import annotations

import copy
import csv
import io

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from council.exports import round_files
from council.rounds import report
from council.summary import summary_text

from .round_helpers import all_classes_sent, approve_all, voted_groups, world

FORMULA = '=HYPERLINK("http://x","y")'


@pytest.fixture
def data(db, admin) -> dict:
    w = world(db, admin)
    all_classes_sent(db, w)
    g = voted_groups(db, w)
    approve_all(db, g.energy, g.energy_reps[0])
    approve_all(db, g.everyday, g.everyday_reps[0])
    return report.freeze(db, w.coordinator, w.round_id, comment="Tack!").data


def test_the_summary_tells_the_funnel_and_the_broadest_support(data):
    text = summary_text(data, "sv")
    assert "elever i 3 klasser på 2 skolor skrev 9 förslag" in text
    assert "6 elevrepresentanter i 2 temagrupper" in text and "5 förslag står på listan" in text
    assert "godkände formuleringen av varje förslag" in text
    assert "Solenergi på alla skolor" in summary_text(data, "en") and "pupils in 3 classes" in summary_text(data, "en")


def test_the_pdf_has_the_funnel_provenance_support_and_arguments(data):
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(round_files.round_pdf(data, "sv"))).pages)
    for expected in (
        "Från klassrummen till listan",
        "Skrivna i klasserna",
        "Temagrupp: Energi",
        "Solenergi på alla skolor",
        "Bygger på 2 förslag från 2 klasser i 1 skolor (Kroppkärrskolan)",
        "Stöd i klasserna: 6 av 10 (60",
        "Det kostar mycket.",
        "Formuleringen godkänd av elevrepresentanterna",
        "Sida 1 av",
    ):
        assert expected in text, expected


def test_the_word_file_has_a_heading_per_group_and_proposal(data):
    document = docx.Document(io.BytesIO(round_files.round_docx(data, "sv")))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Temagrupp: Energi" in headings and "Temagrupp: Vardag" in headings
    assert any(h.endswith("Solenergi på alla skolor") for h in headings)
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any(b.startswith("Bygger på 2 förslag") for b in bullets)


def test_the_workbook_holds_the_list_the_classes_proposals_and_arguments(data):
    book = openpyxl.load_workbook(io.BytesIO(round_files.round_xlsx(data, "sv")))
    assert book.sheetnames == ["Sammanfattning", "Listan", "Klassernas förslag", "Argument"]
    origins = [[c.value for c in row] for row in book["Klassernas förslag"].iter_rows()]
    assert origins[0][:5] == ["Placering", "Förslag", "Skola", "Klass", "Klassens förslag"]
    assert ["6A", "Solpaneler på skolans tak"] in [row[3:5] for row in origins]


def test_pupil_text_that_looks_like_a_formula_stays_text_in_csv_and_excel(data):
    tricky = copy.deepcopy(data)
    tricky["results"][0]["title"] = FORMULA
    rows = list(csv.reader(io.StringIO(round_files.round_csv(tricky, "sv").decode("utf-8-sig")), delimiter=";"))
    assert rows[1][2] == "'" + FORMULA
    book = openpyxl.load_workbook(io.BytesIO(round_files.round_xlsx(tricky, "sv")))
    assert book["Listan"]["C2"].value == "'" + FORMULA


def test_markdown_escapes_pupil_text(data):
    tricky = copy.deepcopy(data)
    tricky["results"][0]["title"] = "[klicka](javascript:alert(1)) <b>fet</b>"
    text = round_files.round_markdown(tricky, "sv")
    assert "\\[klicka\\](javascript:alert(1)) \\<b\\>fet\\</b\\>" in text
    assert "## Så gick rundan till" in text
