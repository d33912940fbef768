"""Downloads: CSV, and the cell neutralisation every spreadsheet export uses."""

from __future__ import annotations

import pandas as pd

from council.i18n import t

# OWASP ASVS 1.2.10: a cell starting with one of these is read as a formula by spreadsheets.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


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


RESULT_COLUMNS = ("rank", "title", "theme", "voters_supporting", "share_of_voters", "points")


def results_csv(results: pd.DataFrame, lang: str = "sv") -> bytes:
    """The results table as UTF-8 CSV (with BOM so Excel reads åäö), headers translated."""
    columns = [c for c in RESULT_COLUMNS if c in results.columns]
    table = neutralise_frame(results.loc[:, columns].sort_values("rank"))
    table = table.rename(columns={c: t(f"column.{c}", lang) for c in columns})
    return table.to_csv(index=False).encode("utf-8-sig")
