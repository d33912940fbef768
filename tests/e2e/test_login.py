"""A teacher who presses F5 stays logged in (the login lives in a cookie, not only in the Streamlit session)."""

from __future__ import annotations

from playwright.sync_api import expect
from sqlmodel import Session

from council import auth, sessions

from .conftest import TEACHER, seed_teacher
from .streamlit_ui import by_key, join_code, shows
from .test_classroom import log_in


def seed_teacher_with_session(db: Session) -> None:
    seed_teacher(db)
    teacher = auth.authenticate(db, **TEACHER)
    sessions.create_session(db, teacher, title="Klimatrådet 7A", question="Hur minskar vi matsvinnet?")


def test_login_survives_reload(app_server, new_page):
    app = app_server(seed=seed_teacher_with_session)
    teacher = log_in(new_page(), app.url, **TEACHER)
    expect(teacher.get_by_text(f"Inloggad som {TEACHER['username']}")).to_be_visible()
    cookie = next((c for c in teacher.context.cookies() if c["name"] == "kr_login"), None)
    assert cookie and cookie["value"], "the login cookie was not set"
    assert TEACHER["password"] not in cookie["value"]

    teacher.reload()
    shows(teacher, teacher.get_by_role("heading", name="Mina klimatråd"))
    expect(teacher.get_by_text(f"Inloggad som {TEACHER['username']}")).to_be_visible()
    expect(by_key(teacher, "login_submit")).to_have_count(0)

    # F5 in the control room, mid-lesson, keeps the teacher on the same session.
    teacher.get_by_role("link", name="Öppna").click()
    code = join_code(teacher)
    teacher.reload()
    shows(teacher, by_key(teacher, "session_join_code"))
    assert join_code(teacher) == code
    expect(by_key(teacher, "phase_next")).to_be_visible()
