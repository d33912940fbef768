"""What every page shares: the engine, session state, language, messages and safe text display (who is here: who.py)."""

from __future__ import annotations

import base64
import html
import os
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlencode

import streamlit as st
from sqlalchemy.engine import Engine
from sqlmodel import Session

from council import addresses, auth, demo
from council import db as council_db
from council.errors import CouncilError
from council.i18n import LANGUAGES, normalise_language, t
from council.text import escape_markdown
from pages import chrome_words, web


@st.cache_resource(show_spinner=False)  # its own spinner says "Running engine()" in English
def engine() -> Engine:
    """The one engine of this process (demo data added when COUNCIL_DEMO=1 and the database is empty)."""
    created = council_db.make_engine()
    if os.environ.get("COUNCIL_DEMO") == "1":
        with Session(created) as db:
            demo.seed_if_empty(db)
    return created


@contextmanager
def db_session() -> Iterator[Session]:
    """A database session for this script run."""
    with council_db.session_scope(engine()) as session:
        yield session


def first_run() -> bool:
    """True until the first account exists (then never again, so later runs skip the query)."""
    if not st.session_state.get("set_up"):
        with db_session() as db:
            st.session_state.set_up = not auth.needs_setup(db)
    return not st.session_state.set_up


def init_state() -> None:
    """Every session_state key the app uses, set once per browser session."""
    defaults = {
        "lang": normalise_language(st.query_params.get("lang")),
        "actor": None,
        "login_token": None,
        "logged_out": False,
        "login_ended": False,
        "pupil": None,
        "flash": None,
        "sso_refusal": None,
    }
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


def every(seconds: float, name: str) -> float:
    """How often this visitor's `name` fragment polls: near `seconds`, drawn once per visit (a room's polls spread)."""
    return st.session_state.setdefault(f"poll_every_{name}", round(seconds * random.uniform(0.8, 1.2), 2))


def lang() -> str:
    return st.session_state.get("lang", "sv")


def tr(key: str, **values: object) -> str:
    """Translate into the visitor's language (easy-read wording on a younger class's pupil screens)."""
    return t(key, lang(), easy=st.session_state.get("easy_read", False), **values)


def use_easy_read(on: bool) -> None:
    """Pupil screens of a younger class: easy-read wording and larger buttons for the rest of this run."""
    st.session_state.easy_read = on
    if on:
        st.html(f"<style>{EASY_CSS}</style>")


EASY_CSS = """
.stButton button, .stFormSubmitButton button { font-size: 1.25rem; min-height: 3.2rem; padding: 0.6rem 1.4rem; }
[data-testid="stMarkdownContainer"] p, label p { font-size: 1.15rem; }
[data-testid="stCheckbox"] label { gap: 0.8rem; }
"""

BASE_CSS = """
:focus-visible { outline: 3px solid #1b6b3a !important; outline-offset: 2px !important; }
a { text-decoration: underline; }
[class*="st-key-vote_choice_"] { width: 100%; box-sizing: border-box; border: 1px solid #b9c9be; border-radius: 0.5rem;
  padding: 0.75rem 1rem; }
[class*="st-key-vote_choice_"]:has(input[type="checkbox"]:checked) { background: #e3f1e7; border-color: #1b6b3a; }
[class*="st-key-vote_choice_"] label { width: 100%; }
"""


def base_style() -> None:
    """Visible keyboard focus and underlined links on every page (WCAG 2.4.7, 1.4.1); easy-read off by default."""
    st.session_state.easy_read = False
    st.html(f"<style>{BASE_CSS}</style>")


def language_switch() -> None:
    """The language picker in the sidebar; the choice is kept in the URL across reloads."""
    names = {"sv": "Svenska", "en": "English"}
    chosen = st.sidebar.selectbox(
        "Språk / Language",
        LANGUAGES,
        index=LANGUAGES.index(lang()),
        format_func=names.get,
        key="language",
        placeholder=tr("common.choose"),
    )
    if chosen != lang():
        st.session_state.lang = chosen
        st.query_params["lang"] = chosen
        st.rerun()


def declare_language() -> None:
    """Tell browsers and screen readers which language the page is in (Streamlit serves lang="en"), and on a
    Swedish page swap the words Streamlit writes in English itself (pages/chrome_words.py)."""
    swap = chrome_words.loader() if lang() == "sv" else chrome_words.GIVE_BACK
    st.html(f"<script>document.documentElement.lang = '{lang()}';{swap}</script>", unsafe_allow_javascript=True)


def show_error(err: CouncilError) -> None:
    """A domain error as a clear message in the visitor's language."""
    key = err.key
    if key == "server.busy" and st.session_state.get("just_voted"):
        key = "server.busy_voted"  # the vote was counted before the page could be drawn: never "nothing changed"
    st.error(tr(key, **err.values), icon="⚠️")


@contextmanager
def errors_shown() -> Iterator[None]:
    """Show a domain error raised anywhere inside (e.g. Busy: "try again") as a message instead of a traceback.

    app.py runs every page inside it, and each polling fragment is decorated with it (a fragment's reruns do not
    pass through app.py). Usable as a decorator too."""
    try:
        yield
    except CouncilError as err:
        show_error(err)


def apply(
    change: Callable[[Session], object],
    done_key: str,
    *,
    then: Callable[[], None] | None = None,
    counted: bool = False,
) -> None:
    """Run one change in its own database session, then say done_key on the redrawn page; or show why not.

    `then` runs after a successful change and before the redraw (e.g. to empty a form); with `counted`, the
    change returns how many things it changed, and done_key says it as {n}."""
    try:
        with db_session() as db:
            outcome = change(db)
    except CouncilError as err:
        show_error(err)
        return
    if then is not None:
        then()
    flash(done_key, **({"n": outcome} if counted else {}))
    st.rerun()


def flash(message_key: str, **values: object) -> None:
    """A success message that survives the next rerun."""
    st.session_state.flash = (message_key, values)


def show_flash() -> None:
    if not st.session_state.get("flash") and st.query_params.get("said") in web.SAYINGS:
        st.session_state.flash = (st.query_params.pop("said"), {})
    if st.session_state.get("flash"):
        key, values = st.session_state.flash
        st.success(tr(key, **values), icon="✅")
        st.session_state.flash = None


def plain(text: str) -> str:
    """Pupil or teacher text made safe for st.markdown: no HTML, links, images or formatting."""
    return escape_markdown(text)


def namer(prefix: str) -> Callable[[object], str]:
    """A format_func showing option v as the translation of prefix+v, bound to today's language."""
    chosen = lang()
    return lambda value: t(f"{prefix}{value}", chosen)


def app_root() -> str:
    """The app's address for pupils and committees: COUNCIL_PUBLIC_URL, or the host this browser used."""
    return addresses.app_root(st.context.url)


def absolute_url(path: str, **query: object) -> str:
    """A link to a page of this app, at its public address."""
    return f"{app_root()}{path}?{urlencode(query)}"


def warn_if_local(link: str) -> None:
    """Tell the teacher when the join link only works on this computer (pupils' devices cannot open it)."""
    if addresses.is_local(link):
        st.warning(tr("address.local_only"), icon=":material/wifi_off:")


def image_with_alt(png: bytes, alt: str) -> None:
    """A PNG with alternative text for screen readers (st.image sets none); only app-made bytes and words."""
    encoded = base64.b64encode(png).decode("ascii")
    st.html(f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(alt)}" style="width:100%;height:auto">')
