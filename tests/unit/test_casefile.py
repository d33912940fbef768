"""The committee's case: answers that cannot be given by accident, registration, withdrawal, the case and letter,
the pupils' view of where things stand, and the dashboard's deadlines."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from docx import Document
from pypdf import PdfReader
from sqlmodel import select

from council import auth, case, committees, dashboard, progress, registry, reports, sessions, voting
from council.errors import InvalidInput, NotAllowed
from council.exports import letter
from council.forwarding_tables import Forwarding
from council.models import AuditEvent, Phase, Role

from .helpers import session_at


def today() -> dt.date:
    """Read at each use: a run that crosses midnight must not mix two days."""
    return dt.date.today()


@pytest.fixture
def sent(db, admin, teacher):
    """Six voters, a frozen report, Tekniska nämnden (member nils) and BUN (member olle); proposal 3 only to BUN."""
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=6)
    for i, pupil in enumerate(pupils):
        voting.cast(db, pupil=pupil, choices={written[i % 3].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    tekniska = committees.add_committee(db, admin, name="Tekniska nämnden")
    bun = committees.add_committee(db, admin, name="Barn- och ungdomsnämnden")

    def member(name, body):
        return auth.actor_for(
            auth.create_user(
                db, admin, username=name, password=f"{name}-secret", role=Role.committee, committee_id=body
            )
        )

    report = reports.freeze(db, teacher, council.id, committee_ids=[tekniska.id, bun.id])
    ids = [p.id for p in written]
    (to_tekniska,) = committees.forward(db, teacher, report.id, committee_ids=[tekniska.id], proposal_ids=ids[:2])
    (to_bun,) = committees.forward(db, teacher, report.id, committee_ids=[bun.id])
    return {
        "council": council,
        "written": written,
        "report": report,
        "tekniska": to_tekniska,
        "bun": to_bun,
        "nils": member("nils", tekniska.id),
        "olle": member("olle", bun.id),
    }


def give(db, who, forwarding, pid, status="will_do", text="Vi gör det.", **extra):
    return committees.answer(db, who, forwarding.id, proposal_id=pid, status=status, text=text, **extra)


@pytest.mark.parametrize("status", [None, "", "nope"])
def test_an_answer_without_a_chosen_decision_is_refused(db, sent, status):
    with pytest.raises(InvalidInput) as refused:
        give(db, sent["nils"], sent["tekniska"], sent["written"][0].id, status=status)
    assert refused.value.key == "answer.bad_status"
    assert committees.current_answers(db, sent["tekniska"].id) == {}


def test_an_answer_without_a_reason_is_refused(db, sent):
    with pytest.raises(InvalidInput):
        give(db, sent["nils"], sent["tekniska"], sent["written"][0].id, text="   ")


def test_changing_an_answer_must_name_the_answer_it_replaces_and_keeps_the_history(db, sent):
    pid, forwarding = sent["written"][0].id, sent["tekniska"]
    first = give(db, sent["nils"], forwarding, pid, status="investigating", text="Vi utreder.")
    with pytest.raises(InvalidInput) as refused:
        give(db, sent["nils"], forwarding, pid)  # not confirmed as a change: as if two members answered at once
    assert refused.value.key == "answer.changed_meanwhile"
    with pytest.raises(InvalidInput) as same:
        give(db, sent["nils"], forwarding, pid, status="investigating", text="Vi utreder.", replaces=first.id)
    assert same.value.key == "answer.unchanged"
    second = give(db, sent["nils"], forwarding, pid, replaces=first.id)
    assert [a.id for a in committees.answer_history(db, forwarding.id, pid)] == [first.id, second.id]


def test_the_decision_is_stored_and_a_delegate_must_be_named(db, sent):
    pid, forwarding = sent["written"][0].id, sent["tekniska"]
    decided = committees.Decision(decided_on=today(), by_kind="committee", minutes="§ 34")
    made = give(db, sent["nils"], forwarding, pid, decision=decided)
    assert (made.decided_on, made.decided_by_kind, made.decided_by, made.minutes_paragraph) == (
        today(),
        "committee",
        "Tekniska nämnden",
        "§ 34",
    )
    for bad in (
        committees.Decision(by_kind="delegate"),
        committees.Decision(by_kind="mayor"),
        committees.Decision(decided_on=today() + dt.timedelta(days=1)),
        committees.Decision(minutes="§" * 21),
    ):
        with pytest.raises(InvalidInput):
            give(db, sent["nils"], forwarding, pid, text="Ändrat.", decision=bad, replaces=made.id)
    delegated = give(
        db,
        sent["nils"],
        forwarding,
        pid,
        decision=committees.Decision(by_kind="delegate", by="Trafikchefen"),
        replaces=made.id,
    )
    assert (delegated.decided_by_kind, delegated.decided_by) == ("delegate", "Trafikchefen")


def test_answers_from_another_committee_for_a_proposal_not_sent_or_after_withdrawal_are_refused(db, teacher, sent):
    first, third = sent["written"][0].id, sent["written"][2].id
    with pytest.raises(NotAllowed) as other:
        give(db, sent["olle"], sent["tekniska"], first)
    assert other.value.key == "answer.other_committee"
    with pytest.raises(InvalidInput) as not_sent:
        give(db, sent["nils"], sent["tekniska"], third)
    assert not_sent.value.key == "answer.not_sent_here"
    given = give(db, sent["nils"], sent["tekniska"], first)
    registry.withdraw(db, teacher, sent["tekniska"].id)
    with pytest.raises(InvalidInput) as withdrawn:
        give(db, sent["nils"], sent["tekniska"], first, text="Nytt svar.", replaces=given.id)
    assert withdrawn.value.key == "answer.withdrawn"
    assert [a.id for a in committees.answer_history(db, sent["tekniska"].id, first)] == [given.id]


def test_only_the_teacher_withdraws_once_and_it_is_logged(db, teacher, admin, sent):
    for who in (sent["nils"], None):
        with pytest.raises(NotAllowed):
            registry.withdraw(db, who, sent["bun"].id)
    registry.withdraw(db, teacher, sent["bun"].id)
    with pytest.raises(InvalidInput):
        registry.withdraw(db, teacher, sent["bun"].id)
    assert db.get(Forwarding, sent["bun"].id).withdrawn_by == teacher.user_id
    logged = db.exec(select(AuditEvent).where(AuditEvent.action == "forwarding.withdraw")).all()
    assert len(logged) == 1 and logged[0].user_id == teacher.user_id


def test_forwarding_again_after_a_withdrawal_reopens_it(db, teacher, sent):
    registry.withdraw(db, teacher, sent["bun"].id)
    (again,) = committees.forward(db, teacher, sent["report"].id, committee_ids=[again_id := sent["bun"].committee_id])
    assert again.id == sent["bun"].id and again.withdrawn_at is None and again.committee_id == again_id


def test_a_forwarding_needs_proposals_from_the_report(db, teacher, sent):
    for chosen in ([], [999_999]):
        with pytest.raises(InvalidInput):
            committees.forward(
                db, teacher, sent["report"].id, committee_ids=[sent["bun"].committee_id], proposal_ids=chosen
            )


@pytest.mark.parametrize("number", ["<script>alert(1)</script>", '=HYPERLINK("x")', "TN 2027/123 **fet**"])
def test_a_diarienummer_with_markup_or_formula_is_kept_as_typed(db, sent, number):
    registry.register(db, sent["nils"], sent["tekniska"].id, diarienummer=number, registered_on=today())
    db.expire_all()
    assert db.get(Forwarding, sent["tekniska"].id).diarienummer == number


def test_registration_checks_who_and_when(db, sent):
    with pytest.raises(NotAllowed):
        registry.register(db, sent["olle"], sent["tekniska"].id, diarienummer="X 1", registered_on=today())
    for bad in (today() + dt.timedelta(days=1), today() - dt.timedelta(days=3)):
        with pytest.raises(InvalidInput):
            registry.register(db, sent["nils"], sent["tekniska"].id, diarienummer="X 1", registered_on=bad)
    for empty in ("", "  ", "x" * 61):
        with pytest.raises(InvalidInput):
            registry.register(db, sent["nils"], sent["tekniska"].id, diarienummer=empty, registered_on=today())


def test_the_case_holds_the_proposals_sent_with_support_arguments_and_deadline(db, sent):
    found = case.case_for(db, sent["nils"], sent["tekniska"].id)
    assert [p.proposal_id for p in found.proposals] == sorted(
        [p.proposal_id for p in found.proposals],
        key=lambda pid: next(x.rank for x in found.proposals if x.proposal_id == pid),
    )
    assert {p.title for p in found.proposals} == {"Cykelbanor", "Mindre kött"}
    bikes = next(p for p in found.proposals if p.title == "Cykelbanor")
    assert bikes.body == "Cykelbanor – för klimatet" and bikes.supporting == 2 and found.voted == 6
    assert (found.committee, found.school, found.age_group, found.small_group) == (
        "Tekniska nämnden",
        "Kroppkärrskolan",
        "4-6",
        False,
    )
    assert found.state.standing == "waiting" and found.state.days_left == committees.DEFAULT_DEADLINE_DAYS


def test_the_letter_as_pdf_and_docx_names_sender_recipient_dnr_and_the_proposals_sent(db, sent):
    registry.register(db, sent["nils"], sent["tekniska"].id, diarienummer="TN 2027/123", registered_on=today())
    found = case.case_for(db, sent["nils"], sent["tekniska"].id)
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(letter.letter_pdf(found))).pages)
    for expected in ("Tekniska nämnden", "TN 2027/123", "Kroppkärrskolan", "Cykelbanor", "2 av 6", "Sida 1 av 1"):
        assert expected in pdf_text
    assert "Solpaneler" not in pdf_text  # sent to BUN only
    document = Document(io.BytesIO(letter.letter_docx(found)))
    words = "\n".join(p.text for p in document.paragraphs) + "".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "TN 2027/123" in words and "Mindre kött" in words and "Solpaneler" not in words
    assert round(document.sections[0].page_width.cm, 1) == 21.0
    assert "PAGE" in document.sections[0].footer._element.xml


def test_pupils_see_who_has_each_proposal_by_when_and_the_decision(db, teacher, sent):
    bikes, food, solar = (p.id for p in sent["written"])
    decided = committees.Decision(decided_on=today(), by_kind="committee", minutes="34")
    give(db, sent["nils"], sent["tekniska"], bikes, decision=decided)
    news = progress.progress_for_code(db, code=sent["council"].join_code, today=today() + dt.timedelta(days=200))
    by_title = {item.title: item for item in news.proposals}
    assert [(h.committee, h.answer.minutes_paragraph) for h in by_title["Cykelbanor"].holders if h.answer] == [
        ("Tekniska nämnden", "34")
    ]
    waiting = {h.committee: h.state.standing for h in by_title["Cykelbanor"].holders if h.answer is None}
    assert waiting == {"Barn- och ungdomsnämnden": "overdue"}
    assert [h.committee for h in by_title["Solpaneler"].holders] == ["Barn- och ungdomsnämnden"]
    registry.withdraw(db, teacher, sent["bun"].id)
    news = progress.progress_for_code(db, code=sent["council"].join_code)
    assert [h.committee for h in next(i for i in news.proposals if i.title == "Solpaneler").holders] == []


def test_the_dashboard_counts_overdue_per_committee_and_lists_what_is_due_soon(db, admin, teacher, sent):
    give(db, sent["nils"], sent["tekniska"], sent["written"][0].id)
    later = today() + dt.timedelta(days=committees.DEFAULT_DEADLINE_DAYS - 10)
    soon = dashboard.due_soon(db, admin, today=later)
    assert list(soon["committee"]) == ["Tekniska nämnden", "Barn- och ungdomsnämnden"] or set(soon["committee"]) == {
        "Tekniska nämnden",
        "Barn- och ungdomsnämnden",
    }
    assert set(soon["days_left"]) == {10} and dict(zip(soon["committee"], soon["unanswered"], strict=True)) == {
        "Tekniska nämnden": 1,
        "Barn- och ungdomsnämnden": 3,
    }
    late = today() + dt.timedelta(days=committees.DEFAULT_DEADLINE_DAYS + 1)
    overdue = dashboard.overdue_by_committee(db, admin, today=late)
    assert dict(zip(overdue["committee"], overdue["unanswered"], strict=True)) == {
        "Barn- och ungdomsnämnden": 3,
        "Tekniska nämnden": 1,
    }
    own = dashboard.overdue_by_committee(db, sent["nils"], today=late)
    assert list(own["committee"]) == ["Tekniska nämnden"]
