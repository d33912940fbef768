"""The report as a Word document (python-docx): real headings, a real table, charts with alternative text,
pupil text literal."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.shared import Cm, Pt, RGBColor

from council import report_facts as facts
from council.exports import document as doc
from council.exports.cells import xml_safe
from council.exports.images import chart_renderer
from council.i18n import normalise_language, t
from council.summary import summary_text


def report_docx(report: facts.Report, lang: str = "sv", *, charts: bool = True) -> bytes:
    """The whole report as DOCX bytes; charts (with alternative text) are left out, with a notice, when they
    cannot be drawn."""
    lang = normalise_language(lang)
    with chart_renderer(enabled=charts and bool(report.get("results"))) as render:
        figures = doc.chart_figures(report, lang) if render else []  # the browser boots meanwhile
        document = Document()
        document.core_properties.title = _safe(report.get("title", ""))
        _front(document, report, lang)
        _section(document, t("report.heading.summary", lang), summary_text(report, lang).split("\n\n"))
        _priorities(document, report, lang)
        _charts(document, report, lang, render(figures) if render else None)
    _arguments(document, report, lang)
    _section(
        document, t("report.heading.comment", lang), [report.get("teacher_comment") or t("report.no_comment", lang)]
    )
    _section(document, t("report.heading.method", lang), doc.method_annex(report, lang))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


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
    """The ranked priorities as a Word table with a bold heading row."""
    document.add_heading(t("report.heading.priorities", lang), level=2)
    header = doc.priorities_header(report, lang)
    rows = doc.priorities_rows(report, lang)
    table = document.add_table(rows=0, cols=len(header))
    table.style = "Table Grid"
    for index, cells in enumerate([header, *rows]):
        for cell, text in zip(table.add_row().cells, cells, strict=False):  # row.cells once: table.cell() is slow
            cell.paragraphs[0].add_run(_safe(text)).bold = index == 0 or None


def _charts(document: DocumentObject, report: facts.Report, lang: str, images: list[bytes] | None) -> None:
    """The two charts at text width, each with alternative text; or a visible line when they could not be drawn."""
    document.add_heading(t("report.heading.charts", lang), level=2)
    if not images:
        document.add_paragraph().add_run(t("export.charts_missing", lang)).bold = True
        return
    if len(facts.results(report)) > doc.CHART_PROPOSALS:
        document.add_paragraph(t("export.chart_top", lang, count=doc.CHART_PROPOSALS))
    for png, alt in zip(images, doc.chart_alts(report, lang), strict=False):
        picture = document.add_picture(io.BytesIO(png), width=Cm(16))
        picture._inline.docPr.set("descr", alt)  # python-docx has no public setter for a picture's alt text


def _arguments(document: DocumentObject, report: facts.Report, lang: str) -> None:
    """The strongest arguments for and against each top proposal, one list per side."""
    document.add_heading(t("report.heading.arguments", lang), level=2)
    for title, sides in doc.argument_sections(report, lang):
        document.add_heading(_safe(title), level=3)
        for side, texts in sides:
            document.add_paragraph().add_run(f"{side}:").bold = True
            for text in texts or [t("report.no_arguments", lang)]:
                document.add_paragraph(_safe(text), style="List Bullet")
