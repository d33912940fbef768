"""A round's theme groups on their pages: the facilitator merges on the group page and takes the result, a big theme
shows a page at a time while the merge form offers all of it, and a representative approves the wording on the
pupil page."""

from __future__ import annotations

from sqlmodel import Session
from streamlit.testing.v1 import AppTest

from council.models import Proposal, RoundGroup
from council.rounds import wording

from ..unit.round_helpers import all_classes_sent, energy_group, voted_groups, world
from .conftest import app, no_errors
from .test_round_pages import page, text


def test_the_facilitator_merges_on_the_group_page_and_takes_the_result(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    group = energy_group(db, w)
    at = page(w.anna, "pages/round_group.py", group=group.id)
    no_errors(at)
    assert "bygger på 1 förslag från 1 klasser i 1 skolor" in text(at)
    shown = {p.id: p.title for p in pool_proposals(db, group)}
    pick = [pid for pid, title in shown.items() if title.startswith("Solpaneler")]
    at.multiselect(key="round_merge_originals").set_value(pick)
    at.text_input(key="round_merge_title").input("Solenergi på alla skolor")
    at.text_area(key="round_merge_body").input("Solpaneler på varje skoltak.")
    at.button(key="round_group_merge").click().run()
    db.rollback()
    no_errors(at)
    assert sorted(p.title for p in pool_proposals(db, group)) == ["Solceller på taket", "Solenergi på alla skolor"]


def test_the_group_page_shows_a_big_theme_a_page_at_a_time(db, admin, monkeypatch):
    from pages.parts import round_group_merge

    monkeypatch.setattr(round_group_merge, "PAGE_SIZE", 1)
    w = world(db, admin)
    all_classes_sent(db, w)
    group = energy_group(db, w)
    titles = {p.title for p in pool_proposals(db, group)}
    assert len(titles) >= 2

    def cards(at: AppTest) -> list[str]:
        return [m.value for m in at.markdown if m.value.strip("*") in titles]

    at = page(w.anna, "pages/round_group.py", group=group.id)
    no_errors(at)
    shown_first = cards(at)
    assert len(shown_first) == 1
    assert at.selectbox(key="round_group_page").format_func(0) == f"1–1 av {len(titles)}"
    at.selectbox(key="round_group_page").set_value(1).run()
    no_errors(at)
    assert len(cards(at)) == 1 and cards(at) != shown_first
    assert len(at.multiselect(key="round_merge_originals").options) == len(titles)  # the merge form offers all


def pool_proposals(db: Session, group: RoundGroup) -> list[Proposal]:
    from council import proposals

    db.expire_all()
    return proposals.published(db, group.session_id)


def test_a_representative_approves_the_wording_on_the_pupil_page(db, admin):
    w = world(db, admin)
    all_classes_sent(db, w)
    found = voted_groups(db, w)
    at = app(pupil=found.energy_reps[0])  # joined with a slip before the vote; joining ends when it closes
    at.run()
    at.switch_page("pages/pupil.py").run()
    no_errors(at)
    pid = found.solar.id
    at.button(key=f"round_wording_approve_{pid}").click().run()
    db.rollback()
    no_errors(at)
    items = wording.items_of(db, found.energy.id)
    assert next(i for i in items if i.proposal.id == pid).item.approved_at is not None
