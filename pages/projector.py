"""The classroom screen: join code and QR, question, phase, live counts, countdown; results after close."""

import streamlit as st

from council import charts, permissions, projector, results, sessions, slips
from council.errors import CouncilError
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

# Static style only (no user text): big type, high contrast, nothing but the screen itself.
STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header, footer {display: none !important;}
.stApp {background: #ffffff; color: #000000;}
.block-container {padding-top: 1rem; max-width: 100%;}
.st-key-session_join_code p {font-size: 9rem; font-weight: 800; letter-spacing: .5rem; line-height: 1.1; margin: 0;}
.st-key-projector_question p {font-size: 2.6rem; font-weight: 700; line-height: 1.2;}
.st-key-projector_phase p {font-size: 2rem;}
.st-key-projector_counts [data-testid="stMetricValue"] {font-size: 5rem; font-weight: 800;}
.st-key-projector_counts [data-testid="stMetricLabel"] p {font-size: 1.8rem;}
.st-key-projector_countdown p {font-size: 5rem; font-weight: 800; color: #a3123a;}
</style>"""

actor = who.require_actor()
session_id = st.query_params.get("session")
if not session_id or not session_id.isdigit():
    st.info(ui.tr("control.pick_session"), icon="ℹ️")
    st.stop()
try:
    with ui.db_session() as db:
        council = sessions.owned_session(db, actor, int(session_id))
except CouncilError as err:
    ui.show_error(err)
    st.stop()
st.html(STYLE)
link = slips.join_link(st.context.url or "", council.join_code)
code_col, qr_col = st.columns([3, 1], vertical_alignment="center")
with code_col.container(key="session_join_code"):
    st.markdown(council.join_code if not council.one_time_codes else ui.tr("projector.use_slip"))
if not council.one_time_codes:
    with qr_col:
        ui.image_with_alt(slips.qr_png(link, scale=10), ui.tr("projector.qr_caption"))
    # Plain dark text, not a link: grey link text on the projector fails contrast and nobody clicks it there.
    qr_col.markdown(f"**{ui.plain(link)}**")
with st.container(key="projector_question"):
    st.markdown(ui.plain(council.question))


@st.fragment(run_every=2)
@ui.errors_shown()
def live() -> None:
    """Phase, counts and countdown, refreshed every two seconds; the results only once the vote is closed."""
    with ui.db_session() as db:
        council_now = sessions.owned_session(db, actor, council.id)
        screen = projector.screen(db, actor, council.id)
        res = results.for_teacher(db, actor, council.id) if screen.show_results else None
    with st.container(key="projector_phase"):
        st.markdown(f"{ui.tr('control.phase')}: **{ui.tr('phase.' + council_now.phase)}**")
    if screen.seconds_left is not None:
        with st.container(key="projector_countdown"):
            clock = f"{screen.seconds_left // 60}:{screen.seconds_left % 60:02d}"
            st.markdown(ui.tr("projector.time_left", clock=clock))
    with st.container(key="projector_counts"):
        cols = st.columns(4)
        for column, label, value in zip(
            cols,
            ("control.joined", "control.proposals", "projector.arguments", "control.voted"),
            (screen.joined, screen.proposals, screen.arguments, screen.voted),
            strict=True,
        ):
            column.metric(ui.tr(label), value)
    if res is not None and len(res.table) and permissions.results_shown(council_now).allowed:
        with st.container(key="projector_results"):
            column = res.chart_column
            figure = charts.results_bar(res.table, ui.lang(), value=column, axis_key=res.described.column_key(column))
            st.plotly_chart(figure, config={"displayModeBar": False})


live()
