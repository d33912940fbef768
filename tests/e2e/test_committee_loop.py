"""The last steps of the Lundy model in a real browser: forward → a committee member answers → pupils read it."""

from __future__ import annotations

from playwright.sync_api import expect
from sqlmodel import Session

from council import auth, committees, logins, reports, sessions, voting
from council.models import Role

from .streamlit_ui import SLOW, by_key, click, fill, wait_idle


def seed(store: dict):  # type: ignore[no-untyped-def]
    def run(db: Session) -> None:
        admin = auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Hultsbergsskolan")
        teacher = auth.actor_for(
            auth.create_user(db, admin, username="anna", password="anna-secret-1", role=Role.teacher)
        )
        body = committees.add_committee(db, admin, name="Tekniska nämnden")
        auth.create_user(db, admin, username="nils", password="nils-secret", role=Role.committee, committee_id=body.id)
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
        from council import proposals

        bikes = proposals.submit(db, pupil=pupils[0][0], title="Cykelbana till skolan", body="Säker väg")
        proposals.publish(db, teacher, bikes.id)
        sessions.advance_phase(db, teacher, council.id)
        for pupil, _ in pupils:
            voting.cast(db, pupil=pupil, choices={bikes.id: 1})
        sessions.advance_phase(db, teacher, council.id)
        reports.freeze(db, teacher, council.id)
        store.update(
            code=council.join_code,
            session=council.id,
            pupil_token=pupils[0][1],
            teacher=logins.start_login(db, teacher),
            bikes=bikes.id,
            member=logins.start_login(db, auth.authenticate(db, username="nils", password="nils-secret")),
        )

    return run


def test_forward_then_a_member_answers_then_a_pupil_reads_it(app_server, new_page):
    store: dict = {}
    app = app_server(seed=seed(store))

    teacher = new_page()
    teacher.context.add_cookies([{"name": "kr_login", "value": store["teacher"], "url": app.url}])
    teacher.goto(f"{app.url}/report?session={store['session']}")
    expect(by_key(teacher, "report_forward")).to_be_visible(timeout=SLOW)
    choose = by_key(teacher, "forward_committees").locator("input")
    expect(choose).to_be_visible(timeout=SLOW)
    wait_idle(teacher)
    choose.click()
    choose.press_sequentially("Tekniska")
    teacher.get_by_role("option", name="Tekniska nämnden").click()
    teacher.keyboard.press("Escape")
    click(teacher, "report_forward")
    expect(teacher.get_by_text("Rapporten är skickad till 1 nämnd(er)")).to_be_visible(timeout=SLOW)
    teacher.context.close()

    member = new_page()
    member.context.add_cookies([{"name": "kr_login", "value": store["member"], "url": app.url}])
    member.goto(f"{app.url}/inbox")
    expect(member.get_by_text("Klimatrådet 8B")).to_be_visible(timeout=SLOW)
    member.get_by_role("link", name="Svara").first.click()
    pid = store["bikes"]
    expect(by_key(member, f"answer_submit_{pid}")).to_be_visible(timeout=SLOW)
    wait_idle(member)
    by_key(member, f"answer_status_{pid}").locator("input").click()
    member.get_by_role("option", name="Vi kommer att göra det").click()
    fill(member, f"answer_text_{pid}", "Vi bygger cykelbanan till hösten 2027.")
    click(member, f"answer_submit_{pid}")
    expect(member.get_by_text("Svaret är sparat")).to_be_visible(timeout=SLOW)
    member.context.close()

    pupil = new_page()
    pupil.goto(f"{app.url}/progress?code={store['code']}")
    expect(pupil.get_by_text("Ni sa – vi gör det!")).to_be_visible(timeout=SLOW)
    expect(pupil.get_by_text("Vi bygger cykelbanan till hösten 2027.")).to_be_visible()
    expect(by_key(pupil, "answer_submit_" + str(pid))).to_have_count(0)
