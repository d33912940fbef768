"""Small-group protection: warnings, suppressed breakdowns and near-unanimous shares."""

import pandas as pd
import pytest

from council.i18n import fmt_percent
from council.smallgroups import (
    SMALL_GROUP,
    format_share,
    needs_small_group_warning,
    suppress_small_groups,
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
@pytest.mark.parametrize(("count", "total"), [(26, 27), (23, 27), (96, 100)])
def test_shares_where_one_to_four_pupils_differ_show_as_about_all(count, total, lang):
    assert format_share(count, total, lang) == "~" + fmt_percent(1.0, lang)


@pytest.mark.parametrize(("count", "total"), [(1, 27), (4, 27), (2, 100)])
def test_shares_where_one_to_four_pupils_agree_show_as_about_none(count, total):
    assert format_share(count, total) == "~" + fmt_percent(0.0)


@pytest.mark.parametrize(("count", "total"), [(27, 27), (0, 27), (13, 27), (5, 27), (22, 27), (90, 100)])
def test_other_shares_are_shown_as_plain_percent(count, total):
    assert format_share(count, total) == fmt_percent(count / total)


def test_in_a_small_class_a_few_pupils_are_not_near_unanimous():
    # 4 of 8 is a split class, not "~0 %": the minority must also be under a fifth of the ballots.
    assert format_share(4, 8) == fmt_percent(0.5)
    assert format_share(7, 8) == "~" + fmt_percent(1.0)


def test_no_ballots_show_zero_percent():
    assert format_share(0, 0) == fmt_percent(0.0)
