"""The round page's pool tab: totals, every nominated proposal, who has not sent yet, and closing the pool."""

import streamlit as st

from council.auth import Actor
from council.i18n import fmt_percent
from council.round_tables import CouncilRound, RoundStatus
from council.rounds import pool, rounds
from pages import ui

SHOWN = ("title", "theme", "school", "class_label", "grade", "supporters", "share", "group")


def show(actor: Actor, council_round: CouncilRound, found: pool.Pool) -> None:
    """The pool as it grows."""
    st.markdown(ui.tr("round.pool.totals", written=found.written, classes=found.classes, schools=found.schools))
    a, b, c = st.columns(3)
    a.metric(ui.tr("round.pool.sent"), f"{found.sent} / {found.classes}")
    b.metric(ui.tr("round.pool.nominated"), len(found.table))
    c.metric(ui.tr("round.pool.themes"), found.table["theme"].nunique() if len(found.table) else 0)
    with st.container(key="round_pool_table"):
        st.dataframe(shown(found), hide_index=True)
    left, middle, right = st.columns(3)
    for column, name in zip((left, middle, right), ("school", "class_label", "theme"), strict=True):
        counts = found.counts(name).rename(
            columns={name: ui.tr(f"round.column.{name}"), "proposals": ui.tr("round.column.proposals")}
        )
        column.dataframe(counts, hide_index=True)
    waiting(found)
    if council_round.status == RoundStatus.open:
        st.caption(ui.tr("round.pool.close_help"))
        if st.button(ui.tr("round.pool.close"), key="round_close_pool"):
            ui.apply(lambda db: rounds.close_pool(db, actor, council_round.id), "round.pool.closed")


def shown(found: pool.Pool) -> list[dict]:
    """The pool's rows as people read them: words for headings, support as 'n av N (p %)'."""
    lang = ui.lang()
    return [
        {
            ui.tr(f"round.column.{name}"): (
                ui.tr(
                    "common.count_of",
                    count=row["supporters"],
                    total=row["voters"],
                    percent=fmt_percent(row["share"], lang),
                )
                if name == "share"
                else ui.tr(f"age.{row['grade']}")
                if name == "grade"
                else row[name]
            )
            for name in SHOWN
            if name != "supporters"
        }
        for row in found.table.to_dict("records")
    ]


def waiting(found: pool.Pool) -> None:
    """Classes in the round that have not sent yet, and schools without a class."""
    if found.waiting:
        names = [f"{c.class_label or c.title} ({ui.tr('phase.' + c.phase)})" for c in found.waiting]
        st.warning(ui.tr("round.pool.waiting", classes=ui.plain(", ".join(names))), icon="⏳")
    if found.schools_without_class:
        st.info(ui.tr("round.pool.no_class", schools=ui.plain(", ".join(found.schools_without_class))), icon="🏫")
