"""The classroom loop in a real browser: one teacher and three pupils, each in their own browser context."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from .conftest import TEACHER
from .streamlit_ui import (
    SLOW,
    by_key,
    click,
    fill,
    join_code,
    main_text,
    open_expander,
    pick_theme,
    shows,
    table_rows,
    tick,
)

SCRIPT_TITLE = "<script>alert(1)</script> [x](javascript:alert(1))"
BIKES = "Säkra cykelbanor till skolan"
SOLAR = "Solpaneler på skolans tak"
REASON = "Skriv gärna om förslaget med vanliga ord."


def test_classroom_loop(app_server, new_page, dialogs):
    app = app_server()
    set_up_admin_and_teacher(new_page(), app.url)

    teacher = log_in(new_page(), app.url, **TEACHER)
    code, link = create_session(teacher)
    click(teacher, "phase_next")
    shows(teacher, teacher.get_by_text("Att granska"))

    pupils = [new_page() for _ in range(3)]
    pupils[0].goto(link)
    for pupil in pupils[1:]:
        join_with_code(pupil, app.url, code)
    for pupil in pupils:
        shows(pupil, by_key(pupil, "proposal_submit"))
        expect(pupil.get_by_role("dialog"), "a modal blocks the pupil's page").to_have_count(0)
        # The pupil's place survives a reload in an HttpOnly cookie the server set, never in the address.
        expect(pupil).not_to_have_url(re.compile(r"[?&]p="))
        cookie = next(c for c in pupil.context.cookies() if c["name"] == "kr_pupil")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and len(cookie["value"]) >= 20

    for pupil, title in zip(pupils, (BIKES, SOLAR, SCRIPT_TITLE), strict=True):
        write_proposal(pupil, title)
    ids = proposal_ids(app.db_path)
    assert set(ids) == {BIKES, SOLAR, SCRIPT_TITLE}

    # The script-looking title is plain text for its author and for the teacher, and runs nothing.
    expect(pupils[2].get_by_text(SCRIPT_TITLE)).to_be_visible()
    expect(by_key(teacher, f"moderate_publish_{ids[SCRIPT_TITLE]}")).to_be_visible(timeout=SLOW)
    expect(teacher.get_by_text(SCRIPT_TITLE)).to_be_visible()
    for page in (teacher, pupils[2]):
        assert SCRIPT_TITLE in main_text(page)
        expect(page.locator("a[href^='javascript']")).to_have_count(0)

    moderate(teacher, ids)
    pupils[2].reload()
    expect(pupils[2].get_by_text(f"Lärarens förklaring: {REASON}")).to_be_visible(timeout=SLOW)
    expect(pupils[2].get_by_text(SCRIPT_TITLE)).to_be_visible()

    expect(by_key(teacher, "phase_next").locator("button")).to_be_enabled(timeout=SLOW)
    click(teacher, "phase_next")
    expect(by_key(teacher, "phase_confirm_box")).to_contain_text("Förslag på röstsedeln: 2")
    click(teacher, "phase_confirm")
    expect(teacher.get_by_text("Röstningen pågår")).to_be_visible()

    # No reload: each pupil's page notices the new phase by itself and shows the ballot.
    for pupil in pupils:
        shows(pupil, by_key(pupil, "vote_submit"))
        expect(by_key(pupil, f"vote_choice_{ids[SCRIPT_TITLE]}")).to_have_count(0)
    vote(pupils[0], ticks=[ids[BIKES], ids[SOLAR]])
    vote(pupils[1], ticks=[ids[BIKES]])
    vote(pupils[2], ticks=[], abstain=True)

    pupils[1].reload()
    expect(by_key(pupils[1], "vote_receipt")).to_be_visible(timeout=SLOW)
    expect(by_key(pupils[1], "vote_submit")).to_have_count(0)
    expect(metric(teacher, "Har röstat")).to_have_text("3 av 3", timeout=SLOW)

    click(teacher, "phase_next")
    expect(by_key(teacher, "phase_confirm_box")).to_contain_text("3 av 3 har röstat")
    click(teacher, "phase_confirm")
    rows = table_rows(teacher, "results_table")
    header, body = rows[0], rows[1:]
    points = {row[header.index("Förslag")]: row[header.index("Röster")] for row in body}
    assert points == {BIKES: "2", SOLAR: "1"}
    expect(teacher.get_by_text("Röstat: 3 av 3")).to_be_visible()
    expect(
        teacher.get_by_text("Blanka röster: 1. Andelarna räknas på de 2 som röstade på minst ett förslag.")
    ).to_be_visible()
    expect(pupils[0].get_by_role("heading", name="Det här valde klassen")).to_be_visible(timeout=SLOW)

    exported = download_csv(teacher)
    assert {row["Förslag"]: row["Elever som stöder"] for row in exported} == {BIKES: "2", SOLAR: "1"}
    assert dialogs == []


def set_up_admin_and_teacher(page: Page, url: str) -> None:
    """First run: the setup page makes the admin, who then adds the teacher on the accounts page."""
    page.goto(url)
    fill(page, "setup_school", "Kroppkärrskolan")
    fill(page, "setup_username", "rektor")
    fill(page, "setup_password", "rektor-secret-1")
    click(page, "setup_submit")
    expect(page.get_by_text("Klart! Du är inloggad som administratör.")).to_be_visible()
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Konton").click()
    fill(page, "account_display_name", "Anna Lind")
    fill(page, "account_username", TEACHER["username"])
    fill(page, "account_password", TEACHER["password"])
    click(page, "account_create")
    expect(page.get_by_text(f"Kontot {TEACHER['username']} är skapat.")).to_be_visible()
    page.context.close()


def log_in(page: Page, url: str, *, username: str, password: str) -> Page:
    """Log in from the start page's navigation, as a teacher does."""
    page.goto(url)
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Logga in").click()
    fill(page, "login_username", username)
    fill(page, "login_password", password)
    click(page, "login_submit")
    expect(page.get_by_role("heading", name="Mina klimatråd")).to_be_visible()
    return page


def create_session(teacher: Page) -> tuple[str, str]:
    """Create an approval session from the 'Nytt klimatråd' expander; returns its join code and link."""
    open_expander(teacher, "Nytt klimatråd")
    fill(teacher, "new_session_title", "Klimatrådet 6B")
    fill(teacher, "new_session_question", "Hur ska vår skola minska utsläppen från resor?")
    fill(teacher, "new_session_class", "6B")
    fill(teacher, "new_session_expected", "3")
    click(teacher, "new_session_create")
    shows(teacher, by_key(teacher, "session_join_code"))
    expect(teacher).to_have_url(re.compile(r"/session\?(.*&)?session=\d+"))
    code = join_code(teacher)
    link = re.search(r"https?://\S+", by_key(teacher, "session_join_code").inner_text())
    assert link and link.group(0).endswith(f"code={code}"), "the control room shows no join link with the code"
    return code, link.group(0)


def join_with_code(pupil: Page, url: str, code: str) -> None:
    pupil.goto(url)
    fill(pupil, "join_code", code)
    click(pupil, "join_submit")


def write_proposal(pupil: Page, title: str) -> None:
    fill(pupil, "proposal_title", title)
    fill(pupil, "proposal_body", "Det här minskar utsläppen och gör skolvägen trevligare.")
    pick_theme(pupil)
    click(pupil, "proposal_submit")
    shows(pupil, pupil.get_by_text("Tack! Läraren har fått ditt förslag."))  # easy-read wording: class 6B is years 4–6


def proposal_ids(db_path: Path) -> dict[str, int]:
    """Proposal ids by title, read from the app's database file (the moderation keys carry them)."""
    with sqlite3.connect(db_path) as connection:
        return {title: pid for pid, title in connection.execute("SELECT id, title FROM proposal")}


def moderate(teacher: Page, ids: dict[str, int]) -> None:
    """Publish the two ordinary proposals; reject the script-looking one with a reason."""
    for title in (BIKES, SOLAR):
        click(teacher, f"moderate_publish_{ids[title]}")
        expect(by_key(teacher, f"moderate_publish_{ids[title]}")).to_have_count(0)
    rejected = ids[SCRIPT_TITLE]
    fill(teacher, f"moderate_reason_{rejected}", REASON)  # inside the card's form: sent with the reject click
    click(teacher, f"moderate_reject_{rejected}")
    expect(by_key(teacher, f"moderate_reject_{rejected}")).to_have_count(0)
    expect(teacher.get_by_text("Att granska (0)")).to_be_visible()


def vote(pupil: Page, *, ticks: list[int], abstain: bool = False) -> None:
    for proposal_id in ticks:
        tick(pupil, f"vote_choice_{proposal_id}")
    if abstain:
        tick(pupil, "vote_abstain")
    click(pupil, "vote_submit")
    shows(pupil, by_key(pupil, "vote_receipt"))
    expect(by_key(pupil, "vote_submit")).to_have_count(0)


def metric(page: Page, label: str) -> Locator:
    """The value of the st.metric with this label."""
    box = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    )
    return box.get_by_test_id("stMetricValue")


def download_csv(teacher: Page) -> list[dict[str, str]]:
    with teacher.expect_download() as download:
        # A button with help text is drawn twice by Streamlit (the second copy only measures it): press the first.
        by_key(teacher, "export_csv").locator("button").first.click()
    with open(download.value.path(), encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(io.StringIO(handle.read()), delimiter=";"))  # Swedish Excel's separator
