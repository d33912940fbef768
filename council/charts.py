"""Plotly figures in the one Klimatrådet style (results, themes)."""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from council.i18n import fmt_percent, t
from council.report_facts import theme_support

FONT = "DejaVu Sans, Arial, sans-serif"
GREEN = "#1b6b3a"  # 7.0:1 on white, readable on a projector
AGAINST = "#a3123a"
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
    fig.update_yaxes(automargin=True, ticksuffix="  ")
    return fig


def _wrap(label: str, width: int = 40) -> str:
    """A label wrapped onto at most three lines; pupil markup escaped so plotly shows it as typed."""
    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(label, width)[:3]) or "–"


def results_bar(
    results: pd.DataFrame, lang: str = "sv", *, value: str = "points", axis_key: str = "measure.points"
) -> go.Figure:
    """Horizontal bars of each proposal's points (named by what they count: votes, points …), the winner on top."""
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
    fig.update_xaxes(title_text=t(axis_key, lang))
    return style(fig, title=t("chart.results_title", lang), height=max(320, 60 + 48 * len(ordered)))


def themes_bar(report_or_results: dict | pd.DataFrame, lang: str = "sv") -> go.Figure:
    """Horizontal bars of support per theme: distinct pupils from a report, summed votes from results."""
    table = theme_support(report_or_results)
    distinct = table.attrs.get("distinct", False)
    ordered = table.iloc[::-1]
    labels = _support_labels(ordered, lang) if distinct else [str(v) for v in ordered["support"]]
    fig = go.Figure(
        go.Bar(
            x=ordered["support"],
            y=[_wrap(str(theme), 30) for theme in ordered["theme"]],
            orientation="h",
            marker_color=PALETTE[1],
            text=labels,
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    axis = "chart.axis.theme_supporters" if distinct else "chart.axis.theme_votes"
    fig.update_xaxes(title_text=t(axis, lang), range=[0, max(1, ordered["support"].max()) * 1.25])
    return style(fig, title=t("chart.themes_title", lang), height=max(280, 60 + 48 * len(ordered)))


def _support_labels(table: pd.DataFrame, lang: str) -> list[str]:
    """'18 (78 %)' beside each bar."""
    return [f"{int(n)} ({fmt_percent(share, lang)})" for n, share in zip(table["support"], table["share"], strict=True)]


def score_diverging(results: pd.DataFrame, lang: str = "sv") -> go.Figure:
    """Score method: per proposal, the share against to the left and the share for to the right."""
    ordered = results.sort_values("rank", ascending=False)
    labels = [_wrap(str(title)) for title in ordered["title"]]
    against = [-float(v or 0) for v in ordered["share_against"]]
    in_favour = [float(v or 0) for v in ordered["share_for"]]
    fig = go.Figure(
        [
            _share_bar(against, labels, t("chart.against", lang), AGAINST, lang),
            _share_bar(in_favour, labels, t("chart.for", lang), GREEN, lang),
        ]
    )
    fig.update_layout(
        barmode="relative", legend={"orientation": "h", "y": -0.12}, uniformtext={"minsize": 11, "mode": "hide"}
    )
    fig.update_xaxes(title_text=t("chart.axis.share_of_voters", lang), tickformat=".0%", range=[-1, 1])
    return style(fig, title=t("chart.score_title", lang), height=max(340, 90 + 48 * len(ordered)))


def _share_bar(shares: list[float], labels: list[str], name: str, colour: str, lang: str) -> go.Bar:
    """One side of the diverging bar chart, labelled with unsigned percentages."""
    return go.Bar(
        x=shares,
        y=labels,
        orientation="h",
        name=name,
        marker_color=colour,
        text=[fmt_percent(abs(s), lang) if s else "" for s in shares],
        textposition="inside",
        textangle=0,
        hovertemplate="%{y}: %{text}<extra>" + html.escape(name) + "</extra>",
    )


def figures_line(frame: pd.DataFrame, *, x: str, ys: list[str], title: str) -> go.Figure:
    """The teacher's figures (e.g. emissions by sector and year) as lines, one per chosen column."""
    fig = go.Figure()
    for column in ys:
        fig.add_trace(go.Scatter(x=frame[x], y=frame[column], mode="lines+markers", name=_wrap(str(column))))
    fig.update_xaxes(title_text=_wrap(str(x)))
    return style(fig, title=_wrap(title, 80), height=420)


FUNNEL_STEPS = ("written", "nominated", "consolidated", "final")


def funnel_chart(funnel: dict, lang: str = "sv") -> go.Figure:
    """A municipal round's funnel: written in the classes, sent to the pool, voted on in groups, on the list."""
    labels = [t(f"round.funnel.{step}", lang) for step in FUNNEL_STEPS]
    values = [int(funnel.get(step) or 0) for step in FUNNEL_STEPS]
    fig = go.Figure(
        go.Funnel(
            y=labels,
            x=values,
            textinfo="value",
            textfont={"size": 22, "color": "white"},
            marker={"color": [GREEN, "#1f5f99", "#2f6f6f", "#9a4a00"]},
            connector={"fillcolor": "#e3f1e7"},
            hoverinfo="skip",
        )
    )
    fig = style(fig, title=t("round.funnel.title", lang), height=360)
    fig.update_yaxes(tickfont={"color": "#111111", "size": 15})  # dark labels: read across a room
    return fig
