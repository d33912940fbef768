"""Themes, addressees and arguments for and against published proposals."""

from __future__ import annotations

import pytest

from council import arguments, proposals, sessions, themes
from council.errors import InvalidInput, NotFound, WrongPhase
from council.models import Phase

from .helpers import session_at


def discussing(db, teacher, titles=("Cykelbanor", "Solpaneler")):
    """A session with learn and discuss phases, moved to discuss with published proposals."""
    council = sessions.create_session(db, teacher, title="T", question="Q?", with_discuss=True)
    sessions.advance_phase(db, teacher, council.id)
    pupils = [sessions.join(db, code=council.join_code)[0] for _ in range(2)]
    written = [proposals.submit(db, pupil=pupils[0], title=t, body="b") for t in titles]
    for proposal in written:
        proposals.publish(db, teacher, proposal.id)
    sessions.advance_phase(db, teacher, council.id)
    db.refresh(council)
    assert council.phase == Phase.discuss
    return council, pupils, written


def test_a_new_session_has_the_ten_default_themes_in_the_teachers_language(db, teacher):
    council = sessions.create_session(db, teacher, title="T", question="Q?", themes=themes.default_themes("en"))
    assert themes.themes_of(council)[0] == "Transport and travel" and len(themes.themes_of(council)) == 10
    assert themes.default_themes()[-1] == "Annat"


def test_a_proposal_carries_the_theme_and_addressee_the_pupil_picked(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    made = proposals.submit(db, pupil=pupils[0], title="Tåg", body="b", theme="Energi", addressee="region")
    assert (made.theme, made.addressee) == ("Energi", "region")
    unpicked = proposals.submit(db, pupil=pupils[0], title="Buss", body="b")
    assert (unpicked.theme, unpicked.addressee) == ("Annat", "school")


@pytest.mark.parametrize(("theme", "addressee"), [("Rymden", "school"), ("", "school"), ("Mat", "påven")])
def test_an_unknown_theme_or_addressee_is_refused(db, teacher, theme, addressee):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    with pytest.raises(InvalidInput):
        proposals.submit(db, pupil=pupils[0], title="X", body="b", theme=theme, addressee=addressee)


def test_the_teacher_renames_adds_and_removes_themes(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    made = proposals.submit(db, pupil=pupils[0], title="Tåg", body="b", theme="Transport och resor")
    themes.rename_theme(db, teacher, council.id, old="Transport och resor", new="Resor")
    db.refresh(made)
    assert made.theme == "Resor"
    kept = themes.set_themes(db, teacher, council.id, names=["Resor", "Mat", "Rymden", " "])
    assert kept == ["Resor", "Mat", "Rymden"]
    with pytest.raises(InvalidInput) as refused:
        themes.set_themes(db, teacher, council.id, names=["Mat"])
    assert refused.value.key == "theme.in_use"
    with pytest.raises(InvalidInput):
        themes.set_themes(db, teacher, council.id, names=["Resor", "resor"])


def test_the_teacher_changes_theme_and_addressee_but_another_teacher_may_not(db, teacher, admin):
    from council import auth
    from council.models import Role

    council, _, written = session_at(db, teacher, Phase.propose, titles=("Tåg",))
    changed = themes.change_labels(db, teacher, written[0].id, theme="Energi", addressee="national")
    assert (changed.theme, changed.addressee) == ("Energi", "national")
    other = auth.actor_for(auth.create_user(db, admin, username="bo", password="bo-secret-1", role=Role.teacher))
    with pytest.raises(Exception, match="auth.not_allowed"):
        themes.change_labels(db, other, written[0].id, theme="Mat", addressee="school")


def test_publishing_with_a_new_theme_and_addressee_is_one_action(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    made = proposals.submit(db, pupil=pupils[0], title="Tåg", body="b")
    published = proposals.publish(db, teacher, made.id, theme="Energi", addressee="region")
    assert (published.status, published.theme, published.addressee) == ("published", "Energi", "region")


def test_a_refused_publish_changes_neither_theme_nor_addressee(db, teacher):
    from sqlmodel import Session

    from council import merging
    from council.models import Proposal

    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    first, second = (proposals.submit(db, pupil=pupils[0], title=t, body="b") for t in ("Tåg", "Tåget"))
    merging.merge(db, teacher, council.id, originals=[first.id, second.id], title="Tåg", body="b", theme="Annat",
                  addressee="school")  # fmt: skip
    with pytest.raises(InvalidInput, match="proposal.already_merged"):
        proposals.publish(db, teacher, first.id, theme="Energi", addressee="region")
    with Session(db.get_bind()) as other:
        kept = other.get(Proposal, first.id)
        assert (kept.status, kept.theme, kept.addressee) == ("merged", "Annat", "school")


def test_publishing_with_a_theme_but_no_addressee_is_refused(db, teacher):
    council, pupils, _ = session_at(db, teacher, Phase.propose, titles=())
    made = proposals.submit(db, pupil=pupils[0], title="Tåg", body="b")
    with pytest.raises(InvalidInput, match="addressee.missing"):
        proposals.publish(db, teacher, made.id, theme="Energi")
    assert proposals.queue(db, teacher, council.id)[0].id == made.id


def test_pupils_argue_for_and_against_and_only_published_arguments_count(db, teacher):
    council, pupils, written = discussing(db, teacher)
    pro = arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text="Bra för luften")
    con = arguments.add(db, pupil=pupils[1], proposal_id=written[0].id, side="against", text="Dyrt")
    assert arguments.sides(db, written[0].id).pros == []
    arguments.publish(db, teacher, pro.id)
    arguments.reject(db, teacher, con.id, reason="Skriv mer")
    found = arguments.sides(db, written[0].id)
    assert [a.text for a in found.pros] == ["Bra för luften"] and found.cons == []
    assert arguments.mine(db, pupil=pupils[1])["rejected"] == 1
    assert arguments.count(db, council.id) == 1


def test_an_argument_longer_than_280_characters_or_empty_is_refused(db, teacher):
    council, pupils, written = discussing(db, teacher)
    arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text="x" * 280)
    for text in ("x" * 281, "   "):
        with pytest.raises(InvalidInput):
            arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text=text)
    with pytest.raises(InvalidInput):
        arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="maybe", text="hm")


def test_arguments_only_in_the_discuss_phase_and_only_under_published_proposals(db, teacher):
    council, pupils, written = session_at(db, teacher, Phase.propose, titles=("Tåg",))
    with pytest.raises(WrongPhase):
        arguments.add(db, pupil=pupils[0], proposal_id=written[0].id, side="for", text="Bra")
    council, pupils, written = discussing(db, teacher)
    other, _, foreign = discussing(db, teacher, titles=("Annat",))
    with pytest.raises(NotFound):
        arguments.add(db, pupil=pupils[0], proposal_id=foreign[0].id, side="for", text="Bra")


def test_the_control_room_lists_proposals_argued_on_one_side_only(db, teacher):
    council, pupils, written = discussing(db, teacher, titles=("Tåg", "Buss", "Bil"))
    texts = [(written[0], "for"), (written[1], "for"), (written[1], "against")]
    for proposal, side in texts:
        made = arguments.add(db, pupil=pupils[0], proposal_id=proposal.id, side=side, text="Därför")
        arguments.publish(db, teacher, made.id)
    assert [p.title for p in arguments.one_sided(db, teacher, council.id)] == ["Tåg"]
