"""Plotly figures in the one Klimatrådet style (results, themes)."""

from __future__ import annotations

import html
import textwrap

import pandas as pd
import plotly.graph_objects as go

from council.i18n import fmt_percent, t
from council.report_facts import theme_support
from council.smallgroups import format_share

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
    fig.update_xaxes(title_text=t(axis_key, lang), **whole_number_ticks(ordered[value]))
    return style(fig, title=t("chart.results_title", lang), height=max(320, 60 + 48 * len(ordered)))


def whole_number_ticks(values: pd.Series) -> dict:
    """Axis ticks 1, 2, 5, 10 … apart from 0: counts and points are whole, so no tick may read '0.5' or '2.5'."""
    numbers = pd.to_numeric(values, errors="coerce").fillna(0)
    span = max(float(numbers.max()), 0.0) - min(float(numbers.min()), 0.0)
    step = 1
    while span / step > 8:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2  # 1, 2, 5, 10, 20, 50, …
    return {"tick0": 0, "dtick": step, "tickformat": "d"}


def themes_bar(report_or_results: dict | pd.DataFrame, lang: str = "sv") -> go.Figure:
    """Horizontal bars of support per theme: distinct pupils from a report, summed votes from results."""
    table = theme_support(report_or_results)
    distinct = table.attrs.get("distinct", False)
    ordered = table.iloc[::-1]
    labels = _support_labels(ordered, table.attrs["base"], lang) if distinct else [str(v) for v in ordered["support"]]
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
    fig.update_xaxes(
        title_text=t(axis, lang),
        range=[0, max(1, ordered["support"].max()) * 1.25],
        **whole_number_ticks(ordered["support"] * 1.25),
    )
    return style(fig, title=t("chart.themes_title", lang), height=max(280, 60 + 48 * len(ordered)))


def _support_labels(table: pd.DataFrame, base: int, lang: str) -> list[str]:
    """'18 (78 %)' beside each bar, the share written as everywhere else."""
    return [f"{int(n)} ({format_share(int(n), base, lang)})" for n in table["support"]]


def score_diverging(results: pd.DataFrame, lang: str = "sv", *, base: int = 0) -> go.Figure:
    """Score method: per proposal, the share against to the left and the share for to the right; with the share
    base, each share is written from its count as the tables write it."""
    ordered = results.sort_values("rank", ascending=False)
    labels = [_wrap(str(title)) for title in ordered["title"]]
    against = [-float(v or 0) for v in ordered["share_against"]]
    in_favour = [float(v or 0) for v in ordered["share_for"]]
    fig = go.Figure(
        [
            _share_bar(against, labels, t("chart.against", lang), AGAINST, _share_texts(against, base, lang)),
            _share_bar(in_favour, labels, t("chart.for", lang), GREEN, _share_texts(in_favour, base, lang)),
        ]
    )
    fig.update_layout(
        barmode="relative", legend={"orientation": "h", "y": -0.12}, uniformtext={"minsize": 11, "mode": "hide"}
    )
    ticks = [-1, -0.5, 0, 0.5, 1]
    fig.update_xaxes(
        title_text=t("chart.axis.share_of_voters", lang),
        range=[-1.02, 1.02],
        tickvals=ticks,
        ticktext=[fmt_percent(abs(tick), lang) for tick in ticks],  # both sides count pupils: no minus sign
    )
    return style(fig, title=t("chart.score_title", lang), height=max(340, 90 + 48 * len(ordered)))


def _share_texts(shares: list[float], base: int, lang: str) -> list[str]:
    """Unsigned labels: the share of its count as format_share writes it, or the plain percentage without a base."""
    if base > 0:
        return [format_share(round(abs(s) * base), base, lang) if s else "" for s in shares]
    return [fmt_percent(abs(s), lang) if s else "" for s in shares]


def _share_bar(shares: list[float], labels: list[str], name: str, colour: str, texts: list[str]) -> go.Bar:
    """One side of the diverging bar chart, labelled with unsigned percentages."""
    return go.Bar(
        x=shares,
        y=labels,
        orientation="h",
        name=name,
        marker_color=colour,
        text=texts,
        textposition="inside",
        textangle=0,
        hovertemplate="%{y}: %{text}<extra>" + html.escape(name) + "</extra>",
    )


def for_projector(fig: go.Figure) -> go.Figure:
    """The same figure for the classroom screen: every label large and black, read from the back of the room."""
    fig.update_layout(
        font={"size": 24, "color": "#000000"},
        title={"font": {"size": 32, "color": "#000000"}},
        height=int((fig.layout.height or 420) * 1.5),
        margin={"l": 20, "r": 40, "t": 80, "b": 70},
        legend={"font": {"size": 24}},
    )
    axis = {"tickfont": {"size": 24, "color": "#000000"}, "title": {"font": {"size": 24, "color": "#000000"}}}
    fig.update_xaxes(**axis)
    fig.update_yaxes(**axis)
    fig.update_traces(textfont={"size": 24, "color": "#000000"}, selector={"type": "bar"})
    return fig


SEPARATORS = {"sv": ", ", "en": ".,"}  # plotly's decimal mark, then its thousands separator
_X_FORMATS = {
    "integers": {"tickformat": "d"},  # years: 2020, never 2,020 or 2k
    "numbers": {},
    "dates": {"type": "date", "tickformat": "%Y-%m-%d", "hoverformat": "%Y-%m-%d"},  # no English month names
    "categories": {"type": "category"},
}


def figures_chart(frame: pd.DataFrame, *, x: str, ys: list[str], title: str, lang: str = "sv") -> go.Figure:
    """The teacher's figures, drawn as the data asks: lines along an ordered axis (years, dates, other numbers),
    grouped bars for categories (food types, sectors), one series per chosen column; both axes labelled."""
    kind = x_kind(frame[x])
    along = pd.to_datetime(frame[x], format="mixed") if kind == "dates" else frame[x]
    table = frame.assign(**{x: along})
    table = table if kind == "categories" else table.sort_values(x)
    fig = go.Figure()
    for column in ys:
        name = _wrap(str(column))
        if kind == "categories":
            fig.add_trace(go.Bar(x=table[x], y=table[column], name=name))
        else:
            fig.add_trace(go.Scatter(x=table[x], y=table[column], mode="lines+markers", name=name))
    fig.update_xaxes(title_text=_wrap(str(x)), **_X_FORMATS[kind])
    fig.update_yaxes(title_text=_wrap(str(ys[0])) if len(ys) == 1 else t("chart.axis.value", lang))
    fig.update_layout(separators=SEPARATORS.get(lang, SEPARATORS["sv"]), barmode="group")
    return style(fig, title=_wrap(title, 80), height=420)


def x_kind(values: pd.Series) -> str:
    """Whether a column is whole numbers (years), other numbers, dates, or categories."""
    if pd.api.types.is_numeric_dtype(values):
        return "integers" if (values.dropna() % 1 == 0).all() else "numbers"
    text = values.dropna().astype(str)
    looks_like_dates = len(text) > 0 and text.str.match(r"^\d{4}-\d{1,2}(-\d{1,2})?$|^\d{1,2}/\d{1,2}/\d{4}$").all()
    return "dates" if looks_like_dates else "categories"


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
