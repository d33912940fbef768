"""The report as an A4 PDF (fpdf2): DejaVu embedded, pupil text literal, charts as images."""

from __future__ import annotations

import io
import re
import unicodedata
from typing import TYPE_CHECKING

from fpdf import FPDF
from fpdf.enums import XPos, YPos

if TYPE_CHECKING:
    from fpdf.fonts import FontFace

from council import report_facts as facts
from council.exports import document as doc
from council.exports.images import chart_renderer
from council.i18n import normalise_language, t
from council.summary import summary_text

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
RED = (163, 18, 58)
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


class ReportPDF(FPDF):
    """A4 pages with the DejaVu font and a 'Sida 1 av 3' footer."""

    def __init__(self, lang: str) -> None:
        super().__init__(format="A4")
        self.lang = lang
        self.add_font(FONT, "", f"{FONT_DIR}/DejaVuSans.ttf")
        self.add_font(FONT, "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(auto=True, margin=20)

    def footer(self) -> None:
        """Page numbers centred at the bottom."""
        self.set_y(-14)
        self.set_font(FONT, size=9)
        self.cell(0, 8, t("export.page_of", self.lang, page=self.page_no(), total="{nb}"), align="C")


def report_pdf(report: facts.Report, lang: str = "sv", *, charts: bool = True) -> bytes:
    """The whole report as PDF bytes; charts are left out (with a notice) when they cannot be drawn."""
    lang = normalise_language(lang)
    with chart_renderer(enabled=charts and bool(report.get("results"))) as render:
        figures = doc.chart_figures(report, lang) if render else []  # the browser boots meanwhile
        pdf = ReportPDF(lang)
        pdf.set_title(str(report.get("title", "")))
        pdf.add_page()
        _front(pdf, report)
        _section(pdf, t("report.heading.summary", lang), summary_text(report, lang))
        _priorities(pdf, report)
        _charts(pdf, report, render(figures) if render else None)
    _arguments(pdf, report)
    _section(pdf, t("report.heading.comment", lang), report.get("teacher_comment") or t("report.no_comment", lang))
    _section(pdf, t("report.heading.method", lang), "\n\n".join(doc.method_annex(report, lang)))
    return bytes(pdf.output())


def _text(value: object) -> str:
    """Text as typed, except what DejaVu has no glyph for: tabs become spaces, full-width forms plain ones."""
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), str(value).replace("\t", " "))


def _paragraph(
    pdf: ReportPDF, text: str, *, size: int = 10, bold: bool = False, colour: tuple[int, int, int] = (0, 0, 0)
) -> None:
    """A wrapped paragraph of literal text (no markdown, no HTML)."""
    pdf.set_font(FONT, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.5, _text(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def _heading(pdf: ReportPDF, text: str, size: int = 14) -> None:
    """A section heading with a little air above it."""
    pdf.ln(4)
    _paragraph(pdf, text, size=size, bold=True)
    pdf.ln(1)


def _section(pdf: ReportPDF, title: str, body: str) -> None:
    """A heading followed by its paragraphs."""
    _heading(pdf, title)
    _paragraph(pdf, body)


def _front(pdf: ReportPDF, report: facts.Report) -> None:
    """Title, question, context and the small-group warning."""
    _paragraph(pdf, report.get("title", ""), size=18, bold=True)
    pdf.ln(2)
    _paragraph(pdf, report.get("question", ""), size=13)
    pdf.ln(1)
    for line in doc.context_lines(report, pdf.lang):
        _paragraph(pdf, line, size=10, colour=(60, 60, 60))
    if warning := doc.small_group_warning(report, pdf.lang):
        pdf.ln(2)
        _paragraph(pdf, warning, size=11, bold=True, colour=RED)


def _priorities(pdf: ReportPDF, report: facts.Report) -> None:
    """The ranked priorities as a real table with a repeated heading row."""
    _heading(pdf, t("report.heading.priorities", pdf.lang))
    header = doc.priorities_header(report, pdf.lang)
    widths = (20, 72, 34, 30, 18) if len(header) == 5 else (20, 84, 40, 30)
    pdf.set_font(FONT, size=9)
    with pdf.table(
        col_widths=widths, text_align="LEFT", repeat_headings=1, markdown=False, headings_style=_bold_headings()
    ) as table:
        for cells in [header, *doc.priorities_rows(report, pdf.lang)]:
            row = table.row()
            for cell in cells:
                row.cell(_text(cell))


def _bold_headings() -> FontFace:
    """Bold DejaVu for the table's heading row."""
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", fill_color=(230, 240, 233))


def _charts(pdf: ReportPDF, report: facts.Report, images: list[bytes] | None) -> None:
    """The two charts scaled to the page, or a visible line saying they could not be drawn."""
    _heading(pdf, t("report.heading.charts", pdf.lang))
    if not images:
        _paragraph(pdf, t("export.charts_missing", pdf.lang), bold=True, colour=RED)
        return
    if len(facts.results(report)) > doc.CHART_PROPOSALS:
        _paragraph(pdf, t("export.chart_top", pdf.lang, count=doc.CHART_PROPOSALS), size=9)
    for png in images:
        _image(pdf, png)


def _image(pdf: ReportPDF, png: bytes) -> None:
    """One PNG at full text width, shrunk if it would not fit a page."""
    width = pdf.epw
    px_w, px_h = _png_size(png)
    height = width * px_h / px_w
    room = pdf.eph - 6
    if height > room:
        width, height = width * room / height, room
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=pdf.l_margin, y=pdf.get_y(), w=width, h=height)
    pdf.set_y(pdf.get_y() + height + 4)


def _png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels from a PNG header."""
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def _arguments(pdf: ReportPDF, report: facts.Report) -> None:
    """The strongest arguments for and against each top proposal."""
    _heading(pdf, t("report.heading.arguments", pdf.lang))
    for title, sides in doc.argument_sections(report, pdf.lang):
        _paragraph(pdf, title, size=11, bold=True)
        for side, texts in sides:
            _paragraph(pdf, f"{side}:", bold=True)
            for text in texts or [t("report.no_arguments", pdf.lang)]:
                _paragraph(pdf, f"• {text}")
        pdf.ln(2)
