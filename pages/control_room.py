"""The teacher's control room for one session: code, counts, phase, moderation, results."""

from urllib.parse import urlencode, urlsplit

import streamlit as st

from council import charts, exports, proposals, results, sessions
from council.errors import CouncilError
from council.models import Phase
from pages import ui

actor = ui.require_actor()
ui.show_flash()
session_id = st.query_params.get("session")
if not session_id or not session_id.isdigit():
    st.info(ui.tr("control.pick_session"), icon="ℹ️")
    st.page_link("pages/teacher_sessions.py", label=ui.tr("nav.sessions"), icon="📋")
    st.stop()
try:
    with ui.db_session() as db:
        council = sessions.owned_session(db, actor, int(session_id))
        allowed, why_not = sessions.can_advance(db, council)
except CouncilError as err:
    ui.show_error(err)
    st.stop()
phase = Phase(council.phase)


def join_link(code: str) -> str:
    """The link pupils can open instead of typing the code."""
    parts = urlsplit(st.context.url or "http://localhost:8501/")
    return f"{parts.scheme}://{parts.netloc}/join?{urlencode({'code': code})}"


st.title(ui.plain(council.title))
st.markdown(f"**{ui.tr('control.question')}:** {ui.plain(council.question)}")
code_col, count_col = st.columns([2, 3])
with code_col.container(key="session_join_code", border=True):
    st.caption(ui.tr("control.join_code"))
    st.markdown(f"# {council.join_code}")
    st.caption(ui.tr("control.join_link", link=join_link(council.join_code)))


@st.fragment(run_every=3)
def live_counts() -> None:
    """Joined, proposals and voted, refreshed every few seconds — never how anyone voted."""
    with ui.db_session() as db:
        now = sessions.counts(db, council.id)
    a, b, c = st.columns(3)
    a.metric(ui.tr("control.joined"), now.joined)
    b.metric(ui.tr("control.proposals"), now.proposals, help=ui.tr("control.pending_help", n=now.pending))
    c.metric(ui.tr("control.voted"), now.voted)


with count_col:
    live_counts()

st.subheader(ui.tr("control.phase"))
st.markdown(
    " → ".join(f"**{ui.tr('phase.' + p)}**" if p == phase else ui.tr("phase." + p) for p in sessions.phases_of(council))
)
st.caption(ui.tr(f"phase_help.{phase}"))
following = sessions.next_phase(council)
if following is not None:
    if st.button(
        ui.tr("control.next", phase=ui.tr("phase." + following)), key="phase_next", type="primary", disabled=not allowed
    ):
        try:
            with ui.db_session() as db:
                sessions.advance_phase(db, actor, council.id, expected=phase)
            st.rerun()
        except CouncilError as err:
            ui.show_error(err)
    if not allowed:
        st.caption(ui.tr(why_not))


@st.fragment(run_every=5)
def moderation() -> None:
    """The queue of new proposals, with publish and reject buttons; refreshes by itself."""
    with ui.db_session() as db:
        waiting = proposals.queue(db, actor, council.id)
        on_ballot = proposals.published(db, council.id)
    st.subheader(ui.tr("control.queue", n=len(waiting)))
    if error := st.session_state.pop("moderation_error", None):
        ui.show_error(error)
    if not waiting:
        st.caption(ui.tr("control.queue_empty"))
    for proposal in waiting:
        moderation_card(proposal)
    with st.expander(ui.tr("control.published", n=len(on_ballot))):
        for proposal in on_ballot:
            st.markdown(f"- **{ui.plain(proposal.title)}** — {ui.plain(proposal.body)}")


def moderation_card(proposal) -> None:  # type: ignore[no-untyped-def]
    """One waiting proposal: its text, a reason field, publish and reject."""
    with st.form(f"moderate_{proposal.id}"):
        st.markdown(f"**{ui.plain(proposal.title)}**")
        st.markdown(ui.plain(proposal.body))
        st.text_input(ui.tr("control.reject_reason"), key=f"moderate_reason_{proposal.id}", max_chars=300)
        left, right = st.columns(2)
        left.form_submit_button(
            ui.tr("control.publish"),
            key=f"moderate_publish_{proposal.id}",
            type="primary",
            on_click=moderate,
            args=(proposals.publish, proposal.id),
        )
        right.form_submit_button(
            ui.tr("control.reject"),
            key=f"moderate_reject_{proposal.id}",
            on_click=moderate,
            args=(proposals.reject, proposal.id),
        )


def moderate(action, proposal_id: int) -> None:  # type: ignore[no-untyped-def]
    """Button callback: publish or reject, keeping any error to show on the next run."""
    extra = {"reason": st.session_state.get(f"moderate_reason_{proposal_id}", "")} if action is proposals.reject else {}
    try:
        with ui.db_session() as db:
            action(db, actor, proposal_id, **extra)
    except CouncilError as err:
        st.session_state.moderation_error = err


def results_section() -> None:
    """Turnout, the results table and chart, and the CSV download."""
    with ui.db_session() as db:
        res = results.for_teacher(db, actor, council.id)
    st.subheader(ui.tr("results.title"))
    st.markdown(ui.tr("results.turnout", turnout=results.turnout_text(res, ui.lang())))
    if res.blank:
        st.caption(ui.tr("results.blank", n=res.blank))
    if res.small_group:
        st.warning(ui.tr("results.small_group"), icon="⚠️")
    with st.container(key="results_table"):
        st.dataframe(results.display_table(res, ui.lang()), hide_index=True)
    if len(res.table):
        st.plotly_chart(charts.results_bar(res.table, ui.lang()), config={"displayModeBar": False})
    st.download_button(
        ui.tr("export.csv"),
        exports.results_csv(res.table, ui.lang()),
        key="export_csv",
        file_name=f"klimatradet-{council.join_code}-resultat.csv",
        mime="text/csv",
    )


if phase in sessions.MODERATION_PHASES:
    moderation()
elif phase in sessions.RESULT_PHASES:
    results_section()
else:
    st.info(ui.tr("control.voting_running"), icon="🗳️")
