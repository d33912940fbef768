"""Result pieces the teacher's and the pupils' views share: turnout, method, ties, chart, method comparison."""

import streamlit as st

from council import charts, results
from council.results import Results
from pages import ui

NO_TOOLBAR = {"displayModeBar": False}


def turnout(res: Results) -> None:
    """'Röstat: 23 av 27 (85 %)', blank ballots, and the small-group warning."""
    st.markdown(ui.tr("results.turnout", turnout=results.turnout_text(res, ui.lang())))
    if res.blank:
        st.caption(ui.tr("results.blank_base", n=res.blank, base=res.voters))
    if res.small_group:
        st.warning(ui.tr("results.small_group"), icon="⚠️")


def method(res: Results) -> None:
    """Which voting method the class used, which counting method decided the order, and how it works."""
    named, how = results.method_lines(res, ui.lang())
    st.markdown(f"**{named}**")
    st.caption(how)


def ties(res: Results) -> None:
    """Say out loud when proposals share a place."""
    if res.table["tied"].any():
        st.caption(ui.tr("results.tie_note"))


def chart(res: Results) -> None:
    """The ranking chart (and, for scores, for and against per proposal)."""
    if not len(res.table):
        return
    column = res.chart_column
    figure = charts.results_bar(res.table, ui.lang(), value=column, axis_key=res.described.column_key(column))
    st.plotly_chart(figure, config=NO_TOOLBAR)
    if res.described.for_against:
        st.plotly_chart(charts.score_diverging(res.table, ui.lang(), base=res.voters), config=NO_TOOLBAR)


def comparison(res: Results) -> None:
    """How the ranking would change with another way of counting — a civics lesson in one table."""
    if not len(res.table) or len(res.described.ways) < 2 or res.from_certificate:
        return
    with st.expander(ui.tr("results.compare_title")):
        table, notes = results.comparison_table(res, ui.lang())
        st.dataframe(table, hide_index=True)
        for note in notes:
            st.markdown(note)
