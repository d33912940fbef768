"""Facts read from a frozen report dict: top priorities, ties, themes, arguments, minorities."""

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


def is_small_group(report: Report) -> bool:
    """True when the report must carry the small-group warning."""
    return bool(report.get("small_group")) or 0 < voted(report) < SMALL_GROUP


def top_results(report: Report) -> list[Row]:
    """The top priorities: ranks 1–3, so a tie for third keeps every tied proposal."""
    return [row for row in results(report) if row["rank"] <= TOP_RANKS and voted(report)]


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


def arguments(report: Report, proposal_id: int, side: str) -> list[str]:
    """A proposal's arguments on one side, strongest first."""
    # Arguments carry no votes, so the strongest is the most developed one:
    # the longest text, and of equally long ones the first published.
    texts = [a["text"] for a in report.get("arguments") or [] if a["proposal_id"] == proposal_id and a["side"] == side]
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i].strip()), i))
    return [texts[i] for i in order]


def strongest_argument(report: Report, proposal_id: int, side: str) -> str | None:
    """The strongest argument on one side, or None when nobody wrote one."""
    found = arguments(report, proposal_id, side)
    return found[0] if found else None


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
    total = max(voted(report_or_results), 1)
    rows = [{"theme": k, "support": len(v), "share": len(v) / total} for k, v in pupils.items()]
    return _by_support(pd.DataFrame(rows, columns=["theme", "support", "share"]), distinct=True)


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
    """Proposals outside the top that a clear minority supports (score: strongly supports)."""
    top = {row["proposal_id"] for row in top_results(report)}
    rest = [row for row in results(report) if row["proposal_id"] not in top]
    return [row for row in rest if minority_share(report, row) >= MINORITY_SHARE]


def minority_share(report: Report, row: Row) -> float:
    """The share backing a proposal: for score, the share giving it the top score."""
    if not for_against(report):
        return float(row.get("share_of_voters") or 0)
    best = (report.get("method_params") or {}).get("max", 2)
    ballots = [b for b in report.get("ballots") or [] if b["proposal_id"] == row["proposal_id"]]
    if not ballots:
        return float(row.get("share_for") or 0)
    return sum(b["value"] >= best for b in ballots) / max(voted(report), 1)


def broadest_agreement(report: Report) -> Row | None:
    """Score: the supported proposal (mean above zero) with the highest consensus."""
    liked = [row for row in results(report) if (row.get("mean") or 0) > 0 and row.get("consensus") is not None]
    return max(liked, key=lambda row: row["consensus"], default=None)


def most_divided(report: Report) -> Row | None:
    """Score: the proposal with the highest polarisation, if any is divided at all."""
    divided = [row for row in results(report) if (row.get("polarisation") or 0) > 0]
    return max(divided, key=lambda row: row["polarisation"], default=None)
