"""The teacher's report page: the words (kept as a draft), the class reads it on the projector, versions are
frozen, downloaded, compared and sent to the committees."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import exports, forward_history, report_drafts, reports, sessions, summary
from council.errors import CouncilError
from pages import ui, who
from pages.parts import forwarding, report_form, report_views

actor = who.require_actor()
session_id = st.query_params.get("session")
if not session_id or not session_id.isdigit():
    st.info(ui.tr("control.pick_session"), icon="ℹ️")
    st.page_link("pages/teacher_sessions.py", label=ui.tr("nav.sessions"))
    st.stop()
try:
    with ui.db_session() as db:
        council = sessions.owned_session(db, actor, int(session_id))
        committees = reports.all_committees(db)
        frozen = reports.versions(db, actor, council.id)
        words = report_drafts.current(db, actor, council.id)
        sent = forward_history.for_session(db, actor, council.id)
        edits = report_drafts.freeze_edits(db, actor, council.id)
        draft = reports.draft(db, actor, council.id, lang=ui.lang(), **edits)
except CouncilError as err:
    ui.show_error(err)
    st.stop()

text = summary.summary_text(draft, ui.lang())
if report_views.presenting():
    report_views.presentation(draft, text)
    st.stop()

st.title(ui.tr("report.page_title"))
st.page_link(
    "pages/control_room.py",
    label=ui.tr("report.back"),
    icon=":material/arrow_back:",
    query_params={"session": council.id, "lang": ui.lang()},
)
ui.show_flash()
report_form.show(actor, council.id, words, committees)
report_views.present_button()
report_views.wording(draft, text)
if frozen:
    report_views.downloads(frozen, exports)
    forwarding.show(actor, frozen[0], committees, words["committee_ids"], sent)
    report_views.compare(frozen)
else:
    st.info(ui.tr("report.not_frozen_yet"), icon="ℹ️")
