"""Plotly figures in the one Klimatrådet style (results, themes)."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from council.i18n import t

FONT = "DejaVu Sans, Arial, sans-serif"
GREEN = "#1b6b3a"  # 7.0:1 on white, readable on a projector
PALETTE = ["#1b6b3a", "#1f5f99", "#9a4a00", "#6b3fa0", "#a3123a", "#2f6f6f", "#5c5c00", "#444444"]


def style(fig: go.Figure, *, title: str, height: int | None = None) -> go.Figure:
    """Apply the shared layout: large readable type, white background, no clutter."""
    fig.update_layout(
        title={"text": title, "x": 0, "font": {"size": 20}},
        font={"family": FONT, "size": 15, "color": "#111111"},
        paper_bgcolor="white",
        plot_bgcolor="white",
        margin={"l": 10, "r": 20, "t": 60, "b": 40},
        colorway=PALETTE,
        height=height,
        showlegend=len(fig.data) > 1,
    )
    fig.update_xaxes(gridcolor="#dddddd", zerolinecolor="#888888")
    return fig


def _wrap(label: str, width: int = 40) -> str:
    return "<br>".join(textwrap.wrap(label, width)[:3]) or "–"


def results_bar(results: pd.DataFrame, lang: str = "sv", *, value: str = "points") -> go.Figure:
    """Horizontal bars of each proposal's points, the winner on top."""
    ordered = results.sort_values("rank", ascending=False)
    labels = [_wrap(str(title)) for title in ordered["title"]]
    fig = go.Figure(
        go.Bar(
            x=ordered[value],
            y=labels,
            orientation="h",
            marker_color=GREEN,
            text=ordered[value],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_xaxes(title_text=t(f"chart.axis.{value}", lang))
    return style(fig, title=t("chart.results_title", lang), height=max(320, 60 + 48 * len(ordered)))
