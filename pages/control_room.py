"""The teacher's control room for one session: code, counts, phase, moderation, results."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import live, permissions, sessions, slips
from council.errors import CouncilError
from council.models import Phase
from council.permissions import RESULT_PHASES
from pages import ui, who
from pages.parts import (
    control_arguments,
    control_codes,
    control_material,
    control_merge,
    control_moderation,
    control_phase,
    control_projector,
    control_results,
    control_themes,
    round_nomination,
    round_teacher,
)

actor = who.require_actor()
ui.show_flash()
session_id = st.query_params.get("session")
if not session_id or not session_id.isdigit():
    st.info(ui.tr("control.pick_session"), icon="ℹ️")
    st.page_link("pages/teacher_sessions.py", label=ui.tr("nav.sessions"), icon="📋")
    st.stop()
try:
    with ui.db_session() as db:
        council = sessions.owned_session(db, actor, int(session_id))
except CouncilError as err:
    ui.show_error(err)
    st.stop()
phase = Phase(council.phase)


def join_link(code: str) -> str:
    """The link pupils can open instead of typing the code."""
    return slips.join_link(ui.app_root(), code)


st.title(ui.plain(council.title))
st.markdown(f"**{ui.tr('control.question')}:** {ui.plain(council.question)}")
code_col, count_col = st.columns([2, 3])
with code_col.container(key="session_join_code", border=True):
    # After the close nobody joins: the same code opens what happened to the proposals (the progress page).
    closed = phase in RESULT_PHASES
    link = slips.progress_link(ui.app_root(), council.join_code) if closed else join_link(council.join_code)
    st.caption(ui.tr("control.progress_code" if closed else "control.join_code"))
    st.markdown(f"# {council.join_code}")
    st.markdown(ui.tr("control.join_link", link=link))  # a caption's grey link fails contrast
    ui.warn_if_local(link)


@st.fragment(run_every=3)
@ui.errors_shown()
def live_counts() -> None:
    """Joined, proposals and voted, refreshed every few seconds — never how anyone voted."""
    with ui.db_session() as db:
        now = live.counts(db, council.id)
    a, b, c = st.columns(3)
    a.metric(ui.tr("control.joined"), now.joined)
    help_text = ui.tr("control.proposals_help", pending=now.pending, rejected=now.rejected)
    b.metric(ui.tr("control.proposals"), now.published, help=help_text)
    c.metric(ui.tr("control.voted"), live.voted_text(now, ui.lang()))
    if sessions.more_joined_than_expected(council, now.joined):
        st.warning(ui.tr("control.too_many_joined", joined=now.joined, expected=council.expected_size), icon="⚠️")


with count_col:
    live_counts()

control_phase.show(actor, council)
control_projector.show(actor, council)
round_teacher.session_badge(st, council)
round_teacher.attach_box(actor, council)
if permissions.may_moderate(actor, council).allowed:
    control_moderation.show(actor, council)
    if council.kind != "group":  # a theme group merges on its group page, with provenance and kept suggestions
        control_merge.show(actor, council)
    control_arguments.show(actor, council)
elif permissions.may_see_results(actor, council).allowed:
    control_results.show(actor, council)
    if council.kind == "class" and council.round_id is not None:
        round_nomination.show(actor, council)
else:
    st.info(ui.tr("control.voting_running"), icon="🗳️")

st.divider()
background, theme_tab, codes_tab = st.tabs([ui.tr("tab.material"), ui.tr("tab.themes"), ui.tr("tab.codes")])
with background:
    control_material.show(actor, council)
with theme_tab:
    control_themes.show(actor, council)
with codes_tab:
    control_codes.show(actor, council)
