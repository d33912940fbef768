"""The admin's committees: the bodies reports can be forwarded to."""

import streamlit as st

from council import committees
from council.errors import CouncilError
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_admin()
st.title(ui.tr("committees.title"))
st.write(ui.tr("committees.intro"))
with st.form("new_committee", clear_on_submit=True):
    name = st.text_input(
        ui.tr("committees.name"), key="committee_name", max_chars=200, placeholder="Miljö- och klimatnämnden"
    )
    added = st.form_submit_button(ui.tr("committees.add"), type="primary", key="committee_add")
if added:
    try:
        with ui.db_session() as db:
            committee = committees.add_committee(db, actor, name=name)
        st.success(ui.tr("committees.added", name=ui.plain(committee.name)), icon="✅")
    except CouncilError as err:
        ui.show_error(err)
with ui.db_session() as db:
    listed = committees.list_committees(db)
if listed:
    st.dataframe({ui.tr("committees.name"): [c.name for c in listed]}, hide_index=True)
else:
    st.info(ui.tr("committees.none"), icon="ℹ️")
