"""The pupil's vote page with the same elements, drawn from constants — no database, no app code: page_overhead.py's
yardstick, what Streamlit alone costs to draw what the pupil sees (the app's pages/pupil.py in the vote phase), and
assembly_burst.py's second floor: pressing "vote" draws the receipt with the app's receipt elements (the rating code
in its box, what comes next, the secrecy note), in one run as the app does (a callback, no second run).

Same elements as the app: the page config, the style and the page-language script, the language picker in the
sidebar, a navigation of 18 registered pages (4 shown), the phase-following fragment, the ballot form, and the note on
ballot secrecy under it (an expander)."""

import os

import streamlit as st

from pages import server_sockets
from pages.ui import BASE_CSS

server_sockets.reply_without_delay_once()  # as app.py and empty_page.py do
st.set_page_config(page_title="Klimatrådet", page_icon="🌍", layout="wide")

PROPOSALS = int(os.environ.get("STATIC_PROPOSALS", "8"))
PAGES = 18
SHOWN = 4


def ballot() -> None:
    """The vote page's main area (the receipt once the ballot was sent)."""
    st.caption("Klimatråd: Klass 0")
    st.header("Hur halverar vi utsläppen?")
    st.info("Nu röstar du. Ingen ser vad du väljer.", icon="🧭")
    follow_phase()
    if st.session_state.get("voted"):
        receipt()
        return
    st.subheader("Rösta")
    st.write("Kryssa för de förslag du gillar.")
    with st.form("ballot"):
        for n in range(PROPOSALS):
            st.checkbox(f"**Förslag {n}**  \nFör klimatet", key=f"vote_choice_{n}")
        st.checkbox("Jag vill inte välja (blank röst)", key="vote_abstain")
        st.form_submit_button(
            "Rösta nu", type="primary", key="vote_submit", on_click=st.session_state.update, args=({"voted": True},)
        )
    secrecy_note()


def receipt() -> None:
    """The app's receipt: what was counted, the rating code, what comes next."""
    with st.container(key="vote_receipt"):
        st.success("Din röst är räknad!  \nIngen kan se vad du röstade på.", icon="🗳️")
        with st.container(border=True, key="vote_rating_code"):
            st.markdown("Din betygskod – skriv av den:\n\n## `ABCD-EFGH`\n\n:gray[:small[Koden visas bara nu.]]")
        st.caption("Vänta på att läraren visar resultatet.")
    secrecy_note()


def secrecy_note() -> None:
    """The note on ballot secrecy under the ballot and the receipt."""
    with st.container(key="vote_secrecy"), st.expander("Så är din röst hemlig", icon=":material/lock:"):
        st.markdown("Ingen kan se vad du röstade på – inte läraren, inte vi som gör appen.")


@st.fragment(run_every=12)
def follow_phase() -> None:
    """The app's phase-following fragment, with nothing to show (no countdown)."""


def elsewhere() -> None:
    """The other pages (never drawn here)."""


st.sidebar.selectbox("Språk / Language", ["sv", "en"], key="language")
st.html("<script>document.documentElement.lang = 'sv';</script>", unsafe_allow_javascript=True)
st.html(f"<style>{BASE_CSS}</style>")
pages = [st.Page(ballot, title="Rösta", url_path="pupil", default=True)] + [
    st.Page(elsewhere, title=f"Sida {n}", url_path=f"page{n}", visibility="visible" if n < SHOWN else "hidden")
    for n in range(1, PAGES)
]
st.navigation(pages).run()
