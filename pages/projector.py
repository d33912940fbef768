"""The classroom screen: join code and QR, question, phase, live counts, countdown; in the learn phase the
background, in the discuss phase the proposals with their argument counts; results after close."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import charts, permissions, projector, results, sessions, slips
from council.errors import CouncilError
from council.models import Phase
from council.text import teacher_html
from pages import ui, who

# Static style only (no user text): big type, high contrast, nothing but the screen itself.
STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header, footer {display: none !important;}
.stApp {background: #ffffff; color: #000000;}
.block-container {padding-top: 1rem; max-width: 100%;}
.st-key-session_join_code p {font-size: 9rem; font-weight: 800; letter-spacing: .5rem; line-height: 1.1; margin: 0;}
.st-key-projector_question p {font-size: 2.6rem; font-weight: 700; line-height: 1.2;}
.st-key-projector_phase p {font-size: 2rem;}
.st-key-projector_counts [data-testid="stMetricValue"] {font-size: 5rem; font-weight: 800;}
.st-key-projector_counts [data-testid="stMetricValue"] * {overflow: visible; text-overflow: clip;}
.st-key-projector_counts [data-testid="stMetricLabel"] p {font-size: 1.8rem;}
.st-key-projector_countdown p {font-size: 5rem; font-weight: 800; color: #a3123a;}
.st-key-projector_background p, .st-key-projector_background li {font-size: 1.9rem; line-height: 1.35;}
.st-key-projector_background h3 {font-size: 2.6rem;}
.st-key-projector_discussion p {font-size: 2.2rem; line-height: 1.3; margin: 0;}
</style>"""
BIG_CHART = {"config": {"displayModeBar": False, "staticPlot": True}, "theme": None}

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
phase = Phase(council.phase)
st.html(STYLE)
link = slips.join_link(ui.app_root(), council.join_code)
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
    """Phase, counts and countdown, refreshed every two seconds; a new phase redraws the whole screen."""
    with ui.db_session() as db:
        screen = projector.screen(db, actor, council.id)
        now = sessions.owned_session(db, actor, council.id).phase
    if Phase(now) != phase:
        st.rerun(scope="app")
    with st.container(key="projector_phase"):
        st.markdown(f"{ui.tr('control.phase')}: **{ui.tr('phase.' + phase)}**")
    if screen.seconds_left is not None:
        with st.container(key="projector_countdown"):
            clock = f"{screen.seconds_left // 60}:{screen.seconds_left % 60:02d}"
            st.markdown(ui.tr("projector.time_left", clock=clock))
    voted = ui.tr("common.n_of_total", count=screen.voted, total=screen.joined)
    with st.container(key="projector_counts"):
        for column, label, value in zip(
            st.columns([1, 1, 1, 1.6]),  # "25 av 26" needs the room
            ("control.joined", "control.proposals", "projector.arguments", "control.voted"),
            (screen.joined, screen.proposals, screen.arguments, voted),
            strict=True,
        ):
            column.metric(ui.tr(label), value)


@st.fragment(run_every=5)
def discussion() -> None:
    """The published proposals, each with how many argue for and against (published arguments only)."""
    with ui.db_session() as db:
        shown = projector.discussion(db, actor, council.id)
    with st.container(key="projector_discussion"):
        for item in shown:
            with st.container(border=True):
                counts = ui.tr("projector.argument_counts", pros=item.pros, cons=item.cons)
                st.markdown(f"**{ui.plain(item.title)}**  \n{counts}")


def background() -> None:
    """The teacher's background, large: text, links and the chart of its figures."""
    with ui.db_session() as db:
        found = projector.background(db, actor, council.id)
    with st.container(key="projector_background"):
        for material in found:
            st.markdown(f"### {ui.plain(material.title)}")
            if material.body:
                st.html(teacher_html(material.body))  # rendered, then cleaned by an allow-list (council/text.py)
            for item in material.links:
                st.markdown(f"- {ui.plain(item['label'])}")
            frame = projector.figures_of(material)
            if frame is not None:
                figure = charts.figures_chart(frame, x=material.chart_x, ys=material.chart_y, title="", lang=ui.lang())
                st.plotly_chart(charts.for_projector(figure), key=f"projector_chart_{material.id}", **BIG_CHART)


live()
if phase == Phase.learn:
    background()
elif phase == Phase.discuss:
    discussion()
elif permissions.results_shown(council).allowed:
    with ui.db_session() as db:
        res = results.for_teacher(db, actor, council.id)
    if len(res.table):
        with st.container(key="projector_results"):
            column = res.chart_column
            figure = charts.results_bar(res.table, ui.lang(), value=column, axis_key=res.described.column_key(column))
            st.plotly_chart(charts.for_projector(figure), **BIG_CHART)
