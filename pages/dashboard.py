"""The priorities dashboard across all forwarded reports: filters, charts, the table, exports."""

import streamlit as st

from council import dashboard, dashboard_charts
from council.errors import CouncilError
from pages import ui, who
from pages.parts import deadlines_view

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

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

with st.expander(ui.tr("dashboard.filters"), expanded=True):
    a, b, c, d = st.columns(4)
    choose = {column: sorted(set(table[column]) - {""}) for column in ("school", "class_label", "theme", "addressee")}
    filters = dashboard.Filters(
        schools=tuple(a.multiselect(ui.tr("dashboard.column.school"), choose["school"], key="filter_school")),
        classes=tuple(b.multiselect(ui.tr("dashboard.column.class_label"), choose["class_label"], key="filter_class")),
        themes=tuple(c.multiselect(ui.tr("dashboard.column.theme"), choose["theme"], key="filter_theme")),
        addressees=tuple(
            d.multiselect(ui.tr("dashboard.column.addressee"), choose["addressee"], key="filter_addressee")
        ),
        since=st.date_input(ui.tr("dashboard.since"), value=min(table["date"]), key="filter_since"),
        until=st.date_input(ui.tr("dashboard.until"), value=max(table["date"]), key="filter_until"),
    )
shown = dashboard.apply_filters(table, filters)
st.subheader(ui.tr("dashboard.top"))
st.dataframe(dashboard.translated(dashboard.top_proposals(shown), ui.lang()), hide_index=True)
left, right = st.columns(2)
left.plotly_chart(dashboard_charts.theme_support_bar(dashboard.theme_support(shown), ui.lang()))
right.plotly_chart(dashboard_charts.status_bar(dashboard.status_counts(shown), ui.lang()))
st.plotly_chart(dashboard_charts.themes_over_time(dashboard.themes_over_time(shown), ui.lang()))
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
