"""The public answers page and its open data: every forwarded proposal of a round with its status and reason.

Only the forwarded proposals, their counts and arguments are public: never an original a class wrote, a class's
name or anything about a pupil. The same table feeds the page, the CSV files (plain, and for Swedish Excel) and
the JSON, so they always agree.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlmodel import Session, col, select

from council.errors import NotFound
from council.exports.cells import neutralise_frame
from council.i18n import t
from council.round_tables import CouncilRound, RoundItem, RoundStatus
from council.rounds import answers, report, rounds
from council.stored import existing, id_of

COLUMNS = [
    "number",
    "theme",
    "title",
    "body",
    "addressee",
    "committee",
    "status",
    "answer",
    "answered_on",
    "originals",
    "classes",
    "schools",
    "supporters",
    "voters",
    "share",
]
OVERVIEW = ["proposal_id", "number", "theme", "title", "status", "committee", "answered_on", "classes", "schools"]
STATUSES = ("will_do", "investigating", "already_happening", "not_now", "not_ours", "passed_on", "waiting")


def published_rounds(db: Session) -> list[CouncilRound]:
    """Rounds whose list went to the politicians, newest first."""
    query = select(CouncilRound).where(CouncilRound.status == RoundStatus.forwarded)
    return list(db.exec(query.order_by(col(CouncilRound.id).desc())))


def published(db: Session, slug: str | None) -> CouncilRound:
    """A round whose answers are public; any other address is 'not found'."""
    try:
        council_round = rounds.by_slug(db, slug)
    except NotFound:
        raise NotFound("public.no_round") from None
    if council_round.status != RoundStatus.forwarded:
        raise NotFound("public.no_round")
    return council_round


def answers_table(db: Session, council_round: CouncilRound) -> pd.DataFrame:
    """One row per forwarded proposal: what it says, where it went, the status and the committee's reason."""
    data = existing(report.frozen(db, id_of(council_round))).data
    given = answers.latest(db, id_of(council_round))
    items = {i.proposal_id: i for i in db.exec(select(RoundItem).where(RoundItem.round_id == council_round.id))}
    rows = [_row(row, items[row["proposal_id"]], given.get(row["proposal_id"])) for row in data["results"]]
    return pd.DataFrame(rows, columns=["proposal_id", *COLUMNS])


def _row(row: dict, item: RoundItem, given: tuple | None) -> dict[str, Any]:
    committee, answer = given if given else ("", None)
    status = "passed_on" if item.passed_on else (str(answer.status) if answer else "waiting")
    return {
        "proposal_id": row["proposal_id"],
        "number": row["rank"],
        "theme": row["theme"],
        "title": row["title"],
        "body": row["body"],
        "addressee": row["addressee_key"],
        "committee": item.passed_to if item.passed_on else committee,
        "status": status,
        "answer": answer.text if answer else "",
        "answered_on": answer.answered_at.date().isoformat() if answer else "",
        "originals": row["originals"],
        "classes": row["classes"],
        "schools": row["schools"],
        "supporters": row["voters_supporting"],
        "voters": row["voters"],
        "share": round(float(row["share_of_voters"]), 3),
    }


def filtered(table: pd.DataFrame, *, themes: Sequence[str] = (), statuses: Sequence[str] = ()) -> pd.DataFrame:
    """The rows of the chosen themes and statuses (an empty choice keeps all)."""
    keep = pd.Series(True, index=table.index)
    if themes:
        keep &= table["theme"].isin(themes)
    if statuses:
        keep &= table["status"].isin(statuses)
    return table.loc[keep]


def labelled(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table as people read it: statuses and addressees in words, headings translated."""
    words = {"status": "public.status.", "addressee": "addressee."}
    shown = table.drop(columns=["proposal_id"]).assign(
        **{
            name: table[name].map(lambda v, p=prefix: t(f"{p}{v}", lang))
            for name, prefix in words.items()
            if name in table
        }
    )
    return shown.rename(columns=lambda c: t(f"public.column.{c}", lang))


def csv_plain(table: pd.DataFrame) -> bytes:
    """RFC 4180 CSV for programs: comma, UTF-8 without BOM, codes and ISO dates, decimal point."""
    return neutralise_frame(table.drop(columns=["proposal_id"])).to_csv(index=False).encode("utf-8")


def csv_excel(table: pd.DataFrame, lang: str = "sv") -> bytes:
    """CSV that Swedish Excel opens as it is: semicolons, decimal comma, UTF-8 with BOM, words not codes."""
    buffer = io.StringIO()
    neutralise_frame(labelled(table, lang)).to_csv(buffer, index=False, sep=";", decimal=",")
    return buffer.getvalue().encode("utf-8-sig")


def as_json(db: Session, council_round: CouncilRound, table: pd.DataFrame) -> dict[str, Any]:
    """The round and its forwarded proposals with their arguments, in English field names and codes."""
    data = existing(report.frozen(db, id_of(council_round))).data
    by_proposal: dict[int, dict[str, list[str]]] = {}
    for argument in data.get("arguments", []):
        sides = by_proposal.setdefault(argument["proposal_id"], {"for": [], "against": []})
        sides[argument["side"]].append(argument["text"])
    proposals = [
        {
            **{k: v for k, v in row.items() if k != "proposal_id"},
            "arguments": by_proposal.get(row["proposal_id"], {"for": [], "against": []}),
        }
        for row in table.to_dict("records")
    ]
    return {"round": _round_fields(council_round, data), "proposals": proposals}


def _round_fields(council_round: CouncilRound, data: dict) -> dict[str, Any]:
    return {
        "slug": council_round.slug,
        "title": council_round.title,
        "questions": list(council_round.questions),
        "answers_due": council_round.answers_due.isoformat() if council_round.answers_due else None,
        "frozen_at": council_round.frozen_at.date().isoformat() if council_round.frozen_at else None,
        "funnel": data.get("funnel", {}),
    }


def json_bytes(document: dict[str, Any]) -> bytes:
    """The JSON document as UTF-8 (åäö as they are)."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


FILES = ("answers.csv", "answers-excel.csv", "answers.json")  # /open-data/rounds/<slug>/<file>


def open_data(db: Session, slug: str | None, file_name: str) -> tuple[bytes, str]:
    """The bytes and media type of one open-data file of a round (one of FILES)."""
    if file_name not in FILES:
        raise NotFound("public.no_round")
    council_round = published(db, slug)
    table = answers_table(db, council_round)
    if file_name == "answers.json":
        return json_bytes(as_json(db, council_round, table)), "application/json"
    if file_name == "answers-excel.csv":
        return csv_excel(table), "text/csv; charset=utf-8"
    return csv_plain(table), "text/csv; charset=utf-8"
