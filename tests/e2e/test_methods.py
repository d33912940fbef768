"""In a real browser, the new-session form follows the chosen voting method: its settings appear, the form stays open
while the teacher changes them, and the session is created with the counting method the teacher chose."""

from __future__ import annotations

import re
import sqlite3

from playwright.sync_api import expect

from .conftest import TEACHER, seed_teacher
from .streamlit_ui import by_key, click, fill, open_expander, shows
from .test_classroom import log_in


def test_a_teacher_creates_a_ranked_session_counted_by_borda(app_server, new_page, dialogs):
    app = app_server(seed=seed_teacher)
    teacher = log_in(new_page(), app.url, **TEACHER)
    open_expander(teacher, "Nytt klimatråd")
    expect(by_key(teacher, "new_session_approval_max_picks")).to_be_visible()
    by_key(teacher, "new_session_method").click()
    teacher.get_by_role("option", name="Rangordning").click()
    rule = by_key(teacher, "new_session_ranked_rule")
    shows(teacher, rule)
    expect(by_key(teacher, "new_session_approval_max_picks")).to_have_count(0)
    expect(rule.get_by_role("radio", name="Schulzemetoden")).to_be_checked()  # the default for ranked sessions
    rule.get_by_text("Bordametoden").click()
    expect(rule.get_by_role("radio", name="Bordametoden")).to_be_checked()
    places = by_key(teacher, "new_session_ranked_top_k").locator("input")
    places.fill("2")
    places.press("Tab")
    expect(places).to_have_value("2")
    fill(teacher, "new_session_title", "Rangordning 7A")
    fill(teacher, "new_session_question", "Vad ska skolan göra först?")
    click(teacher, "new_session_create")
    shows(teacher, by_key(teacher, "session_join_code"))
    expect(teacher).to_have_url(re.compile(r"/session\?(.*&)?session=\d+"))
    with sqlite3.connect(app.db_path) as connection:
        method, params = connection.execute("SELECT method, method_params FROM councilsession").fetchone()
    assert (method, params) == ("ranked", '{"top_k": 2, "rule": "borda"}')
    assert dialogs == []
