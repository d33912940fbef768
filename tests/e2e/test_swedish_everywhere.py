"""Every Swedish page, for every role, speaks Swedish: no English from Streamlit's own widgets, charts or dates
in what is shown or in what a screen reader reads (aria-label, title, placeholder, alt)."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect
from sqlmodel import Session, select

from council import arguments, auth, demo, logins, materials, proposals, sessions
from council.models import CouncilSession, Phase
from council.permissions import RESULT_PHASES

from .streamlit_ui import SLOW, by_key, wait_idle

# What Streamlit, plotly and the browser write in English unless the app says otherwise (Streamlit 1.67).
ENGLISH = [
    "Choose an option", "Choose options", "No options", "No results", "Select all", "Drag and drop", "Limit 200MB",
    "per file", "Browse files", "Upload", "file upload", "Help for", "Show password", "Hide password", "Clear all",
    "Remove", "Clear value", "Selected values", "Decrement", "Increment", "Download as CSV", "Show/hide columns",
    "Search", "Fullscreen", "Close", "Open", "Copy", "Skip to main content", "Link to heading", "Collapse sidebar",
    "Expand sidebar", "App pages", "Sidebar", "Choose date", "Running", "Press Enter", "Autoscale", "Download plot",
    "Reset axes", "Zoom", "Pan", "day,", "month,", "year,", "00:00:00", "This app has encountered an error",
]  # fmt: skip
MONTHS = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d")
PATTERN = re.compile(r"(?<![\w/])(" + "|".join(re.escape(word) for word in ENGLISH) + r")(?![\w])")

# Every text node a person can see (icon ligatures such as "upload" are pictures, not words) and every label
# attribute a screen reader reads.
COLLECT = """() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.nodeValue.trim() || !parent || parent.closest('script, style, [data-testid="stIconMaterial"]')) continue;
    if (!parent.getClientRects().length) continue;
    found.push(node.nodeValue.trim());
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [data-title]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-title']) {
      const value = el.getAttribute(name);
      if (value && value.trim()) found.push(name + '=' + value.trim());
    }
  }
  return found;
}"""


def english_on(page: Page) -> list[str]:
    """The English fragments on the page as it is now."""
    wait_idle(page)
    page.wait_for_function("() => document.documentElement.lang === 'sv' && !!window.__krSwap")  # the page's script
    page.wait_for_timeout(700)  # let Streamlit finish drawing the run
    return sorted({text for text in page.evaluate(COLLECT) if PATTERN.search(text) or MONTHS.search(text)})


def seeded(store: dict) -> Callable[[Session], None]:
    """The Swedish demo, plus sessions in the learn, discuss and vote phases, and a login for each account."""

    def seed(db: Session) -> None:
        demo.seed_if_empty(db)
        teacher = auth.authenticate(db, username="demo", password=demo.ACCOUNTS["demo"])
        learn = sessions.create_session(db, teacher, title="Klimatrådet 4C", question="Vad äter vi?", with_learn=True)
        figures = "Mat;Utsläpp\nNötkött;26,5\nBönor;0,9\n".encode()
        materials.add(db, teacher, learn.id, title="Mat", figures=figures, chart_x="Mat", chart_y=["Utsläpp"])
        sessions.advance_phase(db, teacher, learn.id)
        for phase, label in ((Phase.discuss, "8A"), (Phase.vote, "7C")):
            council = sessions.create_session(
                db, teacher, title=f"Klimatrådet {label}", question="Vad gör vi?", with_discuss=True, age_group="7-9"
            )
            sessions.advance_phase(db, teacher, council.id)
            pupil, _ = sessions.join(db, code=council.join_code)
            made = proposals.submit(db, pupil=pupil, title="Solceller", body="På taket", theme="Energi")
            proposals.publish(db, teacher, made.id)
            sessions.advance_phase(db, teacher, council.id)
            arguments.add(db, pupil=pupil, proposal_id=made.id, side="for", text="Billig el")
            while council.phase != phase:
                sessions.advance_phase(db, teacher, council.id)
                db.refresh(council)
        store["sessions"] = {c.title: (c.id, c.join_code) for c in db.exec(select(CouncilSession))}
        store["joinable"] = {c.title for c in db.exec(select(CouncilSession)) if c.phase not in RESULT_PHASES}
        store["teachers"] = {c.title for c in db.exec(select(CouncilSession)) if c.teacher_id == teacher.user_id}
        for username, password in demo.ACCOUNTS.items():
            store[username] = logins.start_login(db, auth.authenticate(db, username=username, password=password))

    return seed


def test_no_page_shows_or_reads_english_to_a_swedish_visitor(app_server, new_page):
    store: dict = {}
    app = app_server(seed=seeded(store))
    found: dict[str, list[str]] = {}

    def look(page: Page, where: str) -> None:
        if english := english_on(page):
            found[where] = english

    def visit(page: Page, path: str, ready: str = "h1", timeout: float = SLOW) -> None:
        page.goto(app.url + path)
        expect(page.locator(ready).first).to_be_visible(timeout=timeout)
        look(page, path)

    visitor = new_page()
    for path in ("/join", "/login", "/progress", "/tillganglighet"):
        visit(visitor, path)
    visitor.context.close()

    for title, (_, code) in store["sessions"].items():
        pupil = new_page()
        # A pupil joins an open session (its page has a subheading); a closed one's join page says why not.
        visit(pupil, f"/join?code={code}", "h2" if title in store["joinable"] else "[role=alert]")
        if "6B" in title:
            visit(pupil, f"/progress?code={code}", "h2")
        pupil.context.close()

    teacher = logged_in(new_page(), app.url, store["demo"])
    visit(teacher, "/sessions")
    teacher.get_by_text("Nytt klimatråd").click()
    look(teacher, "/sessions, new council form")
    for title, (session_id, _) in store["sessions"].items():
        if title not in store["teachers"]:  # the round's classes belong to the round demo's other teachers
            continue
        visit(teacher, f"/session?session={session_id}", ".st-key-session_join_code")
        visit(teacher, f"/projector?session={session_id}", ".st-key-projector_counts")
    report = store["sessions"]["Klimatrådet 6B – transporter och mat"][0]
    visit(teacher, f"/report?session={report}")
    by_key(teacher, "report_committees").locator("input").click()
    look(teacher, "/report, committee list open")
    teacher.context.close()

    member = logged_in(new_page(), app.url, store["namnd"])
    for path in ("/inbox", "/answer?forwarding=1"):
        visit(member, path)
    visit(member, "/dashboard", ".js-plotly-plot", 3 * SLOW)  # three charts: slow on two busy cores
    member.context.close()

    admin = logged_in(new_page(), app.url, store["admin"])
    for path in ("/accounts", "/committees", "/data"):
        visit(admin, path)
    assert not found, "English on Swedish pages:\n" + "\n".join(f"{where}: {texts}" for where, texts in found.items())


def logged_in(page: Page, url: str, token: str) -> Page:
    page.context.add_cookies([{"name": "kr_login", "value": token, "url": url}])
    return page


def test_switching_to_english_gives_streamlits_own_words_back(app_server, new_page):
    app = app_server(seed=seeded({}))
    page = new_page()
    page.goto(app.url + "/join")
    skip = page.get_by_test_id("stSkipToContent")
    expect(skip).to_have_text("Hoppa till huvudinnehållet", timeout=SLOW)
    page.get_by_role("combobox", name="Språk / Language").click()
    page.get_by_role("option", name="English").click()
    expect(page.get_by_role("heading", name="Welcome to the climate council!")).to_be_visible(timeout=SLOW)
    expect(skip).to_have_text("Skip to main content", timeout=SLOW)
