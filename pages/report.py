"""The teacher's report page: edit the wording, read it with the class, freeze versions, download, compare."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import exports, reports, sessions, summary
from council.errors import CouncilError
from pages import ui, who
from pages.parts import forwarding, report_views

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
except CouncilError as err:
    ui.show_error(err)
    st.stop()

st.title(ui.tr("report.page_title"))
st.page_link(
    "pages/control_room.py",
    label=ui.tr("report.back"),
    icon=":material/arrow_back:",
    query_params={"session": council.id, "lang": ui.lang()},
)
latest = frozen[0].data if frozen else {}
with st.form("report_edit"):
    title = st.text_input(
        ui.tr("report.field_title"),
        value=latest.get("title", council.title),
        key="report_title",
        max_chars=reports.TITLE_LIMIT,
    )
    comment = st.text_area(
        ui.tr("report.field_comment"),
        value=latest.get("teacher_comment", ""),
        key="report_comment",
        max_chars=reports.COMMENT_LIMIT,
        height=150,
    )
    chosen = st.multiselect(
        ui.tr("report.field_committees"),
        [c.id for c in committees],
        default=[c for c in latest.get("committee_ids", []) if c in {x.id for x in committees}],
        format_func={c.id: c.name for c in committees}.get,
        key="report_committees",
        placeholder=ui.tr("report.committees_placeholder"),
        help=None if committees else ui.tr("report.no_committees"),
    )
    preview = st.form_submit_button(ui.tr("report.preview"), key="report_preview")
    freeze = st.form_submit_button(ui.tr("report.freeze"), type="primary", key="report_freeze")

edits = {"title": title, "comment": comment, "committee_ids": chosen}
try:
    if freeze:
        with ui.db_session() as db:
            made = reports.freeze(db, actor, council.id, lang=ui.lang(), **edits)
        ui.flash("report.frozen", version=made.version)
        st.rerun()
    with ui.db_session() as db:
        draft = reports.draft(db, actor, council.id, lang=ui.lang(), **edits)
except CouncilError as err:
    ui.show_error(err)
    st.stop()

ui.show_flash()
report_views.projector_toggle(draft)
report_views.wording(draft, summary.summary_text(draft, ui.lang()))
if frozen:
    report_views.downloads(frozen, exports)
    forwarding.show(actor, frozen[0], committees)
    report_views.compare(frozen)
else:
    st.info(ui.tr("report.not_frozen_yet"), icon="ℹ️")
