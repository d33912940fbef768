"""The report page's forwarding: send the latest frozen version to the committees chosen above, what was sent
to whom and when (withdraw one there), and the read-only share link."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council import committees, forward_history, registry
from council.auth import Actor
from council.errors import CouncilError
from council.forward_history import Sent
from council.i18n import fmt_date, fmt_datetime
from council.models import Committee, Report
from pages import mail_worker, ui


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
    sent_list(actor, latest.session_id, history)
    share_link(actor, latest)


def send_form(actor: Actor, latest: Report, names: list[str], committee_ids: list[int]) -> None:
    """To whom, which proposals (all unless chosen), the answer deadline (six months by default), and send."""
    with st.form("forward", border=True):
        st.markdown(ui.tr("forward.to", names=", ".join(ui.plain(name) for name in names)))
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
                    committee_ids=committee_ids,
                    deadline=deadline,
                    proposal_ids=picked or None,
                    app_url=ui.absolute_url("").split("/?")[0],
                )
        except CouncilError as err:
            ui.show_error(err)
            return
        mail_worker.wake()
        ui.flash("forward.done", n=len(committee_ids))
        st.rerun()


def sent_list(actor: Actor, session_id: int, history: list[Sent]) -> None:
    """What went to whom, when and by whom, how far each committee has answered; withdraw one with a second click."""
    with ui.db_session() as db:
        sent = registry.sent_for_session(db, actor, session_id)
    if not sent:
        return
    when = {row.forwarding_id: row for row in history}
    st.markdown(f"**{ui.tr('forward.sent_title')}**")
    with st.container(key="forward_history"):
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
                if forwarding.id in when:
                    by = when[forwarding.id]
                    left.caption(ui.tr("forward.sent_when", when=fmt_datetime(by.sent_at, ui.lang()), by=by.sent_by))
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
