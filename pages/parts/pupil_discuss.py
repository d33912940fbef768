"""The discuss phase: every published proposal with its arguments for and against, a way to mark the ones
that convince you, and a way to add one."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council import arguments, live, marks, proposals
from council.errors import CouncilError, WrongPhase
from council.models import Argument, Proposal
from council.rounds import provenance
from council.sessions import Pupil
from pages import ui
from pages.parts import pupil_notices, pupil_propose


def show(pupil: Pupil) -> None:
    """Proposals with both sides and their counts; the pupil's own proposals below."""
    in_group = live.council(ui.engine(), pupil.session_id).kind == "group"
    with ui.db_session() as db:
        shown = proposals.published(db, pupil.session_id)
        sides = arguments.all_sides(db, pupil.session_id)
        own = arguments.mine(db, pupil=pupil)
        listed = [a.id for found in sides.values() for a in found.pros + found.cons]
        chosen = marks.marked(db, pupil=pupil, argument_ids=listed)
        origins = provenance.by_destination(db, [pupil.session_id]) if in_group else {}
    st.subheader(ui.tr("discuss.title"))
    st.caption(ui.tr("discuss.intro"))
    if listed:
        st.caption(ui.tr("marks.intro"))
    if error := st.session_state.pop("mark_error", None):
        ui.show_error(error)
    if sum(own.values()):
        st.caption(ui.tr("discuss.mine", **{k: own.get(k, 0) for k in ("pending", "published", "rejected")}))
    for proposal in shown:
        card(pupil, proposal, sides[proposal.id], chosen, origins.get(proposal.id))
    pupil_propose.my_proposals(pupil)


def card(
    pupil: Pupil,
    proposal: Proposal,
    found: arguments.Sides,
    chosen: set[int],
    origin: provenance.Provenance | None = None,
) -> None:
    """One proposal: its text (in a theme group: the classes and schools behind it), both sides with their mark
    buttons, a new argument."""
    with st.container(border=True, key=f"discuss_{proposal.id}"):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        st.caption(f"{ui.plain(proposal.theme)} · {ui.tr('addressee.' + proposal.addressee)}")
        if origin is not None:
            st.caption(
                ui.tr("round.discuss.from", classes=origin.classes, schools=ui.plain(", ".join(origin.school_names)))
            )
        pro, con = st.columns(2)
        side_list(pro, ui.tr("discuss.for", n=len(found.pros)), found.pros, pupil, chosen)
        side_list(con, ui.tr("discuss.against", n=len(found.cons)), found.cons, pupil, chosen)
        argument_form(pupil, proposal.id)


def side_list(column: DeltaGenerator, heading: str, found: list[Argument], pupil: Pupil, chosen: set[int]) -> None:
    """One side's arguments as plain text, each with its button to mark it as convincing (not one's own)."""
    column.markdown(f"**{heading}**")
    for argument in found:
        column.markdown(f"- {ui.plain(argument.text)}")
        if argument.author_id == pupil.participant_id:
            column.caption(ui.tr("marks.yours"))
            continue
        done = argument.id in chosen
        column.button(
            ui.tr("marks.undo" if done else "marks.mark"),
            key=f"mark_{argument.id}",
            icon=":material/check_circle:" if done else ":material/thumb_up:",  # drawn by Streamlit's own font
            type="primary" if done else "secondary",
            on_click=toggle_mark,
            args=(pupil, argument.id, done),
        )


def toggle_mark(pupil: Pupil, argument_id: int, done: bool) -> None:
    """Button callback: mark the argument, or take the mark back; an error is shown on the redrawn page."""
    try:
        with ui.db_session() as db:
            (marks.unmark if done else marks.mark)(db, pupil=pupil, argument_id=argument_id)
    except CouncilError as err:
        st.session_state.mark_error = err


def argument_form(pupil: Pupil, proposal_id: int) -> None:
    """For or against, and up to 280 characters (no max_chars: a pasted text is refused with its length, not cut);
    the text stays when it cannot be sent (e.g. a limit was reached)."""
    with st.form(f"argument_{proposal_id}"):
        st.radio(
            ui.tr("discuss.side"),
            arguments.SIDES,
            key=f"argument_side_{proposal_id}",
            horizontal=True,
            format_func=ui.namer("discuss.side."),
        )
        st.text_area(ui.tr("discuss.text"), key=f"argument_text_{proposal_id}", height=80)
        st.form_submit_button(
            ui.tr("discuss.submit"), key=f"argument_submit_{proposal_id}", on_click=send, args=(pupil, proposal_id)
        )
    if outcome := st.session_state.pop(f"argument_outcome_{proposal_id}", None):
        if isinstance(outcome, CouncilError):
            ui.show_error(outcome)
        else:
            st.success(ui.tr("discuss.sent"), icon="✅")


def send(pupil: Pupil, proposal_id: int) -> None:
    """Submit callback: send the argument; empty the text only once it is stored; if the phase moved on, keep it."""
    state = st.session_state
    text = state.get(f"argument_text_{proposal_id}", "")
    try:
        with ui.db_session() as db:
            arguments.add(
                db, pupil=pupil, proposal_id=proposal_id, side=state.get(f"argument_side_{proposal_id}"), text=text
            )
    except WrongPhase:
        pupil_notices.keep("pupil.unsent.argument", text)
        return
    except CouncilError as err:
        state[f"argument_outcome_{proposal_id}"] = err
        return
    state[f"argument_text_{proposal_id}"] = ""
    state[f"argument_outcome_{proposal_id}"] = "sent"
