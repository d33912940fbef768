"""'Ni sa – vi gjorde': pupils read what the committees answered, with their session code; and rate the answers."""

import streamlit as st

from council import progress
from council.errors import CouncilError
from council.i18n import fmt_date, fmt_number
from council.rounds import backtrack
from pages import ui, who
from pages.parts import round_news

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

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
        news = progress.progress_for_code(db, code=code)
        in_round = backtrack.for_code(db, code=code)
except CouncilError as err:
    ui.show_error(err)
    st.stop()

st.header(ui.plain(news.question))
round_news.section(in_round)
if in_round is not None and news.proposals:
    st.subheader(ui.tr("round.news.own_report"))
if not news.forwarded and in_round is None:
    st.info(ui.tr("progress.not_yet"), icon="⏳")
for item in news.proposals:
    with st.container(border=True):
        st.markdown(f"**{item.rank}. {ui.plain(item.title)}**")
        if not item.answers:
            st.write(ui.tr("progress.waiting"))
        for committee, answer in item.answers:
            st.markdown(ui.tr(f"progress.status.{answer.status}", committee=ui.plain(committee)))
            st.write(ui.plain(answer.text))
            if answer.passed_to:
                st.caption(ui.tr("progress.passed_to", to=ui.plain(answer.passed_to)))
            st.caption(fmt_date(answer.answered_at, ui.lang()))
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
if pupil is not None and (news.forwarded or (in_round is not None and in_round.forwarded)):
    with st.form("rating"):
        score = st.slider(ui.tr("progress.rate"), 0, 10, 5, key="rating_score", help=ui.tr("progress.rate_help"))
        rated = st.form_submit_button(ui.tr("progress.rate_submit"), key="rating_submit")
    if rated:
        try:
            with ui.db_session() as db:
                progress.rate(db, pupil=pupil, score=int(score))
            st.success(ui.tr("progress.thanks"), icon="✅")
        except CouncilError as err:
            ui.show_error(err)
