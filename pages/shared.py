"""A read-only share link: one frozen report, for people without an account."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import committees, exports, summary
from council.errors import CouncilError
from pages import ui
from pages.parts import report_views

try:
    with ui.db_session() as db:
        report = committees.shared_report(db, st.query_params.get("token"))
except CouncilError as err:
    st.title(ui.tr("share.page_title"))
    ui.show_error(err)
    st.stop()

st.title(ui.tr("share.page_title"))
report_views.wording(report.data, summary.summary_text(report.data, ui.lang()))
report_views.downloads([report], exports)
