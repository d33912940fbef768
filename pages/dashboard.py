"""The priorities dashboard across all forwarded reports: filters, charts, the table, exports."""

from pages import startup

startup.leave_folder_page_mode()  # first of all: the first run after a server start may skip app.py

import streamlit as st

from council import dashboard, dashboard_charts
from council.errors import CouncilError
from pages import ui, who
from pages.parts import deadlines_view

actor = who.require_actor()
st.title(ui.tr("dashboard.title"))
try:
    with ui.db_session() as db:
        table, suppressed = dashboard.priorities(db, actor)
        overdue = dashboard.overdue_by_committee(db, actor)
        soon = dashboard.due_soon(db, actor)
except CouncilError as err:
    ui.show_error(err)
    st.stop()

deadlines_view.show(overdue, soon)
if suppressed:
    st.caption(ui.tr("dashboard.suppressed", n=suppressed))
if table.empty:
    st.info(ui.tr("dashboard.empty"), icon="ℹ️")
    st.stop()

PICK = {"placeholder": ui.tr("common.choose"), "select_all": False}  # Swedish, and no English "Select all"
DATES = "YYYY-MM-DD"  # not "2026/12/01"
with st.expander(ui.tr("dashboard.filters"), expanded=True):
    a, b, c, d = st.columns(4)
    choose = {column: sorted(set(table[column]) - {""}) for column in ("school", "class_label", "theme", "addressee")}
    filters = dashboard.Filters(
        schools=tuple(a.multiselect(ui.tr("dashboard.column.school"), choose["school"], key="filter_school", **PICK)),
        classes=tuple(
            b.multiselect(ui.tr("dashboard.column.class_label"), choose["class_label"], key="filter_class", **PICK)
        ),
        themes=tuple(c.multiselect(ui.tr("dashboard.column.theme"), choose["theme"], key="filter_theme", **PICK)),
        addressees=tuple(
            d.multiselect(ui.tr("dashboard.column.addressee"), choose["addressee"], key="filter_addressee", **PICK)
        ),
        since=st.date_input(ui.tr("dashboard.since"), value=min(table["date"]), key="filter_since", format=DATES),
        until=st.date_input(ui.tr("dashboard.until"), value=max(table["date"]), key="filter_until", format=DATES),
    )
shown = dashboard.apply_filters(table, filters)
st.subheader(ui.tr("dashboard.top"))
st.dataframe(dashboard.translated(dashboard.top_proposals(shown), ui.lang()), hide_index=True)
left, right = st.columns(2)
CHART = {"config": {"displayModeBar": False}}  # plotly's toolbar speaks English only
left.plotly_chart(dashboard_charts.theme_support_bar(dashboard.theme_support(shown), ui.lang()), **CHART)
right.plotly_chart(dashboard_charts.status_bar(dashboard.status_counts(shown), ui.lang()), **CHART)
st.plotly_chart(dashboard_charts.themes_over_time(dashboard.themes_over_time(shown), ui.lang()), **CHART)
st.subheader(ui.tr("dashboard.all"))
st.dataframe(dashboard.translated(shown, ui.lang()), hide_index=True)
one, two = st.columns(2)
one.download_button(
    ui.tr("dashboard.csv"), dashboard.to_csv(shown, ui.lang()), "prioriteringar.csv", "text/csv", key="dashboard_csv"
)
two.download_button(
    ui.tr("dashboard.xlsx"),
    dashboard.to_xlsx(shown, ui.lang()),
    "prioriteringar.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="dashboard_xlsx",
)
