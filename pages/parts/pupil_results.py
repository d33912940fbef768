"""The class's result for pupils: the top proposals in plain words, and a chart."""

import streamlit as st

from council import results
from council.sessions import Pupil
from pages import ui
from pages.parts import result_views


def show(pupil: Pupil) -> None:
    """The pupil-friendly results view."""
    with ui.db_session() as db:
        res = results.for_pupil(db, pupil=pupil)
    st.subheader(ui.tr("pupil.results_title"))
    result_views.turnout(res)
    result_views.method(res)
    for _, row in res.table[res.table["rank"] <= 3].iterrows():  # a tie for third keeps every tied proposal
        place = {"rank": row["rank"], "title": ui.plain(row["title"])}
        if figure := results.row_figure(res, row, ui.lang()):
            st.markdown(ui.tr("pupil.result_row_figure", figure=figure, **place))
        else:
            st.markdown(ui.tr("pupil.result_row", **place))
    result_views.ties(res)
    result_views.chart(res)
    result_views.comparison(res)
