"""Facts read from a frozen report: strongest arguments, ties, themes, minorities."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from council import exports
from council import report_facts as facts
from council.exports import images


def test_strongest_argument_is_the_most_marked_and_the_first_shown_of_equals(report):
    report["arguments"] = [
        {"proposal_id": 2, "side": "for", "text": "Ett mycket långt och utvecklat argument.", "marks": 1},
        {"proposal_id": 2, "side": "for", "text": "Kort A.", "marks": 3},
        {"proposal_id": 2, "side": "for", "text": "Kort B.", "marks": 3},
    ]
    assert facts.strongest_argument(report, 2, "for")["text"] == "Kort A."
    assert [a["text"] for a in facts.arguments(report, 2, "for")][1:] == ["Kort B.", report["arguments"][0]["text"]]
    assert facts.strongest_argument(report, 2, "against") is None


def test_without_any_marks_arguments_keep_the_order_they_were_shown(report):
    report["arguments"] = [
        {"proposal_id": 2, "side": "for", "text": "Först."},
        {"proposal_id": 2, "side": "for", "text": "Sedan ett längre argument."},
    ]
    assert [a["text"] for a in facts.arguments(report, 2, "for")] == ["Först.", "Sedan ett längre argument."]


def test_a_tie_for_third_keeps_every_tied_proposal_in_the_top(report):
    top = facts.top_results(report)
    assert [row["rank"] for row in top] == [1, 2, 3, 3]
    assert [len(group) for group in facts.tie_groups(top)] == [2]


def test_minority_views_are_outside_the_top_and_at_least_a_fifth(report):
    assert [row["proposal_id"] for row in facts.minority_views(report)] == [5]


def test_theme_support_counts_each_pupil_once_per_theme(report):
    table = facts.theme_support(report)
    transport = table.set_index("theme").loc["Transport och resor"]
    assert transport["support"] <= 22 < 16 + 12 + 5 + 4
    assert table.attrs["distinct"]


def test_theme_support_without_ballots_sums_votes(report):
    report["ballots"] = []
    table = facts.theme_support(report)
    assert table.set_index("theme").loc["Energi", "support"] == 9 + 3 + 1
    assert not table.attrs["distinct"]


def test_small_group_follows_the_flag_or_fewer_than_five_ballots(report):
    assert not facts.is_small_group(report)
    report["turnout"]["voted"] = 4
    assert facts.is_small_group(report)


def test_results_csv_keeps_its_old_signature(report):
    data = exports.results_csv(pd.DataFrame(report["results"]), "en")
    assert pd.read_csv(io.BytesIO(data), encoding="utf-8-sig").columns[0] == "Rank"


def test_a_browser_that_fails_mid_export_still_gives_a_pdf(report, monkeypatch):
    import kaleido
    import plotly.io as pio

    def broken(*args, **kwargs):
        raise RuntimeError("browser crashed")

    monkeypatch.setattr(images, "browser_path", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(kaleido, "start_sync_server", lambda *a, **k: None)
    monkeypatch.setattr(kaleido, "stop_sync_server", lambda *a, **k: None)
    monkeypatch.setattr(pio, "to_image", broken)
    assert exports.report_pdf(report, "sv").startswith(b"%PDF")


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_no_pupil_title_becomes_a_spreadsheet_formula(title):
    from .report_sample import build_report

    report = build_report()
    report["results"][0]["title"] = title
    report["arguments"][0]["text"] = title
    book = openpyxl.load_workbook(io.BytesIO(exports.report_xlsx(report, "sv")))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [c for c in cells if c.data_type == "f"]
