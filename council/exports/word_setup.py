"""Word document settings python-docx has no call for: language, page-number fields, rows kept whole."""

from __future__ import annotations

import re
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import Table

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
# What Word shows for a decimal point and between list items in each language.
NUMBER_SIGNS = {"sv": (",", ";"), "en": (".", ",")}
FIELDS = {"page": "PAGE", "total": "NUMPAGES"}


def set_page(document: DocumentObject) -> None:
    """A4 portrait with 2 cm margins on every section."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)


def set_language(document: DocumentObject, lang: str) -> None:
    """The language Word spell-checks in and formats numbers for: in the default run style, in every style
    that names one, in the document settings and in the file's properties."""
    tag = LANGUAGE_TAGS[lang]
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _language_of(run_defaults).set(qn("w:val"), tag)
    for found in styles.iter(qn("w:lang")):
        found.set(qn("w:val"), tag)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        settings.append(theme)
    theme.set(qn("w:val"), tag)
    decimal, separator = NUMBER_SIGNS[lang]
    for name, value in (("w:decimalSymbol", decimal), ("w:listSeparator", separator)):
        if (element := settings.find(qn(name))) is not None:
            element.set(qn("w:val"), value)
    document.core_properties.language = tag


def _language_of(run_properties: Any) -> Any:
    """The w:lang element of a run's properties, made when missing."""
    found = run_properties.find(qn("w:lang"))
    if found is None:
        found = OxmlElement("w:lang")
        run_properties.append(found)
    return found


def page_numbers(document: DocumentObject, template: str) -> None:
    """A centred footer such as 'Sida {page} av {total}', the numbers as Word fields (PAGE, NUMPAGES)."""
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for piece in re.split(r"(\{page\}|\{total\})", template):
            if piece in ("{page}", "{total}"):
                _field(paragraph, FIELDS[piece.strip("{}")])
            elif piece:
                paragraph.add_run(piece).font.size = Pt(9)


def _field(paragraph: Any, instruction: str) -> None:
    """A simple field (w:fldSimple) that Word and LibreOffice fill in, with a placeholder until they do."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "18")
    properties.append(size)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(properties)
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def table_rows_whole(table: Table) -> None:
    """No row splits across pages, and the heading row repeats on every page the table reaches."""
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
        if index == 0:
            properties.append(OxmlElement("w:tblHeader"))
