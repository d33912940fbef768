"""The first page a browser opens after the server starts runs through app.py, like every later one."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import seed_teacher
from .streamlit_ui import SLOW


def test_first_visit_to_a_page_url_gets_the_apps_own_navigation(app_server, new_page):
    # A reload of /login, /session?session=… or /pupil?p=… right after a restart is a normal classroom event.
    app = app_server(seed=seed_teacher)
    page = new_page()
    page.goto(f"{app.url}/login")
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible(timeout=SLOW)  # the first start takes seconds
    links = page.get_by_test_id("stSidebarNav").get_by_role("link")
    expected = ["Gå med$", "Logga in$", "Vad hände med förslagen\\?$", "Kommunens svar$", "Tillgänglighet$"]
    expect(links).to_have_text([re.compile(name) for name in expected])  # icons come first
    expect(page.get_by_test_id("stException")).to_have_count(0)


# Every text the sidebar's page list showed, from the first paint on (the observer starts before the page's own
# scripts, so even a list shown for a moment is recorded).
RECORD_SIDEBAR = """
window.__sidebarTexts = [];
new MutationObserver(() => {
  const nav = document.querySelector('[data-testid="stSidebarNav"]');
  if (nav) window.__sidebarTexts.push(nav.innerText);
}).observe(document, {childList: true, subtree: true, characterData: true});
"""
MODULE_NAMES = ("app", "routing", "server sockets", "sso", "ui", "who", "admin data", "control room")


def test_the_first_view_while_the_demo_is_made_never_lists_the_code_modules(app_server, new_page):
    # COUNCIL_DEMO=1 on an empty database: the first visitor waits several seconds while the demo is made.
    app = app_server(env={"COUNCIL_DEMO": "1"})
    page = new_page()
    page.add_init_script(RECORD_SIDEBAR)
    page.goto(app.url)
    expect(page.get_by_role("heading", name="Välkommen till klimatrådet!")).to_be_visible(timeout=60_000)
    expect(page.get_by_test_id("stSidebarNav").get_by_role("link", name="Logga in")).to_be_visible()
    seen = page.evaluate("window.__sidebarTexts")
    shown_lines = {line.strip() for text in seen for line in text.splitlines() if line.strip()}
    assert not shown_lines & set(MODULE_NAMES), f"the sidebar listed code modules: {sorted(shown_lines)}"
    expect(page.get_by_test_id("stException")).to_have_count(0)
