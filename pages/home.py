"""The address "/": forwards to the landing page of whoever is here, keeping the link's parameters."""

import streamlit as st

st.switch_page(st.session_state.landing, query_params=st.query_params.to_dict())
