"""What pupils' screens read through live.py's short-lived shelf: fresh after every change the app commits, never
older than its time-to-live after a change made elsewhere (another instance), never mixed between databases."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text
from sqlmodel import Session

from council import auth, live, materials, sessions, voting
from council import db as council_db
from council.models import CouncilSession, Phase, Proposal, Role

from .helpers import session_at


@pytest.fixture(autouse=True)
def long_shelf_life(monkeypatch):
    """Entries never expire on their own here, so every freshness seen in these tests comes from the hooks."""
    monkeypatch.setattr(live, "TTL_SECONDS", 3600.0)


def test_the_session_row_is_read_once_and_shared(engine, db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose)
    first = live.council(engine, council.id)
    assert first.title == "Transporter" and first.phase == Phase.propose
    assert live.council(engine, council.id) is first


def test_every_change_the_app_commits_is_seen_at_once(engine, db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose)
    assert live.council(engine, council.id).phase == Phase.propose
    moved_to = sessions.advance_phase(db, teacher, council.id)
    assert moved_to != Phase.propose
    assert live.council(engine, council.id).phase == moved_to
    row = db.get(CouncilSession, council.id)
    row.question = "Vad gör vi först?"
    db.add(row)
    db.commit()
    assert live.council(engine, council.id).question == "Vad gör vi först?"
    assert live.council(engine, council.id).phase == moved_to


def test_a_change_made_elsewhere_shows_within_the_time_to_live(engine, db, teacher, monkeypatch):
    council, _, _ = session_at(db, teacher, Phase.propose)
    assert live.council(engine, council.id).title == "Transporter"
    with engine.begin() as connection:  # another app instance writes: this process hears nothing of it
        connection.execute(text("UPDATE councilsession SET title = 'Ny titel' WHERE id = :id"), {"id": council.id})
    assert live.council(engine, council.id).title == "Transporter"
    monkeypatch.setattr(live, "TTL_SECONDS", 0.0)
    assert live.council(engine, council.id).title == "Ny titel"


def test_the_ballot_lists_the_published_proposals_in_id_order(engine, db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    assert [p.id for p in live.ballot(engine, council.id)] == sorted(p.id for p in written)
    paper = voting.ballot_for(db, pupil=pupils[0])
    assert sorted(p.id for p in paper.proposals) == sorted(p.id for p in written)
    assert all(isinstance(p, Proposal) for p in paper.proposals)


def test_has_voted_is_never_taken_from_the_shelf(engine, db, teacher):
    _, pupils, written = session_at(db, teacher, Phase.vote)
    assert not voting.ballot_for(db, pupil=pupils[0]).has_voted
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    assert voting.ballot_for(db, pupil=pupils[0]).has_voted
    assert not voting.ballot_for(db, pupil=pupils[1]).has_voted


def test_new_background_material_shows_at_once(engine, db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose)
    assert live.materials(engine, council.id) == ()
    materials.add(db, teacher, council.id, title="Utsläpp", body="Text")
    assert [m.title for m in live.materials(engine, council.id)] == ["Utsläpp"]


def test_two_databases_with_the_same_session_id_never_mix(engine, db, teacher, tmp_path, template_database):
    council, _, _ = session_at(db, teacher, Phase.propose)
    live.council(engine, council.id)
    if not str(engine.url).startswith("sqlite"):
        pytest.skip("the second database is a SQLite file")

    shutil.copy(template_database, tmp_path / "other.db")
    other = council_db.make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    with Session(other, expire_on_commit=False) as second:
        admin = auth.create_first_admin(second, username="admin", password="admin-secret-1", school_name="B-skolan")
        user = auth.create_user(second, admin, username="bo", password="bo-secret-12", role=Role.teacher)
        anna = auth.actor_for(user)
        theirs = sessions.create_session(second, anna, title="Mat", question="Vad äter vi?")
    assert theirs.id == council.id
    assert live.council(other, theirs.id).title == "Mat"
    assert live.council(engine, council.id).title == "Transporter"
    other.dispose()


def test_a_load_that_started_before_a_commit_is_not_shelved_after_it(engine, db, teacher, monkeypatch):
    """A reader that read the old row just before this process committed must not put it back afterwards."""
    council, _, _ = session_at(db, teacher, Phase.propose)
    original = live._SHELF._load

    def load_then_commit(engine_, load):
        value = original(engine_, load)  # the reader has the old row...
        row = db.get(CouncilSession, council.id)
        row.title = "Ny titel"  # ...when the teacher's change commits
        db.add(row)
        db.commit()
        return value

    monkeypatch.setattr(live._SHELF, "_load", load_then_commit)
    assert live.council(engine, council.id).title == "Transporter"  # this reader may show what it read
    monkeypatch.setattr(live._SHELF, "_load", original)
    assert live.council(engine, council.id).title == "Ny titel"  # but the next one reads the commit


def test_a_savepoint_neither_forgets_early_nor_loses_the_outer_change(engine, db, teacher):
    council, _, _ = session_at(db, teacher, Phase.propose)
    assert live.council(engine, council.id).title == "Transporter"
    row = db.get(CouncilSession, council.id)
    row.title = "Ny titel"
    db.add(row)
    db.flush()
    with db.begin_nested() as savepoint:
        other = db.get(CouncilSession, council.id)
        other.question = "Något annat?"
        db.flush()
        savepoint.rollback()
    assert live.council(engine, council.id).title == "Transporter"  # nothing committed yet
    db.commit()
    assert live.council(engine, council.id).title == "Ny titel"


def test_runs_that_find_an_entry_stale_while_it_is_read_again_keep_the_old_one_and_read_nothing(monkeypatch):
    """300 pupils' runs finding the ballot stale in the same second read it once, not 300 times."""
    import threading

    shelf = live._Shelf()
    monkeypatch.setattr(live._Shelf, "_load", staticmethod(lambda source, load: load(None)))
    monkeypatch.setattr(live, "_database", lambda source: "db")
    reading, release, loads = threading.Event(), threading.Event(), []

    def slow(_db):
        loads.append(1)
        reading.set()
        release.wait(5)
        return "new"

    assert shelf.get(None, "ballot", 1, lambda _db: "old") == "old"
    monkeypatch.setattr(live, "TTL_SECONDS", 0.0)  # stale from now on
    refresher = threading.Thread(target=lambda: shelf.get(None, "ballot", 1, slow))
    refresher.start()
    assert reading.wait(5)
    others = [shelf.get(None, "ballot", 1, slow) for _ in range(20)]
    release.set()
    refresher.join(5)
    assert others == ["old"] * 20 and len(loads) == 1
    shelf.forget("db", 1)  # a change this process commits: nobody gets the old one again
    assert shelf.get(None, "ballot", 1, lambda _db: "newest") == "newest"
