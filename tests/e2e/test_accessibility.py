"""Accessibility in a real browser: axe-core on every page for each role and phase, the page language,
and a pupil who joins, proposes and votes with the keyboard alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from council import auth, demo, logins, proposals, sessions
from council.models import CouncilSession, Phase

from .server import RunningApp
from .streamlit_ui import SLOW, by_key

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
BLOCKING = {"serious", "critical"}


def seeded(store: dict) -> Callable[[Session], None]:
    """The Swedish demo plus a session in the vote phase and one in the discuss phase; login tokens kept."""

    def seed(db: Session) -> None:
        demo.seed_if_empty(db)
        teacher = auth.authenticate(db, username="demo", password=demo.ACCOUNTS["demo"])
        store["vote"] = _session_at(db, teacher, Phase.vote, "7C")
        store["discuss"] = _session_at(db, teacher, Phase.discuss, "8A")
        store["codes"] = {c.title: c.join_code for c in db.exec(select(CouncilSession))}
        for username, password in demo.ACCOUNTS.items():
            store[username] = logins.start_login(db, auth.authenticate(db, username=username, password=password))

    return seed


def _session_at(db: Session, teacher: auth.Actor, phase: Phase, label: str) -> str:
    council = sessions.create_session(
        db,
        teacher,
        title=f"Klimatrådet {label}",
        question="Vad gör vi först?",
        class_label=label,
        with_discuss=True,
        age_group="7-9",
    )
    sessions.advance_phase(db, teacher, council.id)
    pupil, _ = sessions.join(db, code=council.join_code)
    for title in ("Solceller på taket", "Cykelgarage"):
        proposals.publish(
            db, teacher, proposals.submit(db, pupil=pupil, title=title, body="Bra för klimatet", theme="Energi").id
        )
    while council.phase != phase:
        sessions.advance_phase(db, teacher, council.id)
        db.refresh(council)
    return council.join_code


def violations(page: Page) -> list[str]:
    """The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it is now."""
    page.wait_for_timeout(800)  # let Streamlit finish drawing the run
    found = Axe().run(page, options=WCAG_AA).response["violations"]
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v["impact"] in BLOCKING
    ]


def as_user(new_page: Callable[[], Page], app: RunningApp, token: str) -> Page:
    page = new_page()
    page.context.add_cookies([{"name": "kr_login", "value": token, "url": app.url}])
    return page


def visit(page: Page, url: str, ready: str) -> None:
    page.goto(url)
    expect(page.locator(ready).first).to_be_visible(timeout=SLOW)


def check(page: Page, where: str, found: dict) -> None:
    if problems := violations(page):
        found[where] = problems


@pytest.fixture
def demo_app(app_server: Callable[..., RunningApp]) -> tuple[RunningApp, dict]:
    store: dict = {}
    app = app_server(seed=seeded(store))
    return app, store


def test_every_page_has_no_serious_or_critical_violation(demo_app, new_page):
    app, store = demo_app
    found: dict[str, list[str]] = {}
    visitor = new_page()
    for path, ready in (
        ("/join", ".st-key-join_code"),
        ("/login", ".st-key-login_username"),
        ("/tillganglighet", "h1"),
        ("/progress", ".st-key-progress_code"),
    ):
        visit(visitor, app.url + path, ready)
        check(visitor, f"visitor {path}", found)

    visitor.context.close()
    # 6B's vote is closed: its join page says so (joining ends at the close), and the progress page works with the code.
    pupil_pages = (
        ("5A", ".st-key-proposal_submit"),
        ("8A", "h2"),
        ("7C", ".st-key-vote_submit"),
        ("6B", "[role=alert]"),
    )
    for label, ready in pupil_pages:
        pupil = new_page()
        code = next(c for title, c in store["codes"].items() if label in title)
        visit(pupil, f"{app.url}/join?code={code}", ready)
        check(pupil, f"pupil {label}", found)
        if label == "6B":
            visit(pupil, f"{app.url}/progress?code={code}", "h2")
            check(pupil, "pupil progress", found)
        pupil.context.close()

    teacher = as_user(new_page, app, store["demo"])
    for path, ready in (
        ("/sessions", "h1"),
        ("/session?session=1", ".st-key-results_table"),
        ("/session?session=2", ".st-key-session_join_code"),
        ("/report?session=1", "h1"),
        ("/projector?session=2", ".st-key-session_join_code"),
    ):
        visit(teacher, app.url + path, ready)
        check(teacher, f"teacher {path}", found)
    teacher.context.close()

    member = as_user(new_page, app, store["namnd"])
    for path, ready in (("/inbox", "h1"), ("/answer?forwarding=1", "h1"), ("/dashboard", "h1")):
        visit(member, app.url + path, ready)
        check(member, f"committee {path}", found)

    admin = as_user(new_page, app, store["admin"])
    for path, ready in (("/accounts", "h1"), ("/committees", "h1")):
        visit(admin, app.url + path, ready)
        check(admin, f"admin {path}", found)
    assert not found, found


def test_the_page_declares_swedish_or_english(demo_app, new_page):
    app, _ = demo_app
    page = new_page()
    visit(page, app.url + "/join", ".st-key-join_code")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    visit(page, app.url + "/join?lang=en", ".st-key-join_code")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", name="Welcome to the climate council!")).to_be_visible()


def test_a_pupil_joins_proposes_and_votes_with_the_keyboard_alone(demo_app, new_page):
    app, store = demo_app
    page = new_page()
    visit(page, app.url + "/join", ".st-key-join_code")
    by_key(page, "join_code").locator("input").focus()
    page.keyboard.type(store["codes"]["Klimatrådet 5A – vår skola"])
    page.keyboard.press("Tab")
    button = by_key(page, "join_submit").locator("button")
    expect(button).to_be_focused()
    outline = button.evaluate("b => { const s = getComputedStyle(b); return [s.outlineStyle, s.outlineWidth]; }")
    assert outline[0] != "none" and float(outline[1].removesuffix("px")) >= 2, f"focus is not visible: {outline}"
    page.keyboard.press("Enter")
    expect(by_key(page, "proposal_title")).to_be_visible(timeout=SLOW)

    by_key(page, "proposal_title").locator("input").focus()
    page.keyboard.type("Tänd bara lampor där någon är")
    in_body = "() => !!document.activeElement.closest('.st-key-proposal_body textarea')"
    for _ in range(3):  # past the text's help button
        page.keyboard.press("Tab")
        if page.evaluate(in_body):
            break
    expect(by_key(page, "proposal_body").locator("textarea")).to_be_focused()
    page.keyboard.type("Rörelsevakter i korridorerna sparar el.")
    in_theme = "() => !!document.activeElement.closest('.st-key-proposal_theme')"
    for _ in range(6):  # no theme is preset: the pupil picks one from the list, by keyboard too
        page.keyboard.press("Tab")
        if page.evaluate(in_theme):
            break
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(by_key(page, "proposal_theme").locator("input")).not_to_have_attribute("aria-expanded", "true")
    for _ in range(12):
        page.keyboard.press("Tab")
        if by_key(page, "proposal_submit").locator("button").evaluate("b => b === document.activeElement"):
            break
    page.keyboard.press("Enter")
    expect(page.get_by_text("Tack! Läraren har fått ditt förslag.")).to_be_visible(timeout=SLOW)

    code = store["codes"]["Klimatrådet 7C"]
    voter = new_page()
    visit(voter, f"{app.url}/join?code={code}", ".st-key-vote_submit")
    in_ballot = "() => !!document.activeElement.closest(\"[class*='st-key-vote_choice_']\")"
    for _ in range(40):  # from the top of the page, Tab to the first proposal on the ballot
        voter.keyboard.press("Tab")
        if voter.evaluate(in_ballot):
            break
    voter.keyboard.press("Space")
    expect(voter.locator("[class*='st-key-vote_choice_'] input:checked")).to_have_count(1)
    for _ in range(20):
        voter.keyboard.press("Tab")
        if by_key(voter, "vote_submit").locator("button").evaluate("b => b === document.activeElement"):
            break
    voter.keyboard.press("Enter")
    expect(by_key(voter, "vote_receipt")).to_be_visible(timeout=SLOW)
