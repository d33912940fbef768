"""The address "/": forwards to the landing page of whoever is here, keeping the link's parameters."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

st.switch_page(st.session_state.landing, query_params=st.query_params.to_dict())
