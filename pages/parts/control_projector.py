"""The control room's way to the classroom screen: the projector link and the phase countdown."""

import streamlit as st

from council import projector
from council.auth import Actor
from council.errors import CouncilError
from council.models import CouncilSession
from pages import ui


def show(actor: Actor, council: CouncilSession) -> None:
    """Open the projector view; start or clear a countdown for this phase."""
    left, right = st.columns([2, 3], vertical_alignment="bottom")
    left.page_link(
        "pages/projector.py",
        label=ui.tr("projector.open"),
        icon=":material/tv:",
        query_params={"session": council.id, "lang": ui.lang()},
    )
    minutes = right.number_input(
        ui.tr("countdown.minutes"),
        min_value=0,
        max_value=projector.MAX_MINUTES,
        value=10,
        key="countdown_minutes",
        help=ui.tr("countdown.help"),
    )
    if right.button(ui.tr("countdown.start"), key="countdown_start"):
        try:
            with ui.db_session() as db:
                projector.start_countdown(db, actor, council.id, minutes=int(minutes))
            ui.flash("countdown.started" if minutes else "countdown.cleared", n=int(minutes))
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)
