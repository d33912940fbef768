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
