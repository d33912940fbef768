"""The learn phase's chart is chosen by the data: bars for categories, lines for an ordered axis; axes labelled,
numbers and dates written the Swedish way."""

from __future__ import annotations

import plotly.graph_objects as go

from council import charts, materials


def figure(csv: str, x: str, ys: list[str], lang: str = "sv") -> go.Figure:
    frame = materials.read_figures(csv.encode())
    return charts.figures_chart(frame, x=x, ys=ys, title="Utsläpp", lang=lang)


def test_categories_get_bars_not_a_line_across_them():
    csv = "Mat;Utsläpp (kg CO2e per kg)\nNötkött;26,5\nKyckling;5,7\nBönor;0,9\n"
    fig = figure(csv, "Mat", ["Utsläpp (kg CO2e per kg)"])
    assert [trace.type for trace in fig.data] == ["bar"]
    assert list(fig.data[0].x) == ["Nötkött", "Kyckling", "Bönor"]


def test_years_get_lines_in_year_order():
    fig = figure("År;Transporter;Industri\n2021;11,9;7,5\n2020;12,5;8\n", "År", ["Transporter", "Industri"])
    assert [trace.type for trace in fig.data] == ["scatter", "scatter"]
    assert all(trace.mode == "lines+markers" for trace in fig.data)
    assert list(fig.data[0].x) == [2020, 2021], "an ordered axis is drawn in its order"
    assert fig.layout.xaxis.tickformat == "d", "years are written 2020, not 2,020"


def test_dates_get_lines_with_dates_written_without_english_month_names():
    fig = figure("Datum;Elpris\n2026-12-01;1,2\n2026-11-01;0,9\n", "Datum", ["Elpris"])
    assert fig.data[0].type == "scatter"
    assert fig.layout.xaxis.type == "date" and fig.layout.xaxis.tickformat == "%Y-%m-%d"
    assert fig.layout.xaxis.hoverformat == "%Y-%m-%d"


def test_both_axes_are_labelled():
    one = figure("Mat;Utsläpp\nNötkött;26,5\nBönor;0,9\n", "Mat", ["Utsläpp"])
    assert (one.layout.xaxis.title.text, one.layout.yaxis.title.text) == ("Mat", "Utsläpp")
    two = figure("År;Bil;Buss\n2020;3;1\n2021;2;1\n", "År", ["Bil", "Buss"], lang="en")
    assert two.layout.yaxis.title.text == "Value" and two.layout.showlegend


def test_swedish_numbers_have_a_decimal_comma():
    assert figure("Mat;Utsläpp\nNötkött;26,5\n", "Mat", ["Utsläpp"]).layout.separators == ", "
    assert figure("Mat;Utsläpp\nNötkött;26,5\n", "Mat", ["Utsläpp"], lang="en").layout.separators == ".,"


def test_the_dashboards_months_are_written_without_english_month_names():
    import pandas as pd

    from council import dashboard_charts

    monthly = pd.DataFrame({"month": pd.to_datetime(["2026-11-01", "2026-12-01"]), "theme": ["Mat", "Mat"],
                            "voters_supporting": [3, 4]})  # fmt: skip
    fig = dashboard_charts.themes_over_time(monthly, "sv")
    assert (fig.layout.xaxis.tickformat, fig.layout.xaxis.hoverformat) == ("%Y-%m", "%Y-%m")
