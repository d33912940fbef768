"""What every format of a municipal round's report says, as plain lines: the funnel, each proposal's provenance,
support, group vote and approval, its arguments, and how the round worked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from council import report_facts as facts
from council.i18n import fmt_count_of, fmt_date, t

ARGUMENTS_PER_SIDE = 3
FUNNEL = ("written", "nominated", "consolidated", "final")


def funnel_steps(report: facts.Report, lang: str) -> list[tuple[str, int]]:
    """The funnel's steps as (label, number), from what the pupils wrote to the list."""
    numbers = report.get("funnel") or {}
    return [(t(f"round.funnel.{step}", lang), int(numbers.get(step) or 0)) for step in FUNNEL]


def funnel_line(report: facts.Report, lang: str) -> str:
    """'967 → 120 → 80 → 67' with the words: written in 41 classes at 19 schools …"""
    numbers = report.get("funnel") or {}
    counts: dict[str, Any] = {k: int(numbers.get(k) or 0) for k in (*FUNNEL, "classes", "schools")}
    return t("round.export.funnel", lang, **counts)


def context_line(report: facts.Report, lang: str) -> str:
    """The date and version of the frozen list."""
    return t(
        "round.export.context", lang, date=fmt_date(facts.created_date(report), lang), version=report.get("version", 1)
    )


@dataclass(frozen=True)
class Entry:
    """One proposal of the list as every format prints it."""

    number: int
    group: str
    title: str
    body: str
    facts: list[str]
    pros: list[str]
    cons: list[str]


def entries(report: facts.Report, lang: str) -> list[Entry]:
    """Every proposal on the list, in the list's order, with its lines."""
    return [
        Entry(
            row["rank"],
            row.get("group", ""),
            row["title"],
            row.get("body", ""),
            proposal_facts(row, lang),
            [a["text"] for a in facts.arguments(report, row["proposal_id"], "for")[:ARGUMENTS_PER_SIDE]],
            [a["text"] for a in facts.arguments(report, row["proposal_id"], "against")[:ARGUMENTS_PER_SIDE]],
        )
        for row in facts.results(report)
    ]


def proposal_facts(row: dict, lang: str) -> list[str]:
    """Theme and addressee; provenance; support in the classes; the group's vote; the pupils' approval."""
    lines = [
        t("round.export.theme_addressee", lang, theme=row.get("theme") or "–", addressee=row.get("addressee") or "–"),
        t(
            "round.export.provenance",
            lang,
            originals=row.get("originals", 0),
            classes=row.get("classes", 0),
            schools=row.get("schools", 0),
        )
        + (f" ({', '.join(row['school_names'])})" if row.get("school_names") else ""),
        t(
            "round.export.support",
            lang,
            support=fmt_count_of(int(row.get("voters_supporting") or 0), int(row.get("voters") or 0), lang),
        ),
        t(
            "round.export.group_vote",
            lang,
            group=row.get("group", ""),
            support=fmt_count_of(int(row.get("group_supporters") or 0), int(row.get("group_voters") or 0), lang),
        ),
    ]
    if row.get("approved_at"):
        approved = facts.created_date({"created_at": row["approved_at"]})
        lines.append(t("round.export.approved", lang, date=fmt_date(approved, lang)))
    return lines


def annex(lang: str) -> list[str]:
    """How the round worked and how support is counted, in words."""
    return [t("round.export.how", lang), t("round.export.support_rule", lang)]


def list_table(report: facts.Report) -> pd.DataFrame:
    """The list for analysts: one row per proposal with its figures."""
    columns = [
        "rank",
        "group",
        "title",
        "body",
        "theme",
        "addressee",
        "originals",
        "classes",
        "schools",
        "voters_supporting",
        "voters",
        "share_of_voters",
        "group_supporters",
        "group_voters",
        "approved_at",
    ]
    return facts.results_frame(report).reindex(columns=columns)


def origins_table(report: facts.Report) -> pd.DataFrame:
    """Every class proposal behind the list, beside the proposal it became part of."""
    rows = [
        {
            "rank": row["rank"],
            "title": row["title"],
            "school": o["school"],
            "class_label": o["class_label"],
            "original": o["title"],
            "voters_supporting": o["supporters"],
            "voters": o["voters"],
        }
        for row in facts.results(report)
        for o in row.get("origins", [])
    ]
    return pd.DataFrame(
        rows, columns=["rank", "title", "school", "class_label", "original", "voters_supporting", "voters"]
    )


def arguments_table(report: facts.Report, lang: str) -> pd.DataFrame:
    """Every argument beside the number and title of its proposal on the list."""
    rows = [
        {"rank": row["rank"], "title": row["title"], "side": t(f"report.side.{a['side']}", lang), "argument": a["text"]}
        for row in facts.results(report)
        for a in report.get("arguments") or []
        if a["proposal_id"] == row["proposal_id"]
    ]
    return pd.DataFrame(rows, columns=["rank", "title", "side", "argument"])
