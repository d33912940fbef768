"""The last steps of the Lundy model in a real browser, with a real SMTP server (aiosmtpd): the teacher forwards →
the member gets the e-mail → registers the diarienummer → answers with decision date and § → a pupil reads it
with the class code and rates with their rating code."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable

from playwright.sync_api import Page, expect
from sqlmodel import Session

from council import accounts_mail, auth, committees, logins, proposals, reports, sessions, voting
from council.models import Role

from ..unit.smtp_server import SmtpServer
from .server import RunningApp, free_port, start_app
from .streamlit_ui import SLOW, by_key, click, fill, wait_idle

FIRST_RUN = 90_000  # ms


def seed(store: dict) -> Callable[[Session], None]:
    def run(db: Session) -> None:
        admin = auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Hultsbergsskolan")
        teacher = auth.actor_for(
            auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher)
        )
        body = committees.add_committee(db, admin, name="Tekniska nämnden")
        nils = auth.create_user(
            db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=body.id
        )
        accounts_mail.set_notification_address(db, admin, nils.id, address="nils@karlstad.se")
        council = sessions.create_session(
            db,
            teacher,
            title="Klimatrådet 8B",
            question="Hur minskar vi bilresorna?",
            class_label="8B",
            age_group="7-9",
        )
        sessions.advance_phase(db, teacher, council.id)
        pupils = [sessions.join(db, code=council.join_code) for _ in range(5)]
        bikes = proposals.submit(db, pupil=pupils[0][0], title="Cykelbana till skolan", body="Säker väg")
        proposals.publish(db, teacher, bikes.id)
        sessions.advance_phase(db, teacher, council.id)
        codes = [voting.cast(db, pupil=pupil, choices={bikes.id: 1}) for pupil, _ in pupils]
        sessions.advance_phase(db, teacher, council.id)
        reports.freeze(db, teacher, council.id)
        store.update(
            code=council.join_code,
            session=council.id,
            rating_code=codes[2],
            teacher=logins.start_login(db, teacher),
            pupil_token=pupils[0][1],
            bikes=bikes.id,
            member=logins.start_login(db, auth.authenticate(db, username="nils", password="nils-secret")),
        )

    return run


def test_forward_mail_register_answer_then_a_pupil_reads_and_rates(new_page, tmp_path):
    smtp = SmtpServer().start()
    store: dict = {}
    db_path = tmp_path / "council.db"
    from council import db as council_db

    engine = council_db.make_engine(f"sqlite:///{db_path}")
    with Session(engine, expire_on_commit=False) as db:
        seed(store)(db)
    engine.dispose()
    port = free_port()
    secrets_file = tmp_path / "secrets.toml"
    secrets_file.write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nstarttls = false\n'
        f'sender = "klimatradet@karlstad.se"\napp_url = "http://127.0.0.1:{port}"\n'
    )
    app = start_app(db_path, tmp_path / "streamlit.log", "--secrets.files", str(secrets_file), port=port)
    try:
        run_the_loop(app, store, smtp, new_page)
    finally:
        app.stop()
        smtp.stop()
        print(f"--- streamlit log ---\n{app.log_tail()}")


def run_the_loop(app: RunningApp, store: dict, smtp: SmtpServer, new_page: Callable[[], Page]) -> None:
    teacher = new_page()
    teacher.context.add_cookies([{"name": "kr_login", "value": store["teacher"], "url": app.url}])
    teacher.goto(f"{app.url}/report?session={store['session']}")
    # The first run after a start imports everything: on a busy two-core machine that alone took over 20 s.
    choose = by_key(teacher, "report_committees").locator("input")  # the page's one committee picker
    expect(choose).to_be_visible(timeout=FIRST_RUN)
    wait_idle(teacher)
    choose.click()
    choose.press_sequentially("Tekniska")
    teacher.get_by_role("option", name="Tekniska nämnden").click()
    teacher.keyboard.press("Escape")
    expect(by_key(teacher, "report_forward")).to_be_visible(timeout=SLOW)
    click(teacher, "report_forward")
    expect(teacher.get_by_text("Rapporten är skickad till 1 nämnd.")).to_be_visible(timeout=SLOW)
    expect(by_key(teacher, "forward_history")).to_contain_text("Tekniska nämnden")
    teacher.context.close()

    link = wait_for_mail(smtp, "nils@karlstad.se")
    member = new_page()
    member.context.add_cookies([{"name": "kr_login", "value": store["member"], "url": app.url}])
    member.goto(link)
    expect(by_key(member, "forwarding_register")).to_be_visible(timeout=SLOW)
    wait_idle(member)
    fill(member, "forwarding_diarienummer", "TN 2026/1234")
    click(member, "forwarding_register")
    expect(member.get_by_text("Diarienumret är sparat")).to_be_visible(timeout=SLOW)
    expect(member.get_by_text("Diarienummer TN 2026/1234")).to_be_visible()

    pid = store["bikes"]
    wait_idle(member)
    pick(member, f"answer_status_{pid}", "Vi kommer att göra det")
    fill(member, f"answer_reason_{pid}", "Vi bygger cykelbanan till hösten 2027.")
    today = dt.date.today().isoformat()
    # Streamlit's date field is three spin buttons (year, month, day): typing the digits fills them in turn.
    by_key(member, f"answer_decided_on_{pid}").get_by_role("spinbutton").first.click()
    member.keyboard.type(today.replace("-", ""))
    member.keyboard.press("Tab")
    pick(member, f"answer_decider_{pid}", "Tekniska nämnden")
    fill(member, f"answer_minutes_{pid}", "§ 34")
    click(member, f"answer_save_{pid}")
    expect(member.get_by_text("Svaret är sparat")).to_be_visible(timeout=SLOW)
    member.context.close()

    pupil = new_page()
    pupil.goto(f"{app.url}/progress?code={store['code']}")
    expect(pupil.get_by_text("Ni sa – vi gör det!")).to_be_visible(timeout=SLOW)
    expect(pupil.get_by_text("Vi bygger cykelbanan till hösten 2027.")).to_be_visible()
    expect(pupil.get_by_text(re.compile(r"Beslutat av Tekniska nämnden .*2\d{3} \(§ 34\)"))).to_be_visible()
    expect(by_key(pupil, f"answer_save_{pid}")).to_have_count(0)
    wait_idle(pupil)
    fill(pupil, "progress_rating_code", store["rating_code"].lower())
    click(pupil, "progress_rate_submit")
    expect(pupil.get_by_text("Tack för ditt betyg!")).to_be_visible(timeout=SLOW)


def pick(page: Page, key: str, option: str) -> None:
    """Pick an option of a selectbox by typing its start, as a keyboard user would."""
    field = by_key(page, key).locator("input")
    field.click()
    field.press_sequentially(option[:6])
    page.get_by_role("option", name=option).click()


def wait_for_mail(smtp: SmtpServer, address: str) -> str:
    """The answer link from the first e-mail to `address` (the worker sends it within seconds)."""
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        for message in smtp.inbox.to(address):
            body = message.get_content()
            found = re.search(r"http://\S+/answer\?forwarding=\d+", body)
            assert found, body
            return found.group()
        time.sleep(0.2)
    raise AssertionError(f"no e-mail to {address} within 40 s")
