"""The report as a Word document (python-docx): A4 in the report's language, real headings, page numbers, a
table sized to its words, charts with alternative text, pupil text literal."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.table import Table

from council import report_facts as facts
from council.exports import document as doc
from council.exports.cells import xml_safe
from council.exports.images import chart_renderer
from council.exports.layout import dejavu_measure, fit_widths
from council.exports.word_setup import page_numbers, set_language, set_page, table_rows_whole
from council.i18n import normalise_language, t
from council.summary import summary_text

TABLE_SIZE = 10
GREY = RGBColor(0x46, 0x46, 0x46)


def report_docx(report: facts.Report, lang: str = "sv", *, charts: bool = True) -> bytes:
    """The whole report as DOCX bytes; charts (with alternative text) are left out, with a notice, when they
    cannot be drawn."""
    lang = normalise_language(lang)
    with chart_renderer(enabled=charts and bool(report.get("results"))) as render:
        figures = doc.chart_figures(report, lang) if render else []  # the browser boots meanwhile
        document = _new_document(report, lang)
        _front(document, report, lang)
        summary = summary_text(report, lang, with_arguments=False)
        _section(document, t("report.heading.summary", lang), summary.split("\n\n"))
        _priorities(document, report, lang)
        _charts(document, report, lang, render(figures) if render else None)
    _proposals(document, report, lang)
    _section(
        document, t("report.heading.comment", lang), [report.get("teacher_comment") or t("report.no_comment", lang)]
    )
    _section(document, t("report.heading.method", lang), doc.method_annex(report, lang))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _new_document(report: facts.Report, lang: str) -> DocumentObject:
    """An empty A4 document in the report's language, with 'Sida X av Y' in the footer."""
    document = Document()
    document.core_properties.title = _safe(report.get("title", ""))
    set_page(document)
    set_language(document, lang)
    page_numbers(document, t("export.page_of", lang, page="{page}", total="{total}"))
    return document


def _safe(text: object) -> str:
    """Text XML can hold, otherwise exactly as typed."""
    return str(xml_safe(str(text)))


def _front(document: DocumentObject, report: facts.Report, lang: str) -> None:
    """Title, question, context and the small-group warning."""
    document.add_heading(_safe(report.get("title", "")), level=1)
    question = document.add_paragraph().add_run(_safe(report.get("question", "")))
    question.font.size = Pt(13)
    for line in doc.context_lines(report, lang):
        document.add_paragraph(_safe(line))
    if warning := doc.small_group_warning(report, lang):
        run = document.add_paragraph().add_run(warning)
        run.bold = True
        run.font.color.rgb = RGBColor(0xA3, 0x12, 0x3A)


def _section(document: DocumentObject, title: str, paragraphs: list[str]) -> None:
    """A level-2 heading and its paragraphs (lines inside a paragraph kept as line breaks)."""
    document.add_heading(title, level=2)
    for text in paragraphs:
        document.add_paragraph(_safe(text))


def _priorities(document: DocumentObject, report: facts.Report, lang: str) -> None:
    """The ranked priorities as a Word table: columns as wide as their words need, rows never split."""
    document.add_heading(t("report.heading.priorities", lang), level=2)
    rows = [
        [_safe(cell) for cell in row]
        for row in [doc.priorities_header(report, lang), *doc.priorities_rows(report, lang)]
    ]
    section = document.sections[0]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    assert page is not None and left is not None and right is not None  # set by the A4 page setup of every document
    text_width = (page - left - right) / Mm(1)
    widths = fit_widths(rows, dejavu_measure(TABLE_SIZE), text_width, padding=2 * 1.9 + 1)  # Word's cell margins
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for index, cells in enumerate(rows):
        for cell, text, width in zip(table.add_row().cells, cells, widths, strict=True):  # row.cells once: fast
            cell.width = Mm(width)
            run = cell.paragraphs[0].add_run(text)
            run.font.size = Pt(TABLE_SIZE)
            run.bold = index == 0 or None
    _column_widths(table, widths)
    table_rows_whole(table)


def _column_widths(table: Table, widths: list[float]) -> None:
    """The table grid's widths too: Word reads the cells, LibreOffice the grid."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)


def _charts(document: DocumentObject, report: facts.Report, lang: str, images: list[bytes] | None) -> None:
    """The two charts at text width, each with alternative text; or a visible line when they could not be drawn."""
    document.add_heading(t("report.heading.charts", lang), level=2)
    if not images:
        document.add_paragraph().add_run(t("export.charts_missing", lang)).bold = True
        return
    if len(facts.results(report)) > doc.CHART_PROPOSALS:
        document.add_paragraph(
            t("export.chart_top", lang, count=doc.CHART_PROPOSALS)
        ).paragraph_format.keep_with_next = True
    for png, alt in zip(images, doc.chart_alts(report, lang), strict=False):
        picture = document.add_picture(io.BytesIO(png), width=Cm(16))
        picture._inline.docPr.set("descr", alt)  # python-docx has no public setter for a picture's alt text


def _proposals(document: DocumentObject, report: facts.Report, lang: str) -> None:
    """Every proposal under its own heading: text, theme, addressee, support; the top ones with their arguments."""
    blocks = doc.proposal_blocks(report, lang)
    if not blocks:
        return
    document.add_heading(t("report.heading.proposals", lang), level=2)
    for block in blocks:
        document.add_heading(_safe(block.heading), level=3)
        if block.body:
            document.add_paragraph(_safe(block.body)).paragraph_format.keep_with_next = True
        details = document.add_paragraph()
        details.paragraph_format.keep_with_next = bool(block.sides)
        run = details.add_run(_safe(doc.details_line(block)))
        run.font.size, run.font.color.rgb = Pt(9), GREY
        for side, texts in block.sides:
            label = document.add_paragraph()
            label.add_run(f"{side}:").bold = True
            label.paragraph_format.keep_with_next = True
            for text in texts:
                document.add_paragraph(_safe(text), style="List Bullet")
