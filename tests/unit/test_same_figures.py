"""One session, every output: the screen's table, the summary, PDF, DOCX, XLSX, both CSVs, plain text and
Markdown show the same count, the same base (those who voted for something) and the same share."""

from __future__ import annotations

import csv
import io
import re

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from council import exports, reports, results, sessions, voting
from council.exports.markdown import escape
from council.i18n import t
from council.models import Phase
from council.smallgroups import format_share, format_support
from council.summary import summary_text

from .helpers import session_at

# Ten pupils vote for something, two leave the ballot blank: every share is of ten, never of twelve.
TITLES = ("Cykelbanor överallt", "Solceller på taket", "Mindre kött", "Laddstolpar", "Tåg på skolresor")
BACKING = {0: range(9), 1: range(5), 2: (5, 6, 7), 3: (9,), 4: ()}  # proposal index -> the ballots ticking it
BASE, BLANK = 10, 2
EXPECTED = {TITLES[i]: len(ballots) for i, ballots in BACKING.items()}


@pytest.fixture
def session(db, teacher):
    """The closed session, its screen table and its frozen report."""
    council, pupils, written = session_at(db, teacher, Phase.vote, titles=TITLES, pupils=BASE + BLANK)
    for n, pupil in enumerate(pupils):
        picks = {written[i].id: 1 for i, ballots in BACKING.items() if n in ballots}
        voting.cast(db, pupil=pupil, choices=picks, abstain=not picks)
    sessions.advance_phase(db, teacher, council.id)
    screen = results.display_table(results.for_teacher(db, teacher, council.id), "sv")
    report = reports.freeze(db, teacher, council.id).data
    return screen, report


def one_line(text: str) -> str:
    """Text with every run of whitespace made one space (PDF text breaks lines where it likes)."""
    return " ".join(text.split())


def test_the_screen_table_counts_and_shares_of_those_who_voted_for_something(session):
    screen, _ = session
    rows = screen.set_index(t("column.title", "sv"))
    for title, count in EXPECTED.items():
        assert rows.loc[title, t("column.voters_supporting", "sv")] == count
        assert rows.loc[title, t("column.share_of_voters", "sv")] == format_share(count, BASE, "sv")
    assert rows.loc[TITLES[0], t("column.share_of_voters", "sv")] == "~100\xa0%"  # 9 of 10: one pupil differs


def test_every_document_writes_each_proposals_support_as_on_screen(session):
    _, report = session
    pdf = one_line(
        "\n".join(
            page.extract_text() for page in PdfReader(io.BytesIO(exports.report_pdf(report, "sv", charts=False))).pages
        )
    )
    word = docx.Document(io.BytesIO(exports.report_docx(report, "sv", charts=False)))
    table = {row.cells[1].text: row.cells[3].text for row in word.tables[0].rows[1:]}
    paragraphs = "\n".join(p.text for p in word.paragraphs)
    text, markdown = exports.report_text(report, "sv"), exports.report_markdown(report, "sv")
    for title, count in EXPECTED.items():
        support = format_support(count, BASE, "sv")
        assert re.search(re.escape(title) + r" .*? " + re.escape(one_line(f"Stöd: {support}")), pdf), title
        assert table[title] == support
        assert re.search(re.escape(title) + r"\n(?:[^\n]*\n)?[^\n]*Stöd: " + re.escape(support), paragraphs), title
        assert re.search(re.escape(title) + r" – .* – " + re.escape(support) + "$", text, re.MULTILINE), title
        assert re.search(re.escape(escape(title)) + r" – .* – " + re.escape(escape(support)), markdown), title
    for output in (pdf, paragraphs, text, markdown):
        assert " av 12 (" not in output  # no share of all twelve ballots anywhere


def test_the_summary_names_the_base_and_uses_it(session):
    _, report = session
    text = summary_text(report, "sv")
    assert f"{BLANK} röstade blankt, så andelarna nedan räknas på de {BASE} som röstade på minst ett förslag." in text
    assert f"1. ”{TITLES[0]}” – 9 av {BASE} elever ({format_share(9, BASE, 'sv')})" in text
    assert "blanka röster räknas i valdeltagandet men inte i andelarna" in " ".join(
        exports.report_text(report, "sv").split()
    )


def test_spreadsheet_and_both_csv_files_hold_the_same_counts_and_shares(session):
    _, report = session
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, "sv")))
    sheet = book[t("report.sheet.results", "sv")]
    header = [cell.value for cell in sheet[1]]
    rows = {row[header.index(t("column.title", "sv"))]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
    excel = list(csv.DictReader(io.StringIO(exports.report_csv(report, "sv").decode("utf-8-sig")), delimiter=";"))
    plain = list(csv.DictReader(io.StringIO(exports.report_csv_data(report, "sv").decode("utf-8"))))
    count, share = t("column.voters_supporting", "sv"), t("column.share_of_voters", "sv")
    for title, expected in EXPECTED.items():
        row = rows[title]
        assert row[header.index(count)] == expected and row[header.index(share)] == pytest.approx(expected / BASE)
        (line,) = [r for r in excel if r[t("column.title", "sv")] == title]
        assert int(line[count]) == expected and float(line[share].replace(",", ".")) == pytest.approx(expected / BASE)
        (line,) = [r for r in plain if r[t("column.title", "sv")] == title]
        assert int(line[count]) == expected and float(line[share]) == pytest.approx(expected / BASE)
    summary = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True)}
    assert summary[t("report.field.share_base", "sv")] == BASE and summary[t("report.field.blank", "sv")] == BLANK
