"""On the report page: forward the latest frozen version to committees, and the read-only share link."""

import streamlit as st

from council import committees
from council.auth import Actor
from council.errors import CouncilError
from council.models import Committee, Report
from pages import ui


def show(actor: Actor, latest: Report, committee_list: list[Committee]) -> None:
    """Forward with a deadline (six months by default); make or revoke the share link."""
    st.subheader(ui.tr("forward.title", version=latest.version))
    names = {c.id: c.name for c in committee_list}
    with st.form("forward"):
        chosen = st.multiselect(
            ui.tr("report.field_committees"),
            list(names),
            key="forward_committees",
            default=[c for c in latest.data.get("committee_ids", []) if c in names],
            format_func=names.get,
            placeholder=ui.tr("report.committees_placeholder"),
        )
        deadline = st.date_input(
            ui.tr("forward.deadline"), value=committees.default_deadline(), key="forward_deadline", format="YYYY-MM-DD"
        )
        sent = st.form_submit_button(ui.tr("forward.submit"), type="primary", key="report_forward")
    if sent:
        try:
            with ui.db_session() as db:
                committees.forward(db, actor, latest.id, committee_ids=chosen, deadline=deadline)
            ui.flash("forward.done", n=len(chosen))
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)
    share_link(actor, latest)


def share_link(actor: Actor, latest: Report) -> None:
    """A read-only link for people without an account; shown once, revocable."""
    with st.expander(ui.tr("share.title")):
        st.caption(ui.tr("share.help"))
        left, right = st.columns(2)
        try:
            with ui.db_session() as db:
                link_open = committees.share_link_open(db, actor, latest.id)
            if left.button(ui.tr("share.create"), key="report_share_create"):
                with ui.db_session() as db:
                    token = committees.create_share_link(db, actor, latest.id)
                st.code(ui.absolute_url("shared", token=token), language=None)
                st.caption(ui.tr("share.shown_once"))
            if right.button(ui.tr("share.revoke"), key="report_share_revoke", disabled=not link_open):
                with ui.db_session() as db:
                    committees.revoke_share_link(db, actor, latest.id)
                st.success(ui.tr("share.revoked"), icon="✅")
        except CouncilError as err:
            ui.show_error(err)
