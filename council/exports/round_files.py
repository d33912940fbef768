"""A municipal round's frozen report as PDF, DOCX, XLSX, CSV and Markdown, built from round_text's lines with the
class report's PDF pieces and cell safety (no charts to draw: the funnel is drawn with plain shapes, so it is fast)."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from fpdf.enums import XPos, YPos
from openpyxl import Workbook
from openpyxl.styles import Font

from council import report_facts as facts
from council.exports import round_text as rt
from council.exports.cells import sheet_cell, xml_safe
from council.exports.markdown import escape
from council.exports.pdf import ReportPDF, _heading, _paragraph, _text
from council.exports.tables import csv_style, translated, write_csv
from council.i18n import normalise_language, t
from council.summary import summary_text

GREEN = (27, 107, 58)


def round_pdf(report: facts.Report, lang: str = "sv") -> bytes:
    """The round's list as an A4 PDF: front page with the funnel, then each group's proposals."""
    lang = normalise_language(lang)
    pdf = ReportPDF(lang)
    pdf.set_title(str(report.get("title", "")))
    pdf.add_page()
    _paragraph(pdf, report.get("title", ""), size=18, bold=True)
    for question in report.get("questions") or [report.get("question", "")]:
        _paragraph(pdf, question, size=13)
    _paragraph(pdf, rt.context_line(report, lang), colour=(60, 60, 60))
    _heading(pdf, t("round.export.funnel_heading", lang))
    _funnel(pdf, rt.funnel_steps(report, lang))
    _heading(pdf, t("report.heading.summary", lang))
    _paragraph(pdf, summary_text(report, lang))
    group = None
    for entry in rt.entries(report, lang):
        if entry.group != group:
            group = entry.group
            _heading(pdf, t("round.export.group", lang, group=group))
        _pdf_entry(pdf, entry, lang)
    _heading(pdf, t("report.heading.comment", lang))
    _paragraph(pdf, report.get("teacher_comment") or t("report.no_comment", lang))
    _heading(pdf, t("round.export.how_heading", lang))
    _paragraph(pdf, "\n\n".join(rt.annex(lang)))
    return bytes(pdf.output())


def _funnel(pdf: ReportPDF, steps: list[tuple[str, int]]) -> None:
    """Centred bars, widest for what the pupils wrote, narrowest for the list; numbers inside, words beside."""
    top = max((value for _, value in steps), default=0) or 1
    lane = pdf.epw * 0.55
    for label, value in steps:
        width = max(lane * value / top, 12)
        y = pdf.get_y()
        pdf.set_fill_color(*GREEN)
        pdf.rect(pdf.l_margin + (lane - width) / 2, y, width, 9, style="F")
        pdf.set_font("DejaVu", "B", 12)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(lane, 9, str(value), align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(pdf.l_margin + lane + 4, y)
        pdf.cell(pdf.epw - lane - 4, 9, label)
        pdf.set_xy(pdf.l_margin, y + 11)


def _pdf_entry(pdf: ReportPDF, entry: rt.Entry, lang: str) -> None:
    _line(pdf, f"{entry.number}. {entry.title}", size=12, bold=True)
    _paragraph(pdf, entry.body)
    for line in entry.facts:
        _line(pdf, line, size=9, colour=(60, 60, 60))
    for side, texts in (("for", entry.pros), ("against", entry.cons)):
        if texts:
            _line(pdf, f"{t(f'report.side.{side}', lang)}:", size=9, bold=True)
            for text in texts:
                _line(pdf, f"• {text}", size=9)
    pdf.ln(3)


def _line(
    pdf: ReportPDF, text: str, *, size: int = 10, bold: bool = False, colour: tuple[int, int, int] = (0, 0, 0)
) -> None:
    """A paragraph that fits one line as a plain cell: fpdf2's line breaking costs ~3 ms a line, and a 90-proposal
    list has 700 of them; longer text wraps as usual."""
    pdf.set_font("DejaVu", "B" if bold else "", size)
    if "\n" in text or pdf.get_string_width(_text(text)) > pdf.epw:
        _paragraph(pdf, text, size=size, bold=bold, colour=colour)
        return
    pdf.set_text_color(*colour)
    pdf.cell(0, size * 0.5, _text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def round_docx(report: facts.Report, lang: str = "sv") -> bytes:
    """The round's list as a Word document: real headings, the funnel as a table, each proposal with its lines."""
    lang = normalise_language(lang)
    document = Document()
    document.core_properties.title = str(xml_safe(str(report.get("title", ""))))
    document.add_heading(_safe(report.get("title", "")), level=1)
    for question in report.get("questions") or [report.get("question", "")]:
        document.add_paragraph().add_run(_safe(question)).font.size = Pt(13)
    document.add_paragraph(_safe(rt.context_line(report, lang)))
    document.add_heading(t("round.export.funnel_heading", lang), level=2)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rt.funnel_steps(report, lang):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(value)
    document.add_heading(t("report.heading.summary", lang), level=2)
    for paragraph in summary_text(report, lang).split("\n\n"):
        document.add_paragraph(_safe(paragraph))
    group = None
    for entry in rt.entries(report, lang):
        if entry.group != group:
            group = entry.group
            document.add_heading(_safe(t("round.export.group", lang, group=group)), level=2)
        _docx_entry(document, entry, lang)
    document.add_heading(t("report.heading.comment", lang), level=2)
    document.add_paragraph(_safe(report.get("teacher_comment") or t("report.no_comment", lang)))
    document.add_heading(t("round.export.how_heading", lang), level=2)
    for paragraph in rt.annex(lang):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _safe(text: object) -> str:
    return str(xml_safe(str(text)))


def _styled(paragraph: Paragraph, style_id: str) -> None:
    """Give a paragraph a built-in style by its id.

    python-docx's style= looks the style up by name and then scans every style to see whether it is the default:
    12 ms per paragraph, 7 of the 9 seconds of a 94-proposal list. The id of a built-in style never changes.
    """
    paragraph._p.style = style_id


def _docx_entry(document: DocxDocument, entry: rt.Entry, lang: str) -> None:
    _styled(document.add_paragraph(_safe(f"{entry.number}. {entry.title}")), "Heading3")
    document.add_paragraph(_safe(entry.body))
    for line in entry.facts:
        _styled(document.add_paragraph(_safe(line)), "ListBullet")
    for side, texts in (("for", entry.pros), ("against", entry.cons)):
        if texts:
            document.add_paragraph().add_run(f"{t(f'report.side.{side}', lang)}:").bold = True
            for text in texts:
                _styled(document.add_paragraph(_safe(text)), "ListBullet2")


def round_xlsx(report: facts.Report, lang: str = "sv") -> bytes:
    """Sheets: summary with the funnel, the list, the class proposals behind it, the arguments."""
    lang = normalise_language(lang)
    book = Workbook()
    summary = book.active
    summary.title = t("report.sheet.summary", lang)
    rows: list[list[object]] = [
        [report.get("title")],
        [rt.context_line(report, lang)],
        *[[k, v] for k, v in rt.funnel_steps(report, lang)],
    ]
    for row in rows + [[]] + [[line] for line in summary_text(report, lang).splitlines()]:
        summary.append([sheet_cell(value) for value in row])
    summary.column_dimensions["A"].width = 60
    for name, frame in (
        ("list", rt.list_table(report)),
        ("origins", rt.origins_table(report)),
        ("arguments", rt.arguments_table(report, lang)),
    ):
        sheet = book.create_sheet(t(f"round.sheet.{name}", lang))
        sheet.append(list(translated(frame.head(0), lang).columns))
        for values in frame.itertuples(index=False):
            sheet.append([sheet_cell(value) for value in values])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def round_csv(report: facts.Report, lang: str = "sv") -> bytes:
    """The list as UTF-8 CSV with BOM (Excel reads åäö), headings translated, every cell made safe."""
    return write_csv(translated(rt.list_table(report), lang), lang, csv_style(lang))  # as Excel opens it here


def round_markdown(report: facts.Report, lang: str = "sv") -> str:
    """The round's list as Markdown to paste into an e-mail."""
    lang = normalise_language(lang)
    parts = [
        f"# {escape(report.get('title', ''))}",
        *[f"**{escape(q)}**" for q in report.get("questions") or []],
        escape(rt.context_line(report, lang)),
        f"## {t('round.export.funnel_heading', lang)}",
        "\n".join(f"- {escape(label)}: {value}" for label, value in rt.funnel_steps(report, lang)),
        f"## {t('report.heading.summary', lang)}",
        *map(escape, summary_text(report, lang).split("\n\n")),
    ]
    for entry in rt.entries(report, lang):
        lines = [
            f"### {entry.number}. {escape(entry.title)}",
            escape(entry.body),
            *[f"- {escape(f)}" for f in entry.facts],
        ]
        for side, texts in (("for", entry.pros), ("against", entry.cons)):
            lines += [f"{t(f'report.side.{side}', lang)}:", *[f"- {escape(text)}" for text in texts]] if texts else []
        parts.append("\n".join(lines))
    parts += [f"## {t('round.export.how_heading', lang)}", *map(escape, rt.annex(lang))]
    return "\n\n".join(parts) + "\n"
