"""The first page a browser opens after the server starts runs through app.py, like every later one."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import seed_teacher


def test_first_visit_to_a_page_url_gets_the_apps_own_navigation(app_server, new_page):
    # A reload of /login, /session?session=… or /pupil?p=… right after a restart is a normal classroom event.
    app = app_server(seed=seed_teacher)
    page = new_page()
    page.goto(f"{app.url}/login")
    expect(page.get_by_role("heading", name="Logga in")).to_be_visible()
    links = page.get_by_test_id("stSidebarNav").get_by_role("link")
    expected = ["Gå med$", "Logga in$", "Vad hände med förslagen\\?$", "Kommunens svar$", "Tillgänglighet$"]
    expect(links).to_have_text([re.compile(name) for name in expected])  # icons come first
    expect(page.get_by_test_id("stException")).to_have_count(0)
