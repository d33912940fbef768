"""The vote page's elements drawn from constants — no app chrome, no database: page_overhead.py's second yardstick."""

import streamlit as st

from pages import server_sockets

server_sockets.reply_without_delay_once()  # as app.py and empty_page.py do

PROPOSALS = 8

st.caption("Klimatråd: Klass 0")
st.header("Hur halverar vi utsläppen?")
st.info("Nu röstar vi! Ingen kan se vad just du röstar på.", icon="🧭")
st.subheader("Din röstsedel")
st.write("Kryssa för de förslag du stöder.")
with st.form("ballot"):
    for n in range(PROPOSALS):
        st.checkbox(f"**Förslag {n}**  \nFör klimatet", key=f"vote_choice_{n}")
    st.checkbox("Jag vill inte välja (blank röst)", key="vote_abstain")
    st.form_submit_button("Rösta nu", type="primary", key="vote_submit")
