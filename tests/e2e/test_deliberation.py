"""Deliberation in a real browser: one-time codes, kiosk turns, merge provenance, the projector.

Run: python -m pytest tests/e2e/test_deliberation.py (DELIB_SCREENSHOTS=docs also saves docs/projector.png).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlmodel import Session, select

from council import arguments, onetime, projector, proposals, sessions, voting
from council.auth import Actor
from council.models import Argument, CouncilSession, Phase, Proposal
from council.sessions import Pupil

from ..unit.helpers import ballots_of
from .deliberation_fixtures import delib_app, delib_browser, new_context  # noqa: F401  (fixtures)

if TYPE_CHECKING:
    from playwright.sync_api import Expect, Page

pytestmark = pytest.mark.e2e


def expect() -> Expect:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def join(page: Page, base: str, code: str) -> None:
    """Type a code on the join page (a visitor's default page, served at "/") and press the button."""
    page.goto(f"{base}/")
    page.locator(".st-key-join_code input").fill(code)
    page.locator(".st-key-join_submit button").click()


def started(
    db: Session, teacher: Actor, *, to: Phase, titles: tuple[str, ...] = ("Solpaneler på taket",), **options: Any
) -> tuple[CouncilSession, list[tuple[Pupil, str]], list[Proposal]]:
    """A session moved on to `to`, with published proposals written by one pupil each."""
    council = sessions.create_session(
        db, teacher, title="Energi 7A", question="Hur sparar skolan energi?", age_group="7-9", **options
    )
    sessions.advance_phase(db, teacher, council.id)
    authors, written = [], []
    for title in titles:
        pupil, token = sessions.add_participant(db, council)
        db.commit()
        authors.append((pupil, token))
        written.append(proposals.submit(db, pupil=pupil, title=title, body=f"{title}, för klimatets skull."))
        proposals.publish(db, teacher, written[-1].id)
    while council.phase != to:
        sessions.advance_phase(db, teacher, council.id)
        db.refresh(council)
    return council, authors, written


def test_a_one_time_code_used_twice_is_refused(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        council = sessions.create_session(
            db, delib_app.teacher, title="T", question="Q?", one_time_codes=True, age_group="7-9"
        )
        sessions.advance_phase(db, delib_app.teacher, council.id)
        code = onetime.generate(db, delib_app.teacher, council.id, count=1)[0]
    first, second = new_context().new_page(), new_context().new_page()
    join(first, delib_app.url, council.join_code)
    expect()(first.get_by_text("egen kod från en lapp")).to_be_visible()
    join(first, delib_app.url, code)
    expect()(first.get_by_text("Nu skriver ni förslag")).to_be_visible()
    join(second, delib_app.url, code.lower())
    expect()(second.get_by_text("redan använd")).to_be_visible()
    assert "/pupil" not in second.url
    with delib_app.db() as db:
        assert onetime.counts(db, delib_app.teacher, council.id).used == 1


def test_in_kiosk_mode_back_after_a_ballot_shows_no_trace_of_it(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        council, _, written = started(db, delib_app.teacher, to=Phase.vote, kiosk=True)
    page = new_context().new_page()
    join(page, delib_app.url, council.join_code)
    page.locator(f".st-key-vote_choice_{written[0].id} label").click()
    page.locator(".st-key-vote_submit button").click()
    expect()(page.locator(".st-key-kiosk_next")).to_be_visible()
    assert "p=" not in page.url
    for _ in range(2):
        page.go_back()
        page.wait_for_timeout(1500)
        expect()(page.locator(".st-key-join_code input")).to_be_visible()
        for trace in (".st-key-vote_receipt", ".st-key-vote_submit", f".st-key-vote_choice_{written[0].id}"):
            expect()(page.locator(trace)).to_have_count(0)
        expect()(page.get_by_text("Solpaneler på taket")).to_have_count(0)
        assert "p=" not in page.url
    with delib_app.db() as db:
        assert len(ballots_of(db, council.id)) == 1


def test_a_merge_keeps_its_provenance_and_the_originals_arguments(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        titles = ("Fler cykelbanor till skolan", "Mer cykelbanor till skolan")
        council, authors, written = started(db, delib_app.teacher, to=Phase.discuss, titles=titles, with_discuss=True)
        made = arguments.add(db, pupil=authors[1][0], proposal_id=written[0].id, side="against", text="Det kostar")
        arguments.publish(db, delib_app.teacher, made.id)
    teacher = new_context(teacher=True).new_page()
    teacher.goto(f"{delib_app.url}/session?session={council.id}")
    teacher.locator(f".st-key-merge_pick_{written[0].id}_{written[1].id} button").click()
    title = teacher.locator(".st-key-merge_title input")
    expect()(title).to_have_value(titles[0])
    title.fill("Säkra cykelbanor till skolan")
    title.press("Tab")
    teacher.wait_for_timeout(800)
    teacher.locator(".st-key-merge_submit button").click()
    expect()(teacher.get_by_text("Förslagen är ihopslagna")).to_be_visible()
    with delib_app.db() as db:
        merged = db.exec(select(Proposal).where(Proposal.title == "Säkra cykelbanor till skolan")).one()
        originals = db.exec(select(Proposal).where(Proposal.merged_into == merged.id)).all()
        assert sorted(p.id for p in originals) == [w.id for w in written]
    author_context = new_context()
    author_context.add_cookies([{"name": "kr_pupil", "value": authors[0][1], "url": delib_app.url}])
    author = author_context.new_page()
    author.goto(f"{delib_app.url}/pupil")
    expect()(author.get_by_text("Ditt förslag finns nu med i: Säkra cykelbanor till skolan")).to_be_visible()
    card = author.locator(f".st-key-discuss_{merged.id}")
    expect()(card.get_by_text("Emot (1)")).to_be_visible()
    expect()(card.get_by_text("Det kostar")).to_be_visible()


def test_a_pupil_marks_an_argument_as_convincing_with_the_keyboard_alone(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        council, authors, written = started(db, delib_app.teacher, to=Phase.discuss, with_discuss=True)
        made = arguments.add(db, pupil=authors[0][0], proposal_id=written[0].id, side="for", text="Gratis el i solen")
        arguments.publish(db, delib_app.teacher, made.id)
        _, token = sessions.join(db, code=council.join_code)
    context = new_context()
    context.add_cookies([{"name": "kr_pupil", "value": token, "url": delib_app.url}])  # a pupil's reloaded tab
    page = context.new_page()
    page.goto(f"{delib_app.url}/pupil")
    button = page.locator(f".st-key-mark_{made.id} button").first
    expect()(button).to_be_visible(timeout=20_000)
    for _ in range(60):  # Tab from the top of the page, as a pupil without a mouse would
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    expect()(button).to_be_focused()
    expect()(button).to_have_accessible_name("Det här övertygar mig")  # the icon's name is not read out
    page.keyboard.press("Space")
    marked = page.locator(f".st-key-mark_{made.id} button").first
    expect()(marked).to_have_accessible_name("Övertygar mig – tryck för att ångra")
    with delib_app.db() as db:
        assert db.get(Argument, made.id).marks == 1
    author_context = new_context()
    author_context.add_cookies([{"name": "kr_pupil", "value": authors[0][1], "url": delib_app.url}])
    author = author_context.new_page()
    author.goto(f"{delib_app.url}/pupil")
    expect()(author.get_by_text("Ditt argument", exact=True)).to_be_visible()
    expect()(author.locator(f".st-key-mark_{made.id}")).to_have_count(0)


def test_the_projector_shows_no_vote_breakdown_before_close(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        titles = ("Solpaneler på taket", "Släck lampor", "Cykeldag")
        council, authors, written = started(db, delib_app.teacher, to=Phase.vote, titles=titles)
        for index, (pupil, _) in enumerate(authors[:2]):
            voting.cast(db, pupil=pupil, choices={written[index].id: 1})
        projector.start_countdown(db, delib_app.teacher, council.id, minutes=8)
    page = new_context(teacher=True).new_page()
    page.set_viewport_size({"width": 1600, "height": 900})
    page.goto(f"{delib_app.url}/projector?session={council.id}")
    expect()(page.locator(".st-key-session_join_code")).to_contain_text(council.join_code)
    counts = page.locator(".st-key-projector_counts")
    expect()(counts).to_contain_text("Har röstat")
    voted = counts.locator('[data-testid="stMetricValue"]').nth(3)
    expect()(voted).to_have_text(f"2 av {len(authors)}")  # voted of those who joined, as the control room says
    expect()(page.locator(".st-key-projector_results")).to_have_count(0)
    expect()(page.locator(".js-plotly-plot")).to_have_count(0)
    for title in titles:
        expect()(page.get_by_text(title)).to_have_count(0)
    if folder := os.environ.get("DELIB_SCREENSHOTS"):
        page.wait_for_timeout(500)
        page.screenshot(path=str(Path(folder) / "projector.png"))
    with delib_app.db() as db:
        sessions.advance_phase(db, delib_app.teacher, council.id)
    expect()(page.locator(".st-key-projector_results .js-plotly-plot")).to_be_visible(timeout=15_000)
