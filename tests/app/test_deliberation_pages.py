"""The deliberation screens run for their roles, and their widgets do what they say. How pupils get in is in
test_join_pages.py, the projector in test_projector_pages.py."""

from __future__ import annotations

from sqlmodel import select

from council import arguments, live, materials, merging, proposals, sessions, themes
from council.models import Phase, Proposal, ProposalStatus

from ..unit.helpers import session_at
from .conftest import app, no_errors, pupil_for


def control_room(actor, council):
    at = app(actor=actor)
    at.query_params["session"] = str(council.id)
    return at.switch_page("pages/control_room.py").run()


def pupil_page(token):
    at = app()
    at.session_state["pupil"] = pupil_for(token)
    at.run()
    return at.switch_page("pages/pupil.py").run()


def fresh(db):
    db.rollback()
    db.expire_all()


def test_new_session_form_sets_the_deliberation_options(teacher, db):
    from council.models import CouncilSession

    at = app(actor=teacher).run()
    at.switch_page("pages/teacher_sessions.py").run()
    at.text_input(key="new_session_title").input("Energi 7A")
    at.text_area(key="new_session_question").input("Hur sparar skolan energi?")
    for key in ("new_session_learn", "new_session_discuss", "new_session_onetime", "new_session_kiosk"):
        at.checkbox(key=key).check()
    at.button(key="new_session_create").click().run()
    no_errors(at)
    council = db.exec(select(CouncilSession)).one()
    assert (council.with_learn, council.with_discuss, council.one_time_codes, council.kiosk) == (True,) * 4
    assert council.themes[0] == "Transport och resor"


def test_learn_phase_shows_the_teachers_material_to_pupils(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_learn=True)
    materials.add(db, teacher, council.id, title="Utsläpp", body="**Viktigt** <b>x</b>", links="SMHI | https://smhi.se",
                  figures="År;Bil\n2020;3\n2021;2\n".encode(), chart_x="År", chart_y=["Bil"])  # fmt: skip
    sessions.advance_phase(db, teacher, council.id)
    _, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    no_errors(at)
    shown = " ".join(m.value for m in at.markdown)
    body = " ".join(h.proto.body for h in at.get("html"))
    assert "<strong>Viktigt</strong>" in body and "&lt;b&gt;x&lt;/b&gt;" in body and "[SMHI](https://smhi.se)" in shown
    assert len(at.get("plotly_chart")) == 1


def test_control_room_adds_and_renames_themes_and_links_to_the_projector(teacher, db):
    council, _, _ = session_at(db, teacher, Phase.propose, titles=())
    at = control_room(teacher, council)
    no_errors(at)
    assert any(link.proto.page.endswith("projector") for link in at.get("page_link"))
    at.text_area(key="themes_list").input("Mat\nEnergi\nRymden")
    at.button(key="themes_save").click().run()
    no_errors(at)
    at.selectbox(key="themes_old").select("Rymden")
    at.text_input(key="themes_new").input("Rymd och stjärnor")
    at.button(key="themes_rename").click().run()
    no_errors(at)
    fresh(db)
    db.refresh(council)
    assert council.themes == ["Mat", "Energi", "Rymd och stjärnor"]


def test_pupil_sees_similar_proposals_while_writing_and_picks_theme_and_addressee(teacher, db):
    council, _, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor",))
    pupil, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    at.text_input(key="proposal_title").input("fler CYKELBANOR!").run()
    assert "Finns redan" in " ".join(i.value for i in at.info)
    at.text_area(key="proposal_body").input("Säkrare vägar")
    at.selectbox(key="proposal_theme").select("Transport och resor")
    at.selectbox(key="proposal_addressee").select("region")
    at.button(key="proposal_submit").click().run()
    no_errors(at)
    made = proposals.mine(db, pupil=pupil)[0]
    assert (made.theme, made.addressee) == ("Transport och resor", "region")
    assert at.text_input(key="proposal_title").value == ""


def test_teacher_merges_a_suggested_pair_and_the_author_sees_where_it_went(teacher, db):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Fler cykelbanor", "Mer cykelbanor"))
    at = control_room(teacher, council)
    at.button(key=f"merge_pick_{written[0].id}_{written[1].id}").click().run()
    at.text_input(key="merge_title").input("Cykelbanor överallt")
    at.button(key="merge_submit").click().run()
    no_errors(at)
    fresh(db)
    merged = db.exec(select(Proposal).where(Proposal.title == "Cykelbanor överallt")).one()
    assert [p.id for p in merging.originals(db, merged.id)] == [written[0].id, written[1].id]
    token = sessions.join(db, code=council.join_code)[1]  # a new pupil sees the merged one on the list
    author = pupils[0]
    assert merging.destination(db, proposals.mine(db, pupil=author)[0]).id == merged.id
    assert token


def test_a_refused_publish_keeps_the_theme_and_addressee_the_pupil_chose(teacher, db):
    """Publishing with a new theme and addressee is one action: when the publish is refused, nothing changes."""
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    first = proposals.submit(db, pupil=pupils[0], title="Fler cykelbanor", body="Till skolan")
    second = proposals.submit(db, pupil=pupils[1], title="Mer cykelbanor", body="Överallt")
    chosen = (first.theme, first.addressee)
    at = control_room(teacher, council)
    # Meanwhile, in another tab, the teacher merges the two: the card on this screen is out of date.
    merging.merge(db, teacher, council.id, originals=[first.id, second.id], title="Cykelbanor", body="b",
                  theme=chosen[0], addressee="school")  # fmt: skip
    energy = themes.default_themes()[1]
    at.selectbox(key=f"moderate_theme_{first.id}").select(energy)
    at.selectbox(key=f"moderate_addressee_{first.id}").select("national")
    at.button(key=f"moderate_publish_{first.id}").click().run()
    assert any("redan ihopslaget" in e.value for e in at.error)
    fresh(db)
    kept = db.get(Proposal, first.id)
    assert kept.status == ProposalStatus.merged
    assert (kept.theme, kept.addressee) == chosen


def test_pupils_argue_in_the_discuss_phase_and_the_teacher_moderates(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupil, token = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=pupil, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    at = pupil_page(token)
    no_errors(at)
    at.radio(key=f"argument_side_{proposal.id}").set_value("against")
    at.text_area(key=f"argument_text_{proposal.id}").input("Dyrt <i>nu</i>")
    at.button(key=f"argument_submit_{proposal.id}").click().run()
    no_errors(at)
    waiting = arguments.queue(db, teacher, council.id)
    assert [a.side for a in waiting] == ["against"]
    teacher_view = control_room(teacher, council)
    assert "Solceller" not in " ".join(m.value for m in teacher_view.markdown if "ett håll" in m.value)
    teacher_view.button(key=f"argument_publish_{waiting[0].id}").click().run()
    no_errors(teacher_view)
    at.run()
    assert any("Emot (1)" in m.value for m in at.markdown)
    assert any("Dyrt \\<i\\>nu\\</i\\>" in m.value for m in at.markdown)


def test_merged_status_is_not_counted_twice(teacher, db):
    council, _, written = session_at(db, teacher, Phase.propose, titles=("A", "B"))
    merging.merge(db, teacher, council.id, originals=[w.id for w in written], title="AB", body="b", theme="Annat",
                  addressee="school")  # fmt: skip
    assert live.counts(db, council.id).proposals == 1
    assert [p.status for p in proposals.all_for(db, teacher, council.id)][:2] == [ProposalStatus.merged] * 2


def test_the_argument_queue_says_which_proposal_each_argument_is_about(teacher, db):
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupil, _ = sessions.join(db, code=council.join_code)
    solar, trees = (proposals.submit(db, pupil=pupil, title=t, body="b") for t in ("Solceller på taket", "Fler träd"))
    for proposal in (solar, trees):
        proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    arguments.add(db, pupil=pupil, proposal_id=trees.id, side="for", text="Skugga på sommaren")
    at = control_room(teacher, council)
    no_errors(at)
    shown = [m.value for m in at.markdown] + [c.value for c in at.caption]
    assert [text for text in shown if "Om förslaget" in text and "Fler träd" in text], "the proposal is not named"
    assert not [text for text in shown if "Om förslaget" in text and "Solceller" in text]


def test_a_pupil_marks_another_pupils_argument_as_convincing_and_can_take_it_back(teacher, db):
    from council import marks
    from council.models import Argument

    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True, age_group="f3")
    sessions.advance_phase(db, teacher, council.id)
    author, author_token = sessions.join(db, code=council.join_code)
    proposal = proposals.submit(db, pupil=author, title="Solceller", body="På taket")
    proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    argument = arguments.add(db, pupil=author, proposal_id=proposal.id, side="for", text="Gratis el")
    arguments.publish(db, teacher, argument.id)
    reader, token = sessions.join(db, code=council.join_code)
    at = pupil_page(token)
    no_errors(at)
    button = at.button(key=f"mark_{argument.id}")
    assert button.label == "Bra skäl!"  # easy-read wording for the youngest
    button.click().run()
    no_errors(at)
    fresh(db)
    assert db.get(Argument, argument.id).marks == 1
    assert marks.marked(db, pupil=reader, argument_ids=[argument.id]) == {argument.id}
    assert at.button(key=f"mark_{argument.id}").label == "Bra skäl – tryck för att ångra"
    at.button(key=f"mark_{argument.id}").click().run()
    fresh(db)
    assert db.get(Argument, argument.id).marks == 0
    own = pupil_page(author_token)
    no_errors(own)
    assert not [b for b in own.button if b.key == f"mark_{argument.id}"]  # nobody marks their own argument
