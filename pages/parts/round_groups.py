"""The round page's groups tab: the theme groups at a glance, making groups, and moving proposals between them."""

import pandas as pd
import streamlit as st

from council import tally
from council.auth import Actor
from council.models import User
from council.round_tables import CouncilRound, RoundStatus
from council.rounds import groups
from pages import ui


def show(actor: Actor, council_round: CouncilRound, states: list, staff: list[User], table: pd.DataFrame) -> None:
    """Each group with its counts and page; then the forms to make groups and move proposals."""
    if council_round.status == RoundStatus.open:
        st.info(ui.tr("round.groups.pool_open"), icon="ℹ️")
        return
    names = {u.id: u.display_name or u.username for u in staff}
    for state in states:
        card(state)
    if council_round.status != RoundStatus.groups:
        return
    create_form(actor, council_round, names)
    unplaced = table[table["group"] == ""]
    if len(unplaced):
        st.warning(ui.tr("round.groups.unplaced", n=len(unplaced)), icon="🧩")
        if st.button(ui.tr("round.groups.per_theme"), key="round_group_per_theme"):
            ui.apply(
                lambda db: len(groups.one_per_theme(db, actor, council_round.id, facilitator_id=actor.user_id)),
                "round.groups.made",
                counted=True,
            )
    if states and len(table):
        move_form(actor, council_round, states, table)


def card(state: groups.GroupState) -> None:
    """One group: themes, facilitator, phase, counts, and its page."""
    with st.container(border=True, key=f"round_group_{state.group.id}"):
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.markdown(f"**{ui.plain(state.group.name)}** · {ui.plain(', '.join(state.group.themes))}")
        left.caption(
            ui.tr(
                "round.groups.card",
                facilitator=ui.plain(state.facilitator),
                phase=ui.tr("phase." + state.phase),
                placed=state.placed,
                proposals=state.proposals,
                representatives=state.representatives,
                items=state.items,
                approved=state.approved,
            )
        )
        right.page_link(
            "pages/round_group.py",
            label=ui.tr("round.groups.open"),
            icon=":material/arrow_forward:",
            query_params={"group": state.group.id, "lang": ui.lang()},
        )


def create_form(actor: Actor, council_round: CouncilRound, names: dict[int, str]) -> None:
    """A new group: its name, the themes it takes (several merge them), its facilitator and voting method."""
    with st.expander(ui.tr("round.groups.new")), st.form("round_group_form", clear_on_submit=True):
        name = st.text_input(ui.tr("round.groups.name"), key="round_group_name", max_chars=groups.NAME_LIMIT)
        chosen = st.multiselect(
            ui.tr("round.groups.themes"),
            council_round.themes,
            key="round_group_themes",
            help=ui.tr("round.groups.themes_help"),
            placeholder=ui.tr("round.groups.pick"),
        )
        facilitator = st.selectbox(
            ui.tr("round.groups.facilitator"),
            list(names),
            key="round_group_facilitator",
            format_func=names.get,
            help=ui.tr("round.groups.facilitator_help"),
        )
        method = st.selectbox(
            ui.tr("sessions.field_method"), tally.methods(), key="round_group_method", format_func=ui.namer("method.")
        )
        if st.form_submit_button(ui.tr("round.groups.create"), type="primary", key="round_group_create"):
            ui.apply(
                lambda db: groups.create(
                    db, actor, council_round.id, name=name, themes=chosen, facilitator_id=facilitator, method=method
                ),
                "round.groups.created",
            )


def move_form(actor: Actor, council_round: CouncilRound, states: list, table: pd.DataFrame) -> None:
    """Move proposals into another group, e.g. to split a large theme in two."""
    titles = {int(row["nomination_id"]): f"{row['title']} ({row['group'] or '–'})" for row in table.to_dict("records")}
    targets = {s.group.id: s.group.name for s in states}
    with st.expander(ui.tr("round.groups.move")), st.form("round_move_form"):
        chosen = st.multiselect(
            ui.tr("round.groups.move_which"),
            list(titles),
            key="round_move_nominations",
            format_func=titles.get,
            placeholder=ui.tr("round.groups.pick"),
        )
        target = st.selectbox(
            ui.tr("round.groups.move_to"), list(targets), key="round_move_group", format_func=targets.get
        )
        if st.form_submit_button(ui.tr("round.groups.move_submit"), key="round_move"):
            ui.apply(
                lambda db: groups.move(db, actor, council_round.id, nomination_ids=chosen, group_id=target),
                "round.groups.moved",
                counted=True,
            )
