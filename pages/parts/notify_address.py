"""Where one's reminders go: a member or teacher sets their own notification address."""

import streamlit as st

from council import accounts_mail
from council.auth import Actor
from council.errors import CouncilError
from pages import ui


def own_address(actor: Actor) -> None:
    """An expander with the account's notification address and a form to change it."""
    with ui.db_session() as db:
        current = accounts_mail.notification_address(db, actor, actor.user_id)
    with st.expander(ui.tr("notify.title")):
        st.caption(ui.tr("notify.help"))
        st.text(ui.tr("notify.current", address=current or ui.tr("notify.none")))
        with st.form("notify_address"):
            typed = st.text_input(
                ui.tr("notify.address"), key="notify_email", max_chars=254, placeholder="namn@kommun.se"
            )
            saved = st.form_submit_button(ui.tr("notify.save"), key="notify_save")
        if saved:
            try:
                with ui.db_session() as db:
                    accounts_mail.set_notification_address(db, actor, actor.user_id, address=typed)
                st.success(ui.tr("notify.saved"), icon="✅")
            except CouncilError as err:
                ui.show_error(err)
