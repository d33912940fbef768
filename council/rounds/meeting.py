"""The follow-up meeting (återträff): the funnel, then each answered proposal one at a time, then the summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from council.auth import Actor
from council.errors import WrongPhase
from council.models import CouncilSession
from council.round_tables import CouncilRound, RoundItem, RoundStatus
from council.rounds import answers, report, rounds
from council.secret_tables import AnswerRating
from council.smallgroups import SMALL_GROUP
from council.stored import existing

SUMMARY_ORDER = ("will_do", "investigating", "already_happening", "not_now", "not_ours", "passed_on", "waiting")


@dataclass(frozen=True)
class Slide:
    """One proposal as the meeting shows it: the wording, who answered, the answer and the reason."""

    title: str
    body: str
    theme: str
    row: dict
    committee: str
    status: str  # an answer status, or passed_on
    reason: str


@dataclass(frozen=True)
class Meeting:
    council_round: CouncilRound
    funnel: dict
    slides: list[Slide]
    summary: dict[str, int]
    ratings: int
    mean_rating: float | None


def meeting(db: Session, actor: Actor | None, round_id: int) -> Meeting:
    """Everything the återträff shows, once the round's list has been forwarded."""
    council_round = rounds.coordinated(db, actor, round_id)
    if council_round.status != RoundStatus.forwarded:
        raise WrongPhase("round.not_forwarded")
    data = existing(report.frozen(db, round_id)).data
    given = answers.latest(db, round_id)
    items = {i.proposal_id: i for i in db.exec(select(RoundItem).where(RoundItem.round_id == round_id))}
    slides = [slide for row in data["results"] if (slide := _slide(row, items.get(row["proposal_id"]), given))]
    counted = Counter(slide.status for slide in slides)
    counted["waiting"] = len(data["results"]) - len(slides)
    ratings, mean = rating_summary(db, round_id)
    summary = {status: counted[status] for status in SUMMARY_ORDER if counted[status]}
    return Meeting(council_round, data.get("funnel", {}), slides, summary, ratings, mean)


def _slide(row: dict, item: RoundItem | None, given: dict) -> Slide | None:
    if item is not None and item.passed_on:
        return Slide(row["title"], row["body"], row["theme"], row, item.passed_to, "passed_on", "")
    if row["proposal_id"] not in given:
        return None
    committee, answer = given[row["proposal_id"]]
    return Slide(row["title"], row["body"], row["theme"], row, committee, str(answer.status), answer.text)


def rating_summary(db: Session, round_id: int) -> tuple[int, float | None]:
    """How many pupils of the round's classes rated the answers, and the mean from SMALL_GROUP ratings up."""
    classes = select(CouncilSession.id).where(CouncilSession.round_id == round_id, CouncilSession.kind == "class")
    count, mean = db.exec(
        select(func.count(), func.avg(AnswerRating.score)).where(col(AnswerRating.session_id).in_(classes))
    ).one()
    return count, (float(mean) if count >= SMALL_GROUP else None)
