"""Facts read from a frozen report dict: the share base, top priorities, ties, themes, arguments, minorities."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import pandas as pd

from council import methods

Report = dict[str, Any]
Row = dict[str, Any]

TOP_RANKS = 3
MINORITY_SHARE = 0.20  # a proposal outside the top that a fifth of the class backs is worth naming
MAJORITY_SHARE = 0.50  # from half up it is no minority
MINORITY_PUPILS = 2  # one pupil is no "clear minority", and naming one pupil's choice singles them out
DIVIDED_SHARE = 0.20  # "divided" needs at least a fifth on each side
SMALL_GROUP = 5  # fewer ballots than this and single votes can be guessed


def described(report: Report) -> methods.MethodDescription:
    """The voting method the report's class used."""
    return methods.describe(report.get("method") or methods.Method.approval)


def method_params(report: Report) -> dict[str, Any]:
    """The settings the vote ran with (a setting added since reads as what it was then)."""
    return described(report).as_recorded(report.get("method_params"))


def for_against(report: Report) -> bool:
    """Whether the ballots said for or against each proposal (score), so results have two sides."""
    return described(report).for_against


def results(report: Report) -> list[Row]:
    """The results rows in rank order."""
    return sorted(report.get("results") or [], key=lambda row: (row["rank"], row.get("proposal_id", 0)))


def results_frame(report: Report) -> pd.DataFrame:
    """The results rows as a DataFrame in rank order."""
    return pd.DataFrame(results(report))


def voted(report: Report) -> int:
    """How many ballots were cast, blank ones included."""
    return int((report.get("turnout") or {}).get("voted") or 0)


def blank(report: Report) -> int:
    """How many ballots chose nothing."""
    return int((report.get("turnout") or {}).get("blank") or 0)


def share_base(report: Report) -> int:
    """Ballots that chose something: the base of every share (blank ballots count in turnout only)."""
    return max(voted(report) - blank(report), 0)


def support(row: Row) -> int:
    """How many ballots support a proposal."""
    return int(row.get("voters_supporting") or 0)


def support_tells_apart(report: Report) -> bool:
    """False when every proposal has the same support (a full ranking gives all of them 100 %)."""
    return len({support(row) for row in results(report)}) > 1


def is_small_group(report: Report) -> bool:
    """True when the report must carry the small-group warning."""
    return bool(report.get("small_group")) or 0 < voted(report) < SMALL_GROUP


def top_results(report: Report) -> list[Row]:
    """The top priorities: ranks 1–3, so a tie for third keeps every tied proposal."""
    return [row for row in results(report) if row["rank"] <= TOP_RANKS and share_base(report)]


def tie_groups(rows: list[Row]) -> list[list[Row]]:
    """Groups of two or more proposals sharing one rank, in rank order."""
    by_rank: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        by_rank[row["rank"]].append(row)
    return [group for _, group in sorted(by_rank.items()) if len(group) > 1]


def created_date(report: Report) -> dt.date:
    """The date the report was frozen."""
    created = report.get("created_at") or dt.date.today().isoformat()
    return dt.datetime.fromisoformat(str(created)).date()


def marks(argument: Row) -> int:
    """How many pupils marked an argument as convincing (0 in reports frozen before marks existed)."""
    return int(argument.get("marks") or 0)


def arguments(report: Report, proposal_id: int, side: str) -> list[Row]:
    """A proposal's arguments on one side, strongest first: most marked as convincing, then in the order shown."""
    found = [a for a in report.get("arguments") or [] if a["proposal_id"] == proposal_id and a["side"] == side]
    return sorted(found, key=marks, reverse=True)  # sorted() is stable: unmarked ones keep the order shown


def strongest_argument(report: Report, proposal_id: int, side: str) -> Row | None:
    """The strongest argument on one side, or None when nobody wrote one."""
    found = arguments(report, proposal_id, side)
    return found[0] if found else None


def any_marks(report: Report) -> bool:
    """Whether any pupil marked any argument as convincing."""
    return any(marks(a) for a in report.get("arguments") or [])


def _supporters_by_ballot(report: Report) -> dict[int, set[str]]:
    """Each proposal's supporting ballots: any positive value is support."""
    supporters: dict[int, set[str]] = defaultdict(set)
    for ballot in report.get("ballots") or []:
        if ballot["value"] > 0:
            supporters[ballot["proposal_id"]].add(ballot["ballot_id"])
    return supporters


def theme_support(report_or_results: Report | pd.DataFrame) -> pd.DataFrame:
    """Support per theme, best first: distinct supporting pupils from ballots, else summed votes."""
    if isinstance(report_or_results, pd.DataFrame):
        return _summed_theme_support(report_or_results)
    if not report_or_results.get("ballots"):
        return _summed_theme_support(results_frame(report_or_results))
    supporters = _supporters_by_ballot(report_or_results)
    pupils: dict[str, set[str]] = defaultdict(set)
    for row in results(report_or_results):
        pupils[row["theme"] or "–"] |= supporters.get(row["proposal_id"], set())
    total = max(share_base(report_or_results), 1)
    rows = [{"theme": k, "support": len(v), "share": len(v) / total} for k, v in pupils.items()]
    table = _by_support(pd.DataFrame(rows, columns=["theme", "support", "share"]), distinct=True)
    table.attrs["base"] = share_base(report_or_results)
    return table


def _summed_theme_support(frame: pd.DataFrame) -> pd.DataFrame:
    """Support per theme as the sum of its proposals' supporting votes."""
    grouped = frame.fillna({"theme": "–"}).groupby("theme", sort=False)["voters_supporting"].sum()
    table = grouped.rename("support").reset_index()
    table["share"] = None
    return _by_support(table, distinct=False)


def _by_support(table: pd.DataFrame, *, distinct: bool) -> pd.DataFrame:
    """Sort a theme table best first and remember how support was counted."""
    table = table.sort_values(["support", "theme"], ascending=[False, True], kind="stable").reset_index(drop=True)
    table.attrs["distinct"] = distinct
    return table


def minority_views(report: Report) -> list[Row]:
    """Proposals outside the top that a clear minority supports (score: strongly supports): a fifth, under half,
    and more than one pupil."""
    top = {row["proposal_id"] for row in top_results(report)}
    rest = [row for row in results(report) if row["proposal_id"] not in top]
    return [
        row
        for row in rest
        if MINORITY_SHARE <= minority_share(report, row) < MAJORITY_SHARE
        and minority_count(report, row) >= MINORITY_PUPILS
    ]


def minority_share(report: Report, row: Row) -> float:
    """The share backing a proposal: for score, the share giving it the top score."""
    return minority_count(report, row) / max(share_base(report), 1)


def minority_count(report: Report, row: Row) -> int:
    """How many back a proposal: supporters, or for score those giving it the top score."""
    if not for_against(report):
        return support(row)
    best = (report.get("method_params") or {}).get("max", 2)
    ballots = [b for b in report.get("ballots") or [] if b["proposal_id"] == row["proposal_id"]]
    if not ballots:
        return round(float(row.get("share_for") or 0) * share_base(report))
    return sum(b["value"] >= best for b in ballots)


def broadest_agreement(report: Report) -> Row | None:
    """Score: the supported proposal (mean above zero) with the highest consensus."""
    liked = [row for row in results(report) if (row.get("mean") or 0) > 0 and row.get("consensus") is not None]
    return max(liked, key=lambda row: row["consensus"], default=None)


def most_divided(report: Report) -> Row | None:
    """Score: the proposal with the highest polarisation, if at least a fifth is on each side of one."""
    divided = [row for row in results(report) if (row.get("polarisation") or 0) >= 2 * DIVIDED_SHARE - 1e-9]
    return max(divided, key=lambda row: row["polarisation"], default=None)
