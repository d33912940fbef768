"""The letter (skrivelse) that goes with one forwarding, as a registrar files it: A4, sender, recipient, date,
diarienummer, subject, the proposals sent to this committee with their support; PDF and DOCX, page numbers."""

from __future__ import annotations

import io
import re
import unicodedata

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from council.case import Case
from council.exports import pdf as report_pdf
from council.exports.cells import xml_safe
from council.i18n import fmt_count_of, fmt_date, normalise_language, t
from council.smallgroups import format_support


def header_lines(case: Case, lang: str) -> list[tuple[str, str]]:
    """Label and value of each line of the letter's head, in order (the diarienummer only once registered)."""
    sender = case.provenance or t("letter.sender", lang, school=case.school, klass=case.class_label)
    lines = [
        (t("letter.date", lang), fmt_date(case.forwarding.forwarded_at, lang)),
        (t("letter.from", lang), sender),
        (t("letter.teacher", lang), case.teacher),
        (t("letter.to", lang), case.committee),
    ]
    if case.forwarding.diarienummer:
        lines.insert(1, (t("letter.dnr", lang), case.forwarding.diarienummer))
    return [(label, value) for label, value in lines if value]


def subject(case: Case, lang: str) -> str:
    """The letter's subject line."""
    return t("letter.subject", lang, klass=case.class_label or "–", title=case.report.title)


def intro(case: Case, lang: str) -> str:
    """What the class did and what it asks of the committee."""
    return t(
        "letter.intro",
        lang,
        klass=case.class_label or "–",
        school=case.school or "–",
        question=case.question,
        method=t(f"method.{case.method}", lang),
        turnout=fmt_count_of(case.voted, case.expected, lang) if case.expected else str(case.voted),
        committee=case.committee,
        count=len(case.proposals),
        deadline=fmt_date(case.forwarding.deadline, lang),
    )


def proposal_rows(case: Case, lang: str) -> list[list[str]]:
    """Place, proposal and support, one row per proposal sent to this committee."""
    return [
        [str(p.rank), p.title, format_support(p.supporting, case.share_base, lang)]
        for p in sorted(case.proposals, key=lambda p: p.rank)
    ]


def closing(case: Case, lang: str) -> str:
    """How the committee answers, and who signs."""
    return t("letter.closing", lang, teacher=case.teacher or "–", school=case.school or "–")


def file_name(case: Case, ext: str) -> str:
    """A plain ASCII name such as 'skrivelse-6B-tekniska-namnden.pdf'."""
    parts = [case.class_label or "klass", case.committee]
    folded = unicodedata.normalize("NFKD", "-".join(parts)).encode("ascii", "ignore").decode()
    return f"skrivelse-{re.sub(r'[^A-Za-z0-9]+', '-', folded).strip('-').lower()}.{ext}"


def letter_pdf(case: Case, lang: str = "sv") -> bytes:
    """The letter as an A4 PDF with 'Sida 1 av 2' at the foot of each page."""
    lang = normalise_language(lang)
    pdf = report_pdf.ReportPDF(lang)
    pdf.set_title(subject(case, lang))
    pdf.add_page()
    for label, value in header_lines(case, lang):
        report_pdf._paragraph(pdf, f"{label}: {value}", size=10)
    pdf.ln(4)
    report_pdf._paragraph(pdf, subject(case, lang), size=13, bold=True)
    pdf.ln(2)
    report_pdf._paragraph(pdf, intro(case, lang))
    if case.small_group:
        pdf.ln(2)
        report_pdf._paragraph(pdf, t("report.small_group_warning", lang), bold=True, colour=report_pdf.RED)
    _pdf_table(pdf, case, lang)
    for proposal in sorted(case.proposals, key=lambda p: p.rank):
        report_pdf._paragraph(pdf, f"{proposal.rank}. {proposal.title}", size=11, bold=True)
        report_pdf._paragraph(pdf, proposal.body or "–")
        pdf.ln(2)
    pdf.ln(2)
    report_pdf._paragraph(pdf, closing(case, lang))
    return bytes(pdf.output())


def _pdf_table(pdf: report_pdf.ReportPDF, case: Case, lang: str) -> None:
    pdf.ln(3)
    pdf.set_font(report_pdf.FONT, size=9)
    header = [t("letter.col.rank", lang), t("letter.col.title", lang), t("letter.col.support", lang)]
    with pdf.table(
        col_widths=(16, 110, 48), text_align="LEFT", repeat_headings=1, markdown=False,
        headings_style=report_pdf._bold_headings(),
    ) as table:  # fmt: skip
        for cells in [header, *proposal_rows(case, lang)]:
            row = table.row()
            for cell in cells:
                row.cell(report_pdf._text(cell))
    pdf.ln(4)


def letter_docx(case: Case, lang: str = "sv") -> bytes:
    """The letter as an A4 Word document with page numbers in the footer."""
    lang = normalise_language(lang)
    document = Document()
    _a4_with_page_numbers(document, lang)
    document.core_properties.title = _safe(subject(case, lang))
    for label, value in header_lines(case, lang):
        line = document.add_paragraph()
        line.add_run(f"{label}: ").bold = True
        line.add_run(_safe(value))
        line.paragraph_format.space_after = Pt(0)
    document.add_heading(_safe(subject(case, lang)), level=1)
    document.add_paragraph(_safe(intro(case, lang)))
    if case.small_group:
        document.add_paragraph().add_run(t("report.small_group_warning", lang)).bold = True
    _docx_table(document, case, lang)
    for proposal in sorted(case.proposals, key=lambda p: p.rank):
        document.add_heading(_safe(f"{proposal.rank}. {proposal.title}"), level=2)
        document.add_paragraph(_safe(proposal.body or "–"))
    document.add_paragraph(_safe(closing(case, lang)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _safe(text: object) -> str:
    return str(xml_safe(str(text)))


def _docx_table(document: DocxDocument, case: Case, lang: str) -> None:
    header = [t("letter.col.rank", lang), t("letter.col.title", lang), t("letter.col.support", lang)]
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.autofit = False
    for index, cells in enumerate([header, *proposal_rows(case, lang)]):
        for cell, text, width in zip(table.add_row().cells, cells, (1.6, 10.5, 4.5), strict=True):
            cell.width = Cm(width)  # Word reads widths per cell; without them the title column is squeezed
            cell.paragraphs[0].add_run(_safe(text)).bold = index == 0 or None


def _a4_with_page_numbers(document: DocxDocument, lang: str) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = t("export.page_of", lang, page="\0", total="\1").partition("\0")
    between, _, after = rest.partition("\1")
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(between)
    _field(footer, "NUMPAGES")
    footer.add_run(after)


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that the reader fills in."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == code:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {code} "
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._r.append(element)
