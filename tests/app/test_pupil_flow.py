"""What a pupil trips over: a second tab, a form still open when the phase changes, a text pasted too long, and
the younger classes' theme and addressee lists."""

from __future__ import annotations

from sqlmodel import select

from council import proposals, sessions
from council.models import Phase
from council.secret_tables import Ballot

from ..unit.helpers import ballots_of, session_at
from .conftest import app, no_errors, pupil_for


def pupil_page(token):
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    return at.switch_page("pages/pupil.py").run()


def texts(at) -> str:
    kinds = ("markdown", "success", "info", "warning", "error", "caption")
    return " ".join(element.value for kind in kinds for element in at.get(kind))


def test_a_second_tab_says_this_pupil_has_already_voted_not_thanks(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.join(db, code=council.join_code)
    first, second = pupil_page(token), pupil_page(token)
    first.checkbox(key=f"vote_choice_{written[0].id}").check()
    first.button(key="vote_submit").click().run()
    assert any("Din röst är räknad" in s.value for s in first.success)
    second.checkbox(key=f"vote_choice_{written[1].id}").check()
    second.button(key="vote_submit").click().run()
    assert not any("Din röst är räknad" in s.value for s in second.success), "thanked for a ballot not counted"
    assert "redan röstat" in texts(second) and "räknades inte" in texts(second)
    assert len(ballots_of(db, council.id)) == 1


def test_a_proposal_sent_after_the_vote_started_says_why_and_keeps_the_text(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose)
    pupil, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    at.text_input(key="proposal_title").input("Fler pantstationer")
    at.text_area(key="proposal_body").input("Vid varje entré, så att burkarna inte hamnar i soporna.")
    at.selectbox(key="proposal_theme").select("Mat")
    sessions.advance_phase(db, teacher, council.id)  # the teacher starts the vote meanwhile
    at.button(key="proposal_submit").click().run()
    shown = texts(at)
    assert "kom inte fram" in shown and "Vid varje entré" in shown and "Fler pantstationer" in shown  # easy-read: 4–6
    assert proposals.mine(db, pupil=pupil) == []


def test_a_proposal_being_written_when_the_phase_changes_is_kept_on_screen(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    at.text_input(key="proposal_title").input("Solceller på idrottshallen").run()
    sessions.advance_phase(db, teacher, council.id)
    at.run()  # the page follows the phase by itself
    assert "Solceller på idrottshallen" in texts(at) and "kom inte fram" in texts(at)


def test_a_ballot_cast_after_the_vote_closed_says_it_was_not_counted(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    at.checkbox(key=f"vote_choice_{written[0].id}").check()
    sessions.advance_phase(db, teacher, council.id)
    at.button(key="vote_submit").click().run()
    assert "Omröstningen hann stänga. Din röst kom inte fram." in texts(at)
    assert db.exec(select(Ballot)).all() == []


def test_a_title_pasted_too_long_is_refused_with_its_length_and_kept(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose)
    pupil, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    long_title = "Cykelbanor " * 15  # 165 characters: more than the 120 a title may have
    at.text_input(key="proposal_title").input(long_title)
    at.text_area(key="proposal_body").input("Säkrare vägar till skolan.")
    at.selectbox(key="proposal_theme").select("Mat")
    at.button(key="proposal_submit").click().run()
    assert any("högst 120 tecken (nu 164)" in e.value for e in at.error)
    assert at.text_input(key="proposal_title").value == long_title, "the pupil's text is gone"
    assert proposals.mine(db, pupil=pupil) == []
    assert not any("Tack" in s.value for s in at.success)


def test_an_argument_too_long_is_refused_and_kept(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=pupil, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at = pupil_page(token)
    text = "Det blir billigare el. " * 15
    at.text_area(key=f"argument_text_{proposal.id}").input(text)
    at.button(key=f"argument_submit_{proposal.id}").click().run()
    assert any("högst 280 tecken" in e.value for e in at.error)
    assert at.text_area(key=f"argument_text_{proposal.id}").value == text


def test_younger_pupils_pick_a_theme_themselves_from_easy_names_with_pictures(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", age_group="f3")
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    theme = at.selectbox(key="proposal_theme")
    assert theme.value is None, "a theme is preset"
    labels = theme.options
    assert "🌧️ Skydd mot regn, värme och översvämningar" in labels and "🤷 Vet inte" in labels
    assert not [label for label in labels if "Klimatanpassning" in label]
    addressees = at.selectbox(key="proposal_addressee").options
    assert "🗺️ Länsstyrelsen – statens kontor i länet" in addressees
    at.text_input(key="proposal_title").input("Mer frukt")
    at.text_area(key="proposal_body").input("Till mellanmål")
    at.button(key="proposal_submit").click().run()
    assert any("Välj ett tema" in e.value for e in at.error)
    assert proposals.mine(db, pupil=pupil) == []
    at.selectbox(key="proposal_theme").select_index(len(labels) - 1)  # "Vet inte"
    at.button(key="proposal_submit").click().run()
    no_errors(at)
    db.rollback()  # a new read snapshot: the app wrote through its own connection
    assert proposals.mine(db, pupil=pupil)[0].theme == ""


def test_the_teacher_chooses_the_theme_of_a_proposal_whose_author_did_not_know(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    made = proposals.submit(db, pupil=pupils[0], title="Mer frukt", body="b", theme="")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    assert at.selectbox(key=f"moderate_theme_{made.id}").value is None
    at.button(key=f"moderate_publish_{made.id}").click().run()
    assert any("Välj ett tema" in e.value for e in at.error)
    at.selectbox(key=f"moderate_theme_{made.id}").select("Mat")
    at.button(key=f"moderate_publish_{made.id}").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert [(p.title, p.theme) for p in proposals.published(db, council.id)] == [("Mer frukt", "Mat")]
