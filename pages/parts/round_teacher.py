"""Where the municipal round meets a teacher's own screens: open rounds, creating or attaching a class session,
and a session's round badge."""

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from council.auth import Actor
from council.i18n import fmt_date
from council.models import CouncilSession, Phase
from council.round_tables import CouncilRound
from council.rounds import groups, rounds
from pages import ui


def open_rounds_notice(open_rounds: list[CouncilRound]) -> None:
    """Tell the teacher which rounds their school takes part in, and how to join."""
    for council_round in open_rounds:
        until = fmt_date(council_round.propose_until, ui.lang()) if council_round.propose_until else "–"
        st.info(
            ui.tr("round.teacher.open", title=ui.plain(council_round.title), until=until, n=council_round.per_class),
            icon="🏛️",
        )


def round_field(open_rounds: list[CouncilRound]) -> int | None:
    """In the new-session form: make the session part of an open round (it takes the round's question and themes)."""
    if not open_rounds:
        return None
    titles = {r.id: r.title for r in open_rounds}
    return st.selectbox(
        ui.tr("round.teacher.field"),
        [None, *titles],
        key="new_session_round",
        format_func=lambda rid: ui.tr("round.teacher.alone") if rid is None else titles[rid],
        help=ui.tr("round.teacher.field_help"),
    )


def session_badge(column: DeltaGenerator, council: CouncilSession) -> None:
    """A caption saying the session belongs to a round; a theme group's session links to its group page."""
    if council.round_id is None:
        return
    with ui.db_session() as db:
        council_round = rounds.of_session(db, council)
        group = next((g for g in groups.groups_of_session(db, council.id)), None)
    if group is not None:
        column.page_link(
            "pages/round_group.py",
            label=ui.tr("round.teacher.group", name=group.name),
            icon=":material/groups:",
            query_params={"group": group.id, "lang": ui.lang()},
        )
    elif council_round is not None:
        column.caption(ui.tr("round.teacher.part_of", title=ui.plain(council_round.title)))


def attach_box(actor: Actor, council: CouncilSession) -> None:
    """In the control room: put a class session that is not in a round into an open one, before its vote closes."""
    if council.kind != "class" or council.round_id is not None or Phase(council.phase) not in rounds.ATTACH_PHASES:
        return
    with ui.db_session() as db:
        open_rounds = rounds.open_for_teacher(db, actor) if actor.role != "coordinator" else []
    if not open_rounds:
        return
    titles = {r.id: r.title for r in open_rounds}
    with st.expander(ui.tr("round.teacher.attach_title")):
        st.caption(ui.tr("round.teacher.attach_help"))
        chosen = st.selectbox(
            ui.tr("round.teacher.field"), list(titles), key="round_attach_round", format_func=titles.get
        )
        if st.button(ui.tr("round.teacher.attach"), key="round_attach"):
            ui.apply(lambda db: rounds.attach(db, actor, council.id, chosen), "round.teacher.attached")
