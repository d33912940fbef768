"""One municipal round for its coordinator: the funnel, then the pool, the theme groups, the list, the committees.

The tabs keep their state (an action reruns the page on the same tab) and only the open tab reads its data.
"""

import streamlit as st

from council import charts, committees, schools
from council.errors import CouncilError
from council.i18n import fmt_date, fmt_datetime
from council.rounds import answers, audit, groups, pool, report, rounds, routing
from pages import ui, who
from pages.parts import round_forward, round_groups, round_list, round_pool

ui.leave_folder_page_mode()  # the first run after a server start may skip app.py

TABS = ("pool", "groups", "list", "forward", "log")

actor = who.require_actor()
ui.show_flash()
try:
    with ui.db_session() as db:
        council_round = rounds.coordinated(db, actor, st.query_params.get("round"))
        numbers = report.funnel(db, council_round)
        school_names = {s.id: s.name for s in schools.list_schools(db)}
except CouncilError as err:
    ui.show_error(err)
    st.page_link("pages/rounds.py", label=ui.tr("nav.rounds"), icon=":material/arrow_back:")
    st.stop()

st.page_link("pages/rounds.py", label=ui.tr("nav.rounds"), icon=":material/arrow_back:")
st.title(ui.plain(council_round.title))
st.markdown(f"**{ui.tr('round.status_label')}:** {ui.tr('round.status.' + council_round.status)}")
for question in council_round.questions:
    st.markdown(f"> {ui.plain(question)}")
dates = [
    ui.tr(f"rounds.date.{name}", date=fmt_date(value, ui.lang()))
    for name, value in (
        ("propose_until", council_round.propose_until),
        ("meeting_on", council_round.meeting_on),
        ("answers_due", council_round.answers_due),
    )
    if value
]
st.caption(" · ".join([*dates, ui.tr("round.per_class_note", n=council_round.per_class)]))
st.caption(", ".join(school_names.get(s, "?") for s in council_round.school_ids))
with st.container(key="round_funnel"):
    st.plotly_chart(charts.funnel_chart(numbers, ui.lang()), config={"displayModeBar": False})
    st.caption(ui.tr("round.funnel.caption", **numbers))


def pool_tab() -> None:
    with ui.db_session() as db:
        found = pool.pool(db, actor, council_round.id)
    round_pool.show(actor, council_round, found)


def groups_tab() -> None:
    with ui.db_session() as db:
        states, staff = groups.states(db, council_round.id), groups.facilitators(db)
        table = pool.pool_table(db, council_round.id)
    round_groups.show(actor, council_round, states, staff, table)


def list_tab() -> None:
    with ui.db_session() as db:
        states, frozen = groups.states(db, council_round.id), report.frozen(db, council_round.id)
    round_list.show(actor, council_round, states, frozen)


def forward_tab() -> None:
    with ui.db_session() as db:
        routes = routing.routes(db, council_round, ui.lang())
        committee_list, frozen = committees.list_committees(db), report.frozen(db, council_round.id)
        given = answers.latest(db, council_round.id) if council_round.status == "forwarded" else {}
    round_forward.show(actor, council_round, routes, committee_list, frozen, given)


def log_tab() -> None:
    with ui.db_session() as db:
        log = audit.round_log(db, actor, council_round.id)
    st.caption(ui.tr("round.log_help"))
    st.dataframe(
        [
            {
                ui.tr("data.when"): fmt_datetime(line.at, ui.lang()),
                ui.tr("data.who"): line.username,
                ui.tr("data.what"): line.action,
                ui.tr("data.target"): line.target,
            }
            for line in log
        ],
        hide_index=True,
    )


SHOWN = dict(zip(TABS, (pool_tab, groups_tab, list_tab, forward_tab, log_tab), strict=True))
for name, tab in zip(
    TABS, st.tabs([ui.tr(f"round.tab.{n}") for n in TABS], key="round_tab", on_change="rerun"), strict=True
):
    if tab.open:
        with tab:
            SHOWN[name]()
