"""The teacher's results: turnout, table, chart, method comparison and the CSV download."""

import streamlit as st

from council import exports, results
from council.auth import Actor
from council.models import CouncilSession
from pages import ui
from pages.parts import result_views


def show(actor: Actor, council: CouncilSession) -> None:
    """Everything the teacher needs once the vote is closed."""
    with ui.db_session() as db:
        res = results.for_teacher(db, actor, council.id)
    st.subheader(ui.tr("results.title"))
    st.page_link(
        "pages/report.py",
        label=ui.tr("report.open"),
        icon=":material/description:",
        query_params={"session": council.id, "lang": ui.lang()},
    )
    result_views.turnout(res)
    result_views.method(res)
    with st.container(key="results_table"):
        st.dataframe(results.display_table(res, ui.lang()), hide_index=True)
    result_views.ties(res)
    result_views.chart(res)
    result_views.comparison(res)
    if res.described.pairwise and len(res.table) > 1 and not res.from_certificate:
        with st.expander(ui.tr("results.pairwise")):
            st.caption(ui.tr("results.pairwise_help"))
            st.dataframe(results.pairwise_table(res, ui.lang()))
    excel, data = st.columns(2)
    excel.download_button(
        ui.tr("export.csv"),
        exports.results_csv(res.table, ui.lang(), method=res.method, params=res.params),
        key="export_csv",
        file_name=f"klimatradet-{council.join_code}-resultat.csv",
        mime="text/csv",
        help=ui.tr("report.download_help.csv"),
    )
    data.download_button(
        ui.tr("export.csv_data"),
        exports.results_csv(res.table, ui.lang(), method=res.method, params=res.params, for_data=True),
        key="export_csv_data",
        file_name=f"klimatradet-{council.join_code}-resultat-data.csv",
        mime="text/csv",
        help=ui.tr("report.download_help.csv_data"),
    )
