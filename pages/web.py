"""What the server does outside a script run (app.py hands it to st.App): the routes that trade a one-time code for
an HttpOnly cookie, security headers on every answer, and a websocket only for pages of this site.

A script run cannot set an HttpOnly cookie: only an HTTP answer can. So after a login or a join the page sends the
browser to one of these routes with a one-time code (good for a minute, used up on arrival); the route sets the
cookie and sends the browser on with a 303. Every login gets its cookie, because it is a plain HTTP answer.
"""

from __future__ import annotations

from urllib.parse import urlencode

from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from council import clients, logins
from council.i18n import normalise_language
from pages import chrome_words

PREFIX = "/_klimat"
LOGIN_COOKIE = "kr_login"
PUPIL_COOKIE = "kr_pupil"
PUPIL_COOKIE_DAYS = 30  # a council may run over weeks; the server refuses the cookie once the vote has closed
LANDINGS = {"sessions", "inbox", "pupil", "login", "join", "setup"}
SAYINGS = {"setup.done"}  # messages the page after a cookie may show (a reload loses the session's own flash)

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        # Streamlit's own page and st.html need inline scripts and styles; nothing loads from another site.
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "frame-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
]


def _engine() -> Engine:
    from pages import ui  # the one cached engine of this process (imported late: ui imports streamlit's runtime)

    return ui.engine()


def _trade(kind: str, code: str | None) -> str | None:
    from council.db import session_scope

    with session_scope(_engine()) as db:
        return logins.login_cookie(db, code) if kind == logins.LOGIN else logins.pupil_cookie(db, code)


def _onward(request: Request, default: str) -> str:
    """Where to go next: one of the app's own pages (never an address from elsewhere), in the visitor's language."""
    landing = request.query_params.get("to", default)
    landing = landing if landing in LANDINGS else default
    query = {"lang": normalise_language(request.query_params.get("lang"))}
    if request.query_params.get("said") in SAYINGS:
        query["said"] = request.query_params["said"]
    return f"/{landing}?{urlencode(query)}"


def _from_elsewhere(request: Request) -> bool:
    """True for a navigation another site started (a browser says so in Sec-Fetch-Site): no login from a link."""
    return request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")


def _secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"


async def login_cookie(request: Request) -> Response:
    """Trade a login's one-time code for the HttpOnly login cookie, then go on to the account's page."""
    response = RedirectResponse(_onward(request, "login"), status_code=303)
    if _from_elsewhere(request):
        return response
    token = await run_in_threadpool(_trade, logins.LOGIN, request.query_params.get("code"))
    if token:
        max_age = logins.LOGIN_HOURS * 3600
        _set(response, request, LOGIN_COOKIE, token, max_age)
    return response


async def pupil_cookie(request: Request) -> Response:
    """Trade a pupil's one-time code for the HttpOnly cookie that keeps their place, then go on to the pupil page."""
    response = RedirectResponse(_onward(request, "pupil"), status_code=303)
    if _from_elsewhere(request):
        return response
    token = await run_in_threadpool(_trade, logins.PUPIL, request.query_params.get("code"))
    if token:
        _set(response, request, PUPIL_COOKIE, token, PUPIL_COOKIE_DAYS * 86400)
    return response


async def logout(request: Request) -> Response:
    """Clear the login cookie (the login itself was ended in the database by the page), then show the login page."""
    response = RedirectResponse(_onward(request, "login"), status_code=303)
    response.delete_cookie(LOGIN_COOKIE, path="/", secure=_secure(request), httponly=True, samesite="strict")
    return response


async def chrome_words_script(request: Request) -> Response:
    """The script that puts Streamlit's own words in Swedish (pages/chrome_words.py): the same for every visitor,
    kept by the browser for a year (its address changes with its words)."""
    return Response(
        chrome_words.script(),
        media_type="text/javascript; charset=utf-8",
        headers={"cache-control": "public, max-age=31536000, immutable"},
    )


def _set(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name, value, max_age=max_age, path="/", secure=_secure(request), httponly=True, samesite="strict"
    )


def cookie_url(kind: str, code: str, *, to: str, lang: str, said: str = "") -> str:
    """The address a page sends the browser to after a login or a join."""
    path = "login-cookie" if kind == logins.LOGIN else "pupil-cookie"
    query = {"code": code, "to": to, "lang": lang, **({"said": said} if said else {})}
    return f"{PREFIX}/{path}?{urlencode(query)}"


def logout_url(lang: str) -> str:
    return f"{PREFIX}/logout?{urlencode({'lang': lang})}"


class Guard:
    """ASGI middleware: security headers on every HTTP answer, no metrics for outsiders, and a websocket only when
    its Origin is this site (Streamlit lets every localhost port in, so another local page could read a teacher's
    session list)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            headers = Headers(scope=scope)
            if not clients.same_site_origin(headers.get("origin"), headers.get("host")):
                await send({"type": "websocket.close", "code": 1008})
                return
            scope = _with_peer(scope)
        elif scope["type"] == "http" and scope["path"].rstrip("/").endswith("/_stcore/metrics"):
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


PEER_HEADER = "x-klimat-peer"


def _with_peer(scope: Scope) -> Scope:
    """The websocket's own peer address as a header the script can read through st.context.headers (Streamlit's
    st.context.ip_address hides loopback peers, which is what a proxy on the same machine is); a client's own
    header of that name is dropped."""
    peer = (scope.get("client") or ("", 0))[0]
    headers = [(name, value) for name, value in scope.get("headers", []) if name.lower() != PEER_HEADER.encode()]
    return {**scope, "headers": [*headers, (PEER_HEADER.encode(), peer.encode())]}


ROUTES = [
    Route(f"{PREFIX}/login-cookie", login_cookie, methods=["GET"]),
    Route(f"{PREFIX}/pupil-cookie", pupil_cookie, methods=["GET"]),
    Route(f"{PREFIX}/logout", logout, methods=["GET"]),
    Route(chrome_words.PATH, chrome_words_script, methods=["GET"]),
]
MIDDLEWARE = [Middleware(Guard)]
