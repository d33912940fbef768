"""The report's draft (title, the teacher's comment, the chosen committees) is kept until it is frozen and after;
what was sent to whom and when is read back as a history."""

from __future__ import annotations

import datetime as dt

import pytest

from council import auth, committees, forward_history, report_drafts, reports, sessions, voting
from council.errors import InvalidInput, NotAllowed
from council.models import Phase, Role

from .helpers import session_at


@pytest.fixture
def closed(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    return council


@pytest.fixture
def bodies(db, admin):
    return [committees.add_committee(db, admin, name=n) for n in ("Tekniska nämnden", "Barn- och ungdomsnämnden")]


def test_a_new_draft_starts_from_the_session_title(db, teacher, closed):
    assert report_drafts.current(db, teacher, closed.id) == {"title": closed.title, "comment": "", "committee_ids": []}


def test_the_comment_and_committees_are_kept_without_freezing(db, teacher, closed, bodies):
    ids = [bodies[1].id, bodies[0].id]
    comment = "Klassen var engagerad."
    report_drafts.save(db, teacher, closed.id, title="6B:s förslag", comment=comment, committee_ids=ids)
    assert report_drafts.current(db, teacher, closed.id) == {
        "title": "6B:s förslag",
        "comment": "Klassen var engagerad.",
        "committee_ids": ids,
    }
    assert reports.versions(db, teacher, closed.id) == []


def test_the_draft_stays_after_a_freeze(db, teacher, closed, bodies):
    report_drafts.save(db, teacher, closed.id, title="", comment="Bra jobbat", committee_ids=[bodies[0].id])
    frozen = reports.freeze(db, teacher, closed.id, **report_drafts.freeze_edits(db, teacher, closed.id))
    assert frozen.data["teacher_comment"] == "Bra jobbat" and frozen.data["committees"] == ["Tekniska nämnden"]
    assert report_drafts.current(db, teacher, closed.id)["comment"] == "Bra jobbat"


def test_a_draft_made_before_drafts_were_kept_starts_from_the_latest_version(db, teacher, closed, bodies):
    reports.freeze(db, teacher, closed.id, comment="Från version 1", committee_ids=[bodies[0].id])
    assert report_drafts.current(db, teacher, closed.id)["comment"] == "Från version 1"
    assert report_drafts.current(db, teacher, closed.id)["committee_ids"] == [bodies[0].id]


def test_bad_drafts_are_refused_and_change_nothing(db, teacher, admin, closed, bodies):
    report_drafts.save(db, teacher, closed.id, title="", comment="Först", committee_ids=[])
    with pytest.raises(InvalidInput):
        report_drafts.save(db, teacher, closed.id, title="", comment="x" * 4001, committee_ids=[])
    with pytest.raises(InvalidInput):
        report_drafts.save(db, teacher, closed.id, title="", comment="ok", committee_ids=[9999])
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    with pytest.raises(NotAllowed):
        report_drafts.save(db, other, closed.id, title="", comment="Mitt", committee_ids=[])
    with pytest.raises(NotAllowed):
        report_drafts.current(db, other, closed.id)
    assert report_drafts.current(db, teacher, closed.id)["comment"] == "Först"


def test_the_history_says_what_was_sent_to_whom_and_when(db, teacher, closed, bodies):
    first = reports.freeze(db, teacher, closed.id, committee_ids=[bodies[0].id])
    committees.forward(db, teacher, first.id, committee_ids=[bodies[0].id], deadline=dt.date.today())
    second = reports.freeze(db, teacher, closed.id, committee_ids=[bodies[1].id])
    committees.forward(db, teacher, second.id, committee_ids=[bodies[1].id])
    sent = forward_history.for_session(db, teacher, closed.id)
    assert [(s.version, s.committee) for s in sent] == [(2, "Barn- och ungdomsnämnden"), (1, "Tekniska nämnden")]
    assert sent[1].deadline == dt.date.today() and sent[1].sent_by == "anna"
    assert forward_history.sent_to(sent, version=2) == {bodies[1].id}
