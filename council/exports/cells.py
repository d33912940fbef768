"""Cell safety for every export: formula neutralisation and characters a file format cannot hold."""

from __future__ import annotations

import re

import pandas as pd

# OWASP ASVS 1.2.10: a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# XML 1.0 (XLSX, DOCX) cannot hold C0 control characters other than tab, newline and return.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def neutralise_cell(value: object) -> object:
    """Prefix text a spreadsheet would run as a formula with a quote; other values pass."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Neutralise every text cell of a table."""

    def column_safe(column: pd.Series) -> pd.Series:
        textual = column.dtype == object or pd.api.types.is_string_dtype(column)
        return column.map(neutralise_cell) if textual else column

    return frame.apply(column_safe)


def xml_safe(value: object) -> object:
    """Drop the control characters XML files cannot store; other values pass."""
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def sheet_cell(value: object) -> object:
    """A value ready for a spreadsheet cell: XML-safe, neutralised, missing values empty."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return neutralise_cell(xml_safe(value))
