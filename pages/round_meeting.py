"""The follow-up meeting (återträff) on the projector: the funnel, each answered proposal one at a time in big type,
and the summary; arrow keys or the buttons move forward and back."""

import streamlit as st

from council import charts
from council.errors import CouncilError
from council.i18n import fmt_number
from council.rounds import meeting, rounds
from pages import ui, who

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

# Static style only (no user text): big type for a room of pupils and politicians, nothing but the slide.
STYLE = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header, footer {display: none !important;}
.block-container {padding-top: 1.2rem; max-width: 100%;}
.st-key-meeting_slide h1 {font-size: 3.4rem; line-height: 1.15;}
.st-key-meeting_slide p, .st-key-meeting_slide li {font-size: 1.9rem; line-height: 1.35;}
.st-key-meeting_slide [data-testid="stCaptionContainer"] p {font-size: 1.4rem; color: #333333;}
[class*="st-key-meeting_answer_"] {border-left: 1.2rem solid #444444; padding: 0.4rem 0 0.4rem 1.4rem;}
[class*="st-key-meeting_answer_"] p {font-size: 2.6rem !important; font-weight: 800;}
.st-key-meeting_answer_will_do {border-color: #1b6b3a;} .st-key-meeting_answer_will_do p {color: #1b6b3a;}
.st-key-meeting_answer_investigating {border-color: #1f5f99;} .st-key-meeting_answer_investigating p {color: #1f5f99;}
.st-key-meeting_answer_already_happening {border-color: #2f6f6f;}
.st-key-meeting_answer_already_happening p {color: #2f6f6f;}
.st-key-meeting_answer_not_now {border-color: #9a4a00;} .st-key-meeting_answer_not_now p {color: #9a4a00;}
.st-key-meeting_answer_not_ours, .st-key-meeting_answer_passed_on {border-color: #6b3fa0;}
.st-key-meeting_answer_not_ours p, .st-key-meeting_answer_passed_on p {color: #6b3fa0;}
.st-key-meeting_summary [data-testid="stMetricValue"], .st-key-meeting_summary [data-testid="stMetricValue"] * {
  font-size: 6rem !important; font-weight: 800; line-height: 1.1;}
.st-key-meeting_summary [data-testid="stMetricLabel"] * {font-size: 1.9rem !important; white-space: normal;
  overflow: visible; text-overflow: clip;}
</style>"""

actor = who.require_actor()
try:
    with ui.db_session() as db:
        shown = meeting.meeting(db, actor, rounds.get(db, st.query_params.get("round")).id)
except CouncilError as err:
    ui.show_error(err)
    st.stop()
st.html(STYLE)
last = len(shown.slides) + 1  # 0: the funnel, 1..n: the answers, n + 1: the summary
place = min(max(int(st.session_state.get("meeting_place", 0)), 0), last)


def move(step: int) -> None:
    """Button callback: the next or previous slide."""
    st.session_state.meeting_place = min(max(place + step, 0), last)


def funnel_slide() -> None:
    st.markdown(f"# {ui.plain(shown.council_round.title)}")
    st.plotly_chart(charts.funnel_chart(shown.funnel, ui.lang()), config={"displayModeBar": False})
    st.markdown(
        ui.tr(
            "round.meeting.funnel",
            **{k: int(shown.funnel.get(k) or 0) for k in ("written", "classes", "schools", "final")},
        )
    )


def answer_slide(slide: meeting.Slide, number: int) -> None:
    st.caption(ui.tr("round.meeting.counter", n=number, total=len(shown.slides), theme=ui.plain(slide.theme)))
    st.markdown(f"# {ui.plain(slide.title)}")
    st.markdown(ui.plain(slide.body))
    row = slide.row
    single = row.get("originals", 0) == 1  # "1 förslag från 1 klasser" reads wrong to a pupil
    st.caption(
        ui.tr(
            "round.meeting.provenance_one" if single else "round.meeting.provenance",
            originals=row.get("originals", 0),
            classes=row.get("classes", 0),
            schools=row.get("schools", 0),
        )
    )
    with st.container(key=f"meeting_answer_{slide.status}"):
        st.markdown(ui.tr(f"round.meeting.status.{slide.status}", committee=ui.plain(slide.committee)))
    if slide.reason:
        st.markdown(ui.plain(slide.reason))


def summary_slide() -> None:
    st.markdown(f"# {ui.tr('round.meeting.summary_title')}")
    with st.container(key="meeting_summary"):
        for column, (status, n) in zip(st.columns(len(shown.summary)), shown.summary.items(), strict=True):
            column.metric(ui.tr(f"public.status.{status}"), n)
    st.markdown(", ".join(ui.tr(f"round.meeting.sum.{status}", n=n) for status, n in shown.summary.items()) + ".")
    if shown.mean_rating is not None:
        st.markdown(ui.tr("round.meeting.rating", mean=fmt_number(shown.mean_rating, ui.lang()), n=shown.ratings))


with st.container(key="meeting_slide"):
    if place == 0:
        funnel_slide()
    elif place == last:
        summary_slide()
    else:
        answer_slide(shown.slides[place - 1], place)
back, position, forward = st.columns([1, 2, 1], vertical_alignment="center")
back.button(
    ui.tr("round.meeting.prev"),
    key="round_meeting_prev",
    on_click=move,
    args=(-1,),
    shortcut="Left",
    disabled=place == 0,
    icon=":material/arrow_back:",
)
position.caption(ui.tr("round.meeting.keys", n=place + 1, total=last + 1))
forward.button(
    ui.tr("round.meeting.next"),
    key="round_meeting_next",
    on_click=move,
    args=(1,),
    shortcut="Right",
    disabled=place == last,
    icon=":material/arrow_forward:",
)
