"""Small-group protection: no published figure may let anyone work out how a few pupils voted."""

from __future__ import annotations

import pandas as pd

from council.i18n import DEFAULT_LANGUAGE, fmt_percent

SMALL_GROUP = 5
# Skolverket writes "~100" when 1-4 pupils differ; in a class that few may be a large share,
# so a minority of a fifth or more is reported as it is rather than hidden behind "~".
MAX_HIDDEN_MINORITY = SMALL_GROUP - 1
MAX_HIDDEN_MINORITY_SHARE = 0.2


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


def _is_hidden_minority(minority: int, total: int) -> bool:
    return 1 <= minority <= MAX_HIDDEN_MINORITY and minority < MAX_HIDDEN_MINORITY_SHARE * total


def format_share(count: int, total: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """Show count/total as a percent, or '~100 %'/'~0 %' when only 1-4 pupils differ from the rest."""
    if total <= 0:
        return fmt_percent(0.0, lang)
    if _is_hidden_minority(total - count, total):
        return "~" + fmt_percent(1.0, lang)
    if _is_hidden_minority(count, total):
        return "~" + fmt_percent(0.0, lang)
    return fmt_percent(count / total, lang)
