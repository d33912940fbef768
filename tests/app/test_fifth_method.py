"""A fifth voting method is one description and its words: registered here for the test only (a toy "thumbs" vote:
thumbs up, nothing or thumbs down on each proposal, at most N down), it is offered on the new-session page with its
setting, drawn on the pupil's ballot, checked, tallied and named in the report — without a line of the app changed."""

from __future__ import annotations

import pytest
from sqlmodel import select

from council import exports, methods, reports, results, sessions, tally
from council.errors import InvalidInput
from council.locale import CATALOGUE
from council.methods import InputKind, MethodDescription, Parameter, Way
from council.methods.ballots import check_range, chosen, points_tally, rank_by
from council.models import CouncilSession, Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors, pupil_for


def clean_thumbs(choices: dict[int, int], params: dict, proposal_ids: set[int]) -> dict[int, int]:
    thumbs = chosen(choices)
    check_range(thumbs, -1, 1)
    if sum(value < 0 for value in thumbs.values()) > params["max_down"]:
        raise InvalidInput("toy.too_many_down", max_down=params["max_down"])
    return thumbs


THUMBS = MethodDescription(
    method="thumbs",
    parameters=(Parameter("max_down", "toy.max_down", default=1, low=0, high=3),),
    input_kind=InputKind.scale,
    ballot_values=lambda params, proposals: (-1, 0, 1),
    value_label=lambda value: (f"toy.thumb.{value}", {}),
    clean_ballot=clean_thumbs,
    tally=points_tally,
    ways=(Way("thumbs", rank_by("points")),),
    decided_by=lambda params: "thumbs",
    ballot_help=lambda params, proposals: [("toy.help", {"max_down": params["max_down"]})],
    row_figure=lambda row, params, lang: f"{int(row['points']):+d}",
    points_key="toy.measure",
)
WORDS = {
    "method.thumbs": ("Tummen upp", "Thumbs up"),
    "method.thumbs.explanation": ("Tumme upp eller ner för varje förslag.", "Thumbs up or down for each proposal."),
    "summary.method.thumbs": ("Röstsätt: {name}.", "Voting method: {name}."),
    "report.annex.thumbs": ("Upp räknas +1, ner −1.", "Up counts +1, down −1."),
    "toy.max_down": ("Högst antal tummar ner", "Most thumbs down"),
    "toy.help": ("Högst {max_down} tummar ner.", "At most {max_down} thumbs down."),
    "toy.too_many_down": ("Högst {max_down} tummar ner!", "At most {max_down} thumbs down!"),
    "toy.thumb.-1": ("Ner", "Down"),
    "toy.thumb.0": ("Vet inte", "Not sure"),
    "toy.thumb.1": ("Upp", "Up"),
    "toy.measure": ("Tumsumma", "Thumb total"),
    "summary.method_param.max_down": ("Högst {value} ner per elev.", "At most {value} down per pupil."),
}


@pytest.fixture(autouse=True)
def thumbs(monkeypatch):
    """The toy registered in the catalog and its words in the translation catalogue, for this test only."""
    monkeypatch.setitem(methods.CATALOG, "thumbs", THUMBS)
    for key, words in WORDS.items():
        monkeypatch.setitem(CATALOGUE, key, words)


def test_the_new_session_page_offers_the_fifth_method_with_its_setting(teacher, db):
    at = app(actor=teacher).run()
    at.switch_page("pages/teacher_sessions.py").run()
    assert "Tummen upp" in at.selectbox(key="new_session_method").options
    at.selectbox(key="new_session_method").select("thumbs").run()
    no_errors(at)
    assert at.number_input(key="new_session_thumbs_max_down").label == "Högst antal tummar ner"
    at.number_input(key="new_session_thumbs_max_down").set_value(2).run()
    at.text_input(key="new_session_title").input("Tummar 6B")
    at.text_area(key="new_session_question").input("Vad tycker vi?")
    at.button(key="new_session_create").click().run()
    no_errors(at)
    council = db.exec(select(CouncilSession)).one()
    assert (council.method, council.method_params) == ("thumbs", {"max_down": 2})


def test_a_ballot_and_a_tally_run_through_the_fifth_method(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote, method="thumbs", pupils=2)
    _, token = sessions.join(db, code=council.join_code)
    at = app(pupil=pupil_for(token))
    at.run()
    at = at.switch_page("pages/pupil.py").run()
    no_errors(at)
    assert "Högst 1 tummar ner." in " ".join(m.value for m in at.markdown)
    down = at.radio(key=f"vote_choice_{written[0].id}")
    assert down.options == ["Ner", "Vet inte", "Upp"]
    down.set_value(-1)
    at.radio(key=f"vote_choice_{written[2].id}").set_value(-1)
    at.button(key="vote_submit").click().run()
    assert "Högst 1 tummar ner!" in at.error[0].value  # the toy's own rule, through the app's ballot check
    at.radio(key=f"vote_choice_{written[2].id}").set_value(0)
    at.radio(key=f"vote_choice_{written[1].id}").set_value(1)
    at.button(key="vote_submit").click().run()
    no_errors(at)
    assert at.success
    from council import voting

    voting.cast(db, pupil=pupils[0], choices={written[1].id: 1, written[2].id: 1})
    sessions.advance_phase(db, teacher, council.id)
    res = results.for_teacher(db, teacher, council.id)
    assert res.table["title"].tolist() == ["Mindre kött", "Solpaneler", "Cykelbanor"]
    assert res.table["points"].tolist() == [2, 1, -1]
    assert results.display_table(res, "sv").columns[2] == "Tumsumma"
    assert tally.validate_choices("thumbs", {"max_down": 1}, {written[0].id: 1}, {written[0].id}) == {written[0].id: 1}
    markdown = exports.report_markdown(reports.freeze(db, teacher, council.id).data, "sv")
    assert "Röstsätt: Tummen upp. Högst 1 ner per elev." in markdown and "Upp räknas +1, ner −1." in markdown
