"""The admin's data page: certify, archive and delete a session's raw ballots; read the audit log."""

import streamlit as st

from council import lifecycle
from council.errors import CouncilError
from council.i18n import fmt_datetime
from council.models import CouncilSession
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_admin()
ui.show_flash()
st.title(ui.tr("data.title"))
try:
    with ui.db_session() as db:
        councils = lifecycle.school_sessions(db, actor)
        log = lifecycle.audit_log(db, actor)
except CouncilError as err:
    ui.show_error(err)
    st.stop()


def state(council: CouncilSession) -> str:
    """Phase and lifecycle marks of one session, as words."""
    marks = [ui.tr(f"phase.{council.phase}")]
    marks += [ui.tr("data.certified")] if council.certified_results is not None else []
    marks += [ui.tr("data.archived")] if council.archived else []
    marks += [ui.tr("data.ballots_deleted")] if council.ballots_deleted else []
    return ", ".join(marks)


st.subheader(ui.tr("data.sessions"))
st.caption(ui.tr("data.help"))
by_id = {c.id: c for c in councils}
st.dataframe(
    [{ui.tr("data.session"): ui.plain(c.title), ui.tr("data.state"): state(c)} for c in councils], hide_index=True
)
if by_id:
    chosen = st.selectbox(
        ui.tr("data.pick"),
        list(by_id),
        key="data_session",
        format_func=lambda i: f"{by_id[i].title} ({state(by_id[i])})",
    )
    left, middle, right = st.columns(3)
    if left.button(ui.tr("data.certify"), key="data_certify"):
        ui.apply(lambda db: lifecycle.certify(db, actor, chosen), "data.done_certify")
    if middle.button(ui.tr("data.archive"), key="data_archive"):
        ui.apply(lambda db: lifecycle.archive(db, actor, chosen), "data.done_archive")
    sure = right.checkbox(ui.tr("data.confirm_delete"), key="data_delete_sure")
    if right.button(ui.tr("data.delete_ballots"), key="data_delete", disabled=not sure, type="primary"):
        ui.apply(lambda db: lifecycle.delete_ballots(db, actor, chosen), "data.done_delete", counted=True)

st.subheader(ui.tr("data.audit"))
st.caption(ui.tr("data.audit_help"))
st.dataframe(
    [
        {
            ui.tr("data.when"): fmt_datetime(line.at, ui.lang()),
            ui.tr("data.who"): line.username,
            ui.tr("data.what"): line.action,
            ui.tr("data.target"): line.target,
        }
        for line in log
    ],
    hide_index=True,
    key="audit_log",
)
