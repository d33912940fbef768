"""Hardening in a real browser (issue 17): cookies the server sets, the pupil's place, no live links in pupil text,
no images from elsewhere in teacher material, a websocket only for the app's own pages, a 1 MB upload limit."""

from __future__ import annotations

import http.server
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest
from sqlmodel import select

from council import materials, proposals, sessions
from council.models import AuditEvent, Phase

from .deliberation_fixtures import delib_app, delib_browser, free_port, new_context  # noqa: F401  (fixtures)
from .streamlit_ui import pick_theme
from .test_deliberation import expect, join, started

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = pytest.mark.e2e

ADDRESSES = "Se www.cykla.se och http://evil.example/x eller maila elev@skolan.se"


class Listener:
    """A web server on a second local port that only writes down what it is asked for."""

    def __init__(self, page: str = "") -> None:
        self.requests: list[str] = []
        self.page = page
        self.port = free_port()

    @contextmanager
    def running(self) -> Iterator[Listener]:
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802  (the standard library's name)
                listener.requests.append(self.path)
                body = listener.page.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


SLOW = 20_000  # ms: two cores run the app and several browsers


def pupil_page(new_context, delib_app, token: str):  # noqa: F811  (a fixture's name)
    """A pupil's browser that carries the cookie a join would have left."""
    context = new_context()
    context.add_cookies([{"name": "kr_pupil", "value": token, "url": delib_app.url}])
    page = context.new_page()
    page.goto(f"{delib_app.url}/pupil")
    return page


def login_cookie(page: Page, seconds: float = 30) -> dict:
    """The login cookie, once the browser has been to the server for it (the page is already logged in meanwhile)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = [c for c in page.context.cookies() if c["name"] == "kr_login"]
        if found:
            return found[0]
        page.wait_for_timeout(200)
    raise AssertionError("the browser never got its login cookie")


def test_every_login_gets_an_httponly_strict_cookie_from_the_server(delib_app, new_context):  # noqa: F811
    """20 logins, five at a time: each browser gets its cookie (6 of 20 did not when JavaScript wrote it)."""
    wrong = new_context().new_page()
    wrong.goto(f"{delib_app.url}/login")
    wrong.locator(".st-key-login_username input").fill("anna")
    wrong.locator(".st-key-login_password input").fill("fel-losenord")
    wrong.locator(".st-key-login_submit button").click()
    expect()(wrong.get_by_text("Fel användarnamn eller lösenord")).to_be_visible(timeout=SLOW)
    with delib_app.db() as db:  # the audit log names the client as the server saw it (the websocket's peer)
        failed = db.exec(select(AuditEvent).where(AuditEvent.action == "auth.login_failed")).all()
        assert [event.target for event in failed] == ["user:anna client:127.0.0.1"]
    got = 0
    for _ in range(4):
        pages = [new_context().new_page() for _ in range(5)]
        for page in pages:
            page.goto(f"{delib_app.url}/login")
            page.locator(".st-key-login_username input").fill("anna")
            page.locator(".st-key-login_password input").fill("anna-secret-1")
        for page in pages:
            page.locator(".st-key-login_submit button").click()
        for page in pages:
            cookie = login_cookie(page)
            expect()(page.get_by_role("heading", name="Mina klimatråd")).to_be_visible(timeout=30_000)
            assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and not cookie["secure"]  # plain http here
            assert page.evaluate("document.cookie").find("kr_login") == -1  # scripts in the page cannot read it
            got += 1
        for page in pages:
            page.context.close()
    assert got == 20


def test_a_pupil_keeps_their_place_by_cookie_and_a_copied_address_is_nobody(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        council, _, _ = started(db, delib_app.teacher, to=Phase.propose, titles=())
    pupil = new_context().new_page()
    join(pupil, delib_app.url, council.join_code)
    pupil.locator(".st-key-proposal_title input").fill("Cykelpool till skolan")
    pupil.locator(".st-key-proposal_body textarea").fill("Vi cyklar tillsammans.")
    pick_theme(pupil)
    pupil.locator(".st-key-proposal_submit button").click()
    expect()(pupil.get_by_text("Cykelpool till skolan")).to_be_visible(timeout=SLOW)
    assert "p=" not in pupil.url and "code=" not in pupil.url

    pupil.reload()
    expect()(pupil.get_by_text("Cykelpool till skolan")).to_be_visible(timeout=SLOW)  # the same participant after F5

    stranger = new_context().new_page()
    stranger.goto(pupil.url)
    expect()(stranger.locator(".st-key-join_code")).to_be_visible(timeout=SLOW)
    expect()(stranger.get_by_text("Cykelpool till skolan")).to_have_count(0, timeout=SLOW)

    with delib_app.db() as db:
        council = sessions.owned_session(db, delib_app.teacher, council.id)
        proposals.publish(db, delib_app.teacher, proposals.queue(db, delib_app.teacher, council.id)[0].id)
        while council.phase != Phase.closed:
            sessions.advance_phase(db, delib_app.teacher, council.id)
            db.refresh(council)
    pupil.reload()  # after the vote the cookie opens nothing: the class reads what happened with the code
    expect()(pupil.locator(".st-key-join_code")).to_be_visible(timeout=SLOW)


def test_pupil_text_is_never_a_live_link(delib_app, new_context):  # noqa: F811
    with delib_app.db() as db:
        council, authors, written = started(db, delib_app.teacher, to=Phase.propose, titles=(ADDRESSES,))
        voting_council, voters, _ = started(db, delib_app.teacher, to=Phase.vote, titles=(ADDRESSES,))
        pending = proposals.submit(db, pupil=authors[0][0], title="Väntar", body=ADDRESSES)
    teacher = new_context(teacher=True).new_page()
    teacher.goto(f"{delib_app.url}/session?session={council.id}")
    expect()(teacher.locator(f".st-key-moderate_publish_{pending.id}")).to_be_visible(timeout=SLOW)
    ballot = pupil_page(new_context, delib_app, voters[0][1])
    expect()(ballot.locator(".st-key-vote_submit")).to_be_visible(timeout=SLOW)
    for page in (teacher, ballot):
        expect()(page.get_by_text("cykla.se").first).to_be_visible(timeout=SLOW)
        links = page.locator("a[href*='cykla'], a[href*='evil'], a[href^='mailto']")
        expect()(links).to_have_count(0, timeout=SLOW)
    assert written and voting_council.id != council.id


def test_teacher_material_loads_no_image_from_elsewhere(delib_app, new_context):  # noqa: F811
    with Listener().running() as listener, delib_app.db() as db:
        body = "\n\n".join(
            [
                "**Läs detta** om [SMHI](https://www.smhi.se).",
                f"![pixel]({listener.url}/inline.png)",
                f"\\![pixel]({listener.url}/escaped.png)",  # a backslash of its own undid the old escaping
                f"![pixel][ref]\n\n[ref]: {listener.url}/reference.png",
                f"<img src='{listener.url}/html.png'>",
                f"[![x]({listener.url}/nested.png)](https://www.smhi.se)",
            ]
        )
        council = sessions.create_session(
            db,
            delib_app.teacher,
            title="Energi 7A",
            question="Hur sparar skolan energi?",
            age_group="7-9",
            with_learn=True,
        )
        materials.add(db, delib_app.teacher, council.id, title="Bakgrund", body=body)
        sessions.advance_phase(db, delib_app.teacher, council.id)
        pupil, token = sessions.add_participant(db, sessions.owned_session(db, delib_app.teacher, council.id))
        db.commit()
        page = pupil_page(new_context, delib_app, token)
        expect()(page.get_by_text("Läs detta")).to_be_visible(timeout=SLOW)
        expect()(page.locator("a[href='https://www.smhi.se']").first).to_be_visible(timeout=SLOW)
        page.wait_for_timeout(1500)
        assert listener.requests == [], listener.requests
        page.goto(f"{listener.url}/control")  # the listener does hear what a browser asks for
        assert listener.requests[0] == "/control" and pupil


def test_a_page_on_another_local_port_cannot_open_the_websocket(delib_app, new_context):  # noqa: F811
    probe = """url => new Promise(done => {
        const ws = new WebSocket(url, ['streamlit']);
        ws.onopen = () => { ws.close(); done('open'); };
        ws.onerror = () => done('refused');
    })"""
    socket_url = delib_app.url.replace("http", "ws") + "/_stcore/stream"
    with Listener("<title>another site</title>").running() as listener:
        page = new_context().new_page()
        page.goto(f"{listener.url}/probe")
        assert page.evaluate(probe, socket_url) == "refused"  # Streamlit alone let every localhost port in
        page.goto(f"{delib_app.url}/")
        assert page.evaluate(probe, socket_url) == "open"  # the app's own page still connects


def test_the_upload_endpoint_refuses_more_than_one_megabyte(delib_app, new_context):  # noqa: F811
    page = new_context().new_page()
    frames: list[bytes] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append(f if isinstance(f, bytes) else b"")))
    page.goto(f"{delib_app.url}/")
    expect()(page.locator(".st-key-join_code")).to_be_visible(timeout=SLOW)
    uuid = rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    candidates = dict.fromkeys(m.decode() for f in frames for m in re.findall(uuid, f))  # the session id among them
    upload = """async ([url, size]) => {
        const xsrf = document.cookie.split('; ').find(c => c.startsWith('_streamlit_xsrf=')).split('=')[1];
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(size)]), 'x.csv');
        const answer = await fetch(url, {method: 'PUT', body: form, headers: {'X-Xsrftoken': xsrf}});
        return answer.status;
    }"""
    small = {
        key: page.evaluate(upload, [f"{delib_app.url}/_stcore/upload_file/{key}/f1", 10 * 1024]) for key in candidates
    }
    session_id = next(key for key, status in small.items() if status in (200, 204))  # a small file is taken
    assert page.evaluate(upload, [f"{delib_app.url}/_stcore/upload_file/{session_id}/f2", 2 * 1024 * 1024]) == 413
