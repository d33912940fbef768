"""On the report page: forward the latest frozen version to committees, and the read-only share link."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council import committees, registry
from council.auth import Actor
from council.errors import CouncilError
from council.i18n import fmt_date
from council.models import Committee, Report
from pages import mail_worker, ui


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
        titles = {row["proposal_id"]: f"{row['rank']}. {row['title']}" for row in latest.data.get("results", [])}
        picked = st.multiselect(
            ui.tr("forward.proposals"),
            list(titles),
            key="forward_proposals",
            format_func=titles.get,
            placeholder=ui.tr("forward.proposals_all"),
            help=ui.tr("forward.proposals_help"),
        )
        deadline = st.date_input(
            ui.tr("forward.deadline"), value=committees.default_deadline(), key="forward_deadline", format="YYYY-MM-DD"
        )
        sent = st.form_submit_button(ui.tr("forward.submit"), type="primary", key="report_forward")
    if sent:
        try:
            with ui.db_session() as db:
                committees.forward(
                    db,
                    actor,
                    latest.id,
                    committee_ids=chosen,
                    deadline=deadline,
                    proposal_ids=picked or None,
                    app_url=ui.absolute_url("").split("/?")[0],
                )
            mail_worker.wake()
            ui.flash("forward.done", n=len(chosen))
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)
    sent_list(actor, latest.session_id)
    share_link(actor, latest)


def sent_list(actor: Actor, session_id: int) -> None:
    """Where the reports went, how far each committee has answered; withdraw one with a second click."""
    with ui.db_session() as db:
        sent = registry.sent_for_session(db, actor, session_id)
    if not sent:
        return
    st.markdown(f"**{ui.tr('forward.sent_title')}**")
    for item in sent:
        forwarding = item.forwarding
        with st.container(border=True, key=f"forwarding_row_{forwarding.id}"):
            left, right = st.columns([4, 1])
            left.markdown(
                ui.tr(
                    "forward.sent_line",
                    committee=ui.plain(item.committee),
                    version=item.report_version,
                    answered=item.answered,
                    total=item.total,
                    deadline=fmt_date(forwarding.deadline, ui.lang()),
                )
            )
            if forwarding.diarienummer:
                left.text(ui.tr("inbox.dnr", dnr=forwarding.diarienummer))
            if forwarding.withdrawn_at is not None:
                left.caption(ui.tr("forward.withdrawn_on", date=fmt_date(forwarding.withdrawn_at, ui.lang())))
            else:
                withdraw_button(actor, forwarding.id, right)


def withdraw_button(actor: Actor, forwarding_id: int, place: DeltaGenerator) -> None:
    """'Withdraw', then 'Yes, withdraw' (answers given stay; no new ones are accepted)."""
    asking = st.session_state.get("withdraw_asking") == forwarding_id
    if not asking:
        if place.button(ui.tr("forward.withdraw"), key=f"forwarding_withdraw_{forwarding_id}"):
            st.session_state.withdraw_asking = forwarding_id
            st.rerun()
        return
    place.caption(ui.tr("forward.withdraw_sure"))
    if place.button(ui.tr("forward.withdraw_yes"), key=f"forwarding_withdraw_confirm_{forwarding_id}", type="primary"):
        st.session_state.withdraw_asking = None
        ui.apply(lambda db: registry.withdraw(db, actor, forwarding_id), "forward.withdrawn")
    if place.button(ui.tr("answer.confirm_no"), key=f"forwarding_withdraw_cancel_{forwarding_id}"):
        st.session_state.withdraw_asking = None
        st.rerun()


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
