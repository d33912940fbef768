"""The address "/": forwards to the landing page of whoever is here, keeping the link's parameters."""

import streamlit as st

from pages import ui

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

st.switch_page(st.session_state.landing, query_params=st.query_params.to_dict())
