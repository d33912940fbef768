"""The admin's committees: the bodies reports can be forwarded to."""

import streamlit as st

from council import committees, outbox
from council.errors import CouncilError
from council.i18n import fmt_datetime
from pages import mail_worker, ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

actor = who.require_admin()
ui.show_flash()
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


def mail_status() -> None:
    """Whether e-mail is set up, what waits in the queue, and the latest messages (never pupil text)."""
    st.subheader(ui.tr("mail.admin_title"))
    configured = mail_worker.settings()
    with ui.db_session() as db:
        counts = outbox.counts(db, actor)
        latest = outbox.recent(db, actor)
    if configured is None:
        st.warning(ui.tr("mail.not_configured", pending=counts["pending"]), icon="✉️")
    else:
        st.success(ui.tr("mail.configured", host=configured.host, sender=configured.sender), icon="✉️")
    st.caption(ui.tr("mail.counts", **counts))
    if counts["failed"] and st.button(ui.tr("mail.retry_failed"), key="mail_retry_failed"):
        ui.apply(lambda db: outbox.retry_failed(db, actor), "mail.retried", counted=True)
    if latest:
        st.dataframe(
            [
                {
                    ui.tr("mail.col.created"): fmt_datetime(row.created_at, ui.lang()),
                    ui.tr("mail.col.kind"): ui.tr(f"mail.kind.{row.kind}"),
                    ui.tr("mail.col.to"): row.to_address,
                    ui.tr("mail.col.status"): ui.tr(f"mail.status.{row.status}"),
                    ui.tr("mail.col.attempts"): row.attempts,
                    ui.tr("mail.col.error"): row.last_error,
                }
                for row in latest
            ],
            hide_index=True,
            key="mail_log",
        )


try:
    mail_status()
except CouncilError as err:
    ui.show_error(err)
