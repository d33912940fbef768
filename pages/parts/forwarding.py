"""On the report page: send the latest frozen version to the chosen committees, what was sent to whom and when,
and the read-only share link."""

import streamlit as st

from council import committees, forward_history
from council.auth import Actor
from council.errors import CouncilError
from council.forward_history import Sent
from council.i18n import fmt_date, fmt_datetime
from council.models import Committee, Report
from pages import ui


def show(actor: Actor, latest: Report, committee_list: list[Committee], chosen: list[int], history: list[Sent]) -> None:
    """Send to the committees chosen above that have not had this version yet; then the history and the link."""
    st.subheader(ui.tr("forward.title", version=latest.version))
    names = {c.id: c.name for c in committee_list}
    chosen = [cid for cid in chosen if cid in names]
    already = forward_history.sent_to(history, version=latest.version)
    waiting = [cid for cid in chosen if cid not in already]
    if not chosen:
        st.info(ui.tr("forward.choose_above"), icon="ℹ️")
    elif not waiting:
        st.success(ui.tr("forward.all_sent", version=latest.version), icon="✅")
    else:
        send_form(actor, latest, [names[cid] for cid in waiting], waiting)
    if set(latest.data.get("committee_ids", [])) != set(chosen):
        st.caption(ui.tr("forward.version_names_others", version=latest.version))
    history_table(history)
    share_link(actor, latest)


def send_form(actor: Actor, latest: Report, names: list[str], committee_ids: list[int]) -> None:
    """To whom, the answer deadline (six months by default), and send."""
    with st.form("forward", border=True):
        st.markdown(ui.tr("forward.to", names=", ".join(ui.plain(name) for name in names)))
        deadline = st.date_input(
            ui.tr("forward.deadline"), value=committees.default_deadline(), key="forward_deadline", format="YYYY-MM-DD"
        )
        sent = st.form_submit_button(ui.tr("forward.submit"), type="primary", key="report_forward")
    if sent:
        try:
            with ui.db_session() as db:
                committees.forward(db, actor, latest.id, committee_ids=committee_ids, deadline=deadline)
        except CouncilError as err:
            ui.show_error(err)
            return
        ui.flash("forward.done", n=len(committee_ids))
        st.rerun()


def history_table(history: list[Sent]) -> None:
    """Every version sent, to which committee, when, by whom, the deadline and how far they have answered."""
    if not history:
        return
    st.markdown(f"**{ui.tr('forward.history')}**")
    lang = ui.lang()
    rows = [
        {
            ui.tr("forward.column.version"): sent.version,
            ui.tr("forward.column.committee"): sent.committee,
            ui.tr("forward.column.sent"): fmt_datetime(sent.sent_at, lang),
            ui.tr("forward.column.by"): sent.sent_by,
            ui.tr("forward.column.deadline"): fmt_date(sent.deadline, lang),
            ui.tr("forward.column.answered"): ui.tr("common.n_of_total", count=sent.answered, total=sent.proposals),
        }
        for sent in history
    ]
    with st.container(key="forward_history"):
        st.dataframe(rows, hide_index=True)


def share_link(actor: Actor, latest: Report) -> None:
    """A read-only link for people without an account; shown once, revocable."""
    with st.expander(ui.tr("share.title")):
        st.caption(ui.tr("share.help"))
        left, right = st.columns(2)
        try:
            if left.button(ui.tr("share.create"), key="report_share_create"):
                with ui.db_session() as db:
                    token = committees.create_share_link(db, actor, latest.id)
                st.code(ui.absolute_url("shared", token=token), language=None)
                st.caption(ui.tr("share.shown_once"))
            if right.button(ui.tr("share.revoke"), key="report_share_revoke", disabled=not latest.share_token_hash):
                with ui.db_session() as db:
                    committees.revoke_share_link(db, actor, latest.id)
                st.success(ui.tr("share.revoked"), icon="✅")
        except CouncilError as err:
            ui.show_error(err)
