"""Ranked and score ballots through the pupil page, and their results views."""

from __future__ import annotations

import pytest

from council import results, sessions
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors, pupil_for


def pupil_page(token: str, lang: str = "sv"):
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.query_params["lang"] = lang
    at.run()
    return at.switch_page("pages/pupil.py").run()


def test_ranked_ballot_by_place_selects(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote, method="ranked", method_params={"top_k": 2})
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    no_errors(at)
    at.selectbox(key=f"vote_choice_{written[2].id}").select(1)
    at.selectbox(key=f"vote_choice_{written[0].id}").select(2)
    at.button(key="vote_submit").click().run()
    no_errors(at)
    assert at.get("stVerticalBlock") is not None and any("räknad" in s.value for s in at.success)
    sessions.advance_phase(db, teacher, council.id)
    table = results.for_teacher(db, teacher, council.id).table.set_index("proposal_id")
    assert table.loc[written[2].id, "points"] == 2 and table.loc[written[0].id, "points"] == 1


def test_ranked_ballot_with_a_place_used_twice_is_refused(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote, method="ranked", method_params={"top_k": 3})
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    at.selectbox(key=f"vote_choice_{written[0].id}").select(1)
    at.selectbox(key=f"vote_choice_{written[1].id}").select(1)
    at.button(key="vote_submit").click().run()
    assert "två gånger" in at.error[0].value


@pytest.mark.parametrize("lang,label", [("sv", "Starkt för"), ("en", "Strongly for")])
def test_score_ballot_shows_words_and_results_compare_methods(teacher, db, lang, label):
    council, _, written = session_at(db, teacher, Phase.vote, method="score")
    tokens = [sessions.join(db, code=council.join_code)[1] for _ in range(5)]
    for token in tokens:
        at = pupil_page(token, lang)
        radio = at.radio(key=f"vote_choice_{written[1].id}")
        assert label in radio.options
        radio.set_value(2)
        at.button(key="vote_submit").click().run()
        no_errors(at)
    sessions.advance_phase(db, teacher, council.id)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    shown = at.dataframe[0].value
    assert shown.iloc[0, 1] == written[1].title
    assert len(at.dataframe) >= 2  # the method comparison table


@pytest.mark.parametrize(
    "method,params,kind",
    [
        ("approval", None, "checkbox"),
        ("dots", {"points": 5, "max_per_proposal": 3}, "number_input"),
        ("ranked", {"top_k": 2}, "selectbox"),
        ("score", None, "radio"),
    ],
)
def test_every_ballot_input_is_named_by_its_proposal(teacher, db, method, params, kind):
    """A screen reader names each box, list or choice by the proposal, not by one repeated word; markup stays text."""
    titles = ("Cykelbanor", "**Fet** [länk](https://x.se)")
    council, _, written = session_at(db, teacher, Phase.vote, titles=titles, method=method, method_params=params)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    no_errors(at)
    labels = {p.id: getattr(at, kind)(key=f"vote_choice_{p.id}").label for p in written}
    assert labels[written[0].id] == "**Cykelbanor**  \nCykelbanor – för klimatet"
    assert "\\*\\*Fet\\*\\*" in labels[written[1].id] and "\\[länk\\]" in labels[written[1].id]
    assert len(set(labels.values())) == len(written)


def new_session_page(teacher):
    at = app(actor=teacher).run()
    return at.switch_page("pages/teacher_sessions.py").run()


def create(at, title="Rangordning 7A"):
    at.text_input(key="new_session_title").input(title)
    at.text_area(key="new_session_question").input("Vad ska skolan göra först?")
    at.button(key="new_session_create").click().run()
    no_errors(at)


def test_the_new_session_form_shows_only_the_chosen_methods_settings(teacher, db):
    at = new_session_page(teacher)
    assert [n.key for n in at.number_input if n.key.startswith("new_session_approval")] == [
        "new_session_approval_max_picks"
    ]
    assert not [n for n in at.number_input if n.key.startswith("new_session_dots")]
    at.selectbox(key="new_session_method").select("ranked").run()
    no_errors(at)
    assert at.number_input(key="new_session_ranked_top_k").value == 3
    rule = at.radio(key="new_session_ranked_rule")
    assert rule.options == ["Schulzemetoden", "Bordametoden"] and rule.value == "schulze"
    assert not [n for n in at.number_input if n.key.startswith("new_session_approval")]
    assert any("Schulzemetoden eller Bordametoden" in c.value for c in at.caption)  # how the method works


@pytest.mark.parametrize("rule", ["schulze", "borda"])
def test_a_ranked_session_is_created_with_the_counting_method_the_teacher_chose(teacher, db, rule):
    from sqlmodel import select

    from council.models import CouncilSession

    at = new_session_page(teacher)
    at.selectbox(key="new_session_method").select("ranked").run()
    at.number_input(key="new_session_ranked_top_k").set_value(4)
    at.radio(key="new_session_ranked_rule").set_value(rule)
    create(at)
    council = db.exec(select(CouncilSession)).one()
    assert (council.method, council.method_params) == ("ranked", {"top_k": 4, "rule": rule})


def test_approval_with_no_cap_is_stored_as_no_cap(teacher, db):
    from sqlmodel import select

    from council.models import CouncilSession

    at = new_session_page(teacher)
    create(at, "Kryss 6B")
    council = db.exec(select(CouncilSession)).one()
    assert (council.method, council.method_params) == ("approval", {"max_picks": None})


def closed_page(db, teacher, council, lang="sv"):
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.query_params["lang"] = lang
    at.run()
    return at.switch_page("pages/control_room.py").run()


@pytest.mark.parametrize("lang,votes,one", [("sv", "2 röster", "1 röst"), ("en", "2 votes", "1 vote")])
def test_approval_results_count_votes_not_points_for_pupils(teacher, db, lang, votes, one):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    from council import voting

    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1, written[1].id: 1})
    voting.cast(db, pupil=pupils[1], choices={written[0].id: 1})
    _, token = sessions.join(db, code=council.join_code)
    sessions.advance_phase(db, teacher, council.id)
    at = pupil_page(token, lang)
    no_errors(at)
    lines = [m.value for m in at.markdown]
    assert f"**1.** Cykelbanor – {votes}" in lines and f"**2.** Mindre kött – {one}" in lines
    assert not [line for line in lines if "poäng" in line or "point" in line]
    method = "Röstsätt: Kryssröstning" if lang == "sv" else "Voting method: Approval voting"
    assert any(method in m.value for m in at.markdown)


def test_teacher_results_name_the_counting_method_that_decided(teacher, db):
    council, pupils, written = session_at(
        db, teacher, Phase.vote, method="ranked", method_params={"top_k": 2}, pupils=5
    )
    from council import voting

    for pupil in pupils:
        voting.cast(db, pupil=pupil, choices={written[1].id: 1, written[0].id: 2})
    sessions.advance_phase(db, teacher, council.id)
    at = closed_page(db, teacher, council)
    no_errors(at)
    assert any("Röstsätt: Rangordning · Räknesätt: Schulzemetoden" in m.value for m in at.markdown)
    comparison = next(frame.value for frame in at.dataframe if "Schulzemetoden (avgjorde)" in frame.value.columns)
    assert comparison.iloc[0]["Förslag"] == "Mindre kött"
    table = at.dataframe[0].value
    assert "Bordapoäng" in table.columns and "Förstaval" in table.columns
