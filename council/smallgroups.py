"""Small-group protection and the one way every output writes a share of the voters."""

from __future__ import annotations

import pandas as pd

from council.i18n import DEFAULT_LANGUAGE, fmt_percent, t

SMALL_GROUP = 5
# Skolverket writes "~100" when 1-4 pupils differ from everyone else, so the few are not pointed out.
# "~" must stay true, so it is used only where the exact share is at least 90 %: in a small class one
# pupil can be a large share, and 2 of 3 is not "about all".
MAX_HIDDEN_MINORITY = SMALL_GROUP - 1
MIN_NEAR_ALL = 0.9


def needs_small_group_warning(ballots: int) -> bool:
    """Whether a result counts fewer than SMALL_GROUP ballots and must carry the warning."""
    return ballots < SMALL_GROUP


def suppress_small_groups(breakdown: pd.DataFrame, *, count_column: str = "ballots") -> pd.DataFrame:
    """Drop rows of a group breakdown whose group has fewer than SMALL_GROUP ballots."""
    small = breakdown[count_column] < SMALL_GROUP
    if small.sum() == 1 and (~small).any():
        # One hidden group could be recovered as total minus the shown ones, so hide the next smallest too.
        small[breakdown.loc[~small, count_column].idxmin()] = True
    return breakdown.loc[~small]


def whole_percent(count: int, total: int) -> int:
    """count/total as a whole percent, halves rounded up (as spreadsheets do), from integers so 1/8 is 13."""
    return (200 * count + total) // (2 * total) if total > 0 else 0


def is_near_all(count: int, total: int) -> bool:
    """True when 1-4 pupils differ from an otherwise unanimous group and the share is still at least 90 %."""
    differ = total - count
    return 1 <= differ <= MAX_HIDDEN_MINORITY and count >= MIN_NEAR_ALL * total


def format_share(count: int, total: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """count/total as a whole percent; '~100 %' where only 1-4 pupils differ, '~' also where rounding would
    otherwise claim all or none."""
    percent = whole_percent(count, total)
    if count < total and (is_near_all(count, total) or percent == 100):
        return "~" + fmt_percent(1.0, lang)
    # Not supporting a proposal is no stand a pupil takes (they chose others), so a few supporters are
    # not singled out by an exact figure; "~0 %" only keeps rounding from claiming that nobody did.
    if count > 0 and percent == 0:
        return "~" + fmt_percent(0.0, lang)
    return fmt_percent(percent / 100, lang)


def format_support(count: int, total: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """'11 av 25 (44 %)': a count, its base and the share as format_share writes it."""
    if total <= 0:
        return str(count)
    return t("common.count_of", lang, count=count, total=total, percent=format_share(count, total, lang))
