"""The dashboard's deadline overview: overdue answers per committee, and what is due in the next 30 days."""

import pandas as pd
import streamlit as st

from council.i18n import fmt_date
from pages import ui


def show(overdue: pd.DataFrame, soon: pd.DataFrame) -> None:
    """Two small tables side by side, or a line saying there is nothing to chase."""
    st.subheader(ui.tr("deadlines.title"))
    left, right = st.columns(2)
    with left.container(key="dashboard_overdue"):
        st.markdown(f"**{ui.tr('deadlines.overdue')}**")
        if overdue.empty:
            st.caption(ui.tr("deadlines.none_overdue"))
        else:
            st.dataframe(overdue.rename(columns=lambda c: ui.tr(f"deadlines.col.{c}")), hide_index=True)
    with right.container(key="dashboard_due_soon"):
        st.markdown(f"**{ui.tr('deadlines.soon')}**")
        if soon.empty:
            st.caption(ui.tr("deadlines.none_soon"))
            return
        shown = soon.drop(columns=["forwarding_id"]).assign(
            deadline=soon["deadline"].map(lambda d: fmt_date(d, ui.lang()))
        )
        st.dataframe(shown.rename(columns=lambda c: ui.tr(f"deadlines.col.{c}")), hide_index=True)
