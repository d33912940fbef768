"""A voting method described as data: its names, settings, ballot input, ballot rule, tally and ways of ranking."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from numbers import Integral
from typing import Any

import numpy as np
import pandas as pd

from council.errors import InvalidInput
from council.methods.ballots import Ballots

Params = dict[str, Any]
Phrase = tuple[str, dict[str, Any]]  # a catalogue key and the values it is formatted with


class InputKind(StrEnum):
    """How the ballot asks for one proposal's value; the pupil's page draws one kind of widget for each."""

    tick = "tick"  # a checkbox: 0 or 1
    count = "count"  # type: ignore[assignment]  # (str.count is shadowed) a whole number from the lowest to the highest value
    choice = "choice"  # one value from a list (no place, place 1, place 2 …)
    scale = "scale"  # one value from a short scale shown side by side (−2 … +2)


@dataclass(frozen=True)
class Parameter:
    """A setting the teacher may change when creating a session: its words, limits and default."""

    name: str
    label_key: str
    default: int | str | None
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()  # a choice of named counting methods (method.<choice>) instead of a number
    help_key: str | None = None
    zero_means_none: bool = False  # the form's 0 ("no cap") is stored as None
    # What a record frozen before this setting existed was run with (ranked reports before Schulze: Borda).
    recorded_default: int | str | None = None

    @property
    def form_default(self) -> int | str:
        """The value the teacher's form starts from."""
        return 0 if self.default is None else self.default

    def clean(self, value: object) -> int | str | None:
        """The value as stored, or InvalidInput when it is outside this setting's limits."""
        if self.choices:
            if value not in self.choices:
                raise InvalidInput("session.bad_choice")
            return str(value)
        if value is None and self.zero_means_none:
            return None
        if isinstance(value, bool) or not isinstance(value, Integral) or not self.low <= int(value) <= self.high:
            raise InvalidInput("session.bad_param", low=self.low, high=self.high)
        return None if self.zero_means_none and value == 0 else int(value)


@dataclass(frozen=True)
class Way:
    """One way of ordering a method's results (Borda, Schulze, mean score …): its name, explanation and ranking."""

    key: str
    rank: Callable[[pd.DataFrame], np.ndarray]
    name: str | None = None  # its name's key when it is named as a measure (mean score), else method.<key>
    annexed: bool = False  # the report's annex explains it in its own paragraph, report.annex.<key>

    @property
    def name_key(self) -> str:
        return self.name or f"method.{self.key}"

    @property
    def explanation_key(self) -> str:
        """How it works in pupils' words."""
        return f"method.{self.key}.explanation"

    @property
    def annex_key(self) -> str:
        """How it works in the report's method annex."""
        return f"report.annex.{self.key}"

    @property
    def summary_key(self) -> str:
        """The summary's sentence saying it decided the order."""
        return f"summary.decided_by.{self.key}"


@dataclass(frozen=True)
class MethodDescription:
    """Everything the app knows about one voting method; each module in council/methods/ exports one."""

    method: str
    parameters: tuple[Parameter, ...]
    input_kind: InputKind
    ballot_values: Callable[[Params, int], tuple[int, ...]]  # the values one input offers (settings, proposals)
    clean_ballot: Callable[[dict[int, int], Params, set[int]], dict[int, int]]  # or InvalidInput
    tally: Callable[[Ballots, Params], pd.DataFrame]
    ways: tuple[Way, ...]  # every way of ordering these ballots, in the order the comparison shows them
    decided_by: Callable[[Params], str]  # the key of the way that decides the order
    ballot_help: Callable[[Params, int], list[Phrase]]  # the ballot's instructions, with its limits
    row_figure: Callable[[Mapping[str, Any], Params, str], str | None]  # '3 röster' beside a result, or None
    value_label: Callable[[int], Phrase] | None = None  # the words for one value of a choice or scale input
    points_key: str = "measure.points"  # what the `points` column counts (plural forms under count.<measure>)
    result_columns: tuple[str, ...] = ()  # its own result columns, shown and exported after the shared ones
    figure_column: Callable[[Params], str | None] = lambda params: "points"  # beside support in documents
    chart_column: Callable[[Params], str] = lambda params: "points"  # the bars of the ranking chart
    for_against: bool = False  # ballots say for or against: results show both sides
    pairwise: bool = False  # ballots put proposals in order: the pairwise matrix means something
    blank_value: int = 0  # the value an untouched input gives

    @property
    def name_key(self) -> str:
        """Its one name, on screen and in every document."""
        return f"method.{self.method}"

    @property
    def explanation_key(self) -> str:
        """How it works in pupils' words."""
        return f"method.{self.method}.explanation"

    @property
    def summary_key(self) -> str:
        """The report's sentence on how the class voted."""
        return f"summary.method.{self.method}"

    @property
    def annex_key(self) -> str:
        """The report's method annex paragraph on the ballot."""
        return f"report.annex.{self.method}"

    def way(self, key: str) -> Way:
        """One of its ways of ordering, by key."""
        found = {way.key: way for way in self.ways}
        if key not in found:
            raise InvalidInput("tally.unknown_method", method=key)
        return found[key]

    def deciding_way(self, params: Mapping[str, Any]) -> Way:
        """The way that decided (or decides) the order under these settings."""
        return self.way(self.decided_by(self.as_recorded(params)))

    def annex_keys(self, params: Mapping[str, Any]) -> list[str]:
        """The method annex's paragraphs: the ballot, then the counting method when it is one of a choice."""
        way = self.deciding_way(params)
        return [self.annex_key] + ([way.annex_key] if way.annexed else [])

    def charted(self, params: Mapping[str, Any], columns: Iterable[str]) -> str:
        """The column the ranking chart draws (results certified before that column existed draw points)."""
        column = self.chart_column(dict(params))
        return column if column in columns else "points"

    def column_key(self, column: str) -> str:
        """The catalogue key naming a results column (what `points` counts depends on the method)."""
        return self.points_key if column == "points" else f"column.{column}"

    def with_defaults(self, params: Mapping[str, Any] | None) -> Params:
        """The settings to run with: defaults overridden by the given ones."""
        return {**{p.name: p.default for p in self.parameters}, **(params or {})}

    def as_recorded(self, params: Mapping[str, Any] | None) -> Params:
        """The settings a stored record was run with (a setting added later reads as what it was before)."""
        recorded = {p.name: p.recorded_default for p in self.parameters if p.recorded_default is not None}
        return {**self.with_defaults(recorded), **(params or {})}

    def clean_params(self, params: Mapping[str, Any] | None) -> Params:
        """The teacher's settings checked against their limits and completed with defaults; unknown ones dropped."""
        given = params or {}
        return {p.name: p.clean(given[p.name]) if p.name in given else p.default for p in self.parameters}
