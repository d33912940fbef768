"""Single sign-on end to end: the school-account button, a real (mock) OpenID Connect provider, and back.

The provider is oidc-provider-mock in a thread of this process; the app gets its [auth] section from a secrets
file in tmp_path (--secrets.files), never from the repository's .streamlit/. Everything runs on 127.0.0.1: the
browser keeps cookies per host name, and the redirect_uri must name the host the browser uses for the app.
"""

from __future__ import annotations

import re
import secrets
import threading
import warnings
from collections.abc import Iterator

import pytest
import requests
import werkzeug.serving
from playwright.sync_api import Page, expect
from sqlmodel import Session

from council import auth
from council import db as council_db
from council.models import Role

from .server import RunningApp, free_port, start_app
from .streamlit_ui import SLOW, by_key, click, shows

TEACHER = {"username": "lina", "password": "lina-secret-1", "email": "lina@skolan.se"}
# What the provider vouches for: the address as the school's directory spells it (the app lower-cases it).
TEACHER_CLAIMS = {"email": "Lina@Skolan.se", "email_verified": True, "name": "Lina Berg"}
STRANGER = "okand@skolan.se"  # signs in at the provider, but has no account in the app
# The provider vouches for the stranger's address too: the app must refuse for want of an account, not of proof.
STRANGER_CLAIMS = {"email": STRANGER, "email_verified": True, "name": "Okänd Person"}
NO_ACCOUNT = "Du är inloggad som {email}, men det finns inget aktivt konto med den adressen här."  # auth.sso_no_account
LOGGED_IN = re.compile(r"^Inloggad som ")  # the sidebar's nav.logged_in_as; case-sensitive, unlike NO_ACCOUNT

# The mock calls a part of Authlib 1.9 that warns it is deprecated, from its own request threads.
pytestmark = pytest.mark.filterwarnings(r"ignore:get_jwt_config\(self, grant\) is deprecated:DeprecationWarning")


@pytest.fixture
def provider() -> Iterator[str]:
    """A mock OpenID Connect provider on 127.0.0.1 with the teacher's claims registered; yields its issuer URL."""
    with warnings.catch_warnings():  # the mock imports authlib.jose and authlib's httpx client, both deprecated
        import authlib.deprecate  # noqa: F401  (first: importing it puts an "always" filter for its warnings in front)

        warnings.simplefilter("ignore", DeprecationWarning)
        import oidc_provider_mock

    # Its own run_server_in_thread binds "localhost" and gives up if stopping takes over a second: serve it here.
    server = werkzeug.serving.make_server("127.0.0.1", 0, oidc_provider_mock.app(), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    issuer = f"http://127.0.0.1:{server.server_port}"  # the mock names itself after the host the request used
    try:
        registered = requests.put(f"{issuer}/users/{TEACHER['email']}", json=TEACHER_CLAIMS, timeout=10)
        assert registered.status_code == 204, registered.text
        registered = requests.put(f"{issuer}/users/{STRANGER}", json=STRANGER_CLAIMS, timeout=10)
        assert registered.status_code == 204, registered.text
        yield issuer
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def sso_app(tmp_path, provider) -> Iterator[RunningApp]:
    """The app with an admin and the teacher lina (e-mail lina@skolan.se), signing on through `provider`."""
    db_path = tmp_path / "council.db"
    engine = council_db.make_engine(f"sqlite:///{db_path}")
    with Session(engine, expire_on_commit=False) as db:
        admin = auth.create_first_admin(db, username="admin", password="admin-secret-1", school_name="Skolan")
        auth.create_user(db, admin, role=Role.teacher, display_name="Lina Berg", **TEACHER)
    engine.dispose()

    port = free_port()  # the redirect_uri names the app's port, so it is chosen before the start
    secrets_file = tmp_path / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "klimatradet-e2e"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n'
    )
    app = start_app(db_path, tmp_path / "streamlit.log", "--secrets.files", str(secrets_file), port=port)
    yield app
    app.stop()
    print(f"--- streamlit log ({app.url}) ---\n{app.log_tail()}")  # shown only when the test failed


def sign_on(page: Page, app: RunningApp, provider: str, subject: str) -> Page:
    """Press 'Logga in med skolans konto', authorize as `subject` on the provider's form, and come back."""
    page.goto(f"{app.url}/login")
    shows(page, by_key(page, "login_sso"))
    click(page, "login_sso")
    page.wait_for_url(re.compile(rf"^{re.escape(provider)}/oauth2/authorize\?"), timeout=SLOW)
    page.locator("input[name=sub]").fill(subject)
    page.get_by_role("button", name="Authorize", exact=True).click()
    # Provider -> /oauth2callback (the code is exchanged server-side) -> the app's "/" with the identity cookie.
    page.wait_for_url(re.compile(rf"^{re.escape(app.url)}/(?!oauth2callback)"), timeout=SLOW)
    return page


def test_sso_logs_in_the_account_with_that_email(sso_app, provider, new_page):
    teacher = sign_on(new_page(), sso_app, provider, TEACHER["email"])
    shows(teacher, teacher.get_by_role("heading", name="Mina klimatråd"))
    expect(teacher.get_by_text(LOGGED_IN)).to_have_text(f"Inloggad som {TEACHER['username']}")
    expect(teacher).to_have_url(re.compile(rf"^{re.escape(sso_app.url)}/sessions"))
    identity = {c["name"]: c for c in teacher.context.cookies(sso_app.url)}.get("_streamlit_user")
    assert identity and identity["httpOnly"], "Streamlit's identity cookie was not set (or readable by scripts)"

    # The identity lives in Streamlit's cookie: a reload keeps the teacher logged in.
    teacher.reload()
    shows(teacher, teacher.get_by_role("heading", name="Mina klimatråd"))
    expect(teacher.get_by_text(LOGGED_IN)).to_have_text(f"Inloggad som {TEACHER['username']}")

    # Someone the provider knows but the app does not: told why, offered a way out, and not logged in.
    stranger = sign_on(new_page(), sso_app, provider, STRANGER)
    shows(stranger, stranger.get_by_text(NO_ACCOUNT.format(email=STRANGER)))
    expect(by_key(stranger, "sso_logout")).to_be_visible()
    expect(stranger.get_by_text(LOGGED_IN)).to_have_count(0)
    expect(stranger.get_by_role("heading", name="Mina klimatråd")).to_have_count(0)
    expect(by_key(stranger, "logout")).to_have_count(0)
