"""How a workbook sheet looks on screen and on paper: column widths, wrapped text, A4 fitted to the width,
frozen heading row, page numbers."""

from __future__ import annotations

import math
from typing import Any

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

WRAPPED = {"title", "body", "argument", "theme", "addressee", "warning"}
WIDEST = {"title": 32, "body": 45, "argument": 50, "theme": 20, "addressee": 22, "warning": 60}
NARROWEST = 6
NUMBER_WIDEST = 14
LANDSCAPE_FROM = 110  # characters across: wider sheets print on their side
LINE_HEIGHT = 15  # points per line of 11-point text
CHARACTERS_PER_WIDTH = 1.1  # a column of width 10 holds about 11 characters of ordinary text
HEADING_FILL = PatternFill("solid", fgColor="E6F0E9")
RED = "A3123A"


def size_columns(sheet: Worksheet, columns: list[str], header_row: int) -> None:
    """Each column as wide as its content (long text capped and wrapped); headings wrap between words."""
    tall_rows = any(column in WRAPPED for column in columns)  # otherwise every row is one line: nothing to align
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cells = [row[0] for row in sheet.iter_rows(min_row=header_row, min_col=index, max_col=index)]
        heading_words = max((len(word) for word in str(cells[0].value or "").split()), default=0)
        longest = max((_longest_line(cell.value) for cell in cells[1:]), default=0)
        cap = WIDEST.get(column, NUMBER_WIDEST)
        sheet.column_dimensions[letter].width = max(NARROWEST, heading_words + 2, min(longest + 2, cap))
        if tall_rows:
            body = Alignment(wrap_text=column in WRAPPED, vertical="top")  # one object: styling is per-cell costly
            for cell in cells[1:]:
                cell.alignment = body
        cells[0].alignment = Alignment(wrap_text=True, vertical="bottom")


def _longest_line(value: object) -> int:
    """Characters in the longest line of a cell's text."""
    return max((len(line) for line in str(value if value is not None else "").splitlines()), default=0)


def fit_row_heights(sheet: Worksheet) -> None:
    """Rows tall enough for their wrapped text: spreadsheet programs do not measure rows when a file opens."""
    for row in sheet.iter_rows():
        lines = max((_lines_in(cell, sheet) for cell in row), default=1)
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 2


def _lines_in(cell: Any, sheet: Worksheet) -> int:
    """How many lines a cell's text takes at its column's width (1 unless it wraps)."""
    if cell.value is None or not (cell.alignment and cell.alignment.wrap_text):
        return 1
    width = (sheet.column_dimensions[cell.column_letter].width or 10) * CHARACTERS_PER_WIDTH
    return sum(max(1, math.ceil(len(line) / max(width - 1, 1))) for line in str(cell.value).split("\n"))


def style_heading_row(sheet: Worksheet, row: int) -> None:
    """Bold headings on a light green band."""
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.fill = HEADING_FILL


def prepare_printing(sheet: Worksheet, *, footer: str, header: str = "", title_row: int | None = None) -> None:
    """A4, one page wide (as many pages down as needed), landscape if wide, the heading row on every page,
    the used range as print area and 'Sida X av Y' in the footer."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    across = sum((sheet.column_dimensions[get_column_letter(i)].width or 10) for i in range(1, sheet.max_column + 1))
    sheet.page_setup.orientation = "landscape" if across > LANDSCAPE_FROM else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_area = f"A1:{get_column_letter(sheet.max_column)}{sheet.max_row}"
    if title_row:
        sheet.print_title_rows = f"{title_row}:{title_row}"
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.oddFooter.center.text = footer
    sheet.oddFooter.center.size = 9
    if header:
        sheet.oddHeader.center.text = header
        sheet.oddHeader.center.size = 9
        sheet.oddHeader.center.color = RED
