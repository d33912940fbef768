"""Small-group protection: warnings, suppressed breakdowns and near-unanimous shares."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council.i18n import fmt_percent
from council.smallgroups import (
    SMALL_GROUP,
    format_share,
    format_support,
    needs_small_group_warning,
    suppress_small_groups,
    whole_percent,
)


def test_small_group_limit_is_five():
    assert SMALL_GROUP == 5


@pytest.mark.parametrize(("ballots", "warn"), [(0, True), (1, True), (4, True), (5, False), (30, False)])
def test_fewer_than_five_ballots_need_the_warning(ballots, warn):
    assert needs_small_group_warning(ballots) is warn


def _breakdown(counts):
    return pd.DataFrame({"group": [f"g{i}" for i in range(len(counts))], "ballots": counts, "points": counts})


def test_groups_below_five_ballots_are_dropped():
    shown = suppress_small_groups(_breakdown([12, 4, 9, 7]))
    assert "g1" not in set(shown["group"])
    assert (shown["ballots"] >= SMALL_GROUP).all()


def test_a_single_suppressed_group_takes_the_next_smallest_with_it():
    # Otherwise the hidden group's figures follow from the total minus the shown groups.
    shown = suppress_small_groups(_breakdown([12, 4, 9, 7]))
    assert set(shown["group"]) == {"g0", "g2"}


def test_two_suppressed_groups_need_no_extra_suppression():
    shown = suppress_small_groups(_breakdown([12, 4, 9, 3]))
    assert set(shown["group"]) == {"g0", "g2"}


def test_nothing_is_dropped_when_every_group_is_large_enough():
    frame = _breakdown([5, 6, 30])
    assert suppress_small_groups(frame).equals(frame)


def test_count_column_can_be_named():
    frame = pd.DataFrame({"group": ["a", "b", "c"], "n": [2, 10, 3]})
    assert list(suppress_small_groups(frame, count_column="n")["group"]) == ["b"]


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize(("count", "total"), [(26, 27), (24, 25), (96, 100), (36, 40)])
def test_shares_where_one_to_four_pupils_differ_show_as_about_all(count, total, lang):
    assert format_share(count, total, lang) == "~" + fmt_percent(1.0, lang)


@pytest.mark.parametrize(
    ("count", "total", "shown"),
    [(3, 25, "12\xa0%"), (2, 25, "8\xa0%"), (1, 27, "4\xa0%"), (23, 27, "85\xa0%"), (22, 25, "88\xa0%")],
)
def test_a_few_supporters_or_a_larger_minority_get_the_exact_figure(count, total, shown):
    # Not ticking a proposal is no stand a pupil takes, so 3 of 25 is 12 %, not "~0 %".
    assert format_share(count, total) == shown


def test_a_small_session_shows_exact_figures_never_a_misleading_about_all():
    assert [format_share(n, 3) for n in range(4)] == ["0\xa0%", "33\xa0%", "67\xa0%", "100\xa0%"]


def test_rounding_never_claims_all_or_none():
    assert format_share(995, 1000) == "~100\xa0%"
    assert format_share(1, 1000) == "~0\xa0%"
    assert format_share(5, 1000) == "1\xa0%"


def test_halves_round_up_as_in_a_spreadsheet():
    assert whole_percent(1, 8) == 13 and format_share(1, 8) == "13\xa0%"
    assert whole_percent(1, 200) == 1 and whole_percent(2, 3) == 67


def test_support_is_written_as_count_base_and_share():
    assert format_support(24, 25, "sv") == "24 av 25 (~100\xa0%)"
    assert format_support(3, 25, "en") == "3 of 25 (12%)"


pairs = st.integers(1, 60).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))


@settings(max_examples=400, deadline=None)
@given(pairs, st.sampled_from(["sv", "en"]))
def test_about_all_exactly_where_one_to_four_differ_and_ninety_percent_agree(pair, lang):
    count, total = pair
    shown = format_share(count, total, lang)
    differ = total - count
    assert shown.startswith("~") == (1 <= differ <= 4 and count / total >= 0.9)
    assert shown != "~" + fmt_percent(0.0, lang)  # from 1 to 60 pupils no exact share rounds to 0 %


@settings(max_examples=400, deadline=None)
@given(pairs, st.sampled_from(["sv", "en"]))
def test_every_figure_is_true(pair, lang):
    count, total = pair
    shown = format_share(count, total, lang)
    if shown.startswith("~"):
        assert 0.9 <= count / total < 1
    else:
        assert shown == fmt_percent(whole_percent(count, total) / 100, lang)
        assert abs(whole_percent(count, total) - 100 * count / total) <= 0.5
        assert (shown == fmt_percent(1.0, lang)) == (count == total)
        assert (shown == fmt_percent(0.0, lang)) == (count == 0)


def test_every_class_size_from_one_to_sixty_exhaustively():
    near_all = {(c, n) for n in range(1, 61) for c in range(n + 1) if format_share(c, n).startswith("~")}
    assert near_all == {(n - k, n) for n in range(10, 61) for k in range(1, 5) if (n - k) >= 0.9 * n}
    assert (9, 10) in near_all and (8, 10) not in near_all and (56, 60) in near_all


def test_no_ballots_show_zero_percent():
    assert format_share(0, 0) == fmt_percent(0.0)
