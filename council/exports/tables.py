"""The report's tables as translated DataFrames, and the CSV downloads built from them: one for Excel in the
reader's language (Swedish: semicolons, decimal comma, Ja/Nej) and one plain comma/point file for data tools."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
import pandas as pd

from council import report_facts as facts
from council.exports.cells import sheet_cell
from council.i18n import t
from council.locale import CATALOGUE

RESULT_COLUMNS = ("rank", "title", "theme", "voters_supporting", "share_of_voters", "points")
REPORT_RESULT_COLUMNS = (
    "rank",
    "title",
    "theme",
    "addressee",
    "voters_supporting",
    "share_of_voters",
    "points",
    "tied",
)
PROPOSAL_COLUMNS = ("proposal_id", "title", "body", "theme", "addressee", "rank", "arguments_for", "arguments_against")


def heading(column: str, lang: str, report: facts.Report | None = None) -> str:
    """A column's translated heading (what `points` counts depends on the report's method)."""
    if column == "points":
        return t(facts.described(report).points_key if report else "measure.points", lang)
    return t(f"column.{column}" if f"column.{column}" in CATALOGUE else f"report.column.{column}", lang)


def rank_heading(report: facts.Report, lang: str) -> str:
    """'Placering (Schulzemetoden)': a table without the report's words still names what decided the order."""
    way = facts.described(report).deciding_way(facts.method_params(report))
    return t("column.rank_decided_by", lang, name=t(way.name_key, lang))


def headings(columns: list[str], lang: str, report: facts.Report | None = None) -> list[str]:
    """A table's translated headings; with a report, the rank's heading names what decided the order."""
    return [rank_heading(report, lang) if c == "rank" and report else heading(c, lang, report) for c in columns]


def translated(frame: pd.DataFrame, lang: str, report: facts.Report | None = None) -> pd.DataFrame:
    """Rename a table's columns to their translated headings."""
    return frame.set_axis(headings(list(frame.columns), lang, report), axis=1)


@dataclass(frozen=True)
class CsvStyle:
    """How one kind of CSV file writes its cells."""

    separator: str
    decimal: str
    bom: bool
    spreadsheet: bool  # yes/no in words for people; true/false for programs


EXCEL_STYLES = {"sv": CsvStyle(";", ",", True, True), "en": CsvStyle(",", ".", True, True)}
DATA_STYLE = CsvStyle(",", ".", False, False)
DECIMALS = 4


def csv_style(lang: str, *, for_data: bool = False) -> CsvStyle:
    """The plain file for data tools, or the one Excel opens in columns in the reader's language."""
    return DATA_STYLE if for_data else EXCEL_STYLES.get(lang, EXCEL_STYLES["sv"])


def results_csv(
    results: pd.DataFrame,
    lang: str = "sv",
    *,
    method: str | None = None,
    params: dict | None = None,
    for_data: bool = False,
) -> bytes:
    """A session's results table as CSV, headers translated (named by the method), text neutralised."""
    columns = [c for c in RESULT_COLUMNS + ("tied",) if c in results.columns]
    table = results.loc[:, columns].sort_values("rank", kind="stable")
    named = {"method": method, "method_params": params or {}} if method else None
    return write_csv(translated(table, lang, named), lang, csv_style(lang, for_data=for_data))


def results_table(report: facts.Report) -> pd.DataFrame:
    """Every result column an analyst needs, in rank order."""
    wanted = REPORT_RESULT_COLUMNS + facts.described(report).result_columns
    frame = facts.results_frame(report)
    return frame.loc[:, [c for c in wanted if c in frame.columns]]


def proposals_table(report: facts.Report) -> pd.DataFrame:
    """Each proposal with its text and how many arguments it drew on each side."""
    rows = [
        {
            **row,
            **{
                f"arguments_{side}": len(facts.arguments(report, row["proposal_id"], side))
                for side in ("for", "against")
            },
        }
        for row in facts.results(report)
    ]
    frame = pd.DataFrame(rows, columns=list(PROPOSAL_COLUMNS))
    return frame.sort_values("proposal_id", kind="stable").reset_index(drop=True)


def arguments_table(report: facts.Report, lang: str) -> pd.DataFrame:
    """Every argument beside its proposal's id and title, in rank order, each side strongest first."""
    rows = [
        {
            "proposal_id": row["proposal_id"],
            "title": row["title"],
            "side": t(f"report.side.{side}", lang),
            "argument": found["text"],
            "marks": facts.marks(found),
        }
        for row in facts.results(report)
        for side in ("for", "against")
        for found in facts.arguments(report, row["proposal_id"], side)
    ]
    return pd.DataFrame(rows, columns=["proposal_id", "title", "side", "argument", "marks"])


def ballots_table(report: facts.Report, rng: random.Random | None = None) -> pd.DataFrame:
    """Single ballots in shuffled order, their ids replaced by 1..n after shuffling."""
    ids = list(dict.fromkeys(b["ballot_id"] for b in report.get("ballots") or []))
    (rng or random.SystemRandom()).shuffle(ids)
    number = {ballot_id: n for n, ballot_id in enumerate(ids, start=1)}
    order = {row["proposal_id"]: i for i, row in enumerate(facts.results(report))}
    rows = sorted(
        (
            {"ballot": number[b["ballot_id"]], "proposal_id": b["proposal_id"], "value": b["value"]}
            for b in report.get("ballots") or []
        ),
        key=lambda r: (r["ballot"], order.get(r["proposal_id"], 0)),
    )
    return pd.DataFrame(rows, columns=["ballot", "proposal_id", "value"])


def with_warning(frame: pd.DataFrame, report: facts.Report, lang: str) -> pd.DataFrame:
    """For a small group, a warning column holding the warning once, on the first row."""
    if facts.is_small_group(report):
        notes = [t("report.small_group_warning", lang)] + [""] * max(len(frame) - 1, 0)
        frame = frame.assign(warning=notes[: len(frame)] or None)
    return frame


def report_csv(report: facts.Report, lang: str = "sv", *, for_data: bool = False) -> bytes:
    """The report's results as CSV, headers translated, text neutralised."""
    table = translated(with_warning(results_table(report), report, lang), lang, report)
    return write_csv(table, lang, csv_style(lang, for_data=for_data))


def report_csv_data(report: facts.Report, lang: str = "sv") -> bytes:
    """The report's results as a plain comma/point CSV for data tools."""
    return report_csv(report, lang, for_data=True)


def proposals_csv(report: facts.Report, lang: str = "sv", *, for_data: bool = False) -> bytes:
    """Every proposal with its full text as CSV."""
    table = translated(with_warning(proposals_table(report), report, lang), lang, report)
    return write_csv(table, lang, csv_style(lang, for_data=for_data))


def write_csv(frame: pd.DataFrame, lang: str, style: CsvStyle) -> bytes:
    """A table as CSV bytes in one style, every cell made safe for spreadsheets."""
    cells = frame.map(lambda value: _csv_cell(value, lang, style))
    text = cells.to_csv(index=False, sep=style.separator, lineterminator="\r\n")
    return text.encode("utf-8-sig" if style.bom else "utf-8")


def _csv_cell(value: object, lang: str, style: CsvStyle) -> object:
    """Yes/no in words or true/false, decimals rounded with the style's decimal sign, text neutralised."""
    if isinstance(value, bool | np.bool_):
        if style.spreadsheet:
            return t("export.yes" if value else "export.no", lang)
        return "true" if value else "false"
    if isinstance(value, float) and not pd.isna(value):
        text = f"{round(value, DECIMALS) + 0.0:.{DECIMALS}f}".rstrip("0").rstrip(".")  # + 0.0: no "-0"
        return text.replace(".", style.decimal)
    return sheet_cell(value)
