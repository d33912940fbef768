"""The report's tables as translated DataFrames, and the CSV downloads built from them."""

from __future__ import annotations

import random

import pandas as pd

from council import report_facts as facts
from council.exports.cells import neutralise_frame, sheet_cell
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


def results_csv(
    results: pd.DataFrame, lang: str = "sv", *, method: str | None = None, params: dict | None = None
) -> bytes:
    """The results table as UTF-8 CSV (with BOM so Excel reads åäö), headers translated (named by the method)."""
    columns = [c for c in RESULT_COLUMNS if c in results.columns]
    table = neutralise_frame(results.loc[:, columns].sort_values("rank"))
    named = {"method": method, "method_params": params or {}} if method else None
    return translated(table, lang, named).to_csv(index=False).encode("utf-8-sig")


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
    """Every argument beside its proposal's id and title."""
    titles = {row["proposal_id"]: row["title"] for row in facts.results(report)}
    rows = [
        {
            "proposal_id": a["proposal_id"],
            "title": titles.get(a["proposal_id"], ""),
            "side": t(f"report.side.{a['side']}", lang),
            "argument": a["text"],
        }
        for a in report.get("arguments") or []
    ]
    return pd.DataFrame(rows, columns=["proposal_id", "title", "side", "argument"])


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
    """Add the small-group warning as a column on every row when the group is small."""
    if facts.is_small_group(report):
        frame = frame.assign(warning=t("report.small_group_warning", lang))
    return frame


def report_csv(report: facts.Report, lang: str = "sv") -> bytes:
    """The report's results as UTF-8 CSV with BOM, headers translated, text neutralised."""
    return _csv(translated(with_warning(results_table(report), report, lang), lang, report))


def proposals_csv(report: facts.Report, lang: str = "sv") -> bytes:
    """Every proposal with its full text as UTF-8 CSV with BOM."""
    return _csv(translated(with_warning(proposals_table(report), report, lang), lang, report))


def _csv(frame: pd.DataFrame) -> bytes:
    """A table as Excel-friendly CSV bytes, every cell made safe."""
    return frame.map(sheet_cell).to_csv(index=False).encode("utf-8-sig")
