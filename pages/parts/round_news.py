"""What became of a class's proposals in the municipal round, for its pupils (progress page) and its teacher."""

import streamlit as st

from council.i18n import fmt_date
from council.rounds.backtrack import ClassRound
from pages import ui


def fates(news: ClassRound | None) -> None:
    """One box per proposal the class sent: where it went, what it became part of, and the answer."""
    if news is None:
        return
    if not news.sent:
        st.caption(ui.tr("round.news.not_sent", title=ui.plain(news.title)))
        return
    for fate in news.fates:
        with st.container(border=True):
            st.markdown(ui.tr("round.news.yours", title=ui.plain(fate.title)))
            if fate.merged:
                st.markdown(ui.tr("round.news.became", title=ui.plain(fate.became)))
            if fate.answer is None:  # an answer says who answered itself
                st.markdown(
                    ui.tr(
                        f"round.news.stage.{fate.stage}",
                        committee=ui.plain(fate.committee),
                        to=ui.plain(fate.passed_to),
                    )
                )
            if fate.answer is not None:
                st.markdown(ui.tr(f"progress.status.{fate.answer.status}", committee=ui.plain(fate.committee)))
                st.write(ui.plain(fate.answer.text))
                st.caption(fmt_date(fate.answer.answered_at, ui.lang()))


def section(news: ClassRound | None) -> None:
    """The round's part of the progress page: a heading and the fates."""
    if news is None:
        return
    st.subheader(ui.tr("round.news.heading", title=ui.plain(news.title)))
    fates(news)
