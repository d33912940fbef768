"""The committee loop through the pages: forward, inbox, answer, the pupils' progress page, dashboard, share link."""

from __future__ import annotations

import pytest

from council import auth, committees, reports, sessions, voting
from council.models import Phase, Role

from ..unit.helpers import session_at
from .conftest import app, no_errors, pupil_for


@pytest.fixture
def forwarded(db, admin, teacher):
    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=5)
    tokens, codes = [], []
    for i in range(5):
        pupil, token = sessions.join(db, code=council.join_code)
        codes.append(voting.cast(db, pupil=pupil, choices={written[i % 3].id: 1}))
        tokens.append(token)
    sessions.advance_phase(db, teacher, council.id)
    committee = committees.add_committee(db, admin, name="Tekniska nämnden")
    member = auth.actor_for(
        auth.create_user(
            db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=committee.id
        )
    )
    report = reports.freeze(db, teacher, council.id, committee_ids=[committee.id])
    return council, written, report, committee, member, tokens, codes


def test_teacher_forwards_from_the_report_page(db, teacher, forwarded):
    council, _, report, committee, _, _, _ = forwarded
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.run()
    at.switch_page("pages/report.py").run()
    at.multiselect(key="forward_committees").set_value([committee.id])
    at.button(key="report_forward").click().run()
    no_errors(at)
    db.rollback()
    assert [f.forwarding.report_id for f in committees.inbox(db, forwarded[4])] == [report.id]


def test_member_answers_and_pupil_reads_it_then_rates(db, teacher, forwarded):
    council, written, report, committee, member, tokens, codes = forwarded
    (forwarding,) = committees.forward(db, teacher, report.id, committee_ids=[committee.id])
    at = app(actor=member).run()
    at.switch_page("pages/inbox.py").run()
    no_errors(at)
    assert "Transporter" in " ".join(m.value for m in at.markdown)
    at.query_params["forwarding"] = str(forwarding.id)
    at.switch_page("pages/answer.py").run()
    no_errors(at)
    pid = written[0].id
    at.selectbox(key=f"answer_status_{pid}").set_value("will_do")
    at.text_area(key=f"answer_reason_{pid}").input("Vi bygger cykelbanan 2027.")
    at.button(key=f"answer_save_{pid}").click().run()
    no_errors(at)
    pupil_view = app()
    pupil_view.session_state["pupil"] = pupil_for(tokens[0])
    pupil_view.run()
    pupil_view.switch_page("pages/progress.py").run()
    no_errors(pupil_view)
    text = " ".join(m.value for m in pupil_view.markdown)
    assert "Ni sa – vi gör det!" in text and "Vi bygger cykelbanan 2027\\." in text
    pupil_view.text_input(key="progress_rating_code").input(codes[0])
    pupil_view.slider(key="rating_score").set_value(9)
    pupil_view.button(key="progress_rate_submit").click().run()
    no_errors(pupil_view)
    assert "Tack" in pupil_view.success[0].value
    pupil_view.button(key="progress_rate_submit").click().run()
    assert "redan använd" in pupil_view.error[0].value


def test_pupils_see_when_a_committee_changed_its_answer(db, teacher, forwarded):
    council, written, report, committee, member, _, _ = forwarded
    (forwarding,) = committees.forward(db, teacher, report.id, committee_ids=[committee.id])
    pid = written[0].id
    first = committees.answer(
        db, member, forwarding.id, proposal_id=pid, status="investigating", text="Vi utreder <b>det</b>"
    )
    committees.answer(
        db, member, forwarding.id, proposal_id=pid, status="will_do", text="Vi bygger 2027", replaces=first.id
    )
    at = app().run()
    at.query_params["code"] = council.join_code
    at.switch_page("pages/progress.py").run()
    no_errors(at)
    assert [e.label for e in at.expander] == ["Tidigare svar (1)"]
    earlier = " ".join(m.value for m in at.expander[0].markdown)
    assert "Vi utreder det" in earlier and "Vi utreder \\<b\\>det\\</b\\>" in earlier


def test_anyone_with_the_code_reads_where_things_stand_but_sees_no_answer_form(db, teacher, forwarded):
    council, _, report, committee, _, _, _ = forwarded
    committees.forward(db, teacher, report.id, committee_ids=[committee.id])
    at = app().run()
    at.query_params["code"] = council.join_code
    at.switch_page("pages/progress.py").run()
    no_errors(at)
    assert any("Tekniska nämnden\\: inte besvarat än – svar senast" in m.value for m in at.markdown)
    assert not [w for w in at.selectbox if str(w.key).startswith("answer_")]
    assert at.text_input(key="progress_rating_code").value == ""


def test_dashboard_and_committees_pages_for_member_and_admin(db, admin, teacher, forwarded):
    _, _, report, committee, member, _, _ = forwarded
    committees.forward(db, teacher, report.id, committee_ids=[committee.id])
    for actor in (member, admin):
        at = app(actor=actor).run()
        at.switch_page("pages/dashboard.py").run()
        no_errors(at)
        assert at.dataframe, "the dashboard shows its tables"
    at = app(actor=admin).run()
    at.switch_page("pages/committees_admin.py").run()
    at.text_input(key="committee_name").input("Kommunstyrelsen")
    at.button(key="committee_add").click().run()
    no_errors(at)
    assert [c.name for c in committees.list_committees(db)] == ["Kommunstyrelsen", "Tekniska nämnden"]


def test_share_link_page_shows_the_report_and_a_bad_token_gets_a_message(db, teacher, forwarded):
    _, _, report, _, _, _, _ = forwarded
    token = committees.create_share_link(db, teacher, report.id)
    at = app()
    at.query_params["token"] = token
    at.run()
    at.switch_page("pages/shared.py").run()
    no_errors(at)
    assert any("Transporter" in s.value for s in at.subheader)
    bad = app()
    bad.query_params["token"] = "nope"
    bad.run()
    bad.switch_page("pages/shared.py").run()
    assert "Länken fungerar inte" in bad.error[0].value


def test_the_dashboard_shows_pupil_text_as_written_and_guards_only_its_spreadsheets(db, admin, teacher):
    """A spreadsheet guard (the leading quote) belongs in the CSV and XLSX, never on the screen."""
    from council import dashboard

    council, pupils, written = session_at(db, teacher, Phase.vote, pupils=5, titles=("=HYPERLINK(1)", "Cykelbanor"))
    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    committee = committees.add_committee(db, admin, name="Tekniska nämnden")
    report = reports.freeze(db, teacher, council.id)
    committees.forward(db, teacher, report.id, committee_ids=[committee.id])
    at = app(actor=admin).run()
    at.switch_page("pages/dashboard.py").run()
    no_errors(at)
    shown = {title for frame in at.dataframe for title in frame.value.get("Förslag", [])}
    assert "=HYPERLINK(1)" in shown and "'=HYPERLINK(1)" not in shown
    table, _ = dashboard.priorities(db, admin)
    assert "'=HYPERLINK(1)" in dashboard.to_csv(table, "sv").decode("utf-8-sig")
