"""Near-duplicate suggestions are worked out once per change (blocking by word stem, best few kept) and read
from what is kept; the teacher's queues come a page at a time, oldest first."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import MetaData, insert
from sqlmodel import select

from council import arguments, duplicates, merging, migrate, proposals, similarity
from council import db as council_db
from council.models import Phase, SimilarProposal

from .helpers import session_at

NOW = dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC)

WORDS = "cykelbanor cykelbana buss bussar solceller solpaneler skolan skolans matsalen kött vegetarisk elbilar laddstolpar träd plantera återvinning sopor energi lampor värme fönster tåg resor flyg lokal odling"  # noqa: E501


def titles_of(found: Any) -> list[str]:
    return [p.title for p, _ in found]


def test_the_index_finds_every_pair_that_comparing_all_pairs_finds():
    random.seed(7)
    titles = {n: " ".join(random.sample(WORDS.split(), 3)) for n in range(250)}
    index = similarity.TitleIndex(titles)
    every_pair = {
        (a, b)
        for a in titles
        for b in titles
        if a < b and similarity.similarity(titles[a], titles[b]) >= similarity.THRESHOLD
    }
    blocked = {tuple(sorted((a, b))) for a in titles for b, _ in index.nearest(titles[a], k=len(titles), leave_out=a)}
    assert every_pair and blocked == every_pair


def test_the_index_keeps_only_the_best_few_most_alike_first():
    index = similarity.TitleIndex(
        {1: "Fler cykelbanor", 2: "Mer cykelbanor!", 3: "Cykelbanor överallt", 4: "Solpaneler"}
    )
    found = index.nearest("fler cykelbanor", k=2)
    assert [pid for pid, _ in found] == [1, 2] and found[0][1] >= found[1][1]
    assert index.nearest("Solceller på taket") == []


def test_a_new_proposal_keeps_its_look_alikes_and_both_sides_see_the_pair(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Solpaneler"))
    twin = proposals.submit(db, pupil=pupils[1], title="Mer cykelbanor!", body="b")
    kept = db.exec(select(SimilarProposal)).all()
    assert [(k.proposal_id, k.similar_id) for k in kept] == [(twin.id, written[0].id)]
    found = duplicates.alike(db, [written[0].id, twin.id, written[1].id])
    assert titles_of(found[written[0].id]) == ["Mer cykelbanor!"]
    assert titles_of(found[twin.id]) == ["Fler cykelbanor"]
    assert written[1].id not in found


def test_the_control_room_reads_what_is_kept_and_compares_nothing(db, teacher, monkeypatch):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Mer cykelbanor"))

    def no_comparing(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the control room compared titles")

    monkeypatch.setattr(similarity.TitleIndex, "nearest", no_comparing)
    pairs = merging.suggestions(db, teacher, council.id)
    assert [(a.id, b.id) for a, b, _ in pairs] == [(written[0].id, written[1].id)]
    assert titles_of(duplicates.alike(db, [written[0].id])[written[0].id]) == ["Mer cykelbanor"]


def test_a_rejected_proposal_leaves_the_suggestions_and_comes_back_if_published_after_all(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=())
    first = proposals.submit(db, pupil=pupils[0], title="Fler cyklar", body="b")
    second = proposals.submit(db, pupil=pupils[1], title="Mer cyklar", body="b")
    proposals.reject(db, teacher, second.id, reason="Dubblett")
    assert duplicates.alike(db, [first.id]) == {}
    assert merging.suggestions(db, teacher, council.id) == []
    proposals.publish(db, teacher, second.id)
    assert titles_of(duplicates.alike(db, [first.id])[first.id]) == ["Mer cyklar"]


def test_a_proposal_that_loses_its_look_alike_gets_its_next_best_worked_out_again(db, teacher, monkeypatch):
    monkeypatch.setattr(similarity, "TOP_K", 1)
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=3)
    titles = ["Gratis buss för ungdomar", "Gratis bussar för unga", "Gratis buss för unga"]
    second_best, best, latest = (proposals.submit(db, pupil=pupils[n], title=t, body="b") for n, t in enumerate(titles))

    def kept_for(proposal: Any) -> list[int]:
        return list(db.exec(select(SimilarProposal.similar_id).where(SimilarProposal.proposal_id == proposal.id)))

    assert kept_for(latest) == [best.id]
    proposals.reject(db, teacher, best.id)
    assert kept_for(latest) == [second_best.id]
    assert not db.exec(select(SimilarProposal).where(SimilarProposal.similar_id == best.id)).all()


def test_merged_originals_leave_the_suggestions_and_the_merged_one_joins_them(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=3)
    titles = ["Gratis buss för unga", "Gratis bussar för unga", "Gratis buss för ungdomar"]
    made = [proposals.submit(db, pupil=pupils[n], title=t, body="b") for n, t in enumerate(titles)]
    merged = merging.merge(db, teacher, council.id, originals=[made[1].id, made[2].id], title="Gratis buss",
                           body="b", theme="Annat", addressee="school")  # fmt: skip
    assert titles_of(duplicates.alike(db, [made[0].id])[made[0].id]) == ["Gratis buss"]
    gone = [made[1].id, made[2].id]
    assert not db.exec(select(SimilarProposal).where(SimilarProposal.similar_id.in_(gone))).all()
    assert not db.exec(select(SimilarProposal).where(SimilarProposal.proposal_id.in_(gone))).all()
    assert [(a.id, b.id) for a, b, _ in merging.suggestions(db, teacher, council.id)] == [(made[0].id, merged.id)]


def test_the_pupils_already_there_hint_reads_the_shared_index(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Solpaneler"))
    found = merging.already_there(db, pupil=pupils[0], title="cykelbanorna")
    assert [p.id for p in found] == [written[0].id]


def test_the_queue_comes_twenty_at_a_time_oldest_first(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=(), pupils=9)
    made = [proposals.submit(db, pupil=pupils[n % 9], title=f"Förslag nummer {n}", body="b") for n in range(45)]
    first = proposals.queue(db, teacher, council.id)
    assert [p.id for p in first] == [p.id for p in made[:20]]
    assert (first.total, first.first, first.last, first.has_previous, first.has_next) == (45, 1, 20, False, True)
    last = proposals.queue(db, teacher, council.id, offset=40)
    assert [p.id for p in last] == [p.id for p in made[40:]] and not last.has_next
    for proposal in made[:10]:
        proposals.publish(db, teacher, proposal.id)
    shrunk = proposals.queue(db, teacher, council.id, offset=40)
    assert (shrunk.offset, shrunk.total, shrunk[0].id) == (20, 35, made[30].id), "past the end: the last page"


def test_the_argument_queue_is_paged_too(db, teacher):
    from .test_themes_and_arguments import discussing

    council, pupils, written = discussing(db, teacher)
    for n in range(25):
        arguments.add(db, pupil=pupils[n % 2], proposal_id=written[n % 2].id, side="for", text=f"Skäl {n}")
    page = arguments.queue(db, teacher, council.id, offset=20)
    assert [a.text for a in page] == [f"Skäl {n}" for n in range(20, 25)]
    assert page.total == 25


SESSION_AT_0003 = {
    "id": 1, "teacher_id": 1, "title": "T", "question": "Q", "class_label": "", "expected_size": 0, "phase": "propose",
    "with_learn": False, "with_discuss": False, "age_group": "4-6", "one_time_codes": False, "kiosk": False,
    "themes": [], "countdown_phase": "", "join_code": "ABC234", "method": "approval", "method_params": {},
    "archived": False, "ballots_deleted": False, "created_at": NOW,
}  # fmt: skip


def test_upgrading_keeps_suggestions_for_the_proposals_already_written(empty_database_url):
    engine = council_db.make_engine(empty_database_url, migrate=False)
    migrate.upgrade(engine, "0003")
    tables = MetaData()
    tables.reflect(engine)
    teacher = {"id": 1, "username": "t", "display_name": "", "password_hash": "x", "role": "teacher", "active": True}
    written = [(1, "Fler cykelbanor", "pending"), (2, "Mer cykelbanor", "published"), (3, "Solpaneler", "pending")]
    written.append((4, "Fler cykelbanor!", "rejected"))
    with engine.begin() as connection:
        connection.execute(insert(tables.tables["user"]), [{**teacher, "created_at": NOW}])
        connection.execute(insert(tables.tables["councilsession"]), [SESSION_AT_0003])
        connection.execute(
            insert(tables.tables["proposal"]),
            [
                {"id": i, "session_id": 1, "title": title, "body": "b", "theme": "", "addressee": "school",
                 "status": status, "reject_reason": "", "created_at": NOW}
                for i, title, status in written
            ],
        )  # fmt: skip
    migrate.upgrade(engine)
    with council_db.session_scope(engine) as db:
        kept = {(k.proposal_id, k.similar_id) for k in db.exec(select(SimilarProposal))}
    engine.dispose()
    assert kept == {(1, 2), (2, 1)}


def test_titles_below_the_threshold_are_never_suggested():
    index = similarity.TitleIndex({1: "Gratis buss för unga"})
    assert similarity.similarity("Gratis cykel för unga", "Gratis buss för unga") < similarity.THRESHOLD
    assert index.nearest("Gratis cykel för unga") == []
