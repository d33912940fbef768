"""The discuss phase: every published proposal with its arguments for and against, and a way to add one."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council import arguments, live, proposals
from council.errors import CouncilError
from council.models import Argument, Proposal
from council.rounds import provenance
from council.sessions import Pupil
from pages import ui
from pages.parts import pupil_propose


def show(pupil: Pupil) -> None:
    """Proposals with both sides and their counts; the pupil's own proposals below."""
    in_group = live.council(ui.engine(), pupil.session_id).kind == "group"
    with ui.db_session() as db:
        shown = proposals.published(db, pupil.session_id)
        sides = arguments.all_sides(db, pupil.session_id)
        own = arguments.mine(db, pupil=pupil)
        origins = provenance.by_destination(db, [pupil.session_id]) if in_group else {}
    st.subheader(ui.tr("discuss.title"))
    st.caption(ui.tr("discuss.intro"))
    if sum(own.values()):
        st.caption(ui.tr("discuss.mine", **{k: own.get(k, 0) for k in ("pending", "published", "rejected")}))
    for proposal in shown:
        card(pupil, proposal, sides[proposal.id], origins.get(proposal.id))
    pupil_propose.my_proposals(pupil)


def card(pupil: Pupil, proposal: Proposal, found: arguments.Sides, origin: provenance.Provenance | None = None) -> None:
    """One proposal: its text (in a theme group: the classes and schools behind it), both sides, a new argument."""
    with st.container(border=True, key=f"discuss_{proposal.id}"):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        st.caption(f"{ui.plain(proposal.theme)} · {ui.tr('addressee.' + proposal.addressee)}")
        if origin is not None:
            st.caption(
                ui.tr("round.discuss.from", classes=origin.classes, schools=ui.plain(", ".join(origin.school_names)))
            )
        pro, con = st.columns(2)
        side_list(pro, ui.tr("discuss.for", n=len(found.pros)), found.pros)
        side_list(con, ui.tr("discuss.against", n=len(found.cons)), found.cons)
        argument_form(pupil, proposal.id)


def side_list(column: DeltaGenerator, heading: str, found: list[Argument]) -> None:
    """One side's arguments as plain text."""
    column.markdown(f"**{heading}**")
    for argument in found:
        column.markdown(f"- {ui.plain(argument.text)}")


def argument_form(pupil: Pupil, proposal_id: int) -> None:
    """For or against, and up to 280 characters."""
    with st.form(f"argument_{proposal_id}", clear_on_submit=True):
        side = st.radio(
            ui.tr("discuss.side"),
            arguments.SIDES,
            key=f"argument_side_{proposal_id}",
            horizontal=True,
            format_func=ui.namer("discuss.side."),
        )
        text = st.text_area(
            ui.tr("discuss.text"), key=f"argument_text_{proposal_id}", max_chars=arguments.TEXT_LIMIT, height=80
        )
        sent = st.form_submit_button(ui.tr("discuss.submit"), key=f"argument_submit_{proposal_id}")
    if sent:
        try:
            with ui.db_session() as db:
                arguments.add(db, pupil=pupil, proposal_id=proposal_id, side=side, text=text)
            st.success(ui.tr("discuss.sent"), icon="✅")
        except CouncilError as err:
            ui.show_error(err)
