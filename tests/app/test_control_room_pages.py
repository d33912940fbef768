"""The teacher's control room: it runs in each phase, its moderation buttons publish and reject, it counts what the
ballot lists and who voted out of who joined, it asks before starting or closing the vote and says what is left out
or how many have voted, and it steps back from the vote only while nobody has voted."""

from __future__ import annotations

from council import voting
from council.models import Phase

from ..unit.helpers import session_at
from .conftest import app, no_errors


def test_control_room_in_each_phase(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Cykelbanor",))
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    assert any(council.join_code in m.value for m in at.markdown)
    for phase in (Phase.vote, Phase.closed):
        at.button(key="phase_next").click().run()
        at.button(key="phase_confirm").click().run()
        no_errors(at)
        db.rollback()  # a new read snapshot: the app changed the phase through its own connection
        db.expire_all()
        db.refresh(council)
        assert council.phase == phase
    assert at.dataframe[0].value.shape[0] == 1
    assert [b.key for b in at.get("download_button")] == ["export_csv", "export_csv_data"]


def test_moderation_buttons_publish_and_reject(teacher, db):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    from council import proposals

    first = proposals.submit(db, pupil=pupils[0], title="Solceller", body="På taket")
    second = proposals.submit(db, pupil=pupils[1], title="Förbjud allt", body="Allt")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key=f"moderate_publish_{first.id}").click().run()
    at.text_input(key=f"moderate_reason_{second.id}").input("För brett")
    at.button(key=f"moderate_reject_{second.id}").click().run()
    no_errors(at)
    db.rollback()
    db.expire_all()
    assert [p.title for p in proposals.published(db, council.id)] == ["Solceller"]
    assert proposals.mine(db, pupil=pupils[1])[0].reject_reason == "För brett"


def test_the_control_room_counts_what_the_ballot_lists_and_voted_out_of_joined(teacher, db):
    from council import proposals

    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Cykelbanor", "Solceller"))
    proposals.submit(db, pupil=pupils[0], title="Fler träd", body="På skolgården")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    no_errors(at)
    shown = {m.label: m.value for m in at.metric}
    assert shown["Förslag på listan"] == "2"
    assert shown["Har gått med"] == "3"
    assert shown["Har röstat"] == "0 av 3"


def fresh_phase(db, council):
    db.rollback()
    db.expire_all()
    db.refresh(council)
    return council.phase


def test_closing_the_vote_asks_first_with_how_many_have_voted(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_next").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.vote, "one click closed the vote without asking"
    assert any("1 av 3 har röstat" in w.value for w in at.warning)
    at.button(key="phase_cancel").click().run()
    assert "phase_confirm" not in [b.key for b in at.button]
    assert fresh_phase(db, council) == Phase.vote
    at.button(key="phase_next").click().run()
    at.button(key="phase_confirm").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.closed


def test_starting_the_vote_asks_first_and_says_what_is_left_out(teacher, db):
    from council import proposals

    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=("Cykelbanor",))
    proposals.submit(db, pupil=pupils[1], title="Fler träd", body="På skolgården")
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_next").click().run()
    assert fresh_phase(db, council) == Phase.propose
    question = " ".join(w.value for w in at.warning)
    assert "Förslag på röstsedeln: 1" in question and "kommer inte med: 1" in question


def test_the_teacher_steps_back_from_the_vote_while_nobody_has_voted(teacher, db):
    council, _, written = session_at(db, teacher, Phase.vote)
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    at.button(key="phase_back").click().run()
    no_errors(at)
    assert fresh_phase(db, council) == Phase.propose
    assert any("Inget har försvunnit" in s.value for s in at.success)


def test_the_way_back_is_closed_once_a_ballot_exists(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.vote)
    voting.cast(db, pupil=pupils[0], choices={written[0].id: 1})
    at = app(actor=teacher)
    at.query_params["session"] = str(council.id)
    at.switch_page("pages/control_room.py").run()
    assert at.button(key="phase_back").disabled
    assert any("Det finns redan röster" in c.value for c in at.caption)
