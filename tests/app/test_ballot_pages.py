"""The pupil's ballot on the pupil page: a pupil proposes, votes once and sees the receipt, the ballot and the
receipt say how far the secrecy goes, an empty ballot gets a message and no vote, and the results show after the
close in the pupil's language."""

from __future__ import annotations

import pytest

from council import sessions, voting
from council.models import Phase

from ..unit.helpers import ballots_of, session_at
from .conftest import app, no_errors, pupil_for


def test_pupil_proposes_votes_once_and_sees_the_receipt(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    at.text_input(key="proposal_title").input("<script>alert(1)</script>")
    at.text_area(key="proposal_body").input("[x](javascript:alert(1))")
    at.selectbox(key="proposal_theme").select("Mat")
    at.button(key="proposal_submit").click().run()
    no_errors(at)
    shown = " ".join(m.value for m in at.markdown)
    assert "\\<script\\>" in shown and "\\[x\\]\\(javascript" not in shown.replace("\\(javascript", "")
    from council import proposals

    proposal = proposals.mine(db, pupil=pupil)[0]
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at.run()
    no_errors(at)
    at.checkbox(key=f"vote_choice_{proposal.id}").check()
    at.button(key="vote_submit").click().run()
    no_errors(at)
    assert any("Din röst är räknad" in s.value for s in at.success)
    assert len(ballots_of(db, council.id)) == 1
    again = app()
    again.session_state["pupil"] = pupil_for(token)
    again.run()
    again.switch_page("pages/pupil.py").run()
    assert not [b for b in again.button if b.key == "vote_submit"]
    assert any("Din röst är räknad" in s.value for s in again.success)
    assert any("stänger omröstningen" in s.value for s in again.success), "the pupil is told what happens next"


@pytest.mark.parametrize(
    ("age", "title", "words"),
    [
        (
            "7-9",
            "Så hålls din röst hemlig",
            ("förseglad låda", "den som sköter servern", "färre än fem", "Betygskoden"),
        ),
        ("4-6", "Är min röst hemlig?", ("blandas", "den vuxna som sköter servern", "betygskod")),
    ],
)
def test_the_ballot_and_the_receipt_say_how_far_the_secrecy_goes(teacher, db, age, title, words):
    council, _, written = session_at(db, teacher, Phase.vote)
    council.age_group = age
    db.add(council)
    db.commit()
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    for step in ("ballot", "receipt"):
        no_errors(at)
        [note] = [e for e in at.expander if e.label == title]
        text = " ".join(m.value for m in note.markdown)
        assert all(word in text for word in words), (step, text)
        if step == "ballot":
            at.checkbox(key=f"vote_choice_{written[0].id}").check()
            at.button(key="vote_submit").click().run()
            assert any("räknad" in s.value for s in at.success)


def test_pupil_with_an_empty_ballot_gets_a_message_and_no_vote(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.join(db, code=council.join_code)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    at.switch_page("pages/pupil.py").run()
    at.button(key="vote_submit").click().run()
    assert "minst ett" in at.error[0].value
    assert ballots_of(db, council.id) == []


def test_pupil_sees_results_after_close_in_english(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    pupil, token = sessions.join(db, code=council.join_code)
    voting.cast(db, pupil=pupil, choices={written[0].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.query_params["lang"] = "en"
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    assert any("This is what the class chose" in s.value for s in at.subheader)  # easy-read: years 4–6
    assert any("Fewer than 5" in w.value for w in at.warning)
