"""The pupil's vote page with the same elements, drawn from constants — no database, no app code at run time:
page_overhead.py's yardstick, what Streamlit alone costs to draw what the pupil sees (the app's pages/pupil.py in the
vote phase, for a class of 4-6: easy-read words and style), and assembly_burst.py's second floor: pressing "vote"
draws the receipt with the app's receipt elements (one box with the rating code and what comes next, the secrecy
note), in one run of the ballot's fragment, as the app does (a callback, no second run).

Same elements, with the same arguments and words, as the app: the page config, the page-language script (with the
loader of Streamlit's widget words in Swedish), the style and the easy-read style, the language picker in the
sidebar, a navigation of 23 registered pages (6 shown), the phase-following fragment, the ballot's fragment with the
form, and the note on ballot secrecy under it (an expander). The words come from the app's catalogue once, when the
server starts."""

import os

import streamlit as st

from council import methods
from council.i18n import t
from pages import chrome_words, server_sockets
from pages.ui import BASE_CSS, EASY_CSS

server_sockets.reply_without_delay_once()  # as app.py and empty_page.py do
st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")

PROPOSALS = int(os.environ.get("STATIC_PROPOSALS", "8"))
PAGES = 23
SHOWN = 6


def _sv(key: str, **values: object) -> str:
    return t(key, "sv", easy=True, **values)


WORDS = {
    key: _sv(key)
    for key in (
        "pupil.phase.vote",
        "vote.title",
        "vote.abstain",
        "vote.submit",
        "vote.secrecy_title",
        "vote.secrecy_body",
        "vote.receipt",
        "vote.receipt_secret",
        "vote.rating_code_intro",
        "vote.rating_code_help",
        "vote.receipt_next",
        "common.choose",
    )
}
EXPLANATION = " ".join(_sv(key, **values) for key, values in methods.describe("approval").ballot_help({}, PROPOSALS))
RECEIPT_TEXT = (
    f"**{WORDS['vote.receipt']}**  \n{WORDS['vote.receipt_secret']}\n\n{WORDS['vote.rating_code_intro']}\n\n"
    f"## `ABCD-EFGH`\n\n:small[{WORDS['vote.rating_code_help']}]\n\n:small[{WORDS['vote.receipt_next']}]"
)
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}
PAGE_SCRIPT = f"<script>document.documentElement.lang = 'sv';{chrome_words.loader()}</script>"


def ballot() -> None:
    """The vote page's main area."""
    st.caption("Klimatråd: Klass 0")
    st.header("Hur halverar vi utsläppen?")
    st.info(WORDS["pupil.phase.vote"], icon="🧭")
    follow_phase()
    ballot_or_receipt()


@st.fragment
def ballot_or_receipt() -> None:
    """The ballot, or the receipt once the ballot was sent (the app's ballot is a fragment too)."""
    if st.session_state.get("voted"):
        receipt()
        return
    st.subheader(WORDS["vote.title"])
    st.write(EXPLANATION)
    with st.form("ballot"):
        for n in range(PROPOSALS):
            st.checkbox(f"**Förslag {n}**  \nFör klimatet", key=f"vote_choice_{n}")
        st.checkbox(WORDS["vote.abstain"], key="vote_abstain")
        st.form_submit_button(
            WORDS["vote.submit"],
            type="primary",
            key="vote_submit",
            on_click=st.session_state.update,
            args=({"voted": True},),
        )
    secrecy_note()


def receipt() -> None:
    """The app's receipt: what was counted, the rating code, what comes next, in one box."""
    with st.container(key="vote_receipt"):
        st.success(RECEIPT_TEXT, icon="🗳️")
    secrecy_note()


def secrecy_note() -> None:
    """The note on ballot secrecy under the ballot and the receipt."""
    with st.expander(WORDS["vote.secrecy_title"], icon=":material/lock:"):
        st.markdown(WORDS["vote.secrecy_body"])


@st.fragment(run_every=12)
def follow_phase() -> None:
    """The app's phase-following fragment, with nothing to show (no countdown)."""


def elsewhere() -> None:
    """The other pages (never drawn here)."""


st.sidebar.selectbox(
    "Språk / Language",
    ["sv", "en"],
    index=0,
    format_func=LANGUAGE_NAMES.get,
    key="language",
    placeholder=WORDS["common.choose"],
)
st.html(PAGE_SCRIPT, unsafe_allow_javascript=True)
st.html(f"<style>{BASE_CSS}</style>")
pages = [st.Page(ballot, title="Rösta", icon=":material/eco:", url_path="pupil", default=True)] + [
    st.Page(
        elsewhere,
        title=f"Sida {n}",
        icon=":material/eco:",
        url_path=f"page{n}",
        visibility="visible" if n < SHOWN else "hidden",
    )
    for n in range(1, PAGES)
]
page = st.navigation(pages)
st.html(f"<style>{EASY_CSS}</style>")  # the app's pupil page adds it for a class of 4-6
page.run()
