"""The report's extra charts: themes and the diverging score bars."""

from __future__ import annotations

import pandas as pd

from council import charts
from council.i18n import t


def test_themes_bar_from_a_report_counts_distinct_supporters(report):
    fig = charts.themes_bar(report, "sv")
    bar = fig.data[0]
    support = dict(zip(bar.y, bar.x, strict=False))
    assert support["Transport och resor"] <= report["turnout"]["voted"]
    assert fig.layout.title.text == t("chart.themes_title", "sv")
    assert fig.layout.xaxis.title.text == t("chart.axis.theme_supporters", "sv")


def test_themes_bar_from_results_sums_support(report):
    results = pd.DataFrame(report["results"])
    fig = charts.themes_bar(results, "en")
    support = dict(zip(fig.data[0].y, fig.data[0].x, strict=False))
    assert support["Mat"] == 9
    assert fig.layout.xaxis.title.text == t("chart.axis.theme_votes", "en")


def test_score_diverging_puts_against_left_and_for_right(score_report):
    fig = charts.score_diverging(pd.DataFrame(score_report["results"]), "sv")
    against, in_favour = fig.data
    assert all(x <= 0 for x in against.x) and all(x >= 0 for x in in_favour.x)
    assert against.name == t("chart.against", "sv") and in_favour.name == t("chart.for", "sv")
    assert fig.layout.barmode == "relative"


def test_chart_labels_escape_pupil_markup_so_plotly_shows_it_as_typed(report):
    results = pd.DataFrame(report["results"])
    results.loc[0, "title"] = "<b>x</b> & <a href='http://x'>länk</a>"
    labels = charts.results_bar(results, "sv").data[0].y
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;a" in labels[-1]
    assert "<b>" not in "".join(labels)


def test_score_diverging_writes_shares_as_the_tables_do():
    """22 of 23 for is '~100 %' as in the table (not '96 %'); a share kept as 0.435 is 10 of 23, so '43 %'."""
    results = pd.DataFrame(
        [
            {"title": "A", "rank": 1, "share_for": 22 / 23, "share_against": 1 / 23},
            {"title": "B", "rank": 2, "share_for": 0.435, "share_against": 0.391},
        ]
    )
    against, in_favour = charts.score_diverging(results, "sv", base=23).data
    assert [s.replace("\xa0", " ") for s in in_favour.text] == ["43 %", "~100 %"]
    assert [s.replace("\xa0", " ") for s in against.text] == ["39 %", "4 %"]


def test_score_diverging_axis_reads_unsigned_percentages_on_both_sides():
    results = pd.DataFrame([{"title": "A", "rank": 1, "share_for": 0.5, "share_against": 0.25}])
    axis = charts.score_diverging(results, "sv", base=4).layout.xaxis
    assert [s.replace("\xa0", " ") for s in axis.ticktext] == ["100 %", "50 %", "0 %", "50 %", "100 %"]
    assert list(axis.tickvals) == [-1, -0.5, 0, 0.5, 1]
