"""The report as an A4 PDF (fpdf2): DejaVu embedded, pupil text literal, charts as images, headings kept
with what follows them."""

from __future__ import annotations

import io
import math
import re
import unicodedata

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace

from council import report_facts as facts
from council.exports import document as doc
from council.exports.images import chart_renderer
from council.exports.layout import dejavu_measure, fit_widths
from council.i18n import normalise_language, t
from council.summary import summary_text

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT = "DejaVu"
RED = (163, 18, 58)
GREY = (70, 70, 70)
LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
TABLE_SIZE = 9
TABLE_PADDING = 1.5  # mm inside each cell, on each side
KEEP_WITH_HEADING = 20  # mm of content a heading needs below it on its page
BULLET_INDENT = 8  # mm
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


class ReportPDF(FPDF):
    """A4 pages with the DejaVu font, the document's language and a 'Sida 1 av 3' footer."""

    def __init__(self, lang: str) -> None:
        super().__init__(format="A4")
        self.report_lang = lang  # FPDF keeps its own .lang (the PDF language tag)
        self.add_font(FONT, "", f"{FONT_DIR}/DejaVuSans.ttf")
        self.add_font(FONT, "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(auto=True, margin=20)
        self.set_lang(LANGUAGE_TAGS[lang])

    def footer(self) -> None:
        """Page numbers centred at the bottom."""
        self.set_y(-14)
        self.set_font(FONT, size=9)
        self.cell(0, 8, t("export.page_of", self.report_lang, page=self.page_no(), total="{nb}"), align="C")


def report_pdf(report: facts.Report, lang: str = "sv", *, charts: bool = True) -> bytes:
    """The whole report as PDF bytes; charts are left out (with a notice) when they cannot be drawn."""
    lang = normalise_language(lang)
    with chart_renderer(enabled=charts and bool(report.get("results"))) as render:
        figures = doc.chart_figures(report, lang) if render else []  # the browser boots meanwhile
        pdf = ReportPDF(lang)
        pdf.set_title(str(report.get("title", "")))
        pdf.add_page()
        _front(pdf, report)
        _section(pdf, t("report.heading.summary", lang), summary_text(report, lang, with_arguments=False))
        _priorities(pdf, report)
        _charts(pdf, report, render(figures) if render else None)
    _proposals(pdf, report)
    _section(pdf, t("report.heading.comment", lang), report.get("teacher_comment") or t("report.no_comment", lang))
    _section(pdf, t("report.heading.method", lang), "\n\n".join(doc.method_annex(report, lang)))
    return bytes(pdf.output())


def _text(value: object) -> str:
    """Text as typed, except what DejaVu has no glyph for: tabs become spaces, full-width forms plain ones."""
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), str(value).replace("\t", " "))


def _paragraph(
    pdf: ReportPDF,
    text: str,
    *,
    size: int = 10,
    bold: bool = False,
    colour: tuple[int, int, int] = (0, 0, 0),
    indent: float = 0,
) -> None:
    """A wrapped paragraph of literal text (no markdown, no HTML)."""
    pdf.set_font(FONT, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, size * 0.5, _text(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def _height(pdf: ReportPDF, text: str, *, size: int = 10, bold: bool = False, indent: float = 0) -> float:
    """How tall a paragraph would be, without drawing it."""
    pdf.set_font(FONT, "B" if bold else "", size)
    return pdf.multi_cell(  # type: ignore[return-value]  # output=HEIGHT makes it the height alone
        pdf.epw - indent, size * 0.5, _text(text), align="L", dry_run=True, output=MethodReturnValue.HEIGHT
    )


def _keep(pdf: ReportPDF, height: float) -> None:
    """Start a new page unless `height` fits on this one (blocks taller than a page simply flow)."""
    if height < pdf.eph and pdf.will_page_break(height):
        pdf.add_page()


def _heading(pdf: ReportPDF, text: str, size: int = 14, *, keep: float = KEEP_WITH_HEADING) -> None:
    """A section heading with a little air above it, never alone at the foot of a page."""
    _keep(pdf, 5 + _height(pdf, text, size=size, bold=True) + keep)
    pdf.ln(4)
    _paragraph(pdf, text, size=size, bold=True)
    pdf.ln(1)


def _section(pdf: ReportPDF, title: str, body: str) -> None:
    """A heading followed by its paragraphs; the heading stays with the first one."""
    first = body.split("\n\n")[0]
    _heading(pdf, title, keep=min(_height(pdf, first), 40))
    _paragraph(pdf, body)


def _front(pdf: ReportPDF, report: facts.Report) -> None:
    """Title, question, context and the small-group warning."""
    _paragraph(pdf, report.get("title", ""), size=18, bold=True)
    pdf.ln(2)
    _paragraph(pdf, report.get("question", ""), size=13)
    pdf.ln(1)
    for line in doc.context_lines(report, pdf.report_lang):
        _paragraph(pdf, line, size=10, colour=(60, 60, 60))
    if warning := doc.small_group_warning(report, pdf.report_lang):
        pdf.ln(2)
        _paragraph(pdf, warning, size=11, bold=True, colour=RED)


def _priorities(pdf: ReportPDF, report: facts.Report) -> None:
    """The ranked priorities as a real table: columns as wide as their words need, heading row repeated."""
    rows = [doc.priorities_header(report, pdf.report_lang), *doc.priorities_rows(report, pdf.report_lang)]
    rows = [[_text(cell) for cell in row] for row in rows]
    _heading(pdf, t("report.heading.priorities", pdf.report_lang), keep=18)
    widths = fit_widths(rows, dejavu_measure(TABLE_SIZE), pdf.epw, 2 * TABLE_PADDING + 1)
    pdf.set_font(FONT, size=TABLE_SIZE)
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        text_align="LEFT",
        repeat_headings=1,
        markdown=False,
        headings_style=_bold_headings(),
        padding=TABLE_PADDING,
        line_height=TABLE_SIZE * 0.5,
    ) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)


def _bold_headings() -> FontFace:
    """Bold DejaVu on a light green band for a table's heading row (the committee's letter uses it too)."""
    return FontFace(family=FONT, emphasis="BOLD", fill_color=(230, 240, 233))


def _charts(pdf: ReportPDF, report: facts.Report, images: list[bytes] | None) -> None:
    """The two charts scaled to the page, or a visible line saying they could not be drawn."""
    if not images:
        _heading(pdf, t("report.heading.charts", pdf.report_lang))
        _paragraph(pdf, t("export.charts_missing", pdf.report_lang), bold=True, colour=RED)
        return
    _heading(pdf, t("report.heading.charts", pdf.report_lang), keep=_image_size(pdf, images[0])[1])
    if len(facts.results(report)) > doc.CHART_PROPOSALS:
        _paragraph(pdf, t("export.chart_top", pdf.report_lang, count=doc.CHART_PROPOSALS), size=9)
    for png in images:
        _image(pdf, png)


def _image_size(pdf: ReportPDF, png: bytes) -> tuple[float, float]:
    """Width and height in mm of a PNG at full text width, shrunk to fit one page."""
    px_w, px_h = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    width, height = pdf.epw, pdf.epw * px_h / px_w
    room = pdf.eph - 12
    return (width * room / height, room) if height > room else (width, height)


def _image(pdf: ReportPDF, png: bytes) -> None:
    """One PNG at full text width, on the next page if it would not fit this one."""
    width, height = _image_size(pdf, png)
    if pdf.will_page_break(height):
        pdf.add_page()
    pdf.image(io.BytesIO(png), x=pdf.l_margin, y=pdf.get_y(), w=width, h=height)
    pdf.set_y(pdf.get_y() + height + 4)


def _proposals(pdf: ReportPDF, report: facts.Report) -> None:
    """Every proposal with its text, theme, addressee and support; the top ones with their arguments."""
    blocks = doc.proposal_blocks(report, pdf.report_lang)
    if not blocks:
        return
    _heading(pdf, t("report.heading.proposals", pdf.report_lang), keep=_opening_height(pdf, blocks[0]))
    for block in blocks:
        _proposal(pdf, block)


def _opening_height(pdf: ReportPDF, block: doc.ProposalBlock) -> float:
    """The height of a proposal up to its first argument: what must share a page with its heading."""
    height = _height(pdf, block.heading, size=11, bold=True) + _height(pdf, doc.details_line(block), size=9) + 3
    if block.body:
        height += _height(pdf, block.body)
    if block.sides:
        side, texts = block.sides[0]
        height += _height(pdf, f"{side}:", bold=True) + _height(pdf, texts[0], indent=BULLET_INDENT)
    return height


def _proposal(pdf: ReportPDF, block: doc.ProposalBlock) -> None:
    """One proposal, its heading kept with its text and each side's label with its first argument."""
    opening: list[tuple[str, int, float]] = [
        (block.heading, 11, 0),
        (doc.details_line(block), 9, 0),
        (block.body, 10, 0),
    ]
    if block.sides:
        opening += [(block.sides[0][0], 10, 0), (block.sides[0][1][0], 10, BULLET_INDENT)]
    if _near_bottom(pdf, opening):
        _keep(pdf, _opening_height(pdf, block))
    _paragraph(pdf, block.heading, size=11, bold=True)
    if block.body:
        _paragraph(pdf, block.body)
    _paragraph(pdf, doc.details_line(block), size=9, colour=GREY)
    for side, texts in block.sides:
        pdf.ln(1)
        if _near_bottom(pdf, [(side, 10, 0), (texts[0], 10, BULLET_INDENT)]):
            _keep(pdf, _height(pdf, f"{side}:", bold=True) + _height(pdf, texts[0], indent=BULLET_INDENT))
        _paragraph(pdf, f"{side}:", bold=True)
        for text in texts:
            _bullet(pdf, text)
    pdf.ln(3)


def _near_bottom(pdf: ReportPDF, paragraphs: list[tuple[str, int, float]]) -> bool:
    """Whether these paragraphs might not fit above the page's foot, by a quick upper bound: only then is it
    worth measuring them exactly (fpdf's dry run is most of a long report's time)."""
    most = 6.0  # the spacing between them, generously
    for text, size, indent in paragraphs:
        lines = _most_lines(pdf, str(text), size, pdf.epw - indent)
        if lines is None:
            return True
        most += lines * size * 0.5
    return pdf.will_page_break(most)


def _most_lines(pdf: ReportPDF, text: str, size: int, room: float) -> int | None:
    """At most how many lines a paragraph wraps to in bold (wider than regular): every full line lacks at most
    its next word; None when a word takes so much of a line that no useful bound is quick to give."""
    pdf.set_font(FONT, "B", size)
    lines = 0
    for line in _text(text).split("\n"):
        longest = max((pdf.get_string_width(word + " ") for word in line.split()), default=0.0)
        if longest > room / 3:
            return None
        lines += 1 + math.floor(pdf.get_string_width(line) / (room - longest))
    return lines


def _bullet(pdf: ReportPDF, text: str) -> None:
    """A list item whose wrapped lines hang under its first word, not under the bullet."""
    pdf.set_font(FONT, "", 10)
    pdf.set_x(pdf.l_margin + BULLET_INDENT - 4)
    pdf.cell(4, 5, "•")
    _paragraph(pdf, text, indent=BULLET_INDENT)
