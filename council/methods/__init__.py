"""The voting methods a teacher can choose, each described as data in its own module (see description.py).

A new method is one new module here, one member of `Method` and one line of `CATALOG`, plus its words in the
translation catalogue (council/locale/methods.py and method_annex.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from council.errors import InvalidInput
from council.methods import approval, dots, ranked, score
from council.methods.ballots import check_entry
from council.methods.description import InputKind, MethodDescription, Parameter, Way

__all__ = [
    "CATALOG",
    "InputKind",
    "Method",
    "MethodDescription",
    "Parameter",
    "Way",
    "as_method",
    "describe",
    "validate_choices",
]


class Method(StrEnum):
    """A voting method as stored on a session (plain text in the database)."""

    approval = "approval"
    dots = "dots"
    ranked = "ranked"
    score = "score"


CATALOG: dict[str, MethodDescription] = {
    Method.approval: approval.DESCRIPTION,
    Method.dots: dots.DESCRIPTION,
    Method.ranked: ranked.DESCRIPTION,
    Method.score: score.DESCRIPTION,
}


def as_method(name: str) -> Method | str:
    """The Method member for a stored name; a name this version does not list stays text (describe() refuses it)."""
    return Method(name) if name in Method._value2member_map_ else name


def describe(method: str) -> MethodDescription:
    """The description of a method, or InvalidInput for one the app does not know."""
    found = CATALOG.get(str(method))
    if found is None:
        raise InvalidInput("tally.unknown_method", method=method)
    return found


def validate_choices(
    method: str, params: Mapping[str, Any], choices: dict[int, int], proposal_ids: set[int]
) -> dict[int, int]:
    """Check a raw ballot {proposal_id: value} against the method's rules and return it cleaned."""
    described = describe(method)
    for proposal_id, value in choices.items():
        check_entry(proposal_id, value, proposal_ids)
    return described.clean_ballot(choices, described.with_defaults(params), proposal_ids)
