"""'Ni sa – vi gjorde': pupils read, with their session code, which committee has each proposal, by when, and
what it answered; voters rate the answers with the rating code from their receipt."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import gate, progress
from council.deadlines import Standing, overdue_since
from council.errors import CouncilError
from council.i18n import fmt_date, fmt_number
from council.rounds import backtrack
from pages import ui, who
from pages.parts import round_news
from pages.parts.answer_case import decision_line

st.title(ui.tr("progress.title"))
pupil = who.current_pupil()
code = st.query_params.get("code", "")
if pupil is None:
    with st.form("progress"):
        code = st.text_input(
            ui.tr("join.code_label"), value=code, key="progress_code", max_chars=12, placeholder="ABC234"
        )
        st.form_submit_button(ui.tr("progress.submit"), type="primary", key="progress_submit")
if not code and pupil is None:
    st.caption(ui.tr("progress.intro"))
    st.stop()
try:
    with ui.db_session() as db:
        code = code or progress.code_of(db, pupil=pupil)
        news = gate.progress_for_code(db, code=code, client=who.client() if pupil is None else None)
        in_round = backtrack.for_code(db, code=code)
except CouncilError as err:
    ui.show_error(err)
    st.stop()


def standing_line(holder: progress.Holder) -> str:
    """'Tekniska nämnden: inte besvarat än – svar senast 2 juni 2027', or overdue since …"""
    state, lang = holder.state, ui.lang()
    if state.standing == Standing.overdue:
        return ui.tr(
            "progress.overdue", committee=holder.committee, since=fmt_date(overdue_since(state.deadline), lang)
        )
    if state.standing == Standing.withdrawn:
        return ui.tr("progress.withdrawn", committee=holder.committee)
    return ui.tr("progress.due", committee=holder.committee, deadline=fmt_date(state.deadline, lang))


def show_answer(holder: progress.Holder) -> None:
    """One committee's latest answer, its decision and when it was given."""
    answer = holder.answer
    st.markdown(ui.tr(f"progress.status.{answer.status}", committee=ui.plain(holder.committee)))
    st.write(ui.plain(answer.text))
    if answer.passed_to:
        st.caption(ui.tr("progress.passed_to", to=ui.plain(answer.passed_to)))
    if line := decision_line(answer):
        st.markdown(f"**{ui.plain(line)}**")
    st.caption(ui.tr("progress.answered_on", date=fmt_date(answer.answered_at, ui.lang())))


st.header(ui.plain(news.question))
round_news.section(in_round)
if in_round is not None and news.proposals:
    st.subheader(ui.tr("round.news.own_report"))
if not news.forwarded and in_round is None:
    st.info(ui.tr("progress.not_yet"), icon="⏳")
for item in news.proposals:
    with st.container(border=True):
        st.markdown(f"**{item.rank}. {ui.plain(item.title)}**")
        if news.forwarded and not item.holders:
            st.write(ui.tr("progress.not_sent"))
        for holder in item.holders:
            if holder.answer is None:
                st.markdown(ui.plain(standing_line(holder)))
            else:
                show_answer(holder)
        if item.earlier:
            with st.expander(ui.tr("progress.earlier", n=len(item.earlier))):
                for committee, older in item.earlier:
                    line = ui.tr(
                        "progress.earlier_line",
                        date=fmt_date(older.answered_at, ui.lang()),
                        committee=ui.plain(committee),
                        status=ui.tr(f"answer.status.{older.status}"),
                    )
                    st.markdown(f"{line}  \n{ui.plain(older.text)}")
if news.mean_rating is not None:
    st.metric(
        ui.tr("progress.mean_rating"),
        fmt_number(news.mean_rating, ui.lang()),
        help=ui.tr("progress.ratings", n=news.ratings),
    )
if news.forwarded or (in_round is not None and in_round.forwarded):
    st.subheader(ui.tr("progress.rate_title"))
    st.caption(ui.tr("progress.rate_intro"))
    with st.form("rating"):
        typed = st.text_input(
            ui.tr("progress.rating_code"),
            value=st.session_state.get("rating_code", ""),
            key="progress_rating_code",
            max_chars=12,
            placeholder="ABCD-EFGH",
        )
        score = st.slider(ui.tr("progress.rate"), 0, 10, 5, key="rating_score", help=ui.tr("progress.rate_help"))
        rated = st.form_submit_button(ui.tr("progress.rate_submit"), key="progress_rate_submit")
    if rated:
        try:
            with ui.db_session() as db:
                gate.rate(db, class_code=code, rating_code=typed, score=int(score), client=who.client())
            st.session_state.pop("rating_code", None)
            st.success(ui.tr("progress.thanks"), icon="✅")
        except CouncilError as err:
            ui.show_error(err)
