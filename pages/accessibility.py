"""The accessibility statement the Swedish accessibility law (DOS-lagen) asks for."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import os

import streamlit as st

from pages import ui

st.title(ui.tr("a11y.title"))
st.markdown(ui.tr("a11y.intro"))
st.subheader(ui.tr("a11y.status_heading"))
st.markdown(ui.tr("a11y.status"))
st.subheader(ui.tr("a11y.works_heading"))
st.markdown(ui.tr("a11y.works"))
st.subheader(ui.tr("a11y.limits_heading"))
st.markdown(ui.tr("a11y.limits"))
st.subheader(ui.tr("a11y.report_heading"))
contact = os.environ.get("COUNCIL_CONTACT_EMAIL", "")
st.markdown(ui.tr("a11y.report_contact", contact=ui.plain(contact)) if contact else ui.tr("a11y.report_admin"))
st.markdown(ui.tr("a11y.enforcement"))
st.caption(ui.tr("a11y.made"))
