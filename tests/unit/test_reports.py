from __future__ import annotations

import json

import pytest
from sqlmodel import select

from council import exports, reports, sessions, voting
from council.errors import InvalidInput, NotAllowed, WrongPhase
from council.models import Committee, Phase, Proposal

from .helpers import session_at


def closed_session(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, titles=("Cykelbanor", "Mindre kött", "=SUM(A1)"))
    for i, pupil in enumerate(pupils):
        voting.cast(db, pupil=pupil, choices={written[0].id: 1, written[i % 3].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    return council, written


def test_report_is_only_made_after_the_vote(db, teacher):
    council, _, _ = session_at(db, teacher, Phase.vote)
    with pytest.raises(WrongPhase):
        reports.freeze(db, teacher, council.id)


def test_frozen_report_is_json_with_results_turnout_and_committees(db, teacher):
    council, written = closed_session(db, teacher)
    db.add(Committee(name="Tekniska nämnden"))
    db.commit()
    committee = db.exec(select(Committee)).one()
    report = reports.freeze(
        db, teacher, council.id, title="6B:s prioriteringar", comment="Bra jobbat", committee_ids=[committee.id]
    )
    data = json.loads(json.dumps(report.data))
    assert data["version"] == 1 and data["title"] == "6B:s prioriteringar"
    assert data["turnout"] == {"voted": 3, "expected": 27, "joined": 3, "blank": 0}
    assert data["results"][0]["title"] == "Cykelbanor" and data["results"][0]["voters_supporting"] == 3
    assert data["committees"] == ["Tekniska nämnden"] and data["small_group"] is True
    assert len(data["ballots"]) == 5 and "participant" not in json.dumps(data["ballots"])


def test_frozen_report_is_unchanged_after_the_proposals_are_edited(db, teacher):
    council, written = closed_session(db, teacher)
    first = reports.freeze(db, teacher, council.id, comment="Version ett")
    proposal = db.get(Proposal, written[0].id)
    proposal.title = "Ändrad rubrik"
    db.add(proposal)
    db.commit()
    second = reports.freeze(db, teacher, council.id, comment="Version två")
    db.expire_all()
    assert reports.get(db, teacher, first.id).data["results"][0]["title"] == "Cykelbanor"
    assert second.data["results"][0]["title"] == "Ändrad rubrik" and second.version == 2
    diff = reports.compare(first.data, second.data)
    assert diff.loc[diff["proposal_id"] == written[0].id, "changed"].item()
    assert reports.changed_fields(first.data, second.data) == ["teacher_comment"]
    assert [r.version for r in reports.versions(db, teacher, council.id)] == [2, 1]


def test_frozen_report_exports_neutralise_pupil_formulas(db, teacher):
    council, _ = closed_session(db, teacher)
    data = reports.freeze(db, teacher, council.id).data
    assert "'=SUM(A1)" in exports.report_csv(data, "sv").decode("utf-8-sig")
    assert "Cykelbanor" in exports.report_markdown(data, "sv")


def test_only_the_sessions_teacher_freezes_and_reads_reports(db, admin, teacher):
    from council import auth
    from council.models import Role

    council, _ = closed_session(db, teacher)
    report = reports.freeze(db, teacher, council.id)
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    for action in (lambda: reports.freeze(db, other, council.id), lambda: reports.get(db, other, report.id)):
        with pytest.raises(NotAllowed):
            action()


def test_unknown_committee_or_huge_comment_is_refused(db, teacher):
    council, _ = closed_session(db, teacher)
    with pytest.raises(InvalidInput):
        reports.freeze(db, teacher, council.id, committee_ids=[999])
    with pytest.raises(InvalidInput):
        reports.freeze(db, teacher, council.id, comment="x" * 5000)
    assert reports.versions(db, teacher, council.id) == []


def test_report_carries_published_arguments_and_the_addressee_in_words(db, teacher):
    from council import arguments, proposals

    council, pupils, written = session_at(db, teacher, Phase.propose, titles=(), pupils=3)
    proposal = proposals.submit(db, pupil=pupils[0], title="Cykelbanor", body="Fler", addressee="bun")
    proposals.publish(db, teacher, proposal.id)
    council.with_discuss = True
    db.add(council)
    db.commit()
    sessions.advance_phase(db, teacher, council.id)
    pro = arguments.add(db, pupil=pupils[1], proposal_id=proposal.id, side="for", text="Säkrare för barn")
    con = arguments.add(db, pupil=pupils[2], proposal_id=proposal.id, side="against", text="Dyrt")
    arguments.publish(db, teacher, pro.id)
    arguments.reject(db, teacher, con.id, reason="Utveckla")
    sessions.advance_phase(db, teacher, council.id)
    voting.cast(db, pupil=pupils[0], choices={proposal.id: 1})
    sessions.advance_phase(db, teacher, council.id)
    data = reports.freeze(db, teacher, council.id).data
    assert data["arguments"] == [{"proposal_id": proposal.id, "side": "for", "text": "Säkrare för barn", "marks": 0}]
    assert data["results"][0]["addressee"] == "Barn- och ungdomsnämnden"
