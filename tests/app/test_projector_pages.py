"""The projector's page: it shows the code and the counts and the chart only after the close, refuses a visitor,
shows the question and background in the learn phase and the proposals with their argument counts in the discuss
phase; and the teacher's countdown reaches the pupils' own screens."""

from __future__ import annotations

from council import arguments, live, materials, proposals, sessions
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors
from .test_deliberation_pages import pupil_page


def test_projector_shows_code_and_counts_and_the_chart_only_after_close(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/projector.py").run()
    no_errors(at)
    assert any(council.join_code == m.value for m in at.markdown)
    assert [m.value for m in at.metric] == ["3", "3", "0", "0 av 3"]
    assert not at.get("plotly_chart")
    sessions.advance_phase(db, teacher, council.id)
    at.run()
    assert len(at.get("plotly_chart")) == 1


def test_projector_refuses_a_visitor(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose)
    at = app()
    at.query_params["session"] = str(council.id)
    at.run()
    at.switch_page("pages/projector.py").run()
    assert council.join_code not in " ".join(m.value for m in at.markdown)


def test_pupils_see_the_teachers_countdown_on_their_own_screen(teacher, db, monkeypatch):
    from council import projector

    monkeypatch.setattr(live, "TTL_SECONDS", 3600.0)  # what the pupil sees must come from the commit hooks
    council, _, _ = session_at(db, teacher, Phase.propose)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    no_errors(at)
    assert not [m for m in at.markdown if "kvar" in m.value]
    projector.start_countdown(db, teacher, council.id, minutes=4)
    at.run()
    no_errors(at)
    assert any("⏱️ 4 min kvar" in m.value for m in at.markdown)
    projector.start_countdown(db, teacher, council.id, minutes=0)
    at.run()
    assert not [m for m in at.markdown if "kvar" in m.value]


def projector_page(actor, council):
    at = app(actor=actor)
    at.query_params["session"] = str(council.id)
    return at.switch_page("pages/projector.py").run()


def test_the_projector_shows_the_question_and_background_in_the_learn_phase(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Vad gör vi först?", with_learn=True)
    figures = "Mat;Utsläpp\nNötkött;26,5\nBönor;0,9\n".encode()
    materials.add(db, teacher, council.id, title="Mat och klimat", body="Nötkött släpper ut mest.",
                  figures=figures, chart_x="Mat", chart_y=["Utsläpp"])  # fmt: skip
    sessions.advance_phase(db, teacher, council.id)
    at = projector_page(teacher, council)
    no_errors(at)
    shown = " ".join([m.value for m in at.markdown] + [h.proto.body for h in at.get("html")])  # the body: cleaned HTML
    assert "Vad gör vi först?" in shown and "Mat och klimat" in shown and "Nötkött släpper ut mest." in shown
    (chart,) = at.get("plotly_chart")
    import json

    figure = json.loads(chart.proto.spec)
    assert figure["data"][0]["type"] == "bar"
    assert figure["layout"]["xaxis"]["tickfont"] == {"color": "#000000", "size": 24}, "projector labels are large"


def test_the_projector_lists_the_proposals_with_argument_counts_in_the_discuss_phase(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupil, _ = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=pupil, title="Solceller på taket", body="b")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    for side in ("for", "for", "against"):
        arguments.publish(db, teacher, arguments.add(db, pupil=pupil, proposal_id=proposal.id, side=side, text="x").id)
    at = projector_page(teacher, council)
    no_errors(at)
    assert any("Solceller på taket" in m.value for m in at.markdown)
    assert any("Solceller på taket" in m.value and "För: 2 · Emot: 1" in m.value for m in at.markdown)
