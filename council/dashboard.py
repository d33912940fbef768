"""The priorities dashboard: every forwarded report's proposals in one table, filtered and summed up."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pandas as pd
from sqlmodel import Session, col, select

from council import deadlines
from council.auth import Actor
from council.committees import InboxItem, current_answers, inbox, sent_proposals
from council.exports import neutralise_frame
from council.forwarding_permissions import forwardings_read_by, may_read_inbox
from council.forwarding_tables import Forwarding
from council.i18n import fmt_percent, t
from council.models import Committee, Report
from council.permissions import require
from council.smallgroups import SMALL_GROUP, format_share
from council.stored import id_of

COLUMNS = [
    "school",
    "class_label",
    "date",
    "committee",
    "title",
    "theme",
    "addressee",
    "voters_supporting",
    "share_of_voters",
    "ballots",
    "status",
]


@dataclass(frozen=True)
class Filters:
    schools: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None


def priorities(db: Session, actor: Actor | None) -> tuple[pd.DataFrame, int]:
    """Every forwarded proposal this member may see, and how many small reports were left out."""
    require(may_read_inbox(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = (
        select(Forwarding, Report, Committee)
        .join(Report)
        .join(Committee)
        .where(forwardings_read_by(actor), col(Forwarding.withdrawn_at).is_(None))
    )
    rows, suppressed = [], 0
    for forwarding, report, committee in db.exec(query).all():
        if int(report.data.get("turnout", {}).get("voted", 0)) < SMALL_GROUP:
            suppressed += 1
            continue
        rows += _rows(db, forwarding, report, committee.name)
    return pd.DataFrame(rows, columns=COLUMNS), suppressed


def _rows(db: Session, forwarding: Forwarding, report: Report, committee: str) -> list[dict]:
    answers = current_answers(db, id_of(forwarding))
    data = report.data
    overdue = forwarding.deadline < dt.date.today()
    return [
        {
            "school": data.get("school", ""),
            "class_label": data.get("class_label", ""),
            "date": report.created_at.date(),
            "committee": committee,
            "title": row["title"],
            "theme": row.get("theme") or "",
            "addressee": row.get("addressee") or "",
            "voters_supporting": row["voters_supporting"],
            "share_of_voters": row["share_of_voters"],
            "ballots": data["turnout"]["voted"],
            "status": "answered" if row["proposal_id"] in answers else ("overdue" if overdue else "pending"),
        }
        for row in sent_proposals(forwarding, report)
    ]


def overdue_by_committee(db: Session, actor: Actor | None, *, today: dt.date | None = None) -> pd.DataFrame:
    """Per committee: how many forwarded reports are overdue and how many of their proposals are unanswered."""
    items = [i for i in inbox(db, actor) if _standing(i, today) == deadlines.Standing.overdue]
    frame = pd.DataFrame(
        [{"committee": i.committee, "reports": 1, "unanswered": i.total - i.answered} for i in items],
        columns=["committee", "reports", "unanswered"],
    )
    return frame.groupby("committee", as_index=False).sum().sort_values("unanswered", ascending=False)


def due_soon(db: Session, actor: Actor | None, *, today: dt.date | None = None) -> pd.DataFrame:
    """What is due in the next 30 days and not fully answered, soonest first."""
    today = today or dt.date.today()
    rows = [
        {
            "forwarding_id": i.forwarding.id,
            "committee": i.committee,
            "title": i.report.title,
            "school": i.report.data.get("school", ""),
            "class_label": i.report.data.get("class_label", ""),
            "deadline": i.forwarding.deadline,
            "days_left": (i.forwarding.deadline - today).days,
            "unanswered": i.total - i.answered,
            "diarienummer": i.forwarding.diarienummer,
        }
        for i in inbox(db, actor)
        if _standing(i, today) == deadlines.Standing.due_soon
    ]
    columns = ["forwarding_id", "committee", "title", "school", "class_label", "deadline", "days_left"]
    frame = pd.DataFrame(rows, columns=[*columns, "unanswered", "diarienummer"])
    return frame.sort_values(["deadline", "forwarding_id"]).reset_index(drop=True)


def _standing(item: InboxItem, today: dt.date | None) -> deadlines.Standing:
    answered = item.answered >= item.total
    withdrawn = item.forwarding.withdrawn_at is not None
    return deadlines.state(
        item.forwarding.deadline, answered=answered, today=today or dt.date.today(), withdrawn=withdrawn
    ).standing


def apply_filters(table: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Keep the rows that match every chosen filter (an empty choice keeps all)."""
    keep = pd.Series(True, index=table.index)
    for column, chosen in (
        ("school", filters.schools),
        ("class_label", filters.classes),
        ("theme", filters.themes),
        ("addressee", filters.addressees),
    ):
        if chosen:
            keep &= table[column].isin(chosen)
    if filters.since:
        keep &= table["date"] >= filters.since
    if filters.until:
        keep &= table["date"] <= filters.until
    return table.loc[keep]


def top_proposals(table: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The proposals with the broadest support across classes."""
    return table.sort_values(["share_of_voters", "voters_supporting"], ascending=False).head(n)


def theme_support(table: pd.DataFrame) -> pd.DataFrame:
    """Per theme: how many proposals and how many pupils supported them."""
    grouped = table.assign(theme=table["theme"].replace("", "–")).groupby("theme")
    return grouped.agg(proposals=("title", "count"), supporters=("voters_supporting", "sum")).reset_index()


def themes_over_time(table: pd.DataFrame) -> pd.DataFrame:
    """Supporters per theme per month."""
    months = pd.to_datetime(table["date"]).dt.to_period("M").astype(str)
    frame = table.assign(month=months, theme=table["theme"].replace("", "–"))
    return frame.groupby(["month", "theme"])["voters_supporting"].sum().reset_index()


def status_counts(table: pd.DataFrame) -> pd.DataFrame:
    """How many proposals are answered, pending or overdue."""
    counts = table["status"].value_counts().reindex(["answered", "pending", "overdue"], fill_value=0)
    return counts.rename_axis("status").reset_index(name="proposals")


def translated(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table as people read it: translated headers and statuses, pupil text exactly as written."""
    shown = table.assign(
        status=table["status"].map(lambda s: t(f"dashboard.status.{s}", lang)),
        # The report's rule (smallgroups.format_share): the same base, '~' where rounding would mislead.
        share_of_voters=[
            format_share(int(supporting), int(ballots), lang) if ballots else fmt_percent(share, lang)
            for supporting, ballots, share in zip(
                table["voters_supporting"], table["ballots"], table["share_of_voters"], strict=True
            )
        ],
    )
    return shown.rename(columns=lambda c: t(f"dashboard.column.{c}", lang))


def to_csv(table: pd.DataFrame, lang: str) -> bytes:
    """The filtered table as CSV for analysts, pupil text neutralised against spreadsheet formulas."""
    return neutralise_frame(translated(table, lang)).to_csv(index=False).encode("utf-8-sig")


def to_xlsx(table: pd.DataFrame, lang: str) -> bytes:
    """The filtered table as an Excel file, pupil text neutralised against spreadsheet formulas."""
    buffer = io.BytesIO()
    neutralise_frame(translated(table, lang)).to_excel(buffer, index=False, sheet_name=t("dashboard.sheet", lang)[:31])
    return buffer.getvalue()
