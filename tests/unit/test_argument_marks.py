"""Pupils mark arguments as convincing: once per argument per pupil, counted, and never linked to a pupil."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from council import arguments, marks, reports, sessions
from council.errors import NotAllowed, NotFound, WrongPhase
from council.models import Argument, Participant
from council.secret_tables import ArgumentMark
from council.sessions import Pupil

from .test_themes_and_arguments import discussing


def argued(db, teacher, voices=4):
    """A discuss-phase session with one published argument by the first pupil, and `voices` other pupils."""
    council, pupils, written = discussing(db, teacher)
    others = [sessions.join(db, code=council.join_code)[0] for _ in range(voices)]
    argument = arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text="Bra för klimatet.")
    arguments.publish(db, teacher, argument.id)
    return council, pupils[0], others, argument


def count(db, argument_id):
    db.expire_all()
    return db.get(Argument, argument_id).marks


def test_each_pupil_marks_an_argument_once_and_the_count_adds_up(db, teacher):
    _, _, others, argument = argued(db, teacher)
    for pupil in others[:3]:
        assert marks.mark(db, pupil=pupil, argument_id=argument.id)
    assert not marks.mark(db, pupil=others[0], argument_id=argument.id)  # a second press changes nothing
    assert count(db, argument.id) == 3
    assert marks.marked(db, pupil=others[0], argument_ids=[argument.id]) == {argument.id}
    assert marks.marked(db, pupil=others[3], argument_ids=[argument.id]) == set()


def test_a_pupil_can_take_a_mark_back(db, teacher):
    _, _, others, argument = argued(db, teacher)
    marks.mark(db, pupil=others[0], argument_id=argument.id)
    assert marks.unmark(db, pupil=others[0], argument_id=argument.id)
    assert not marks.unmark(db, pupil=others[0], argument_id=argument.id)
    assert count(db, argument.id) == 0 and marks.marked(db, pupil=others[0], argument_ids=[argument.id]) == set()


def test_nobody_marks_their_own_argument(db, teacher):
    _, author, _, argument = argued(db, teacher)
    with pytest.raises(NotAllowed):
        marks.mark(db, pupil=author, argument_id=argument.id)
    assert count(db, argument.id) == 0


def test_marks_only_in_the_discuss_phase_and_only_on_published_arguments_of_ones_own_session(db, teacher):
    council, author, others, argument = argued(db, teacher)
    waiting = arguments.add(db, pupil=others[0], proposal_id=argument.proposal_id, side="against", text="Dyrt.")
    with pytest.raises(NotFound):
        marks.mark(db, pupil=others[1], argument_id=waiting.id)
    stranger = argued(db, teacher)[2][0]
    with pytest.raises(NotFound):
        marks.mark(db, pupil=stranger, argument_id=argument.id)
    with pytest.raises(NotFound):
        marks.mark(db, pupil=others[1], argument_id=999_999)
    sessions.advance_phase(db, teacher, council.id)
    with pytest.raises(WrongPhase):
        marks.mark(db, pupil=others[1], argument_id=argument.id)
    assert count(db, argument.id) == 0


def test_a_pupil_without_the_secret_from_joining_cannot_mark(db, teacher):
    _, _, others, argument = argued(db, teacher)
    with pytest.raises(NotAllowed):
        marks.mark(db, pupil=Pupil(others[0].participant_id, others[0].session_id), argument_id=argument.id)


def test_the_same_pupil_after_a_reload_sees_and_keeps_their_marks(db, teacher):
    council, _, _, argument = argued(db, teacher)
    pupil, token = sessions.join(db, code=council.join_code)
    marks.mark(db, pupil=pupil, argument_id=argument.id)
    again = sessions.resume_pupil(db, token)
    assert marks.marked(db, pupil=again, argument_ids=[argument.id]) == {argument.id}
    assert not marks.mark(db, pupil=again, argument_id=argument.id)


def test_the_report_carries_each_arguments_count(db, teacher):
    council, _, others, argument = argued(db, teacher)
    for pupil in others[:2]:
        marks.mark(db, pupil=pupil, argument_id=argument.id)
    for _ in range(2):  # discuss -> vote -> closed
        sessions.advance_phase(db, teacher, council.id)
    frozen = reports.draft(db, teacher, council.id)
    assert [a["marks"] for a in frozen["arguments"] if a["text"] == "Bra för klimatet."] == [2]


# --- nothing links a mark to a pupil ------------------------------------------------------------


def test_the_mark_table_holds_an_opaque_tag_and_the_session_only(engine):
    inspector = inspect(engine)
    columns = {column["name"] for column in inspector.get_columns("argumentmark")}
    assert columns == {"tag", "session_id"}
    assert {fk["referred_table"] for fk in inspector.get_foreign_keys("argumentmark")} == {"councilsession"}
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            ddl = connection.execute(text("SELECT sql FROM sqlite_master WHERE name = 'argumentmark'")).scalar_one()
            assert "WITHOUT ROWID" in ddl.upper()
            with pytest.raises(OperationalError):
                connection.execute(text("SELECT rowid FROM argumentmark"))


def test_the_database_alone_cannot_tell_who_marked_what(db, teacher):
    _, _, others, argument = argued(db, teacher)
    marks.mark(db, pupil=others[0], argument_id=argument.id)
    stored = db.exec(ArgumentMark.__table__.select()).all()
    participants = db.exec(Participant.__table__.select()).all()
    assert len(stored) == 1
    (tag, _session) = stored[0]
    # What the database holds about each participant, used as the pupil's secret would be, never gives the tag.
    guesses = {
        marks.tag_for(Pupil(row.id, row.session_id, key), argument.id)
        for row in participants
        for key in (row.credential_hash, sessions.mark_key_for(row.credential_hash), sessions.mark_key_for(str(row.id)))
    }
    assert tag not in guesses
    assert marks.tag_for(others[0], argument.id) == tag
    assert all(marks.tag_for(p, argument.id) != tag for p in others[1:])
