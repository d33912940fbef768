"""One-time codes: make a batch and download its slips, revoke a lost one or every unused one."""

import streamlit as st
from sqlmodel import Session

from council import onetime, permissions, slips
from council.auth import Actor
from council.models import CouncilSession
from pages import ui


def show(actor: Actor, council: CouncilSession) -> None:
    """How pupils get in (changeable until the vote closes), then the codes: counts, generator, revocation."""
    if permissions.may_change_join_options(actor, council).allowed:
        join_options(actor, council)
    if not council.one_time_codes:
        st.caption(ui.tr("codes.off"))
        return
    with ui.db_session() as db:
        now = onetime.counts(db, actor, council.id)
    st.caption(ui.tr("codes.help"))
    ui.warn_if_local(slips.join_link(ui.app_root(), "X"))  # the slips' QR codes carry the same address
    a, b, c = st.columns(3)
    a.metric(ui.tr("codes.unused"), now.unused)
    b.metric(ui.tr("codes.used"), now.used)
    c.metric(ui.tr("codes.revoked"), now.revoked)
    count = st.number_input(
        ui.tr("codes.how_many"), min_value=1, max_value=onetime.MAX_BATCH, value=30, key="codes_count"
    )
    if st.button(ui.tr("codes.generate"), key="codes_generate", type="primary"):
        ui.apply(lambda db: make_slips(db, actor, council, int(count)), "codes.saved")
    if pdf := st.session_state.get("codes_pdf"):
        st.download_button(
            ui.tr("codes.download"),
            pdf,
            key="codes_download",
            file_name=f"klimatradet-{council.join_code}-lappar.pdf",
            mime="application/pdf",
        )
        st.caption(ui.tr("codes.download_help"))
    revoke_forms(actor, council)


def join_options(actor: Actor, council: CouncilSession) -> None:
    """Slips only, and kiosk mode: the same choices as when the session was made."""
    with st.form("join_options", border=True, enter_to_submit=False):
        st.markdown(f"**{ui.tr('codes.options_title')}**")
        slips_on = st.toggle(
            ui.tr("sessions.option.one_time_codes"),
            value=bool(council.one_time_codes),
            key="join_options_slips",
            help=ui.tr("sessions.help.one_time_codes"),
        )
        kiosk_on = st.toggle(
            ui.tr("sessions.option.kiosk"),
            value=bool(council.kiosk),
            key="join_options_kiosk",
            help=f"{ui.tr('sessions.help.kiosk')} {ui.tr('codes.kiosk_note')}",
        )
        if st.form_submit_button(ui.tr("codes.options_save"), key="join_options_save"):
            ui.apply(
                lambda db: onetime.set_join_options(db, actor, council.id, one_time_codes=slips_on, kiosk=kiosk_on),
                "codes.options_saved",
            )


def make_slips(db: Session, actor: Actor, council: CouncilSession, count: int) -> None:
    """New codes straight onto a PDF kept in this teacher's browser session only."""
    codes = onetime.generate(db, actor, council.id, count=count)
    st.session_state.codes_pdf = slips.slips_pdf(codes, base_url=ui.app_root(), title=council.class_label)


def revoke_forms(actor: Actor, council: CouncilSession) -> None:
    """Revoke one lost slip by its code, or every code nobody has used."""
    left, right = st.columns(2, vertical_alignment="bottom")
    lost = left.text_input(ui.tr("codes.lost"), key="codes_revoke_code", max_chars=14)
    if left.button(ui.tr("codes.revoke_one"), key="codes_revoke"):
        ui.apply(lambda db: onetime.revoke(db, actor, council.id, code=lost), "codes.saved")
    if right.button(ui.tr("codes.revoke_unused"), key="codes_revoke_unused"):
        ui.apply(lambda db: onetime.revoke_unused(db, actor, council.id), "codes.saved")
