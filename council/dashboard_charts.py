"""Charts of the priorities dashboard, in the app's one style."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from council.charts import PALETTE, style
from council.i18n import t

STATUS_COLOURS = {"answered": "#1b6b3a", "pending": "#9a4a00", "overdue": "#a3123a"}


def theme_support_bar(themes: pd.DataFrame, lang: str) -> go.Figure:
    """Supporters per theme across all reports."""
    ordered = themes.sort_values("supporters")
    fig = go.Figure(
        go.Bar(
            x=ordered["supporters"],
            y=ordered["theme"],
            orientation="h",
            marker_color=PALETTE[1],
            text=ordered["supporters"],
            textposition="outside",
            cliponaxis=False,
        )
    )
    fig.update_xaxes(title_text=t("dashboard.axis.supporters", lang))
    return style(fig, title=t("dashboard.chart.themes", lang), height=max(300, 60 + 40 * len(ordered)))


def themes_over_time(monthly: pd.DataFrame, lang: str) -> go.Figure:
    """Supporters per theme, month by month."""
    fig = go.Figure()
    for theme, rows in monthly.groupby("theme"):
        fig.add_trace(go.Bar(x=rows["month"], y=rows["voters_supporting"], name=str(theme)))
    fig.update_layout(barmode="stack")
    # Months as 2026-12, not plotly's English "Dec 1, 2026" with a "00:00:00" under it.
    fig.update_xaxes(type="date", tickformat="%Y-%m", hoverformat="%Y-%m", dtick="M1")
    fig.update_yaxes(title_text=t("dashboard.axis.supporters", lang))
    return style(fig, title=t("dashboard.chart.over_time", lang), height=380)


def status_bar(counts: pd.DataFrame, lang: str) -> go.Figure:
    """How many proposals are answered, pending or overdue."""
    labels = [t(f"dashboard.status.{s}", lang) for s in counts["status"]]
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=counts["proposals"],
            text=counts["proposals"],
            textposition="outside",
            marker_color=[STATUS_COLOURS[s] for s in counts["status"]],
            cliponaxis=False,
        )
    )
    fig.update_yaxes(title_text=t("dashboard.axis.proposals", lang))
    return style(fig, title=t("dashboard.chart.status", lang), height=340)
