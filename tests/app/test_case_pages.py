"""The committee's case file through the pages: no preset decision, the readability warning, a confirmed change,
registration shown as text, downloads, refusals, withdrawal, deadlines, e-mail status, rating codes on receipts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from council import auth, committees, proposals, registry, reports, sessions, voting
from council.forwarding_tables import Answer, Forwarding
from council.models import Phase, Role, User

from ..unit.helpers import session_at
from .conftest import app, no_errors

HARD = (
    "Nämnden konstaterar att förslaget överensstämmer med kommunens trafikstrategi och översiktsplanering. Vi bygger."
)


@pytest.fixture
def case(db, admin, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=5)
    for i, pupil in enumerate(pupils):
        voting.cast(db, pupil=pupil, choices={written[i % 3].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    body = committees.add_committee(db, admin, name="Tekniska nämnden")
    other = committees.add_committee(db, admin, name="Kommunstyrelsen")

    def member(name, committee):
        made = auth.create_user(
            db, admin, username=name, password=f"{name}-secret", role=Role.committee, committee_id=committee.id
        )
        return auth.actor_for(made)

    report = reports.freeze(db, teacher, council.id)
    (forwarding,) = committees.forward(db, teacher, report.id, committee_ids=[body.id])
    return {
        "council": council,
        "written": written,
        "forwarding": forwarding,
        "member": member("nils", body),
        "stranger": member("stina", other),
    }


def answer_page(actor, forwarding_id):
    at = app(actor=actor)
    at.query_params["forwarding"] = str(forwarding_id)
    at.run()
    return at.switch_page("pages/answer.py").run()


def answers(db) -> list[Answer]:
    db.rollback()
    return list(db.exec(select(Answer).order_by(Answer.id)))


def test_no_decision_is_preset_and_saving_without_one_stores_nothing(db, case):
    at = answer_page(case["member"], case["forwarding"].id)
    no_errors(at)
    pid = case["written"][0].id
    status = at.selectbox(key=f"answer_status_{pid}")
    assert status.value is None and status.placeholder == "Välj ett beslut …"
    assert at.date_input(key=f"answer_decided_on_{pid}").value is None
    at.text_area(key=f"answer_reason_{pid}").input("Vi bygger.")
    at.button(key=f"answer_save_{pid}").click().run()
    assert "Välj ett beslut i listan" in at.error[0].value
    assert answers(db) == []


def test_the_case_shows_text_support_arguments_deadline_and_downloads(db, case):
    at = answer_page(case["member"], case["forwarding"].id)
    words = " ".join(m.value for m in at.markdown)
    assert "Cykelbanor – för klimatet" in " ".join(str(e.value) for e in at.get("text") + list(at.markdown)) or (
        "Cykelbanor" in words
    )
    assert "Stöd: 2 av 5" in words and "Kryssröstning" in words
    assert [m.label for m in at.metric][:2] == ["Svar senast", "Dagar kvar"]
    assert at.metric[1].value == str(committees.DEFAULT_DEADLINE_DAYS)
    keys = {b.key for b in at.get("download_button")}
    assert {"forwarding_letter_docx", "forwarding_letter_pdf", "answer_report_pdf", "answer_report_xlsx"} <= keys


def test_a_hard_answer_is_saved_with_a_warning_naming_the_hardest_sentence(db, case):
    at = answer_page(case["member"], case["forwarding"].id)
    pid = case["written"][0].id
    at.selectbox(key=f"answer_status_{pid}").set_value("investigating")
    at.text_area(key=f"answer_reason_{pid}").input(HARD)
    at.button(key=f"answer_save_{pid}").click().run()
    no_errors(at)
    assert [a.status for a in answers(db)] == ["investigating"]
    warning = " ".join(w.value for w in at.warning)
    assert "LIX" in warning and "4–6" in warning
    assert any("Nämnden konstaterar" in m.value for m in at.markdown if m.value.startswith(">"))


def test_changing_an_answer_asks_first_and_keeps_the_old_one(db, case):
    pid = case["written"][0].id
    first = committees.answer(
        db, case["member"], case["forwarding"].id, proposal_id=pid, status="investigating", text="Vi utreder."
    )
    at = answer_page(case["member"], case["forwarding"].id)
    assert at.selectbox(key=f"answer_status_{pid}").value == "investigating"
    at.selectbox(key=f"answer_status_{pid}").set_value("will_do")
    at.date_input(key=f"answer_decided_on_{pid}").set_value(dt.date.today())
    at.selectbox(key=f"answer_decider_{pid}").set_value("committee")
    at.text_input(key=f"answer_minutes_{pid}").input("§ 34")
    at.button(key=f"answer_save_{pid}").click().run()
    no_errors(at)
    assert [a.id for a in answers(db)] == [first.id], "nothing stored before the second click"
    at.button(key=f"answer_confirm_{pid}").click().run()
    no_errors(at)
    stored = answers(db)
    assert [a.status for a in stored] == ["investigating", "will_do"]
    assert (stored[1].minutes_paragraph, stored[1].decided_by) == ("§ 34", "Tekniska nämnden")
    pupil = app()
    pupil.query_params["code"] = case["council"].join_code
    pupil.run()
    pupil.switch_page("pages/progress.py").run()
    lines = " ".join(m.value for m in pupil.markdown)
    assert "Beslutat av Tekniska nämnden" in lines and "§ 34" in lines


def test_cancelling_a_change_stores_nothing(db, case):
    pid = case["written"][0].id
    committees.answer(db, case["member"], case["forwarding"].id, proposal_id=pid, status="not_now", text="Inte nu.")
    at = answer_page(case["member"], case["forwarding"].id)
    at.text_area(key=f"answer_reason_{pid}").input("Inte nu, men 2028.")
    at.button(key=f"answer_save_{pid}").click().run()
    at.button(key=f"answer_cancel_{pid}").click().run()
    no_errors(at)
    assert [a.text for a in answers(db)] == ["Inte nu."]
    assert at.button(key=f"answer_save_{pid}")


def test_a_diarienummer_with_markup_is_stored_and_shown_as_text(db, case):
    number = "<b>TN 2027/1</b> =SUM(A1)"
    at = answer_page(case["member"], case["forwarding"].id)
    at.text_input(key="forwarding_diarienummer").input(number)
    at.button(key="forwarding_register").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert db.get(Forwarding, case["forwarding"].id).diarienummer == number
    assert any(number in t.value for t in at.get("text"))
    assert not any("<b>" in m.value for m in at.markdown)


def test_a_member_of_another_committee_is_refused(db, case):
    at = answer_page(case["stranger"], case["forwarding"].id)
    assert "annan nämnd" in at.error[0].value
    assert not [w for w in at.selectbox if str(w.key).startswith("answer_status_")]


def test_after_withdrawal_the_page_says_so_and_offers_no_form(db, teacher, case):
    registry.withdraw(db, teacher, case["forwarding"].id)
    at = answer_page(case["member"], case["forwarding"].id)
    no_errors(at)
    assert any("drog tillbaka" in w.value for w in at.warning)
    assert not [w for w in at.selectbox if str(w.key).startswith("answer_status_")]


def test_the_teacher_withdraws_with_a_second_click(db, teacher, case):
    at = app(actor=teacher)
    at.query_params["session"] = str(case["council"].id)
    at.run()
    at.switch_page("pages/report.py").run()
    fid = case["forwarding"].id
    at.button(key=f"forwarding_withdraw_{fid}").click().run()
    db.rollback()
    db.expire_all()
    assert db.get(Forwarding, fid).withdrawn_at is None
    at.button(key=f"forwarding_withdraw_confirm_{fid}").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert db.get(Forwarding, fid).withdrawn_at is not None


def test_dashboard_shows_deadlines_and_the_admin_sees_mail_is_not_set_up(db, admin, case):
    at = app(actor=admin).run()
    at.switch_page("pages/dashboard.py").run()
    no_errors(at)
    assert any(s.value == "Svarstider" for s in at.subheader)
    at = app(actor=admin).run()
    at.switch_page("pages/committees_admin.py").run()
    no_errors(at)
    assert "E-post är inte inställd" in at.warning[0].value


def test_a_member_sets_their_own_reminder_address(db, case):
    at = app(actor=case["member"]).run()
    at.switch_page("pages/inbox.py").run()
    at.text_input(key="notify_email").input("Tekniska.Registrator@kommun.se")
    at.button(key="notify_save").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert db.get(User, case["member"].user_id).notify_email == "tekniska.registrator@kommun.se"
    at.text_input(key="notify_email").input("inte en adress")
    at.button(key="notify_save").click().run()
    assert at.error


@pytest.mark.parametrize("kiosk", [False, True])
def test_the_receipt_shows_a_rating_code_once(db, teacher, kiosk):
    council = sessions.create_session(db, teacher, title="T", question="Q?", kiosk=kiosk)
    sessions.advance_phase(db, teacher, council.id)
    author = sessions.join(db, code=council.join_code)[0]
    proposal = proposals.submit(db, pupil=author, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at = app().run()
    at.text_input(key="join_code").input(council.join_code)
    at.button(key="join_submit").click().run()
    at.checkbox(key=f"vote_choice_{proposal.id}").check()
    at.button(key="vote_submit").click().run()
    no_errors(at)
    shown = " ".join(m.value for m in [*at.markdown, *at.success])
    import re

    code = re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}", shown)
    assert code, shown
    if kiosk:
        at.text_input(key="join_code").input("X")
        at.run()
        assert not re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}", " ".join(m.value for m in [*at.markdown, *at.success]))
